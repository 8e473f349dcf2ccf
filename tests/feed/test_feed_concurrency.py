"""The feed under busy writers on PostgreSQL, where ids are handed out at insert and committed in any order.

A slow transaction writes its event first (the lowest id) and commits last; dozens of short ones commit
meanwhile, a quarter of them roll back. A reader that pages by id alone (`id > last seen`) is shown to lose the
slow event; the feed, paging with its cursor all the while, sees every committed event exactly once, none that
rolled back, in (transaction, id) order."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import text

from app.events.service import record_event

# Marked statically: anyio re-creates dynamically marked async tests, losing the postgres_only skip.
pytestmark = [pytest.mark.committing, pytest.mark.postgres_only]

API = "/api/v1"
FAST_WRITERS = 36
DEADLINE_SECONDS = 90.0
CHANCE = random.Random(18)


@dataclass
class Ledger:
    """What the writers did: ids committed and rolled back, and the slow transaction's id."""

    committed: set[int] = field(default_factory=set)
    rolled_back: set[int] = field(default_factory=set)
    slow: int = 0
    done: bool = False
    feed_read: asyncio.Event = field(default_factory=asyncio.Event)


async def _write(database: Any, path: str, unit_id: int, count: int, label: str) -> tuple[Any, list[int]]:
    """Open a transaction and write `count` events about the unit in it (not committed yet)."""
    session = database.sessionmaker()
    ids = []
    for i in range(count):
        event = await record_event(
            session,
            "unit.updated",
            resource_type="unit",
            resource_id=unit_id,
            unit_path=path,
            actor_id=None,
            request_id=f"{label}-{i}",
            data={"fields": ["name"]},
        )
        ids.append(event.id)
    return session, ids


async def _fast(database: Any, path: str, unit_id: int, n: int, ledger: Ledger) -> None:
    """A short transaction of one to three events; every fourth rolls back."""
    await asyncio.sleep(CHANCE.uniform(0, 1.5))
    session, ids = await _write(database, path, unit_id, CHANCE.randint(1, 3), f"fast-{n}")
    try:
        await asyncio.sleep(CHANCE.uniform(0, 0.2))
        if n % 4 == 3:
            await session.rollback()
            ledger.rolled_back.update(ids)
        else:
            await session.commit()
            ledger.committed.update(ids)
    finally:
        await session.close()


async def _slow(
    database: Any, path: str, unit_id: int, ledger: Ledger, go: asyncio.Event, naive_passed: asyncio.Event
) -> None:
    """The first event of all, committed only once a naive reader has moved past its id and the feed was read
    a few more times (a feed without its horizon would have moved past it too)."""
    session, ids = await _write(database, path, unit_id, 1, "slow")
    ledger.slow = ids[0]
    go.set()
    try:
        await asyncio.wait_for(naive_passed.wait(), DEADLINE_SECONDS)
        for _ in range(5):
            ledger.feed_read.clear()
            await asyncio.wait_for(ledger.feed_read.wait(), DEADLINE_SECONDS)
        await session.commit()
        ledger.committed.update(ids)
    finally:
        await session.close()


async def _naive_reader(database: Any, ledger: Ledger, passed: asyncio.Event) -> list[int]:
    """Pages by id alone, as a feed without the horizon would: it moves past the slow event's id."""
    seen: list[int] = []
    last = 0
    while not ledger.done:
        async with database.engine.connect() as conn:
            rows = (
                await conn.execute(text("SELECT id FROM events WHERE id > :last ORDER BY id"), {"last": last})
            ).all()
        seen += [r.id for r in rows]
        last = max([last, *seen])
        if ledger.slow and last > ledger.slow:
            passed.set()
        await asyncio.sleep(0.02)
    return seen


async def _feed_reader(client: Any, headers: dict[str, str], ledger: Ledger) -> list[int]:
    """Pages the feed with its cursor, as an integrator does, until every writer is done and it caught up."""
    seen: list[int] = []
    after = None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + DEADLINE_SECONDS
    while loop.time() < deadline:
        r = await client.get(
            f"{API}/events", params={"limit": 4, **({"after": after} if after else {})}, headers=headers
        )
        assert r.status_code == 200, r.text
        ledger.feed_read.set()
        body = r.json()
        seen += [e["id"] for e in body["items"] if e["type"] == "unit.updated"]
        after = body["next_cursor"]
        if not body["has_more"]:
            if ledger.done and ledger.committed <= set(seen):
                return seen
            await asyncio.sleep(0.05)
    raise AssertionError(f"the feed did not catch up: missing {sorted(ledger.committed - set(seen))[:10]}")


async def test_the_feed_serves_every_committed_event_once_while_writers_commit_out_of_order(
    client: Any, demo: Any, database: Any
) -> None:
    async with database.engine.connect() as conn:
        path = await conn.execute(text("SELECT path FROM units WHERE id = :id"), {"id": demo.unit("QT-VL-VT-TL")})
        path = path.scalar_one()
    unit_id = demo.unit("QT-VL-VT-TL")
    ledger = Ledger()
    go, naive_passed = asyncio.Event(), asyncio.Event()

    async def writers() -> None:
        slow = asyncio.create_task(_slow(database, path, unit_id, ledger, go, naive_passed))
        await go.wait()
        fast = [_fast(database, path, unit_id, n, ledger) for n in range(FAST_WRITERS)]
        # A second slow one that rolls back after the others committed.
        held, held_ids = await _write(database, path, unit_id, 2, "held")
        await asyncio.gather(*fast)
        await held.rollback()
        await held.close()
        ledger.rolled_back.update(held_ids)
        await slow
        ledger.done = True

    naive, feed, _ = await asyncio.gather(
        _naive_reader(database, ledger, naive_passed),
        _feed_reader(client, demo.headers("demo.viewer"), ledger),
        writers(),
    )

    # The hazard was real: reading by id, the slow event (committed last, lowest id) is never seen.
    assert ledger.slow not in naive
    # The feed: every committed event exactly once, nothing rolled back, in (transaction, id) order.
    assert len(feed) == len(set(feed))
    assert set(feed) == ledger.committed
    assert not set(feed) & ledger.rolled_back
    assert ledger.slow in feed
    async with database.engine.connect() as conn:
        rows = (await conn.execute(text("SELECT id, txid FROM events WHERE id = ANY(:ids)"), {"ids": feed})).all()
    order = {r.id: (r.txid, r.id) for r in rows}
    assert [order[i] for i in feed] == sorted(order[i] for i in feed)
