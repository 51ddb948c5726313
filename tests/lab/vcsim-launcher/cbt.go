package main

// Changed-block tracking (CBT) for vcsim, which has none: QueryChangedDiskAreas
// answers MethodNotFound and disks never get a backing.changeId.
//
// cbtTracker is an http.Handler in front of vcsim's own. It looks at POSTs to
// the SOAP endpoint and passes everything else through untouched:
//
//   - CreateSnapshot_Task on a VM with config.changeTrackingEnabled=true: before
//     vcsim takes the snapshot, every flat-backed VirtualDisk's -flat.vmdk is
//     read and a block map (one hash per 64 KiB block, zero blocks flagged) is
//     recorded under a new change id "<epoch>/<sequence>". Once the snapshot
//     exists, its config.hardware.device disks (copied, so they are no longer
//     shared with the VM) and the VM's current disks carry that change id as
//     backing.changeId, as on real vSphere.
//   - QueryChangedDiskAreas(vm, snapshot, deviceKey, startOffset, changeId) is
//     answered here: the 64 KiB blocks that differ between the snapshot's map
//     and changeId's map ("*": all non-zero blocks), merged and clipped.
//   - ReconfigVM_Task that leaves change tracking off forgets the VM's change
//     ids, so old ones are rejected afterwards (real vSphere deletes the
//     disks' ctk files and starts a new epoch).
//
// vcsim snapshots do not freeze the disk (no delta disks), so a snapshot's
// content is the flat file as it was when CreateSnapshot_Task arrived.

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"io"
	"io/ioutil"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"

	stdxml "encoding/xml"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vim25/xml"
)

const cbtBlockSize = 64 << 10

// blockMap is the content of one disk at one change id.
type blockMap struct {
	capacity int64
	zero     []bool
	sums     [][16]byte // truncated SHA-256; unset for zero blocks
}

type diskID struct {
	vm  string // VirtualMachine moref value
	key int32  // device key
}

type mapKey struct {
	disk     diskID
	changeID string
}

type epoch struct {
	id  string
	seq int
}

type cbtTracker struct {
	inner http.Handler

	// snapMu serialises the interceptions that change tracking state
	// (CreateSnapshot_Task, ReconfigVM_Task), so a snapshot's recorded map and
	// change id always belong together.
	snapMu sync.Mutex

	mu     sync.Mutex // guards the maps below
	epochs map[diskID]*epoch
	maps   map[mapKey]*blockMap
	snaps  map[string]snapIDs // by snapshot moref value
}

// snapIDs are the change ids a snapshot's disks got.
type snapIDs struct {
	vm  string
	ids map[int32]string // device key -> change id
}

func newCBTTracker(inner http.Handler) *cbtTracker {
	return &cbtTracker{
		inner:  inner,
		epochs: map[diskID]*epoch{},
		maps:   map[mapKey]*blockMap{},
		snaps:  map[string]snapIDs{},
	}
}

// isSDKPath: vcsim serves vim25 SOAP on both.
func isSDKPath(p string) bool { return p == "/sdk" || p == "/sdk/vimService" }

func (t *cbtTracker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !isSDKPath(r.URL.Path) {
		t.inner.ServeHTTP(w, r)
		return
	}
	body, err := ioutil.ReadAll(r.Body)
	_ = r.Body.Close()
	if err != nil {
		w.WriteHeader(http.StatusBadRequest) // what vcsim does
		return
	}
	r.Body = ioutil.NopCloser(bytes.NewReader(body))

	// Only decode what might be ours; a body vcsim cannot decode either is
	// left to vcsim's own fault.
	if !bytes.Contains(body, []byte("CreateSnapshot_Task")) &&
		!bytes.Contains(body, []byte("QueryChangedDiskAreas")) &&
		!bytes.Contains(body, []byte("ReconfigVM_Task")) {
		t.inner.ServeHTTP(w, r)
		return
	}
	method, err := simulator.UnmarshalBody(types.TypeFunc(), body)
	if err != nil {
		t.inner.ServeHTTP(w, r)
		return
	}
	switch req := method.Body.(type) {
	case *types.CreateSnapshot_Task:
		t.createSnapshot(w, r, req)
	case *types.QueryChangedDiskAreas:
		t.queryChangedDiskAreas(w, r, req)
	case *types.ReconfigVM_Task:
		t.reconfigVM(w, r, req)
	default:
		t.inner.ServeHTTP(w, r)
	}
}

// ------------------------------------------------------ CreateSnapshot ---

type trackedDisk struct {
	key      int32
	fileName string // "[ds] dir/disk1.vmdk"
	capacity int64  // bytes
}

// cbtState reads, under the VM's lock, whether change tracking is on and
// which disks it covers (flat-backed VirtualDisks: only those have a
// -flat.vmdk to read).
func cbtState(vm *simulator.VirtualMachine) (enabled bool, disks []trackedDisk, datastores []types.ManagedObjectReference) {
	simulator.Map.WithLock(vm, func() {
		if vm.Config == nil {
			return
		}
		enabled = vm.Config.ChangeTrackingEnabled != nil && *vm.Config.ChangeTrackingEnabled
		for _, dev := range vm.Config.Hardware.Device {
			d, ok := dev.(*types.VirtualDisk)
			if !ok {
				continue
			}
			b, ok := d.Backing.(*types.VirtualDiskFlatVer2BackingInfo)
			if !ok {
				continue
			}
			capacity := d.CapacityInBytes
			if capacity <= 0 {
				capacity = d.CapacityInKB * 1024
			}
			disks = append(disks, trackedDisk{key: d.Key, fileName: b.FileName, capacity: capacity})
		}
		datastores = append(datastores, vm.Datastore...)
	})
	return enabled, disks, datastores
}

// flatFile maps "[ds] dir/x.vmdk" to the local path of dir/x-flat.vmdk in the
// datastore's directory.
func flatFile(fileName string, vmDatastores []types.ManagedObjectReference) (string, error) {
	var p object.DatastorePath
	if !p.FromString(fileName) || p.Path == "" {
		return "", fmt.Errorf("not a datastore path: %q", fileName)
	}
	var ds *simulator.Datastore
	if e, ok := simulator.Map.FindByName(p.Datastore, vmDatastores).(*simulator.Datastore); ok {
		ds = e
	} else {
		for _, e := range simulator.Map.All("Datastore") {
			if d, ok := e.(*simulator.Datastore); ok && d.Name == p.Datastore {
				ds = d
				break
			}
		}
	}
	if ds == nil {
		return "", fmt.Errorf("datastore %q not found", p.Datastore)
	}
	rel := filepath.Clean(filepath.FromSlash(p.Path))
	if rel == ".." || strings.HasPrefix(rel, "../") || filepath.IsAbs(rel) {
		return "", fmt.Errorf("disk path %q leaves the datastore", fileName)
	}
	if !strings.HasSuffix(rel, "-flat.vmdk") {
		rel = strings.TrimSuffix(rel, ".vmdk") + "-flat.vmdk"
	}
	return filepath.Join(ds.Info.GetDatastoreInfo().Url, rel), nil
}

// readBlockMap hashes the first capacity bytes of path in 64 KiB blocks. A
// missing or short file reads as zeros (the model's unseeded disks are 0-byte
// files).
func readBlockMap(path string, capacity int64) (*blockMap, error) {
	n := (capacity + cbtBlockSize - 1) / cbtBlockSize
	bm := &blockMap{capacity: capacity, zero: make([]bool, n), sums: make([][16]byte, n)}
	for i := range bm.zero {
		bm.zero[i] = true
	}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return bm, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()

	buf := make([]byte, cbtBlockSize)
	zeros := make([]byte, cbtBlockSize)
	for i := int64(0); i < n; i++ {
		want := capacity - i*cbtBlockSize
		if want > cbtBlockSize {
			want = cbtBlockSize
		}
		got, err := io.ReadFull(f, buf[:want])
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return nil, err
		}
		block := buf[:got]
		if !bytes.Equal(block, zeros[:got]) {
			copy(buf[got:want], zeros) // a short last read: the rest is zeros
			sum := sha256.Sum256(buf[:want])
			bm.zero[i] = false
			copy(bm.sums[i][:], sum[:])
		}
		if eof {
			break
		}
	}
	return bm, nil
}

// newEpochID returns 16 random bytes in vSphere's change id style,
// "52 8f 3c 1a 0b 9d 44 e2-a1 07 5c 33 d8 6e 0f 91".
func newEpochID() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	b[0] = 0x52
	hex := func(p []byte) string {
		s := make([]string, len(p))
		for i, c := range p {
			s[i] = fmt.Sprintf("%02x", c)
		}
		return strings.Join(s, " ")
	}
	return hex(b[:8]) + "-" + hex(b[8:])
}

func (t *cbtTracker) createSnapshot(w http.ResponseWriter, r *http.Request, req *types.CreateSnapshot_Task) {
	vm, ok := simulator.Map.Get(req.This).(*simulator.VirtualMachine)
	if !ok {
		t.inner.ServeHTTP(w, r)
		return
	}
	t.snapMu.Lock()
	defer t.snapMu.Unlock()

	enabled, disks, datastores := cbtState(vm)
	if !enabled || len(disks) == 0 {
		t.inner.ServeHTTP(w, r)
		return
	}
	maps := make([]*blockMap, len(disks))
	for i, d := range disks {
		path, err := flatFile(d.fileName, datastores)
		if err == nil {
			maps[i], err = readBlockMap(path, d.capacity)
		}
		if err != nil {
			msg := fmt.Sprintf("change tracking: cannot read disk %d (%s) of %s: %v", d.key, d.fileName, req.This.Value, err)
			writeSOAP(w, nil, simulator.Fault(msg, &types.FileFault{File: d.fileName}))
			return
		}
	}

	// Buffer vcsim's answer: the change ids must be in place before the
	// client can see the snapshot.
	rec := newRecorder()
	t.inner.ServeHTTP(rec, r)
	if snap, ok := createdSnapshot(rec); ok {
		t.record(vm, snap, disks, maps)
	}
	rec.copyTo(w)
}

// createdSnapshot returns the snapshot made by a successful
// CreateSnapshot_Task reply (vcsim runs tasks synchronously).
func createdSnapshot(rec *recorder) (types.ManagedObjectReference, bool) {
	var none types.ManagedObjectReference
	if rec.code != http.StatusOK {
		return none, false
	}
	var env struct {
		Task struct {
			Type  string `xml:"type,attr"`
			Value string `xml:",chardata"`
		} `xml:"Body>CreateSnapshot_TaskResponse>returnval"`
	}
	if err := stdxml.Unmarshal(rec.body.Bytes(), &env); err != nil || env.Task.Type != "Task" {
		return none, false
	}
	task, ok := simulator.Map.Get(types.ManagedObjectReference{Type: "Task", Value: env.Task.Value}).(*simulator.Task)
	if !ok {
		return none, false
	}
	var snap types.ManagedObjectReference
	simulator.Map.WithLock(task, func() {
		if task.Info.State == types.TaskInfoStateSuccess {
			snap, ok = task.Info.Result.(types.ManagedObjectReference)
		} else {
			ok = false
		}
	})
	return snap, ok
}

func (t *cbtTracker) record(vm *simulator.VirtualMachine, snap types.ManagedObjectReference, disks []trackedDisk, maps []*blockMap) {
	ids := map[int32]string{}
	t.mu.Lock()
	for i, d := range disks {
		k := diskID{vm.Self.Value, d.key}
		e := t.epochs[k]
		if e == nil {
			e = &epoch{id: newEpochID()}
			t.epochs[k] = e
		}
		e.seq++
		id := fmt.Sprintf("%s/%d", e.id, e.seq)
		t.maps[mapKey{k, id}] = maps[i]
		ids[d.key] = id
	}
	t.snaps[snap.Value] = snapIDs{vm: vm.Self.Value, ids: ids}
	t.mu.Unlock()

	// CreateSnapshotTask copies vm.Config shallowly, so the snapshot and the
	// VM (and any earlier snapshot) share one device slice and the device
	// structs in it. Both get fresh slices whose disks are copies carrying
	// the new change id; other devices stay shared.
	if s, ok := simulator.Map.Get(snap).(*simulator.VirtualMachineSnapshot); ok {
		simulator.Map.WithLock(s, func() {
			simulator.Map.Update(s, []types.PropertyChange{
				{Name: "config.hardware.device", Val: withChangeIDs(s.Config.Hardware.Device, ids)},
			})
		})
	}
	simulator.Map.WithLock(vm, func() {
		if vm.Config == nil {
			return
		}
		simulator.Map.Update(vm, []types.PropertyChange{
			{Name: "config.hardware.device", Val: withChangeIDs(vm.Config.Hardware.Device, ids)},
		})
	})
}

// withChangeIDs returns a new device list in which the disks named in ids are
// copies (device and backing) with backing.changeId set.
func withChangeIDs(devices []types.BaseVirtualDevice, ids map[int32]string) []types.BaseVirtualDevice {
	out := make([]types.BaseVirtualDevice, len(devices))
	for i, dev := range devices {
		out[i] = dev
		d, ok := dev.(*types.VirtualDisk)
		if !ok {
			continue
		}
		id, ok := ids[d.Key]
		if !ok {
			continue
		}
		b, ok := d.Backing.(*types.VirtualDiskFlatVer2BackingInfo)
		if !ok {
			continue
		}
		nd, nb := *d, *b
		nb.ChangeId = id
		nd.Backing = &nb
		out[i] = &nd
	}
	return out
}

// --------------------------------------------------------- ReconfigVM ---

func (t *cbtTracker) reconfigVM(w http.ResponseWriter, r *http.Request, req *types.ReconfigVM_Task) {
	vm, ok := simulator.Map.Get(req.This).(*simulator.VirtualMachine)
	if !ok || req.Spec.ChangeTrackingEnabled == nil || *req.Spec.ChangeTrackingEnabled {
		t.inner.ServeHTTP(w, r)
		return
	}
	t.snapMu.Lock()
	defer t.snapMu.Unlock()
	rec := newRecorder()
	t.inner.ServeHTTP(rec, r)
	if enabled, _, _ := cbtState(vm); !enabled {
		t.forget(vm.Self.Value)
	}
	rec.copyTo(w)
}

// forget drops a VM's epochs and maps: its old change ids become unknown, and
// the next snapshot with tracking on starts a new epoch.
func (t *cbtTracker) forget(vm string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for k := range t.epochs {
		if k.vm == vm {
			delete(t.epochs, k)
		}
	}
	for k := range t.maps {
		if k.disk.vm == vm {
			delete(t.maps, k)
		}
	}
	for s, ids := range t.snaps {
		if ids.vm == vm {
			delete(t.snaps, s)
		}
	}
}

// ---------------------------------------------- QueryChangedDiskAreas ---

var changeIDPattern = regexp.MustCompile(`^[^/]+/[0-9]+$`)

func (t *cbtTracker) queryChangedDiskAreas(w http.ResponseWriter, r *http.Request, req *types.QueryChangedDiskAreas) {
	if !t.authenticated(r) {
		// The fault vcsim gives any method called without a session (its
		// faultstring is empty; this is real vCenter's).
		writeSOAP(w, nil, simulator.Fault("The session is not authenticated.", &types.NotAuthenticated{
			NoPermission: types.NoPermission{Object: req.This, PrivilegeId: "System.View"},
		}))
		return
	}
	info, fault := t.changedAreas(req)
	if fault != nil {
		writeSOAP(w, nil, fault)
		return
	}
	writeSOAP(w, &types.QueryChangedDiskAreasResponse{Returnval: *info}, nil)
}

// authenticated asks vcsim itself whether the request's session cookie is
// valid (known, not expired), by replaying the cookie on a CurrentTime call,
// which vcsim refuses without a session.
func (t *cbtTracker) authenticated(r *http.Request) bool {
	if _, err := r.Cookie(soap.SessionCookieName); err != nil {
		return false
	}
	const probe = `<?xml version="1.0" encoding="UTF-8"?>` +
		`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>` +
		`<CurrentTime xmlns="urn:vim25"><_this type="ServiceInstance">ServiceInstance</_this></CurrentTime>` +
		`</soapenv:Body></soapenv:Envelope>`
	sub, err := http.NewRequest(http.MethodPost, r.URL.Path, strings.NewReader(probe))
	if err != nil {
		return false
	}
	sub = sub.WithContext(r.Context())
	sub.RemoteAddr = r.RemoteAddr
	sub.Header.Set("Content-Type", `text/xml; charset="utf-8"`)
	sub.Header["Cookie"] = r.Header["Cookie"]
	rec := newRecorder()
	t.inner.ServeHTTP(rec, sub)
	return rec.code == http.StatusOK
}

func (t *cbtTracker) changedAreas(req *types.QueryChangedDiskAreas) (*types.DiskChangeInfo, *soap.Fault) {
	vm, ok := simulator.Map.Get(req.This).(*simulator.VirtualMachine)
	if !ok {
		return nil, simulator.Fault(fmt.Sprintf("managed object not found: %s", req.This),
			&types.ManagedObjectNotFound{Obj: req.This})
	}
	if req.Snapshot == nil {
		return nil, simulator.Fault("snapshot is required: this simulator only compares snapshots",
			&types.InvalidArgument{InvalidProperty: "snapshot"})
	}
	snap, ok := simulator.Map.Get(*req.Snapshot).(*simulator.VirtualMachineSnapshot)
	var disk *types.VirtualDisk
	if ok {
		simulator.Map.WithLock(snap, func() {
			ok = snap.Vm == vm.Self
			for _, dev := range snap.Config.Hardware.Device {
				if d, isDisk := dev.(*types.VirtualDisk); isDisk && d.Key == req.DeviceKey {
					disk = d
				}
			}
		})
	}
	if !ok {
		return nil, simulator.Fault(fmt.Sprintf("managed object not found: %s", *req.Snapshot),
			&types.ManagedObjectNotFound{Obj: *req.Snapshot})
	}

	fileName := ""
	if disk != nil {
		if b, ok := disk.Backing.(types.BaseVirtualDeviceFileBackingInfo); ok {
			fileName = b.GetVirtualDeviceFileBackingInfo().FileName
		}
	}
	if enabled, _, _ := cbtState(vm); !enabled {
		return nil, simulator.Fault(fmt.Sprintf("Change tracking is not active on the disk: config.changeTrackingEnabled is not true for %s", vm.Self.Value),
			&types.FileFault{File: fileName})
	}
	if disk == nil {
		return nil, simulator.Fault(fmt.Sprintf("deviceKey %d is not a virtual disk of %s", req.DeviceKey, req.Snapshot.Value),
			&types.InvalidArgument{InvalidProperty: "deviceKey"})
	}

	k := diskID{vm.Self.Value, req.DeviceKey}
	t.mu.Lock()
	curID := t.snaps[req.Snapshot.Value].ids[req.DeviceKey]
	cur := t.maps[mapKey{k, curID}]
	base := t.maps[mapKey{k, req.ChangeId}]
	t.mu.Unlock()

	if cur == nil {
		return nil, simulator.Fault(fmt.Sprintf("Change tracking is not active on the disk: %s was taken while change tracking was off", req.Snapshot.Value),
			&types.FileFault{File: fileName})
	}
	if req.ChangeId != "*" {
		if !changeIDPattern.MatchString(req.ChangeId) {
			return nil, simulator.Fault(fmt.Sprintf("changeId %q is malformed (want \"*\" or \"<epoch>/<sequence>\")", req.ChangeId),
				&types.InvalidArgument{InvalidProperty: "changeId"})
		}
		if base == nil {
			return nil, simulator.Fault(fmt.Sprintf("changeId %q is not valid for disk %d of %s (another epoch, or change tracking was reset): read the whole disk", req.ChangeId, req.DeviceKey, vm.Self.Value),
				&types.FileFault{File: fileName})
		}
	}
	if req.StartOffset < 0 || req.StartOffset >= cur.capacity {
		return nil, simulator.Fault(fmt.Sprintf("startOffset %d is outside the disk (capacity %d bytes)", req.StartOffset, cur.capacity),
			&types.InvalidArgument{InvalidProperty: "startOffset"})
	}
	return &types.DiskChangeInfo{
		StartOffset: req.StartOffset,
		Length:      cur.capacity - req.StartOffset,
		ChangedArea: changedExtents(cur, base, req.StartOffset),
	}, nil
}

// changedExtents lists, from start on, the blocks of cur that differ from
// base (base nil: the non-zero blocks), merged, clipped to [start, capacity).
func changedExtents(cur, base *blockMap, start int64) []types.DiskChangeExtent {
	changed := func(i int) bool {
		if base == nil || i >= len(base.zero) {
			return !cur.zero[i]
		}
		return cur.zero[i] != base.zero[i] || cur.sums[i] != base.sums[i]
	}
	var out []types.DiskChangeExtent
	for i := int(start / cbtBlockSize); i < len(cur.zero); i++ {
		if !changed(i) {
			continue
		}
		s, e := int64(i)*cbtBlockSize, int64(i+1)*cbtBlockSize
		if s < start {
			s = start
		}
		if e > cur.capacity {
			e = cur.capacity
		}
		if n := len(out); n > 0 && out[n-1].Start+out[n-1].Length == s {
			out[n-1].Length += e - s
		} else {
			out = append(out, types.DiskChangeExtent{Start: s, Length: e - s})
		}
	}
	return out
}

// ------------------------------------------------------------ SOAP out ---

// The envelope and fault shapes below copy simulator.go's (unexported)
// soapEnvelope/soapFault/faultDetail, so our replies look like vcsim's.
type soapEnvelope struct {
	XMLName xml.Name    `xml:"soapenv:Envelope"`
	Enc     string      `xml:"xmlns:soapenc,attr"`
	Env     string      `xml:"xmlns:soapenv,attr"`
	XSD     string      `xml:"xmlns:xsd,attr"`
	XSI     string      `xml:"xmlns:xsi,attr"`
	Body    interface{} `xml:"soapenv:Body"`
}

type faultDetail struct {
	Fault types.AnyType
}

// MarshalXML names the detail element "${Type}Fault" with xsi:type=Type.
func (d *faultDetail) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	kind := reflect.TypeOf(d.Fault).Elem().Name()
	start.Name.Local = kind + "Fault"
	start.Attr = append(start.Attr,
		xml.Attr{Name: xml.Name{Local: "xmlns"}, Value: "urn:vim25"},
		xml.Attr{Name: xml.Name{Local: "xsi:type"}, Value: kind})
	return e.EncodeElement(d.Fault, start)
}

type soapFault struct {
	XMLName xml.Name `xml:"soapenv:Fault"`
	Code    string   `xml:"faultcode"`
	String  string   `xml:"faultstring"`
	Detail  struct {
		Fault *faultDetail
	} `xml:"detail"`
}

type qcdaBody struct {
	Res *types.QueryChangedDiskAreasResponse `xml:"urn:vim25 QueryChangedDiskAreasResponse"`
}

// writeSOAP writes res (HTTP 200) or, if f is set, the fault (HTTP 500).
func writeSOAP(w http.ResponseWriter, res *types.QueryChangedDiskAreasResponse, f *soap.Fault) {
	var body interface{} = qcdaBody{res}
	code := http.StatusOK
	if f != nil {
		sf := &soapFault{Code: f.Code, String: f.String}
		sf.Detail.Fault = &faultDetail{f.Detail.Fault}
		body = struct{ Fault *soapFault }{sf}
		code = http.StatusInternalServerError
	}
	var out bytes.Buffer
	out.WriteString(xml.Header)
	e := xml.NewEncoder(&out)
	err := e.Encode(&soapEnvelope{
		Enc:  "http://schemas.xmlsoap.org/soap/encoding/",
		Env:  "http://schemas.xmlsoap.org/soap/envelope/",
		XSD:  "http://www.w3.org/2001/XMLSchema",
		XSI:  "http://www.w3.org/2001/XMLSchema-instance",
		Body: body,
	})
	if err == nil {
		err = e.Flush()
	}
	if err != nil {
		http.Error(w, "encoding SOAP reply: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(code)
	_, _ = w.Write(out.Bytes())
}

// recorder buffers a response (net/http/httptest would add a flag to the
// binary).
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func newRecorder() *recorder { return &recorder{header: http.Header{}} }

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.code == 0 {
		r.code = code
	}
}

func (r *recorder) Write(p []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(p)
}

func (r *recorder) copyTo(w http.ResponseWriter) {
	for k, v := range r.header {
		w.Header()[k] = v
	}
	if r.code == 0 {
		r.code = http.StatusOK
	}
	w.WriteHeader(r.code)
	_, _ = w.Write(r.body.Bytes())
}
