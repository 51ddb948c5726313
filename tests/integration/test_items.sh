#!/usr/bin/env bash
# Database items against real PostgreSQL and MariaDB servers from Debian, run by the lab's
# SSH guest account on private sockets: a job with --items dumps every user database into
# the restore point (system databases left out), `items list` shows them, and after the
# data is damaged, `restore item` brings it back under a new name (keep; an existing one is
# never overwritten) and in place (overwrite), and as a dump file; rows are queried back.
set -uo pipefail
cli=$1 root=$2
work=$(mktemp -d)
catalog="$work/catalog.sqlite"
. "$root/tests/integration/lib.sh"
pgdir= mdir= pgbin=
as_guest() { su "$guest_user" -s /bin/sh -c "$1"; }
cleanup() {
  [ -n "$pgdir" ] && as_guest "$pgbin/pg_ctl -D $pgdir/data stop -m fast" >/dev/null 2>&1
  [ -n "$mdir" ] && [ -f "$mdir/pid" ] && kill "$(cat "$mdir/pid")" 2>/dev/null
  stop_lab
  rm -rf "$work" "$pgdir" "$mdir"
}
trap cleanup EXIT
start_lab --vms 1
if [ "$(lab '"skipped" in d["sshd"]')" = True ]; then
  echo "SKIP: the lab has no SSH guest here ($(lab 'd["sshd"]["skipped"]'))"
  exit 77
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ] || [ ! -x /usr/sbin/mariadbd ] || [ "$(id -u)" != 0 ]; then
  echo "SKIP: needs root, PostgreSQL and MariaDB servers (postgresql, mariadb-server)"
  exit 77
fi
vm0=$(lab 'd["vms"][0]["moref"]')
guest_user=$(lab 'd["sshd"]["user"]') guest_key=$(lab 'd["sshd"]["key_file"]')
guest_address="127.0.0.1:$(lab 'd["sshd"]["port"]')"
lab 'd["sshd"]["known_host_key"]' >"$work/host_key.pub"
host_key=$(ssh-keygen -lf "$work/host_key.pub" | awk '{print $2}')

# --- the guest's database servers, on sockets in folders of their own
pgdir=$(mktemp -d /tmp/lifeboat-pg.XXXXXX) mdir=$(mktemp -d /tmp/lifeboat-maria.XXXXXX)
chown "$guest_user" "$pgdir" "$mdir"
pgport=$((20000 + RANDOM % 20000))
as_guest "$pgbin/initdb -D $pgdir/data -A peer -U $guest_user >/dev/null &&
  $pgbin/pg_ctl -D $pgdir/data -o '-k $pgdir -p $pgport -c listen_addresses=' -l $pgdir/log start -w >/dev/null"
check $? "setup: PostgreSQL runs as the guest account"
mariadb-install-db --no-defaults --datadir="$mdir/data" --user="$guest_user" --auth-root-authentication-method=socket \
  --skip-test-db >"$mdir/install.log" 2>&1 &&
  as_guest "/usr/sbin/mariadbd --no-defaults --datadir=$mdir/data --socket=$mdir/sock --skip-networking --pid-file=$mdir/pid --log-error=$mdir/err >/dev/null 2>&1 &"
for _ in $(seq 1 50); do [ -S "$mdir/sock" ] && break; sleep 0.2; done
printf '[client]\nsocket=%s\n' "$mdir/sock" >"$mdir/my.cnf" && chmod 644 "$mdir/my.cnf"
env="PGHOST=$pgdir PGPORT=$pgport MYSQL_HOME=$mdir"
sql_pg() { as_guest "$env psql -XAtq -d $1 -c \"$2\""; }
sql_my() { as_guest "$env mysql -N -B -e \"$1\""; }
sql_my "SELECT 1" >/dev/null
check $? "setup: MariaDB runs as the guest account"
as_guest "$env createdb shop" && sql_pg shop "CREATE TABLE orders(id int PRIMARY KEY, item text); INSERT INTO orders VALUES (1, 'lifeboat'), (2, 'paddle')"
sql_my "CREATE DATABASE inventory; CREATE TABLE inventory.parts(id int PRIMARY KEY, name varchar(40)); INSERT INTO inventory.parts VALUES (1, 'oar'), (2, 'hull')"
check $? "setup: a PostgreSQL and a MariaDB database with rows"

repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=items-test-password
sign_in=(--endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo")
server=(--guest "$guest_address" --guest-user "$guest_user" --guest-key "$guest_key" --guest-host-key "$host_key" --item-env "$env")
lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb job create db --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" \
  --guest-user "$guest_user" --guest-key "$guest_key" --guest-address "$vm0=$guest_address" \
  --guest-host-key "$vm0=$host_key" --items postgresql,mariadb --item-env "$env" >/dev/null
check $? "a job with database items is created"
lb job run db --json >"$work/run.json" 2>/dev/null
check $? "it runs ($(json 'd["result"] + " " + d["vms"][0]["message"]' <"$work/run.json"))"
point=$(json 'd["vms"][0]["restore_point"]' <"$work/run.json")
lb session show "$(json 'd["id"]' <"$work/run.json")" | has "Dumped the postgresql database shop"
check $? "the session log names the dumps"
lb items list "$point" "${sign_in[@]}" --json | json '",".join(sorted(i["name"] for i in d["items"]))' >"$work/items.txt"
[ "$(cat "$work/items.txt")" = "mariadb:inventory,postgresql:shop" ]
check $? "items list shows the user databases, not the system ones ($(cat "$work/items.txt"))"

# --- damage, then restore
sql_pg shop "DELETE FROM orders WHERE id = 2; UPDATE orders SET item = 'broken' WHERE id = 1"
sql_my "DROP TABLE inventory.parts"
lb restore item "$point" postgresql:shop "${server[@]}" "${sign_in[@]}" --json >"$work/keep.json" 2>&1
check $? "restore item with keep succeeds ($(json 'd["message"]' <"$work/keep.json"))"
[ "$(sql_pg shop_restored "SELECT string_agg(item, ',' ORDER BY id) FROM orders")" = "lifeboat,paddle" ] &&
  [ "$(sql_pg shop "SELECT string_agg(item, ',' ORDER BY id) FROM orders")" = "broken" ]
check $? "shop_restored holds the backed-up rows; shop is untouched"
lb restore item "$point" postgresql:shop "${server[@]}" "${sign_in[@]}" --json >"$work/again.json" 2>&1
[ $? = 1 ] && [ "$(sql_pg shop_restored "SELECT count(*) FROM orders")" = 2 ]
check $? "a second keep restore fails instead of overwriting shop_restored ($(json 'd["message"]' <"$work/again.json" | head -c 160))"
# An overwrite restores into a scratch database first: when that fails, the original stays.
as_guest "$env createdb shop_lbtmp"
lb restore item "$point" postgresql:shop --mode overwrite "${server[@]}" "${sign_in[@]}" --json >"$work/blocked.json" 2>&1
[ $? = 1 ] && [ "$(sql_pg shop "SELECT string_agg(item, ',' ORDER BY id) FROM orders")" = "broken" ]
check $? "an overwrite that cannot restore leaves the database as it was ($(json 'd["message"]' <"$work/blocked.json" | head -c 120))"
as_guest "$env dropdb shop_lbtmp"
lb restore item "$point" postgresql:shop --mode overwrite "${server[@]}" "${sign_in[@]}" --json >"$work/over.json" 2>&1
check $? "restore item with overwrite succeeds ($(json 'd["message"]' <"$work/over.json"))"
[ "$(sql_pg postgres "SELECT count(*) FROM pg_database WHERE datname = 'shop_lbtmp'")" = 0 ]
check $? "no scratch database is left behind"
[ "$(sql_pg shop "SELECT string_agg(item, ',' ORDER BY id) FROM orders")" = "lifeboat,paddle" ]
check $? "shop holds the backed-up rows again"
lb restore item "$point" mariadb:inventory --mode overwrite "${server[@]}" "${sign_in[@]}" --json >"$work/maria.json" 2>&1
check $? "MariaDB restore with overwrite succeeds ($(json 'd["message"]' <"$work/maria.json"))"
[ "$(sql_my "SELECT GROUP_CONCAT(name ORDER BY id) FROM inventory.parts")" = "oar,hull" ]
check $? "the dropped MariaDB table is back with its rows"
lb restore item "$point" mariadb:inventory --new-database parts_copy "${server[@]}" "${sign_in[@]}" --json >"$work/copy.json" 2>&1
[ "$(sql_my "SELECT COUNT(*) FROM parts_copy.parts")" = 2 ]
check $? "a MariaDB item restores under a new name ($(json 'd["message"]' <"$work/copy.json"))"
lb restore item "$point" postgresql:shop --to "$work/shop.dump" "${sign_in[@]}" >/dev/null 2>&1 &&
  [ "$(head -c 5 "$work/shop.dump")" = PGDMP ]
check $? "an item downloads as the database's own dump format"
lb restore item "$point" postgresql:nothere --to "$work/x.dump" "${sign_in[@]}" --json >"$work/missing.json" 2>&1
[ $? = 1 ] && [ ! -e "$work/x.dump" ]
check $? "an unknown item is an error ($(json 'd["message"]' <"$work/missing.json"))"
lb job create bad --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" \
  --guest-user "$guest_user" --items mssql >"$work/mssql.txt" 2>&1
[ $? != 0 ] && has "not available" <"$work/mssql.txt"
check $? "SQL Server items are refused as not available ($(cat "$work/mssql.txt"))"

lb audit export --format json | json '",".join(r["kind"] + ":" + r["mode"] + ":" + r["result"] for r in d["restores"])' >"$work/audit.txt"
[ "$(cat "$work/audit.txt")" = "item:new-name:Success,item:new-name:Failed,item:overwrite:Failed,item:overwrite:Success,item:overwrite:Success,item:new-name:Success,item:download:Success,item:download:Failed" ]
check $? "item restores are in the audit ($(cat "$work/audit.txt"))"

finish
