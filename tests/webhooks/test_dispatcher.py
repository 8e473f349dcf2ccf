"""The outbox dispatcher: which events go to which subscription (types, subtree, owner, creation time), once
each however often it looks, and in commit order even when ids commit out of order (PostgreSQL)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Event, EventCheckpoint
from app.webhooks.dispatcher import CHECKPOINT, dispatch_once
from app.webhooks.subscriptions import disable
from tests.webhooks.webhook_support import deliveries, dispatch, record, subscribe
from tests.webhooks.webhook_support import subscription as stored

URL = "http://127.0.0.1:9/hook"  # never called: these tests only dispatch


async def _event_ids(session: Any, subscription_id: Any) -> list[int]:
    return [d.event_id for d in await deliveries(session, subscription_id)]


async def test_types_and_the_subtree_choose_the_events(database: Any, session: Any, demo: Any) -> None:
    commune = await subscribe(session, demo, URL, unit="QT-VL-VT", types=["model.accepted"])
    district = await subscribe(session, demo, URL)  # every type, all of Vĩnh Linh
    accepted_here = await record(session, demo, "QT-VL-VT-TL", "model.accepted")
    submitted_here = await record(session, demo, "QT-VL-VT", "model.submitted")
    accepted_next_door = await record(session, demo, "QT-VL-HX", "model.accepted")
    await record(session, demo, "QT-DH-P1", "model.accepted")  # another district: nobody here hears of it

    assert await dispatch(database) == 4

    assert await _event_ids(session, commune.id) == [accepted_here]
    assert await _event_ids(session, district.id) == [accepted_here, submitted_here, accepted_next_door]


async def test_the_owner_subtree_bounds_what_is_sent(database: Any, session: Any, demo: Any) -> None:
    # A subscription's filter can only narrow its owner's subtree: one owned by a commune hears nothing of the
    # district above it or the commune beside it.
    commune = await subscribe(session, demo, URL, owner="QT-VL-VT")
    await record(session, demo, "QT-VL", "unit.moved")
    await record(session, demo, "QT-VL-HX")
    inside = await record(session, demo, "QT-VL-VT-TLA")
    await dispatch(database)
    assert await _event_ids(session, commune.id) == [inside]


async def test_events_before_the_subscription_are_not_replayed(database: Any, session: Any, demo: Any) -> None:
    await record(session, demo, "QT-VL-VT")
    subscription = await subscribe(session, demo, URL)
    after = await record(session, demo, "QT-VL-VT")
    await dispatch(database)
    assert await _event_ids(session, subscription.id) == [after]


async def test_dispatching_again_adds_nothing(database: Any, session: Any, demo: Any) -> None:
    subscription = await subscribe(session, demo, URL)
    first = await record(session, demo, "QT-VL-VT")
    assert await dispatch(database) == 1
    assert await dispatch(database) == 0
    # Even from an earlier checkpoint (a dispatcher that died before its commit looks again): one delivery each.
    checkpoint = await session.get(EventCheckpoint, CHECKPOINT)
    checkpoint.position = 0
    await session.commit()
    assert await dispatch(database) == 0
    assert await _event_ids(session, subscription.id) == [first]


async def test_a_disabled_subscription_gets_nothing(database: Any, session: Any, demo: Any) -> None:
    subscription = await subscribe(session, demo, URL)
    disable(await stored(session, subscription.id))
    await session.commit()
    await record(session, demo, "QT-VL-VT")
    assert await dispatch(database) == 0


async def test_without_subscriptions_the_checkpoint_skips_ahead(database: Any, session: Any, demo: Any) -> None:
    await record(session, demo, "QT-VL-VT")
    last = await record(session, demo, "QT-VL-HX")
    assert await dispatch(database) == 0
    checkpoint = await session.get(EventCheckpoint, CHECKPOINT, populate_existing=True)
    assert (checkpoint.position, checkpoint.gaps) == (last, [])


@pytest.mark.committing
@pytest.mark.postgres_only
async def test_an_event_committed_after_a_newer_one_is_still_sent(database: Any, session: Any, demo: Any) -> None:
    """Ids are taken at insert and committed in any order: the dispatcher remembers the gap and sends the late
    event when it commits, exactly once."""
    subscription = await subscribe(session, demo, URL)
    slow = database.sessionmaker()
    try:
        late = await record_uncommitted(slow, demo, "QT-VL-VT")  # takes its id first, commits last
        early = await record(session, demo, "QT-VL-HX")
        assert late < early

        assert await dispatch(database) == 1
        assert await _event_ids(session, subscription.id) == [early]
        checkpoint = await session.get(EventCheckpoint, CHECKPOINT, populate_existing=True)
        assert checkpoint.position == early
        assert [g[1] for g in checkpoint.gaps if g[0] <= late <= g[1]] == [late]  # remembered as missing

        await slow.commit()
    finally:
        await slow.close()
    assert await dispatch(database) == 1
    assert sorted(await _event_ids(session, subscription.id)) == [late, early]
    checkpoint = await session.get(EventCheckpoint, CHECKPOINT, populate_existing=True)
    assert not [g for g in checkpoint.gaps if g[0] <= late <= g[1]]  # found: no longer waited for
    assert await dispatch(database) == 0


@pytest.mark.committing
@pytest.mark.postgres_only
async def test_two_dispatchers_take_turns(database: Any, session: Any, demo: Any) -> None:
    subscription = await subscribe(session, demo, URL)
    await dispatch(database)  # the checkpoint exists (the very first run creates it, and a second one waits)
    await record(session, demo, "QT-VL-VT")
    first, second = database.sessionmaker(), database.sessionmaker()
    try:
        assert await dispatch_once(first) == 1  # holds the checkpoint until it commits
        assert await dispatch_once(second) == 0  # skips its turn instead of waiting or doubling
        await first.commit()
        await second.rollback()
    finally:
        await first.close()
        await second.close()
    assert len(await deliveries(session, subscription.id)) == 1


async def record_uncommitted(session: Any, demo: Any, unit_code: str) -> int:
    from app.events.service import record_event
    from app.models import Unit

    unit = (await session.scalars(select(Unit).where(Unit.id == demo.unit(unit_code)))).one()
    event: Event = await record_event(
        session,
        "model.submitted",
        resource_type="model",
        resource_id=uuid.uuid4(),
        unit_path=unit.path,
        actor_id=None,
        request_id="slow",
        data={"code": "DVK-2026-000009", "from": "draft", "to": "registered"},
    )
    return event.id
