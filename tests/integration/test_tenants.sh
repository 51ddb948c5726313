#!/usr/bin/env bash
# Tenant scope against the lab: three vCenter accounts, two VM folders holding one seeded VM
# each. Tenant 1 sees and backs up only its folder's VM, cannot name tenant 2's VM or folder
# in a job, loses access at the next run when the administrator narrows its scope; tenant 2's
# backup is refused by its quota before anything is written; an account that was not added
# is refused; the first account must be an administrator.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
trap 'stop_lab; rm -rf "$work"' EXIT
start_lab --vms 2 --tenants 3
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
name0=$(lab 'd["vms"][0]["name"]')
user1=$(lab 'd["tenants"][0]["user"]') pw1=$(lab 'd["tenants"][0]["password"]') folder1=$(lab 'd["tenants"][0]["folder_moref"]')
user2=$(lab 'd["tenants"][1]["user"]') pw2=$(lab 'd["tenants"][1]["password"]') folder2=$(lab 'd["tenants"][1]["folder_moref"]')
user3=$(lab 'd["tenants"][2]["user"]') pw3=$(lab 'd["tenants"][2]["password"]') folder3=$(lab 'd["tenants"][2]["folder_moref"]')
[ "$(lab 'd["tenants"][0]["vms"]')" = "['$vm0']" ] && [ "$(lab 'd["tenants"][1]["vms"]')" = "['$vm1']" ] ||
  { echo "unexpected lab layout"; exit 1; }

repo="$work/repo"
export LIFEBOAT_REPO_PASSWORD=tenant-test-password
as() { local pw=$1; shift; LIFEBOAT_ENDPOINT_PASSWORD=$pw "$cli" --catalog "$catalog" "$@"; }
url=$LIFEBOAT_LAB_URL

lb endpoint add "$url" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null

out=$(lb tenant add "$user1" --endpoint "$url" --scope "folder:$folder1" --json 2>&1)
grep -q '"error":"scope.admin_first"' <<<"$out"
check $? "the first account must be an administrator ($out)"
lb tenant add "$LIFEBOAT_LAB_USER" --admin >/dev/null &&
  lb tenant add "$user1" --endpoint "$url" --scope "folder:$folder1" >/dev/null &&
  lb tenant add "$user2" --endpoint "$url" --scope "folder:$folder2" --quota $((10 * 1024 * 1024)) >/dev/null
check $? "an administrator and two tenants are added"
# Tenant 3's scope is a vSphere tag (vAPI REST tagging), attached to tenant 2's VM.
rest() { curl -sS --fail --cacert "$LIFEBOAT_LAB_CA" -H "vmware-api-session-id: $rest_session" \
           -H 'Content-Type: application/json' "$@"; }
rest_session=$(curl -sS --fail --cacert "$LIFEBOAT_LAB_CA" -X POST -u "$LIFEBOAT_LAB_USER:$LIFEBOAT_LAB_PASSWORD" \
  "${url%/sdk}/rest/com/vmware/cis/session" | json 'd["value"]')
category=$(rest -X POST "${url%/sdk}/rest/com/vmware/cis/tagging/category" \
  -d '{"create_spec":{"name":"tenants","description":"","cardinality":"MULTIPLE","associable_types":[]}}' | json 'd["value"]')
tag=$(rest -X POST "${url%/sdk}/rest/com/vmware/cis/tagging/tag" \
  -d "{\"create_spec\":{\"name\":\"gold\",\"description\":\"\",\"category_id\":\"$category\"}}" | json 'd["value"]')
rest -X POST "${url%/sdk}/rest/com/vmware/cis/tagging/tag-association/id:$tag?~action=attach" \
  -d "{\"object_id\":{\"id\":\"$vm1\",\"type\":\"VirtualMachine\"}}" >/dev/null
lb tenant add "$user3" --endpoint "$url" --scope "tag:gold" >/dev/null
check $? "a tenant scoped by a vSphere tag is added"
[ "$(as "$pw3" inventory --endpoint "$url" --user "$user3" --json | json '",".join(v["moref"] for v in d["vms"])')" = "$vm1" ]
check $? "the tag-scoped tenant lists only the tagged VM"
out=$(as "$pw3" job create t3 --endpoint "$url" --user "$user3" --repo "$repo" --objects "$vm0" --json 2>&1)
grep -q '"error":"job.unknown_object"' <<<"$out"
check $? "and cannot back up an untagged one"
as "$pw3" job create t3own --endpoint "$url" --user "$user3" --repo "$repo" --objects "$vm1" >/dev/null &&
  as "$pw3" job run t3own --json >"$work/t3.json" 2>/dev/null
check $? "the tag-scoped tenant backs up its tagged VM"
name1=$(lab 'd["vms"][1]["name"]')
as "$pw3" restore vm "$(json 'd["vms"][0]["restore_point"]' <"$work/t3.json")" --mode keep --endpoint "$url" \
  --user "$user3" --repo "$repo" --json >"$work/t3restore.json" 2>&1 &&
  as "$LIFEBOAT_LAB_PASSWORD" inventory --endpoint "$url" --user "$LIFEBOAT_LAB_USER" --json | json '[v["name"] for v in d["vms"]]' | has "${name1}_restored"
check $? "and restores it: the tag's members are read for the restore's scope check ($(json 'd["message"]' <"$work/t3restore.json"))"
lb tenant delete "$user3" >/dev/null

# --- seeing
[ "$(as "$pw1" inventory --endpoint "$url" --user "$user1" --json | json '",".join(v["moref"] for v in d["vms"])')" = "$vm0" ]
check $? "tenant 1 lists only the VM in its folder"
as "$pw1" inventory --endpoint "$url" --user "$user1" --json | json '[c["moref"] for c in d["containers"]]' | has "'$folder1'" &&
  ! as "$pw1" inventory --endpoint "$url" --user "$user1" --json | json '[c["moref"] for c in d["containers"]]' | has "'$folder2'"
check $? "tenant 1 lists its folder among the containers, and not tenant 2's"
[ "$(as "$LIFEBOAT_LAB_PASSWORD" inventory --endpoint "$url" --user "$LIFEBOAT_LAB_USER" --json | json 'len(d["vms"]) > 2')" = True ]
check $? "the administrator lists every VM"
out=$(as "$pw3" inventory --endpoint "$url" --user "$user3" --json 2>&1)
grep -q '"error":"scope.unknown_account"' <<<"$out"
check $? "an account the endpoint accepts but Lifeboat does not know (any more) is refused"
out=$(as "wrong-$pw1" inventory --endpoint "$url" --user "$user1" --json 2>&1)
grep -q '"error":"vsphere.invalid_login"' <<<"$out"
check $? "a tenant with a wrong password gets nothing"

# --- backing up
out=$(as "$pw1" job create steal --endpoint "$url" --user "$user1" --repo "$repo" --objects "$vm1" --json 2>&1)
grep -q '"error":"job.unknown_object"' <<<"$out"
check $? "tenant 1 cannot put tenant 2's VM in a job"
out=$(as "$pw1" job create steal2 --endpoint "$url" --user "$user1" --repo "$repo" --objects "$folder2" --json 2>&1)
grep -q '"error":"job.unknown_object"' <<<"$out"
check $? "nor tenant 2's folder"
as "$pw1" job create mine --endpoint "$url" --user "$user1" --repo "$repo" --objects "$folder1" >/dev/null
check $? "tenant 1 creates a job of its own folder"
as "$pw1" job run mine --json >"$work/run1.json" 2>/dev/null
check $? "the job runs"
[ "$(json '",".join(v["moref"] + ":" + v["result"] for v in d["vms"])' <"$work/run1.json")" = "$vm0:Success" ]
check $? "the folder resolved to tenant 1's VM only, backed up"
point=$(json 'd["vms"][0]["restore_point"]' <"$work/run1.json")
[ "$(lb repo cat restore-point "$point" --repo "$repo" | python3 -c 'import json,sys; print(json.load(sys.stdin)["tenant"])')" = "$user1" ]
check $? "the restore point belongs to tenant 1"

# --- restoring: each tenant sees and restores only its own restore points
export LIFEBOAT_REPO_PASSWORD
[ "$(as "$pw1" restore-point list --endpoint "$url" --user "$user1" --repo "$repo" --json | json '",".join(p["id"] for p in d["restore_points"])')" = "$point" ]
check $? "tenant 1 lists its restore point"
[ "$(as "$pw2" restore-point list --endpoint "$url" --user "$user2" --repo "$repo" --json | json 'len(d["restore_points"])')" = 0 ]
check $? "tenant 2 lists none of tenant 1's restore points"
out=$(as "$pw2" restore-point download "$point" --disk disk1.vmdk --to "$work/stolen.img" --endpoint "$url" \
      --user "$user2" --repo "$repo" --json 2>&1)
grep -q '"error":"scope.denied"' <<<"$out" && [ ! -e "$work/stolen.img" ]
check $? "tenant 2 cannot restore tenant 1's restore point ($out)"
as "$pw1" restore-point download "$point" --disk disk1.vmdk --to "$work/mine.img" --endpoint "$url" \
  --user "$user1" --repo "$repo" >/dev/null &&
  [ "$(sha256sum "$work/mine.img" | cut -d' ' -f1)" = "$(lab 'd["vms"][0]["image_sha256"]')" ]
check $? "tenant 1 restores its own disk byte-identical"
name0=$(lab 'd["vms"][0]["name"]')
out=$(as "$pw2" restore vm "$point" --mode keep --endpoint "$url" --user "$user2" --repo "$repo" --json 2>&1)
[ $? = 1 ] && json 'd["message"]' <<<"$out" | has "no restore point" &&
  ! as "$LIFEBOAT_LAB_PASSWORD" inventory --endpoint "$url" --user "$LIFEBOAT_LAB_USER" --json | json '[v["name"] for v in d["vms"]]' | has "${name0}_restored"
check $? "tenant 2 cannot restore tenant 1's VM, and nothing is created"
out=$(as "$pw2" restore files "$point" /etc/os-release --to "$work/stolen-files" --endpoint "$url" --user "$user2" --repo "$repo" --json 2>&1)
[ $? = 1 ] && [ ! -e "$work/stolen-files/os-release" ]
check $? "nor its guest files"
as "$pw1" files index --all --endpoint "$url" --user "$user1" --repo "$repo" >/dev/null &&
  [ "$(as "$pw1" files search os-release --endpoint "$url" --user "$user1" --repo "$repo" --json | json 'len(d["results"])')" = 1 ] &&
  [ "$(as "$pw2" files search os-release --endpoint "$url" --user "$user2" --repo "$repo" --json | json 'len(d["results"])')" = 0 ]
check $? "tenant 1 finds its guest files in the index; tenant 2 finds none of them"
as "$pw1" restore vm "$point" --mode keep --endpoint "$url" --user "$user1" --repo "$repo" --json >"$work/own.json" 2>&1 &&
  [ "$(as "$pw1" inventory --endpoint "$url" --user "$user1" --json | json '",".join(sorted(v["name"] for v in d["vms"]))')" = "$name0,${name0}_restored" ]
check $? "tenant 1 restores its VM beside the original, inside its own folder ($(json 'd["message"]' <"$work/own.json"))"
lb audit export --format json | json '",".join(r["operator"].split("\\")[-1] + ":" + r["kind"] + ":" + r["result"] for r in d["restores"])' >"$work/audit.txt"
[ "$(cat "$work/audit.txt")" = "${user3##*\\}:vm:Success,${user2##*\\}:vm:Failed,${user2##*\\}:files:Failed,${user1##*\\}:vm:Success" ]
check $? "the audit names who tried what ($(cat "$work/audit.txt"))"
out=$(as "$pw3" restore-point list --endpoint "$url" --user "$user3" --repo "$repo" --json 2>&1)
grep -q '"error":"scope.unknown_account"' <<<"$out"
check $? "an unknown account lists nothing"

# The administrator narrows tenant 1's scope to an empty folder: the job no longer reaches the VM.
lb tenant add "$user1" --endpoint "$url" --scope "folder:$folder3" >/dev/null
points_before=$(lb repo list --repo "$repo" --json | json 'len(d["restore_points"])')
# The job still names folder 1, which is now outside the scope.
as "$pw1" job run mine --json >"$work/run2.json" 2>/dev/null
[ $? = 1 ] && json 'd["vms"][0]["message"]' <"$work/run2.json" | has "outside the scope"
check $? "after the scope changed, the next run refuses the VM ($(json 'd["vms"][0]["message"]' <"$work/run2.json" 2>&1))"
[ "$(lb repo list --repo "$repo" --json | json 'len(d["restore_points"])')" = "$points_before" ]
check $? "and stores nothing"

# --- quota
as "$pw2" job create t2 --endpoint "$url" --user "$user2" --repo "$repo" --objects "$vm1" >/dev/null
as "$pw2" job run t2 --json >"$work/run3.json" 2>/dev/null
[ $? = 1 ] && json 'd["vms"][0]["message"]' <"$work/run3.json" | has -i "quota"
check $? "tenant 2's backup is refused by its quota ($(json 'd["vms"][0]["message"]' <"$work/run3.json" 2>&1))"
[ "$(lb repo list --repo "$repo" --json | json 'len(d["restore_points"])')" = "$points_before" ]
check $? "nothing was written for it"
lb tenant add "$user2" --endpoint "$url" --scope "folder:$folder2" --quota $((100 * 1024 * 1024)) >/dev/null
as "$pw2" job run t2 --json >"$work/run4.json" 2>/dev/null
check $? "with a larger quota the backup runs"

lb tenant list --json | json '" ".join(a["account"] + "=" + a["role"] for a in d["accounts"])' | has -F "$LIFEBOAT_LAB_USER=admin"
check $? "tenant list shows the roles"
! grep -qaF -e "$pw1" -e "$pw2" -e "$LIFEBOAT_LAB_PASSWORD" "$catalog" "$catalog-wal" 2>/dev/null
check $? "no password is in the catalog"

finish
