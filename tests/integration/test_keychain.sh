#!/usr/bin/env bash
# The repository password kept in a real Secret Service keychain (GNOME Keyring in a private
# D-Bus session): --remember-password stores it, later commands need no password,
# forget-password removes it, nothing is written in plain text, and without any keychain
# the CLI fails with a clear error instead of falling back to a file.
set -uo pipefail
cli=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { if [ "$1" = 0 ]; then echo "PASS: $2"; passed=$((passed+1)); else echo "FAIL: $2"; failed=$((failed+1)); fi; }
secret="keychain-test-$RANDOM-password"
# gnome-keyring creates the "login" keyring on --unlock only in an existing data folder.
mkdir -p "$work/home/data/keyrings" "$work/home/config" "$work/nokeyring"

cat > "$work/session.sh" <<SESSION
set -u
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
echo "$secret" | "$cli" repo init --repo "$work/repo" --password-stdin --remember-password >/dev/null || exit 11
"$cli" repo info --repo "$work/repo" --json | grep -q '"encrypted":true' || exit 12
"$cli" repo forget-password --repo "$work/repo" >/dev/null || exit 13
"$cli" repo info --repo "$work/repo" --json | grep -q '"repository.password_required"' || exit 14
exit 0
SESSION
HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
  timeout 120 dbus-run-session -- bash "$work/session.sh" 2>"$work/session.err"
rc=$?
check $rc "remember, reuse and forget a repository password in GNOME Keyring (step exit $rc)"
[ $rc = 0 ] || tail -5 "$work/session.err"

! grep -rqF "$secret" "$work/home" "$work/repo" 2>/dev/null
check $? "the password appears nowhere in plain text (home folder, repository)"

out=$(env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY HOME="$work/nokeyring" \
      "$cli" repo init --repo "$work/repo2" --password-stdin --remember-password <<<"$secret" 2>&1)
rc=$?
[ $rc = 1 ] && grep -q "keychain" <<<"$out"
check $? "without a keychain: a clear error, no fallback ($out)"
! grep -rqF "$secret" "$work/nokeyring" "$work/repo2" 2>/dev/null
check $? "without a keychain: the password is not written anywhere"

echo "$passed passed, $failed failed"
[ $failed = 0 ]
