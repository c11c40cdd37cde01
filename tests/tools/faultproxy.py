#!/usr/bin/env python3
"""faultproxy — a fault-injecting, throughput-shaping HTTP/1.1 reverse proxy for S3 tests.

Sits between a client (Haul, aws-cli) and a real S3 server on 127.0.0.1 and, following a
scenario, resets connections mid-body, answers 503 SlowDown / 500 without forwarding, turns a
200 into a 200-with-<Error> body, stalls, adds first-byte latency and caps each connection's
throughput. Bodies are streamed (never held whole, except the small 200 response that
error_200 rewrites). Python 3.11 standard library only.

    faultproxy.py --upstream http://127.0.0.1:9000 [--port 0] [--scenario FILE]
                  [--rules JSON] [--rate-per-conn BYTES_PER_SEC] [--latency-ms MS] [--log FILE]

The first line on stdout is `LISTENING <port>` (flushed), once the socket is bound.

Every request is logged (when it ends) as one JSON line to --log:
    {"t": 1732540000.123, "conn": 3, "seq": 17, "method": "PUT", "path": "/bucket/key",
     "query": "partNumber=3&uploadId=abc", "status": 503, "req_bytes": 0, "resp_bytes": 118,
     "action": "status", "rules": ["slow-part-3"], "duration": 0.004, "error": null}
  t: start time (Unix seconds); conn: client connection number (1, 2, …); seq: request number
  over the whole run; path and query: raw, as on the wire (percent-encoded); status: what the
  client got, null when the connection was reset before a status line; req_bytes / resp_bytes:
  body bytes read from the client / sent to it (payload, without chunk framing); action: the
  actions applied joined with "+" (e.g. "latency+reset_mid_body"), null for none; error: why a
  request did not complete normally ("reset", "client_closed", "upstream: …"), else null;
  absolute: true when the request came in the absolute form ("GET http://host/bucket/key"),
  as a client sends it to its HTTP proxy (http_proxy): the proxy then serves as a forward
  proxy for plain HTTP (no CONNECT), always to its upstream.

Scenario (file given by --scenario, re-read whenever its modification time changes; JSON given
by --rules; or POSTed to http://127.0.0.1:<port>/__proxy/scenario, which replaces the current
one until the file changes again; GET on the same path returns the current scenario with each
rule's "matched" and "fired" counters). Either a list of rules or an object:

    {
      "rate_per_conn": 0,      // optional: bytes/s per connection and direction (0 = no cap);
                               //   overrides --rate-per-conn
      "latency_ms": 0,         // optional: first-byte latency on every response; overrides
                               //   --latency-ms
      "rules": [
        {
          "name": "slow-part-3",           // optional, shown in the log's "rules"
          "match": {                       // every field optional; all given must hold
            "method": "PUT",               //   exact, case-insensitive
            "path": "^/bucket/big\\.bin$", //   regex, re.search on the raw path
            "query": "(^|&)partNumber=3(&|$)", // regex, re.search on the raw query string
            "headers": {"content-type": "xml"}, // header name -> regex (re.search)
            "nth": 2,                      //   only the 2nd matching request (1-based), or
            "first": 3,                    //   only the first 3 matching requests, or
            "every": 4,                    //   every 4th matching request (4th, 8th, …)
            "times": 2                     //   and at most this many times in all
          },
          "action": "status",             // one of the actions below
          ...parameters of the action
        }
      ]
    }

Actions and their parameters:
  status          answer without forwarding: "status" (default 503), "code" (S3 error code;
                  default by status: 503 SlowDown, 500 InternalError, 400 BadRequest,
                  403 AccessDenied, 404 NoSuchKey, else ServiceUnavailable), "message",
                  "headers" ({name: value}, e.g. {"Retry-After": "1"}). The request body is
                  read and discarded first (connection kept alive); with
                  "Expect: 100-continue" the answer comes at once and the connection closes.
  reset_mid_body  close the client connection abruptly (TCP RST) after "after_bytes" (default
                  0) body bytes in "direction" "request" (default: bytes read from the client
                  and forwarded) or "response" (bytes sent to the client). A body shorter
                  than after_bytes is not reset.
  error_200       forward, then replace a 200 response's body with an S3 <Error> document:
                  "code" (default InternalError), "message". Non-200 answers pass unchanged.
  stall           hold for "seconds" (default 30): without "after_bytes", before the response
                  status line (the request was forwarded and answered); with "after_bytes",
                  after that many body bytes in "direction" ("request" or "response"). Then
                  "then": "continue" (default) or "reset".
  latency         add "ms" milliseconds of first-byte latency (on top of latency_ms).
  set_headers     forward, then replace response headers: "headers" ({name: value}; a value of
                  null removes the header), e.g. {"ETag": "\"opaque\""} for a store whose ETag
                  is not an MD5.
Several rules may fire for one request: each kind of action is applied once (the first rule
of that kind wins); "status" means nothing is forwarded.

GET /__proxy/log answers {"requests": n} (requests seen so far) after every request whose
response was sent before it has been written to the log: a client that reads the log right after its own response should ask it
first (the proxy may not have logged that response yet when the client has it).

Requests to /__proxy/... are never forwarded or logged. Hop-by-hop headers are not forwarded;
each request goes to the upstream on a fresh connection (so upstream keep-alive time-outs never
break a client's kept-alive connection); the Host header is forwarded unchanged, so SigV4
signatures made for the proxy's address still verify upstream.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import struct
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

CHUNK = 256 * 1024
STREAM_LIMIT = 256 * 1024   # asyncio stream buffer, and so the longest message head accepted
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authenticate",
              "proxy-authorization", "te", "upgrade"}
ACTIONS = {"status", "reset_mid_body", "error_200", "stall", "latency", "set_headers"}
MATCH_KEYS = {"method", "path", "query", "headers", "nth", "first", "every", "times"}
DEFAULT_CODES = {503: "SlowDown", 500: "InternalError", 400: "BadRequest", 403: "AccessDenied",
                 404: "NoSuchKey"}
REASONS = {200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
           408: "Request Timeout", 431: "Request Header Fields Too Large",
           500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
           504: "Gateway Timeout"}


class ScenarioError(ValueError):
    pass


class ResetConnection(Exception):
    """Raised to close the client connection with a TCP RST."""


class ClientClosed(Exception):
    pass


class UpstreamGone(Exception):
    """The upstream stopped reading the request body (it may have answered early)."""


# --------------------------------------------------------------------------- scenario


class Rule:
    def __init__(self, spec: dict, index: int):
        if not isinstance(spec, dict):
            raise ScenarioError(f"rule {index}: not an object")
        self.spec = spec
        self.name = str(spec.get("name", f"rule{index}"))
        self.action = spec.get("action")
        if self.action not in ACTIONS:
            raise ScenarioError(f"rule {self.name}: action must be one of {sorted(ACTIONS)}")
        match = spec.get("match", {})
        if not isinstance(match, dict) or set(match) - MATCH_KEYS:
            raise ScenarioError(f"rule {self.name}: match keys must be among {sorted(MATCH_KEYS)}")
        try:
            self.method = match.get("method", "").upper() or None
            self.path = re.compile(match["path"]) if "path" in match else None
            self.query = re.compile(match["query"]) if "query" in match else None
            self.headers = {k.lower(): re.compile(v) for k, v in match.get("headers", {}).items()}
        except re.error as e:
            raise ScenarioError(f"rule {self.name}: bad regex: {e}") from e
        self.nth = match.get("nth")
        self.first = match.get("first")
        self.every = match.get("every")
        self.times = match.get("times")
        for key in ("nth", "first", "every", "times"):
            value = match.get(key)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise ScenarioError(f"rule {self.name}: {key} must be an integer >= 1")
        direction = spec.get("direction", "request")
        if direction not in ("request", "response"):
            raise ScenarioError(f"rule {self.name}: direction must be request or response")
        if spec.get("then", "continue") not in ("continue", "reset"):
            raise ScenarioError(f"rule {self.name}: then must be continue or reset")
        self.matched = 0
        self.fired = 0

    def param(self, key, default=None):
        return self.spec.get(key, default)

    def applies(self, req: "Request") -> bool:
        """Counts a matching request and tells whether the rule fires for it."""
        if self.method and req.method.upper() != self.method:
            return False
        if self.path and not self.path.search(req.path):
            return False
        if self.query and not self.query.search(req.query):
            return False
        for name, rx in self.headers.items():
            if not rx.search(req.header(name) or ""):
                return False
        self.matched += 1
        n = self.matched
        if self.nth is not None and n != self.nth:
            return False
        if self.first is not None and n > self.first:
            return False
        if self.every is not None and n % self.every != 0:
            return False
        if self.times is not None and self.fired >= self.times:
            return False
        self.fired += 1
        return True

    def describe(self) -> dict:
        return dict(self.spec, matched=self.matched, fired=self.fired)


class Scenario:
    def __init__(self, obj, default_rate: float, default_latency: float, source: str):
        if isinstance(obj, list):
            obj = {"rules": obj}
        if not isinstance(obj, dict):
            raise ScenarioError("a scenario is a list of rules or an object with \"rules\"")
        unknown = set(obj) - {"rules", "rate_per_conn", "latency_ms"}
        if unknown:
            raise ScenarioError(f"unknown scenario keys: {sorted(unknown)}")
        self.rules = [Rule(r, i) for i, r in enumerate(obj.get("rules", []))]
        self.rate = float(obj.get("rate_per_conn", default_rate) or 0)
        self.latency_ms = float(obj.get("latency_ms", default_latency) or 0)
        self.source = source

    def fire(self, req: "Request") -> dict:
        """The rules firing for req, by action kind (first rule of each kind)."""
        chosen: dict[str, Rule] = {}
        for rule in self.rules:
            if rule.applies(req) and rule.action not in chosen:
                chosen[rule.action] = rule
        return chosen

    def describe(self) -> dict:
        return {"source": self.source, "rate_per_conn": self.rate, "latency_ms": self.latency_ms,
                "rules": [r.describe() for r in self.rules]}


# --------------------------------------------------------------------------- HTTP pieces


@dataclass
class Request:
    method: str
    target: str
    version: str
    headers: list  # [(name, value)]
    path: str = ""
    query: str = ""

    def __post_init__(self):
        # A client that takes this for its HTTP proxy (http_proxy) sends the absolute form,
        # "GET http://host:port/bucket/key HTTP/1.1": the origin form is what goes upstream.
        self.forwarded = self.target.startswith(("http://", "https://"))
        if self.forwarded:
            rest = self.target.split("://", 1)[1]
            self.target = "/" + rest.partition("/")[2]
        self.path, _, self.query = self.target.partition("?")

    def header(self, name: str):
        name = name.lower()
        for k, v in self.headers:
            if k.lower() == name:
                return v
        return None


def parse_head(raw: bytes):
    lines = raw.decode("latin-1").split("\r\n")
    first = lines[0].split(" ", 2)
    headers = []
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"bad header line {line!r}")
        headers.append((name.strip(), value.strip()))
    return first, headers


def header_of(headers, name):
    name = name.lower()
    for k, v in headers:
        if k.lower() == name:
            return v
    return None


def body_framing(headers):
    """('chunked', None) | ('length', n) | ('none', 0)"""
    te = header_of(headers, "transfer-encoding")
    if te and "chunked" in te.lower():
        return "chunked", None
    cl = header_of(headers, "content-length")
    if cl is not None:
        return "length", int(cl)
    return "none", 0


async def read_head(reader: asyncio.StreamReader):
    try:
        return await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as e:
        if e.partial:
            raise ClientClosed("connection closed inside a message head") from e
        return None


def s3_error_body(code: str, message: str, resource: str, request_id: str) -> bytes:
    esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<Error><Code>{esc(code)}</Code><Message>{esc(message)}</Message>"
            f"<Resource>{esc(resource)}</Resource><RequestId>{esc(request_id)}</RequestId>"
            "</Error>").encode()


class Bucket:
    """Token bucket: take(n) sleeps so that the long-run rate stays at `rate` bytes/s."""

    def __init__(self):
        self.tokens = 0.0
        self.last = time.monotonic()

    async def take(self, n: int, rate: float):
        if rate <= 0:
            return
        now = time.monotonic()
        burst = max(rate * 0.05, 16384.0)
        self.tokens = min(burst, self.tokens + (now - self.last) * rate) - n
        self.last = now
        if self.tokens < 0:
            await asyncio.sleep(-self.tokens / rate)


class Meter:
    """Counts body bytes on their way, shapes them, and stalls or resets at a byte offset."""

    def __init__(self, bucket: Bucket, rate_fn, reset_at=None, stall_at=None, stall_s=0.0,
                 stall_then="continue"):
        self.bucket = bucket
        self.rate_fn = rate_fn
        self.reset_at = reset_at
        self.stall_at = stall_at
        self.stall_s = stall_s
        self.stall_then = stall_then
        self.count = 0
        self.stalled = False

    async def checkpoint(self):
        if self.stall_at is not None and not self.stalled and self.count >= self.stall_at:
            self.stalled = True
            await asyncio.sleep(self.stall_s)
            if self.stall_then == "reset":
                raise ResetConnection()
        if self.reset_at is not None and self.count >= self.reset_at:
            raise ResetConnection()

    def piece_size(self) -> int:
        rate = self.rate_fn()
        if rate <= 0:
            return CHUNK
        return int(min(CHUNK, max(4096, rate / 50)))

    async def feed(self, data: bytes, write):
        pos = 0
        while pos < len(data):
            size = min(len(data) - pos, self.piece_size())
            for boundary in (self.reset_at, None if self.stalled else self.stall_at):
                if boundary is not None and self.count < boundary < self.count + size:
                    size = boundary - self.count
            piece = data[pos:pos + size]
            await self.bucket.take(len(piece), self.rate_fn())
            await write(piece)
            self.count += len(piece)
            pos += len(piece)
            await self.checkpoint()


async def copy_body(src: asyncio.StreamReader, write, framing, length, meter: Meter, raw_write):
    """Copies one body from src. Payload bytes go through meter.feed(data, write); chunk framing
    goes straight to raw_write. Returns at the end of the body."""
    await meter.checkpoint()
    if framing == "length":
        left = length
        while left > 0:
            data = await src.read(min(left, CHUNK))
            if not data:
                raise ClientClosed("body ended early")
            left -= len(data)
            await meter.feed(data, write)
        return
    if framing == "eof":
        while True:
            data = await src.read(CHUNK)
            if not data:
                return
            await meter.feed(data, write)
    if framing != "chunked":
        return
    while True:
        try:
            line = await src.readuntil(b"\r\n")
        except asyncio.IncompleteReadError as e:
            raise ClientClosed("chunked body ended early") from e
        await raw_write(line)
        size = int(line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            while True:  # trailers, up to the empty line
                try:
                    trailer = await src.readuntil(b"\r\n")
                except asyncio.IncompleteReadError as e:
                    raise ClientClosed("chunked trailer ended early") from e
                await raw_write(trailer)
                if trailer == b"\r\n":
                    return
        left = size
        while left > 0:
            data = await src.read(min(left, CHUNK))
            if not data:
                raise ClientClosed("chunk ended early")
            left -= len(data)
            await meter.feed(data, write)
        crlf = await src.readexactly(2)
        await raw_write(crlf)


def writer_fn(writer: asyncio.StreamWriter | None):
    async def write(data: bytes):
        if writer is None:
            return
        writer.write(data)
        await writer.drain()
    return write


def upstream_writer_fn(writer: asyncio.StreamWriter):
    async def write(data: bytes):
        try:
            writer.write(data)
            await writer.drain()
        except ConnectionError as e:
            raise UpstreamGone(str(e)) from e
    return write


class UpstreamProtocol(asyncio.StreamReaderProtocol):
    """Takes a lost upstream connection as end of stream: asyncio would otherwise turn the
    answer already received (say a 403 sent before the server closed on our request body) into
    the write error."""

    def connection_lost(self, exc):
        if exc is not None:
            self.read_what_is_left()
        super().connection_lost(None)

    def read_what_is_left(self):
        # asyncio stops reading at a write error; the answer may already be in the kernel
        transport = getattr(self, "_transport", None)
        tsock = transport.get_extra_info("socket") if transport else None
        if tsock is None or self._stream_reader is None:
            return
        try:
            with socket.socket(fileno=os.dup(tsock.fileno())) as sock:
                sock.setblocking(False)
                while data := sock.recv(CHUNK):
                    self._stream_reader.feed_data(data)
        except OSError:
            pass


async def open_upstream(host: str, port: int):
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=STREAM_LIMIT, loop=loop)
    protocol = UpstreamProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port)
    return reader, asyncio.StreamWriter(transport, protocol, reader, loop)


async def linger(reader: asyncio.StreamReader, seconds: float = 2.0):
    """Reads and drops what the client still sends (for a while) before the connection closes,
    so that it reads our early answer instead of a reset."""
    async def drain():
        while await reader.read(CHUNK):
            pass
    try:
        await asyncio.wait_for(drain(), seconds)
    except (asyncio.TimeoutError, ConnectionError):
        pass


def reset(writer: asyncio.StreamWriter):
    sock = writer.get_extra_info("socket")
    try:
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    writer.transport.abort()


# --------------------------------------------------------------------------- the proxy


@dataclass
class Record:
    t: float
    conn: int
    seq: int
    method: str
    path: str
    query: str
    status: int | None = None
    req_bytes: int = 0
    resp_bytes: int = 0
    action: str | None = None
    rules: list = field(default_factory=list)
    duration: float = 0.0
    error: str | None = None
    absolute: bool = False  # sent in the absolute form: the client took this for its HTTP proxy


class Proxy:
    def __init__(self, args):
        up = urlsplit(args.upstream)
        if up.scheme != "http" or not up.hostname or not up.port:
            raise SystemExit("--upstream must be http://HOST:PORT")
        self.up_host, self.up_port = up.hostname, up.port
        self.default_rate = args.rate_per_conn
        self.default_latency = args.latency_ms
        self.scenario_file = args.scenario
        self.file_mtime = None
        self.inline = args.rules
        self.scenario = Scenario(json.loads(args.rules) if args.rules else [],
                                 self.default_rate, self.default_latency, "command line")
        self.log = open(args.log, "a", buffering=1) if args.log else None
        self.conns = 0
        self.seq = 0
        self.refresh_scenario()

    # ---- scenario

    def refresh_scenario(self):
        if not self.scenario_file:
            return
        try:
            mtime = os.stat(self.scenario_file).st_mtime_ns
        except FileNotFoundError:
            return
        if mtime == self.file_mtime:
            return
        self.file_mtime = mtime
        try:
            with open(self.scenario_file) as f:
                obj = json.load(f)
            scenario = Scenario(obj, self.default_rate, self.default_latency, self.scenario_file)
        except (OSError, ValueError) as e:
            print(f"faultproxy: keeping the previous scenario: {self.scenario_file}: {e}",
                  file=sys.stderr, flush=True)
            return
        if self.inline:
            scenario.rules = Scenario(json.loads(self.inline), 0, 0, "").rules + scenario.rules
        self.scenario = scenario

    def rate(self) -> float:
        return self.scenario.rate

    def first_byte_delay(self, fired) -> float:
        delay = self.scenario.latency_ms / 1000.0
        if "latency" in fired:
            delay += float(fired["latency"].param("ms", 0)) / 1000.0
        return delay

    # ---- connections

    async def handle_client(self, reader, writer):
        self.conns += 1
        conn = self.conns
        buckets = (Bucket(), Bucket())  # client->upstream, upstream->client
        try:
            while True:
                keep = await self.one_request(conn, reader, writer, buckets)
                if not keep:
                    break
        except (ConnectionError, ClientClosed, asyncio.IncompleteReadError):
            pass
        except Exception as e:  # a bug here must not go unnoticed, nor kill the proxy
            print(f"faultproxy: connection {conn}: {e.__class__.__name__}: {e}",
                  file=sys.stderr, flush=True)
        finally:
            if not writer.transport.is_closing():
                writer.close()

    async def one_request(self, conn, reader, writer, buckets) -> bool:
        try:
            raw = await read_head(reader)
        except asyncio.LimitOverrunError:
            await self.send_simple(writer, 431, "RequestHeaderSectionTooLarge", "", False)
            return False
        if raw is None:
            return False
        try:
            first, headers = parse_head(raw)
            method, target, version = first
            body_framing(headers)
        except ValueError:
            await self.send_simple(writer, 400, "BadRequest", "", False,
                                   message="faultproxy: malformed request head")
            return False
        req = Request(method, target, version, headers)
        if req.path.startswith("/__proxy/"):
            return await self.control(req, reader, writer)
        self.refresh_scenario()
        self.seq += 1
        rec = Record(time.time(), conn, self.seq, method, req.path, req.query, absolute=req.forwarded)
        start = time.monotonic()
        fired = self.scenario.fire(req)
        rec.action = "+".join(fired) or None
        rec.rules = [r.name for r in fired.values()]
        try:
            return await self.forward(req, reader, writer, buckets, fired, rec)
        except ResetConnection:
            rec.error = "reset"
            reset(writer)
            return False
        except ClientClosed as e:
            rec.error = f"client_closed: {e}"
            return False
        except ConnectionError as e:
            rec.error = f"connection: {e}"
            return False
        finally:
            rec.duration = round(time.monotonic() - start, 6)
            self.write_log(rec)

    def write_log(self, rec: Record):
        if self.log:
            self.log.write(json.dumps(rec.__dict__, separators=(",", ":")) + "\n")

    def keep_alive(self, req: Request) -> bool:
        conn = (req.header("connection") or "").lower()
        if req.version == "HTTP/1.0":
            return "keep-alive" in conn
        return "close" not in conn

    async def forward(self, req, reader, writer, buckets, fired, rec) -> bool:
        keep = self.keep_alive(req)
        framing, length = body_framing(req.headers)
        expect = (req.header("expect") or "").lower() == "100-continue"
        rate = self.rate
        if "status" in fired:
            rule = fired["status"]
            if expect:
                keep = False
            else:
                meter = Meter(buckets[0], rate)
                await copy_body(reader, writer_fn(None), framing, length, meter, writer_fn(None))
                rec.req_bytes = meter.count
            status = int(rule.param("status", 503))
            code = rule.param("code", DEFAULT_CODES.get(status, "ServiceUnavailable"))
            message = rule.param("message", f"faultproxy: {code} by rule {rule.name}")
            delay = self.first_byte_delay(fired)
            if delay > 0:
                await asyncio.sleep(delay)
            await self.send_simple(writer, status, code, req.path, keep, rec,
                                   extra=rule.param("headers", {}), message=message,
                                   head_only=req.method == "HEAD")
            return keep

        try:
            up_reader, up_writer = await open_upstream(self.up_host, self.up_port)
        except OSError as e:
            rec.error = f"upstream: {e}"
            await self.send_simple(writer, 502, "BadGateway", req.path, False, rec,
                                   message=f"faultproxy: upstream unreachable: {e}")
            return False
        try:
            return await self.exchange(req, reader, writer, up_reader, up_writer, buckets, fired,
                                       rec, keep, framing, length)
        finally:
            up_writer.transport.abort()

    async def exchange(self, req, reader, writer, up_reader, up_writer, buckets, fired, rec, keep,
                       framing, length) -> bool:
        head = [f"{req.method} {req.target} {req.version}"]
        head += [f"{k}: {v}" for k, v in req.headers if k.lower() not in HOP_BY_HOP]
        head.append("Connection: close")
        up_writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))

        reset_rule, stall_rule = fired.get("reset_mid_body"), fired.get("stall")
        in_meter = Meter(buckets[0], self.rate)
        if reset_rule and reset_rule.param("direction", "request") == "request":
            in_meter.reset_at = int(reset_rule.param("after_bytes", 0))
        if stall_rule and "after_bytes" in stall_rule.spec and \
                stall_rule.param("direction", "request") == "request":
            in_meter.stall_at = int(stall_rule.param("after_bytes"))
            in_meter.stall_s = float(stall_rule.param("seconds", 30))
            in_meter.stall_then = stall_rule.param("then", "continue")
        up_write = upstream_writer_fn(up_writer)
        body_task = asyncio.create_task(copy_body(reader, up_write, framing, length, in_meter,
                                                  up_write))
        head_task = asyncio.create_task(self.response_head(up_reader, writer))
        try:
            done, _ = await asyncio.wait({body_task, head_task},
                                         return_when=asyncio.FIRST_COMPLETED)
            if body_task in done:
                rec.req_bytes = in_meter.count
                exc = body_task.exception()
                if isinstance(exc, UpstreamGone):
                    keep = False  # the upstream answered early (or died): relay what it says
                    await asyncio.wait({head_task}, timeout=5)
                    if not head_task.done():
                        head_task.cancel()
                        rec.error = f"upstream: stopped reading the body ({exc})"
                        await self.send_simple(writer, 502, "BadGateway", req.path, False, rec,
                                               message="faultproxy: the upstream stopped reading")
                        await linger(reader)
                        return False
                elif exc is not None:
                    raise self.body_error(exc)
            try:
                status_line, resp_headers = await head_task
            except (asyncio.IncompleteReadError, ConnectionError, ValueError) as e:
                if not body_task.done():
                    await asyncio.wait({body_task}, timeout=0.5)
                rec.req_bytes = in_meter.count
                if body_task.done() and body_task.exception() is not None and \
                        not isinstance(body_task.exception(), UpstreamGone):
                    raise self.body_error(body_task.exception())
                rec.error = f"upstream: no answer ({e.__class__.__name__})"
                await self.send_simple(writer, 502, "BadGateway", req.path, False, rec,
                                       message="faultproxy: the upstream closed without answering")
                if not body_task.done() or body_task.exception() is not None:
                    await linger(reader)
                return False
        except BaseException:
            for task in (body_task, head_task):
                task.cancel()
            raise
        early = not body_task.done() or isinstance(body_task.exception(), UpstreamGone)
        if not body_task.done():
            body_task.cancel()
        rec.req_bytes = in_meter.count
        if early:  # answered before the whole body was sent: relay the answer, then close
            await self.respond(req, writer, up_reader, status_line, resp_headers, buckets, fired,
                               rec, False)
            await linger(reader)
            return False
        return await self.respond(req, writer, up_reader, status_line, resp_headers, buckets,
                                  fired, rec, keep)

    @staticmethod
    def body_error(exc: BaseException) -> BaseException:
        if isinstance(exc, (ResetConnection, ClientClosed)):
            return exc
        if isinstance(exc, asyncio.IncompleteReadError):
            return ClientClosed("request body ended early")
        return ClientClosed(f"request body: {exc}")

    async def response_head(self, up_reader, writer):
        """Reads the upstream's answer head, relaying 1xx interim answers to the client."""
        while True:
            raw = await up_reader.readuntil(b"\r\n\r\n")
            first, headers = parse_head(raw)
            status = int(first[1])
            if 100 <= status < 200 and status != 101:
                writer.write(raw)
                await writer.drain()
                continue
            return first, headers

    async def respond(self, req, writer, up_reader, status_line, headers, buckets, fired, rec,
                      keep) -> bool:
        status = int(status_line[1])
        framing, length = body_framing(headers)
        if req.method == "HEAD" or status in (204, 304):
            framing, length = "none", 0
        elif framing == "none" and header_of(headers, "content-length") is None:
            framing, keep = "eof", False

        stall_rule = fired.get("stall")
        delay = self.first_byte_delay(fired)
        if stall_rule and "after_bytes" not in stall_rule.spec:
            delay += float(stall_rule.param("seconds", 30))
            if stall_rule.param("then", "continue") == "reset":
                await asyncio.sleep(delay)
                raise ResetConnection()

        body_override = None
        err_rule = fired.get("error_200")
        if err_rule and status == 200:
            buf = bytearray()

            async def collect(data):
                buf.extend(data)
            await copy_body(up_reader, collect, framing, length, Meter(Bucket(), lambda: 0),
                            lambda data: asyncio.sleep(0))
            body_override = s3_error_body(err_rule.param("code", "InternalError"),
                                          err_rule.param("message", "faultproxy: error_200 by rule "
                                                         + err_rule.name),
                                          req.path, f"faultproxy-{rec.seq}")
            headers = [(k, v) for k, v in headers
                       if k.lower() not in ("content-length", "transfer-encoding", "etag",
                                            "content-md5")]
            headers.append(("Content-Length", str(len(body_override))))
            if framing == "eof":
                keep = self.keep_alive(req)

        set_rule = fired.get("set_headers")
        if set_rule:
            changes = {k.lower(): (k, v) for k, v in dict(set_rule.param("headers", {})).items()}
            headers = [(k, v) for k, v in headers if k.lower() not in changes]
            headers += [(k, str(v)) for k, v in changes.values() if v is not None]

        if delay > 0:
            await asyncio.sleep(delay)
        out = [" ".join(status_line)]
        out += [f"{k}: {v}" for k, v in headers if k.lower() not in HOP_BY_HOP]
        if not keep:
            out.append("Connection: close")
        writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1"))
        rec.status = status

        out_meter = Meter(buckets[1], self.rate)
        reset_rule = fired.get("reset_mid_body")
        if reset_rule and reset_rule.param("direction", "request") == "response":
            out_meter.reset_at = int(reset_rule.param("after_bytes", 0))
        if stall_rule and "after_bytes" in stall_rule.spec and \
                stall_rule.param("direction", "request") == "response":
            out_meter.stall_at = int(stall_rule.param("after_bytes"))
            out_meter.stall_s = float(stall_rule.param("seconds", 30))
            out_meter.stall_then = stall_rule.param("then", "continue")
        client_write = writer_fn(writer)
        try:
            if body_override is not None:
                await out_meter.checkpoint()
                await out_meter.feed(body_override, client_write)
            else:
                await copy_body(up_reader, client_write, framing, length, out_meter, client_write)
            await writer.drain()
        except ClientClosed as e:  # the upstream's body ended early: so does ours
            rec.resp_bytes = out_meter.count
            rec.error = f"upstream: {e}"
            reset(writer)
            return False
        finally:
            rec.resp_bytes = out_meter.count
        return keep

    async def send_simple(self, writer, status, code, resource, keep, rec=None, extra=None,
                          message=None, head_only=False):
        body = s3_error_body(code, message or f"faultproxy: {code}", resource,
                             f"faultproxy-{rec.seq if rec else 0}")
        lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Error')}",
                 "Content-Type: application/xml", f"Content-Length: {len(body)}",
                 "Server: faultproxy", f"x-amz-request-id: faultproxy-{rec.seq if rec else 0}"]
        lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
        if not keep:
            lines.append("Connection: close")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
                     + (b"" if head_only else body))
        await writer.drain()
        if rec is not None:
            rec.status = status
            rec.resp_bytes = 0 if head_only else len(body)

    async def control(self, req, reader, writer) -> bool:
        framing, length = body_framing(req.headers)
        buf = bytearray()

        async def collect(data):
            buf.extend(data)
        await copy_body(reader, collect, framing, length, Meter(Bucket(), lambda: 0),
                        lambda data: asyncio.sleep(0))
        status, answer = 200, None
        if req.path == "/__proxy/scenario" and req.method == "POST":
            try:
                self.scenario = Scenario(json.loads(bytes(buf) or b"[]"), self.default_rate,
                                         self.default_latency, "control endpoint")
                answer = {"ok": True, "rules": len(self.scenario.rules)}
            except (ValueError, ScenarioError) as e:
                status, answer = 400, {"ok": False, "error": str(e)}
        elif req.path == "/__proxy/scenario" and req.method == "GET":
            self.refresh_scenario()
            answer = self.scenario.describe()
        elif req.path == "/__proxy/log" and req.method == "GET":
            # One event loop: a request whose response went out before this one arrived has
            # already run on to its write_log (nothing awaits between the two once the last
            # byte is written), so answering is the barrier.
            answer = {"requests": self.seq}
        else:
            status, answer = 404, {"ok": False, "error": "unknown control path"}
        body = json.dumps(answer).encode()
        keep = self.keep_alive(req)
        writer.write((f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                      + ("" if keep else "Connection: close\r\n") + "\r\n").encode() + body)
        await writer.drain()
        return keep


async def main_async(args):
    proxy = Proxy(args)
    server = await asyncio.start_server(proxy.handle_client, args.listen, args.port,
                                        limit=STREAM_LIMIT, reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    print(f"LISTENING {port}", flush=True)
    async with server:
        await server.serve_forever()


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Fault-injecting, throughput-shaping HTTP/1.1 reverse proxy (see the module "
                    "docstring for the scenario format).")
    ap.add_argument("--upstream", required=True, help="http://127.0.0.1:PORT of the real server")
    ap.add_argument("--listen", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    ap.add_argument("--port", type=int, default=0, help="port to bind (0: pick a free one)")
    ap.add_argument("--scenario", help="JSON scenario file, re-read when it changes")
    ap.add_argument("--rules", help="JSON scenario or list of rules given inline")
    ap.add_argument("--rate-per-conn", type=float, default=0.0,
                    help="cap each connection at this many bytes/s in each direction (0: none)")
    ap.add_argument("--latency-ms", type=float, default=0.0,
                    help="first-byte latency added to every response")
    ap.add_argument("--log", help="append one JSON line per request to this file")
    args = ap.parse_args(argv)
    try:
        asyncio.run(main_async(args))
    except KeyboardInterrupt:
        pass
    except ScenarioError as e:
        raise SystemExit(f"faultproxy: bad scenario: {e}")


if __name__ == "__main__":
    main()
