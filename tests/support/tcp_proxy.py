"""A TCP proxy the test controls, put between the API and PostgreSQL to simulate faults.

`pass` forwards bytes both ways; `stall` keeps every socket open but forwards nothing (a network partition:
packets vanish, nobody is told); `kill` closes every connection and refuses new ones (the server is gone);
`restore` goes back to forwarding. It runs in its own thread and event loop, so a stalled app cannot stall it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Literal

from tests.support.live_server import free_port

Mode = Literal["pass", "stall", "kill"]


class TcpProxy:
    """127.0.0.1:<port> -> target_host:target_port, with faults on demand."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.mode: Mode = "pass"
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tcp-proxy", daemon=True)
        self._thread.start()
        self._call(self._listen())

    def _call(self, coro: object) -> object:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout=10)  # type: ignore[arg-type]

    async def _listen(self) -> None:
        self._flowing.set()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.mode == "kill":
            writer.close()
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self._writers.update((writer, up_writer))
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True)
        for w in (writer, up_writer):
            self._writers.discard(w)
            w.close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await self._flowing.wait()  # stalled: hold the bytes, the other side hears nothing
            if self.mode == "kill":
                break
            writer.write(data)
            await writer.drain()
        with contextlib.suppress(Exception):
            writer.close()

    def stall(self) -> None:
        """Forward nothing; keep every socket open (a partition)."""
        self.mode = "stall"
        self._loop.call_soon_threadsafe(self._flowing.clear)

    def kill(self) -> None:
        """Close every connection and refuse new ones."""
        self.mode = "kill"

        async def _close() -> None:
            if self._server is not None:
                self._server.close()
                self._server = None
            for w in list(self._writers):
                w.transport.abort()
            self._writers.clear()
            self._flowing.set()  # let stalled pipes see the kill and end

        self._call(_close())

    def restore(self) -> None:
        """Forward again (listening again after a kill)."""
        self.mode = "pass"
        self._loop.call_soon_threadsafe(self._flowing.set)
        if self._server is None:
            self._call(self._listen())

    def close(self) -> None:
        """Stop the proxy and its thread."""
        self.kill()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    def url(self, database_url: str) -> str:
        """database_url with its host:port replaced by the proxy's."""
        scheme, rest = database_url.split("://", 1)
        credentials, _, tail = rest.rpartition("@")
        _, _, path = tail.partition("/")
        return f"{scheme}://{credentials + '@' if credentials else ''}127.0.0.1:{self.port}/{path}"
