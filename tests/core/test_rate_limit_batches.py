"""The database store's batches (DVK_RATE_LIMIT_FLUSH_SECONDS): the per-caller quotas counted in the process and
added to the shared rows in one statement per interval. Exact within a process; across processes, each sees
the others' hits after their next flush; nothing is lost when batches of many processes meet on one row."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from sqlalchemy import text

from app.core.ratelimit_store import BatchedCounterStore, DatabaseCounterStore


async def _rows(database: Any) -> dict[str, int]:
    async with database.engine.connect() as conn:
        return {k: int(n) for k, n in (await conn.execute(text("SELECT key, hits FROM rate_limits"))).all()}


@pytest.mark.committing  # flushes commit on connections of their own
async def test_counts_are_exact_in_a_process_and_shared_after_a_flush(database: Any) -> None:
    shared = DatabaseCounterStore(database)
    one, other = BatchedCounterStore(shared, 60), BatchedCounterStore(shared, 60)  # flushed by hand here
    assert [await one.hit([("user:a", 0, 60)]) for _ in range(3)] == [{"user:a": 1}, {"user:a": 2}, {"user:a": 3}]
    assert await other.hit([("user:a", 0, 60), ("user:b", 0, 60)]) == {"user:a": 1, "user:b": 1}
    assert await _rows(database) == {}  # nothing written before a flush
    await one.flush()
    await other.flush()
    assert await _rows(database) == {"user:a": 4, "user:b": 1}
    # `one` learnt the shared count at its flush (3, before `other` added its 1); `other` learnt 4
    assert await one.hit([("user:a", 0, 60)]) == {"user:a": 4}
    assert await other.hit([("user:a", 0, 60)]) == {"user:a": 5}
    await one.flush()
    assert await one.hit([("user:a", 0, 60)]) == {"user:a": 6}  # now it knows of everything flushed
    await one.flush()
    await other.flush()
    assert (await _rows(database))["user:a"] == 7  # every hit of both, once


@pytest.mark.committing
async def test_a_new_window_restarts_and_an_ended_one_is_not_written(database: Any) -> None:
    store = BatchedCounterStore(DatabaseCounterStore(database), 60)
    await store.hit([("user:a", 0, 60)])
    await store.hit([("user:a", 60, 60)])  # the window turned while the hits waited
    assert await store.hit([("user:a", 60, 60)]) == {"user:a": 2}
    await store.flush()  # one row per key: the newest window's hits (two rows for one key would fail the upsert)
    assert await _rows(database) == {"user:a": 2}
    async with database.engine.connect() as conn:
        assert (await conn.execute(text("SELECT window_start FROM rate_limits"))).scalar_one() == 60
    assert store._known == {("user:a", 60): (2, 60)}  # ended windows are forgotten at each flush


async def test_a_flush_that_cannot_write_drops_its_hits_and_fails_open(caplog: Any) -> None:
    class Down:
        async def add(self, counts: list[tuple[str, int, int]]) -> dict[str, int]:
            raise ConnectionRefusedError("the database is down")

    store = BatchedCounterStore(Down(), 60)  # type: ignore[arg-type]
    assert await store.hit([("user:a", 0, 60)]) == {"user:a": 1}
    with caplog.at_level(logging.WARNING, logger="dvk.ratelimit"):
        await store.flush()
    assert "quota counters not written" in caplog.text
    assert store._pending == {}
    assert await store.hit([("user:a", 0, 60)]) == {"user:a": 1}  # dropped, as an uncounted request is


@pytest.mark.committing
async def test_the_flusher_runs_by_itself_after_the_interval(database: Any) -> None:
    store = BatchedCounterStore(DatabaseCounterStore(database), 0.05)
    for _ in range(5):
        await store.hit([("anon:10.0.0.1", 0, 60)])
    for _ in range(100):
        if (await _rows(database)).get("anon:10.0.0.1") == 5:
            break
        await asyncio.sleep(0.02)
    assert await _rows(database) == {"anon:10.0.0.1": 5}


@pytest.mark.postgres_only
@pytest.mark.committing
async def test_many_processes_flushing_at_once_lose_no_hit(database: Any) -> None:
    """Eight 'processes' (stores of their own on one database), 400 hits each on two keys, flushing every
    10 ms while the others do: the rows hold every hit exactly once (row locks of ON CONFLICT; keys in one
    order, so no deadlock)."""
    shared = DatabaseCounterStore(database)
    stores = [BatchedCounterStore(shared, 0.01) for _ in range(8)]

    async def traffic(store: BatchedCounterStore) -> None:
        for i in range(400):
            await store.hit([("user:a", 0, 60), ("user:b", 0, 60)] if i % 2 else [("user:b", 0, 60)])
            if i % 25 == 0:
                await asyncio.sleep(0.002)

    await asyncio.gather(*(traffic(s) for s in stores))
    await asyncio.gather(*(s.flush() for s in stores))
    for store in stores:  # a flush of the timer may still be under way
        if store._flusher is not None:
            await store._flusher
        await store.flush()
    assert await _rows(database) == {"user:a": 8 * 200, "user:b": 8 * 400}
