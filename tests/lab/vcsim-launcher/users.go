package main

// Extra accounts (-extra-users FILE). vcsim knows one strict account
// (Service.Listen.User). extraUsers is an http.Handler in front of vcsim's own
// that lets more accounts sign in over SOAP:
//
//   - a Login (POST /sdk or /sdk/vimService) whose userName and password match
//     an extra account is passed to vcsim as a Login of the primary account
//     (same _this and locale), and the <userName> and <fullName> of the
//     UserSession in vcsim's reply are put back to the extra user's name, so
//     the client sees who it signed in as;
//   - any other request, including a Login of an extra user with a wrong
//     password, passes through unchanged (vcsim then answers InvalidLogin).
//
// The session vcsim creates is the primary account's: SessionManager's
// currentSession and the session list show the primary user name.
//
// The vAPI REST session endpoint (/rest/com/vmware/cis/session) needs nothing:
// vcsim accepts any non-empty Basic credentials there, extra users included,
// and records the name the client sent.

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io/ioutil"
	"net/http"
	"os"
	"regexp"
	"strings"

	stdxml "encoding/xml"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// readExtraUsers parses FILE: one "user:password" a line, split at the first
// colon (so user names cannot contain ':', passwords can). Empty lines and
// lines starting with '#' are skipped; a trailing CR is dropped, nothing else
// is trimmed.
func readExtraUsers(path, primary string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	users := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.IndexByte(line, ':')
		if i <= 0 || i == len(line)-1 {
			return nil, fmt.Errorf("%s:%d: want user:password (both non-empty)", path, n)
		}
		user, pw := line[:i], line[i+1:]
		if user == primary {
			return nil, fmt.Errorf("%s:%d: %q is the primary (-user) account", path, n, user)
		}
		if _, dup := users[user]; dup {
			return nil, fmt.Errorf("%s:%d: %q given twice", path, n, user)
		}
		users[user] = pw
	}
	return users, sc.Err()
}

type extraUsers struct {
	inner           http.Handler
	primary, primPw string
	users           map[string]string // user -> password
}

var (
	userNameElement = regexp.MustCompile(`<userName>([^<]*)</userName>`)
	fullNameElement = regexp.MustCompile(`<fullName>([^<]*)</fullName>`)
)

func newExtraUsers(inner http.Handler, primary, primaryPassword string, users map[string]string) http.Handler {
	if len(users) == 0 || primary == "" {
		return inner
	}
	return &extraUsers{inner: inner, primary: primary, primPw: primaryPassword, users: users}
}

func (x *extraUsers) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !isSDKPath(r.URL.Path) {
		x.inner.ServeHTTP(w, r)
		return
	}
	body, err := ioutil.ReadAll(r.Body)
	_ = r.Body.Close()
	if err != nil {
		w.WriteHeader(http.StatusBadRequest) // what vcsim does
		return
	}
	r.Body = ioutil.NopCloser(bytes.NewReader(body))
	if !bytes.Contains(body, []byte("Login")) {
		x.inner.ServeHTTP(w, r)
		return
	}
	method, err := simulator.UnmarshalBody(types.TypeFunc(), body)
	if err != nil {
		x.inner.ServeHTTP(w, r)
		return
	}
	req, ok := method.Body.(*types.Login)
	if !ok {
		x.inner.ServeHTTP(w, r)
		return
	}
	if pw, known := x.users[req.UserName]; !known || pw != req.Password {
		x.inner.ServeHTTP(w, r)
		return
	}

	// The same call as the primary account. Rebuilt from the decoded request
	// rather than edited in place, so prefixes, CDATA or entity tricks in the
	// client's XML cannot make the two disagree.
	sub := r.WithContext(r.Context())
	newBody := loginEnvelope(req.This, x.primary, x.primPw, req.Locale)
	sub.Body = ioutil.NopCloser(strings.NewReader(newBody))
	sub.ContentLength = int64(len(newBody))
	sub.Header = r.Header.Clone()
	sub.Header.Del("Content-Length")

	rec := newRecorder()
	x.inner.ServeHTTP(rec, sub)
	if rec.code == 0 || rec.code == http.StatusOK {
		out := x.renameInReply(rec.body.Bytes(), req.UserName)
		rec.body.Reset()
		rec.body.Write(out)
		rec.header.Del("Content-Length")
	}
	rec.copyTo(w)
}

// renameInReply replaces the primary user's name in the LoginResponse's
// userName and fullName (vcsim sets both to the login name) with user's.
func (x *extraUsers) renameInReply(reply []byte, user string) []byte {
	i := bytes.Index(reply, []byte("LoginResponse"))
	if i < 0 {
		return reply
	}
	head, tail := reply[:i], reply[i:]
	swap := func(re *regexp.Regexp, elem string, b []byte) []byte {
		done := false
		return re.ReplaceAllFunc(b, func(m []byte) []byte {
			sub := re.FindSubmatch(m)
			if done || html.UnescapeString(string(sub[1])) != x.primary {
				return m
			}
			done = true
			return []byte("<" + elem + ">" + xmlEscape(user) + "</" + elem + ">")
		})
	}
	tail = swap(userNameElement, "userName", tail)
	tail = swap(fullNameElement, "fullName", tail)
	return append(append([]byte{}, head...), tail...)
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = stdxml.EscapeText(&b, []byte(s))
	return b.String()
}

func loginEnvelope(this types.ManagedObjectReference, user, password, locale string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` +
		`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>` +
		`<Login xmlns="urn:vim25"><_this type="`)
	b.WriteString(xmlEscape(this.Type))
	b.WriteString(`">`)
	b.WriteString(xmlEscape(this.Value))
	b.WriteString(`</_this><userName>`)
	b.WriteString(xmlEscape(user))
	b.WriteString(`</userName><password>`)
	b.WriteString(xmlEscape(password))
	b.WriteString(`</password>`)
	if locale != "" {
		b.WriteString(`<locale>`)
		b.WriteString(xmlEscape(locale))
		b.WriteString(`</locale>`)
	}
	b.WriteString(`</Login></soapenv:Body></soapenv:Envelope>`)
	return b.String()
}
