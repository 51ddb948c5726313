#!/usr/bin/env bash
# lifeboat-cli endpoint add|trust|list|login against the lab's vcsim over HTTPS: an unknown
# certificate is refused with its thumbprint, a trusted one is pinned in the catalog, a wrong
# password is rejected, and no password ever lands in the catalog.
set -uo pipefail
# Reads all its input (unlike grep -q), so the writer never dies of SIGPIPE under pipefail.
has() { grep "$@" >/dev/null; }
cli=$1 root=$2
work=$(mktemp -d)
export LIFEBOAT_LAB_DIR="$work/lab"
trap '"$root/scripts/lab" stop >/dev/null 2>&1; rm -rf "$work"' EXIT
"$root/scripts/lab" start --no-seed >/dev/null 2>"$work/lab.err" || { cat "$work/lab.err"; exit 1; }
eval "$("$root/scripts/lab" env)"
catalog="$work/catalog.sqlite"
passed=0 failed=0
check() { if [ "$1" = 0 ]; then echo "PASS: $2"; passed=$((passed+1)); else echo "FAIL: $2"; failed=$((failed+1)); fi; }

out=$("$cli" --catalog "$catalog" endpoint add "$LIFEBOAT_LAB_URL" 2>&1); rc=$?
[ $rc = 1 ] && grep -q "$LIFEBOAT_LAB_THUMBPRINT" <<<"$out" && grep -q -- "--trust" <<<"$out"
check $? "an untrusted certificate is refused, with its thumbprint and what to do"
[ "$("$cli" --catalog "$catalog" endpoint list --json)" = '{"endpoints":[]}' ]
check $? "nothing was added"

"$cli" --catalog "$catalog" endpoint add "$LIFEBOAT_LAB_URL" --name lab --trust "$LIFEBOAT_LAB_THUMBPRINT" --json \
  | has '"api_version":"6.5"'
check $? "with the thumbprint trusted the endpoint is added"
"$cli" --catalog "$catalog" endpoint list --json | has "\"pinned_sha256\":\"$LIFEBOAT_LAB_THUMBPRINT\""
check $? "the pin is kept in the catalog"

out=$(echo "wrong-$LIFEBOAT_LAB_PASSWORD" | "$cli" --catalog "$catalog" endpoint login "$LIFEBOAT_LAB_URL" \
      --user "$LIFEBOAT_LAB_USER" --password-stdin --json 2>&1)
grep -q '"error":"vsphere.invalid_login"' <<<"$out"
check $? "a wrong password is rejected ($out)"

out=$(echo "$LIFEBOAT_LAB_PASSWORD" | "$cli" --catalog "$catalog" endpoint login "$LIFEBOAT_LAB_URL" \
      --user "$LIFEBOAT_LAB_USER" --password-stdin --json 2>&1)
grep -qF '"user":"lab\\backup"' <<<"$out"
check $? "the right password signs in as lab\\backup ($out)"

"$cli" --catalog "$catalog" endpoint trust "$LIFEBOAT_LAB_URL" "00:11:22:33" >/dev/null
out=$(echo "$LIFEBOAT_LAB_PASSWORD" | "$cli" --catalog "$catalog" endpoint login "$LIFEBOAT_LAB_URL" \
      --user "$LIFEBOAT_LAB_USER" --password-stdin --json 2>&1)
grep -q '"error":"tls.changed"' <<<"$out"
check $? "a certificate that no longer matches the pin is refused ($out)"

! grep -qaF "$LIFEBOAT_LAB_PASSWORD" "$catalog" "$catalog-wal" 2>/dev/null
check $? "the password is nowhere in the catalog"

echo "$passed passed, $failed failed"
[ $failed = 0 ]
