#!/usr/bin/env python3
"""Tests of tests/tools/faultproxy.py (stdlib unittest).

ProxyTests run the proxy in front of a small stdlib HTTP/1.1 upstream started here (PUT stores,
GET returns, chunked and close-delimited answers) and check every action, the log, the
shaping, scenario reloads and the control endpoint. RealServerTests start Ceph RGW with
tests/servers/servers.sh (skipped when Ceph or aws-cli is missing) and run aws-cli through
the proxy: SigV4 still verifies, and a multipart upload survives a 503, a reset and a
200-with-<Error> CompleteMultipartUpload.

    python3 tests/tools/test_faultproxy.py [-v] [ProxyTests.test_rate_per_conn]
"""

import hashlib
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
PROXY = os.path.join(HERE, "faultproxy.py")
SERVERS_SH = os.path.join(HERE, "..", "servers", "servers.sh")
MiB = 1024 * 1024


def payload(size, seed=1):
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB
    return (block * (size // len(block) + 1))[:size]


# --------------------------------------------------------------------------- the upstream


class Upstream(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), UpstreamHandler)
        self.store = {}
        self.seen = []  # (method, path-with-query, body bytes received)
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # resets are what we test
            super().handle_error(request, client_address)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}"


class UpstreamHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def read_body(self):
        if "chunked" in (self.headers.get("Transfer-Encoding") or ""):
            out = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b""):
                        pass
                    return bytes(out)
                out += self.rfile.read(size)
                self.rfile.read(2)
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length)
        if len(data) != length:
            raise ConnectionError("body cut short")
        return data

    def note(self, nbytes):
        with self.server.lock:
            self.server.seen.append((self.command, self.path, nbytes))

    def send(self, status, body=b"", headers=(), head_only=False):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def do_PUT(self):
        if self.path.startswith("/deny/"):  # answers at once, without reading the body
            self.note(0)
            self.close_connection = True
            return self.send(403, b"<Error><Code>AccessDenied</Code></Error>",
                             [("Connection", "close")])
        try:
            data = self.read_body()
        except (ConnectionError, ValueError):
            self.note(-1)
            self.close_connection = True
            return
        self.note(len(data))
        self.server.store[self.path.split("?")[0]] = data
        self.send(200, headers=[("ETag", '"%s"' % hashlib.md5(data).hexdigest())])

    def do_POST(self):
        data = self.read_body()
        self.note(len(data))
        self.send(200, b"<CompleteMultipartUploadResult><ETag>\"abc-2\"</ETag>"
                       b"</CompleteMultipartUploadResult>", [("Content-Type", "application/xml")])

    def do_HEAD(self):
        self.note(0)
        data = self.server.store.get(self.path.split("?")[0])
        self.send(200 if data is not None else 404, data or b"", head_only=True)

    def do_GET(self):
        self.note(0)
        path = self.path.split("?")[0]
        kind, _, key = path.lstrip("/").partition("/")
        data = self.server.store.get("/" + key) if kind in ("chunked", "eof") else \
            self.server.store.get(path)
        if data is None:
            return self.send(404, b"<Error><Code>NoSuchKey</Code></Error>")
        if kind == "chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(data), 100000):
                piece = data[i:i + 100000]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        if kind == "eof":
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True
            return
        self.send(200, data)


# --------------------------------------------------------------------------- helpers


class ProxyProcess:
    def __init__(self, upstream_url, workdir, *args):
        self.log_path = os.path.join(workdir, "proxy-%d.log" % time.monotonic_ns())
        self.proc = subprocess.Popen(
            [sys.executable, PROXY, "--upstream", upstream_url, "--log", self.log_path, *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line.startswith("LISTENING "):
            self.proc.kill()
            raise RuntimeError("proxy did not start: %r %s" % (line, self.proc.stderr.read()))
        self.port = int(line.split()[1])
        self.conns = []

    def conn(self, timeout=30):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        self.conns.append(c)
        return c

    def log(self, wait_for=0, timeout=5.0):
        """The log's records (waits until at least wait_for are written)."""
        end = time.monotonic() + timeout
        while True:
            try:
                with open(self.log_path) as f:
                    records = [json.loads(line) for line in f if line.strip()]
            except FileNotFoundError:
                records = []
            if len(records) >= wait_for or time.monotonic() > end:
                return records
            time.sleep(0.02)

    def stop(self):
        for c in self.conns:
            c.close()
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return err


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    return resp.status, resp.read(), resp


# --------------------------------------------------------------------------- tests


class ProxyTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.upstream = Upstream()
        cls.tmp = tempfile.mkdtemp(prefix="faultproxy-test-")

    @classmethod
    def tearDownClass(cls):
        cls.upstream.shutdown()
        cls.upstream.server_close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        self.upstream.seen.clear()

    def proxy(self, *args):
        p = ProxyProcess(self.upstream.url, self.tmp, *args)

        def stop():
            err = p.stop()
            self.assertNotIn("Traceback", err)
            self.assertNotIn("faultproxy: connection", err)
        self.addCleanup(stop)
        return p

    def put(self, p, key, data, conn=None):
        c = conn or p.conn()
        status, _, _ = request(c, "PUT", key, data)
        self.assertEqual(status, 200)

    # ---- forwarding

    def test_passthrough_keepalive_and_log(self):
        p = self.proxy()
        data = payload(20 * MiB)
        c = p.conn()
        status, _, resp = request(c, "PUT", "/b/big?x=1", data)
        self.assertEqual(status, 200)
        self.assertEqual(resp.getheader("ETag"), '"%s"' % hashlib.md5(data).hexdigest())
        sock = c.sock
        status, body, _ = request(c, "GET", "/b/big")
        self.assertEqual((status, body == data), (200, True))
        status, body, resp = request(c, "HEAD", "/b/big")
        self.assertEqual((status, body, resp.getheader("Content-Length")), (200, b"", str(len(data))))
        self.assertIs(c.sock, sock, "the client connection was not kept alive")
        log = p.log(3)
        self.assertEqual([r["method"] for r in log], ["PUT", "GET", "HEAD"])
        self.assertEqual(log[0]["path"], "/b/big")
        self.assertEqual(log[0]["query"], "x=1")
        self.assertEqual([r["req_bytes"] for r in log], [len(data), 0, 0])
        self.assertEqual([r["resp_bytes"] for r in log], [0, len(data), 0])
        self.assertEqual({r["conn"] for r in log}, {log[0]["conn"]})
        self.assertEqual([r["status"] for r in log], [200, 200, 200])
        self.assertTrue(all(r["action"] is None and r["error"] is None for r in log))
        for key in ("t", "conn", "method", "path", "query", "status", "req_bytes", "resp_bytes",
                    "action"):
            self.assertIn(key, log[0])

    def test_chunked_bodies(self):
        p = self.proxy()
        data = payload(3 * MiB + 17, seed=2)
        c = p.conn()
        c.request("PUT", "/b/chunky", body=iter([data[:MiB], data[MiB:]]), encode_chunked=True)
        resp = c.getresponse()
        resp.read()
        self.assertEqual(resp.status, 200)
        self.assertEqual(self.upstream.store["/b/chunky"], data)
        status, body, resp = request(c, "GET", "/chunked/b/chunky")
        self.assertEqual(resp.getheader("Transfer-Encoding"), "chunked")
        self.assertEqual((status, body == data), (200, True))
        log = p.log(2)
        self.assertEqual(log[0]["req_bytes"], len(data))
        self.assertEqual(log[1]["resp_bytes"], len(data))

    def test_close_delimited_response(self):
        p = self.proxy()
        data = payload(MiB, seed=3)
        self.put(p, "/b/eofkey", data)
        status, body, resp = request(p.conn(), "GET", "/eof/b/eofkey")
        self.assertEqual((status, body == data), (200, True))
        self.assertEqual(resp.getheader("Connection"), "close")

    def test_expect_100_continue(self):
        p = self.proxy()
        data = payload(2 * MiB, seed=4)
        with socket.create_connection(("127.0.0.1", p.port), timeout=10) as s:
            s.sendall(b"PUT /b/expect HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n"
                      b"Expect: 100-continue\r\n\r\n" % len(data))
            interim = s.recv(4096)
            self.assertTrue(interim.startswith(b"HTTP/1.1 100"), interim)
            s.sendall(data)
            answer = s.recv(4096)
            self.assertTrue(answer.startswith(b"HTTP/1.1 200"), answer)
        self.assertEqual(self.upstream.store["/b/expect"], data)

    def test_early_answer_is_relayed(self):
        p = self.proxy()
        status, body, resp = request(p.conn(), "PUT", "/deny/k", payload(16 * MiB))
        self.assertEqual(status, 403)
        self.assertIn(b"AccessDenied", body)
        self.assertEqual(resp.getheader("Connection"), "close")
        log = p.log(1)
        self.assertEqual((log[0]["status"], log[0]["error"]), (403, None))

    def test_upstream_down(self):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        p = ProxyProcess("http://127.0.0.1:%d" % port, self.tmp)
        self.addCleanup(p.stop)
        status, body, _ = request(p.conn(), "GET", "/b/x")
        self.assertEqual(status, 502)
        self.assertIn(b"<Code>BadGateway</Code>", body)

    # ---- actions

    def test_status_nth_keeps_connection(self):
        rules = [{"name": "slow-part-3", "match": {"method": "PUT", "query": "(^|&)partNumber=3(&|$)",
                                                   "nth": 1},
                  "action": "status", "status": 503, "headers": {"Retry-After": "1"}}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        part = payload(100000)
        status, body, resp = request(c, "PUT", "/b/k?partNumber=3&uploadId=u", part)
        self.assertEqual(status, 503)
        self.assertIn(b"<Code>SlowDown</Code>", body)
        self.assertEqual(resp.getheader("Retry-After"), "1")
        sock = c.sock
        self.assertEqual(request(c, "PUT", "/b/k?partNumber=13&uploadId=u", part)[0], 200)
        self.assertEqual(request(c, "PUT", "/b/k?partNumber=3&uploadId=u", part)[0], 200)
        self.assertIs(c.sock, sock)
        self.assertEqual([q for _, q, _ in self.upstream.seen],
                         ["/b/k?partNumber=13&uploadId=u", "/b/k?partNumber=3&uploadId=u"])
        log = p.log(3)
        self.assertEqual([(r["status"], r["action"], r["rules"]) for r in log],
                         [(503, "status", ["slow-part-3"]), (200, None, []), (200, None, [])])
        self.assertEqual(log[0]["req_bytes"], len(part))

    def test_first_every_times(self):
        rules = [{"match": {"method": "GET", "path": "^/first/", "first": 2}, "action": "status",
                  "status": 500},
                 {"match": {"method": "GET", "path": "^/every/", "every": 3, "times": 2},
                  "action": "status", "status": 503, "code": "ServiceUnavailable"}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        first = [request(c, "GET", "/first/x")[0] for _ in range(4)]
        self.assertEqual(first, [500, 500, 404, 404])
        every = [request(c, "GET", "/every/x")[0] for _ in range(10)]
        self.assertEqual(every, [404, 404, 503, 404, 404, 503, 404, 404, 404, 404])

    def test_status_default_codes_and_head(self):
        rules = [{"match": {"method": "GET"}, "action": "status", "status": 500},
                 {"match": {"method": "HEAD"}, "action": "status", "status": 404}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        status, body, _ = request(c, "GET", "/b/k")
        self.assertEqual(status, 500)
        self.assertIn(b"<Code>InternalError</Code>", body)
        status, body, _ = request(c, "HEAD", "/b/k")
        self.assertEqual((status, body), (404, b""))

    def test_status_with_expect_answers_at_once(self):
        rules = [{"match": {"method": "PUT"}, "action": "status", "status": 503}]
        p = self.proxy("--rules", json.dumps(rules))
        with socket.create_connection(("127.0.0.1", p.port), timeout=10) as s:
            s.sendall(b"PUT /b/k HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n"
                      b"Expect: 100-continue\r\n\r\n")
            answer = s.recv(65536)
        self.assertTrue(answer.startswith(b"HTTP/1.1 503"), answer)
        self.assertIn(b"Connection: close", answer)
        self.assertEqual(self.upstream.seen, [])

    def test_reset_mid_request_body(self):
        rules = [{"match": {"method": "PUT", "path": "^/b/cut$"}, "action": "reset_mid_body",
                  "after_bytes": MiB}]
        p = self.proxy("--rules", json.dumps(rules))
        with self.assertRaises((ConnectionError, http.client.HTTPException)):
            request(p.conn(), "PUT", "/b/cut", payload(16 * MiB))
        log = p.log(1)
        self.assertEqual((log[0]["action"], log[0]["error"], log[0]["status"]),
                         ("reset_mid_body", "reset", None))
        self.assertEqual(log[0]["req_bytes"], MiB)
        self.assertNotIn("/b/cut", self.upstream.store)
        # the next request, on a new connection, goes through
        self.put(p, "/b/other", b"fine")

    def test_reset_mid_response_body(self):
        p = self.proxy("--rules", json.dumps([{"match": {"method": "GET"}, "action": "reset_mid_body",
                                               "direction": "response", "after_bytes": MiB}]))
        data = payload(8 * MiB, seed=5)
        self.put(p, "/b/dl", data)
        c = p.conn()
        c.request("GET", "/b/dl")
        resp = c.getresponse()
        self.assertEqual(resp.status, 200)
        got = bytearray()
        with self.assertRaises((ConnectionError, http.client.HTTPException)):
            while True:
                piece = resp.read(65536)
                if not piece:
                    raise http.client.IncompleteRead(bytes(got))
                got += piece
        self.assertLessEqual(len(got), MiB)
        self.assertEqual(bytes(got), data[:len(got)])
        log = p.log(2)
        self.assertEqual((log[1]["resp_bytes"], log[1]["error"]), (MiB, "reset"))

    def test_error_200_on_complete(self):
        rules = [{"name": "bad-complete", "match": {"method": "POST", "query": "uploadId="},
                  "action": "error_200"}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        status, body, resp = request(c, "POST", "/b/k?uploadId=abc", b"<CompleteMultipartUpload/>")
        self.assertEqual(status, 200)
        self.assertIn(b"<Error><Code>InternalError</Code>", body)
        self.assertEqual(int(resp.getheader("Content-Length")), len(body))
        self.assertIsNone(resp.getheader("ETag"))
        status, body, _ = request(c, "POST", "/b/k?uploads", b"")
        self.assertIn(b"CompleteMultipartUploadResult", body)
        log = p.log(2)
        self.assertEqual([r["action"] for r in log], ["error_200", None])

    def test_set_headers(self):
        rules = [{"match": {"method": "PUT", "nth": 1}, "action": "set_headers",
                  "headers": {"ETag": '"opaque"', "X-Extra": "1", "Content-Type": None}}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        status, _, resp = request(c, "PUT", "/b/one", b"abc")
        self.assertEqual((status, resp.getheader("ETag"), resp.getheader("X-Extra")),
                         (200, '"opaque"', "1"))
        status, _, resp = request(c, "PUT", "/b/two", b"abc")  # only the first PUT
        self.assertEqual(resp.getheader("ETag"), '"%s"' % hashlib.md5(b"abc").hexdigest())
        self.assertIsNone(resp.getheader("X-Extra"))
        self.assertEqual([r["action"] for r in p.log(2)], ["set_headers", None])

    def test_stall_before_response(self):
        rules = [{"match": {"method": "GET", "nth": 1}, "action": "stall", "seconds": 1.0},
                 {"match": {"method": "HEAD", "nth": 1}, "action": "stall", "seconds": 0.5,
                  "then": "reset"}]
        p = self.proxy("--rules", json.dumps(rules))
        c = p.conn()
        t0 = time.monotonic()
        self.assertEqual(request(c, "GET", "/b/none")[0], 404)
        self.assertGreaterEqual(time.monotonic() - t0, 1.0)
        t0 = time.monotonic()
        self.assertEqual(request(c, "GET", "/b/none")[0], 404)
        self.assertLess(time.monotonic() - t0, 0.5)
        with self.assertRaises((ConnectionError, http.client.HTTPException)):
            request(p.conn(), "HEAD", "/b/none")

    def test_stall_mid_body(self):
        rules = [{"match": {"method": "GET"}, "action": "stall", "direction": "response",
                  "after_bytes": 100000, "seconds": 1.0},
                 {"match": {"method": "PUT", "path": "slowput"}, "action": "stall",
                  "direction": "request", "after_bytes": 100000, "seconds": 1.0}]
        p = self.proxy("--rules", json.dumps(rules))
        data = payload(MiB, seed=6)
        t0 = time.monotonic()
        self.put(p, "/b/slowput", data)
        self.assertGreaterEqual(time.monotonic() - t0, 1.0)
        self.assertEqual(self.upstream.store["/b/slowput"], data)
        t0 = time.monotonic()
        status, body, _ = request(p.conn(), "GET", "/b/slowput")
        self.assertGreaterEqual(time.monotonic() - t0, 1.0)
        self.assertEqual((status, body == data), (200, True))

    def test_latency(self):
        p = self.proxy("--latency-ms", "300", "--rules",
                       json.dumps([{"match": {"path": "^/slow/"}, "action": "latency", "ms": 400}]))
        c = p.conn()
        for path, least in (("/b/x", 0.3), ("/slow/x", 0.7)):
            t0 = time.monotonic()
            request(c, "GET", path)
            self.assertGreaterEqual(time.monotonic() - t0, least)
            self.assertLess(time.monotonic() - t0, least + 1.0)

    def test_rate_per_conn(self):
        rate = 4 * MiB
        p = self.proxy("--rate-per-conn", str(rate))
        data = payload(8 * MiB, seed=7)
        t0 = time.monotonic()
        self.put(p, "/b/rated", data)
        up = time.monotonic() - t0
        t0 = time.monotonic()
        status, body, _ = request(p.conn(), "GET", "/b/rated")
        down = time.monotonic() - t0
        self.assertEqual(body, data)
        for took in (up, down):
            self.assertGreater(took, 2.0 * 0.9)
            self.assertLess(took, 2.0 * 1.5)  # loose above: a busy 2-core machine is slow
        # each connection has its own cap: two at once take about as long as one (1 s), not
        # twice as long (2 s, as with one shared cap); the margin allows for a busy machine
        t0 = time.monotonic()
        threads = [threading.Thread(target=self.put, args=(p, "/b/par%d" % i, data[:4 * MiB]))
                   for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertLess(time.monotonic() - t0, 1.7)
        self.assertEqual(self.upstream.store["/b/par1"], data[:4 * MiB])

    # ---- scenario changes

    def test_scenario_file_reload(self):
        path = os.path.join(self.tmp, "scenario.json")
        with open(path, "w") as f:
            json.dump({"rules": [{"match": {"method": "GET"}, "action": "status", "status": 503}]}, f)
        p = self.proxy("--scenario", path)
        c = p.conn()
        self.assertEqual(request(c, "GET", "/b/x")[0], 503)
        with open(path, "w") as f:
            json.dump([], f)
        st = os.stat(path)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
        self.assertEqual(request(c, "GET", "/b/x")[0], 404)
        with open(path, "w") as f:
            f.write("{ not json")
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000))
        self.assertEqual(request(c, "GET", "/b/x")[0], 404)  # a broken file keeps the last one

    def test_control_endpoint(self):
        p = self.proxy()
        c = p.conn()
        self.assertEqual(request(c, "GET", "/b/x")[0], 404)
        scenario = {"latency_ms": 0, "rules": [{"name": "nope", "match": {"method": "GET", "first": 1},
                                                "action": "status", "status": 500}]}
        status, body, _ = request(c, "POST", "/__proxy/scenario", json.dumps(scenario).encode())
        self.assertEqual((status, json.loads(body)), (200, {"ok": True, "rules": 1}))
        self.assertEqual(request(c, "GET", "/b/x")[0], 500)
        self.assertEqual(request(c, "GET", "/b/x")[0], 404)
        status, body, _ = request(c, "GET", "/__proxy/scenario")
        state = json.loads(body)
        self.assertEqual((state["rules"][0]["matched"], state["rules"][0]["fired"]), (2, 1))
        status, body, _ = request(c, "POST", "/__proxy/scenario", b'{"rules": [{"action": "boom"}]}')
        self.assertEqual(status, 400)
        self.assertEqual([r["status"] for r in p.log(3)], [404, 500, 404])

    def test_log_barrier(self):
        p = self.proxy("--rules", '[{"match": {"method": "PUT"}, "action": "status", "status": 301}]')
        c = p.conn()
        for i in range(1, 21):
            method = "PUT" if i % 2 else "GET"
            self.assertEqual(request(c, method, "/b/x", b"x" if method == "PUT" else None)[0],
                             301 if method == "PUT" else 404)
            status, body, _ = request(p.conn(), "GET", "/__proxy/log")
            self.assertEqual((status, json.loads(body)), (200, {"requests": i}))
            # no waiting: everything answered before the barrier is in the log already
            self.assertEqual(len(p.log()), i)

    def test_absolute_form_as_a_forward_proxy(self):
        # what a client whose http_proxy names the proxy sends: the full URL of any host
        p = self.proxy()
        c = p.conn()
        self.assertEqual(request(c, "PUT", "http://s3.example.invalid:9000/b/fwd?x=1", b"abc")[0], 200)
        self.assertEqual(request(c, "GET", "/b/fwd")[0:2], (200, b"abc"))
        self.assertEqual([(m, q) for m, q, _ in self.upstream.seen], [("PUT", "/b/fwd?x=1"), ("GET", "/b/fwd")])
        log = p.log(2)
        self.assertEqual([(r["path"], r["query"], r["absolute"]) for r in log],
                         [("/b/fwd", "x=1", True), ("/b/fwd", "", False)])

    def test_bad_scenario_is_refused_at_start(self):
        proc = subprocess.run([sys.executable, PROXY, "--upstream", self.upstream.url, "--rules",
                               '[{"match": {"nth": 0}, "action": "status"}]'],
                              capture_output=True, text=True, timeout=10)
        self.assertNotEqual(proc.returncode, 0)
        self.assertIn("nth must be an integer", proc.stderr)


# --------------------------------------------------------------------------- a real server


def have(cmd):
    return shutil.which(cmd) is not None


@unittest.skipUnless(have("radosgw") and have("aws") and have("curl"),
                     "Ceph radosgw or aws-cli not installed (scripts/setup.sh installs them)")
class RealServerTests(unittest.TestCase):
    """aws-cli through the proxy to Ceph RGW, which verifies SigV4 signatures."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="faultproxy-rgw-")
        cls.dir = os.path.join(cls.tmp, "servers")
        run = subprocess.run(["bash", SERVERS_SH, "start", cls.dir, "rgw"], capture_output=True,
                             text=True, timeout=300)
        if run.returncode != 0:
            subprocess.run(["bash", SERVERS_SH, "stop", cls.dir], capture_output=True, timeout=120)
            raise RuntimeError("servers.sh start rgw failed:\n" + run.stdout + run.stderr)
        with open(os.path.join(cls.dir, "servers.env")) as f:
            cls.env = dict(line.rstrip("\n").split("=", 1) for line in f if "=" in line)

    @classmethod
    def tearDownClass(cls):
        subprocess.run(["bash", SERVERS_SH, "stop", cls.dir], capture_output=True, timeout=120)
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def aws(self, port, *args, check=True, secret=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update(AWS_ACCESS_KEY_ID=self.env["RGW_ACCESS_KEY"],
                   AWS_SECRET_ACCESS_KEY=secret or self.env["RGW_SECRET_KEY"],
                   AWS_DEFAULT_REGION=self.env["RGW_REGION"], AWS_CONFIG_FILE="/dev/null",
                   AWS_SHARED_CREDENTIALS_FILE="/dev/null", AWS_EC2_METADATA_DISABLED="true",
                   AWS_REQUEST_CHECKSUM_CALCULATION="when_required",
                   AWS_RESPONSE_CHECKSUM_VALIDATION="when_required",
                   AWS_RETRY_MODE="standard", AWS_MAX_ATTEMPTS="5")
        run = subprocess.run(["aws", "--endpoint-url", "http://127.0.0.1:%d" % port, *args],
                             env=env, capture_output=True, text=True, timeout=300)
        if check:
            self.assertEqual(run.returncode, 0, run.stderr[-3000:])
        return run

    def test_multipart_upload_survives_faults(self):
        rules = [{"name": "slow-part-2", "match": {"method": "PUT", "query": "(^|&)partNumber=2(&|$)",
                                                   "nth": 1}, "action": "status", "status": 503},
                 {"name": "cut-part-3", "match": {"method": "PUT", "query": "(^|&)partNumber=3(&|$)",
                                                  "nth": 1},
                  "action": "reset_mid_body", "after_bytes": MiB},
                 {"name": "bad-complete", "match": {"method": "POST", "query": "(^|&)uploadId=",
                                                    "nth": 1}, "action": "error_200"}]
        p = ProxyProcess(self.env["RGW_URL"], self.tmp, "--rules", json.dumps(rules))
        self.addCleanup(p.stop)
        src = os.path.join(self.tmp, "src.bin")
        back = os.path.join(self.tmp, "back.bin")
        with open(src, "wb") as f:
            f.write(payload(20 * MiB, seed=9))  # 3 parts of aws-cli's 8 MiB
        self.aws(p.port, "s3", "mb", "s3://faultproxy")
        self.aws(p.port, "s3", "cp", "--only-show-errors", src, "s3://faultproxy/dir/a b+c.bin")
        self.aws(p.port, "s3", "cp", "--only-show-errors", "s3://faultproxy/dir/a b+c.bin", back)
        with open(src, "rb") as a, open(back, "rb") as b:
            self.assertEqual(a.read() == b.read(), True)
        log = p.log()
        parts = {}
        for r in log:
            if r["method"] == "PUT" and "partNumber=" in r["query"]:
                n = [kv for kv in r["query"].split("&") if kv.startswith("partNumber=")][0]
                parts.setdefault(n, []).append(r["status"])
        self.assertEqual(parts["partNumber=1"], [200])
        self.assertEqual(parts["partNumber=2"], [503, 200])
        self.assertEqual(parts["partNumber=3"], [None, 200])
        completes = [r["action"] for r in log if r["method"] == "POST" and "uploadId=" in r["query"]]
        self.assertEqual(completes, ["error_200", None])

    def test_signature_still_checked_through_the_proxy(self):
        p = ProxyProcess(self.env["RGW_URL"], self.tmp)
        self.addCleanup(p.stop)
        self.aws(p.port, "s3api", "list-buckets")
        run = self.aws(p.port, "s3api", "list-buckets", "--debug", check=False, secret="wrong")
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("<Code>SignatureDoesNotMatch</Code>", run.stderr)


if __name__ == "__main__":
    unittest.main()
