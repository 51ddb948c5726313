#!/usr/bin/env bash
# Self-test of the Lifeboat lab (scripts/lab).  Uses the running lab named by
# LIFEBOAT_LAB_JSON if set; otherwise starts a private one (own
# LIFEBOAT_LAB_DIR) and stops it on exit.  Last line: "N passed, M failed".
set -uo pipefail
export PATH="$PATH:/usr/sbin:/sbin"  # sfdisk/sgdisk for non-root shells

HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
LAB="$ROOT/scripts/lab"
SEED="$HERE/seed/seed.py"

PASSED=0 FAILED=0 SKIPPED=0
pass() { echo "PASS: $1"; PASSED=$((PASSED + 1)); }
fail() { echo "FAIL: $1${2:+ ($2)}"; FAILED=$((FAILED + 1)); }
skip() { echo "SKIP: $1${2:+ ($2)}"; SKIPPED=$((SKIPPED + 1)); }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
finish() {
  echo "$SKIPPED skipped"
  echo "$PASSED passed, $FAILED failed"
  ((FAILED == 0))
  exit
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/lifeboat-labtest.XXXXXX")
OWN_LAB=0
cleanup() {
  if ((OWN_LAB)); then LIFEBOAT_LAB_DIR="$TMP/lab" "$LAB" stop >/dev/null 2>&1 || true; fi
  rm -rf -- "$TMP"
}
trap cleanup EXIT

if [[ -n "${LIFEBOAT_LAB_JSON:-}" ]]; then
  J=$LIFEBOAT_LAB_JSON
  [[ -f "$J" ]] || { fail "lab.json readable" "$J missing"; finish; }
  echo "using running lab: $J"
else
  export LIFEBOAT_LAB_DIR="$TMP/lab"
  OWN_LAB=1
  t0=$SECONDS
  # --tenants 2: tenant accounts and folders (the tenant checks below); the
  # seeded VMs then live in DC0/vm/Tenants/tenant-*, which the other checks
  # must not notice.
  if "$LAB" start --tenants 2 >"$TMP/start.out" 2>"$TMP/start.err"; then
    pass "scripts/lab start --tenants 2 ($((SECONDS - t0)) s)"
  else
    fail "scripts/lab start" "$(tail -5 "$TMP/start.err")"
    finish
  fi
  J="$LIFEBOAT_LAB_DIR/lab.json"
  if "$LAB" status >/dev/null 2>&1; then pass "scripts/lab status exits 0 while running"; else fail "scripts/lab status"; fi
  again=$("$LAB" start 2>&1)
  if grep -q "already running" <<<"$again"; then pass "second start says already running"; else fail "second start says already running"; fi
fi

jq_() { python3 -c 'import json,sys
d=json.load(open(sys.argv[1])); v=eval(sys.argv[2])
print(v if isinstance(v,str) else json.dumps(v))' "$J" "$1"; }

URL=$(jq_ 'd["url"]')
BASE=${URL%/sdk}
CA=$(jq_ 'd["ca_file"]')
USER_=$(jq_ 'd["user"]')
PW=$(jq_ 'd["password"]')
THUMB=$(jq_ 'd["thumbprint_sha256"]')
HOSTPORT=${BASE#https://}
NVMS=$(jq_ 'len(d["vms"])')

# ----------------------------------------------------------------- TLS ---
code=$(curl -sS --cacert "$CA" -o /dev/null -w '%{http_code}' "$BASE/about" 2>&1)
check "TLS verifies with the lab CA (curl --cacert)" test "$code" = 200

served=$(openssl s_client -connect "$HOSTPORT" -servername localhost </dev/null 2>/dev/null \
         | openssl x509 -noout -fingerprint -sha256 | sed 's/.*=//')
if [[ -n "$served" && "$served" == "$THUMB" ]]; then pass "thumbprint_sha256 matches the served certificate"
else fail "thumbprint_sha256 matches the served certificate" "served=$served lab=$THUMB"; fi

bits=$(openssl s_client -connect "$HOSTPORT" </dev/null 2>/dev/null | openssl x509 -noout -text | grep -o 'Public-Key: ([0-9]* bit)')
check "served key is 2048-bit RSA" test "$bits" = "Public-Key: (2048 bit)"

curl -sS -o /dev/null "$BASE/about" 2>/dev/null; rc=$?
if ((rc == 60)); then pass "untrusted connection (no --cacert) is rejected"
else fail "untrusted connection (no --cacert) is rejected" "curl rc=$rc"; fi

# ---------------------------------------------------------------- SOAP ---
soap() { # soap BODY COOKIEJAR OUTFILE -> prints the HTTP status
  curl -sS --cacert "$CA" -b "$2" -c "$2" -o "$3" -w '%{http_code}' \
    -H 'Content-Type: text/xml; charset="utf-8"' -H 'SOAPAction: urn:vim25/6.5' \
    --data-binary "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:vim25=\"urn:vim25\"><soapenv:Body>$1</soapenv:Body></soapenv:Envelope>" \
    "$URL"
}
xml_escape() { python3 -c 'import sys,html; print(html.escape(sys.argv[1]))' "$1"; }
login_body() {
  echo "<vim25:Login><vim25:_this type=\"SessionManager\">SessionManager</vim25:_this><vim25:userName>$(xml_escape "$1")</vim25:userName><vim25:password>$(xml_escape "$2")</vim25:password></vim25:Login>"
}

code=$(soap '<vim25:RetrieveServiceContent><vim25:_this type="ServiceInstance">ServiceInstance</vim25:_this></vim25:RetrieveServiceContent>' "$TMP/ck0" "$TMP/rsc.xml")
if [[ $code == 200 ]] && grep -q '<apiVersion>' "$TMP/rsc.xml" && grep -q 'SessionManager' "$TMP/rsc.xml"; then
  pass "SOAP RetrieveServiceContent"
else fail "SOAP RetrieveServiceContent" "HTTP $code"; fi

code=$(soap "$(login_body "$USER_" "wrong-$PW")" "$TMP/ck1" "$TMP/bad.xml")
if [[ $code == 500 ]] && grep -q 'InvalidLogin' "$TMP/bad.xml"; then pass "Login with wrong password -> 500 InvalidLogin"
else fail "Login with wrong password -> 500 InvalidLogin" "HTTP $code"; fi

code=$(soap "$(login_body "backup@vsphere.local" "$PW")" "$TMP/ck2" "$TMP/bad2.xml")
if [[ $code == 500 ]] && grep -q 'InvalidLogin' "$TMP/bad2.xml"; then pass "Login with wrong user name -> 500 InvalidLogin"
else fail "Login with wrong user name -> 500 InvalidLogin" "HTTP $code"; fi

code=$(soap "$(login_body "$USER_" "$PW")" "$TMP/ck3" "$TMP/good.xml")
if [[ $code == 200 ]] && grep -q 'vmware_soap_session' "$TMP/ck3" && grep -qF "<userName>$(xml_escape "$USER_")</userName>" "$TMP/good.xml"; then
  pass "Login with lab credentials sets vmware_soap_session"
else fail "Login with lab credentials sets vmware_soap_session" "HTTP $code"; fi

code=$(soap '<vim25:CurrentTime><vim25:_this type="ServiceInstance">ServiceInstance</vim25:_this></vim25:CurrentTime>' "$TMP/ck3" "$TMP/ct.xml")
check "session cookie authenticates a later call (CurrentTime)" test "$code" = 200

code=$(curl -sS --cacert "$CA" -o "$TMP/rest.json" -w '%{http_code}' -X POST -u "$USER_:$PW" "$BASE/rest/com/vmware/cis/session")
if [[ $code == 200 ]] && grep -q '"value"' "$TMP/rest.json"; then pass "vAPI REST session endpoint is enabled"
else fail "vAPI REST session endpoint is enabled" "HTTP $code"; fi

# --------------------------------------------------------------- disks ---
if ((NVMS == 0)); then skip "seeded disks" "lab has no seeded VMs"; fi
for ((i = 0; i < NVMS; i++)); do
  name=$(jq_ "d['vms'][$i]['name']")
  sha=$(jq_ "d['vms'][$i]['image_sha256']")
  if [[ $sha == null ]]; then skip "$name disk" "started with --no-seed"; continue; fi
  size=$(jq_ "d['vms'][$i]['image_size']")
  flat=$(jq_ "d['vms'][$i]['flat_url_path']")
  desc=$(jq_ "d['vms'][$i]['descriptor_url_path']")
  img=$(jq_ "d['vms'][$i]['image_file']")
  cap=$(jq_ "d['vms'][$i]['capacity_kb']")

  got=$(curl -sS --fail --cacert "$CA" "$BASE$flat" | sha256sum | cut -d' ' -f1)
  if [[ $got == "$sha" ]]; then pass "$name: full GET of the flat disk matches image_sha256"
  else fail "$name: full GET of the flat disk matches image_sha256" "got $got"; fi

  check "$name: capacity_kb matches the image size" test $((cap * 1024)) = "$size"

  if [[ ! -f $img ]]; then  # lab from elsewhere without its cache: regenerate
    python3 "$SEED" --seed "$(jq_ "d['vms'][$i]['seed']")" --size-mib $((size / 1048576)) \
      --scheme "$(jq_ "d['vms'][$i]['scheme']")" --out "$TMP/regen$i" >/dev/null
    img="$TMP/regen$i/disk.img"
  fi
  code=$(curl -sS --cacert "$CA" -H 'Range: bytes=1048576-1114111' -D "$TMP/h$i" -o "$TMP/range$i" -w '%{http_code}' "$BASE$flat")
  dd if="$img" of="$TMP/expect$i" bs=65536 skip=16 count=1 status=none
  if [[ $code == 206 ]] && [[ $(stat -c %s "$TMP/range$i") == 65536 ]] && cmp -s "$TMP/range$i" "$TMP/expect$i" \
     && grep -qi "content-range: bytes 1048576-1114111/$size" "$TMP/h$i"; then
    pass "$name: Range bytes=1048576-1114111 -> 206 with the expected bytes"
  else fail "$name: Range bytes=1048576-1114111 -> 206 with the expected bytes" "HTTP $code"; fi

  # The ext4 superblock magic (0xEF53) at partition offset + 1024 + 56.
  off=$(jq_ "d['vms'][$i]['partition_offset']")
  magic=$(curl -sS --cacert "$CA" -H "Range: bytes=$((off + 1080))-$((off + 1081))" "$BASE$flat" | od -An -tx1 | tr -d ' \n')
  check "$name: ext4 superblock at partition_offset" test "$magic" = 53ef

  curl -sS --fail --cacert "$CA" -o "$TMP/desc$i" "$BASE$desc"
  if grep -q "^RW $((size / 512)) FLAT \"$(basename "${flat%%\?*}")\" 0$" "$TMP/desc$i" && grep -q 'createType="monolithicFlat"' "$TMP/desc$i"; then
    pass "$name: VMDK descriptor names the flat file with the right sector count"
  else fail "$name: VMDK descriptor names the flat file with the right sector count"; fi
done

# ----------------------------------------------------------------- CBT ---
# Changed-block tracking is the launcher's (vcsim-launcher/cbt.go): the backup
# flow ReconfigVM(changeTrackingEnabled) -> CreateSnapshot -> snapshot's disk
# backing.changeId -> QueryChangedDiskAreas -> RemoveSnapshot.  VM 0's flat
# disk is changed on the way and put back at the end, so a shared lab
# (LIFEBOAT_LAB_JSON) is left as it was, with change tracking off again.
cat >"$TMP/soapq.py" <<'EOF'
# soapq.py FILE WHAT [ARG]: pick a value out of a SOAP reply (namespace-aware).
import sys, xml.etree.ElementTree as ET
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
local = lambda e: e.tag.rsplit("}", 1)[-1]
root = ET.parse(sys.argv[1]).getroot()
what, arg = sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else None)
kids = lambda e, name: [c for c in e if local(c) == name]
if what == "task":            # the Task moref a *_Task call returned
    print(next(e.text for e in root.iter() if local(e) == "returnval" and e.get("type") == "Task"))
elif what == "props":         # RetrievePropertiesEx: values of properties ARG...
    vals = {kids(p, "name")[0].text: kids(p, "val")[0].text for p in root.iter() if local(p) == "propSet"}
    print(" ".join(str(vals.get(n)) for n in sys.argv[3:]))
elif what == "changeid":      # changeId of the VirtualDisk with key ARG
    for d in root.iter():
        if local(d) == "VirtualDevice" and d.get(XSI) == "VirtualDisk" and kids(d, "key")[0].text == arg:
            print("".join(c.text for b in kids(d, "backing") for c in kids(b, "changeId")))
elif what == "fault":         # detail fault type
    print(" ".join(c.get(XSI) for e in root.iter() if local(e) == "detail" for c in e))
elif what == "areas":         # DiskChangeInfo: "startOffset length start+len start+len ..."
    r = next(e for e in root.iter() if local(e) == "returnval")
    print(" ".join([kids(r, "startOffset")[0].text, kids(r, "length")[0].text] +
                   [kids(a, "start")[0].text + "+" + kids(a, "length")[0].text for a in kids(r, "changedArea")]))
elif what == "text":          # text of the first element named ARG
    print(next((e.text or "" for e in root.iter() if local(e) == arg), ""))
elif what == "refs":          # sorted values of the morefs of type ARG inside propSet vals
    print(" ".join(sorted(e.text for p in root.iter() if local(p) == "val" for e in p.iter()
                          if local(e) == "ManagedObjectReference" and e.get("type") == arg)))
EOF
cat >"$TMP/blocks.py" <<'EOF'
# blocks.py FILE CAPACITY: "0 CAPACITY start+len ..." = the file's non-zero
# 64 KiB blocks (file padded with zeros / cut to CAPACITY), merged, as
# QueryChangedDiskAreas with changeId "*" must report them.
import sys
data, cap, bs = open(sys.argv[1], "rb").read(), int(sys.argv[2]), 65536
data = data[:cap].ljust(cap, b"\0")
areas = []
for off in range(0, cap, bs):
    blk = data[off:off + bs]
    if blk.count(0) == len(blk):
        continue
    if areas and areas[-1][0] + areas[-1][1] == off:
        areas[-1][1] += len(blk)
    else:
        areas.append([off, len(blk)])
print(" ".join(["0", str(cap)] + ["%d+%d" % (s, n) for s, n in areas]))
EOF
# Debian's python3 (scripts/lab installs it): a shim earlier in PATH, such as
# pyenv's, costs ~0.1 s a call, and this section makes dozens.
PY=python3; [[ -x /usr/bin/python3 ]] && PY=/usr/bin/python3
sq() { "$PY" "$TMP/soapq.py" "$@" 2>/dev/null; }
CK="$TMP/ck3"  # the lab-credential session from the SOAP checks
task_wait() { # task_wait REPLYFILE -> prints "state result" of the task the reply names
  local t
  t=$(sed -n 's/.*<returnval type="Task">\([^<]*\)<.*/\1/p' "$1")
  [[ -n $t ]] || { echo "no-task"; return; }
  soap "<vim25:RetrievePropertiesEx><vim25:_this type=\"PropertyCollector\">propertyCollector</vim25:_this><vim25:specSet><vim25:propSet><vim25:type>Task</vim25:type><vim25:pathSet>info.state</vim25:pathSet><vim25:pathSet>info.result</vim25:pathSet></vim25:propSet><vim25:objectSet><vim25:obj type=\"Task\">$t</vim25:obj></vim25:objectSet></vim25:specSet><vim25:options/></vim25:RetrievePropertiesEx>" "$CK" "$TMP/task.xml" >/dev/null
  sq "$TMP/task.xml" props info.state info.result
}
set_cbt() { # set_cbt VM true|false -> task state
  soap "<vim25:ReconfigVM_Task><vim25:_this type=\"VirtualMachine\">$1</vim25:_this><vim25:spec><vim25:changeTrackingEnabled>$2</vim25:changeTrackingEnabled></vim25:spec></vim25:ReconfigVM_Task>" "$CK" "$TMP/reconf.xml" >/dev/null
  task_wait "$TMP/reconf.xml" | cut -d' ' -f1
}
snapshot() { # snapshot VM NAME -> snapshot moref (empty on failure)
  soap "<vim25:CreateSnapshot_Task><vim25:_this type=\"VirtualMachine\">$1</vim25:_this><vim25:name>$2</vim25:name><vim25:description>lab CBT test</vim25:description><vim25:memory>false</vim25:memory><vim25:quiesce>true</vim25:quiesce></vim25:CreateSnapshot_Task>" "$CK" "$TMP/snap.xml" >/dev/null
  local r; r=$(task_wait "$TMP/snap.xml")
  [[ $r == "success snapshot-"* ]] && echo "${r#success }"
}
unsnapshot() { # unsnapshot SNAPSHOT -> task state
  soap "<vim25:RemoveSnapshot_Task><vim25:_this type=\"VirtualMachineSnapshot\">$1</vim25:_this><vim25:removeChildren>false</vim25:removeChildren><vim25:consolidate>true</vim25:consolidate></vim25:RemoveSnapshot_Task>" "$CK" "$TMP/unsnap.xml" >/dev/null
  task_wait "$TMP/unsnap.xml" | cut -d' ' -f1
}
disk_change_id() { # disk_change_id TYPE MOREF DEVICEKEY -> backing.changeId in config.hardware.device
  soap "<vim25:RetrievePropertiesEx><vim25:_this type=\"PropertyCollector\">propertyCollector</vim25:_this><vim25:specSet><vim25:propSet><vim25:type>$1</vim25:type><vim25:pathSet>config.hardware.device</vim25:pathSet></vim25:propSet><vim25:objectSet><vim25:obj type=\"$1\">$2</vim25:obj></vim25:objectSet></vim25:specSet><vim25:options/></vim25:RetrievePropertiesEx>" "$CK" "$TMP/dev.xml" >/dev/null
  sq "$TMP/dev.xml" changeid "$3"
}
# (change ids are "*" or hex, spaces, "-" and "/": nothing to XML-escape)
qcda() { # qcda VM SNAPSHOT DEVICEKEY STARTOFFSET CHANGEID [COOKIEJAR] -> HTTP status; reply in $TMP/qcda.xml
  soap "<vim25:QueryChangedDiskAreas><vim25:_this type=\"VirtualMachine\">$1</vim25:_this><vim25:snapshot type=\"VirtualMachineSnapshot\">$2</vim25:snapshot><vim25:deviceKey>$3</vim25:deviceKey><vim25:startOffset>$4</vim25:startOffset><vim25:changeId>$5</vim25:changeId></vim25:QueryChangedDiskAreas>" "${6:-$CK}" "$TMP/qcda.xml"
}

if ((NVMS == 0)); then
  skip "changed-block tracking" "lab has no seeded VMs"
else
  t0=$SECONDS
  V0=$(jq_ 'd["vms"][0]["moref"]'); K0=$(jq_ 'd["vms"][0]["disk_key"]')
  CAP=$(( $(jq_ 'd["vms"][0]["capacity_kb"]') * 1024 )); FLAT=$(jq_ 'd["vms"][0]["flat_url_path"]')
  read -r VB KB < <(jq_ '" ".join(([v["moref"] + " " + str(v["disks"][0]["key"]) for v in d["all_vms"]
                                     if v["moref"] != d["vms"][0]["moref"] and v["disks"]] + [""])[:1])')
  CID_RE='^52( [0-9a-f]{2}){7}-[0-9a-f]{2}( [0-9a-f]{2}){7}/[0-9]+$'
  curl -sS --fail --cacert "$CA" -o "$TMP/cbt-orig.img" "$BASE$FLAT"

  check "CBT: ReconfigVM_Task changeTrackingEnabled=true on $V0" test "$(set_cbt "$V0" true)" = success
  S1=$(snapshot "$V0" cbt-full)
  C1=$(disk_change_id VirtualMachineSnapshot "$S1" "$K0")
  if [[ -n $S1 && $C1 =~ $CID_RE ]]; then pass "CBT: snapshot $S1's disk $K0 has backing.changeId ($C1)"
  else fail "CBT: snapshot's disk has a vSphere-style backing.changeId" "snapshot '$S1' changeId '$C1'"; fi
  check "CBT: the VM's current disk shows the same changeId" test "$(disk_change_id VirtualMachine "$V0" "$K0")" = "$C1"

  # Expected: the seeded image's non-zero blocks (the disk checks above showed
  # the flat file equals it); without the image, the flat file as downloaded.
  img0=$(jq_ 'd["vms"][0]["image_file"]')
  [[ -f $img0 ]] || img0="$TMP/cbt-orig.img"
  want=$("$PY" "$TMP/blocks.py" "$img0" "$CAP")
  code=$(qcda "$V0" "$S1" "$K0" 0 '*'); got=$(sq "$TMP/qcda.xml" areas)
  nblk=$("$PY" -c 'import sys; print(sum(int(a.split("+")[1]) for a in sys.argv[3:]) // 65536)' $want)
  if [[ $code == 200 && -n $got && $got == "$want" ]]; then
    pass "CBT: QueryChangedDiskAreas changeId=* = the disk's $nblk non-zero 64 KiB blocks ($(($(wc -w <<<"$want") - 2)) extents)"
  else fail "CBT: QueryChangedDiskAreas changeId=* = the disk's non-zero 64 KiB blocks" "HTTP $code: got '${got:0:200}' want '${want:0:200}'"; fi

  code=$(qcda "$V0" "$S1" "$K0" 0 '*' "$TMP/ck-none")
  if [[ $code == 500 && $(sq "$TMP/qcda.xml" fault) == NotAuthenticated ]]; then pass "CBT: QueryChangedDiskAreas without a session -> NotAuthenticated"
  else fail "CBT: QueryChangedDiskAreas without a session -> NotAuthenticated" "HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi
  code=$(qcda "$V0" snapshot-999999 "$K0" 0 '*')
  if [[ $code == 500 && $(sq "$TMP/qcda.xml" fault) == ManagedObjectNotFound ]]; then pass "CBT: unknown snapshot -> ManagedObjectNotFound"
  else fail "CBT: unknown snapshot -> ManagedObjectNotFound" "HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi
  code=$(qcda "$V0" "$S1" 1 0 '*')
  if [[ $code == 500 && $(sq "$TMP/qcda.xml" fault) == InvalidArgument ]]; then pass "CBT: unknown deviceKey -> InvalidArgument"
  else fail "CBT: unknown deviceKey -> InvalidArgument" "HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi
  check "CBT: RemoveSnapshot_Task $S1" test "$(unsnapshot "$S1")" = success

  # Change three 64 KiB blocks (second, middle, last) and put the disk back.
  read -r B1 B2 B3 < <("$PY" - "$TMP/cbt-orig.img" "$TMP/cbt-mod.img" "$CAP" <<'EOF'
import sys
src, dst, cap, bs = sys.argv[1], sys.argv[2], int(sys.argv[3]), 65536
data = bytearray(open(src, "rb").read()[:cap].ljust(cap, b"\0"))
blocks = [1, cap // bs // 2, cap // bs - 1]
for b in blocks:
    pat = bytes((b * 7 + i * 13 + 1) % 251 + 1 for i in range(251))  # no zero bytes
    data[b * bs:(b + 1) * bs] = (pat * (bs // len(pat) + 1))[:bs]
open(dst, "wb").write(data)
print(*[b * bs for b in blocks])
EOF
)
  curl -sS --fail --cacert "$CA" -o /dev/null -T "$TMP/cbt-mod.img" "$BASE$FLAT"
  S2=$(snapshot "$V0" cbt-incr)
  C2=$(disk_change_id VirtualMachineSnapshot "$S2" "$K0")
  if [[ -n $S2 && $C2 =~ $CID_RE && ${C2%/*} == "${C1%/*}" && ${C2##*/} -gt ${C1##*/} ]]; then
    pass "CBT: second snapshot $S2: same epoch, higher sequence ($C2)"
  else fail "CBT: second snapshot: same epoch, higher sequence" "snapshot '$S2' changeId '$C2' (first '$C1')"; fi

  want="0 $CAP $B1+65536 $B2+65536 $B3+65536"
  code=$(qcda "$V0" "$S2" "$K0" 0 "$C1"); got=$(sq "$TMP/qcda.xml" areas)
  if [[ $code == 200 && $got == "$want" ]]; then pass "CBT: QueryChangedDiskAreas(first changeId) = exactly the 3 changed blocks ($got)"
  else fail "CBT: QueryChangedDiskAreas(first changeId) = exactly the 3 changed blocks" "HTTP $code: got '${got:0:200}' want '$want'"; fi
  code=$(qcda "$V0" "$S2" "$K0" $((B2 + 4096)) "$C1"); got=$(sq "$TMP/qcda.xml" areas)
  want="$((B2 + 4096)) $((CAP - B2 - 4096)) $((B2 + 4096))+61440 $B3+65536"
  check "CBT: startOffset inside a changed block clips it ($got)" test "$code $got" = "200 $want"
  code=$(qcda "$V0" "$S2" "$K0" 0 "$C2"); got=$(sq "$TMP/qcda.xml" areas)
  check "CBT: QueryChangedDiskAreas(own changeId) -> no areas" test "$code $got" = "200 0 $CAP"

  code=$(qcda "$V0" "$S2" "$K0" 0 "52 00 11 22 33 44 55 66-77 88 99 aa bb cc dd ee/1")
  if [[ $code == 500 && $(sq "$TMP/qcda.xml" fault) == FileFault ]] && grep -q '<faultstring>[^<]*not valid' "$TMP/qcda.xml"; then
    pass "CBT: changeId of another epoch -> FileFault"
  else fail "CBT: changeId of another epoch -> FileFault" "HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi
  code=$(qcda "$V0" "$S2" "$K0" "$CAP" '*')
  if [[ $code == 500 && $(sq "$TMP/qcda.xml" fault) == InvalidArgument ]]; then pass "CBT: startOffset = capacity -> InvalidArgument"
  else fail "CBT: startOffset = capacity -> InvalidArgument" "HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi

  if [[ -n $VB ]]; then
    set_cbt "$VB" false >/dev/null
    S3=$(snapshot "$VB" no-cbt)
    code=$(qcda "$VB" "$S3" "$KB" 0 '*')
    if [[ -n $S3 && $code == 500 && $(sq "$TMP/qcda.xml" fault) == FileFault ]] && grep -q 'Change tracking is not active' "$TMP/qcda.xml"; then
      pass "CBT: VM without change tracking ($VB) -> FileFault 'Change tracking is not active'"
    else fail "CBT: VM without change tracking -> FileFault" "snapshot '$S3' HTTP $code $(sq "$TMP/qcda.xml" fault)"; fi
    check "CBT: no changeId on a snapshot taken without tracking" test -z "$(disk_change_id VirtualMachineSnapshot "$S3" "$KB")"
    [[ -n $S3 ]] && unsnapshot "$S3" >/dev/null
  fi

  # Switching tracking off invalidates the change ids (real vSphere drops
  # the ctk files); then put VM 0 back as it was.
  set_cbt "$V0" false >/dev/null; set_cbt "$V0" true >/dev/null
  code=$(qcda "$V0" "$S2" "$K0" 0 "$C1")
  check "CBT: after tracking was switched off and on, an old changeId -> fault" test "$code $(sq "$TMP/qcda.xml" fault)" = "500 FileFault"
  [[ -n $S2 ]] && unsnapshot "$S2" >/dev/null
  set_cbt "$V0" false >/dev/null
  curl -sS --fail --cacert "$CA" -o /dev/null -T "$TMP/cbt-orig.img" "$BASE$FLAT"
  check "CBT: $V0's flat disk restored" test "$(curl -sS --cacert "$CA" "$BASE$FLAT" | sha256sum | cut -d' ' -f1)" = "$(sha256sum <"$TMP/cbt-orig.img" | cut -d' ' -f1)"
  rm -f "$TMP"/cbt-*.img
  echo "CBT checks took $((SECONDS - t0)) s"
fi

# ------------------------------------------------------------- tenants ---
# scripts/lab start --tenants N: accounts lab\tenant-I (the launcher's
# -extra-users) and folders DC0/vm/Tenants/tenant-I; seeded VM i is in
# tenant-((i mod N)+1).
NT=$(jq_ 'len(d.get("tenants", []))')
if ((NT == 0)); then
  skip "tenant checks" "lab started without --tenants"
else
  props() { # props TYPE MOREF PATH... -> values (RetrievePropertiesEx with session $CK)
    local t=$1 o=$2 p ps=""; shift 2
    for p in "$@"; do ps+="<vim25:pathSet>$p</vim25:pathSet>"; done
    soap "<vim25:RetrievePropertiesEx><vim25:_this type=\"PropertyCollector\">propertyCollector</vim25:_this><vim25:specSet><vim25:propSet><vim25:type>$t</vim25:type>$ps</vim25:propSet><vim25:objectSet><vim25:obj type=\"$t\">$(xml_escape "$o")</vim25:obj></vim25:objectSet></vim25:specSet><vim25:options/></vim25:RetrievePropertiesEx>" "$CK" "$TMP/props.xml" >/dev/null
    sq "$TMP/props.xml" props "$@"
  }
  for ((t = 0; t < NT; t++)); do
    TN=$(jq_ "d['tenants'][$t]['name']"); TU=$(jq_ "d['tenants'][$t]['user']"); TP=$(jq_ "d['tenants'][$t]['password']")
    rm -f "$TMP/ckt$t"
    code=$(soap "$(login_body "$TU" "$TP")" "$TMP/ckt$t" "$TMP/tlogin.xml")
    got=$(sq "$TMP/tlogin.xml" text userName)
    if [[ $code == 200 ]] && grep -q vmware_soap_session "$TMP/ckt$t" && [[ $got == "$TU" ]]; then
      pass "$TN: Login as $TU -> 200, reply userName is $got"
    else fail "$TN: Login as $TU -> 200 with its userName" "HTTP $code userName '$got'"; fi
    code=$(soap '<vim25:CurrentTime><vim25:_this type="ServiceInstance">ServiceInstance</vim25:_this></vim25:CurrentTime>' "$TMP/ckt$t" "$TMP/tct.xml")
    check "$TN: its session cookie authenticates CurrentTime" test "$code" = 200
    rm -f "$TMP/ckt-bad"
    code=$(soap "$(login_body "$TU" "wrong-$TP")" "$TMP/ckt-bad" "$TMP/tbad.xml")
    if [[ $code == 500 && $(sq "$TMP/tbad.xml" fault) == InvalidLogin ]]; then pass "$TN: wrong password -> 500 InvalidLogin"
    else fail "$TN: wrong password -> 500 InvalidLogin" "HTTP $code $(sq "$TMP/tbad.xml" fault)"; fi

    TF=$(jq_ "d['tenants'][$t]['folder_moref']")
    want=$(jq_ "' '.join(sorted(d['tenants'][$t]['vms']))")
    # the seeded VMs that belong here by the (i mod N) rule, per lab.json vms
    rule=$(jq_ "' '.join(sorted(v['moref'] for v in d['vms'] if v['index'] % $NT == $t))")
    check "$TN: lab.json vms are the seeded VMs i with i mod $NT = $t ($want)" test "$want" = "$rule"
    read -r fname fparent < <(props Folder "$TF" name parent)
    read -r pname _ < <(props Folder "$fparent" name parent)
    path="$(jq_ "d['datacenter']")/vm/$pname/$fname"
    check "$TN: folder $TF is $path, as folder_path says" test "$path" = "$(jq_ "d['tenants'][$t]['folder_path']")"
    code=$(soap "<vim25:CreateContainerView><vim25:_this type=\"ViewManager\">ViewManager</vim25:_this><vim25:container type=\"Folder\">$(xml_escape "$TF")</vim25:container><vim25:type>VirtualMachine</vim25:type><vim25:recursive>true</vim25:recursive></vim25:CreateContainerView>" "$TMP/ckt$t" "$TMP/cv.xml")
    view=$(sq "$TMP/cv.xml" text returnval)
    soap "<vim25:RetrievePropertiesEx><vim25:_this type=\"PropertyCollector\">propertyCollector</vim25:_this><vim25:specSet><vim25:propSet><vim25:type>ContainerView</vim25:type><vim25:pathSet>view</vim25:pathSet></vim25:propSet><vim25:objectSet><vim25:obj type=\"ContainerView\">$(xml_escape "$view")</vim25:obj></vim25:objectSet></vim25:specSet><vim25:options/></vim25:RetrievePropertiesEx>" "$TMP/ckt$t" "$TMP/view.xml" >/dev/null
    got=$(sq "$TMP/view.xml" refs VirtualMachine)
    if [[ $code == 200 && -n $want && $got == "$want" ]]; then pass "$TN: ContainerView(recursive, VirtualMachine) on $TF lists exactly its VMs ($got)"
    else fail "$TN: ContainerView on its folder lists exactly its VMs" "HTTP $code: got '$got' want '$want'"; fi
  done
  for ((i = 0; i < NVMS; i++)); do
    vm=$(jq_ "d['vms'][$i]['moref']")
    read -r parent vmx < <(props VirtualMachine "$vm" parent config.files.vmPathName)
    if [[ $parent == "$(jq_ "d['vms'][$i]['folder_moref']")" && $parent == "$(jq_ "d['tenants'][$i % $NT]['folder_moref']")" \
          && $vmx == "$(jq_ "d['vms'][$i]['vmx']")" ]]; then
      pass "$vm: parent is tenant-$((i % NT + 1))'s folder $parent (= folder_moref), vmx unchanged"
    else fail "$vm: parent is its tenant's folder, vmx unchanged" "parent '$parent' vmx '$vmx'"; fi
  done
  rm -f "$TMP/ckp"
  code=$(soap "$(login_body "$USER_" "$PW")" "$TMP/ckp" "$TMP/plogin.xml")
  check "primary account still logs in (userName $(sq "$TMP/plogin.xml" text userName))" \
    test "$code $(sq "$TMP/plogin.xml" text userName)" = "200 $USER_"
  code=$(curl -sS --cacert "$CA" -o "$TMP/trest.json" -w '%{http_code}' -X POST -u "$(jq_ "d['tenants'][0]['user']"):$(jq_ "d['tenants'][0]['password']")" "$BASE/rest/com/vmware/cis/session")
  check "REST session accepts a tenant's Basic credentials" test "$code" = 200
fi

# -------------------------------------------------------------- seeder ---
if ((NVMS > 0)); then
  s0=$(jq_ "d['vms'][0]['seed'] or 1000"); sch=$(jq_ "d['vms'][0]['scheme'] or 'mbr'")
else s0=1000; sch=mbr; fi
python3 "$SEED" --seed "$s0" --scheme "$sch" --size-mib 24 --out "$TMP/det1" >/dev/null \
  && python3 "$SEED" --seed "$s0" --scheme "$sch" --size-mib 24 --out "$TMP/det2" >/dev/null
a=$(sha256sum <"$TMP/det1/disk.img" | cut -d' ' -f1)
b=$(sha256sum <"$TMP/det2/disk.img" | cut -d' ' -f1)
m=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["image_sha256"])' "$TMP/det1/manifest.json")
if [[ -n $a && $a == "$b" && $a == "$m" ]]; then pass "seeder is deterministic (two runs, seed $s0: same sha256)"
else fail "seeder is deterministic" "$a vs $b (manifest $m)"; fi
if ((NVMS > 0)) && [[ $(jq_ 'd["disk_mib"]') == 24 && $(jq_ "d['vms'][0]['image_sha256']") != null ]]; then
  check "regenerated image equals the lab's seeded VM 0 disk" test "$a" = "$(jq_ "d['vms'][0]['image_sha256']")"
fi
odd=$((s0 % 2 ? s0 + 2 : s0 + 1))  # without --scheme, odd seeds get GPT
python3 "$SEED" --seed "$odd" --size-mib 24 --out "$TMP/det3" >/dev/null
c=$(sha256sum <"$TMP/det3/disk.img" | cut -d' ' -f1)
check "a different seed gives a different image" test "$a" != "$c"
pt=$(sfdisk --json "$TMP/det3/disk.img" | python3 -c 'import json,sys; print(json.load(sys.stdin)["partitiontable"]["label"])')
check "odd seed gives a GPT disk" test "$pt" = gpt
if command -v sgdisk >/dev/null; then
  check "GPT passes sgdisk --verify" bash -c "sgdisk --verify '$TMP/det3/disk.img' | grep -q 'No problems found'"
fi
alloc=$(du -k "$TMP/det1/disk.img" | cut -f1)
check "image keeps sparse holes (${alloc} KiB allocated of 24576)" test "$alloc" -lt 24576
rm -rf "$TMP"/det*

# ---------------------------------------------------------------- sshd ---
SSH_PORT=$(jq_ 'd["sshd"].get("port")')
if [[ $SSH_PORT == null ]]; then
  skip "sshd key login" "$(jq_ 'd["sshd"].get("skipped")')"
  skip "sshd rejects a wrong password" "sshd not running"
else
  KEY=$(jq_ 'd["sshd"]["key_file"]')
  SUSER=$(jq_ 'd["sshd"]["user"]')
  SPW=$(jq_ 'd["sshd"]["password"]')
  MAN=$(jq_ 'd["vms"][0]["manifest"]')
  f="/home/alice/Documents/Prüfbericht_2024.txt"
  want=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["files"][sys.argv[2]]["sha256"])' "$MAN" "$f" 2>/dev/null)
  # ssh keeps the first value given for an option, so BatchMode is set per
  # call rather than in the shared options.
  SSHO=(-p "$SSH_PORT" -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile="$TMP/known_hosts"
        -o ConnectTimeout=5 -o LogLevel=ERROR)
  got=$(ssh -i "$KEY" -o IdentitiesOnly=yes -o BatchMode=yes "${SSHO[@]}" "$SUSER@127.0.0.1" cat "'.$f'" 2>"$TMP/ssh.err" | sha256sum | cut -d' ' -f1)
  if [[ -n $want && $got == "$want" ]]; then pass "sshd key login; seeded file matches manifest sha256"
  else fail "sshd key login; seeded file matches manifest sha256" "$(head -c 300 "$TMP/ssh.err")"; fi

  if ! command -v sshpass >/dev/null && [[ $(id -u) == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends sshpass >/dev/null 2>&1 || true
  fi
  if command -v sshpass >/dev/null; then
    PWO=(-o BatchMode=no -o PubkeyAuthentication=no -o PreferredAuthentications=password -o NumberOfPasswordPrompts=1)
    if SSHPASS="wrong-$SPW" sshpass -e ssh "${SSHO[@]}" "${PWO[@]}" "$SUSER@127.0.0.1" true 2>/dev/null; then
      fail "sshd rejects a wrong password"
    else pass "sshd rejects a wrong password"; fi
    if out=$(SSHPASS="$SPW" sshpass -e ssh "${SSHO[@]}" "${PWO[@]}" "$SUSER@127.0.0.1" echo ok 2>&1) && [[ $out == ok ]]; then
      pass "sshd accepts the lab password"
    else fail "sshd accepts the lab password" "$out"; fi
  else
    skip "sshd rejects a wrong password" "sshpass not available"
  fi
fi

# ---------------------------------------------------------------- stop ---
if ((OWN_LAB)); then
  LPID=$(jq_ 'd["launcher_pid"]')
  SPID=$(jq_ 'd["sshd"].get("pid")')
  mapfile -t DIRS < <(jq_ '"\n".join(d["datastore_dirs"])')
  if "$LAB" stop >/dev/null 2>"$TMP/stop.err"; then pass "scripts/lab stop"; else fail "scripts/lab stop" "$(cat "$TMP/stop.err")"; fi
  if kill -0 "$LPID" 2>/dev/null; then fail "launcher pid $LPID gone after stop"; else pass "launcher pid gone after stop"; fi
  if [[ $SPID != null ]]; then
    if kill -0 "$SPID" 2>/dev/null; then fail "sshd pid $SPID gone after stop"; else pass "sshd pid gone after stop"; fi
  fi
  left=0
  for d in "${DIRS[@]}"; do [[ -e $d ]] && left=1; done
  check "datastore temp dirs removed (${DIRS[*]})" test "$left" = 0
  check "state dir removed" test ! -e "$LIFEBOAT_LAB_DIR"
  "$LAB" status >/dev/null 2>&1; rc=$?
  check "status exits 1 after stop" test "$rc" = 1
  OWN_LAB=0
else
  skip "stop checks" "lab not started by this test (LIFEBOAT_LAB_JSON set)"
fi

finish
