# Shared by the integration scripts that drive lifeboat-cli against the lab.
# Expects: $cli (lifeboat-cli), $root (source tree), $work (a scratch folder), $catalog.

passed=0 failed=0
check() { if [ "$1" = 0 ]; then echo "PASS: $2"; passed=$((passed+1)); else echo "FAIL: $2"; failed=$((failed+1)); fi; }
finish() { echo "$passed passed, $failed failed"; [ $failed = 0 ]; }

# lab EXPR: a Python expression over lab.json as `d`.
lab() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$LIFEBOAT_LAB_JSON" "$1"; }
# json EXPR < output: a Python expression over the last JSON line of a command's output as `d`.
json() { python3 -c 'import json,sys; d=json.loads(sys.stdin.read().strip().splitlines()[-1]); print(eval(sys.argv[1]))' "$1"; }
lb() { "$cli" --catalog "$catalog" "$@"; }

# start_lab [scripts/lab start options]: a lab of this test's own, stopped by stop_lab.
start_lab() {
  export LIFEBOAT_LAB_DIR="$work/lab"
  "$root/scripts/lab" start "$@" >/dev/null 2>"$work/lab.err" || { cat "$work/lab.err"; exit 1; }
  eval "$("$root/scripts/lab" env)"
}
stop_lab() { "$root/scripts/lab" stop >/dev/null 2>&1; }

# soap BODY OUTFILE: a vim25 call as the lab account (after soap_login), prints the HTTP status.
soap() {
  curl -sS --cacert "$LIFEBOAT_LAB_CA" -b "$work/ck" -c "$work/ck" -o "$2" -w '%{http_code}' --max-time 10 \
    -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: urn:vim25/6.5' \
    --data-binary "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:vim25\"><soapenv:Body>$1</soapenv:Body></soapenv:Envelope>" \
    "$LIFEBOAT_LAB_URL"
}
soap_login() {
  local user
  user=$(printf '%s' "$LIFEBOAT_LAB_USER" | sed 's/&/\&amp;/g; s/</\&lt;/g')
  soap "<Login><_this type=\"SessionManager\">SessionManager</_this><userName>$user</userName><password>$LIFEBOAT_LAB_PASSWORD</password></Login>" "$work/login.xml" >/dev/null
}
# snapshot_count MOREF: how many snapshots the VM has.
snapshot_count() {
  soap "<RetrievePropertiesEx><_this type=\"PropertyCollector\">propertyCollector</_this><specSet><propSet><type>VirtualMachine</type><pathSet>snapshot.rootSnapshotList</pathSet></propSet><objectSet><obj type=\"VirtualMachine\">$1</obj></objectSet></specSet><options/></RetrievePropertiesEx>" "$work/snap.xml" >/dev/null
  grep -o '<snapshot type="VirtualMachineSnapshot">' "$work/snap.xml" | wc -l
}
# has PATTERN: like grep -q, but reads all its input, so the writer of a pipe never dies of
# SIGPIPE (which pipefail would count as a failure).
has() { grep "$@" >/dev/null; }
