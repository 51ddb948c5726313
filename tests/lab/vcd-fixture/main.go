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
//	GET  /api/admin/extension/vimServer/{id}   the vCenter a VM lives on (System only)
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
// Build (GOPATH mode, standard library only, no network):
//
//	GO111MODULE=off go build -o vcd-fixture .
package main

import (
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
	"flag"
	"fmt"
	"log"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
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

	mu       sync.Mutex
	sessions map[string]*session
	logins   int
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
						"status": "POWERED_ON", "numberOfVMs": len(a.VMs), "ownerName": o.Name + "-owner",
						"isInMaintenanceMode": false, "isExpired": false, "isDeployed": true,
					})
				}
			case "vm", "adminVM":
				for _, a := range d.VApps {
					for _, v := range a.VMs {
						out = append(out, map[string]interface{}{
							"_type": "QueryResultVMRecordType", "href": s.href("vm", v.ID), "name": v.Name,
							"container": s.href("vapp", a.ID), "containerName": a.Name,
							"vdc": s.href("vdc", d.ID), "vdcName": d.Name, "org": s.href("org", o.ID),
							"status": v.Status, "isVAppTemplate": false, "isDeployed": true,
							"moref": v.Moref, "vmNameInVc": v.Name,
							"vc":     s.base + "/api/admin/extension/vimServer/" + s.vcID,
							"vcName": s.vcName,
						})
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
	all, ok := s.records(typ, sess)
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
	mux.HandleFunc("/api/admin/extension/vimServer/", s.vimServer)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorJSON(w, http.StatusNotFound, "NOT_FOUND", "Not served by this fixture: "+r.URL.Path)
	})
	return mux
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
	flag.Parse()

	s := &server{versions: strings.Split(*versions, ","), ttl: *ttl, queryDelay: *queryDelay,
		vcName: *vcName, vcID: uuidOf("vimServer", *vcName), sessions: map[string]*session{}}

	raw, err := os.ReadFile(*usersFile)
	if err != nil {
		log.Fatalf("-users: %v", err)
	}
	if err := json.Unmarshal(raw, &s.accounts); err != nil {
		log.Fatalf("-users: %v", err)
	}
	var lab struct {
		URL string `json:"url"`
		VMs []vm   `json:"vms"`
	}
	raw, err = os.ReadFile(*vmsFile)
	if err != nil {
		log.Fatalf("-vms: %v", err)
	}
	if err := json.Unmarshal(raw, &lab); err != nil {
		log.Fatalf("-vms: %v", err)
	}
	if len(lab.VMs) < 2 {
		log.Fatalf("-vms: need at least 2 VMs, got %d", len(lab.VMs))
	}
	for i := range lab.VMs {
		// vcsim's model powers every VM on.
		if lab.VMs[i].Status == "" {
			lab.VMs[i].Status = "POWERED_ON"
		}
	}
	s.vcURL = lab.URL
	s.orgs = buildModel(lab.VMs)

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
