"""Where quota counters live: the database (PostgreSQL's default), Redis, or the process's memory (SQLite's
default). One interface: bump a set of fixed-window counters by one and return each one's count in its
current window."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Protocol

from sqlalchemy import TextClause, text

from app.core.db import Database, is_sqlite

Hit = tuple[str, int, int]  # (counter key, window start in epoch seconds, window length in seconds)


class CounterStore(Protocol):
    """Counts hits per key and window."""

    async def hit(self, hits: list[Hit]) -> dict[str, int]:
        """Add one to every counter; the counts after adding, by key."""
        ...


@lru_cache(maxsize=8)
def _upsert(rows: int) -> TextClause:
    """One statement for every counter of a request: a new window restarts at 1, the current one adds 1.

    SET expressions see the row as it was, on PostgreSQL and SQLite alike; the row lock ON CONFLICT takes
    serialises concurrent requests on one counter, so no increment is lost."""
    values = ", ".join(f"(:k{i}, :w{i}, 1)" for i in range(rows))
    return text(
        f"INSERT INTO rate_limits (key, window_start, hits) VALUES {values} "
        "ON CONFLICT (key) DO UPDATE SET "
        "hits = CASE WHEN excluded.window_start > rate_limits.window_start THEN 1 "
        "ELSE rate_limits.hits + 1 END, "
        "window_start = CASE WHEN excluded.window_start > rate_limits.window_start "
        "THEN excluded.window_start ELSE rate_limits.window_start END "
        "RETURNING key, hits"
    )


@lru_cache(maxsize=8)
def _driver_upsert(rows: int) -> str:
    """_upsert in asyncpg's positional form ($1, $2, ...), for the driver."""
    statement = _upsert(rows).text
    for i in reversed(range(rows)):
        statement = statement.replace(f":k{i}", f"${2 * i + 1}").replace(f":w{i}", f"${2 * i + 2}")
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
        ordered = sorted(hits)
        if self.sqlite:
            params: dict[str, object] = {}
            for i, (key, start, _) in enumerate(ordered):
                params[f"k{i}"], params[f"w{i}"] = key, start
            async with self.engine.begin() as conn:
                rows = (await conn.execute(_upsert(len(ordered)), params)).all()
        else:
            async with self.engine.connect() as conn:
                driver = (await conn.get_raw_connection()).driver_connection
                assert driver is not None
                arguments = [value for key, start, _ in ordered for value in (key, start)]
                rows = await driver.fetch(_driver_upsert(len(ordered)), *arguments)
        return {row[0]: int(row[1]) for row in rows}


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
