// Command vcd-fixture is a TEST FIXTURE for Lifeboat's VMware Cloud Director
// client. It is NOT a simulator of Cloud Director: no public one exists, so
// this serves only the few documented endpoints the product uses, with a
// fixed two-organization model, over HTTPS:
//
//	GET  /api/versions                         SupportedVersions XML (no auth)
//	POST /cloudapi/1.0.0/sessions              tenant sign-in, Basic user@org:password
//	POST /cloudapi/1.0.0/sessions/provider     provider sign-in (org System only)
//	DELETE /cloudapi/1.0.0/sessions/{id|current}
//	GET  /api/query?type=orgVdc|vApp|vm        query records (JSON), paged, org-scoped
//	                                           (-tenant-morefs=false: no moref/vc for org users,
//	                                           as a real Cloud Director; adminVM has them)
//	GET  /api/admin/extension/vimServer/{id}   the vCenter a VM lives on (System only)
//	POST /fixture/move-vm?moref=&vapp=         the fixture's own control (not the API):
//	                                           move a VM to another vApp or organization
//	GET  /api/vApp/{vm|vapp}-{id}              the entity's XML (name, numeric status), org-scoped
//	POST /api/vApp/{vm|vapp}-{id}/power/action/{powerOn|powerOff|shutdown|reset}
//	                                           202 + Task XML, org-scoped (403 otherwise)
//	GET  /api/task/{id}                        Task XML, to the task's org and System
//	POST /api/admin/extension/vimServer/{id}/importVmIntoExistingVApp
//	                                           ImportVmIntoExistingVAppParams XML → 202 + Task
//	                                           (System only); the task's Result names the new VM
//
// Every call except /api/versions needs an Accept header carrying a
// supported "version=" (406 otherwise); every call except sign-in needs
// "Authorization: Bearer <token>" with a token that has not expired (401
// otherwise). Shapes follow the real API as far as the public references show
// them (see /work/shared/reference/vmware-apis.md §7-8); anything else
// answers 404. The organizations, VDCs and vApps are fixed; their VMs are the
// lab's vcsim VMs (-vms: the launcher's JSON line), so each VM record's
// moref names a real VM of the running vcsim.
//
// Tasks take -task-delay (queued → running → success or error). Power state
// and imported VMs are kept in memory, so later queries show them. An action
// on a VM or vApp already in the wanted state answers 400 BAD_REQUEST, as the
// real API does (the message text is this fixture's own). A power action also
// powers the real vcsim VM (PowerOnVM_Task, PowerOffVM_Task, ShutdownGuest,
// ResetVM_Task), and an import looks the VM up in vcsim, when the fixture has
// the vCenter's credentials: -vcenter-credentials FILE, a JSON object with
// "user" and "password", by default the lab's lab.json beside -vms (written
// after the fixture starts, so it is read at first use). Without them only
// the fixture's state changes (logged to stderr). -unmanaged N keeps the last
// N lab VMs out of the organizations, to be imported.
//
// Build (GOPATH mode, standard library only, no network):
//
//	GO111MODULE=off go build -o vcd-fixture .
package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type account struct {
	Org      string `json:"org"`
	User     string `json:"user"`
	Password string `json:"password"`
}

type vm struct {
	Name   string `json:"name"`
	Moref  string `json:"moref"`
	Status string `json:"status"`
	ID     string `json:"id"`
}

type vapp struct {
	Name string `json:"name"`
	ID   string `json:"id"`
	VMs  []vm   `json:"vms"`
}

type vdc struct {
	Name  string `json:"name"`
	ID    string `json:"id"`
	VApps []vapp `json:"vapps"`
}

type org struct {
	Name string `json:"name"`
	ID   string `json:"id"`
	VDCs []vdc  `json:"vdcs"`
}

type session struct {
	org, user string
	provider  bool
	expires   time.Time
	id        string
}

type server struct {
	base       string // https://127.0.0.1:PORT
	versions   []string
	accounts   []account
	orgs       []org
	vcName     string
	vcURL      string
	vcID       string
	ttl        time.Duration
	queryDelay time.Duration
	// Whether the tenant view of a VM (query type vm) carries its vCenter identity.
	tenantMorefs bool
	taskDelay    time.Duration
	vc           *vcenter

	// mu guards the sessions and the mutable model: orgs (power states,
	// imported VMs), unmanaged, tasks and busy.
	mu        sync.Mutex
	sessions  map[string]*session
	logins    int
	unmanaged []vm
	tasks     map[string]*task
	busy      map[string]bool // vm and vapp ids with a task under way
}

// uuidOf gives stable ids, so hrefs stay the same across restarts of a lab.
func uuidOf(kind, name string) string {
	h := sha1.Sum([]byte(kind + "/" + name))
	x := hex.EncodeToString(h[:16])
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}

func randomToken() string {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		log.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// buildModel: org acme gets the first half of the lab's VMs (moref order), org
// globex the rest; each org has one VDC and two vApps.
func buildModel(labVMs []vm) []org {
	split := (len(labVMs) + 1) / 2
	mk := func(name string, vms []vm) org {
		o := org{Name: name, ID: uuidOf("org", name)}
		d := vdc{Name: name + "-vdc", ID: uuidOf("vdc", name)}
		half := (len(vms) + 1) / 2
		groups := [][]vm{vms[:half], vms[half:]}
		for i, g := range groups {
			a := vapp{Name: fmt.Sprintf("%s-vapp-%d", name, i+1), ID: uuidOf("vapp", fmt.Sprintf("%s-%d", name, i))}
			for _, v := range g {
				v.ID = uuidOf("vm", v.Moref)
				a.VMs = append(a.VMs, v)
			}
			d.VApps = append(d.VApps, a)
		}
		o.VDCs = append(o.VDCs, d)
		return o
	}
	return []org{mk("acme", labVMs[:split]), mk("globex", labVMs[split:])}
}

func (s *server) errorJSON(w http.ResponseWriter, code int, minor, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]interface{}{
		"minorErrorCode": minor, "message": msg, "stackTrace": nil,
	})
}

// acceptVersion: the API version of the Accept header, or "" after answering 406.
func (s *server) acceptVersion(w http.ResponseWriter, r *http.Request) string {
	accept := r.Header.Get("Accept")
	for _, part := range strings.Split(accept, ";") {
		part = strings.TrimSpace(part)
		if strings.HasPrefix(part, "version=") {
			v := strings.TrimPrefix(part, "version=")
			for _, ok := range s.versions {
				if ok == v {
					return v
				}
			}
		}
	}
	s.errorJSON(w, http.StatusNotAcceptable, "NOT_ACCEPTABLE",
		"The request has invalid accept header: Invalid API version requested. Supported: "+strings.Join(s.versions, ", "))
	return ""
}

func (s *server) authorized(w http.ResponseWriter, r *http.Request) *session {
	auth := r.Header.Get("Authorization")
	if !strings.HasPrefix(auth, "Bearer ") {
		s.errorJSON(w, http.StatusUnauthorized, "UNAUTHORIZED", "Missing bearer token")
		return nil
	}
	tok := strings.TrimPrefix(auth, "Bearer ")
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[tok]
	if !ok || time.Now().After(sess.expires) {
		delete(s.sessions, tok)
		s.errorJSON(w, http.StatusUnauthorized, "UNAUTHORIZED", "The session is not valid or has expired")
		return nil
	}
	return sess
}

// moveVM is the fixture's own control, not Cloud Director API: it moves a VM
// (by moref) into another vApp (by name), possibly of another organization, as a
// provider reorganising tenants would. Basic auth of a System account.
func (s *server) moveVM(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	allowed := false
	for _, a := range s.accounts {
		if ok && strings.EqualFold(a.Org, "System") && user == a.User+"@System" && pass == a.Password {
			allowed = true
		}
	}
	if r.Method != http.MethodPost || !allowed {
		http.Error(w, "POST with the System account's Basic auth", http.StatusForbidden)
		return
	}
	moref, target := r.URL.Query().Get("moref"), r.URL.Query().Get("vapp")
	s.mu.Lock()
	defer s.mu.Unlock()
	var moved *vm
	for oi := range s.orgs {
		for di := range s.orgs[oi].VDCs {
			for ai := range s.orgs[oi].VDCs[di].VApps {
				a := &s.orgs[oi].VDCs[di].VApps[ai]
				for vi := range a.VMs {
					if a.VMs[vi].Moref == moref {
						v := a.VMs[vi]
						moved = &v
						a.VMs = append(a.VMs[:vi], a.VMs[vi+1:]...)
						break
					}
				}
			}
		}
	}
	if moved == nil {
		http.Error(w, "no VM "+moref, http.StatusNotFound)
		return
	}
	for oi := range s.orgs {
		for di := range s.orgs[oi].VDCs {
			for ai := range s.orgs[oi].VDCs[di].VApps {
				if a := &s.orgs[oi].VDCs[di].VApps[ai]; a.Name == target {
					a.VMs = append(a.VMs, *moved)
					w.WriteHeader(http.StatusNoContent)
					return
				}
			}
		}
	}
	http.Error(w, "no vApp "+target+" (the VM is now in none)", http.StatusNotFound)
}

func (s *server) versionsXML(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/*+xml;version="+s.versions[len(s.versions)-1])
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<SupportedVersions xmlns="http://www.vmware.com/vcloud/versions" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + "\n")
	for _, v := range s.versions {
		fmt.Fprintf(&b, `  <VersionInfo deprecated="false"><Version>%s</Version><LoginUrl>%s/cloudapi/1.0.0/sessions</LoginUrl>`+
			`<ProviderLoginUrl>%s/cloudapi/1.0.0/sessions/provider</ProviderLoginUrl></VersionInfo>`+"\n", v, s.base, s.base)
	}
	b.WriteString("</SupportedVersions>\n")
	w.Write([]byte(b.String()))
}

func (s *server) login(w http.ResponseWriter, r *http.Request, provider bool) {
	if r.Method != http.MethodPost {
		s.errorJSON(w, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "POST only")
		return
	}
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	name, password, ok := r.BasicAuth()
	at := strings.LastIndex(name, "@")
	if !ok || at <= 0 {
		s.errorJSON(w, http.StatusUnauthorized, "UNAUTHORIZED", "Invalid credentials")
		return
	}
	user, orgName := name[:at], name[at+1:]
	var found *account
	for i := range s.accounts {
		a := &s.accounts[i]
		// Like the real API: one answer for a wrong user, password or org.
		if strings.EqualFold(a.User, user) && strings.EqualFold(a.Org, orgName) && a.Password == password {
			found = a
		}
	}
	isSystem := found != nil && strings.EqualFold(found.Org, "System")
	if found == nil || isSystem != provider {
		s.errorJSON(w, http.StatusUnauthorized, "UNAUTHORIZED", "Invalid credentials")
		return
	}
	tok := randomToken()
	sess := &session{org: found.Org, user: found.User, provider: provider,
		expires: time.Now().Add(s.ttl), id: uuidOf("session", tok)}
	s.mu.Lock()
	s.sessions[tok] = sess
	s.logins++
	s.mu.Unlock()
	w.Header().Set("X-VMWARE-VCLOUD-ACCESS-TOKEN", tok)
	w.Header().Set("X-VMWARE-VCLOUD-TOKEN-TYPE", "Bearer")
	w.Header().Set("Content-Type", "application/json;version="+v)
	roles := []string{"Organization Administrator"}
	if provider {
		roles = []string{"System Administrator"}
	}
	json.NewEncoder(w).Encode(map[string]interface{}{
		"id":                        "urn:vcloud:session:" + sess.id,
		"site":                      map[string]string{"name": "lifeboat-fixture", "id": "urn:vcloud:site:" + uuidOf("site", "fixture")},
		"user":                      map[string]string{"name": found.User, "id": "urn:vcloud:user:" + uuidOf("user", found.Org+"/"+found.User)},
		"org":                       map[string]string{"name": found.Org, "id": "urn:vcloud:org:" + uuidOf("org", strings.ToLower(found.Org))},
		"operatingOrg":              map[string]string{"name": found.Org, "id": "urn:vcloud:org:" + uuidOf("org", strings.ToLower(found.Org))},
		"location":                  s.base + "/cloudapi/1.0.0/sessions/urn:vcloud:session:" + sess.id,
		"roles":                     roles,
		"sessionIdleTimeoutMinutes": int(s.ttl.Minutes()),
	})
}

func (s *server) logout(w http.ResponseWriter, r *http.Request) {
	if s.acceptVersion(w, r) == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	s.mu.Lock()
	for tok, other := range s.sessions {
		if other == sess {
			delete(s.sessions, tok)
		}
	}
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) href(kind, id string) string {
	switch kind {
	case "org":
		return s.base + "/api/org/" + id
	case "vdc":
		return s.base + "/api/vdc/" + id
	case "vapp":
		return s.base + "/api/vApp/vapp-" + id
	case "vm":
		return s.base + "/api/vApp/vm-" + id
	}
	return ""
}

// records of one query type, as the caller may see them.
func (s *server) records(typ string, sess *session) ([]map[string]interface{}, bool) {
	var out []map[string]interface{}
	for _, o := range s.orgs {
		if !sess.provider && !strings.EqualFold(o.Name, sess.org) {
			continue
		}
		for _, d := range o.VDCs {
			switch typ {
			case "orgVdc", "adminOrgVdc":
				n := 0
				for _, a := range d.VApps {
					n += len(a.VMs)
				}
				out = append(out, map[string]interface{}{
					"_type": "QueryResultOrgVdcRecordType", "href": s.href("vdc", d.ID), "name": d.Name,
					"orgName": o.Name, "org": s.href("org", o.ID), "isEnabled": true, "status": "READY",
					"numberOfVApps": len(d.VApps), "numberOfVMs": n,
				})
			case "vApp", "adminVApp":
				for _, a := range d.VApps {
					out = append(out, map[string]interface{}{
						"_type": "QueryResultVAppRecordType", "href": s.href("vapp", a.ID), "name": a.Name,
						"vdc": s.href("vdc", d.ID), "vdcName": d.Name, "org": s.href("org", o.ID),
						"status": vappStatus(a), "numberOfVMs": len(a.VMs), "ownerName": o.Name + "-owner",
						"isInMaintenanceMode": false, "isExpired": false, "isDeployed": true,
					})
				}
			case "vm", "adminVM":
				for _, a := range d.VApps {
					for _, v := range a.VMs {
						rec := map[string]interface{}{
							"_type": "QueryResultVMRecordType", "href": s.href("vm", v.ID), "name": v.Name,
							"container": s.href("vapp", a.ID), "containerName": a.Name,
							"vdc": s.href("vdc", d.ID), "vdcName": d.Name, "org": s.href("org", o.ID),
							"status": v.Status, "isVAppTemplate": false, "isDeployed": true,
							"moref": v.Moref, "vmNameInVc": v.Name,
							"vc":     s.base + "/api/admin/extension/vimServer/" + s.vcID,
							"vcName": s.vcName,
						}
						if typ == "vm" && !sess.provider && !s.tenantMorefs {
							for _, k := range []string{"moref", "vmNameInVc", "vc", "vcName"} {
								delete(rec, k)
							}
						}
						out = append(out, rec)
					}
				}
			default:
				return nil, false
			}
		}
	}
	return out, true
}

// matches supports the filter subset the client sends: "a==b" terms joined
// by ";" (AND), with "*" as a trailing wildcard.
func matches(rec map[string]interface{}, filter string) bool {
	if filter == "" {
		return true
	}
	for _, term := range strings.Split(filter, ";") {
		term = strings.Trim(term, "()")
		kv := strings.SplitN(term, "==", 2)
		if len(kv) != 2 {
			return false
		}
		got := fmt.Sprint(rec[kv[0]])
		want := kv[1]
		if strings.HasSuffix(want, "*") {
			if !strings.HasPrefix(got, strings.TrimSuffix(want, "*")) {
				return false
			}
		} else if got != want {
			return false
		}
	}
	return true
}

func (s *server) query(w http.ResponseWriter, r *http.Request) {
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	if s.queryDelay > 0 {
		time.Sleep(s.queryDelay)
	}
	q := r.URL.Query()
	typ := q.Get("type")
	if (typ == "adminVM" || typ == "adminVApp" || typ == "adminOrgVdc") && !sess.provider {
		s.errorJSON(w, http.StatusForbidden, "ACCESS_TO_RESOURCE_IS_FORBIDDEN", "Access to query type "+typ+" is forbidden")
		return
	}
	s.mu.Lock()
	all, ok := s.records(typ, sess)
	s.mu.Unlock()
	if !ok {
		s.errorJSON(w, http.StatusBadRequest, "BAD_REQUEST", "Unknown query type: "+typ)
		return
	}
	var recs []map[string]interface{}
	for _, rec := range all {
		if matches(rec, q.Get("filter")) {
			recs = append(recs, rec)
		}
	}
	sort.SliceStable(recs, func(i, j int) bool { return fmt.Sprint(recs[i]["name"]) < fmt.Sprint(recs[j]["name"]) })
	page, pageSize := 1, 25
	if p := q.Get("page"); p != "" {
		if n, err := strconv.Atoi(p); err == nil {
			page = n
		}
	}
	if p := q.Get("pageSize"); p != "" {
		if n, err := strconv.Atoi(p); err == nil {
			pageSize = n
		}
	}
	if pageSize < 1 || pageSize > 128 {
		s.errorJSON(w, http.StatusBadRequest, "BAD_REQUEST", "pageSize must be between 1 and 128")
		return
	}
	total := len(recs)
	pages := (total + pageSize - 1) / pageSize
	if page < 1 || (page > pages && !(page == 1 && total == 0)) {
		s.errorJSON(w, http.StatusBadRequest, "BAD_REQUEST", "The page number is out of range")
		return
	}
	from := (page - 1) * pageSize
	to := from + pageSize
	if to > total {
		to = total
	}
	pageURL := func(n int) string {
		u := *r.URL
		qq := u.Query()
		qq.Set("page", strconv.Itoa(n))
		qq.Set("pageSize", strconv.Itoa(pageSize))
		qq.Set("format", "records")
		u.RawQuery = qq.Encode()
		return s.base + u.Path + "?" + u.RawQuery
	}
	mediaType := "application/vnd.vmware.vcloud.query.records+json"
	links := []map[string]string{}
	if page < pages {
		links = append(links, map[string]string{"rel": "nextPage", "href": pageURL(page + 1), "type": mediaType})
	}
	if page > 1 {
		links = append(links, map[string]string{"rel": "previousPage", "href": pageURL(page - 1), "type": mediaType})
	}
	if pages > 0 {
		links = append(links, map[string]string{"rel": "firstPage", "href": pageURL(1), "type": mediaType},
			map[string]string{"rel": "lastPage", "href": pageURL(pages), "type": mediaType})
	}
	w.Header().Set("Content-Type", mediaType+";version="+v)
	json.NewEncoder(w).Encode(map[string]interface{}{
		"otherAttributes": map[string]string{},
		"href":            pageURL(page), "type": mediaType, "name": typ,
		"page": page, "pageSize": pageSize, "total": total,
		"link": links, "record": recs[from:to],
	})
}

func (s *server) vimServer(w http.ResponseWriter, r *http.Request) {
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	if !sess.provider {
		s.errorJSON(w, http.StatusForbidden, "ACCESS_TO_RESOURCE_IS_FORBIDDEN", "Only the provider may read vCenter servers")
		return
	}
	if strings.TrimPrefix(r.URL.Path, "/api/admin/extension/vimServer/") != s.vcID {
		s.errorJSON(w, http.StatusNotFound, "NOT_FOUND", "No such vCenter server")
		return
	}
	w.Header().Set("Content-Type", "application/vnd.vmware.admin.vmwvirtualcenter+json;version="+v)
	json.NewEncoder(w).Encode(map[string]interface{}{
		"href": s.base + r.URL.Path, "name": s.vcName, "url": s.vcURL, "isEnabled": true, "isConnected": true,
	})
}

func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/versions", s.versionsXML)
	mux.HandleFunc("/cloudapi/1.0.0/sessions", func(w http.ResponseWriter, r *http.Request) { s.login(w, r, false) })
	mux.HandleFunc("/cloudapi/1.0.0/sessions/provider", func(w http.ResponseWriter, r *http.Request) { s.login(w, r, true) })
	mux.HandleFunc("/cloudapi/1.0.0/sessions/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodDelete {
			s.logout(w, r)
			return
		}
		s.errorJSON(w, http.StatusNotFound, "NOT_FOUND", "Not served by this fixture")
	})
	mux.HandleFunc("/api/query", s.query)
	mux.HandleFunc("/api/admin/extension/vimServer/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/importVmIntoExistingVApp") {
			s.importVM(w, r)
			return
		}
		s.vimServer(w, r)
	})
	mux.HandleFunc("/api/vApp/", s.entity)
	mux.HandleFunc("/api/task/", s.taskGet)
	mux.HandleFunc("/fixture/move-vm", s.moveVM)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorJSON(w, http.StatusNotFound, "NOT_FOUND", "Not served by this fixture: "+r.URL.Path)
	})
	return mux
}

// vappStatus: a vApp's query-service status from its VMs' power states.
func vappStatus(a vapp) string {
	on, off := 0, 0
	for _, v := range a.VMs {
		if v.Status == "POWERED_ON" {
			on++
		} else {
			off++
		}
	}
	switch {
	case on+off == 0:
		return "RESOLVED"
	case off == 0:
		return "POWERED_ON"
	case on == 0:
		return "POWERED_OFF"
	}
	return "MIXED"
}

// statusCode: the numeric status of an entity's XML (ResourceEntityType).
func statusCode(status string) int {
	switch status {
	case "RESOLVED":
		return 1
	case "POWERED_ON":
		return 4
	case "POWERED_OFF":
		return 8
	case "MIXED":
		return 10
	}
	return 6 // UNKNOWN
}

func xmlEscape(text string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(text))
	return b.String()
}

// wantsJSON: error bodies follow the Accept header, as the real API's do.
func wantsJSON(r *http.Request) bool {
	return strings.Contains(r.Header.Get("Accept"), "json")
}

func (s *server) fail(w http.ResponseWriter, r *http.Request, code int, minor, msg string) {
	if wantsJSON(r) {
		s.errorJSON(w, code, minor, msg)
		return
	}
	w.Header().Set("Content-Type", "application/vnd.vmware.vcloud.error+xml")
	w.WriteHeader(code)
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<Error xmlns="http://www.vmware.com/vcloud/v1.5" majorErrorCode="%d" minorErrorCode="%s" message="%s" stackTrace=""/>`+"\n",
		code, minor, xmlEscape(msg))
}

// where: one VM or vApp of the model, found by id; the pointers stay valid
// while s.mu is held.
type where struct {
	org  *org
	vdc  *vdc
	vapp *vapp
	vm   *vm // nil for a vApp
}

// locate: "vm-<uuid>" or "vapp-<uuid>". Call with s.mu held.
func (s *server) locate(ref string) (where, bool) {
	for i := range s.orgs {
		o := &s.orgs[i]
		for j := range o.VDCs {
			d := &o.VDCs[j]
			for k := range d.VApps {
				a := &d.VApps[k]
				if ref == "vapp-"+a.ID {
					return where{o, d, a, nil}, true
				}
				for l := range a.VMs {
					if ref == "vm-"+a.VMs[l].ID {
						return where{o, d, a, &a.VMs[l]}, true
					}
				}
			}
		}
	}
	return where{}, false
}

type task struct {
	id, org, user                      string
	operation, opName                  string
	ownerHref, ownerName, ownerType    string
	resultHref, resultName, resultType string
	status                             string
	progress                           int
	errMsg                             string
	start, end                         time.Time
}

// taskXML: call with s.mu held.
func (s *server) taskXML(t *task) string {
	href := s.base + "/api/task/" + t.id
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	end := ""
	if !t.end.IsZero() {
		end = ` endTime="` + t.end.Format(time.RFC3339Nano) + `"`
	}
	fmt.Fprintf(&b, `<Task xmlns="http://www.vmware.com/vcloud/v1.5" cancelRequested="false"%s expiryTime="%s" operation="%s" operationName="%s" serviceNamespace="com.vmware.vcloud" startTime="%s" status="%s" name="task" id="urn:vcloud:task:%s" href="%s" type="application/vnd.vmware.vcloud.task+xml">`+"\n",
		end, t.start.Add(24*time.Hour).Format(time.RFC3339Nano), xmlEscape(t.operation), t.opName,
		t.start.Format(time.RFC3339Nano), t.status, t.id, href)
	if t.end.IsZero() {
		fmt.Fprintf(&b, `  <Link rel="task:cancel" href="%s/action/cancel"/>`+"\n", href)
	}
	fmt.Fprintf(&b, `  <Owner href="%s" name="%s" type="%s"/>`+"\n", t.ownerHref, xmlEscape(t.ownerName), t.ownerType)
	if t.status == "error" {
		fmt.Fprintf(&b, `  <Error majorErrorCode="500" message="%s" minorErrorCode="INTERNAL_SERVER_ERROR" stackTrace=""/>`+"\n", xmlEscape(t.errMsg))
	}
	fmt.Fprintf(&b, `  <User href="%s/api/admin/user/%s" name="%s" type="application/vnd.vmware.admin.user+xml"/>`+"\n",
		s.base, uuidOf("user", t.org+"/"+t.user), xmlEscape(t.user))
	fmt.Fprintf(&b, `  <Organization href="%s/api/org/%s" name="%s" type="application/vnd.vmware.vcloud.org+xml"/>`+"\n",
		s.base, uuidOf("org", strings.ToLower(t.org)), xmlEscape(t.org))
	fmt.Fprintf(&b, "  <Progress>%d</Progress>\n", t.progress)
	if t.status == "success" && t.resultHref != "" {
		fmt.Fprintf(&b, `  <Result><ResultReference href="%s" name="%s" type="%s"/></Result>`+"\n",
			t.resultHref, xmlEscape(t.resultName), t.resultType)
	}
	b.WriteString("  <Details></Details>\n</Task>\n")
	return b.String()
}

// startTask registers t (queued), answers 202 with it, and runs work in the
// background: running after a third of -task-delay, then work, then the end.
// work returns the error message of a failed task ("" for success); it may
// change the model only through commit, which runs with s.mu held.
func (s *server) startTask(w http.ResponseWriter, v string, t *task, busy []string,
	work func() (commit func() string)) {
	t.id = uuidOf("task", randomToken())
	t.status = "queued"
	t.start = time.Now()
	s.mu.Lock()
	s.tasks[t.id] = t
	for _, id := range busy {
		s.busy[id] = true
	}
	body := s.taskXML(t)
	s.mu.Unlock()
	go func() {
		time.Sleep(s.taskDelay / 3)
		s.mu.Lock()
		t.status, t.progress = "running", 10
		s.mu.Unlock()
		commit := work()
		time.Sleep(s.taskDelay / 3)
		s.mu.Lock()
		t.progress = 60
		s.mu.Unlock()
		time.Sleep(s.taskDelay - 2*(s.taskDelay/3))
		s.mu.Lock()
		defer s.mu.Unlock()
		msg := commit()
		for _, id := range busy {
			delete(s.busy, id)
		}
		t.end = time.Now()
		if msg != "" {
			t.status, t.errMsg = "error", msg
			return
		}
		t.status, t.progress = "success", 100
	}()
	w.Header().Set("Content-Type", "application/vnd.vmware.vcloud.task+xml;version="+v)
	w.Header().Set("Location", s.base+"/api/task/"+t.id)
	w.WriteHeader(http.StatusAccepted)
	w.Write([]byte(body))
}

var (
	entityPath = regexp.MustCompile(`^/api/vApp/((?:vm|vapp)-[0-9a-f-]+)(?:/power/action/([A-Za-z]+))?$`)
	morefForm  = regexp.MustCompile(`^vm-[0-9]+$`)
)

// forbidden: what the real API answers for another org's entity (and for
// one that does not exist).
func (s *server) forbidden(w http.ResponseWriter, r *http.Request, ref, operation string) {
	s.fail(w, r, http.StatusForbidden, "ACCESS_TO_RESOURCE_IS_FORBIDDEN",
		fmt.Sprintf("Either you need some or all of the following rights [vApp.PowerOperations] to perform operations [%s] for urn:vcloud:%s or the target entity is invalid.",
			operation, strings.Replace(ref, "-", ":", 1)))
}

// entity: GET of a VM or vApp, or POST of a power action on it.
func (s *server) entity(w http.ResponseWriter, r *http.Request) {
	m := entityPath.FindStringSubmatch(r.URL.Path)
	if m == nil {
		s.fail(w, r, http.StatusNotFound, "NOT_FOUND", "Not served by this fixture: "+r.URL.Path)
		return
	}
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	ref, action := m[1], m[2]
	if action == "" {
		if r.Method != http.MethodGet {
			s.fail(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "GET only")
			return
		}
		s.entityXML(w, r, v, sess, ref)
		return
	}
	if r.Method != http.MethodPost {
		s.fail(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "POST only")
		return
	}
	s.power(w, r, v, sess, ref, action)
}

func (s *server) entityXML(w http.ResponseWriter, r *http.Request, v string, sess *session, ref string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	at, ok := s.locate(ref)
	if !ok || (!sess.provider && !strings.EqualFold(at.org.Name, sess.org)) {
		s.forbidden(w, r, ref, "VAPP_VIEW")
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	if at.vm != nil {
		w.Header().Set("Content-Type", "application/vnd.vmware.vcloud.vm+xml;version="+v)
		fmt.Fprintf(&b, `<Vm xmlns="http://www.vmware.com/vcloud/v1.5" needsCustomization="false" deployed="true" status="%d" name="%s" id="urn:vcloud:vm:%s" href="%s" type="application/vnd.vmware.vcloud.vm+xml">`+"\n"+
			`  <Link rel="up" href="%s" type="application/vnd.vmware.vcloud.vApp+xml"/>`+"\n</Vm>\n",
			statusCode(at.vm.Status), xmlEscape(at.vm.Name), at.vm.ID, s.href("vm", at.vm.ID), s.href("vapp", at.vapp.ID))
	} else {
		w.Header().Set("Content-Type", "application/vnd.vmware.vcloud.vApp+xml;version="+v)
		fmt.Fprintf(&b, `<VApp xmlns="http://www.vmware.com/vcloud/v1.5" ovfDescriptorUploaded="true" deployed="true" status="%d" name="%s" id="urn:vcloud:vapp:%s" href="%s" type="application/vnd.vmware.vcloud.vApp+xml">`+"\n",
			statusCode(vappStatus(*at.vapp)), xmlEscape(at.vapp.Name), at.vapp.ID, s.href("vapp", at.vapp.ID))
		fmt.Fprintf(&b, `  <Link rel="up" href="%s" type="application/vnd.vmware.vcloud.vdc+xml"/>`+"\n  <Children>\n", s.href("vdc", at.vdc.ID))
		for _, x := range at.vapp.VMs {
			fmt.Fprintf(&b, `    <Vm status="%d" name="%s" id="urn:vcloud:vm:%s" href="%s" type="application/vnd.vmware.vcloud.vm+xml"/>`+"\n",
				statusCode(x.Status), xmlEscape(x.Name), x.ID, s.href("vm", x.ID))
		}
		b.WriteString("  </Children>\n</VApp>\n")
	}
	w.Write([]byte(b.String()))
}

type powerOp struct {
	want   string // the VM status afterwards
	needOn bool   // only VMs that are on take part (and at least one must)
	verb   string // for task texts: "Powering on"
	opName string
	soap   string // the vSphere method
	rights string
}

var powerOps = map[string]powerOp{
	"powerOn":  {"POWERED_ON", false, "Powering on", "PowerOn", "PowerOnVM_Task", "VAPP_VM_POWER_ON"},
	"powerOff": {"POWERED_OFF", true, "Powering off", "PowerOff", "PowerOffVM_Task", "VAPP_VM_POWER_OFF"},
	"shutdown": {"POWERED_OFF", true, "Shutting down", "Shutdown", "ShutdownGuest", "VAPP_VM_SHUTDOWN"},
	"reset":    {"POWERED_ON", true, "Resetting", "Reset", "ResetVM_Task", "VAPP_VM_RESET"},
}

func (s *server) power(w http.ResponseWriter, r *http.Request, v string, sess *session, ref, action string) {
	op, known := powerOps[action]
	if !known {
		s.fail(w, r, http.StatusNotFound, "NOT_FOUND", "Not served by this fixture: power action "+action)
		return
	}
	s.mu.Lock()
	at, ok := s.locate(ref)
	if !ok || (!sess.provider && !strings.EqualFold(at.org.Name, sess.org)) {
		s.mu.Unlock()
		s.forbidden(w, r, ref, op.rights)
		return
	}
	kind, name, href, typ := "VM", "", "", "application/vnd.vmware.vcloud.vm+xml"
	var targets []vm
	if at.vm != nil {
		name, href = at.vm.Name, s.href("vm", at.vm.ID)
		targets = []vm{*at.vm}
	} else {
		kind, name, href, typ = "vApp", at.vapp.Name, s.href("vapp", at.vapp.ID), "application/vnd.vmware.vcloud.vApp+xml"
		targets = append(targets, at.vapp.VMs...)
	}
	var busy []string
	if at.vm == nil {
		busy = append(busy, ref)
	}
	var todo []vm
	for _, x := range targets {
		if s.busy["vm-"+x.ID] || s.busy["vapp-"+at.vapp.ID] {
			s.mu.Unlock()
			s.fail(w, r, http.StatusBadRequest, "BUSY_ENTITY",
				fmt.Sprintf("The entity %s \"%s\" is busy completing an operation.", kind, name))
			return
		}
		on := x.Status == "POWERED_ON"
		if (op.needOn && on) || (!op.needOn && !on) {
			todo = append(todo, x)
			busy = append(busy, "vm-"+x.ID)
		}
	}
	s.mu.Unlock()
	if len(todo) == 0 {
		state := "powered off"
		if op.needOn {
			state = "running"
		}
		s.fail(w, r, http.StatusBadRequest, "BAD_REQUEST",
			fmt.Sprintf("The requested operation could not be executed since %s \"%s\" is not %s.", kind, name, state))
		return
	}
	t := &task{org: at.org.Name, user: sess.user, operation: fmt.Sprintf("%s %s %s(%s)", op.verb, kind, name, strings.SplitN(ref, "-", 2)[1]),
		opName: "vapp" + op.opName, ownerHref: href, ownerName: name, ownerType: typ}
	if sess.provider {
		t.org = "System"
	}
	s.startTask(w, v, t, busy, func() func() string {
		var failures []string
		done := map[string]bool{}
		for _, x := range todo {
			if err := s.vc.power(x.Moref, op.soap); err != nil {
				failures = append(failures, fmt.Sprintf("%s (%s): %v", x.Name, x.Moref, err))
				continue
			}
			done[x.ID] = true
		}
		return func() string {
			for i := range s.orgs {
				for j := range s.orgs[i].VDCs {
					for k := range s.orgs[i].VDCs[j].VApps {
						a := &s.orgs[i].VDCs[j].VApps[k]
						for l := range a.VMs {
							if done[a.VMs[l].ID] {
								a.VMs[l].Status = op.want
							}
						}
					}
				}
			}
			if len(failures) > 0 {
				return "vCenter " + s.vcName + " could not do it: " + strings.Join(failures, "; ")
			}
			return ""
		}
	})
}

func (s *server) taskGet(w http.ResponseWriter, r *http.Request) {
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	if r.Method != http.MethodGet {
		s.fail(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "GET only")
		return
	}
	id := strings.TrimPrefix(r.URL.Path, "/api/task/")
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tasks[id]
	if !ok || (!sess.provider && !strings.EqualFold(t.org, sess.org)) {
		s.fail(w, r, http.StatusForbidden, "ACCESS_TO_RESOURCE_IS_FORBIDDEN",
			"Either you need some or all of the following rights [General.ViewTasks] to perform operations [TASK_VIEW] for urn:vcloud:task:"+id+" or the target entity is invalid.")
		return
	}
	w.Header().Set("Content-Type", "application/vnd.vmware.vcloud.task+xml;version="+v)
	w.Write([]byte(s.taskXML(t)))
}

type importParams struct {
	XMLName    xml.Name `xml:"ImportVmIntoExistingVAppParams"`
	SourceMove string   `xml:"sourceMove,attr"`
	VMName     string   `xml:"VmName"`
	VMMoRef    string   `xml:"VmMoRef"`
	VApp       struct {
		Href string `xml:"href,attr"`
	} `xml:"VApp"`
}

func (s *server) importVM(w http.ResponseWriter, r *http.Request) {
	v := s.acceptVersion(w, r)
	if v == "" {
		return
	}
	sess := s.authorized(w, r)
	if sess == nil {
		return
	}
	if r.Method != http.MethodPost {
		s.fail(w, r, http.StatusMethodNotAllowed, "METHOD_NOT_ALLOWED", "POST only")
		return
	}
	if !sess.provider {
		s.fail(w, r, http.StatusForbidden, "ACCESS_TO_RESOURCE_IS_FORBIDDEN",
			"Either you need some or all of the following rights [Provider.VirtualCenter.Import] to perform operations [IMPORT_VM] or the target entity is invalid.")
		return
	}
	id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/api/admin/extension/vimServer/"), "/importVmIntoExistingVApp")
	if id != s.vcID {
		s.fail(w, r, http.StatusNotFound, "NOT_FOUND", "No such vCenter server")
		return
	}
	var p importParams
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err == nil {
		err = xml.Unmarshal(raw, &p)
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "BAD_REQUEST", "Bad request body: "+err.Error())
		return
	}
	if !morefForm.MatchString(p.VMMoRef) {
		s.fail(w, r, http.StatusBadRequest, "BAD_REQUEST", "VmMoRef must name a vCenter VM (vm-N), not \""+p.VMMoRef+"\"")
		return
	}
	u, err := url.Parse(p.VApp.Href)
	ref := ""
	if err == nil && strings.HasPrefix(u.Path, "/api/vApp/vapp-") {
		ref = strings.TrimPrefix(u.Path, "/api/vApp/")
	}
	s.mu.Lock()
	at, ok := s.locate(ref)
	if ok && at.vm != nil {
		ok = false
	}
	if !ok {
		s.mu.Unlock()
		s.fail(w, r, http.StatusBadRequest, "BAD_REQUEST", "No such vApp: "+p.VApp.Href)
		return
	}
	for _, o := range s.orgs {
		for _, d := range o.VDCs {
			for _, a := range d.VApps {
				for _, x := range a.VMs {
					if x.Moref == p.VMMoRef {
						s.mu.Unlock()
						s.fail(w, r, http.StatusBadRequest, "BAD_REQUEST",
							"The VM "+p.VMMoRef+" is already managed by VMware Cloud Director (\""+x.Name+"\" in vApp \""+a.Name+"\").")
						return
					}
				}
			}
		}
	}
	vappRef, vappName := at.vapp.ID, at.vapp.Name
	s.mu.Unlock()
	name := p.VMName
	if name == "" {
		name = p.VMMoRef
	}
	newID := uuidOf("vm", p.VMMoRef)
	t := &task{org: "System", user: sess.user,
		operation: fmt.Sprintf("Importing virtual machine %s (%s) into vApp %s", name, p.VMMoRef, vappName),
		opName:    "vdcImportVmIntoVApp", ownerHref: s.href("vapp", vappRef), ownerName: vappName,
		ownerType: "application/vnd.vmware.vcloud.vApp+xml", resultHref: s.href("vm", newID), resultName: name,
		resultType: "application/vnd.vmware.vcloud.vm+xml"}
	s.startTask(w, v, t, []string{"vapp-" + vappRef}, func() func() string {
		status, lookupErr := "", error(nil)
		if s.vc.available() {
			status, lookupErr = s.vc.powerState(p.VMMoRef)
		}
		return func() string {
			if lookupErr != nil {
				return "Cannot import " + p.VMMoRef + " from vCenter " + s.vcName + ": " + lookupErr.Error()
			}
			if status == "" {
				status = "POWERED_OFF"
				for i, x := range s.unmanaged {
					if x.Moref == p.VMMoRef {
						status = x.Status
						s.unmanaged = append(s.unmanaged[:i], s.unmanaged[i+1:]...)
						break
					}
				}
			}
			at, ok := s.locate("vapp-" + vappRef)
			if !ok {
				return "The vApp " + vappName + " no longer exists."
			}
			at.vapp.VMs = append(at.vapp.VMs, vm{Name: name, Moref: p.VMMoRef, Status: status, ID: newID})
			return ""
		}
	})
}

// vcenter: just enough of a vim25 SOAP client to power vcsim's VMs.
type vcenter struct {
	url, thumbprint, credsFile string

	mu         sync.Mutex
	user, pass string
	client     *http.Client
	loggedIn   bool
}

var errNoCredentials = errors.New("no vCenter credentials")

// credentials: read at first use (the lab writes lab.json after starting
// this fixture).
func (c *vcenter) credentials() error {
	if c.user != "" {
		return nil
	}
	raw, err := os.ReadFile(c.credsFile)
	if err != nil {
		return errNoCredentials
	}
	var creds struct {
		User     string `json:"user"`
		Password string `json:"password"`
	}
	if json.Unmarshal(raw, &creds) != nil || creds.User == "" {
		return errNoCredentials
	}
	c.user, c.pass = creds.User, creds.Password
	jar, _ := cookiejar.New(nil)
	want := strings.ToUpper(strings.ReplaceAll(c.thumbprint, ":", ""))
	c.client = &http.Client{Jar: jar, Timeout: 20 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{
		// Pinned, like the product does: vcsim's certificate by its SHA-256.
		InsecureSkipVerify: true,
		VerifyPeerCertificate: func(rawCerts [][]byte, _ [][]*x509.Certificate) error {
			if len(rawCerts) == 0 {
				return errors.New("no certificate")
			}
			sum := sha256.Sum256(rawCerts[0])
			if want != "" && strings.ToUpper(hex.EncodeToString(sum[:])) != want {
				return errors.New("vCenter certificate does not match the launcher's thumbprint")
			}
			return nil
		}}}}
	return nil
}

func (c *vcenter) available() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.credentials() == nil
}

var (
	faultString = regexp.MustCompile(`(?s)<faultstring>(.*?)</faultstring>`)
	returnVal   = regexp.MustCompile(`<returnval[^>]*>([^<]*)</returnval>`)
	taskState   = regexp.MustCompile(`(?s)<name>info\.state</name>\s*<val[^>]*>([^<]*)</val>`)
	taskError   = regexp.MustCompile(`(?s)<localizedMessage>([^<]*)</localizedMessage>`)
	taskFault   = regexp.MustCompile(`(?s)<fault xsi:type="([^"]*)"|<fault [^>]*type="([^"]*)"`)
	powerVal    = regexp.MustCompile(`(?s)<name>runtime\.powerState</name>\s*<val[^>]*>([^<]*)</val>`)
)

// call: one vim25 method; the body of <soapenv:Body>. Call with c.mu held.
func (c *vcenter) call(body string) (string, error) {
	envelope := `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:vim25"><soapenv:Body>` +
		body + `</soapenv:Body></soapenv:Envelope>`
	req, err := http.NewRequest(http.MethodPost, c.url, strings.NewReader(envelope))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "text/xml; charset=utf-8")
	req.Header.Set("SOAPAction", "urn:vim25/6.5")
	resp, err := c.client.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if m := faultString.FindSubmatch(raw); m != nil {
		return "", errors.New(string(m[1]))
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return string(raw), nil
}

// session: signs in once; again after vcsim forgot the session. Call with c.mu held.
func (c *vcenter) session(force bool) error {
	if err := c.credentials(); err != nil {
		return err
	}
	if c.loggedIn && !force {
		return nil
	}
	_, err := c.call(`<Login><_this type="SessionManager">SessionManager</_this><userName>` + xmlEscape(c.user) +
		`</userName><password>` + xmlEscape(c.pass) + `</password></Login>`)
	c.loggedIn = err == nil
	return err
}

// invoke: a call in a session, signing in again once if it was lost.
func (c *vcenter) invoke(body string) (string, error) {
	if err := c.session(false); err != nil {
		return "", err
	}
	out, err := c.call(body)
	if err != nil && (strings.Contains(strings.ToLower(err.Error()), "session") || strings.Contains(err.Error(), "NotAuthenticated")) {
		if err := c.session(true); err != nil {
			return "", err
		}
		out, err = c.call(body)
	}
	return out, err
}

func (c *vcenter) properties(typ, moref string, paths ...string) (string, error) {
	var b strings.Builder
	for _, p := range paths {
		b.WriteString("<pathSet>" + p + "</pathSet>")
	}
	return c.invoke(`<RetrievePropertiesEx><_this type="PropertyCollector">propertyCollector</_this><specSet><propSet><type>` + typ +
		`</type>` + b.String() + `</propSet><objectSet><obj type="` + typ + `">` + moref + `</obj></objectSet></specSet><options/></RetrievePropertiesEx>`)
}

// power runs the vSphere method on the VM and waits for its task; without
// credentials it does nothing (the fixture's state changes alone).
func (c *vcenter) power(moref, method string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := c.credentials(); err != nil {
		log.Printf("no vCenter credentials in %s: %s of %s changes the fixture's state only", c.credsFile, method, moref)
		return nil
	}
	out, err := c.invoke(`<` + method + `><_this type="VirtualMachine">` + moref + `</_this></` + method + `>`)
	if err != nil || method == "ShutdownGuest" {
		return err
	}
	m := returnVal.FindStringSubmatch(out)
	if m == nil {
		return errors.New(method + " returned no task")
	}
	for i := 0; i < 100; i++ {
		info, err := c.properties("Task", m[1], "info.state", "info.error")
		if err != nil {
			return err
		}
		st := taskState.FindStringSubmatch(info)
		if st == nil {
			return errors.New("unreadable task " + m[1])
		}
		switch st[1] {
		case "success":
			return nil
		case "error":
			if e := taskError.FindStringSubmatch(info); e != nil && e[1] != "" {
				return errors.New(e[1])
			}
			if f := taskFault.FindStringSubmatch(info); f != nil {
				return errors.New(f[1] + f[2])
			}
			return errors.New(method + " failed")
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New(method + " did not finish")
}

// powerState: the VM's power state in Cloud Director's words; an error when
// vcsim has no such VM.
func (c *vcenter) powerState(moref string) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out, err := c.properties("VirtualMachine", moref, "runtime.powerState")
	if err != nil {
		return "", err
	}
	m := powerVal.FindStringSubmatch(out)
	if m == nil {
		return "", errors.New("no power state for " + moref)
	}
	if m[1] == "poweredOn" {
		return "POWERED_ON", nil
	}
	return "POWERED_OFF", nil
}

func selfSigned() (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "lifeboat vcd-fixture"},
		NotBefore:    time.Now().Add(-time.Hour), NotAfter: time.Now().Add(30 * 24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, IsCA: true, BasicConstraintsValid: true,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, &tmpl, &tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	certFile := flag.String("cert", "", "PEM certificate (default: a self-signed one made at start)")
	keyFile := flag.String("key", "", "PEM key of -cert")
	usersFile := flag.String("users", "", "JSON array of {org, user, password}; org System signs in as provider")
	vmsFile := flag.String("vms", "", "the vcsim launcher's JSON line: its url and vms[] (name, moref)")
	versions := flag.String("versions", "37.0,38.0", "supported API versions, ascending")
	ttl := flag.Duration("token-ttl", 30*time.Minute, "lifetime of an access token")
	queryDelay := flag.Duration("query-delay", 0, "sleep before each /api/query answer (to let tokens expire mid-inventory)")
	vcName := flag.String("vcenter-name", "lab-vcsim", "name of the vCenter the VMs live on")
	taskDelay := flag.Duration("task-delay", 300*time.Millisecond, "how long a task takes (queued, running, then its end)")
	unmanaged := flag.Int("unmanaged", 0, "keep the last N lab VMs out of the organizations, for importVmIntoExistingVApp")
	vcCreds := flag.String("vcenter-credentials", "", "JSON file with the vCenter's \"user\" and \"password\" (default: lab.json beside -vms)")
	tenantMorefs := flag.Bool("tenant-morefs", true, "show organization users each VM's moref and vCenter; false hides them as a real Cloud Director does (adminVM, for the provider, still shows them)")
	flag.Parse()

	s := &server{versions: strings.Split(*versions, ","), ttl: *ttl, queryDelay: *queryDelay,
		vcName: *vcName, vcID: uuidOf("vimServer", *vcName), sessions: map[string]*session{},
		taskDelay: *taskDelay, tasks: map[string]*task{}, busy: map[string]bool{}, tenantMorefs: *tenantMorefs}

	raw, err := os.ReadFile(*usersFile)
	if err != nil {
		log.Fatalf("-users: %v", err)
	}
	if err := json.Unmarshal(raw, &s.accounts); err != nil {
		log.Fatalf("-users: %v", err)
	}
	var lab struct {
		URL        string `json:"url"`
		Thumbprint string `json:"thumbprint_sha256"`
		VMs        []vm   `json:"vms"`
	}
	raw, err = os.ReadFile(*vmsFile)
	if err != nil {
		log.Fatalf("-vms: %v", err)
	}
	if err := json.Unmarshal(raw, &lab); err != nil {
		log.Fatalf("-vms: %v", err)
	}
	if *unmanaged < 0 || len(lab.VMs)-*unmanaged < 2 {
		log.Fatalf("-vms: need at least 2 VMs besides -unmanaged %d, got %d", *unmanaged, len(lab.VMs))
	}
	for i := range lab.VMs {
		// vcsim's model powers every VM on.
		if lab.VMs[i].Status == "" {
			lab.VMs[i].Status = "POWERED_ON"
		}
	}
	s.vcURL = lab.URL
	managed := len(lab.VMs) - *unmanaged
	s.orgs = buildModel(lab.VMs[:managed])
	s.unmanaged = append([]vm(nil), lab.VMs[managed:]...)
	credsFile := *vcCreds
	if credsFile == "" {
		credsFile = filepath.Join(filepath.Dir(*vmsFile), "lab.json")
	}
	s.vc = &vcenter{url: lab.URL, thumbprint: lab.Thumbprint, credsFile: credsFile}

	var cert tls.Certificate
	if *certFile != "" {
		cert, err = tls.LoadX509KeyPair(*certFile, *keyFile)
	} else {
		cert, err = selfSigned()
	}
	if err != nil {
		log.Fatalf("certificate: %v", err)
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatal(err)
	}
	u := url.URL{Scheme: "https", Host: ln.Addr().String()}
	s.base = u.String()
	sum := sha256.Sum256(cert.Certificate[0])
	pairs := make([]string, len(sum))
	for i, b := range sum {
		pairs[i] = fmt.Sprintf("%02X", b)
	}

	srv := &http.Server{Handler: s.routes(), TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
		ErrorLog: log.New(os.Stderr, "vcd-fixture: ", log.LstdFlags)}
	go func() {
		if err := srv.ServeTLS(ln, "", ""); err != nil && err != http.ErrServerClosed {
			log.Fatal(err)
		}
	}()

	line, _ := json.Marshal(map[string]interface{}{
		"url": s.base, "thumbprint_sha256": strings.Join(pairs, ":"), "pid": os.Getpid(),
		"versions": s.versions, "token_ttl_seconds": int(s.ttl.Seconds()),
		"vcenter": map[string]string{"name": s.vcName, "url": s.vcURL,
			"href": s.base + "/api/admin/extension/vimServer/" + s.vcID},
		"orgs": s.orgs,
	})
	fmt.Println(string(line))

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	<-sig
	srv.Close()
}
