#!/usr/bin/env bash
# Guest files restored from restore points of the lab's VMs (ext4 in an MBR and in a GPT
# disk), read straight from the repository: volumes are found, folders list like the
# seeded tree, files/folders/symlinks restore into a local folder byte-identical with their
# modes and times (sparse files stay sparse), an existing entry is kept unless overwrite
# is asked for, a symlink planted in the target is never followed, and each restore is in
# the audit.
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
start_lab --vms 2
vm0=$(lab 'd["vms"][0]["moref"]') vm1=$(lab 'd["vms"][1]["moref"]')
repo="$work/repo"
export LIFEBOAT_ENDPOINT_PASSWORD=$LIFEBOAT_LAB_PASSWORD LIFEBOAT_REPO_PASSWORD=files-test-password
sign_in=(--endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo")

lb endpoint add "$LIFEBOAT_LAB_URL" --trust "$LIFEBOAT_LAB_THUMBPRINT" >/dev/null
lb repo init --repo "$repo" >/dev/null
lb job create both --endpoint "$LIFEBOAT_LAB_URL" --user "$LIFEBOAT_LAB_USER" --repo "$repo" --objects "$vm0,$vm1" --index-files >/dev/null
lb job run both --json >"$work/backup.json" 2>/dev/null
check $? "setup: both VMs are backed up"
entries0=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["files"]))' "$(lab "d['vms'][0]['manifest']")")
lb session show "$(json 'd["id"]' <"$work/backup.json")" | has "Indexed $((entries0 + 1)) guest files and folders"
check $? "the backup indexed every guest file and folder of VM 0 (seeded $entries0 + lost+found)"

# compare MANIFEST DIR GUEST_PATH...: every manifest entry at or below the guest paths
# exists under DIR (by its last component) with the seeded type, content, mode, mtime
# and link target.
compare() {
  python3 - "$@" <<'EOF'
import hashlib, json, os, stat, sys
manifest = json.load(open(sys.argv[1], encoding="utf-8"))["files"]
out, wanted = sys.argv[2], sys.argv[3:]
bad = []
count = 0
for guest, e in manifest.items():
    top = [w for w in wanted if guest == w or guest.startswith(w.rstrip("/") + "/")]
    if not top:
        continue
    base = top[0].rstrip("/")
    local = os.path.join(out, os.path.basename(base) + guest[len(base):])
    count += 1
    try:
        st = os.lstat(local)
    except OSError as err:
        bad.append("%s: %s" % (guest, err)); continue
    kind = "symlink" if stat.S_ISLNK(st.st_mode) else "dir" if stat.S_ISDIR(st.st_mode) else "file"
    if kind != e["type"]:
        bad.append("%s: %s, not %s" % (guest, kind, e["type"])); continue
    if kind == "symlink":
        if os.readlink(local) != e["link_target"]:
            bad.append("%s: link %s" % (guest, os.readlink(local)))
        continue
    if "%04o" % stat.S_IMODE(st.st_mode) != e["mode"]:
        bad.append("%s: mode %04o, not %s" % (guest, stat.S_IMODE(st.st_mode), e["mode"]))
    if int(st.st_mtime) != e["mtime"]:
        bad.append("%s: mtime %d, not %d" % (guest, st.st_mtime, e["mtime"]))
    if kind == "file":
        h = hashlib.sha256(open(local, "rb").read()).hexdigest()
        if h != e["sha256"]:
            bad.append("%s: content differs" % guest)
print("%d entries compared" % count)
if bad or count == 0:
    print("\n".join(bad[:20]))
    sys.exit(1)
EOF
}

for i in 0 1; do
  point=$(json "d['vms'][$i]['restore_point']" <"$work/backup.json")
  manifest=$(lab "d['vms'][$i]['manifest']")
  scheme=$(lab "d['vms'][$i]['scheme']")
  lb files ls "$point" "${sign_in[@]}" --json >"$work/volumes$i.json"
  [ "$(json '",".join(v["id"] + "=" + v["file_system"] + "/" + v["label"] for v in d["volumes"] if v["readable"])' <"$work/volumes$i.json")" = "disk1.vmdk:1=ext4/lifeboat" ]
  check $? "VM $i ($scheme): the restore point's one readable volume is the ext4 partition ($(cat "$work/volumes$i.json"))"
  lb files ls "$point" /home/alice/Documents "${sign_in[@]}" --json >"$work/ls$i.json"
  python3 - "$manifest" "$work/ls$i.json" <<'EOF'
import json, sys
files = json.load(open(sys.argv[1], encoding="utf-8"))["files"]
listed = json.loads(open(sys.argv[2], encoding="utf-8").read().splitlines()[-1])["entries"]
want = sorted(p.rsplit("/", 1)[1] for p in files if p.rsplit("/", 1)[0] == "/home/alice/Documents")
got = sorted(e["name"] for e in listed)
assert got == want, (got, want)
for e in listed:
    m = files["/home/alice/Documents/" + e["name"]]
    assert (e["type"].replace("dir", "dir"), e["size"], e["mode"]) == (m["type"], m["size"], m["mode"]), (e, m)
EOF
  check $? "VM $i: /home/alice/Documents lists exactly the seeded entries with types, sizes and modes"
  out="$work/out$i"
  lb restore files "$point" /home/alice /etc/os-release /var/lib/app/sparse.db --to "$out" "${sign_in[@]}" --json >"$work/restore$i.json" 2>"$work/restore$i.err"
  check $? "VM $i: restore files succeeds ($(json 'd["result"] + ": " + d["message"]' <"$work/restore$i.json"))"
  compare "$manifest" "$out" /home/alice /etc/os-release /var/lib/app/sparse.db
  check $? "VM $i: every restored file, folder and link matches the seeded tree (content, mode, mtime, link target)"
done

out="$work/out0"
point0=$(json "d['vms'][0]['restore_point']" <"$work/backup.json")
manifest0=$(lab "d['vms'][0]['manifest']")
size=$(stat -c %s "$out/sparse.db") blocks=$(stat -c %b "$out/sparse.db")
[ $((blocks * 512)) -lt $((size / 4)) ]
check $? "the sparse file stays sparse ($((blocks * 512)) bytes allocated of $size)"
[ -L "$out/alice/docs" ] && [ "$(readlink "$out/alice/docs")" = /home/alice/Documents ]
check $? "an absolute guest symlink is restored as a link, not followed"

# --- what is there already
echo "local edit" >"$out/os-release"
lb restore files "$point0" /etc/os-release --to "$out" "${sign_in[@]}" --json >"$work/again.json" 2>&1
[ "$(json 'd["result"]' <"$work/again.json")" = Warning ] && [ "$(cat "$out/os-release")" = "local edit" ]
check $? "an existing file is kept without overwrite, and the session warns ($(json 'd["message"]' <"$work/again.json"))"
lb restore files "$point0" /etc/os-release --to "$out" --overwrite "${sign_in[@]}" --json >"$work/over.json" 2>&1
[ "$(json 'd["result"]' <"$work/over.json")" = Success ] && compare "$manifest0" "$out" /etc/os-release >/dev/null
check $? "with overwrite it is replaced by the restored file"

# --- a symlink planted in the target where a restored folder goes
mkdir -p "$work/outside" "$work/planted"
ln -s "$work/outside" "$work/planted/Documents"
lb restore files "$point0" /home/alice/Documents --to "$work/planted" "${sign_in[@]}" --json >"$work/planted.json" 2>&1
[ -z "$(ls -A "$work/outside")" ] && [ -L "$work/planted/Documents" ]
check $? "a symlink in the target is not followed: nothing is written outside the target ($(json 'd["result"] + ": " + d["message"]' <"$work/planted.json"))"
lb restore files "$point0" /home/alice/Documents --to "$work/planted" --overwrite "${sign_in[@]}" --json >"$work/planted2.json" 2>&1
[ -z "$(ls -A "$work/outside")" ]
check $? "not with overwrite either"

# --- bad input
lb restore files "$point0" /home/../etc/passwd --to "$work/bad" "${sign_in[@]}" --json >"$work/dots.json" 2>&1
[ $? = 1 ] && [ ! -e "$work/bad/passwd" ]
check $? "a path with .. is refused ($(json 'd["message"]' <"$work/dots.json"))"
lb restore files "$point0" /home/alice/no-such-file --to "$work/bad" "${sign_in[@]}" --json >"$work/missing.json" 2>&1
[ $? = 1 ]
check $? "a missing file is an error ($(json 'd["message"]' <"$work/missing.json"))"

# --- search through the index
# expect CONDITION: the manifest paths of both VMs for which a Python condition on p (path)
# and e (entry) holds.
expect() {
  python3 - "$(lab "d['vms'][0]['manifest']")" "$(lab "d['vms'][1]['manifest']")" "$1" <<'EOF'
import json, sys
found = []
for m in sys.argv[1:3]:
    for p, e in json.load(open(m, encoding="utf-8"))["files"].items():
        if eval(sys.argv[3]):
            found.append(p)
print(" ".join(sorted(found)))
EOF
}
search() { lb files search "$@" "${sign_in[@]}" --json | json '" ".join(sorted(r["path"] for r in d["results"]))'; }
[ "$(search report)" = "$(expect '"report" in p.rsplit("/", 1)[1].lower()')" ]
check $? "files search report finds every file whose name holds 'report', in both VMs"
[ "$(search '*.sh')" = "$(expect 'p.endswith(".sh")')" ] && [ -n "$(search '*.sh')" ]
check $? "a glob finds the shell scripts ($(search '*.sh'))"
[ "$(search 日本)" = "$(expect '"日本" in p')" ] && [ -n "$(search 日本)" ]
check $? "a two-character UTF-8 name is found too"
[ "$(search --under /home/alice/Documents --min-size 100)" = "$(expect 'p.startswith("/home/alice/Documents/") and e["size"] >= 100 and e["type"] != "dir"')" ]
check $? "folder and size filters narrow the results"
[ "$(search --vm "$(lab 'd["vms"][1]["name"]')" --under /etc --before 2023-01-01)" = "" ]
check $? "a date range with nothing in it finds nothing"

lb job run both --json >"$work/backup2.json" 2>/dev/null
lb session show "$(json 'd["id"]' <"$work/backup2.json")" | has "Indexed $((entries0 + 1)) guest files and folders (0 new or changed)"
check $? "indexing an unchanged second restore point adds no rows"
point0b=$(json "d['vms'][0]['restore_point']" <"$work/backup2.json")
lb files search os-release --vm "$(lab 'd["vms"][0]["name"]')" "${sign_in[@]}" --json >"$work/found.json"
[ "$(json '[(r["restore_point"], r["restore_points"]) for r in d["results"]]' <"$work/found.json")" = "[('$point0b', 2)]" ]
check $? "an unchanged file is one hit held by both restore points, the newest named"
[ "$(lb files search os-release --restore-point "$point0" "${sign_in[@]}" --json | json 'len(d["results"])')" = 1 ]
check $? "searching within the first restore point finds it too"
[ "$(json 'd["search_ms"] < 1000' <"$work/found.json")" = True ]
check $? "the search answered ($(json 'd["search_ms"]' <"$work/found.json") ms)"

lb audit export --format json | json '",".join(r["kind"] + ":" + r["mode"] + ":" + r["result"] for r in d["restores"])' >"$work/audit.txt"
[ "$(cat "$work/audit.txt")" = "files:folder:Success,files:folder:Success,files:folder:Warning,files:folder:Success,files:folder:Warning,files:folder:Warning,files:folder:Failed,files:folder:Failed" ]
check $? "every file restore is in the audit ($(cat "$work/audit.txt"))"


# --- download as a .zip
lb restore files "$point0" /home/alice /etc/os-release /var/lib/app/sparse.db --zip "$work/out.zip" "${sign_in[@]}" --json >"$work/zip.json" 2>&1
check $? "restore files into a .zip succeeds ($(json 'd["result"] + ": " + d["message"]' <"$work/zip.json"))"
python3 - "$manifest0" "$work/out.zip" <<'EOF'
import hashlib, json, stat, sys, time, zipfile
files = json.load(open(sys.argv[1], encoding="utf-8"))["files"]
z = zipfile.ZipFile(sys.argv[2])
assert z.testzip() is None                     # every CRC checks out
names = {i.filename.rstrip("/"): i for i in z.infolist()}
count = 0
for guest, e in files.items():
    for top in ("/home/alice", "/etc/os-release", "/var/lib/app/sparse.db"):
        if guest == top or guest.startswith(top + "/"):
            base = top.rsplit("/", 1)[1]
            name = base + guest[len(top):]
            info = names[name]
            mode = info.external_attr >> 16
            kind = "symlink" if stat.S_ISLNK(mode) else "dir" if stat.S_ISDIR(mode) else "file"
            assert kind == e["type"], (guest, kind)
            if kind == "symlink":
                assert z.read(info).decode() == e["link_target"], guest
            else:
                assert "%04o" % stat.S_IMODE(mode) == e["mode"], (guest, oct(mode))
                want = time.localtime(max(e["mtime"], 315532800))[:6]
                assert info.date_time[:5] == want[:5] and abs(info.date_time[5] - want[5]) <= 1, (guest, info.date_time, want)
            if kind == "file":
                assert hashlib.sha256(z.read(info)).hexdigest() == e["sha256"], guest
            count += 1
assert count > 20, count
print(count, "entries checked")
EOF
check $? "the archive holds every entry with its content, mode, time and link target, and its CRCs check out"
lb restore files "$point0" /etc/os-release --zip "$work/out.zip" "${sign_in[@]}" >/dev/null 2>&1
[ $? = 1 ]
check $? "an existing archive is not overwritten"

finish
