#!/usr/bin/env bash
# E-mailed job reports through an SMTP relay fixture (STARTTLS with a self-signed certificate,
# AUTH PLAIN): the relay's certificate is used only when pinned; a failed run's report names
# the failed VM and its error; a successful run is not reported when only failures are asked
# for; a wrong mail password or an unpinned relay is logged in the session and does not change
# the run's result; Lifeboat refuses to send a password without TLS.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
fixture=
trap '[ -n "$fixture" ] && kill $fixture 2>/dev/null; stop_lab; rm -rf "$work"' EXIT
start_lab --vms 1
vm0=$(lab 'd["vms"][0]["moref"]')
unseeded=$(lab '[v["moref"] for v in d["all_vms"] if v["moref"] not in [x["moref"] for x in d["vms"]]][0]')
unseeded_name=$(lab "[v['name'] for v in d['all_vms'] if v['moref'] == '$unseeded'][0]")
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=mail-test-password

openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 2 -keyout "$work/smtp.key" -out "$work/smtp.pem" \
  -subj "/CN=smtp fixture" -addext "subjectAltName=IP:127.0.0.1" 2>/dev/null
thumb=$(openssl x509 -in "$work/smtp.pem" -noout -fingerprint -sha256 | cut -d= -f2)
mkfifo "$work/port"
python3 "$root/tests/integration/smtp_fixture.py" --out "$work/mail" --cert "$work/smtp.pem" --key "$work/smtp.key" \
  --user mailer --password mail-secret >"$work/port" 2>"$work/fixture.err" &
fixture=$!
read -r port <"$work/port"
mails() { ls "$work/mail" 2>/dev/null | wc -l; }
body_of() { python3 -c 'import email,sys; m=email.message_from_binary_file(open(sys.argv[1],"rb")); print(m["Subject"]); print(m.get_payload(decode=True).decode())' "$1"; }

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null

lb notify set --smtp-host 127.0.0.1 --smtp-port "$port" --security starttls --from lifeboat@example.org \
  --smtp-user mailer >/dev/null
out=$(LIFEBOAT_SMTP_PASSWORD=mail-secret lb notify test --to ops@example.org --json 2>&1)
grep -q '"error":"tls.untrusted"' <<<"$out" && grep -qF "$thumb" <<<"$out"
check $? "an unpinned self-signed relay is refused, with its thumbprint ($out)"
lb notify set --smtp-host 127.0.0.1 --smtp-port "$port" --security starttls --from lifeboat@example.org \
  --smtp-user mailer --trust "$thumb" >/dev/null
LIFEBOAT_SMTP_PASSWORD=mail-secret lb notify test --to ops@example.org >/dev/null &&
  [ "$(mails)" = 1 ] && head -1 "$work/mail/1.eml" | has "lifeboat@example.org -> ops@example.org"
check $? "with the relay pinned, a test message goes out over STARTTLS with AUTH"
out=$(LIFEBOAT_SMTP_PASSWORD=wrong lb notify test --to ops@example.org --json 2>&1)
grep -q '"error":"mail.auth_failed"' <<<"$out"
check $? "a wrong mail password is reported as such ($out)"
out=$(lb notify test --to 'ops@example.org>' --json 2>&1)
grep -q '"error":"mail.bad_address"' <<<"$out"
check $? "an address that could inject SMTP commands is refused"

lb job create mixed --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" \
  --objects "$vm0,$unseeded" --notify ops@example.org --notify ceo@example.org >/dev/null
LIFEBOAT_SMTP_PASSWORD=mail-secret lb job run mixed --json >"$work/run1.json" 2>/dev/null
[ "$(json 'd["result"]' <"$work/run1.json")" = Failed ] && [ "$(mails)" = 2 ]
check $? "a failed run sends a report"
body_of "$work/mail/2.eml" >"$work/report.txt"
head -1 "$work/report.txt" | has '^\[Lifeboat\] Failed: job mixed$' &&
  grep -q "Failed  $unseeded_name" "$work/report.txt" && grep -q "disk1-flat.vmdk" "$work/report.txt" &&
  head -1 "$work/mail/2.eml" | has "ops@example.org,ceo@example.org"
check $? "the report names the job, the failed VM and its error, to both recipients"
lb session show "$(json 'd["id"]' <"$work/run1.json")" | has "Report e-mailed to ops@example.org, ceo@example.org"
check $? "the session log says the report went out"

lb job create good --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" \
  --notify ops@example.org >/dev/null
LIFEBOAT_SMTP_PASSWORD=mail-secret lb job run good --json >"$work/run2.json" 2>/dev/null
[ "$(json 'd["result"]' <"$work/run2.json")" = Success ] && [ "$(mails)" = 2 ]
check $? "a successful run is not reported when only failures are asked for"
lb job edit good --notify-on always >/dev/null
LIFEBOAT_SMTP_PASSWORD=wrong lb job run good --json >"$work/run3.json" 2>/dev/null
[ $? = 0 ] && [ "$(json 'd["result"]' <"$work/run3.json")" = Success ]
check $? "a report that cannot be sent does not change the run's result"
lb session show "$(json 'd["id"]' <"$work/run3.json")" | has "The report could not be e-mailed"
check $? "the session log says why the report did not go out"

lb notify set --smtp-host 127.0.0.1 --smtp-port "$port" --security none --from lifeboat@example.org --smtp-user mailer >/dev/null
out=$(LIFEBOAT_SMTP_PASSWORD=mail-secret lb notify test --to ops@example.org --json 2>&1)
grep -q '"error":"mail.insecure_auth"' <<<"$out"
check $? "Lifeboat does not send a mail password without TLS"

finish
