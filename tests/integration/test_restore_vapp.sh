#!/usr/bin/env bash
# A vApp restored as a whole: a job backs up the lab's vApp (its two seeded VMs), then
# `restore vapp` with keep creates "<vm>_restored" for every member inside the vApp, with
# byte-identical disks, and with overwrite brings back a member whose disk was destroyed.
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
# Six seeded VMs: two on the host, two in the cluster's pool, two in the vApp.
start_lab --vms 6
base=$(lab 'd["base_url"]')
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=vapp-test-password
soap_login
sign_in=(--endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo")
lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb inventory --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json >"$work/inventory.json"
vapp=$(json '[c["moref"] for c in d["containers"] if c["type"] == "VirtualApp"][0]' <"$work/inventory.json")
vapp_name=$(json '[c["name"] for c in d["containers"] if c["type"] == "VirtualApp"][0]' <"$work/inventory.json")
# The seeded VMs of the vApp, and their images' hashes.
members=$(lab '" ".join(v["name"] + "=" + v["image_sha256"] for v in d["vms"] if "_APP" in v["name"])')
[ "$(wc -w <<<"$members")" = 2 ]
check $? "setup: the vApp $vapp_name ($vapp) holds two seeded VMs"

lb job create app --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vapp" >/dev/null
lb job run app --json >"$work/backup.json" 2>/dev/null
[ "$(json 'd["result"] + ":" + str(len(d["vms"]))' <"$work/backup.json")" = Success:2 ]
check $? "a job of the vApp backs up both members"

datastore_sha() {
  local path=${1#*] }
  curl -sS --cacert "$LIFEBOAT_LAB_CA" "$base/folder/${path%.vmdk}-flat.vmdk?dcPath=DC0&dsName=LocalDS_0" | sha256sum | cut -d' ' -f1
}
vm_of() { lb inventory --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json | json "[v for v in d['vms'] if v['name'] == '$1'][0]$2"; }
pool_of() {
  soap "<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet><propSet><type>VirtualMachine</type><pathSet>resourcePool</pathSet></propSet><objectSet><obj type=\"VirtualMachine\">$1</obj></objectSet></specSet><options/></RetrievePropertiesEx>" "$work/pool.xml" >/dev/null
  python3 -c 'import re,sys; m=re.search(r"<val[^>]*>([^<]*)</val>", open(sys.argv[1]).read()); print(m.group(1) if m else "")' "$work/pool.xml"
}

lb restore vapp "$vapp_name" "${sign_in[@]}" --mode keep --json >"$work/keep.json" 2>"$work/keep.err"
check $? "restore vapp with keep succeeds ($(json 'd["result"]' <"$work/keep.json"))"
for member in $members; do
  name=${member%%=*} sha=${member#*=}
  restored=$(vm_of "${name}_restored" '["moref"]')
  [ "$(pool_of "$restored")" = "$vapp" ] && [ "$(datastore_sha "$(vm_of "${name}_restored" '["disks"][0]["file"]')")" = "$sha" ]
  check $? "${name}_restored is a member of the vApp with a byte-identical disk ($(pool_of "$restored"))"
done

first=${members%% *} first_name=${first%%=*} first_sha=${first#*=}
disk=$(vm_of "$first_name" '["disks"][0]["file"]')
head -c "$(lab 'd["vms"][0]["image_size"]')" /dev/urandom >"$work/garbage.img"
path=${disk#*] }
curl -sS --cacert "$LIFEBOAT_LAB_CA" -X PUT --data-binary @"$work/garbage.img" -o /dev/null \
  "$base/folder/${path%.vmdk}-flat.vmdk?dcPath=DC0&dsName=LocalDS_0"
lb restore vapp "$vapp" "${sign_in[@]}" --mode overwrite --json >"$work/over.json" 2>"$work/over.err"
[ "$(json 'd["result"] + ":" + ",".join(sorted(d["without_restore_point"]))' <"$work/over.json")" = "Warning:${members%%_VM0=*}_VM0_restored,${members%%_VM0=*}_VM1_restored" ]
check $? "restore vapp with overwrite restores the members and names the ones without a restore point ($(json 'd["result"]' <"$work/over.json"))"
[ "$(datastore_sha "$disk")" = "$first_sha" ]
check $? "the destroyed member's disk is byte-identical to the backup again"
lb restore vapp no-such-vapp "${sign_in[@]}" --json >"$work/none.json" 2>&1
[ $? = 1 ] && json 'd["error"]' <"$work/none.json" | has unknown_vapp
check $? "an unknown vApp is refused"

finish
