#!/usr/bin/env bash
# Whole-VM restores against the lab: keep (a new VM "<name>_restored" beside the original,
# in its folder, with byte-identical disks, the original untouched), overwrite (a VM whose
# disk was destroyed gets the restore point's disk back, keeps its identity, is powered on
# when asked), overwrite of a deleted VM (created again under its name), refusals that
# change nothing (a VM with snapshots, a name that exists, an unknown restore point), and
# the restore audit (who, what, which restore point, where, result) as CSV and JSON.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
cleanup() {
  stop_lab
  rm -rf "$work"
}
trap cleanup EXIT
start_lab --vms 2
base=$(lab 'd["base_url"]')
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
name0=$(lab 'd["vms"][0]["name"]') name1=$(lab 'd["vms"][1]["name"]')
sha0=$(lab 'd["vms"][0]["image_sha256"]') sha1=$(lab 'd["vms"][1]["image_sha256"]')
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=restore-test-password
soap_login
sign_in=(--endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo")

# datastore_sha "[ds] dir/disk.vmdk": sha256 of the disk's flat file as the datastore serves it.
datastore_sha() {
  local path=${1#*] }
  curl -sS --cacert "$LIFEBOAT_LAB_CA" "$base/folder/${path%.vmdk}-flat.vmdk?dcPath=DC0&dsName=LocalDS_0" | sha256sum | cut -d' ' -f1
}
# vm_field NAME EXPR: EXPR over the inventory entry `v` of the VM called NAME ("" if none).
vm_field() {
  lb inventory --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json |
    python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); m=[v for v in d["vms"] if v["name"]==sys.argv[1]]; print(eval(sys.argv[2], {"v": m[0]}) if m else "")' "$1" "$2"
}
run_task() { # run_task BODY: a vim25 task, waits for its end
  local task
  soap "$1" "$work/task.xml" >/dev/null
  task=$(grep -o '<returnval type="Task">[^<]*' "$work/task.xml" | sed 's/.*>//')
  for _ in $(seq 1 50); do
    soap "<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet><propSet><type>Task</type><pathSet>info.state</pathSet></propSet><objectSet><obj type=\"Task\">$task</obj></objectSet></specSet><options/></RetrievePropertiesEx>" "$work/state.xml" >/dev/null
    grep -qE '>(success|error)<' "$work/state.xml" && return 0
    sleep 0.1
  done
  return 1
}

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb job create both --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0,$vm1" >/dev/null
lb job run both --json >"$work/backup.json" 2>/dev/null
check $? "setup: both VMs are backed up"
point0=$(json 'd["vms"][0]["restore_point"]' <"$work/backup.json")
disk0=$(vm_field "$name0" 'v["disks"][0]["file"]')
disk1=$(vm_field "$name1" 'v["disks"][0]["file"]')
folder0=$(vm_field "$name0" 'v["path"].rsplit("/", 1)[0]')

# --- keep: a new VM beside the original
lb restore vm "$point0" "${sign_in[@]}" --mode keep --json >"$work/keep.json" 2>"$work/keep.err"
check $? "restore with keep succeeds ($(tail -c 300 "$work/keep.json"))"
restored_disk=$(vm_field "${name0}_restored" 'v["disks"][0]["file"]')
[ -n "$restored_disk" ] && [ "$(vm_field "${name0}_restored" 'v["path"].rsplit("/", 1)[0]')" = "$folder0" ]
check $? "a VM ${name0}_restored exists in the original's folder ($folder0): $restored_disk"
[ "$(datastore_sha "$restored_disk")" = "$sha0" ]
check $? "the restored VM's disk is byte-identical to the backed-up disk"
[ "$(vm_field "${name0}_restored" 'v["power_state"]')" = poweredOff ]
check $? "without --power-on the restored VM stays off"
[ "$(datastore_sha "$disk0")" = "$sha0" ] && [ "$(vm_field "$name0" 'v["moref"]')" = "$vm0" ]
check $? "the original VM is untouched"
lb restore vm --vm "$name0" "${sign_in[@]}" --mode keep --json >"$work/keep2.json" 2>&1
rc=$?
[ $rc = 1 ] && json 'd["message"]' <"$work/keep2.json" | has "exists already"
check $? "a second keep restore is refused: the name exists ($(json 'd["message"]' <"$work/keep2.json"))"

# --- overwrite: the VM's disk was destroyed
head -c "$(lab 'd["vms"][1]["image_size"]')" /dev/urandom >"$work/garbage.img"
curl -sS --cacert "$LIFEBOAT_LAB_CA" -X PUT --data-binary @"$work/garbage.img" -o /dev/null \
  "$base$(lab 'd["vms"][1]["flat_url_path"]')"
[ "$(datastore_sha "$disk1")" != "$sha1" ]
check $? "setup: VM 1's disk is overwritten with garbage"
run_task "<CreateSnapshot_Task><_this type=\"VirtualMachine\">$vm1</_this><name>admin snapshot</name><memory>false</memory><quiesce>false</quiesce></CreateSnapshot_Task>"
lb restore vm --vm "$name1" "${sign_in[@]}" --mode overwrite --json >"$work/snap.json" 2>&1
rc=$?
[ $rc = 1 ] && json 'd["message"]' <"$work/snap.json" | has "snapshots (admin snapshot)"
check $? "overwriting a VM with snapshots is refused and names them ($(json 'd["message"]' <"$work/snap.json"))"
[ "$(datastore_sha "$disk1")" != "$sha1" ] && [ "$(vm_field "$name1" 'v["power_state"]')" = poweredOn ]
check $? "the refused restore changed nothing (disk as it was, VM still on)"
soap "<RemoveAllSnapshots_Task><_this type=\"VirtualMachine\">$vm1</_this></RemoveAllSnapshots_Task>" "$work/rm.xml" >/dev/null
sleep 1
lb restore vm --vm "$name1" "${sign_in[@]}" --mode overwrite --power-on --json >"$work/over.json" 2>"$work/over.err"
check $? "restore with overwrite succeeds ($(tail -c 300 "$work/over.json"))"
[ "$(datastore_sha "$disk1")" = "$sha1" ]
check $? "the overwritten disk is byte-identical to the backed-up disk again"
[ "$(vm_field "$name1" 'v["moref"]')" = "$vm1" ] && [ "$(vm_field "$name1" 'v["power_state"]')" = poweredOn ]
check $? "the VM kept its identity ($vm1) and is powered on (--power-on)"
lb session show "$(json 'd["id"]' <"$work/over.json")" | has "Powering off $name1"
check $? "the session log says the VM was powered off first"

# --- overwrite of a VM that was deleted
run_task "<PowerOffVM_Task><_this type=\"VirtualMachine\">$vm0</_this></PowerOffVM_Task>"
run_task "<Destroy_Task><_this type=\"VirtualMachine\">$vm0</_this></Destroy_Task>"
[ -z "$(vm_field "$name0" 'v["moref"]')" ]
check $? "setup: VM 0 is deleted"
lb restore vm "$point0" "${sign_in[@]}" --mode overwrite --json >"$work/recreate.json" 2>"$work/recreate.err"
check $? "overwrite of a deleted VM succeeds ($(tail -c 300 "$work/recreate.json"))"
recreated=$(vm_field "$name0" 'v["disks"][0]["file"]')
[ -n "$recreated" ] && [ "$(vm_field "$name0" 'v["path"].rsplit("/", 1)[0]')" = "$folder0" ] &&
  [ "$(datastore_sha "$recreated")" = "$sha0" ]
check $? "it is created again under its name in its folder with a byte-identical disk ($recreated)"

# --- bad input
lb restore vm 20200101-000000-deadbeef "${sign_in[@]}" --json >"$work/unknown.json" 2>&1
rc=$?
[ $rc = 1 ] && json 'd["message"]' <"$work/unknown.json" | has "no restore point"
check $? "an unknown restore point is refused (rc $rc)"
lb restore vm "$point0" "${sign_in[@]}" --mode sideways >/dev/null 2>&1
[ $? = 2 ]
check $? "an unknown mode is a usage error"

# --- a new location (administrators): another folder, another name
soap "<CreateFolder><_this type=\"Folder\">$(lab 'd["vms"][1]["folder_moref"]')</_this><name>Restored VMs</name></CreateFolder>" "$work/folder.xml" >/dev/null
new_folder=$(grep -o '<returnval type="Folder">[^<]*' "$work/folder.xml" | sed 's/.*>//')
lb restore vm --vm "$name1" "${sign_in[@]}" --to-folder "$new_folder" --new-name moved1 --json >"$work/moved.json" 2>&1
check $? "restore to a new folder succeeds ($(json 'd["message"]' <"$work/moved.json"))"
[ "$(vm_field moved1 'v["path"].rsplit("/", 1)[0].rsplit("/", 1)[1]')" = "Restored VMs" ] &&
  [ "$(datastore_sha "$(vm_field moved1 'v["disks"][0]["file"]')")" = "$sha1" ]
check $? "the VM is in the new folder with a byte-identical disk"
lb inventory --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json >"$work/containers.json"
cluster_host=$(json '[c["moref"] for c in d["containers"] if c["type"] == "HostSystem" and "_C0" in c["path"]][0]' <"$work/containers.json")
cluster_pool=$(json '[c["moref"] for c in d["containers"] if c["type"] == "ResourcePool" and c["path"].endswith("_C0/Resources")][0]' <"$work/containers.json")
lb restore vm --vm "$name1" "${sign_in[@]}" --to-pool "$cluster_pool" --to-host "$cluster_host" --new-name moved2 --json >"$work/moved2.json" 2>&1
soap "<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet><propSet><type>VirtualMachine</type><pathSet>runtime.host</pathSet><pathSet>resourcePool</pathSet></propSet><objectSet><obj type=\"VirtualMachine\">$(vm_field moved2 'v["moref"]')</obj></objectSet></specSet><options/></RetrievePropertiesEx>" "$work/placed.xml" >/dev/null
has ">$cluster_host<" <"$work/placed.xml" && has ">$cluster_pool<" <"$work/placed.xml"
check $? "restore onto another host and resource pool places the VM there ($cluster_host, $cluster_pool)"
lb restore vm --vm "$name1" "${sign_in[@]}" --to-folder "$vm1" --json >"$work/notfolder.json" 2>&1
[ $? = 1 ] && json 'd["message"]' <"$work/notfolder.json" | has "is not a Folder"
check $? "a target that is not a folder is refused ($(json 'd["message"]' <"$work/notfolder.json"))"

# --- the audit
lb audit export --format csv --to "$work/audit.csv"
check $? "audit export writes CSV"
python3 - "$work/audit.csv" "$LIFEBOAT_LAB_USER" "$point0" "$name0" "$name1" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
user, point0, name0, name1 = sys.argv[2:]
assert len(rows) == 9, rows                       # keep, keep (refused), snapshot refusal, overwrite, re-create, unknown, new location, refused target
assert all(r["operator"] == user and r["kind"] == "vm" and r["target"].startswith("https://") for r in rows), rows
assert [r["mode"] for r in rows] == ["keep", "keep", "overwrite", "overwrite", "overwrite", "keep", "new-location", "new-location", "new-location"], rows
assert [r["result"] for r in rows] == ["Success", "Failed", "Failed", "Success", "Success", "Failed", "Success", "Success", "Failed"], rows
assert rows[0]["restore_point"] == point0 and rows[0]["object"] == name0 and rows[3]["object"] == name1, rows
assert all(int(r["restore_point_age_seconds"]) >= 0 for r in rows[:5]), rows
assert rows[5]["restore_point"] == "20200101-000000-deadbeef" and rows[5]["object"] == "", rows
EOF
check $? "the audit lists every restore with operator, object, restore point, age, target, mode and result"
lb audit export --format json --since 2000-01-01 | json 'len(d["restores"])' | has -x 9
check $? "audit export writes JSON too"


# --- a restore point whose data is gone: the VM is not touched
before=$(datastore_sha "$disk1")
find "$repo" -path '*/packs/*' -type f -delete
find "$repo" -path '*/index/*' -type f -delete
lb restore vm --vm "$name1" "${sign_in[@]}" --mode overwrite --json >"$work/gone.json" 2>&1
[ $? = 1 ] && [ "$(vm_field "$name1" 'v["power_state"]')" = poweredOn ] && [ "$(datastore_sha "$disk1")" = "$before" ]
check $? "overwrite from a restore point whose data is missing changes nothing: the VM stays on, its disk as it was ($(json 'd.get("message", d.get("error", ""))' <"$work/gone.json" | head -c 160))"

finish
