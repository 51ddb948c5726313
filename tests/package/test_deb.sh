#!/usr/bin/env bash
# Builds the .deb from a configured build folder, installs it into this machine with apt
# (which resolves its declared Debian dependencies), and runs both programs from their
# installed paths. Needs root; exits 77 (skipped) otherwise.
set -euo pipefail
build=$1
if [ "$(id -u)" -ne 0 ]; then echo "SKIP: installing a .deb needs root"; exit 77; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/lifeboat_*.deb)
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb -c "$deb" > "$work/contents"
for wanted in ./usr/bin/lifeboat ./usr/bin/lifeboat-cli ./usr/share/applications/lifeboat.desktop \
              ./usr/share/icons/hicolor/scalable/apps/lifeboat.svg ./usr/share/icons/hicolor/256x256/apps/lifeboat.png \
              ./usr/share/metainfo/io.github.lifeboat.Lifeboat.metainfo.xml ./usr/share/lifeboat/translations/lifeboat_ja.qm; do
  grep -q " $wanted\$" "$work/contents" || { echo "FAIL: $wanted is not in the package"; exit 1; }
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { tail -20 "$work/apt.log"; exit 1; }
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q lifeboat >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
expected=$(sed -n 's/^project(Lifeboat$//;s/^ *VERSION \([0-9.]*\)$/\1/p' "$(dirname "$0")/../../CMakeLists.txt" | head -1)
cli=$(/usr/bin/lifeboat-cli --version)
gui=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/lifeboat --version)
echo "$cli / $gui"
[ "$cli" = "lifeboat-cli $expected" ] || { echo "FAIL: installed lifeboat-cli says '$cli'"; exit 1; }
[ "$gui" = "lifeboat $expected" ] || { echo "FAIL: installed lifeboat says '$gui'"; exit 1; }
HOME="$work/home" /usr/bin/lifeboat-cli --catalog "$work/catalog.sqlite" catalog info --json | grep -q '"journal_mode":"wal"' \
  || { echo "FAIL: installed lifeboat-cli cannot open a catalog"; exit 1; }
echo "PASS: the .deb installs and both programs run from /usr/bin"
