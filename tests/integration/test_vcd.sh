#!/usr/bin/env bash
# lifeboat-cli vcd inventory against the lab's Cloud Director FIXTURE (tests/lab/vcd-fixture,
# not a simulator) whose VMs are the lab's vcsim VMs: org-scoped inventory, paging, the
# vCenter identity of each VM checked against vcsim itself, wrong credentials, a missing
# token, an unsupported API version and an expired token renewed by signing in again.
# Then vcd power (VM and vApp, through tasks, seen in the inventory and in vcsim), another
# organization refused, and vcd import (refused to an org user, done by the provider).
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; stop_lab; rm -rf "$work"' EXIT
start_lab --no-seed

vcd() { lab "d['vcd']$1"; }
login_of() { lab "[u['login'] for u in d['vcd']['users'] if u['org']=='$1'][0]"; }
password_of() { lab "[u['password'] for u in d['vcd']['users'] if u['org']=='$1'][0]"; }
# inv ORG [options]: the inventory as ORG's user, JSON.
inv() {
  local org=$1; shift
  password_of "$org" | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user "$(login_of "$org")" \
    --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json "$@" 2>&1
}
sorted() { python3 -c 'import sys; print(" ".join(sorted(sys.argv[1:])))' "$@"; }

[ -n "${LIFEBOAT_LAB_VCD_URL:-}" ] && [ -n "${LIFEBOAT_LAB_VCD_THUMBPRINT:-}" ]
check $? "scripts/lab env exports the fixture's URL and thumbprint"

# 1. acme sees exactly acme's vApps and VMs.
out=$(inv acme)
want_vms=$(sorted $(lab "' '.join(v['moref'] for o in d['vcd']['orgs'] if o['name']=='acme' for a in o['vdcs'][0]['vapps'] for v in a['vms'])"))
want_vapps=$(sorted $(lab "' '.join(a['name'] for o in d['vcd']['orgs'] if o['name']=='acme' for a in o['vdcs'][0]['vapps'])"))
got_vms=$(sorted $(json "' '.join(v['moref'] for v in d['vms'])" <<<"$out"))
got_vapps=$(sorted $(json "' '.join(a['name'] for a in d['vapps'])" <<<"$out"))
[ -n "$want_vms" ] && [ "$got_vms" = "$want_vms" ] && [ "$got_vapps" = "$want_vapps" ]
check $? "acme's user sees exactly acme's vApps ($got_vapps) and VMs ($got_vms)"
[ "$(json "sorted(set(v['org'] for v in d['vms'])|set(a['org'] for a in d['vapps'])|set(x['org'] for x in d['vdcs']))" <<<"$out")" = "['acme']" ] \
  && ! grep -q globex <<<"$out"
check $? "nothing of globex is visible to acme"
[ "$(json "d['org']+' '+d['user']+' '+d['api_version']+' '+str(d['provider'])" <<<"$out")" = "acme alice 38.0 False" ]
check $? "signed in as alice@acme with the highest common API version 38.0"
json "all(v['power_state']=='POWERED_ON' and v['vcenter']['name']=='lab-vcsim' and v['vcenter']['href'] and v['vapp'] for v in d['vms'])" <<<"$out" | has True
check $? "each VM has its power state, vApp and vCenter identity"

# 2. The morefs are real VMs of vcsim, seen through the vSphere inventory code.
"$cli" --catalog "$catalog" endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null 2>&1
vs=$(LIFEBOAT_ENDPOINT_PASSWORD="$LIFEBOAT_LAB_PASSWORD" "$cli" --catalog "$catalog" inventory \
       --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --json 2>&1)
ok=1
for m in $got_vms; do grep -q "\"$m\"" <<<"$vs" || { ok=0; echo "  $m not in the vSphere inventory"; }; done
[ $ok = 1 ] && [ -n "$got_vms" ] || { echo "  vSphere inventory: ${vs:0:400}"; false; }
check $? "every acme VM's moref exists in vcsim (lifeboat-cli inventory)"
names_ok=$(python3 -c 'import json,sys
v=json.loads(sys.argv[1].strip().splitlines()[-1]); c=json.loads(sys.argv[2].strip().splitlines()[-1])
s=json.dumps(v)
print(all(("\"%s\"" % m["name"]) in s for m in c["vms"]))' "$vs" "$out" 2>&1)
[ "$names_ok" = True ]
check $? "and the vCenter VMs carry the same names"

# 3. globex sees its own, disjoint set; page size 1 gives the same sets.
g=$(inv globex)
g_vms=$(sorted $(json "' '.join(v['moref'] for v in d['vms'])" <<<"$g"))
[ -n "$g_vms" ] && [ -z "$(comm -12 <(tr ' ' '\n' <<<"$g_vms") <(tr ' ' '\n' <<<"$got_vms"))" ]
check $? "globex sees its own VMs ($g_vms), none of acme's"
p1=$(inv acme --page-size 1)
[ "$(sorted $(json "' '.join(v['moref'] for v in d['vms'])" <<<"$p1"))" = "$got_vms" ] \
  && [ "$(sorted $(json "' '.join(a['name'] for a in d['vapps'])" <<<"$p1"))" = "$got_vapps" ]
check $? "page size 1 follows nextPage links to the same set"
pw=$(password_of System)
sys_out=$(echo "$pw" | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user administrator@System \
  --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json --page-size 2 2>&1)
[ "$(sorted $(json "' '.join(v['moref'] for v in d['vms'])" <<<"$sys_out"))" = "$(sorted $got_vms $g_vms)" ] \
  && json "d['provider']" <<<"$sys_out" | has True
check $? "the provider (administrator@System) sees both organizations"

# 4. Wrong credentials, TLS, missing token.
out=$(echo "wrong" | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user "$(login_of acme)" \
  --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json 2>&1)
grep -q '"error":"vcd.wrong_credentials"' <<<"$out" && grep -q "does not say which" <<<"$out"
check $? "a wrong password is vcd.wrong_credentials ($out)"
out=$(password_of acme | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user "alice@globex" \
  --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json 2>&1)
grep -q '"error":"vcd.wrong_credentials"' <<<"$out"
check $? "a wrong organization is vcd.wrong_credentials"
out=$(password_of acme | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user "$(login_of acme)" \
  --password-stdin --json 2>&1)
grep -q '"error":"tls.untrusted"' <<<"$out" && grep -q "$LIFEBOAT_LAB_VCD_THUMBPRINT" <<<"$out"
check $? "without the thumbprint the certificate is refused and its thumbprint shown"
out=$(password_of acme | "$cli" vcd inventory --url "$LIFEBOAT_LAB_VCD_URL" --user "$(login_of acme)" \
  --thumbprint "00:11" --password-stdin --json 2>&1)
grep -q '"error":"tls.changed"' <<<"$out"
check $? "a wrong pin is tls.changed"
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$LIFEBOAT_LAB_CA" \
  -H 'Accept: application/*+json;version=38.0' "$LIFEBOAT_LAB_VCD_URL/api/query?type=vm")
[ "$code" = 401 ]
check $? "the fixture answers 401 without a token ($code)"
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert "$LIFEBOAT_LAB_CA" -X POST -u "$(login_of acme):$(password_of acme)" \
  -H 'Accept: application/json;version=12.0' "$LIFEBOAT_LAB_VCD_URL/cloudapi/1.0.0/sessions")
[ "$code" = 406 ]
check $? "the fixture answers 406 for an unsupported version in Accept ($code)"

# 5. Own fixtures of the same binary: old versions only; short-lived tokens.
bin=$(readlink "/proc/$(vcd "['pid']")/exe")
fixture() { # fixture NAME FLAGS...: starts one, sets $furl
  local name=$1; shift
  "$bin" -users "$LIFEBOAT_LAB_DIR/vcd-users.json" -vms "$LIFEBOAT_LAB_DIR/launcher.json" \
    -cert "$LIFEBOAT_LAB_DIR/tls/cert.pem" -key "$LIFEBOAT_LAB_DIR/tls/key.pem" "$@" >"$work/$name.json" 2>"$work/$name.log" &
  pids+=($!)
  for _ in $(seq 50); do [ -s "$work/$name.json" ] && break; sleep 0.1; done
  furl=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$work/$name.json")
}
fixture old -versions 31.0,32.0
out=$(password_of acme | "$cli" vcd inventory --url "$furl" --user "$(login_of acme)" \
  --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json 2>&1)
grep -q '"error":"vcd.unsupported_version"' <<<"$out" && grep -q "31.0, 32.0" <<<"$out"
check $? "a server with only API 31/32 is vcd.unsupported_version, naming its versions ($out)"
fixture mixed -versions 36.0,37.0
out=$(inv acme --url "$furl")
[ "$(json "d['api_version']" <<<"$out")" = 37.0 ]
check $? "with API 36/37 on the server, 37.0 is chosen"

# Checked on arrival: the third page comes after 1.6 s, past the 1.5 s lifetime.
fixture short -token-ttl 1500ms -query-delay 800ms
out=$(inv acme --url "$furl" --page-size 1)
[ "$(sorted $(json "' '.join(v['moref'] for v in d['vms'])" <<<"$out"))" = "$got_vms" ] \
  && [ "$(json "d['session_renewals']" <<<"$out")" -ge 1 ]
check $? "an expired token is renewed by signing in again ($(json "d.get('session_renewals')" <<<"$out" 2>&1) renewals)"

# 6. Power through Cloud Director tasks: the inventory and vcsim itself show the new state.
vpower() { # vpower ORG on|off|... TARGET OPTIONS: lifeboat-cli vcd power as ORG's user, JSON
  local org=$1; shift
  password_of "$org" | "$cli" vcd power "$@" --url "$LIFEBOAT_LAB_VCD_URL" --user "$(login_of "$org")" \
    --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json 2>&1
}
soap_login
vcsim_state() { # vcsim_state MOREF: poweredOn / poweredOff as vcsim has it
  soap "<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet><propSet><type>VirtualMachine</type><pathSet>runtime.powerState</pathSet></propSet><objectSet><obj type=\"VirtualMachine\">$1</obj></objectSet></specSet><options/></RetrievePropertiesEx>" "$work/state.xml" >/dev/null
  grep -o 'powered[A-Za-z]*' "$work/state.xml" | head -1
}
acme=$(inv acme)
vm_name=$(json "sorted(v['name'] for v in d['vms'])[0]" <<<"$acme")
vm_moref=$(json "[v['moref'] for v in d['vms'] if v['name']=='$vm_name'][0]" <<<"$acme")
vm_href=$(json "[v['href'] for v in d['vms'] if v['name']=='$vm_name'][0]" <<<"$acme")
state_of() { inv acme | json "[v['power_state'] for v in d['vms'] if v['name']=='$1'][0]"; }

out=$(vpower acme off --vm "$vm_name")
[ "$(json "d['task']['status']+' '+str(d['already'])" <<<"$out")" = "success False" ] \
  && [ "$(state_of "$vm_name")" = POWERED_OFF ] && [ "$(vcsim_state "$vm_moref")" = poweredOff ]
check $? "vcd power off --vm $vm_name: task success, POWERED_OFF in the inventory and off in vcsim ($out)"
out=$(vpower acme off --vm "$vm_name")
[ "$(json "d['already']" <<<"$out")" = True ]
check $? "powering off an off VM succeeds as 'already' ($out)"
out=$(vpower acme reset --vm "$vm_name")
grep -q '"error":"vcd.power_refused"' <<<"$out" && grep -q "is not running" <<<"$out"
check $? "reset of an off VM is vcd.power_refused with the server's reason ($out)"
out=$(vpower acme on --vm "$vm_href")
[ "$(json "d['task']['status']" <<<"$out")" = success ] && [ "$(state_of "$vm_name")" = POWERED_ON ] \
  && [ "$(vcsim_state "$vm_moref")" = poweredOn ]
check $? "vcd power on by href: POWERED_ON in the inventory and on in vcsim"

vapp=$(json "max(d['vapps'], key=lambda a: (a['vm_count'], a['name']))['name']" <<<"$acme")
vapp_morefs=$(json "' '.join(v['moref'] for v in d['vms'] if v['vapp']=='$vapp')" <<<"$acme")
vapp_state() { inv acme | json "[a['status'] for a in d['vapps'] if a['name']=='$vapp'][0]+' '+' '.join(sorted(set(v['power_state'] for v in d['vms'] if v['vapp']=='$vapp')))"; }
vcsim_states() { local m; for m in $vapp_morefs; do vcsim_state "$m"; done | sort -u | tr '\n' ' '; }
out=$(vpower acme off --vapp "$vapp")
[ "$(json "d['task']['status']" <<<"$out")" = success ] && [ "$(vapp_state)" = "POWERED_OFF POWERED_OFF" ] \
  && [ "$(vcsim_states)" = "poweredOff " ]
check $? "vcd power off --vapp $vapp: the vApp and its VMs ($vapp_morefs) are off, in vcsim too"
out=$(vpower acme on --vapp "$vapp")
[ "$(json "d['task']['status']" <<<"$out")" = success ] && [ "$(vapp_state)" = "POWERED_ON POWERED_ON" ] \
  && [ "$(vcsim_states)" = "poweredOn " ]
check $? "vcd power on --vapp $vapp: all on again"

# Another organization: acme's VM is not visible by name, and refused by href.
out=$(vpower globex off --vm "$vm_name")
grep -q '"error":"vcd.not_found"' <<<"$out" && grep -q "bob@globex sees no VM named $vm_name" <<<"$out"
check $? "globex's user does not find acme's VM by name ($out)"
out=$(vpower globex off --vm "$vm_href")
grep -q '"error":"vcd.forbidden"' <<<"$out" && grep -q "does not let this account" <<<"$out" \
  && [ "$(state_of "$vm_name")" = POWERED_ON ] && [ "$(vcsim_state "$vm_moref")" = poweredOn ]
check $? "globex's user is refused powering off acme's VM by href, which stays on ($out)"

# 7. Import of a vCenter VM into a vApp: the provider only.
vimport() { # vimport ORG FIXTURE-URL OPTIONS: lifeboat-cli vcd import as ORG's user, JSON
  local org=$1 url=$2; shift 2
  password_of "$org" | "$cli" vcd import "$@" --url "$url" --user "$(login_of "$org")" \
    --thumbprint "$LIFEBOAT_LAB_VCD_THUMBPRINT" --password-stdin --json 2>&1
}
out=$(vimport acme "$LIFEBOAT_LAB_VCD_URL" --moref vm-999 --vapp "$vapp")
grep -q '"error":"vcd.provider_only"' <<<"$out"
check $? "vcd import as an org user is refused by the client ($out)"
tok=$(curl -s -D - -o /dev/null --cacert "$LIFEBOAT_LAB_CA" -X POST -u "$(login_of acme):$(password_of acme)" \
  -H 'Accept: application/json;version=38.0' "$LIFEBOAT_LAB_VCD_URL/cloudapi/1.0.0/sessions" \
  | tr -d '\r' | awk 'tolower($1)=="x-vmware-vcloud-access-token:" {print $2}')
code=$(curl -s -o "$work/import.xml" -w '%{http_code}' --cacert "$LIFEBOAT_LAB_CA" -X POST -H "Authorization: Bearer $tok" \
  -H 'Accept: application/*+xml;version=38.0' -H 'Content-Type: application/vnd.vmware.admin.importVmIntoExistingVAppParams+xml' \
  --data '<ImportVmIntoExistingVAppParams xmlns="http://www.vmware.com/vcloud/extension/v1.5"><VmMoRef>vm-999</VmMoRef></ImportVmIntoExistingVAppParams>' \
  "$(vcd "['vcenter']['href']")/importVmIntoExistingVApp")
[ -n "$tok" ] && [ "$code" = 403 ] && grep -q ACCESS_TO_RESOURCE_IS_FORBIDDEN "$work/import.xml"
check $? "and by the fixture (HTTP $code) for an org user's token"

fixture imp -unmanaged 1 -task-delay 100ms
spare=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["vms"][-1]["moref"])' "$LIFEBOAT_LAB_DIR/launcher.json")
! inv acme --url "$furl" | grep -q "\"$spare\"" && ! inv globex --url "$furl" | grep -q "\"$spare\""
check $? "with -unmanaged 1, $spare belongs to no organization"
out=$(vimport System "$furl" --moref "$spare" --vapp acme-vapp-1 --name restored-vm)
new_href=$(json "d['href']" <<<"$out" 2>/dev/null)
after=$(inv acme --url "$furl")
[ -n "$new_href" ] && [ "$(json "[(v['href'],v['vapp'],v['org'],v['moref']) for v in d['vms'] if v['name']=='restored-vm']" <<<"$after")" \
  = "[('$new_href', 'acme-vapp-1', 'acme', '$spare')]" ]
check $? "the provider imports $spare into acme-vapp-1; acme's inventory shows it there ($out)"
out=$(vimport System "$furl" --moref vm-99999 --vapp acme-vapp-1 --name ghost)
grep -q '"error":"vcd.task_failed"' <<<"$out" && grep -q "Cannot import vm-99999" <<<"$out"
check $? "importing a VM vcsim does not have ends in a failed task, with its message ($out)"
out=$(vimport System "$furl" --moref "$spare" --vapp acme-vapp-2 --name twice)
grep -q '"error":"vcd.bad_request"' <<<"$out" && grep -q "already managed" <<<"$out"
check $? "a VM already in a vApp is not imported twice ($out)"

finish
