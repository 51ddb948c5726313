#!/usr/bin/env bash
# Guest processing against the lab's Linux guest (a real OpenSSH server on loopback, key login,
# pinned host key): the pre-freeze script runs before the snapshot and the post-thaw script
# right after it, both logged with their output; a failing pre-freeze script fails the VM with
# no snapshot taken and still thaws; with errors ignored the backup goes on as a Warning; a
# guest whose host key does not match the pin is refused.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
trap 'stop_lab; rm -rf "$work"' EXIT
start_lab --vms 1
if [ "$(lab '"skipped" in d["sshd"]')" = True ]; then
  echo "SKIP: the lab has no SSH guest here ($(lab 'd["sshd"]["skipped"]'))"
  exit 77
fi
vm0=$(lab 'd["vms"][0]["moref"]')
guest_user=$(lab 'd["sshd"]["user"]') guest_key=$(lab 'd["sshd"]["key_file"]') guest_home=$(lab 'd["sshd"]["home"]')
guest_address="127.0.0.1:$(lab 'd["sshd"]["port"]')"
lab 'd["sshd"]["known_host_key"]' >"$work/host_key.pub"
host_key=$(ssh-keygen -lf "$work/host_key.pub" | awk '{print $2}')
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=guest-test-password
soap_login
lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null

lb job create app --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" \
  --guest-user "$guest_user" --guest-key "$guest_key" --guest-address "$vm0=$guest_address" \
  --guest-host-key "$vm0=$host_key" \
  --pre-freeze 'echo "flushing tables"; touch ~/.app-frozen' \
  --post-thaw 'test -f ~/.app-frozen && rm ~/.app-frozen && echo resumed' >/dev/null
check $? "a job with guest processing is created"
lb job run app --json >"$work/run1.json" 2>/dev/null
check $? "it runs ($(json 'd["result"] + " " + d["vms"][0]["message"]' <"$work/run1.json"))"
lb session show "$(json 'd["id"]' <"$work/run1.json")" >"$work/log1.txt"
line_of() { grep -n -e "$1" "$work/log1.txt" | head -1 | cut -d: -f1; }
freeze=$(line_of 'Pre-freeze script exited with 0: flushing tables')
snap=$(line_of 'Snapshot snapshot-[0-9]* taken')
thaw=$(line_of 'Post-thaw script exited with 0: resumed')
[ -n "$freeze" ] && [ -n "$snap" ] && [ -n "$thaw" ] && [ "$freeze" -lt "$snap" ] && [ "$snap" -lt "$thaw" ]
check $? "pre-freeze, snapshot, post-thaw, in that order, with the scripts' output in the log"
[ ! -e "$guest_home/.app-frozen" ]
check $? "the guest is thawed after the backup"

lb job edit app --pre-freeze 'echo "database busy" >&2; exit 3' >/dev/null
lb job run app --json >"$work/run2.json" 2>/dev/null
[ $? = 1 ] && json 'd["vms"][0]["message"]' <"$work/run2.json" | has "exit status 3"
check $? "a failing pre-freeze script fails the VM ($(json 'd["vms"][0]["message"]' <"$work/run2.json"))"
lb session show "$(json 'd["id"]' <"$work/run2.json")" >"$work/log2.txt"
grep -q 'Pre-freeze script exited with 3: database busy' "$work/log2.txt" && grep -q 'Post-thaw script exited' "$work/log2.txt" &&
  ! grep -q 'Snapshot snapshot-[0-9]* taken' "$work/log2.txt"
check $? "its output is logged, no snapshot is taken, and the guest is thawed anyway"
[ "$(snapshot_count "$vm0")" = 0 ]
check $? "the VM has no snapshot"

lb job edit app --guest-errors ignore >/dev/null
lb job run app --json >"$work/run3.json" 2>/dev/null
[ "$(json 'd["result"]' <"$work/run3.json")" = Warning ] && [ -n "$(json 'd["vms"][0]["restore_point"]' <"$work/run3.json")" ]
check $? "with guest errors ignored the backup goes on as a Warning"

lb job edit app --guest-host-key "$vm0=SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" --guest-errors fail >/dev/null
lb job run app --json >"$work/run4.json" 2>/dev/null
[ $? = 1 ] && json 'd["vms"][0]["message"]' <"$work/run4.json" | has "has changed"
check $? "a guest whose host key does not match the pin is refused ($(json 'd["vms"][0]["message"]' <"$work/run4.json"))"

finish
