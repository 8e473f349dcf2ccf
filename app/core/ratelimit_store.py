"""Where quota counters live: the database (PostgreSQL's default), Redis, or the process's memory (SQLite's
default). One interface: bump a set of fixed-window counters by one and return each one's count in its
current window."""

from __future__ import annotations

import asyncio
import logging
import time
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import TextClause, text

from app.core.db import Database, is_sqlite
from app.core.driver import broken, invalidate, run_on

log = logging.getLogger("dvk.ratelimit")

Hit = tuple[str, int, int]  # (counter key, window start in epoch seconds, window length in seconds)


class CounterStore(Protocol):
    """Counts hits per key and window."""

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """Add one to every counter; the counts after adding, by key."""
        ...


@lru_cache(maxsize=8)
def _upsert(rows: int) -> TextClause:
    """One statement for every counter of a request (or of a batch: `n` hits each): a new window restarts at
    n, the current one adds n.

    SET expressions see the row as it was, on PostgreSQL and SQLite alike; the row lock ON CONFLICT takes
    serialises concurrent requests on one counter, so no increment is lost."""
    values = ", ".join(f"(:k{i}, :w{i}, :n{i})" for i in range(rows))
    return text(
        f"INSERT INTO rate_limits (key, window_start, hits) VALUES {values} "
        "ON CONFLICT (key) DO UPDATE SET "
        "hits = CASE WHEN excluded.window_start > rate_limits.window_start THEN excluded.hits "
        "ELSE rate_limits.hits + excluded.hits END, "
        "window_start = CASE WHEN excluded.window_start > rate_limits.window_start "
        "THEN excluded.window_start ELSE rate_limits.window_start END "
        "RETURNING key, hits"
    )


@lru_cache(maxsize=8)
def _driver_upsert(rows: int) -> str:
    """_upsert in asyncpg's positional form ($1, $2, ...), for the driver."""
    statement = _upsert(rows).text
    for i in reversed(range(rows)):
        for j, name in enumerate(("k", "w", "n")):
            statement = statement.replace(f":{name}{i}", f"${3 * i + j + 1}")
    return statement


class DatabaseCounterStore:
    """Counters in the rate_limits table, written outside the request's transaction (autocommit).

    On PostgreSQL the statement runs on asyncpg itself (a connection of the engine's pool, checked out in
    AUTOCOMMIT): every request of the API, reads included, counts, and SQLAlchemy's execution layers cost
    several times the statement (core/driver.py; docs/performance/profile-2026-12.md)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.sqlite = is_sqlite(database.url)
        self.engine = (
            database.engine if self.sqlite else database.engine.execution_options(isolation_level="AUTOCOMMIT")
        )

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """One INSERT ... ON CONFLICT DO UPDATE ... RETURNING for all counters (keys in a fixed order, so
        two requests never wait on each other's rows crosswise)."""
        return await self.add([(key, start, 1) for key, start, _ in hits])

    async def add(self, counts: list[tuple[str, int, int]]) -> dict[str, int]:
        """Add n to each (key, window start, n) counter at once; the counts after adding, by key."""
        ordered = sorted(counts)
        if self.sqlite:
            params: dict[str, object] = {}
            for i, (key, start, n) in enumerate(ordered):
                params[f"k{i}"], params[f"w{i}"], params[f"n{i}"] = key, start, n
            async with self.engine.begin() as conn:
                rows = (await conn.execute(_upsert(len(ordered)), params)).all()
        else:
            async with self.engine.connect() as conn:
                adapted: Any = (await conn.get_raw_connection()).dbapi_connection
                arguments = [value for row in ordered for value in row]
                try:
                    rows = await run_on(adapted, _driver_upsert(len(ordered)), arguments)
                except Exception as exc:
                    if broken(adapted.driver_connection, exc):
                        await invalidate(conn.sync_connection, exc)
                    raise
        return {row[0]: int(row[1]) for row in rows}


class BatchedCounterStore:
    """The per-caller quotas of the database store, counted in this process and added to the shared rows in one
    statement every `interval` seconds (DVK_RATE_LIMIT_FLUSH_SECONDS), instead of a write per request.

    A request's count is the shared count at the last flush (this process's hits included) plus this process's
    hits since: exact within a process, and across processes behind by what the others counted since their
    last flush (at most `interval` seconds of their traffic). What a flush cannot write (the database down) is
    dropped, as an uncounted request is (fail open). Keys of ended windows are forgotten at each flush."""

    def __init__(self, shared: DatabaseCounterStore, interval: float) -> None:
        self.shared = shared
        self.interval = interval
        self._known: dict[tuple[str, int], tuple[int, int]] = {}  # (key, start) -> (shared count, window)
        self._pending: dict[tuple[str, int], tuple[int, int]] = {}  # (key, start) -> (hits not yet added, window)
        self._flusher: asyncio.Task[None] | None = None

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """Count locally (no I/O); the flusher adds the hits to the shared rows."""
        counts: dict[str, int] = {}
        for key, start, window in hits:
            n = self._pending.get((key, start), (0, window))[0] + 1
            self._pending[(key, start)] = (n, window)
            counts[key] = self._known.get((key, start), (0, window))[0] + n
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.ensure_future(self._flush_soon())
        return counts

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self.interval)
        await self.flush()

    async def flush(self) -> None:
        """Add the pending hits to the shared rows and learn the shared counts."""
        pending, self._pending = self._pending, {}
        newest: dict[str, int] = {}
        for key, start in pending:
            newest[key] = max(start, newest.get(key, start))
        # a window that ended while its hits waited is over: only each key's newest window is written
        pending = {(key, start): v for (key, start), v in pending.items() if newest[key] == start}
        if not pending:
            return
        try:
            shared = await self.shared.add([(key, start, n) for (key, start), (n, _) in pending.items()])
        except Exception as exc:  # fail open, as enforce() does: never take requests down with the counters
            log.warning("quota counters not written; hits dropped", extra={"error": type(exc).__name__})
            return
        now = time.time()
        self._known = {k: v for k, v in self._known.items() if k[1] + v[1] > now}
        for (key, start), (_, window) in pending.items():
            if key in shared:
                self._known[(key, start)] = (shared[key], window)


class RedisCounterStore:
    """Counters in Redis through the `limits` library's async storage (INCR with the expiry set atomically);
    a key per window, so a counter expires with its window."""

    def __init__(self, url: str, prefix: str) -> None:
        from limits.aio.storage import RedisStorage

        uri = url.replace("redis://", "async+redis://", 1) if url.startswith("redis://") else url
        self.storage = RedisStorage(uri, implementation="redispy", key_prefix=prefix)

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """INCR every counter (concurrently on the client's pool)."""
        counts = await asyncio.gather(*(self.storage.incr(f"{key}:{start}", window) for key, start, window in hits))
        return {key: int(count) for (key, _, _), count in zip(hits, counts, strict=True)}


class MemoryCounterStore:
    """Counters in this process's memory (the `limits` library's async MemoryStorage, expiring per window).

    SQLite's default: an embedded database has one writer, and a counter row written by every request
    (reads too) would queue behind the requests' own writes; a quota that waited past its bound would be
    cancelled mid-statement, and a cancelled aiosqlite call leaves its connection's clean-up hanging. A
    SQLite deployment is one host; with several workers each counts on its own (set DVK_REDIS_URL to share)."""

    def __init__(self) -> None:
        from limits.aio.storage import MemoryStorage

        self.storage = MemoryStorage()

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """INCR every counter (no I/O: never waits)."""
        return {key: int(await self.storage.incr(f"{key}:{start}", window)) for key, start, window in hits}
