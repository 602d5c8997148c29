"""A fault-injecting HTTP proxy on 127.0.0.1, between a Daftar client and the real server.

Each request the proxy receives gets one :class:`Fault`, chosen either from a
script (a list, consumed in order; ``None`` = pass through) or at random from
a seeded generator with given probabilities. What each fault does:

* ``drop_before``: close the connection without forwarding the request;
* ``drop_after``: forward it (the server applies it), then close without
  answering — the "lost response";
* ``cut_response``: send the status line, headers and half the body, then close;
* ``truncate``: like ``cut_response`` but the connection is closed cleanly
  after a body shorter than its Content-Length;
* ``duplicate``: forward the request twice and answer with the second response;
* ``delay``: wait ``delay_s`` seconds, then pass through;
* ``status_500`` / ``status_502`` / ``status_503``: answer that status without forwarding;
* ``status_429``: answer 429 with ``Retry-After: 0`` (or ``retry_after``) without forwarding.

The proxy counts what it did in :attr:`FaultyProxy.counts`. Bounded: it serves
only while the test holds it, only on loopback.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

FAULTS = (
    "drop_before", "drop_after", "cut_response", "truncate", "duplicate", "delay",
    "status_500", "status_502", "status_503", "status_429",
)

_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "host"}


@dataclass
class Fault:
    kind: str
    delay_s: float = 0.05
    retry_after: int = 0


class FaultyProxy:
    def __init__(self, upstream: str, *, seed: int = 0, rates: dict[str, float] | None = None) -> None:
        self.upstream = upstream.rstrip("/")
        self.rng = random.Random(seed)
        self.rates = rates or {}
        self.script: list[Fault | None] = []
        self.counts: Counter[str] = Counter()
        self.enabled = True
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=60.0, verify=False)  # plain HTTP to the server: no CA bundle to read
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                proxy._handle(self)

            do_POST = do_PUT = do_DELETE = do_PATCH = do_GET

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "FaultyProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()

    def plan(self, *faults: Fault | str | None) -> None:
        """Script the next requests' faults, in order (``None`` or "ok": pass through)."""
        with self._lock:
            self.script.extend(Fault(f) if isinstance(f, str) and f != "ok" else (None if f == "ok" else f)
                               for f in faults)

    def _next_fault(self) -> Fault | None:
        with self._lock:
            if self.script:
                return self.script.pop(0)
            if not self.enabled:
                return None
            roll = self.rng.random()
            total = 0.0
            for kind, rate in self.rates.items():
                total += rate
                if roll < total:
                    return Fault(kind, delay_s=self.rng.uniform(0.01, 0.2))
            return None

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> httpx.Response:
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_HEADERS}
        return self._http.request(handler.command, self.upstream + handler.path, content=body, headers=headers)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        fault = self._next_fault()
        kind = fault.kind if fault else "ok"
        with self._lock:
            self.counts[kind] += 1
        if kind == "drop_before":
            return self._abort(handler)
        if kind.startswith("status_"):
            status = int(kind.split("_")[1])
            code = b"protocol_unsupported" if status == 426 else b"injected"
            payload = b'{"error": {"code": "' + code + b'", "message": "injected fault"}}'
            handler.send_response(status)
            if status == 429:
                handler.send_header("Retry-After", str(fault.retry_after))
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
            return
        if kind == "delay":
            time.sleep(fault.delay_s)
        try:
            response = self._forward(handler, body)
            if kind == "duplicate":
                response = self._forward(handler, body)
        except httpx.HTTPError:
            return self._abort(handler)
        if kind == "drop_after":
            return self._abort(handler)
        content = response.content
        handler.send_response(response.status_code)
        for key, value in response.headers.items():
            if key.lower() not in _HOP_HEADERS:
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(content)))
        if kind in ("cut_response", "truncate"):
            handler.send_header("Connection", "close")
        handler.end_headers()
        if kind in ("cut_response", "truncate"):
            handler.wfile.write(content[: len(content) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            return self._abort(handler) if kind == "cut_response" else None
        handler.wfile.write(content)

    @staticmethod
    def _abort(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        try:
            handler.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
