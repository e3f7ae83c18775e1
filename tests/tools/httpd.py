#!/usr/bin/env python3
"""A local HTTP server for matome's network tests (127.0.0.1 only).

Usage: httpd.py PORTFILE LOGFILE
Binds a free port on 127.0.0.1, writes the port number to PORTFILE, and
serves fixed routes until killed.  LOGFILE gets one line per streamed body:
"PATH sent BYTES", so a test can check that a capped download stopped early.
"""
import http.server
import socketserver
import sys
import time

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Local test page</title></head><body><article><h1>Local test page</h1>
<p>This page is served by the matome test server on 127.0.0.1.</p>
</article></body></html>"""

FINAL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>After redirects</title></head><body><article>
<p>You reached this page through two redirects.</p></article></body></html>"""

# Shift_JIS, declared only in the Content-Type header.
SJIS = """<html><head><title>文字コードはヘッダーだけ</title></head><body>
<article><p>このページの文字コードはHTTPヘッダーでのみ宣言されています。</p>
</article></body></html>""".encode("cp932")

BIG = 50 * 1024 * 1024


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, body, ctype, extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def stream(self, length_header):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if length_header:
            self.send_header("Content-Length", str(BIG))
        self.end_headers()
        chunk = b"a" * 65536
        sent = 0
        try:
            while sent < BIG:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        with open(LOG, "a") as f:
            f.write("%s sent %d\n" % (self.path, sent))

    def do_GET(self):
        p = self.path
        if p == "/page.html":
            self.send(200, PAGE.encode(), "text/html; charset=utf-8")
        elif p == "/sjis":
            self.send(200, SJIS, "text/html; charset=Shift_JIS")
        elif p == "/r1":
            self.send(302, b"", "text/plain", {"Location": "/r2"})
        elif p == "/r2":
            self.send(301, b"", "text/plain", {"Location": "/final.html"})
        elif p == "/final.html":
            self.send(200, FINAL.encode(), "text/html; charset=utf-8")
        elif p == "/loop":
            self.send(302, b"", "text/plain", {"Location": "/loop"})
        elif p == "/big":
            self.stream(True)
        elif p == "/big-stream":
            self.stream(False)
        elif p == "/slow":
            time.sleep(10)
            self.send(200, PAGE.encode(), "text/html")
        else:
            self.send(404, b"<h1>Not Found</h1>" * 1000, "text/html")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


if __name__ == "__main__":
    LOG = sys.argv[2]
    srv = Server(("127.0.0.1", 0), Handler)
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    srv.serve_forever()
