#!/usr/bin/env bash
# Backups interrupted while they read a disk (the lab serves datastore reads slowly, so there
# is time to act): Ctrl-C stops gracefully and removes the snapshot; a lab that stops
# answering mid-read gives a Failed session, no restore point, a clean repository, and the
# snapshot it could not remove is removed by the retry once the lab is back (unless the thawed
# lab carries out the late removal itself); a lab killed mid-read gives a Failed session and
# no restore point.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
launcher_pid=
cleanup() {
  [[ -n $launcher_pid ]] && kill -CONT "$launcher_pid" 2>/dev/null
  stop_lab
  rm -rf "$work"
}
trap cleanup EXIT
# 24 MiB disks at 2 MiB/s per request: a full read takes several seconds.
start_lab --vms 2 --read-kibps 2048
launcher_pid=$(lab 'd["launcher_pid"]')
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
name0=$(lab 'd["vms"][0]["name"]') name1=$(lab 'd["vms"][1]["name"]')

repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=interrupt-test-password
export LIFEBOAT_NETWORK_TIMEOUT=3
points_of() { lb repo list --repo "$repo" --json | json "len([p for p in d['restore_points'] if p['vm'] == '$1'])"; }

soap_login
# Starts `job run NAME` in the background; returns once it reports reading progress.
start_run() { # start_run JOB LABEL
  # The CLI itself, not a shell function around it, so that $! is its pid for the signals.
  "$cli" --catalog "$catalog" job run "$1" --json >"$work/$2.json" 2>"$work/$2.err" &
  run_pid=$!
  for _ in $(seq 1 100); do
    grep -qE ': [0-9]+%' "$work/$2.err" && ! grep -q ': 100%' "$work/$2.err" && return 0
    kill -0 $run_pid 2>/dev/null || break
    sleep 0.1
  done
  echo "no progress seen: $(cat "$work/$2.err")"
  return 1
}

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb job create first --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" >/dev/null
lb job create second --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm1" >/dev/null

# --- Ctrl-C while reading: graceful stop
start_run second stop
check $? "the backup of VM 1 is reading"
kill -INT $run_pid
wait $run_pid
rc=$?
[ $rc = 1 ] && [ "$(json 'd["result"]' <"$work/stop.json")" = Failed ]
check $? "Ctrl-C ends the session as Failed (rc $rc)"
json 'd["message"]' <"$work/stop.json" | has -i "stopped"
check $? "the session says it was stopped ($(json 'd["message"]' <"$work/stop.json"))"
[ "$(snapshot_count "$vm1")" = 0 ]
check $? "the snapshot was removed before the stop completed"
[ "$(points_of "$name1")" = 0 ]
check $? "no restore point was made"

# --- the lab stops answering mid-read, then comes back
start_run first freeze
check $? "the backup of VM 0 is reading"
kill -STOP "$launcher_pid"
wait $run_pid
rc=$?
kill -CONT "$launcher_pid"
[ $rc = 1 ] && [ "$(json 'd["result"]' <"$work/freeze.json")" = Failed ]
check $? "a lab that stops answering mid-read fails the session (rc $rc)"
json 'd["vms"][0]["message"]' <"$work/freeze.json" | has -i "did not answer"
check $? "the VM's failure says the server did not answer ($(json 'd["vms"][0]["message"]' <"$work/freeze.json"))"
[ "$(points_of "$name0")" = 0 ]
check $? "no partial restore point"
lb repo verify --repo "$repo" >/dev/null
check $? "the repository verifies clean"
# The run's RemoveSnapshot was written into the frozen lab's socket before the run gave up on
# it; the lab may still carry it out once it is thawed. Give it that chance, then either the
# snapshot is gone already or the retry must remove it and say so.
sleep 2
leftover=$(snapshot_count "$vm0")
[ "$leftover" = 0 ] || [ "$leftover" = 1 ]
check $? "with the lab back, at most the one snapshot of the failed run is left ($leftover)"
lb job retry first --json >"$work/retry.json" 2>"$work/retry.err"
check $? "the retry succeeds"
if [ "$leftover" = 1 ]; then
  [ "$(json 'd["result"]' <"$work/retry.json")" = Warning ] && lb session show "$(json 'd["id"]' <"$work/retry.json")" | has "Removed the snapshot"
  check $? "the retry removed the leftover snapshot and says so"
else
  [ "$(json 'd["result"]' <"$work/retry.json")" = Success ] && ! lb session show "$(json 'd["id"]' <"$work/retry.json")" | has "Removed the snapshot"
  check $? "the thawed lab removed the snapshot itself; the retry found nothing to remove and succeeded cleanly"
fi
[ "$(snapshot_count "$vm0")" = 0 ]
check $? "no snapshot is left"
rm -f "$work/restored.img"
lb repo restore-image "$(json 'd["vms"][0]["restore_point"]' <"$work/retry.json")" --disk disk1.vmdk \
  --to "$work/restored.img" --repo "$repo" >/dev/null &&
  [ "$(sha256sum "$work/restored.img" | cut -d' ' -f1)" = "$(lab 'd["vms"][0]["image_sha256"]')" ]
check $? "the retried backup restores byte-identical"

# --- the lab is killed mid-read
start_run second kill
check $? "the backup of VM 1 is reading again"
kill -KILL "$launcher_pid"
wait $run_pid
rc=$?
[ $rc = 1 ] && [ "$(json 'd["result"]' <"$work/kill.json")" = Failed ]
check $? "a lab killed mid-read fails the session (rc $rc)"
[ "$(points_of "$name1")" = 0 ]
check $? "no partial restore point"
lb repo verify --repo "$repo" >/dev/null
check $? "the repository verifies clean"

finish
