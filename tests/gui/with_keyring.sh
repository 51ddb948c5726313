#!/usr/bin/env bash
# Runs a test program in a private D-Bus session with an unlocked GNOME Keyring as its Secret
# Service, as tests/integration/test_keychain.sh does for the CLI: a fresh machine (or CI) has
# neither, and the user's own keyring must never receive test secrets. The keyring's files
# live in a folder of their own, passed on as LIFEBOAT_KEYRING_DATA so the test can check
# that no password reached them in plain text.
#   with_keyring.sh PROGRAM [ARGUMENT...]
set -uo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null ||
    { echo "$tool is missing: scripts/test installs it (LIFEBOAT_TEST_PACKAGES in scripts/lib/common.sh)" >&2; exit 1; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# gnome-keyring creates the "login" keyring on --unlock only in an existing data folder; its
# control socket goes to XDG_RUNTIME_DIR, which must not be shared with a concurrent keyring.
mkdir -p "$work/data/keyrings" "$work/runtime" && chmod 700 "$work/runtime"
# HOME and XDG_CACHE_HOME stay: the lab keeps its built vcsim launcher there.
XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime" LIFEBOAT_KEYRING_DATA="$work/data" \
  dbus-run-session -- bash -c \
  'echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1; "$@"' \
  with_keyring "$@"
