"""A real webhook receiver on a loopback port (threaded http.server), optionally over TLS, for the webhook tests.

Each path answers with a scripted behaviour; every request is recorded (path, headers, body). Behaviours:
`Reply(status, headers, body)`, `Hang(seconds)` (sends nothing until the client gives up or the server stops),
`Huge(bytes)` (a 200 whose body streams far past anything the sender should read). A path may hold a list of
behaviours, used in turn (the last one repeats)."""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b"ok"
    delay: float = 0.0  # seconds before answering


@dataclass(frozen=True)
class Hang:
    seconds: float = 30.0


@dataclass(frozen=True)
class Huge:
    size: int = 50 * 1024 * 1024


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class Receiver:
    """Start with `with Receiver() as r:`; `r.url('/path')` is its address; `r.script['/path'] = Reply(500)`."""

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self.script: dict[str, Any] = {}
        self.received: list[Received] = []
        self.huge_bytes_sent = 0
        self._used: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._tls = tls
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                receiver._record(self.path, dict(self.headers.items()), body)
                receiver._answer(self, receiver._next(self.path))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = int(self.server.server_address[1])
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str = "/hook", host: str = "127.0.0.1") -> str:
        scheme = "https" if self._tls is not None else "http"
        return f"{scheme}://{host}:{self.port}{path}"

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def hits(self, path: str) -> list[Received]:
        with self._lock:
            return [r for r in self.received if r.path == path]

    def _record(self, path: str, headers: dict[str, str], body: bytes) -> None:
        with self._lock:
            self.received.append(Received(path, headers, body, time.time()))

    def _next(self, path: str) -> Any:
        with self._lock:
            behaviour = self.script.get(path, Reply())
            if isinstance(behaviour, list):
                index = self._used.get(path, 0)
                self._used[path] = index + 1
                return behaviour[min(index, len(behaviour) - 1)]
            return behaviour

    def _answer(self, handler: BaseHTTPRequestHandler, behaviour: Any) -> None:
        try:
            if isinstance(behaviour, Hang):
                self._stopping.wait(behaviour.seconds)
                return
            if isinstance(behaviour, Huge):
                self._stream_huge(handler, behaviour.size)
                return
            if behaviour.delay:
                time.sleep(behaviour.delay)
            handler.send_response(behaviour.status)
            for name, value in behaviour.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(behaviour.body)))
            handler.end_headers()
            handler.wfile.write(behaviour.body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            pass  # the sender hung up: what a bounded reader does

    def _stream_huge(self, handler: BaseHTTPRequestHandler, size: int) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        chunk = b"x" * 65536
        sent = 0
        while sent < size and not self._stopping.is_set():
            handler.wfile.write(chunk)
            sent += len(chunk)
            self.huge_bytes_sent = sent
