"""A webhook receiver for Parlour's tests, written apart from Parlour's own code.

It verifies each delivery's Standard Webhooks signature with Python's own hmac and base64
(an implementation independent of the app's) and appends one JSON line per request to the
log file given as its argument. Its answer depends on the path:

    /ok        204 when the signature is good, 401 when not
    /fail      500
    /slow      answers after 10 seconds (longer than the tests' time limit)
    /redirect  302 to /ok
    /_secret   (PUT) sets the secret to verify with, from the body

It prints its port on the first line of standard output, listens on 127.0.0.1 only, and
stops when its standard input closes.
"""

import base64
import hashlib
import hmac
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = sys.argv[1]
SECRET = {"value": ""}
LOCK = threading.Lock()


def signature_is_good(headers, body):
    secret = SECRET["value"]
    if not secret.startswith("whsec_"):
        return False
    key = base64.b64decode(secret[len("whsec_"):])
    signed = f"{headers.get('webhook-id')}.{headers.get('webhook-timestamp')}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    offered = [s.split(",", 1)[1] for s in headers.get("webhook-signature", "").split() if s.startswith("v1,")]
    fresh = abs(time.time() - int(headers.get("webhook-timestamp", "0"))) < 300
    return fresh and any(hmac.compare_digest(expected, o) for o in offered)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_PUT(self):
        length = int(self.headers.get("content-length", "0"))
        SECRET["value"] = self.rfile.read(length).decode().strip()
        self.send_response(204)
        self.end_headers()

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        body = self.rfile.read(length)
        good = signature_is_good(self.headers, body)
        with LOCK, open(LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({
                "path": self.path,
                "id": self.headers.get("webhook-id"),
                "timestamp": self.headers.get("webhook-timestamp"),
                "signature_good": good,
                "body": body.decode("utf-8"),
            }) + "\n")
        if self.path == "/ok":
            self.send_response(204 if good else 401)
            self.end_headers()
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("location", "/ok")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(10)
            self.send_response(204)
            self.end_headers()
        else:
            self.send_response(500)
            self.end_headers()


# Deliveries arrive many at once: a deeper backlog than the default five.
ThreadingHTTPServer.request_queue_size = 128
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
sys.stdin.read()
