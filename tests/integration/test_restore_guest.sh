#!/usr/bin/env bash
# Guest files restored into the running guest over SFTP (the lab's real OpenSSH server,
# whose account holds VM 0's guest tree below its home): keep puts the restored copy
# beside a changed file as _RESTORED_<date>_<time>_<name>, overwrite brings a deleted file
# and a changed one back byte-identical with their mode and time, a folder the guest
# replaced by a symlink is not followed, a wrong host key is refused, and both restores
# are in the audit.
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
start_lab --vms 1
if [ "$(lab '"skipped" in d["sshd"]')" = True ]; then
  echo "SKIP: the lab has no SSH guest here ($(lab 'd["sshd"]["skipped"]'))"
  exit 77
fi
vm0=$(lab 'd["vms"][0]["moref"]') manifest=$(lab 'd["vms"][0]["manifest"]')
guest_user=$(lab 'd["sshd"]["user"]') guest_key=$(lab 'd["sshd"]["key_file"]') home=$(lab 'd["sshd"]["home"]')
guest_address="127.0.0.1:$(lab 'd["sshd"]["port"]')"
lab 'd["sshd"]["known_host_key"]' >"$work/host_key.pub"
host_key=$(ssh-keygen -lf "$work/host_key.pub" | awk '{print $2}')
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=guest-restore-password
sign_in=(--endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo")
guest=(--guest "$guest_address" --guest-user "$guest_user" --guest-key "$guest_key" --guest-host-key "$host_key" --guest-root "$home")

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb job create one --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0" >/dev/null
lb job run one --json >"$work/backup.json" 2>/dev/null
check $? "setup: VM 0 is backed up"
point=$(json 'd["vms"][0]["restore_point"]' <"$work/backup.json")

# matches GUEST_PATH LOCAL_FILE: the file has the seeded content, mode and mtime.
matches() {
  python3 - "$manifest" "$1" "$2" <<'EOF'
import hashlib, json, os, stat, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))["files"][sys.argv[2]]
st = os.lstat(sys.argv[3])
got = (hashlib.sha256(open(sys.argv[3], "rb").read()).hexdigest(), "%04o" % stat.S_IMODE(st.st_mode), int(st.st_mtime))
want = (e["sha256"], e["mode"], e["mtime"])
if got != want:
    print(sys.argv[2], got, want)
    sys.exit(1)
EOF
}

# --- keep: a changed file gets the restored copy beside it
echo "changed in the guest" >"$home/etc/os-release"
lb restore files "$point" /etc/os-release "${guest[@]}" --mode keep "${sign_in[@]}" --json >"$work/keep.json" 2>&1
check $? "restore into the guest with keep succeeds ($(json 'd["result"] + ": " + d["message"]' <"$work/keep.json"))"
restored=$(ls "$home/etc" | grep -E '^_RESTORED_[0-9]{8}_[0-9]{6}_os-release$')
[ "$(cat "$home/etc/os-release")" = "changed in the guest" ] && [ -n "$restored" ] && matches /etc/os-release "$home/etc/$restored"
check $? "the guest's file is kept and the restored copy $restored is beside it with the seeded content, mode and time"
[ -z "$(ls -A "$home/etc" | grep lifeboat-restore)" ]
check $? "no temporary file is left in the guest"

# --- overwrite: a deleted file and a changed one come back
rm "$home/home/alice/Documents/report_1.txt"
echo "scribbled" >"$home/home/alice/Documents/report_2.txt"
chmod 600 "$home/home/alice/Documents/report_2.txt"
lb restore files "$point" /home/alice/Documents "${guest[@]}" --mode overwrite "${sign_in[@]}" --json >"$work/over.json" 2>&1
check $? "restore into the guest with overwrite succeeds ($(json 'd["result"] + ": " + d["message"]' <"$work/over.json"))"
matches /home/alice/Documents/report_1.txt "$home/home/alice/Documents/report_1.txt" &&
  matches /home/alice/Documents/report_2.txt "$home/home/alice/Documents/report_2.txt"
check $? "the deleted file is back and the changed one replaced, with their content, mode and time"
python3 - "$manifest" "$home" <<'EOF'
import json, os, sys
files = json.load(open(sys.argv[1], encoding="utf-8"))["files"]
for p, e in files.items():
    if p.startswith("/home/alice/Documents/") and e["type"] == "symlink":
        assert os.readlink(sys.argv[2] + p) == e["link_target"], p
    elif p.startswith("/home/alice/Documents/"):
        assert os.path.exists(sys.argv[2] + p), p
EOF
check $? "every entry of the folder is there, links as links with their targets"

# --- a folder the guest replaced by a link is not followed
mkdir -p "$work/outside"
chmod 777 "$work/outside"
rm -rf "$home/home/bob/Documents"
ln -s "$work/outside" "$home/home/bob/Documents"
lb restore files "$point" /home/bob/Documents/run.sh "${guest[@]}" --mode overwrite "${sign_in[@]}" --json >"$work/link.json" 2>&1
[ $? = 1 ] && [ -z "$(ls -A "$work/outside")" ]
check $? "a folder that became a symlink in the guest is refused, nothing written through it ($(json 'd["message"]' <"$work/link.json"))"

# --- a wrong host key
lb restore files "$point" /etc/hostname --guest "$guest_address" --guest-user "$guest_user" --guest-key "$guest_key" \
  --guest-host-key "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" --guest-root "$home" "${sign_in[@]}" --json >"$work/key.json" 2>&1
[ $? = 1 ] && json 'd["message"]' <"$work/key.json" | has -i "key"
check $? "a guest with another host key is refused ($(json 'd["message"]' <"$work/key.json"))"

lb audit export --format json | json '",".join(r["mode"] + ":" + r["result"] for r in d["restores"])' >"$work/audit.txt"
[ "$(cat "$work/audit.txt")" = "guest-keep:Success,guest-overwrite:Success,guest-overwrite:Failed,guest-keep:Failed" ]
check $? "the guest restores are in the audit ($(cat "$work/audit.txt"))"

finish
