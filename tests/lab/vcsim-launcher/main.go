// Command vcsim-launcher runs the govmomi vCenter simulator (vcsim 0.24.2, as
// shipped by Debian) for the Lifeboat test lab. It fills the gaps of a bare
// simulator.VPX() that matter for a backup console's tests:
//
//   - HTTPS with a caller-supplied certificate, because vcsim's built-in test
//     certificate is 1024-bit RSA and OpenSSL 3 refuses to verify it;
//   - strict credentials (Service.Listen.User), because vcsim otherwise
//     accepts any non-empty user/password pair;
//   - cleanup on SIGTERM/SIGINT, because the model's per-datastore temporary
//     directories are only removed by Model.Remove();
//   - disk capacities that match the flat files the lab uploads (-disk-mib),
//     because the model's disks claim 1 MiB while their files are 0 bytes;
//   - one machine-readable JSON line on stdout describing the instance, so the
//     lab script does not have to scrape inventory over SOAP;
//   - optionally slow datastore reads (throttle.go, -read-kibps), so tests can
//     freeze or kill the lab while a backup is reading a disk;
//   - more accounts that can sign in (users.go, -extra-users), because
//     Service.Listen.User holds only one;
//   - tenant VM folders (tenants.go, -tenant-folders, -tenant-vms): the model
//     has every VM directly in the vmFolder;
//   - changed-block tracking (cbt.go), because vcsim has none
//     (QueryChangedDiskAreas is MethodNotFound, disks get no changeId) and an
//     incremental backup cannot be tested without it: with
//     config.changeTrackingEnabled set, CreateSnapshot_Task records a 64 KiB
//     block map of each disk's -flat.vmdk under a new backing.changeId
//     ("52 8f … a1/3") on the snapshot's and the VM's disks, and
//     QueryChangedDiskAreas returns the blocks that differ between a snapshot
//     and an earlier change id ("*": all non-zero blocks).
//
// Build (GOPATH mode, no network):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o vcsim-launcher .
package main

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/vmware/govmomi/simulator"
	_ "github.com/vmware/govmomi/vapi/simulator" // registers /rest (session, tagging, content library)
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

type diskInfo struct {
	Key        int32  `json:"key"`
	File       string `json:"file"`
	CapacityKB int64  `json:"capacity_kb"`
}

type vmInfo struct {
	Name       string     `json:"name"`
	Moref      string     `json:"moref"`
	Datacenter string     `json:"datacenter"`
	Vmx        string     `json:"vmx"`
	Folder     string     `json:"folder_moref"` // nearest Folder up the parent chain
	Disks      []diskInfo `json:"disks"`
}

type startInfo struct {
	URL           string   `json:"url"`
	Thumbprint    string   `json:"thumbprint_sha256"`
	Pid           int      `json:"pid"`
	User          string   `json:"user,omitempty"`
	DatastoreDirs []string `json:"datastore_dirs"`
	VMs           []vmInfo `json:"vms"`
	// Tenants lists the -tenant-folders folders ([] without the flag).
	Tenants []tenantFolder `json:"tenant_folders"`
}

func main() {
	log.SetPrefix("vcsim-launcher: ")
	listen := flag.String("listen", "127.0.0.1:0", "host:port to listen on (port 0 = pick a free one)")
	user := flag.String("user", "", "the only user name Login accepts (empty = vcsim default: any non-empty pair)")
	password := flag.String("password", "", "the only password Login accepts (with -user)")
	certFile := flag.String("cert", "", "PEM certificate for HTTPS (with -key); empty = plain http")
	keyFile := flag.String("key", "", "PEM private key for HTTPS")
	datacenters := flag.Int("datacenters", 1, "datacenters")
	hosts := flag.Int("hosts", 1, "standalone hosts per datacenter")
	clusters := flag.Int("clusters", 1, "clusters per datacenter")
	clusterHosts := flag.Int("cluster-hosts", 2, "hosts per cluster")
	vms := flag.Int("vms", 2, "VMs per standalone host and per resource pool")
	vapps := flag.Int("vapps", 1, "vApps per cluster")
	diskMiB := flag.Int64("disk-mib", 0, "if > 0, set every model VM disk's capacity to this many MiB")
	readKiBps := flag.Int64("read-kibps", 0, "if > 0, serve datastore reads (GET /folder) at most this fast, per request")
	rest := flag.Bool("rest", false, "enable the vAPI REST endpoints (/rest: session, tagging, content library)")
	extraUsersFile := flag.String("extra-users", "", "`FILE` of more accounts Login accepts (with -user): one user:password a line, split at the first ':'")
	tenantList := flag.String("tenant-folders", "", "comma-separated tenants a,b: create folders Tenants/tenant-a, Tenants/tenant-b in the first datacenter's vmFolder")
	tenantVMs := flag.Int("tenant-vms", -1, "with -tenant-folders: move VM i of the first N VMs (moref order) into tenant folder i mod #tenants (-1 = all VMs)")
	flag.Parse()

	if (*certFile == "") != (*keyFile == "") {
		log.Fatal("-cert and -key must be given together")
	}
	if (*user == "") != (*password == "") {
		log.Fatal("-user and -password must be given together")
	}
	var extra map[string]string
	if *extraUsersFile != "" {
		if *user == "" {
			log.Fatal("-extra-users needs -user/-password")
		}
		var err error
		if extra, err = readExtraUsers(*extraUsersFile, *user); err != nil {
			log.Fatalf("-extra-users: %v", err)
		}
	}
	tenantNames, err := parseTenantNames(*tenantList)
	if err != nil {
		log.Fatal(err)
	}

	m := simulator.VPX()
	m.Datacenter = *datacenters
	m.Host = *hosts
	m.Cluster = *clusters
	m.ClusterHost = *clusterHosts
	m.Machine = *vms
	m.App = *vapps

	if err := m.Create(); err != nil {
		m.Remove()
		log.Fatalf("model create: %v", err)
	}
	// From here on every exit path must call m.Remove(), or the datastore
	// temp dirs leak into /tmp.
	fail := func(format string, args ...interface{}) {
		m.Remove()
		log.Fatalf(format, args...)
	}

	if *diskMiB > 0 {
		resizeDisks(*diskMiB)
	}
	tenants, err := makeTenantFolders(tenantNames, listVMs(), *tenantVMs)
	if err != nil {
		fail("tenant folders: %v", err)
	}

	m.Service.Listen = &url.URL{Host: *listen}
	if *user != "" {
		m.Service.Listen.User = url.UserPassword(*user, *password)
	}
	m.Service.RegisterEndpoints = *rest

	var thumb string
	if *certFile != "" {
		kp, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			fail("load cert/key: %v", err)
		}
		m.Service.TLS = &tls.Config{Certificates: []tls.Certificate{kp}}
		thumb = fingerprint(kp.Certificate[0])
	}

	s := m.Service.NewServer()
	// Extra users, throttling and CBT (outermost first) sit in front of vcsim's
	// handler. NewServer starts serving before it returns and has no hook for
	// a wrapper, so the handler is swapped here, before the JSON line below
	// tells anyone the URL. (Only a client probing a fixed -listen port within
	// these microseconds could get around it.)
	s.Config.Handler = newExtraUsers(newThrottledReads(newCBTTracker(s.Config.Handler), *readKiBps),
		*user, *password, extra)

	// The server URL carries the credentials as userinfo; clients get them
	// separately, so strip them from what we publish.
	u := *s.URL
	u.User = nil

	info := startInfo{
		URL:           u.String(),
		Thumbprint:    thumb,
		Pid:           os.Getpid(),
		User:          *user,
		DatastoreDirs: datastoreDirs(),
		VMs:           listVMs(),
		Tenants:       tenants,
	}
	line, err := json.Marshal(info)
	if err != nil {
		s.Close()
		fail("marshal: %v", err)
	}
	fmt.Println(string(line))

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	got := <-sig
	log.Printf("got %v, shutting down", got)
	s.Close()
	m.Remove()
}

// fingerprint formats like `openssl x509 -fingerprint -sha256` (uppercase,
// colon-separated) so tests can compare the strings directly.
func fingerprint(der []byte) string {
	sum := sha256.Sum256(der)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

func datastoreDirs() []string {
	var dirs []string
	seen := map[string]bool{}
	for _, e := range simulator.Map.All("Datastore") {
		ds, ok := e.(*simulator.Datastore)
		if !ok {
			continue
		}
		dir := ds.Info.GetDatastoreInfo().Url
		if !seen[dir] {
			seen[dir] = true
			dirs = append(dirs, dir)
		}
	}
	sort.Strings(dirs)
	return dirs
}

func resizeDisks(mib int64) {
	for _, e := range simulator.Map.All("VirtualMachine") {
		vm, ok := e.(*simulator.VirtualMachine)
		if !ok || vm.Config == nil {
			continue
		}
		for _, dev := range vm.Config.Hardware.Device {
			if d, ok := dev.(*types.VirtualDisk); ok {
				d.CapacityInKB = mib * 1024
				d.CapacityInBytes = mib * 1024 * 1024
			}
		}
	}
}

// datacenterOf walks up the parent chain; the VM's datacenter is what a
// /folder URL needs as dcPath.
func datacenterOf(ref *types.ManagedObjectReference) string {
	for ref != nil {
		obj := simulator.Map.Get(*ref)
		if obj == nil {
			return ""
		}
		if dc, ok := obj.(*simulator.Datacenter); ok {
			return dc.Name
		}
		e, ok := obj.(mo.Entity)
		if !ok {
			return ""
		}
		ref = e.Entity().Parent
	}
	return ""
}

func morefNum(v string) int {
	n, err := strconv.Atoi(strings.TrimPrefix(v, "vm-"))
	if err != nil {
		return 1 << 30
	}
	return n
}

func listVMs() []vmInfo {
	out := []vmInfo{}
	for _, e := range simulator.Map.All("VirtualMachine") {
		vm, ok := e.(*simulator.VirtualMachine)
		if !ok || vm.Config == nil {
			continue
		}
		v := vmInfo{
			Name:       vm.Name,
			Moref:      vm.Self.Value,
			Datacenter: datacenterOf(vm.Parent),
			Vmx:        vm.Config.Files.VmPathName,
			Folder:     folderOf(vm.Parent),
			Disks:      []diskInfo{},
		}
		// vApp VMs have a vApp, not a folder, as parent; their datacenter is
		// reached through the resource pool.
		if v.Datacenter == "" && vm.ResourcePool != nil {
			v.Datacenter = datacenterOf(vm.ResourcePool)
		}
		for _, dev := range vm.Config.Hardware.Device {
			d, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			di := diskInfo{Key: d.Key, CapacityKB: d.CapacityInKB}
			if b, ok := d.Backing.(types.BaseVirtualDeviceFileBackingInfo); ok {
				di.File = b.GetVirtualDeviceFileBackingInfo().FileName
			}
			v.Disks = append(v.Disks, di)
		}
		out = append(out, v)
	}
	// Creation order (moref number) is stable for a given model, unlike Map
	// iteration order; the lab's "VM index" relies on it.
	sort.Slice(out, func(i, j int) bool { return morefNum(out[i].Moref) < morefNum(out[j].Moref) })
	return out
}
