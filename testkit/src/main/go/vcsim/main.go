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
//     0.24's simulator ignores maxObjects and has neither method), so clients' paging is tested.
package main

import (
	"crypto/tls"
	"encoding/pem"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/ioutil"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"

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

	model.Service.Listen = &url.URL{Host: o.listen, User: url.UserPassword(o.username, password)}
	model.Service.TLS = new(tls.Config) // vcsim's default: httptest's localhost certificate
	model.Service.RegisterEndpoints = true
	server := model.Service.NewServer()
	defer server.Close()

	if err := writePEM(o.certOut, server.Certificate().Raw); err != nil {
		return fmt.Errorf("writing the certificate: %w", err)
	}

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
