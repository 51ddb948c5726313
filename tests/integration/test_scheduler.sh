#!/usr/bin/env bash
# The scheduler in `lifeboat-cli serve`, against the lab: a job whose run was due while
# Lifeboat was not running gets a "missed" session with the reason and one catch-up run; a
# job scheduled "after" it runs when it has finished; a second serve does not schedule the
# same catalog twice; `job stop` from another process stops a run gracefully; a job with
# retries retries only its failed VM; SIGTERM ends serve cleanly.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
serve_pids=()
cleanup() {
  for pid in "${serve_pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  wait 2>/dev/null
  stop_lab
  rm -rf "$work"
}
trap cleanup EXIT
# Reads at 4 MiB/s per request: a 24 MiB disk takes about 3 s, time enough to stop it.
start_lab --vms 2 --read-kibps 4096
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
unseeded=$(lab '[v["moref"] for v in d["all_vms"] if v["moref"] not in [x["moref"] for x in d["vms"]]][0]')

repo="$work/repo"
# serve reads passwords from the environment here; a service would use the keychain.
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=scheduler-test-password
sql() { python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute(sys.argv[2]).fetchall(); c.commit(); print("\n".join("|".join(str(x) for x in row) for row in r))' "$catalog" "$1"; }
# wait_for SECONDS PYTHON-EXPRESSION-over-sessions-of-JOB JOB
wait_for() {
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    [ "$(lb session list --job "$3" --json 2>/dev/null | json "$2" 2>/dev/null)" = True ] && return 0
    sleep 0.5
  done
  return 1
}

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
out=$(lb job create bad --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" --schedule "daily 25:00" --json 2>&1)
grep -q '"error":"job.bad_schedule"' <<<"$out"
check $? "an impossible schedule is refused with examples"
lb job create hourly --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" \
  --schedule "every 1h" >/dev/null &&
lb job create chained --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm1" \
  --schedule "after hourly" >/dev/null
check $? "a job every hour and a job after it are created"
[ "$(lb job show chained | json 'd["schedule"]["kind"] + ":" + str(d["schedule"]["after_job"])')" = "after:$(lb job show hourly | json 'd["id"]')" ]
check $? "the chained job points at the first job by id"

# The scheduler has looked at the job before, yesterday: the runs due since then were missed.
# Background processes are the CLI itself (not the lb function), so $! is the CLI's pid.
"$cli" --catalog "$catalog" serve --tick 1 >"$work/serve-first.out" 2>&1 &
serve_pids+=($!)
sleep 3
kill -TERM "${serve_pids[0]}"; wait "${serve_pids[0]}"
[ "$(sql "select count(*) from job_schedule")" = 2 ] || [ "$(sql "select count(*) from job_schedule")" = 1 ]
check $? "the first serve recorded when it looked at the scheduled job"
[ "$(lb session list --json | json 'len(d["sessions"])')" = 0 ]
check $? "nothing was owed on the first look"
sql "update job_schedule set last_checked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')" >/dev/null

"$cli" --catalog "$catalog" serve --tick 1 >"$work/serve.out" 2>&1 &
serve_pids+=($!)
serve=$!
wait_for 60 'any(s["kind"] == "backup" and s["result"] == "Success" for s in d["sessions"])' hourly
check $? "serve runs the overdue job ($(tail -3 "$work/serve.out" | tr '\n' ' '))"
missed=$(lb session list --job hourly --json | json '[s["message"] for s in d["sessions"] if s["kind"] == "missed"]')
grep -q "because Lifeboat was not running" <<<"$missed"
check $? "the missed runs are recorded with the reason ($missed)"
[ "$(lb session list --job hourly --json | json 'len([s for s in d["sessions"] if s["kind"] == "backup"])')" = 1 ]
check $? "a day of missed hourly runs is caught up once, not 24 times"
wait_for 60 'any(s["kind"] == "backup" and s["result"] == "Success" for s in d["sessions"])' chained
check $? "the job scheduled after it ran when it finished"

# A second serve on the same catalog stands by.
"$cli" --catalog "$catalog" serve --tick 1 >"$work/serve2.out" 2>&1 &
serve_pids+=($!)
sleep 3
[ "$(lb session list --job hourly --json | json 'len([s for s in d["sessions"] if s["kind"] == "backup"])')" = 1 ]
check $? "a second serve does not run the job again"

# job stop from another process
lb job create manual --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm1" --no-cbt >/dev/null
"$cli" --catalog "$catalog" job run manual --json >"$work/manual.json" 2>"$work/manual.err" &
run=$!
for _ in $(seq 1 100); do grep -qE ': [0-9]+%' "$work/manual.err" && break; sleep 0.1; done
lb job stop manual >/dev/null
check $? "job stop is accepted while the run reads"
wait $run
[ $? = 1 ] && [ "$(json 'd["message"]' <"$work/manual.json")" = "Stopped by the user." ]
check $? "the run in the other process stopped gracefully"
out=$(lb job stop manual --json 2>&1)
grep -q '"error":"job.not_running"' <<<"$out"
check $? "stopping a job that is not running says so"

# Retries: only the failed VM is retried, as often as the job says.
lb job create flaky --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" \
  --objects "$vm0,$unseeded" --retries 2 --retry-wait 1 >/dev/null
lb job run flaky --json >"$work/flaky.json" 2>/dev/null
[ "$(sql "select group_concat(n) from (select count(t.id) n from sessions s join session_tasks t on t.session_id = s.id join jobs j on j.id = s.job_id where j.name = 'flaky' group by s.id order by s.id)")" = "2,1,1" ]
check $? "a failed VM is retried twice, alone ($(sql "select s.id, s.retry_of, count(t.id) from sessions s join session_tasks t on t.session_id = s.id join jobs j on j.id = s.job_id where j.name = 'flaky' group by s.id" | tr '\n' ' '))"

kill -TERM "$serve"
wait "$serve"
check $? "serve ends cleanly on SIGTERM"

finish
