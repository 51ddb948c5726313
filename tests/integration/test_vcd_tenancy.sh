#!/usr/bin/env bash
# Cloud Director organizations end to end, against the lab's Cloud Director FIXTURE
# (tests/lab/vcd-fixture, not a simulator) whose VMs are the lab's vcsim VMs. The provider
# sets up the organizations acme and globex and links the fixture's vCenter to the lab's
# vcsim with a service account whose password lives in a real keychain (GNOME Keyring in a
# private D-Bus session); the fixture hides morefs from organization users, as a real Cloud
# Director does, so Lifeboat reads them as the provider. Then acme's user alice signs in with
# alice@acme: sees exactly
# acme's VMs, creates a job of a vApp (from the organization's template and repository),
# the job runs through the service account, alice restores the vApp (keep) and a guest
# file; globex's user sees none of it and is refused everything of acme's.
set -uo pipefail
cli=$1 root=$2
if [ -z "${LIFEBOAT_VCD_KEYRING_WORK:-}" ]; then
  work=$(mktemp -d)
  mkdir -p "$work/home/data/keyrings" "$work/home/config"
  # The lab's build cache stays where it is: a new HOME must not rebuild vcsim.
  export LIFEBOAT_LAB_CACHE="${LIFEBOAT_LAB_CACHE:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/lifeboat-lab}"
  HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config" \
    LIFEBOAT_VCD_KEYRING_WORK="$work" timeout 1100 dbus-run-session -- bash "$0" "$@"
  rc=$?
  rm -rf "$work"
  exit $rc
fi
work=$LIFEBOAT_VCD_KEYRING_WORK
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
trap 'stop_lab' EXIT
echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null
LIFEBOAT_LAB_VCD_TENANT_MOREFS=false start_lab --vms 4
base=$(lab 'd["base_url"]')
vcd=$LIFEBOAT_LAB_VCD_URL
login_of() { lab "[u['login'] for u in d['vcd']['users'] if u['org']=='$1'][0]"; }
password_of() { lab "[u['password'] for u in d['vcd']['users'] if u['org']=='$1'][0]"; }
# as ORG COMMAND...: lifeboat-cli as ORG's user, signed in through Cloud Director.
as() {
  local org=$1
  shift
  LIFEBOAT_ENDPOINT_PASSWORD=$(password_of "$org") lb "$@" --endpoint "$vcd" --user "$(login_of "$org")"
}
acme_vms=$(lab "' '.join(sorted(v['moref'] for o in d['vcd']['orgs'] if o['name']=='acme' for a in o['vdcs'][0]['vapps'] for v in a['vms']))")
vapp=acme-vapp-1
vapp_members=$(lab "' '.join(v['name'] for o in d['vcd']['orgs'] if o['name']=='acme' for a in o['vdcs'][0]['vapps'] if a['name']=='$vapp' for v in a['vms'])")
export LIFEBOAT_REPO_PASSWORD=vcd-tenancy-repo-password

# The provider's set-up.
lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb endpoint add "$vcd" --kind vcd --trust "$LIFEBOAT_LAB_VCD_THUMBPRINT" --json >"$work/vcd-add.json"
check $? "the Cloud Director is added as an endpoint of kind vcd ($(cat "$work/vcd-add.json"))"
lb tenant add "$LIFEBOAT_LAB_USER" --admin >/dev/null
lb repo init --repo "$work/acme-repo" >/dev/null
lb repo init --repo "$work/globex-repo" >/dev/null
echo '{"keep_restore_points": 3, "index_files": true, "retry_count": 2}' >"$work/template.json"
lb vcd org set acme --endpoint "$vcd" --repo "$work/acme-repo" --quota 100000000000 --job-template "$work/template.json" \
  --schedule-policy 20:00-06:00 >/dev/null \
  && lb vcd org set globex --endpoint "$vcd" --repo "$work/globex-repo" >/dev/null
check $? "the provider sets up acme (repository, quota, job template, schedule policy) and globex"
echo '{"keep_restore_points": "three"}' >"$work/bad-template.json"
out=$(lb vcd org set acme --endpoint "$vcd" --job-template "$work/bad-template.json" 2>&1)
[ $? = 1 ] && grep -q keep_restore_points <<<"$out"
check $? "a job template with a wrong type is refused when it is set ($out)"
vcenter=$(lab 'd["vcd"]["vcenter"]["name"]')
# Like a real Cloud Director, the fixture shows organization users no morefs (the lab runs it
# with -tenant-morefs=false): Lifeboat reads them with the provider's account.
out=$(as acme inventory --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.moref_hidden && grep -q "vcd provider set" <<<"$out"
check $? "without the provider's Cloud Director account, the VMs' vCenter identity is missing: a clear error ($(json 'd["message"]' <<<"$out" | cut -c1-160))"
out=$(LIFEBOAT_ENDPOINT_PASSWORD=$(password_of acme) lb vcd provider set --endpoint "$vcd" --user "$(login_of acme)" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.not_provider
check $? "an organization's account cannot be the provider's ($(json 'd["error"]' <<<"$out"))"
password_of System | lb vcd provider set --endpoint "$vcd" --user "$(login_of System)" --password-stdin >/dev/null
check $? "the provider keeps its Cloud Director account in the keychain"
out=$(as acme inventory --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.vcenter_unlinked
check $? "before its vCenter is linked, an organization user gets a clear error ($(json 'd["message"]' <<<"$out"))"
lb vcd vcenter link "$vcenter" --endpoint "$vcd" --to "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" >/dev/null
out=$(as acme inventory --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.service_password
check $? "without the service account's password in the keychain: a clear error ($(json 'd["message"]' <<<"$out" | cut -c1-120))"
LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD lb endpoint login "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --remember-password >/dev/null
check $? "the provider keeps the service account's password in the keychain"

# Sign-in and scope.
as acme inventory --json >"$work/acme-inventory.json" 2>&1
got=$(json '" ".join(sorted(v["moref"] for v in d["vms"]))' <"$work/acme-inventory.json")
[ -n "$acme_vms" ] && [ "$got" = "$acme_vms" ]
check $? "alice@acme sees exactly acme's VMs on the vCenter ($got)"
lb vcd org list --json | json '[o["vms_in_scope"] for o in d["organizations"] if o["organization"]=="acme"][0]' | has -x "$(wc -w <<<"$acme_vms")"
check $? "acme's scope was refreshed from Cloud Director at sign-in"
out=$(LIFEBOAT_ENDPOINT_PASSWORD=wrong lb inventory --endpoint "$vcd" --user "$(login_of acme)" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.wrong_credentials
check $? "a wrong password is refused ($(json 'd["error"]' <<<"$out"))"
out=$(LIFEBOAT_ENDPOINT_PASSWORD=$(password_of System) lb inventory --endpoint "$vcd" --user "$(login_of System)" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has vcd.provider_account
check $? "a provider account is sent to the vCenter ($(json 'd["error"]' <<<"$out"))"

# acme backs up a vApp.
as acme job create acme-app --objects "$vapp" --json >"$work/job.json" 2>&1
check $? "alice@acme creates a job of the Cloud Director vApp $vapp"
[ "$(json '" ".join(sorted(o["moref"] for o in d["objects"]))' <"$work/job.json")" = "$(lab "' '.join(sorted(v['moref'] for o in d['vcd']['orgs'] if o['name']=='acme' for a in o['vdcs'][0]['vapps'] if a['name']=='$vapp' for v in a['vms']))")" ]
check $? "the job backs up the vApp's members"
[ "$(json 'd["account"] + "|" + d["repository"] + "|" + str(d["keep_restore_points"]) + "|" + str(d["index_files"]) + "|" + str(d["retry_count"])' <"$work/job.json")" \
  = "$(lb vcd org list --json | json '[o["account"] for o in d["organizations"] if o["organization"]=="acme"][0]')|$work/acme-repo|3|True|2" ]
check $? "the job belongs to the organization, writes to its repository and starts from its template ($(json 'd["account"]' <"$work/job.json"))"
out=$(lb job edit acme-app --schedule "daily 12:00" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has job.schedule_not_allowed \
  && [ "$(lb job show acme-app --json | json 'd["schedule"]["kind"]')" = none ]
check $? "acme's schedule policy (20:00-06:00) refuses a job at noon ($(json 'd["message"]' <<<"$out"))"
lb job edit acme-app --schedule "daily 22:00 mon-fri" >/dev/null && [ "$(lb job show acme-app --json | json 'd["schedule"]["kind"]')" = daily ]
check $? "and accepts one at 22:00"
out=$(as acme job create sneaky --objects vm-58 --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has job.unknown_object
check $? "alice@acme cannot put globex's VM into a job"
lb job run acme-app --json >"$work/backup.json" 2>"$work/backup.err"
[ "$(json 'd["result"] + ":" + str(len(d["vms"]))' <"$work/backup.json")" = Success:2 ]
check $? "the job runs through the provider's service account ($(json 'd["result"] + " " + d["message"]' <"$work/backup.json"))"

as acme restore-point list --repo "$work/acme-repo" --json >"$work/points.json" 2>&1
[ "$(json 'len(d["restore_points"])' <"$work/points.json")" = 2 ]
check $? "alice@acme sees the two restore points"
point=$(json '[p["id"] for p in d["restore_points"] if p["vm"] == "DC0_H0_VM0"][0]' <"$work/points.json")

# Restore: the vApp beside the original, and a guest file.
datastore_sha() {
  local path=${1#*] }
  curl -sS --cacert "$LIFEBOAT_LAB_CA" "$base/folder/${path%.vmdk}-flat.vmdk?dcPath=DC0&dsName=LocalDS_0" | sha256sum | cut -d' ' -f1
}
as acme restore vapp "$vapp" --repo "$work/acme-repo" --mode keep --power-on --json >"$work/keep.json" 2>"$work/keep.err"
check $? "alice@acme restores the vApp with keep ($(json 'd["result"]' <"$work/keep.json"))"
[ "$(json '" ".join(sorted(i["vm"] + "=" + ("href" if i.get("href") else i.get("error", "?")) for s in d["sessions"] for i in s["cloud_director"]))' <"$work/keep.json")" \
  = "$(for n in $vapp_members; do printf '%s_restored=href\n' "$n"; done | sort | tr '\n' ' ' | sed 's/ $//')" ]
check $? "each kept VM is imported into the vApp in Cloud Director ($(json '[i.get("message", i.get("href")) for s in d["sessions"] for i in s["cloud_director"]]' <"$work/keep.json"))"
password_of acme | "$cli" vcd inventory --url "$vcd" --user "$(login_of acme)" --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json >"$work/vcd-after.json" 2>&1
[ "$(json '" ".join(sorted(v["name"] for v in d["vms"] if v["vapp"] == "'"$vapp"'"))' <"$work/vcd-after.json")" \
  = "$(for n in $vapp_members; do printf '%s\n%s_restored\n' "$n" "$n"; done | sort | tr '\n' ' ' | sed 's/ $//')" ]
check $? "Cloud Director shows the restored VMs in acme's vApp beside the originals"
[ "$(json '" ".join(sorted(v["name"] + "=" + v["power_state"] for v in d["vms"] if v["name"].endswith("_restored")))' <"$work/vcd-after.json")" \
  = "$(for n in $vapp_members; do printf '%s_restored=POWERED_ON\n' "$n"; done | sort | tr '\n' ' ' | sed 's/ $//')" ] \
  && [ "$(json '" ".join(str(i["powered_on"]) for s in d["sessions"] for i in s["cloud_director"])' <"$work/keep.json")" = "True True" ]
check $? "--power-on powered them on through Cloud Director tasks ($(json '[v["name"] + "=" + v["power_state"] for v in d["vms"] if v["name"].endswith("_restored")]' <"$work/vcd-after.json"))"
as acme inventory --json >"$work/acme-after.json" 2>&1
json '" ".join(sorted(v["name"] for v in d["vms"]))' <"$work/acme-after.json" | has DC0_H0_VM0_restored
check $? "and alice@acme's next sign-in has them in scope"
LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD lb inventory --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json >"$work/vsphere.json"
for name in $vapp_members; do
  sha=$(lab "[v['image_sha256'] for v in d['vms'] if v['name']=='$name'][0]")
  file=$(json "[v['disks'][0]['file'] for v in d['vms'] if v['name']=='${name}_restored'][0]" <"$work/vsphere.json" 2>/dev/null)
  [ -n "$file" ] && [ "$(datastore_sha "$file")" = "$sha" ]
  check $? "${name}_restored exists on the vCenter with a byte-identical disk"
done
# In place: the VM keeps its identity, so Cloud Director and the job still know it.
as acme restore vm --vm DC0_H0_VM0 --mode overwrite --repo "$work/acme-repo" --json >"$work/over.json" 2>"$work/over.err"
[ "$(json 'd["result"] + ":" + str(len(d["cloud_director"]))' <"$work/over.json")" = Success:0 ]
check $? "alice@acme overwrites a VM in place, with nothing to import ($(json 'd["result"]' <"$work/over.json"))"
lb job run acme-app --json >"$work/backup2.json" 2>/dev/null
[ "$(json 'd["result"] + ":" + " ".join(sorted(v["moref"] for v in d["vms"]))' <"$work/backup2.json")" = "Success:$(json '" ".join(sorted(o["moref"] for o in d["objects"]))' <"$work/job.json")" ]
check $? "after the in-place restore the job still backs up the same VMs ($(json 'd["result"]' <"$work/backup2.json"))"
lb audit export --format json >"$work/audit.json"
python3 - "$work/audit.json" "$(login_of acme)" <<'EOF'
import json, sys
text = open(sys.argv[1]).read()
rows = json.loads(text)
rows = rows.get("restores", rows) if isinstance(rows, dict) else rows
assert any(r.get("operator") == sys.argv[2] for r in rows), rows
EOF
check $? "the restore audit names alice@acme, not the service account, as the operator"
as acme restore files "$point" /etc/os-release --to "$work/out" --repo "$work/acme-repo" --json >"$work/files.json" 2>&1
want=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["files"]["/etc/os-release"]["sha256"])' "$(lab "[v['manifest'] for v in d['vms'] if v['name']=='DC0_H0_VM0'][0]")")
[ "$(sha256sum <"$work/out/os-release" | cut -d' ' -f1)" = "$want" ]
check $? "alice@acme restores a guest file byte-identical to the seeded one"

# globex sees none of it.
as globex inventory --json >"$work/globex-inventory.json" 2>&1
! json '" ".join(v["moref"] for v in d["vms"])' <"$work/globex-inventory.json" | grep -qw -e vm-49 -e vm-52
check $? "bob@globex does not see acme's VMs"
as globex restore-point list --repo "$work/acme-repo" --json >"$work/globex-points.json" 2>&1
[ "$(json 'len(d["restore_points"])' <"$work/globex-points.json")" = 0 ]
check $? "bob@globex sees no restore point of acme's, even given acme's repository"
out=$(as globex restore vapp "$vapp" --repo "$work/acme-repo" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has unknown_vapp
check $? "bob@globex cannot restore acme's vApp ($(json 'd["message"]' <<<"$out"))"
out=$(as globex restore files "$point" /etc/os-release --to "$work/out2" --repo "$work/acme-repo" --json 2>&1)
[ $? = 1 ] && [ ! -e "$work/out2/os-release" ]
check $? "bob@globex cannot restore a guest file from acme's restore point"
out=$(as globex restore vm --vm DC0_H0_VM0 --repo "$work/acme-repo" --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has no_restore_point
check $? "bob@globex cannot restore acme's VM ($(json 'd["error"]' <<<"$out"))"

# The provider moves one of acme's VMs to globex in Cloud Director; before acme's next run,
# with no acme user signing in meanwhile (which would refresh the scope too), Lifeboat reads
# acme's VMs again as the provider.
count_points() { as acme restore-point list --repo "$work/acme-repo" --json | json "sum(1 for p in d['restore_points'] if p['vm'] == '$1')"; }
vm0_before=$(count_points DC0_H0_VM0) vm1_before=$(count_points DC0_H0_VM1)
moved=$(lab "[v['moref'] for v in d['vms'] if v['name']=='DC0_H0_VM1'][0]")
curl -sS --fail --cacert "$LIFEBOAT_LAB_CA" -u "$(login_of System):$(password_of System)" -X POST \
  "$vcd/fixture/move-vm?moref=$moved&vapp=globex-vapp-1"
check $? "setup: the fixture moves DC0_H0_VM1 ($moved) into globex's vApp"
# The job retries failed VMs (its template says 2): what it prints is the last try's session.
lb job run acme-app --json >"$work/backup3.json" 2>/dev/null
[ "$(json '[v["result"] + ":" + str("outside the scope" in v["message"]) for v in d["vms"] if v["vm"] == "DC0_H0_VM1"]' <"$work/backup3.json")" = "['Failed:True']" ]
check $? "acme's next run refuses the moved VM as outside its scope ($(json '[v["message"] for v in d["vms"]]' <"$work/backup3.json") $(lb session show $(json 'd["retry_of"] or d["id"]' <"$work/backup3.json") | grep -i -m3 "warn\|could not"))"
[ "$(count_points DC0_H0_VM0)" = $((vm0_before + 1)) ] && [ "$(count_points DC0_H0_VM1)" = "$vm1_before" ]
check $? "it backed up DC0_H0_VM0 and added no restore point of the moved VM to acme's repository"

# An organization the provider removes is refused.
lb vcd org remove globex --endpoint "$vcd" >/dev/null
out=$(as globex inventory --json 2>&1)
[ $? = 1 ] && json 'd["error"]' <<<"$out" | has scope.unknown_account
check $? "an organization not set up is refused ($(json 'd["message"]' <<<"$out"))"
! grep -rqF "$LIFEBOAT_LAB_PASSWORD" "$catalog" "$work/home/config" 2>/dev/null
check $? "the service account's password is nowhere in the catalog or settings"
finish
