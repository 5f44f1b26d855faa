"""A small HTTP front for the tests' Radicale, for what Radicale itself does not do.

Usage: davproxy.py PORT TARGET_PORT MODE [USER PASSWORD]
  MODE redirect: every request is answered with 308 to the same path on TARGET_PORT under /alice/
                 (the calendar "moved": /old/training/ -> http://127.0.0.1:TARGET/alice/training/)
  MODE digest:   requires HTTP Digest authentication (RFC 7616, MD5, qop=auth) for USER/PASSWORD, then
                 forwards the request to Radicale with Basic authentication and relays its answer.
Prints "ready" on a line once it listens.
"""
import base64
import hashlib
import http.client
import http.server
import os
import re
import sys

PORT, TARGET, MODE = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
USER = sys.argv[4] if len(sys.argv) > 4 else ""
PASSWORD = sys.argv[5] if len(sys.argv) > 5 else ""
REALM = "Stridewise test"
NONCE = base64.b64encode(os.urandom(16)).decode()


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def answer(self, status, headers=(), data=b""):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def digest_ok(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return False
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
        if fields.get("username") != USER or fields.get("nonce") != NONCE:
            return False
        ha1 = md5(f"{USER}:{REALM}:{PASSWORD}")
        ha2 = md5(f"{self.command}:{fields.get('uri', '')}")
        expected = md5(f"{ha1}:{NONCE}:{fields.get('nc', '')}:{fields.get('cnonce', '')}:{fields.get('qop', '')}:{ha2}")
        return fields.get("response") == expected

    def handle_any(self):
        data = self.body()
        if MODE == "redirect":
            path = re.sub(r"^/old/", "/alice/", self.path)
            self.answer(308, [("Location", f"http://127.0.0.1:{TARGET}{path}")])
            return
        if not self.digest_ok():
            challenge = f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth", algorithm=MD5'
            self.answer(401, [("WWW-Authenticate", challenge)])
            return
        connection = http.client.HTTPConnection("127.0.0.1", TARGET, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("authorization", "host", "connection")}
        headers["Authorization"] = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        connection.request(self.command, self.path, body=data, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        relay = [(k, v) for k, v in response.getheaders() if k.lower() not in ("content-length", "connection", "transfer-encoding")]
        self.answer(response.status, relay, payload)


for verb in ("GET", "PUT", "DELETE", "PROPFIND", "REPORT", "OPTIONS", "MKCALENDAR", "HEAD", "POST"):
    setattr(Handler, "do_" + verb, Handler.handle_any)

server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
print("ready", flush=True)
server.serve_forever()
