package main

// Tenant folders (-tenant-folders a,b and -tenant-vms N). A console tenant is
// scoped to a VM folder; the model has all VMs directly in each datacenter's
// vmFolder. This makes, before the server starts, DC/vm/Tenants/tenant-a,
// DC/vm/Tenants/tenant-b, ... in the first datacenter (lowest moref) with
// vcsim's own Folder.CreateFolder, and moves VM i of the first N (moref order)
// into folder i mod len(folders) with Folder.MoveIntoFolderTask, exactly as the
// SOAP calls would. Moving changes only the VM's parent: its files, datastore
// paths, moref, resource pool and host stay.
//
// In vcsim's model a vApp's VMs also have the vmFolder as parent (the vApp is
// only their resource pool), so they move like the others and stay in their
// vApp. A VM whose parent is not a folder (MoveIntoFolder would answer
// NotSupported), or in another datacenter, is skipped with a log line and
// stays where it is.

import (
	"fmt"
	"log"
	"strings"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// tenantsFolderName is the folder under the vmFolder that holds the tenants'.
const tenantsFolderName = "Tenants"

type tenantFolder struct {
	Name  string   `json:"name"`         // "tenant-a"
	Moref string   `json:"folder_moref"` // "group-v123"
	Path  string   `json:"folder_path"`  // "DC0/vm/Tenants/tenant-a"
	VMs   []string `json:"vms"`          // morefs, in moref order
}

// parseTenantNames turns "a,b" into ["tenant-a", "tenant-b"].
func parseTenantNames(list string) ([]string, error) {
	if list == "" {
		return nil, nil
	}
	var names []string
	seen := map[string]bool{}
	for _, s := range strings.Split(list, ",") {
		if s == "" || strings.ContainsAny(s, "/%") {
			return nil, fmt.Errorf("-tenant-folders: bad tenant %q (empty, or contains '/' or '%%')", s)
		}
		name := "tenant-" + s
		if seen[name] {
			return nil, fmt.Errorf("-tenant-folders: %q given twice", s)
		}
		seen[name] = true
		names = append(names, name)
	}
	return names, nil
}

// firstDatacenter is the datacenter with the lowest moref number (DC0).
func firstDatacenter() *simulator.Datacenter {
	var best *simulator.Datacenter
	for _, e := range simulator.Map.All("Datacenter") {
		dc, ok := e.(*simulator.Datacenter)
		if ok && (best == nil || morefNumber(dc.Self.Value) < morefNumber(best.Self.Value)) {
			best = dc
		}
	}
	return best
}

// morefNumber is the number after the last '-' ("datacenter-2" -> 2).
func morefNumber(v string) int {
	return morefNum(v[strings.LastIndexByte(v, '-')+1:])
}

// makeTenantFolders creates the folders and moves the first nvms VMs (all if
// nvms < 0) round-robin into them. Call it before the server starts.
func makeTenantFolders(names []string, vms []vmInfo, nvms int) ([]tenantFolder, error) {
	out := []tenantFolder{}
	if len(names) == 0 {
		return out, nil
	}
	dc := firstDatacenter()
	if dc == nil {
		return nil, fmt.Errorf("no datacenter")
	}
	vmFolder, ok := simulator.Map.Get(dc.VmFolder).(*simulator.Folder)
	if !ok {
		return nil, fmt.Errorf("%s: vmFolder %s not found", dc.Name, dc.VmFolder)
	}
	ctx := &simulator.Context{}
	parent, err := createFolder(ctx, vmFolder, tenantsFolderName)
	if err != nil {
		return nil, err
	}
	folders := make([]*simulator.Folder, len(names))
	for i, name := range names {
		if folders[i], err = createFolder(ctx, parent, name); err != nil {
			return nil, err
		}
		out = append(out, tenantFolder{Name: name, Moref: folders[i].Self.Value,
			Path: inventoryPath(folders[i].Self), VMs: []string{}})
	}

	if nvms < 0 || nvms > len(vms) {
		nvms = len(vms)
	}
	for i, v := range vms[:nvms] {
		ref := types.ManagedObjectReference{Type: "VirtualMachine", Value: v.Moref}
		vm, ok := simulator.Map.Get(ref).(*simulator.VirtualMachine)
		if !ok {
			return nil, fmt.Errorf("%s not found", v.Moref)
		}
		if vm.Parent == nil || vm.Parent.Type != "Folder" || v.Datacenter != dc.Name {
			log.Printf("tenant folders: %s (%s) is not in a folder of %s: left where it is", v.Moref, v.Name, dc.Name)
			continue
		}
		t := i % len(folders)
		if err := moveIntoFolder(ctx, folders[t], ref); err != nil {
			return nil, fmt.Errorf("move %s into %s: %v", v.Moref, out[t].Path, err)
		}
		out[t].VMs = append(out[t].VMs, v.Moref)
	}
	return out, nil
}

func createFolder(ctx *simulator.Context, parent *simulator.Folder, name string) (*simulator.Folder, error) {
	res := parent.CreateFolder(ctx, &types.CreateFolder{This: parent.Self, Name: name})
	if f := res.Fault(); f != nil {
		return nil, fmt.Errorf("CreateFolder %q in %s: %s %T", name, parent.Self.Value, f.String, f.Detail.Fault)
	}
	body, ok := res.(*methods.CreateFolderBody)
	if !ok || body.Res == nil {
		return nil, fmt.Errorf("CreateFolder %q: unexpected reply %T", name, res)
	}
	f, ok := simulator.Map.Get(body.Res.Returnval).(*simulator.Folder)
	if !ok {
		return nil, fmt.Errorf("CreateFolder %q: new folder not in the inventory", name)
	}
	return f, nil
}

func moveIntoFolder(ctx *simulator.Context, f *simulator.Folder, ref types.ManagedObjectReference) error {
	res := f.MoveIntoFolderTask(ctx, &types.MoveIntoFolder_Task{This: f.Self, List: []types.ManagedObjectReference{ref}})
	if fault := res.Fault(); fault != nil {
		return fmt.Errorf("%s", fault.String)
	}
	body, ok := res.(*methods.MoveIntoFolder_TaskBody)
	if !ok || body.Res == nil {
		return fmt.Errorf("unexpected reply %T", res)
	}
	task, ok := simulator.Map.Get(body.Res.Returnval).(*simulator.Task)
	if !ok {
		return fmt.Errorf("task %s not found", body.Res.Returnval)
	}
	if task.Info.State != types.TaskInfoStateSuccess {
		if task.Info.Error != nil {
			return fmt.Errorf("task %s: %T", task.Self.Value, task.Info.Error.Fault)
		}
		return fmt.Errorf("task %s: %s", task.Self.Value, task.Info.State)
	}
	return nil
}

// folderOf is the nearest Folder at or above ref: a VM's parent folder, or
// for a vApp VM the folder holding its vApp.
func folderOf(ref *types.ManagedObjectReference) string {
	for ref != nil {
		if ref.Type == "Folder" {
			return ref.Value
		}
		e, ok := simulator.Map.Get(*ref).(mo.Entity)
		if !ok {
			return ""
		}
		ref = e.Entity().Parent
	}
	return ""
}

// inventoryPath is ref's path as govc prints it without the leading
// "/": "DC0/vm/Tenants/tenant-a" (the root folder is left out).
func inventoryPath(ref types.ManagedObjectReference) string {
	var parts []string
	for r := &ref; r != nil; {
		e, ok := simulator.Map.Get(*r).(mo.Entity)
		if !ok {
			break
		}
		me := e.Entity()
		if me.Parent == nil { // the root folder
			break
		}
		parts = append(parts, me.Name)
		r = me.Parent
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}
