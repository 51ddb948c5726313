#!/usr/bin/env python3
"""Deterministic guest-disk seeder for the Lifeboat test lab.

    seed.py --seed N --size-mib M --out DIR [--scheme mbr|gpt] [--flat-name X-flat.vmdk]

Writes into DIR:
  tree/          the guest file tree (what a file-level restore must reproduce)
  disk.img       raw disk: partition table + one ext4 partition at 1 MiB (sparse)
  disk.vmdk      monolithicFlat VMDK descriptor whose extent names --flat-name
  manifest.json  image hash/size/layout and, per guest path, its expected metadata

The same seed and size always give a byte-identical disk.img.  That needs more
than a fixed PRNG: mke2fs -d copies each source file's ctime/atime (which no
user can set) and uid/gid (which depend on who runs it) into the inodes, so
after mke2fs the inode metadata is rewritten with debugfs from the manifest.
Default scheme: MBR for even seeds, GPT for odd ones (the lab passes the VM
index parity explicitly).
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import uuid

MIB = 1024 * 1024
PART_OFFSET = MIB
BLOCK = 4096
# 2024-01-01T00:00:00Z; all guest mtimes are base + seeded offsets.
BASE_TIME = 1704067200
NS = uuid.UUID("5f1c7e1a-4b2d-4c8e-9a70-6c1f0b5e1ab0")

WORDS = ("backup restore snapshot vmware datastore cluster lifeboat archive "
         "incremental full retention policy schedule verify checksum block "
         "network storage tenant quota report invoice meeting agenda budget "
         "Prüfung Größe naïve café 日本 データ").split()

USERS = (("alice", 1000), ("bob", 1001))


class Gen:
    def __init__(self, seed, size_mib, root):
        self.rng = random.Random(seed)
        self.seed = seed
        self.size_mib = size_mib
        self.root = root
        # guest path -> {"mtime", "uid", "gid"}; mode/type come from lstat later
        self.meta = {}

    def _when(self):
        return BASE_TIME + self.rng.getrandbits(24)  # within ~194 days

    def _owner(self, gpath):
        for name, uid in USERS:
            if gpath == "/home/" + name or gpath.startswith("/home/%s/" % name):
                return uid, uid
        return 0, 0

    def _record(self, gpath, mode):
        host = self.root + gpath
        if not os.path.islink(host):
            os.chmod(host, mode)
        uid, gid = self._owner(gpath)
        self.meta[gpath] = {"mtime": self._when(), "uid": uid, "gid": gid}

    def mkdir(self, gpath, mode=0o755):
        os.makedirs(self.root + gpath, exist_ok=True)
        self._record(gpath, mode)

    def _parents(self, gpath):
        parent = os.path.dirname(gpath)
        if parent != "/" and parent not in self.meta:
            self._parents(parent)
            self.mkdir(parent)

    def file(self, gpath, data, mode=0o644):
        self._parents(gpath)
        if isinstance(data, str):
            data = data.encode()
        with open(self.root + gpath, "wb") as f:
            f.write(data)
        self._record(gpath, mode)

    def symlink(self, gpath, target):
        self._parents(gpath)
        os.symlink(target, self.root + gpath)
        self._record(gpath, 0o777)

    def sparse(self, gpath, size, islands):
        self._parents(gpath)
        with open(self.root + gpath, "wb") as f:
            f.truncate(size)
            for off in islands:
                f.seek(off)
                f.write(self.rng.randbytes(BLOCK))
        self._record(gpath, 0o640)

    def text(self, lines, words=12):
        out = []
        for _ in range(lines):
            out.append(" ".join(self.rng.choice(WORDS) for _ in range(words)))
        return "\n".join(out) + "\n"


def build_tree(g):
    host = "lifeboat-guest-%d" % g.seed
    g.mkdir("/etc")
    passwd = ["root:x:0:0:root:/root:/bin/bash",
              "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin"]
    group = ["root:x:0:", "users:x:100:"]
    for name, uid in USERS:
        passwd.append("%s:x:%d:%d:%s:/home/%s:/bin/bash" % (name, uid, uid, name.title(), name))
        group.append("%s:x:%d:" % (name, uid))
    g.file("/etc/passwd", "\n".join(passwd) + "\n")
    g.file("/etc/group", "\n".join(group) + "\n")
    g.file("/etc/shadow", "root:*:19700:0:99999:7:::\n", mode=0o640)
    g.file("/etc/hostname", host + "\n")
    g.file("/etc/hosts", "127.0.0.1\tlocalhost\n127.0.1.1\t%s\n::1\tlocalhost ip6-localhost\n" % host)
    g.file("/etc/os-release",
           'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\n'
           'VERSION_ID="12"\nVERSION="12 (bookworm)"\nID=debian\n')
    g.file("/etc/fstab", "UUID=%s / ext4 errors=remount-ro 0 1\n" % fs_uuid(g.seed))
    g.symlink("/etc/localtime", "/usr/share/zoneinfo/Etc/UTC")  # absolute, dangling in the tree
    g.mkdir("/etc/empty.d")

    for name, uid in USERS:
        home = "/home/" + name
        g.mkdir(home, 0o750)
        g.file(home + "/.bashrc", "export HISTSIZE=1000\nalias ll='ls -l'\n")
        for i in range(4):
            g.file("%s/Documents/report_%d.txt" % (home, i), g.text(20 + 10 * i))
        g.symlink(home + "/latest-report", "Documents/report_3.txt")  # relative
        g.symlink(home + "/docs", home + "/Documents")                # absolute, to a dir

    docs = "/home/alice/Documents"
    g.file(docs + "/Prüfbericht_2024.txt", g.text(15))
    g.file(docs + "/日本語.txt", "こんにちは世界\n" + g.text(5))
    g.file(docs + "/Meeting notes Q3.txt", g.text(8))
    g.file(docs + "/-leading-dash.txt", g.text(3))
    g.file(docs + "/a:b", g.text(2))
    g.file(docs + "/" + "L" * 196 + ".txt", g.text(2))  # 200-byte name (ext4 max is 255)
    g.file(docs + "/empty.txt", b"")
    g.file("/home/bob/Documents/run.sh", "#!/bin/sh\necho lifeboat\n", mode=0o755)

    g.mkdir("/var")
    g.mkdir("/var/log")
    for logname, lines in (("syslog", 400), ("auth.log", 120), ("dpkg.log", 200)):
        out = []
        t = BASE_TIME
        for i in range(lines):
            t += g.rng.getrandbits(8)
            out.append("%d %s[%d]: %s" % (t, host, 100 + g.rng.getrandbits(12), g.text(1, 8).strip()))
        g.file("/var/log/" + logname, "\n".join(out) + "\n", mode=0o640)

    # Bulk data: ~30% of the disk in incompressible files so reads cover
    # many blocks; a sparse file so backup/restore must handle holes.
    budget = max(g.size_mib * MIB * 3 // 10, 64 * 1024)
    big = [budget // 2, budget // 3, budget - budget // 2 - budget // 3]
    for i, size in enumerate(big):
        g.file("/home/alice/Downloads/blob_%d.bin" % i, g.rng.randbytes(size))
    sparse_size = max(g.size_mib * MIB // 4, 256 * 1024)
    g.sparse("/var/lib/app/sparse.db", sparse_size,
             [0, (sparse_size // 2) & ~(BLOCK - 1), sparse_size - BLOCK])

    g.meta["/"] = {"mtime": BASE_TIME, "uid": 0, "gid": 0}


def fs_uuid(seed):
    return str(uuid.uuid5(NS, "fs-%d" % seed))


def hash_seed(seed):
    return str(uuid.uuid5(NS, "hash-%d" % seed))


def apply_mtimes(g):
    # Deepest first, so setting a child's time never disturbs its parent.
    for gpath in sorted(g.meta, key=lambda p: -p.count("/")):
        t = g.meta[gpath]["mtime"]
        os.utime(g.root + gpath if gpath != "/" else g.root, (t, t), follow_symlinks=False)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(MIB), b""):
            h.update(chunk)
    return h.hexdigest()


def manifest_files(g):
    files = {}
    for gpath in sorted(g.meta):
        host = g.root + gpath if gpath != "/" else g.root
        st = os.lstat(host)
        m = g.meta[gpath]
        e = {"type": None, "size": 0, "mode": "%04o" % stat.S_IMODE(st.st_mode),
             "mtime": m["mtime"], "uid": m["uid"], "gid": m["gid"],
             "sha256": None, "link_target": None}
        if stat.S_ISLNK(st.st_mode):
            e["type"] = "symlink"
            e["link_target"] = os.readlink(host)
            e["size"] = len(os.fsencode(e["link_target"]))
        elif stat.S_ISDIR(st.st_mode):
            e["type"] = "dir"
        else:
            e["type"] = "file"
            e["size"] = st.st_size
            e["sha256"] = sha256_file(host)
        files[gpath] = e
    return files


def run(cmd, **kw):
    env = dict(os.environ, E2FSPROGS_FAKE_TIME=str(BASE_TIME), LC_ALL="C", TZ="UTC")
    # Non-root PATHs usually lack the sbin dirs that hold sfdisk/mke2fs/debugfs.
    env["PATH"] = env.get("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin"
    return subprocess.run(cmd, check=True, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, **kw).stdout


def partition(img, size, scheme, seed):
    total = size // 512
    if scheme == "mbr":
        label_id = "0x%08x" % (int(uuid.uuid5(NS, "mbr-%d" % seed)) & 0xFFFFFFFF)
        script = "label: dos\nlabel-id: %s\nunit: sectors\nstart=2048, type=83\n" % label_id
    else:
        script = ("label: gpt\nlabel-id: %s\nunit: sectors\n"
                  "start=2048, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, uuid=%s, name=\"lifeboat-root\"\n"
                  % (uuid.uuid5(NS, "gpt-%d" % seed), uuid.uuid5(NS, "gpt-part-%d" % seed)))
    run(["sfdisk", "--quiet", "--no-reread", "--no-tell-kernel", "--wipe", "never", img],
        input=script.encode())
    pt = json.loads(run(["sfdisk", "--json", img]))["partitiontable"]
    p = pt["partitions"][0]
    start, sectors = p["start"] * 512, p["size"] * 512
    assert start == PART_OFFSET, start
    assert start + sectors <= total * 512
    return start, sectors


def debugfs_walk(dev):
    """Return {guest path: inode number} for everything in the filesystem."""
    out = {}
    todo = [("/", 2)]
    while todo:
        path, ino = todo.pop()
        out[path] = ino
        raw = run(["debugfs", "-R", "ls -p <%d>" % ino, dev])
        for line in raw.split(b"\n"):
            if not line.startswith(b"/"):
                continue
            # /ino/mode/uid/gid/name/size/  -- the name itself cannot hold "/"
            head = line[1:].split(b"/", 4)
            cino, cmode = int(head[0]), int(head[1], 8)
            name = head[4].rsplit(b"/", 2)[0].decode("utf-8", "surrogateescape")
            if name in (".", ".."):
                continue
            cpath = (path.rstrip("/") + "/" + name)
            if stat.S_ISDIR(cmode):
                todo.append((cpath, cino))
            else:
                out[cpath] = cino
    return out


def fix_inodes(dev, g):
    inodes = debugfs_walk(dev)
    cmds = []
    for gpath, ino in sorted(inodes.items(), key=lambda kv: kv[1]):
        m = g.meta.get(gpath, {"mtime": BASE_TIME, "uid": 0, "gid": 0})  # lost+found
        t = m["mtime"]
        for field in ("atime", "mtime", "ctime", "crtime"):
            cmds.append("sif <%d> %s @%d" % (ino, field, t))
            cmds.append("sif <%d> %s_extra 0" % (ino, field))
        cmds.append("sif <%d> uid %d" % (ino, m["uid"]))
        cmds.append("sif <%d> gid %d" % (ino, m["gid"]))
    missing = set(g.meta) - set(inodes)
    if missing:
        raise SystemExit("seed: not in filesystem: %r" % sorted(missing))
    run(["debugfs", "-w", "-f", "-", dev], input=("\n".join(cmds) + "\n").encode())


def descriptor(seed, size, flat_name):
    sectors = size // 512
    # VMware's geometry convention for small lsilogic disks: 64 heads x 32
    # sectors; larger disks use 255 x 63.
    heads, spt = (64, 32) if size <= 1024 * MIB else (255, 63)
    u = uuid.uuid5(NS, "vmdk-%d" % seed)
    cid = "%08x" % (int(u) & 0xFFFFFFFF)
    ddb_uuid = " ".join("%02x" % b for b in u.bytes)
    return ("# Disk DescriptorFile\n"
            "version=1\n"
            'encoding="UTF-8"\n'
            "CID=%s\n"
            "parentCID=ffffffff\n"
            'createType="monolithicFlat"\n'
            "\n"
            "# Extent description\n"
            'RW %d FLAT "%s" 0\n'
            "\n"
            "# The Disk Data Base\n"
            "#DDB\n"
            "\n"
            'ddb.adapterType = "lsilogic"\n'
            'ddb.geometry.cylinders = "%d"\n'
            'ddb.geometry.heads = "%d"\n'
            'ddb.geometry.sectors = "%d"\n'
            'ddb.uuid = "%s"\n'
            'ddb.virtualHWVersion = "13"\n'
            % (cid, sectors, flat_name, sectors // (heads * spt), heads, spt, ddb_uuid))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size-mib", type=int, default=24)
    ap.add_argument("--out", required=True)
    ap.add_argument("--flat-name", default="disk-flat.vmdk", help="extent file name written into disk.vmdk")
    ap.add_argument("--scheme", choices=("mbr", "gpt"), help="default: mbr for even seeds, gpt for odd")
    a = ap.parse_args()
    if a.size_mib < 8:
        ap.error("--size-mib must be >= 8")
    scheme = a.scheme or ("mbr" if a.seed % 2 == 0 else "gpt")

    out = os.path.abspath(a.out)
    tree = os.path.join(out, "tree")
    img = os.path.join(out, "disk.img")
    shutil.rmtree(tree, ignore_errors=True)
    os.makedirs(tree)
    os.umask(0o022)

    g = Gen(a.seed, a.size_mib, tree)
    build_tree(g)
    apply_mtimes(g)
    files = manifest_files(g)

    size = a.size_mib * MIB
    if os.path.exists(img):
        os.unlink(img)
    with open(img, "wb") as f:
        f.truncate(size)  # sparse: only what sfdisk/mke2fs write gets allocated
    start, part_bytes = partition(img, size, scheme, a.seed)
    blocks = part_bytes // BLOCK
    run(["mke2fs", "-q", "-F", "-t", "ext4", "-b", str(BLOCK), "-L", "lifeboat",
         "-d", tree, "-U", fs_uuid(a.seed),
         "-E", "offset=%d,hash_seed=%s,root_owner=0:0,lazy_itable_init=0,nodiscard"
         % (start, hash_seed(a.seed)),
         img, str(blocks)])
    dev = "%s?offset=%d" % (img, start)
    fix_inodes(dev, g)
    run(["e2fsck", "-fn", dev])  # the rewritten inodes must still be a clean fs

    with open(os.path.join(out, "disk.vmdk"), "w") as f:
        f.write(descriptor(a.seed, size, a.flat_name))

    manifest = {
        "format": 1,
        "seed": a.seed,
        "size_mib": a.size_mib,
        "image": "disk.img",
        "image_sha256": sha256_file(img),
        "image_size": size,
        "descriptor": "disk.vmdk",
        "flat_name": a.flat_name,
        "scheme": scheme,
        "partition_offset": start,
        "partition_size": part_bytes,
        "fs_type": "ext4",
        "fs_uuid": fs_uuid(a.seed),
        "fs_block_size": BLOCK,
        "files": files,
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: manifest[k] for k in ("image_sha256", "image_size", "scheme", "partition_offset")}))


if __name__ == "__main__":
    try:
        main()
    except subprocess.CalledProcessError as e:
        sys.stderr.write("seed: %s failed (%d): %s\n" % (e.cmd[0], e.returncode,
                                                          (e.stderr or b"").decode(errors="replace")))
        sys.exit(1)
