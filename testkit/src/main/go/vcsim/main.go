// Command vcsim serves govmomi's vCenter simulator for cloudfit's tests.
//
// It is built by the Java test harness (dev.cloudfit.testkit.Vcsim) with Debian's Go against
// Debian's govmomi sources, in GOPATH mode. Differences from govmomi's own vcsim command, and why:
//
//   - the password comes from an environment variable named by -password-env, never from the
//     command line, so it does not show up in process listings;
//   - the server certificate is written as PEM to -cert-out, so the harness can trust exactly
//     that certificate and nothing else;
//   - once serving, one machine-readable line is printed on stdout:
//     "VCSIM_READY url=https://127.0.0.1:PORT/sdk datacenters=D clusters=C hosts=H vms=V"
//     (the URL carries no credentials; the counts are what was created, so the harness can
//     check that the flags took effect);
//   - it stops on SIGTERM, SIGINT, or when stdin reaches end of file, so a test JVM that dies
//     without cleaning up does not leave the simulator running;
//   - RetrievePropertiesEx honours RetrieveOptions.maxObjects and answers the rest through
//     ContinueRetrievePropertiesEx / CancelRetrievePropertiesEx tokens, as vCenter does (govmomi
//     0.24's simulator ignores maxObjects and has neither method), so clients' paging is tested;
//   - VMs can be exported and tracked (govmomi 0.24's simulator has neither): ExportVm gives an
//     HttpNfcLease whose disk URLs stream streamOptimized VMDKs from a TLS server of their own, and
//     QueryChangedDiskAreas answers from a change id kept per snapshot disk backing. See the
//     "Export and changed-block tracking" part below.
package main

import (
	"bytes"
	"compress/zlib"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/ioutil"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vim25/xml"

	// REST endpoints (/rest and /api: tagging, content library) alongside /sdk.
	_ "github.com/vmware/govmomi/vapi/simulator"
)

// options holds the parsed command line.
type options struct {
	datacenters     int
	clusters        int
	clusterHosts    int
	standaloneHosts int
	vms             int
	datastores      int
	portgroups      int
	listen          string
	username        string
	passwordEnv     string
	certOut         string
}

func parseOptions(args []string) (options, error) {
	var o options
	fs := flag.NewFlagSet("vcsim", flag.ContinueOnError)
	fs.IntVar(&o.datacenters, "dc", 1, "number of datacenters")
	fs.IntVar(&o.clusters, "cluster", 1, "clusters per datacenter")
	fs.IntVar(&o.clusterHosts, "host", 3, "hosts per cluster")
	fs.IntVar(&o.standaloneHosts, "standalone-host", 1, "standalone hosts per datacenter")
	fs.IntVar(&o.vms, "vm", 2, "virtual machines per standalone host and per cluster")
	fs.IntVar(&o.datastores, "ds", 1, "local datastores per datacenter (at least 1: the VMs live on LocalDS_0)")
	fs.IntVar(&o.portgroups, "pg", 1, "distributed port groups per datacenter")
	fs.StringVar(&o.listen, "listen", "127.0.0.1:0", "listen address; port 0 picks a free port")
	fs.StringVar(&o.username, "username", "user", "the only user name accepted by Login")
	fs.StringVar(&o.passwordEnv, "password-env", "VCSIM_PASSWORD", "environment variable holding the password")
	fs.StringVar(&o.certOut, "cert-out", "", "file to write the server certificate to, as PEM (required)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if o.certOut == "" {
		return o, errors.New("-cert-out is required")
	}
	if o.datastores < 1 {
		return o, errors.New("-ds must be at least 1")
	}
	for name, n := range map[string]int{"-dc": o.datacenters, "-cluster": o.clusters, "-host": o.clusterHosts,
		"-standalone-host": o.standaloneHosts, "-vm": o.vms, "-pg": o.portgroups} {
		if n < 0 {
			return o, fmt.Errorf("%s must not be negative", name)
		}
	}
	return o, nil
}

// writePEM writes the certificate next to its final path first, then renames it,
// so a reader never sees a half-written file.
func writePEM(path string, der []byte) error {
	tmp, err := ioutil.TempFile(filepath.Dir(path), ".vcsim-cert-")
	if err != nil {
		return err
	}
	if err = pem.Encode(tmp, &pem.Block{Type: "CERTIFICATE", Bytes: der}); err != nil {
		_ = tmp.Close()
		_ = os.Remove(tmp.Name())
		return err
	}
	if err = tmp.Close(); err != nil {
		_ = os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// stopRequests starts listening for SIGTERM, SIGINT and end of stdin, and returns the channel
// that names the first of them. It is called before anything else, so a stop request that
// arrives while the inventory is being built still ends the process cleanly.
func stopRequests() <-chan string {
	// The harness may close our stdout while we shut down; a failed write must not kill us
	// (Go's default for a broken stdout/stderr pipe) before the simulated datastores are removed.
	signal.Ignore(syscall.SIGPIPE)
	stop := make(chan string, 2)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() { stop <- (<-signals).String() }()
	go func() {
		_, _ = io.Copy(ioutil.Discard, os.Stdin)
		stop <- "end of stdin"
	}()
	return stop
}

func run(o options, stop <-chan string) error {
	password := os.Getenv(o.passwordEnv)
	if password == "" {
		return fmt.Errorf("environment variable %s is empty: it must hold the password", o.passwordEnv)
	}

	model := simulator.VPX()
	model.Datacenter = o.datacenters
	model.Cluster = o.clusters
	model.ClusterHost = o.clusterHosts
	model.Host = o.standaloneHosts
	model.Machine = o.vms
	model.Datastore = o.datastores
	model.Portgroup = o.portgroups
	defer model.Remove()
	if err := model.Create(); err != nil {
		return fmt.Errorf("creating the inventory: %w", err)
	}
	usePagingCollector()
	useExportExtension()

	model.Service.Listen = &url.URL{Host: o.listen, User: url.UserPassword(o.username, password)}
	model.Service.TLS = new(tls.Config) // vcsim's default: httptest's localhost certificate
	model.Service.RegisterEndpoints = true
	server := model.Service.NewServer()
	defer server.Close()

	if err := writePEM(o.certOut, server.Certificate().Raw); err != nil {
		return fmt.Errorf("writing the certificate: %w", err)
	}
	nfc, err := startNfcServer(server.TLS.Certificates)
	if err != nil {
		return fmt.Errorf("starting the export server: %w", err)
	}
	defer nfc.Close()

	public := *server.URL
	public.User = nil
	count := model.Count()
	fmt.Printf("VCSIM_READY url=%s datacenters=%d clusters=%d hosts=%d vms=%d\n",
		public.String(), count.Datacenter, count.Cluster, count.Host, count.Machine)

	reason := <-stop
	fmt.Fprintf(os.Stderr, "vcsim: stopping (%s)\n", reason)
	return nil
}

func main() {
	stop := stopRequests()
	o, err := parseOptions(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "vcsim: %v\n", err)
		os.Exit(2)
	}
	if err = run(o, stop); err != nil {
		fmt.Fprintf(os.Stderr, "vcsim: %v\n", err)
		os.Exit(1)
	}
}

// pagingCollector pages RetrievePropertiesEx results the way vCenter does: at most
// RetrieveOptions.maxObjects objects per answer, the rest kept under a token for
// ContinueRetrievePropertiesEx until it is read or cancelled. The simulator makes one instance per
// session (by reflection, from a zero value), so tokens live and die with their session.
type pagingCollector struct {
	simulator.PropertyCollector
	pending   map[string]pendingPage
	lastToken int
}

type pendingPage struct {
	objects    []types.ObjectContent
	maxObjects int
}

// usePagingCollector replaces the simulator's property collector with the paging one.
func usePagingCollector() {
	pc := &pagingCollector{}
	pc.Self = types.ManagedObjectReference{Type: "PropertyCollector", Value: "propertyCollector"}
	simulator.Map.Put(pc)
}

// cut returns the first page and keeps the rest under a new token.
func (pc *pagingCollector) cut(objects []types.ObjectContent, max int) types.RetrieveResult {
	if max <= 0 || len(objects) <= max {
		return types.RetrieveResult{Objects: objects}
	}
	if pc.pending == nil {
		pc.pending = make(map[string]pendingPage)
	}
	pc.lastToken++
	token := strconv.Itoa(pc.lastToken)
	pc.pending[token] = pendingPage{objects: objects[max:], maxObjects: max}
	return types.RetrieveResult{Token: token, Objects: objects[:max]}
}

func (pc *pagingCollector) RetrievePropertiesEx(ctx *simulator.Context, r *types.RetrievePropertiesEx) soap.HasFault {
	res := pc.PropertyCollector.RetrievePropertiesEx(ctx, r)
	body, ok := res.(*methods.RetrievePropertiesExBody)
	if !ok || body.Fault_ != nil || body.Res == nil || body.Res.Returnval == nil {
		return res
	}
	page := pc.cut(body.Res.Returnval.Objects, int(r.Options.MaxObjects))
	body.Res.Returnval = &page
	return body
}

func (pc *pagingCollector) ContinueRetrievePropertiesEx(ctx *simulator.Context, r *types.ContinueRetrievePropertiesEx) soap.HasFault {
	body := &methods.ContinueRetrievePropertiesExBody{}
	rest, ok := pc.pending[r.Token]
	if !ok {
		body.Fault_ = simulator.Fault("unknown or finished token", &types.InvalidArgument{InvalidProperty: "token"})
		return body
	}
	delete(pc.pending, r.Token)
	body.Res = &types.ContinueRetrievePropertiesExResponse{Returnval: pc.cut(rest.objects, rest.maxObjects)}
	return body
}

func (pc *pagingCollector) CancelRetrievePropertiesEx(ctx *simulator.Context, r *types.CancelRetrievePropertiesEx) soap.HasFault {
	body := &methods.CancelRetrievePropertiesExBody{}
	if _, ok := pc.pending[r.Token]; !ok {
		body.Fault_ = simulator.Fault("unknown or finished token", &types.InvalidArgument{InvalidProperty: "token"})
		return body
	}
	delete(pc.pending, r.Token)
	body.Res = &types.CancelRetrievePropertiesExResponse{}
	return body
}

// ---------------------------------------------------------------------------------------------
// Export and changed-block tracking
//
// govmomi 0.24's simulator has no ExportVm and no QueryChangedDiskAreas, and its VirtualMachine
// type cannot be wrapped in the registry (its snapshot code asserts the concrete type). So the
// request types of the few VirtualMachine methods handled here are re-registered: decoding one
// points its _this at a single extension object, which keeps the VM's reference and calls the
// simulator's own VirtualMachine where there is one (CreateSnapshot_Task, ReconfigVM_Task), then
// adds what vCenter does on top. The simulator still checks the session before any of them runs.
//
// A disk's data is its flat extent on the simulated datastore ("disk1.vmdk" -> "disk1-flat.vmdk",
// as ESXi lays it out and as vcsim creates it), zeros past the file's end up to the capacity.
//
// Change tracking (per disk, in 64 KiB blocks): each snapshot taken while the VM has
// changeTrackingEnabled freezes a digest of every block and gets its own change id
// "<generation>/<n>" on its disk backings (the VM's current backing gets it too).
// QueryChangedDiskAreas(snapshot, key, offset, "*") reports the blocks holding data;
// with an earlier change id it reports the blocks whose contents differ. Turning tracking off
// (ReconfigVM_Task) forgets every change id of the VM, as a CBT reset does; an unknown change id
// is refused with FileFault, as ESXi does. Answers cover at most changeWindow bytes; callers
// continue at startOffset+length, as with vCenter.
//
// Export leases: ExportVm refuses a powered-on VM (InvalidPowerState) and otherwise answers an
// HttpNfcLease in state "ready" whose device URLs are "https://*:PORT/nfc-export/<lease>/disk-N.vmdk"
// on a TLS server of its own (same certificate). A GET needs the cookie of the session that
// asked for the export and streams a streamOptimized VMDK in VMware's layout (grain directory at
// the end, footer, end-of-stream marker). HttpNfcLeaseProgress keeps the lease alive; without it
// for leaseTimeout seconds (option "vcsim.nfc.leaseTimeoutSeconds", default 300) the lease goes
// to "error" with Timedout and transfers in flight are cut. Complete -> "done", Abort -> "error"
// with the caller's fault; either way its URLs then answer 404. Leases stay readable afterwards.
// ---------------------------------------------------------------------------------------------

const (
	blockSize       = 64 << 10 // change-tracking granularity, and the VMDK grain size
	changeWindow    = 16 << 20 // most bytes one QueryChangedDiskAreas answer covers
	leaseOptionKey  = "vcsim.nfc.leaseTimeoutSeconds"
	defaultLeaseTTL = 300 * time.Second
	nfcPath         = "/nfc-export/"
)

var extensionRef = types.ManagedObjectReference{Type: "CloudfitVmExtension", Value: "cloudfit-vm-extension"}

// vmExtension receives the re-registered VirtualMachine methods (see above).
type vmExtension struct {
	mo.ExtensibleManagedObject
}

// Requests whose _this is redirected to the extension; VM keeps the reference the client sent.
type exportVmRequest struct {
	This types.ManagedObjectReference
	types.ExportVm
}
type queryChangedDiskAreasRequest struct {
	This types.ManagedObjectReference
	types.QueryChangedDiskAreas
}
type createSnapshotRequest struct {
	This types.ManagedObjectReference
	types.CreateSnapshot_Task
}
type reconfigVmRequest struct {
	This types.ManagedObjectReference
	types.ReconfigVM_Task
}

func (r *exportVmRequest) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	r.This = extensionRef
	return d.DecodeElement(&r.ExportVm, &start)
}
func (r *queryChangedDiskAreasRequest) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	r.This = extensionRef
	return d.DecodeElement(&r.QueryChangedDiskAreas, &start)
}
func (r *createSnapshotRequest) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	r.This = extensionRef
	return d.DecodeElement(&r.CreateSnapshot_Task, &start)
}
func (r *reconfigVmRequest) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	r.This = extensionRef
	return d.DecodeElement(&r.ReconfigVM_Task, &start)
}

// useExportExtension registers the extension object and redirects the four request types to it.
func useExportExtension() {
	ext := &vmExtension{}
	ext.Self = extensionRef
	simulator.Map.Put(ext)
	types.Add("ExportVm", reflect.TypeOf((*exportVmRequest)(nil)).Elem())
	types.Add("QueryChangedDiskAreas", reflect.TypeOf((*queryChangedDiskAreasRequest)(nil)).Elem())
	types.Add("CreateSnapshot_Task", reflect.TypeOf((*createSnapshotRequest)(nil)).Elem())
	types.Add("ReconfigVM_Task", reflect.TypeOf((*reconfigVmRequest)(nil)).Elem())
}

// findVM returns the simulator's VM, or a ManagedObjectNotFound fault as vCenter answers.
func findVM(ctx *simulator.Context, ref types.ManagedObjectReference) (*simulator.VirtualMachine, *soap.Fault) {
	if vm, ok := ctx.Map.Get(ref).(*simulator.VirtualMachine); ok {
		return vm, nil
	}
	return nil, simulator.Fault("managed object not found: "+ref.String(), &types.ManagedObjectNotFound{Obj: ref})
}

// onVM runs f as the simulator runs a method of vm: with vm as the caller, under its lock.
func onVM(ctx *simulator.Context, vm *simulator.VirtualMachine, f func()) {
	self := vm.Reference()
	caller := ctx.Caller
	ctx.Caller = &self
	defer func() { ctx.Caller = caller }()
	ctx.Map.WithLock(vm, f)
}

// disks lists the VM's virtual disks.
func disks(vm *simulator.VirtualMachine) []*types.VirtualDisk {
	var out []*types.VirtualDisk
	for _, d := range vm.Config.Hardware.Device {
		if disk, ok := d.(*types.VirtualDisk); ok {
			out = append(out, disk)
		}
	}
	return out
}

func cbtEnabled(vm *simulator.VirtualMachine) bool {
	return vm.Config.ChangeTrackingEnabled != nil && *vm.Config.ChangeTrackingEnabled
}

// flatExtent maps a disk backing's "[ds] dir/name.vmdk" to the host path of "dir/name-flat.vmdk".
func flatExtent(disk *types.VirtualDisk) (string, error) {
	backing, ok := disk.Backing.(types.BaseVirtualDeviceFileBackingInfo)
	if !ok {
		return "", fmt.Errorf("disk %d has no file backing", disk.Key)
	}
	var p object.DatastorePath
	if !p.FromString(backing.GetVirtualDeviceFileBackingInfo().FileName) {
		return "", fmt.Errorf("disk %d: unreadable file name", disk.Key)
	}
	for _, e := range simulator.Map.All("Datastore") {
		if ds, ok := e.(*simulator.Datastore); ok && ds.Name == p.Datastore {
			flat := strings.TrimSuffix(p.Path, ".vmdk") + "-flat.vmdk"
			return filepath.Join(ds.Info.GetDatastoreInfo().Url, flat), nil
		}
	}
	return "", fmt.Errorf("disk %d: no datastore %q", disk.Key, p.Datastore)
}

// diskReader reads a disk's contents: the flat extent, then zeros up to the capacity.
func diskReader(disk *types.VirtualDisk) (io.ReadCloser, error) {
	path, err := flatExtent(disk)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return ioutil.NopCloser(io.LimitReader(zeros{}, disk.CapacityInBytes)), nil
	}
	if err != nil {
		return nil, err
	}
	content := io.MultiReader(io.LimitReader(f, disk.CapacityInBytes), zeros{})
	return readCloser{io.LimitReader(content, disk.CapacityInBytes), f}, nil
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// --- change tracking -------------------------------------------------------------------------

type blockDigest [sha256.Size]byte

var zeroBlockDigest = sha256.Sum256(make([]byte, blockSize))

// tracker holds one disk's frozen states, by change id number.
type tracker struct {
	generation string
	states     map[int][]blockDigest
	last       int
}

var cbt = struct {
	sync.Mutex
	disks     map[string]*tracker      // "vm-42/2000"
	snapshots map[string]map[int32]int // snapshot ref value -> disk key -> state number
	vmOf      map[string]string        // snapshot ref value -> vm ref value
}{disks: map[string]*tracker{}, snapshots: map[string]map[int32]int{}, vmOf: map[string]string{}}

func trackerKey(vm types.ManagedObjectReference, key int32) string {
	return fmt.Sprintf("%s/%d", vm.Value, key)
}

func newGeneration() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	parts := make([]string, 16)
	for i := range b {
		parts[i] = fmt.Sprintf("%02x", b[i])
	}
	return strings.Join(parts[:8], " ") + "-" + strings.Join(parts[8:], " ")
}

// digests reads a disk and returns one digest per 64 KiB block.
func digests(disk *types.VirtualDisk) ([]blockDigest, error) {
	r, err := diskReader(disk)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	n := (disk.CapacityInBytes + blockSize - 1) / blockSize
	out := make([]blockDigest, n)
	buf := make([]byte, blockSize)
	for i := range out {
		m, err := io.ReadFull(r, buf)
		if err != nil && err != io.ErrUnexpectedEOF {
			return nil, err
		}
		for j := m; j < blockSize; j++ {
			buf[j] = 0
		}
		out[i] = sha256.Sum256(buf)
	}
	return out, nil
}

// freeze records the disk's current state under a new change id and returns that id.
func freeze(vm types.ManagedObjectReference, disk *types.VirtualDisk) (string, int, error) {
	state, err := digests(disk)
	if err != nil {
		return "", 0, err
	}
	cbt.Lock()
	defer cbt.Unlock()
	t := cbt.disks[trackerKey(vm, disk.Key)]
	if t == nil {
		t = &tracker{generation: newGeneration(), states: map[int][]blockDigest{}}
		cbt.disks[trackerKey(vm, disk.Key)] = t
	}
	t.last++
	t.states[t.last] = state
	return fmt.Sprintf("%s/%d", t.generation, t.last), t.last, nil
}

// withChangeId returns a copy of the disk whose backing carries the change id.
func withChangeId(disk *types.VirtualDisk, changeId string) *types.VirtualDisk {
	copied := *disk
	if b, ok := disk.Backing.(*types.VirtualDiskFlatVer2BackingInfo); ok {
		backing := *b
		backing.ChangeId = changeId
		copied.Backing = &backing
	}
	return &copied
}

func (e *vmExtension) CreateSnapshotTask(ctx *simulator.Context, req *createSnapshotRequest) soap.HasFault {
	vm, fault := findVM(ctx, req.CreateSnapshot_Task.This)
	if fault != nil {
		return &methods.CreateSnapshot_TaskBody{Fault_: fault}
	}
	var res soap.HasFault
	onVM(ctx, vm, func() {
		inner := req.CreateSnapshot_Task
		res = vm.CreateSnapshotTask(&inner)
		body := res.(*methods.CreateSnapshot_TaskBody)
		if body.Res == nil || !cbtEnabled(vm) || vm.Snapshot == nil || vm.Snapshot.CurrentSnapshot == nil {
			return
		}
		snap, ok := ctx.Map.Get(*vm.Snapshot.CurrentSnapshot).(*simulator.VirtualMachineSnapshot)
		if !ok {
			return
		}
		// The snapshot shares the VM's device list (and so may older snapshots): give the snapshot and
		// the VM new lists, with disks of their own carrying the change id.
		devices := make([]types.BaseVirtualDevice, len(vm.Config.Hardware.Device))
		current := make([]types.BaseVirtualDevice, len(vm.Config.Hardware.Device))
		frozen := map[int32]int{}
		for i, d := range vm.Config.Hardware.Device {
			devices[i], current[i] = d, d
			disk, isDisk := d.(*types.VirtualDisk)
			if !isDisk {
				continue
			}
			changeId, n, err := freeze(vm.Reference(), disk)
			if err != nil {
				log.Printf("change tracking of %s disk %d: %v", vm.Reference(), disk.Key, err)
				continue
			}
			devices[i] = withChangeId(disk, changeId)
			current[i] = withChangeId(disk, changeId)
			frozen[disk.Key] = n
		}
		snap.Config.Hardware.Device = devices
		vm.Config.Hardware.Device = current
		cbt.Lock()
		cbt.snapshots[snap.Self.Value] = frozen
		cbt.vmOf[snap.Self.Value] = vm.Reference().Value
		cbt.Unlock()
	})
	return res
}

func (e *vmExtension) ReconfigVMTask(ctx *simulator.Context, req *reconfigVmRequest) soap.HasFault {
	vm, fault := findVM(ctx, req.ReconfigVM_Task.This)
	if fault != nil {
		return &methods.ReconfigVM_TaskBody{Fault_: fault}
	}
	var res soap.HasFault
	onVM(ctx, vm, func() {
		inner := req.ReconfigVM_Task
		res = vm.ReconfigVMTask(ctx, &inner)
		if cbtEnabled(vm) {
			return
		}
		// Tracking is off: every change id of this VM is forgotten (a CBT reset).
		cbt.Lock()
		for key := range cbt.disks {
			if strings.HasPrefix(key, vm.Reference().Value+"/") {
				delete(cbt.disks, key)
			}
		}
		cbt.Unlock()
	})
	return res
}

func (e *vmExtension) QueryChangedDiskAreas(ctx *simulator.Context, req *queryChangedDiskAreasRequest) soap.HasFault {
	body := &methods.QueryChangedDiskAreasBody{}
	r := req.QueryChangedDiskAreas
	vm, fault := findVM(ctx, r.This)
	if fault != nil {
		body.Fault_ = fault
		return body
	}
	if r.Snapshot != nil && ctx.Map.Get(*r.Snapshot) == nil {
		body.Fault_ = simulator.Fault("managed object not found: "+r.Snapshot.String(), &types.ManagedObjectNotFound{Obj: *r.Snapshot})
		return body
	}
	var info *types.DiskChangeInfo
	onVM(ctx, vm, func() {
		info, fault = changedAreas(vm, r)
	})
	if fault != nil {
		body.Fault_ = fault
		return body
	}
	body.Res = &types.QueryChangedDiskAreasResponse{Returnval: *info}
	return body
}

func changedAreas(vm *simulator.VirtualMachine, r types.QueryChangedDiskAreas) (*types.DiskChangeInfo, *soap.Fault) {
	if !cbtEnabled(vm) {
		return nil, simulator.Fault("change tracking is not enabled on "+vm.Name, &types.FileFault{File: vm.Name})
	}
	var disk *types.VirtualDisk
	for _, d := range disks(vm) {
		if d.Key == r.DeviceKey {
			disk = d
		}
	}
	if disk == nil {
		return nil, simulator.Fault(fmt.Sprintf("no disk with key %d", r.DeviceKey), &types.InvalidArgument{InvalidProperty: "deviceKey"})
	}
	if r.StartOffset < 0 || r.StartOffset >= disk.CapacityInBytes {
		return nil, simulator.Fault("startOffset outside the disk", &types.InvalidArgument{InvalidProperty: "startOffset"})
	}
	cbt.Lock()
	defer cbt.Unlock()
	t := cbt.disks[trackerKey(vm.Reference(), disk.Key)]
	var target []blockDigest
	if r.Snapshot != nil {
		n, ok := cbt.snapshots[r.Snapshot.Value][disk.Key]
		if !ok || cbt.vmOf[r.Snapshot.Value] != vm.Reference().Value || t == nil || t.states[n] == nil {
			return nil, simulator.Fault("the snapshot has no change tracking state for this disk",
				&types.FileFault{File: r.Snapshot.Value})
		}
		target = t.states[n]
	} else {
		if vm.Runtime.PowerState != types.VirtualMachinePowerStatePoweredOff {
			return nil, simulator.Fault("a running VM needs a snapshot", &types.InvalidArgument{InvalidProperty: "snapshot"})
		}
		current, err := digests(disk)
		if err != nil {
			return nil, simulator.Fault(err.Error(), &types.FileFault{File: vm.Name})
		}
		target = current
	}
	var since []blockDigest // nil: "*", every block holding data
	if r.ChangeId != "*" {
		slash := strings.LastIndex(r.ChangeId, "/")
		n, err := strconv.Atoi(r.ChangeId[slash+1:])
		if slash < 0 || err != nil || t == nil || r.ChangeId[:slash] != t.generation || t.states[n] == nil {
			return nil, simulator.Fault("unknown change id "+r.ChangeId, &types.FileFault{File: r.ChangeId})
		}
		since = t.states[n]
	}
	end := r.StartOffset + changeWindow
	if end > disk.CapacityInBytes {
		end = disk.CapacityInBytes
	}
	info := &types.DiskChangeInfo{StartOffset: r.StartOffset, Length: end - r.StartOffset}
	for b := r.StartOffset / blockSize; b*blockSize < end; b++ {
		changed := target[b] != zeroBlockDigest
		if since != nil {
			changed = target[b] != since[b]
		}
		if !changed {
			continue
		}
		start, stop := b*blockSize, (b+1)*blockSize
		if start < r.StartOffset {
			start = r.StartOffset
		}
		if stop > end {
			stop = end
		}
		areas := info.ChangedArea
		if n := len(areas); n > 0 && areas[n-1].Start+areas[n-1].Length == start {
			areas[n-1].Length += stop - start
		} else {
			info.ChangedArea = append(areas, types.DiskChangeExtent{Start: start, Length: stop - start})
		}
	}
	return info, nil
}

// --- export leases ---------------------------------------------------------------------------

// exportLease is an HttpNfcLease for one VM export.
type exportLease struct {
	mo.HttpNfcLease
	vm         types.ManagedObjectReference
	sessionKey string
	disks      []*types.VirtualDisk // copies taken when the export began
	timeout    time.Duration
	timer      *time.Timer
}

var leases = struct {
	sync.Mutex
	byId  map[string]*exportLease
	count int
	port  int
	thumb string
}{byId: map[string]*exportLease{}}

// ready tells whether the lease still serves its URLs (read under the registry lock of the lease).
func (l *exportLease) ready() bool {
	ok := false
	simulator.Map.WithLock(l, func() { ok = l.State == types.HttpNfcLeaseStateReady })
	return ok
}

// end moves a ready lease to a final state (holding the lease's registry lock).
func (l *exportLease) end(state types.HttpNfcLeaseState, fault *types.LocalizedMethodFault) {
	if l.State != types.HttpNfcLeaseStateReady {
		return
	}
	l.timer.Stop()
	changes := []types.PropertyChange{{Name: "state", Val: state}}
	if fault != nil {
		changes = append(changes, types.PropertyChange{Name: "error", Val: fault})
	}
	simulator.Map.Update(l, changes)
}

func (l *exportLease) expire() {
	simulator.Map.WithLock(l, func() {
		l.end(types.HttpNfcLeaseStateError, &types.LocalizedMethodFault{
			Fault:            &types.Timedout{},
			LocalizedMessage: fmt.Sprintf("the export lease timed out: no progress for %s", l.timeout),
		})
	})
}

func leaseTimeout() time.Duration {
	for _, s := range simulator.Map.OptionManager().Setting {
		if v := s.GetOptionValue(); v.Key == leaseOptionKey {
			switch n := v.Value.(type) {
			case int32:
				return time.Duration(n) * time.Second
			case int64:
				return time.Duration(n) * time.Second
			}
		}
	}
	return defaultLeaseTTL
}

func (e *vmExtension) ExportVm(ctx *simulator.Context, req *exportVmRequest) soap.HasFault {
	body := &methods.ExportVmBody{}
	vm, fault := findVM(ctx, req.ExportVm.This)
	if fault != nil {
		body.Fault_ = fault
		return body
	}
	var lease *exportLease
	onVM(ctx, vm, func() {
		if vm.Runtime.PowerState != types.VirtualMachinePowerStatePoweredOff {
			fault = simulator.Fault("the VM must be powered off to be exported", &types.InvalidPowerState{
				RequestedState: types.VirtualMachinePowerStatePoweredOff, ExistingState: vm.Runtime.PowerState})
			return
		}
		lease = &exportLease{vm: vm.Reference(), sessionKey: ctx.Session.Key, timeout: leaseTimeout()}
		for _, d := range disks(vm) {
			copied := *d
			lease.disks = append(lease.disks, &copied)
		}
	})
	if fault != nil {
		body.Fault_ = fault
		return body
	}
	leases.Lock()
	leases.count++
	id := fmt.Sprintf("cloudfit-export-%d", leases.count)
	leases.byId[id] = lease
	port, thumb := leases.port, leases.thumb
	leases.Unlock()

	lease.Self = types.ManagedObjectReference{Type: "HttpNfcLease", Value: id}
	info := &types.HttpNfcLeaseInfo{Lease: lease.Self, Entity: lease.vm, LeaseTimeout: int32(lease.timeout / time.Second)}
	for i, d := range lease.disks {
		info.DeviceUrl = append(info.DeviceUrl, types.HttpNfcLeaseDeviceUrl{
			Key:           fmt.Sprintf("/%s/%s", lease.vm.Value, deviceLabel(vm, d)),
			ImportKey:     fmt.Sprintf("/%s/%s", lease.vm.Value, deviceLabel(vm, d)),
			Url:           fmt.Sprintf("https://*:%d%s%s/disk-%d.vmdk", port, nfcPath, id, i),
			SslThumbprint: thumb,
			Disk:          types.NewBool(true),
			TargetId:      fmt.Sprintf("disk-%d.vmdk", i),
		})
		info.TotalDiskCapacityInKB += d.CapacityInBytes / 1024
	}
	lease.Info = info
	lease.State = types.HttpNfcLeaseStateReady
	lease.InitializeProgress = 100
	lease.Mode = "pull"
	simulator.Map.Put(lease)
	lease.timer = time.AfterFunc(lease.timeout, lease.expire)
	body.Res = &types.ExportVmResponse{Returnval: lease.Self}
	return body
}

// deviceLabel names a disk as vCenter's export device keys do: "<ControllerType><bus>:<unit>".
func deviceLabel(vm *simulator.VirtualMachine, disk *types.VirtualDisk) string {
	unit := int32(0)
	if disk.UnitNumber != nil {
		unit = *disk.UnitNumber
	}
	for _, d := range vm.Config.Hardware.Device {
		if d.GetVirtualDevice().Key != disk.ControllerKey {
			continue
		}
		bus := int32(0)
		if c, ok := d.(types.BaseVirtualController); ok {
			bus = c.GetVirtualController().BusNumber
		}
		return fmt.Sprintf("%s%d:%d", reflect.TypeOf(d).Elem().Name(), bus, unit)
	}
	return fmt.Sprintf("VirtualDisk%d", disk.Key)
}

func (l *exportLease) HttpNfcLeaseProgress(ctx *simulator.Context, req *types.HttpNfcLeaseProgress) soap.HasFault {
	body := &methods.HttpNfcLeaseProgressBody{}
	if l.State != types.HttpNfcLeaseStateReady {
		body.Fault_ = simulator.Fault("the lease is "+string(l.State), &types.InvalidState{})
		return body
	}
	l.timer.Reset(l.timeout)
	simulator.Map.Update(l, []types.PropertyChange{{Name: "transferProgress", Val: req.Percent}})
	body.Res = &types.HttpNfcLeaseProgressResponse{}
	return body
}

func (l *exportLease) HttpNfcLeaseComplete(ctx *simulator.Context, req *types.HttpNfcLeaseComplete) soap.HasFault {
	body := &methods.HttpNfcLeaseCompleteBody{}
	if l.State != types.HttpNfcLeaseStateReady {
		body.Fault_ = simulator.Fault("the lease is "+string(l.State), &types.InvalidState{})
		return body
	}
	l.end(types.HttpNfcLeaseStateDone, nil)
	body.Res = &types.HttpNfcLeaseCompleteResponse{}
	return body
}

func (l *exportLease) HttpNfcLeaseAbort(ctx *simulator.Context, req *types.HttpNfcLeaseAbort) soap.HasFault {
	body := &methods.HttpNfcLeaseAbortBody{}
	if l.State != types.HttpNfcLeaseStateReady {
		body.Fault_ = simulator.Fault("the lease is "+string(l.State), &types.InvalidState{})
		return body
	}
	fault := req.Fault
	if fault == nil {
		fault = &types.LocalizedMethodFault{Fault: &types.RequestCanceled{}, LocalizedMessage: "aborted by the client"}
	}
	l.end(types.HttpNfcLeaseStateError, fault)
	body.Res = &types.HttpNfcLeaseAbortResponse{}
	return body
}

// startNfcServer serves the export URLs over TLS with the simulator's certificate, on a port of its own.
func startNfcServer(certificates []tls.Certificate) (*http.Server, error) {
	listener, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: certificates})
	if err != nil {
		return nil, err
	}
	sum := sha1.Sum(certificates[0].Certificate[0])
	hexed := make([]string, len(sum))
	for i, b := range sum {
		hexed[i] = fmt.Sprintf("%02X", b)
	}
	leases.Lock()
	leases.port = listener.Addr().(*net.TCPAddr).Port
	leases.thumb = strings.Join(hexed, ":")
	leases.Unlock()
	server := &http.Server{Handler: http.HandlerFunc(serveExport), ErrorLog: log.New(ioutil.Discard, "", 0)}
	go func() { _ = server.Serve(listener) }()
	return server, nil
}

func serveExport(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, nfcPath), "/")
	if !strings.HasPrefix(r.URL.Path, nfcPath) || len(parts) != 2 {
		http.NotFound(w, r)
		return
	}
	leases.Lock()
	lease := leases.byId[parts[0]]
	leases.Unlock()
	index := -1
	if lease != nil {
		for i := range lease.disks {
			if parts[1] == fmt.Sprintf("disk-%d.vmdk", i) {
				index = i
			}
		}
	}
	if index < 0 || !lease.ready() {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	cookie, err := r.Cookie(soap.SessionCookieName)
	if err != nil || strings.Trim(cookie.Value, `"`) != lease.sessionKey {
		http.Error(w, "the session cookie of the session that holds the lease is required", http.StatusForbidden)
		return
	}
	disk := lease.disks[index]
	src, err := diskReader(disk)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer src.Close()
	w.Header().Set("Content-Type", "application/x-vnd.vmware-streamVmdk")
	w.WriteHeader(http.StatusOK)
	if err := writeStreamOptimized(w, src, disk.CapacityInBytes, parts[1], lease.ready); err != nil {
		panic(http.ErrAbortHandler) // cut the transfer: the client must not mistake it for a whole disk
	}
}

// --- streamOptimized VMDK writer (VMware layout: grain directory at the end) -----------------

const (
	sector        = 512
	grainSectors  = blockSize / sector
	gtesPerGT     = 512
	markerGT      = 1
	markerGD      = 2
	markerFooter  = 3
	gdAtEnd       = ^uint64(0)
	descriptorFmt = "# Disk DescriptorFile\nversion=1\nCID=fffffffe\nparentCID=ffffffff\ncreateType=\"streamOptimized\"\n\n" +
		"# Extent description\nRW %d SPARSE \"%s\"\n\n# The Disk Data Base\n#DDB\n\nddb.adapterType = \"lsilogic\"\n" +
		"ddb.geometry.cylinders = \"%d\"\nddb.geometry.heads = \"255\"\nddb.geometry.sectors = \"63\"\nddb.virtualHWVersion = \"4\"\n"
)

// countingWriter tracks the output position, in bytes.
type countingWriter struct {
	w   io.Writer
	pos int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.pos += int64(n)
	return n, err
}

func (c *countingWriter) pad() error {
	if rem := c.pos % sector; rem != 0 {
		_, err := c.Write(make([]byte, sector-rem))
		return err
	}
	return nil
}

func sparseHeader(capacitySectors, descriptorSectors, gdOffset uint64) []byte {
	h := make([]byte, sector)
	copy(h[0:4], "KDMV")
	binary.LittleEndian.PutUint32(h[4:], 3)
	binary.LittleEndian.PutUint32(h[8:], 1|1<<16|1<<17) // newline check, compressed grains, markers
	binary.LittleEndian.PutUint64(h[12:], capacitySectors)
	binary.LittleEndian.PutUint64(h[20:], grainSectors)
	binary.LittleEndian.PutUint64(h[28:], 1)
	binary.LittleEndian.PutUint64(h[36:], descriptorSectors)
	binary.LittleEndian.PutUint32(h[44:], gtesPerGT)
	binary.LittleEndian.PutUint64(h[48:], 0)
	binary.LittleEndian.PutUint64(h[56:], gdOffset)
	binary.LittleEndian.PutUint64(h[64:], grainSectors) // overhead: data starts at the first grain boundary
	copy(h[73:77], "\n \r\n")
	binary.LittleEndian.PutUint16(h[77:], 1) // deflate
	return h
}

func marker(numSectors uint64, kind uint32) []byte {
	m := make([]byte, sector)
	binary.LittleEndian.PutUint64(m[0:], numSectors)
	binary.LittleEndian.PutUint32(m[12:], kind)
	return m
}

// writeStreamOptimized streams the disk as a streamOptimized VMDK; alive is asked before each
// grain and a false answer stops the stream with an error.
func writeStreamOptimized(w io.Writer, src io.Reader, capacity int64, name string, alive func() bool) error {
	out := &countingWriter{w: w}
	capacitySectors := uint64((capacity + sector - 1) / sector)
	descriptor := fmt.Sprintf(descriptorFmt, capacitySectors, name, capacitySectors/(255*63)+1)
	descriptorSectors := uint64((len(descriptor) + sector - 1) / sector)
	if 1+descriptorSectors > grainSectors {
		return errors.New("descriptor too long")
	}
	if _, err := out.Write(sparseHeader(capacitySectors, descriptorSectors, gdAtEnd)); err != nil {
		return err
	}
	if _, err := out.Write([]byte(descriptor)); err != nil {
		return err
	}
	if _, err := out.Write(make([]byte, grainSectors*sector-int(out.pos))); err != nil {
		return err
	}
	grains := (capacitySectors + grainSectors - 1) / grainSectors
	gte := make([]uint32, grains)
	buf := make([]byte, blockSize)
	for g := uint64(0); g < grains; g++ {
		if !alive() {
			return errors.New("lease ended")
		}
		n, err := io.ReadFull(src, buf)
		if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
			return err
		}
		data := buf[:n]
		if isZero(data) {
			continue
		}
		var packed bytes.Buffer
		z := zlib.NewWriter(&packed)
		_, _ = z.Write(data)
		_ = z.Close()
		gte[g] = uint32(out.pos / sector)
		head := make([]byte, 12)
		binary.LittleEndian.PutUint64(head[0:], g*grainSectors)
		binary.LittleEndian.PutUint32(head[8:], uint32(packed.Len()))
		if _, err := out.Write(head); err != nil {
			return err
		}
		if _, err := out.Write(packed.Bytes()); err != nil {
			return err
		}
		if err := out.pad(); err != nil {
			return err
		}
	}
	tables := (grains + gtesPerGT - 1) / gtesPerGT
	gd := make([]uint32, tables)
	for t := uint64(0); t < tables; t++ {
		table := make([]byte, gtesPerGT*4)
		used := false
		for i := uint64(0); i < gtesPerGT && t*gtesPerGT+i < grains; i++ {
			v := gte[t*gtesPerGT+i]
			used = used || v != 0
			binary.LittleEndian.PutUint32(table[i*4:], v)
		}
		if !used {
			continue
		}
		if _, err := out.Write(marker(gtesPerGT*4/sector, markerGT)); err != nil {
			return err
		}
		gd[t] = uint32(out.pos / sector)
		if _, err := out.Write(table); err != nil {
			return err
		}
	}
	gdSectors := (tables*4 + sector - 1) / sector
	directory := make([]byte, gdSectors*sector)
	for t, v := range gd {
		binary.LittleEndian.PutUint32(directory[t*4:], v)
	}
	if _, err := out.Write(marker(gdSectors, markerGD)); err != nil {
		return err
	}
	gdOffset := uint64(out.pos / sector)
	if _, err := out.Write(directory); err != nil {
		return err
	}
	if _, err := out.Write(marker(1, markerFooter)); err != nil {
		return err
	}
	if _, err := out.Write(sparseHeader(capacitySectors, descriptorSectors, gdOffset)); err != nil {
		return err
	}
	_, err := out.Write(make([]byte, sector)) // end of stream
	return err
}

func isZero(b []byte) bool {
	for _, v := range b {
		if v != 0 {
			return false
		}
	}
	return true
}
