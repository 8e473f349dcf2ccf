"""The demo data (./scripts/serve) shows every demo person a few unread notifications, each pointing to something
they may read, in their feed too; the fan-out run afterwards adds nothing (the demo's events were told once)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tests.notifications.support import API, INBOX

pytestmark = pytest.mark.anyio

DEMO_USERS = ("demo.admin", "demo.registrant", "demo.mobiliser", "demo.authority", "demo.viewer")


async def test_every_demo_person_has_a_few_unread_notifications(client: Any, demo: Any, database: Any) -> None:
    from app.demo.movement import load_demo_movement
    from app.models import Unit
    from app.notifications.fanout import fan_out_once

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        await load_demo_movement(s, units)
        await s.commit()

    for username in DEMO_USERS:
        headers = demo.headers(username)
        page = (await client.get(INBOX, params={"limit": 100}, headers=headers)).json()
        unread = [n for n in page["items"] if n["read_at"] is None]
        assert page["unread_count"] == len(unread) and 1 <= len(unread) <= 3, username
        for notification in page["items"]:
            assert notification["text"] and notification["texts"]["en"], notification
            r = await client.get(notification["resource"]["path"], headers=headers)
            assert r.status_code == 200, (username, notification["type"], notification["resource"])
        feed = (
            await client.get(f"{API}/events", params={"limit": 200, "type": "notification.created"}, headers=headers)
        ).json()
        assert {e["resource"]["id"] for e in feed["items"]} == {str(n["id"]) for n in page["items"]}, username

    kinds = {
        username: {n["type"] for n in (await client.get(INBOX, headers=demo.headers(username))).json()["items"]}
        for username in DEMO_USERS
    }
    # Read ones too: all but the newest three of each person.
    assert len((await client.get(INBOX, headers=demo.headers("demo.mobiliser"))).json()["items"]) > 3
    assert {"model.accepted", "model.surveyed", "model.recognised"} <= kinds["demo.registrant"]
    assert "turn.waiting" in kinds["demo.mobiliser"] and "turn.waiting" in kinds["demo.authority"]
    assert kinds["demo.admin"] == kinds["demo.viewer"] == {"decision.issued"}

    async with database.sessionmaker() as s:
        assert await fan_out_once(s) == 0
        await s.commit()
