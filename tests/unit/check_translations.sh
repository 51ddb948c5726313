#!/usr/bin/env bash
# Fails when a shipped language has an unfinished or missing string: lupdate scans the
# current sources into copies of the .ts files, so a new tr() string that nobody has
# translated yet shows up here as "unfinished".
set -euo pipefail
src=$1 lupdate=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0
for lang in en de fr es ja; do
  ts="$src/translations/lifeboat_$lang.ts"
  [ -f "$ts" ] || { echo "FAIL $lang: $ts is missing"; status=1; continue; }
  cp "$ts" "$work/lifeboat_$lang.ts"
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none engine ui app -ts "$work/lifeboat_$lang.ts") >/dev/null
  unfinished=$(grep -c 'type="unfinished"' "$work/lifeboat_$lang.ts" || true)
  total=$(grep -c '<source>' "$work/lifeboat_$lang.ts" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "FAIL $lang: $unfinished of $total strings unfinished:"
    grep -B3 'type="unfinished"' "$work/lifeboat_$lang.ts" | grep '<source>' | head -20
    status=1
  elif ! cmp -s "$ts" "$work/lifeboat_$lang.ts"; then
    echo "FAIL $lang: lifeboat_$lang.ts is out of date with the sources (run the update_translations target)"
    diff "$ts" "$work/lifeboat_$lang.ts" | head -20
    status=1
  else
    echo "PASS $lang: $total strings, all translated"
  fi
done
exit $status
