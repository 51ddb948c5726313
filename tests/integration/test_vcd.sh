#!/usr/bin/env bash
# lifeboat-cli vcd inventory against the lab's Cloud Director FIXTURE (tests/lab/vcd-fixture,
# not a simulator) whose VMs are the lab's vcsim VMs: org-scoped inventory, paging, the
# vCenter identity of each VM checked against vcsim itself, wrong credentials, a missing
# token, an unsupported API version and an expired token renewed by signing in again.
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

finish
