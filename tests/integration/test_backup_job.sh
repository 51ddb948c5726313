#!/usr/bin/env bash
# Backup jobs end to end against the lab (vcsim over HTTPS with real credentials and seeded
# ext4 disks): a job backs up two VMs through snapshots and datastore Range reads; the
# restored disks hash like the seeded images; after blocks of a disk change, the next run
# reads and stores only about the changed data (changed-block tracking in the lab
# launcher); a snapshot left by an interrupted run is removed; a VM whose disk cannot be
# read fails alone, leaves no snapshot, and `job retry` runs only it; an unreachable server
# gives a Failed session and no restore point; sessions export to CSV and HTML.
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
start_lab --vms 2
launcher_pid=$(lab 'd["launcher_pid"]')
base=$(lab 'd["base_url"]')
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
# A VM the lab did not seed: its flat disk file is empty, so reading it must fail.
unseeded=$(lab '[v["moref"] for v in d["all_vms"] if v["moref"] not in [x["moref"] for x in d["vms"]]][0]')

repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=job-test-password

soap_login
restore_sha() { # restore_sha RESTORE_POINT -> sha256 of its disk1.vmdk
  rm -f "$work/restored.img"
  lb repo restore-image "$1" --disk disk1.vmdk --to "$work/restored.img" --repo "$repo" >/dev/null &&
    sha256sum "$work/restored.img" | cut -d' ' -f1
}

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null

out=$(lb job create bad --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects vm-999999 --json 2>&1)
grep -q '"error":"job.unknown_object"' <<<"$out"
check $? "a job naming a VM the endpoint does not have is refused ($out)"

lb job create nightly --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" \
  --objects "$vm0,$vm1" --keep-last 5 --json >"$work/job.json"
check $? "a job with two VMs is created"
! grep -qaF "$LIFEBOAT_LAB_PASSWORD" "$catalog" "$catalog-wal" 2>/dev/null
check $? "the endpoint password is nowhere in the catalog"

# --- full backup through the job
lb job run nightly --json >"$work/run1.json" 2>"$work/run1.err"
check $? "the first run succeeds ($(tail -c 300 "$work/run1.json"))"
[ "$(json 'd["result"] + "," + ",".join(v["result"] for v in d["vms"])' <"$work/run1.json")" = "Success,Success,Success" ]
check $? "the session and both VMs are Success"
for i in 0 1; do
  point=$(json "d['vms'][$i]['restore_point']" <"$work/run1.json")
  [ "$(restore_sha "$point")" = "$(lab "d['vms'][$i]['image_sha256']")" ]
  check $? "VM $i's disk restores byte-identical to the seeded image"
  [ "$(snapshot_count "$(lab "d['vms'][$i]['moref']")")" = 0 ]
  check $? "VM $i has no snapshot left after the backup"
done

# --- change three 64 KiB blocks of vm0's disk, then run again
flat_url="$base$(lab 'd["vms"][0]["flat_url_path"]')"
curl -sS --fail --cacert "$LIFEBOAT_LAB_CA" -o "$work/flat.img" "$flat_url"
python3 - "$work/flat.img" <<'EOF'
import os, sys
with open(sys.argv[1], "r+b") as f:
    for offset in (2 << 20, (10 << 20) + 65536, 20 << 20):
        f.seek(offset)
        f.write(os.urandom(65536))
EOF
curl -sS --fail --cacert "$LIFEBOAT_LAB_CA" -o /dev/null -T "$work/flat.img" "$flat_url"
changed_sha=$(sha256sum "$work/flat.img" | cut -d' ' -f1)
lb job run nightly --json >"$work/run2.json" 2>"$work/run2.err"
check $? "the incremental run succeeds"
read_vm0=$(json 'd["vms"][0]["bytes_read"]' <"$work/run2.json")
stored_vm0=$(json 'd["vms"][0]["bytes_stored"]' <"$work/run2.json")
read_vm1=$(json 'd["vms"][1]["bytes_read"]' <"$work/run2.json")
# Three changed 64 KiB blocks touch three 256 KiB chunks.
[ "$read_vm0" = $((3 * 262144)) ]
check $? "changed-block tracking: only the 3 touched chunks of VM 0 are read (read $read_vm0 bytes)"
[ "$stored_vm0" -gt 0 ] && [ "$stored_vm0" -le $((3 * 262144 + 4096)) ]
check $? "VM 0 stores about the changed data: $stored_vm0 bytes for 196608 changed"
[ "$read_vm1" = 0 ]
check $? "the unchanged VM 1 reads nothing ($read_vm1 bytes)"
point=$(json 'd["vms"][0]["restore_point"]' <"$work/run2.json")
[ "$(restore_sha "$point")" = "$changed_sha" ]
check $? "the incremental restore point restores the changed disk byte-identical"
point=$(json 'd["vms"][0]["restore_point"]' <"$work/run1.json")
[ "$(restore_sha "$point")" = "$(lab 'd["vms"][0]["image_sha256"]')" ]
check $? "the first restore point still restores the original disk"

# --- a snapshot an interrupted run left behind is removed by the next run
soap "<CreateSnapshot_Task><_this type=\"VirtualMachine\">$vm1</_this><name>Lifeboat backup 0</name><description>left over</description><memory>false</memory><quiesce>false</quiesce></CreateSnapshot_Task>" "$work/snap-create.xml" >/dev/null
soap "<CreateSnapshot_Task><_this type=\"VirtualMachine\">$vm1</_this><name>admin snapshot</name><description>not ours</description><memory>false</memory><quiesce>false</quiesce></CreateSnapshot_Task>" "$work/snap-create2.xml" >/dev/null
[ "$(snapshot_count "$vm1")" = 2 ]
check $? "setup: VM 1 has a leftover Lifeboat snapshot and an administrator's snapshot"
lb job run nightly --json >"$work/run3.json" 2>"$work/run3.err"
check $? "the run after an interruption succeeds"
[ "$(json 'd["result"]' <"$work/run3.json")" = Warning ]
check $? "the session is a Warning (it had to clean up)"
session3=$(json 'd["id"]' <"$work/run3.json")
lb session show "$session3" | has 'Removed the snapshot "Lifeboat backup 0"'
check $? "the session log names the removed leftover snapshot"
[ "$(snapshot_count "$vm1")" = 1 ]
check $? "only the administrator's snapshot is left"

# --- a VM whose disk cannot be read fails alone, leaves no snapshot, and retry runs only it
lb job create mixed --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" \
  --objects "$vm0,$unseeded" >/dev/null
lb job run mixed --json >"$work/run4.json" 2>"$work/run4.err"
[ $? = 1 ] && [ "$(json 'd["result"] + "," + ",".join(v["result"] for v in d["vms"])' <"$work/run4.json")" = "Failed,Success,Failed" ]
check $? "one unreadable VM fails the session; the other VM succeeds"
json 'd["vms"][1]["message"]' <"$work/run4.json" | has "disk1-flat.vmdk"
check $? "the failure names the unreadable disk file ($(json 'd["vms"][1]["message"]' <"$work/run4.json"))"
[ "$(snapshot_count "$unseeded")" = 0 ]
check $? "the failed VM's snapshot was removed"
session4=$(json 'd["id"]' <"$work/run4.json")
lb job retry mixed --json >"$work/run5.json" 2>"$work/run5.err"
[ "$(json 'str(d["retry_of"]) + "," + ",".join(v["moref"] for v in d["vms"])' <"$work/run5.json")" = "$session4,$unseeded" ]
check $? "job retry runs only the VM that failed, and records which session it retries"

# --- an unreachable server: Failed session, clear message, no restore point
points_before=$(lb repo list --repo "$repo" --json | json 'len(d["restore_points"])')
kill -STOP "$launcher_pid"
LIFEBOAT_NETWORK_TIMEOUT=2 lb job run nightly --json >"$work/run6.json" 2>"$work/run6.err"
rc=$?
kill -CONT "$launcher_pid"
[ $rc = 1 ] && [ "$(json 'd["result"]' <"$work/run6.json")" = Failed ]
check $? "with the server not answering the session is Failed"
json 'd["message"]' <"$work/run6.json" | has -i "cannot connect"
check $? "its message says the server could not be reached ($(json 'd["message"]' <"$work/run6.json"))"
[ "$(lb repo list --repo "$repo" --json | json 'len(d["restore_points"])')" = "$points_before" ]
check $? "no restore point was added"
lb repo verify --repo "$repo" >/dev/null
check $? "the repository verifies clean"

# --- the catalog keeps the inventory the last run read
[ "$(lb inventory --endpoint "$LIFEBOAT_LAB_URL" --cached --json | json '",".join(sorted(v["moref"] for v in d["vms"] if v["moref"] in ("'"$vm0"'", "'"$vm1"'")))')" = "$(printf '%s\n' "$vm0" "$vm1" | sort | paste -sd,)" ]
check $? "the cached inventory lists the lab's VMs without connecting"

# --- sessions: list and export
[ "$(lb session list --job nightly --json | json 'len(d["sessions"])')" = 4 ]
check $? "the nightly job has 4 sessions"
session1=$(json 'd["id"]' <"$work/run1.json")
lb session export "$session1" --format csv --to "$work/s.csv" >/dev/null &&
  head -1 "$work/s.csv" | has '^session,job,vm,moref,result' &&
  [ "$(grep -c '"Success"\|,Success,' "$work/s.csv")" = 2 ]
check $? "a session exports to CSV, one row per VM"
lb session export "$session1" --format html --to "$work/s.html" >/dev/null &&
  grep -q "$(lab 'd["vms"][0]["name"]')" "$work/s.html" && grep -q '<table>' "$work/s.html"
check $? "a session exports to HTML with its VMs and log"

finish
