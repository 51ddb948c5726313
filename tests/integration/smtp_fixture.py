#!/usr/bin/env python3
"""A small SMTP relay for tests (RFC 5321 subset): EHLO, STARTTLS (with the given
certificate), AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT. Each accepted message is
written to OUTDIR/<n>.eml with a first line "X-Fixture-Envelope: from -> to,to". Prints the
port on stdout once it listens. Not a mock of Lifeboat: a protocol peer, like the lab.
"""
import argparse
import base64
import os
import socket
import ssl
import sys
import threading

parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user", default="")
parser.add_argument("--password", default="")
args = parser.parse_args()
os.makedirs(args.out, exist_ok=True)
counter = [0]
lock = threading.Lock()


def serve(conn):
    tls = False
    authed = not args.user
    mail_from, rcpts = None, []
    reader = conn.makefile("rb")

    def say(line):
        conn.sendall(line.encode() + b"\r\n")

    say("220 fixture.lifeboat ESMTP")
    while True:
        raw = reader.readline()
        if not raw:
            return
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        verb = line.split(" ", 1)[0].upper()
        if verb in ("EHLO", "HELO"):
            caps = ["250-fixture.lifeboat"]
            if args.cert and not tls:
                caps.append("250-STARTTLS")
            if tls or not args.cert:
                caps.append("250-AUTH PLAIN")
            caps.append("250 8BITMIME")
            for cap in caps:
                say(cap)
        elif verb == "STARTTLS" and args.cert and not tls:
            say("220 go ahead")
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(args.cert, args.key)
            conn = context.wrap_socket(conn, server_side=True)
            reader = conn.makefile("rb")
            tls = True
        elif verb == "AUTH":
            parts = line.split(" ")
            try:
                _, user, password = base64.b64decode(parts[2]).split(b"\0")
            except Exception:
                say("501 bad AUTH")
                continue
            if user.decode() == args.user and password.decode() == args.password:
                authed = True
                say("235 ok")
            else:
                say("535 5.7.8 authentication credentials invalid")
        elif verb == "MAIL":
            if not authed:
                say("530 5.7.0 authentication required")
                continue
            mail_from, rcpts = line.split(":", 1)[1].strip(" <>"), []
            say("250 ok")
        elif verb == "RCPT":
            address = line.split(":", 1)[1].strip(" <>")
            if address.endswith("@refused.example"):
                say("550 5.1.1 no such user")
                continue
            rcpts.append(address)
            say("250 ok")
        elif verb == "DATA":
            say("354 end with .")
            lines = []
            while True:
                data = reader.readline()
                if data in (b".\r\n", b".\n", b""):
                    break
                lines.append(data[1:] if data.startswith(b"..") else data)
            with lock:
                counter[0] += 1
                name = os.path.join(args.out, "%d.eml" % counter[0])
            with open(name, "wb") as f:
                f.write(("X-Fixture-Envelope: %s -> %s\r\n" % (mail_from, ",".join(rcpts))).encode())
                f.writelines(lines)
            say("250 queued")
        elif verb == "RSET":
            mail_from, rcpts = None, []
            say("250 ok")
        elif verb == "NOOP":
            say("250 ok")
        elif verb == "QUIT":
            say("221 bye")
            conn.close()
            return
        else:
            say("502 not implemented")


listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(8)
print(listener.getsockname()[1], flush=True)
while True:
    client, _ = listener.accept()
    threading.Thread(target=lambda c=client: (serve(c)), daemon=True).start()
