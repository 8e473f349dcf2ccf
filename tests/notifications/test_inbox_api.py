"""GET /me/notifications and marking read: a person's own notifications only (another's is 404 and stays as it
was), newest first by cursor, unread and type filters, the unread count, both languages, a service client refused."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Notification
from tests.notifications.support import INBOX, stored, tell

pytestmark = pytest.mark.anyio


async def test_the_inbox_lists_ones_own_newest_first_with_the_unread_count(
    client: Any, session: Any, demo: Any
) -> None:
    first = await tell(session, demo, "demo.registrant", "event:1")
    second = await tell(session, demo, "demo.registrant", "event:2", type_="model.accepted", data={"model_name": "B"})
    await tell(session, demo, "demo.mobiliser", "event:1")  # someone else's

    r = await client.get(INBOX, headers=demo.headers("demo.registrant"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert [n["id"] for n in body["items"]] == [second, first]
    assert body["unread_count"] == 2 and body["next_cursor"] is None
    returned = body["items"][1]
    assert returned["type"] == "model.returned"
    assert returned["text"].startswith("Mô hình «Dân vận khéo ở Tân Lập» bị trả lại")  # Vietnamese by default
    assert returned["texts"]["en"].endswith("Reason: Thiếu biên bản")
    assert returned["resource"]["type"] == "model"
    assert returned["resource"]["path"] == f"/api/v1/models/{returned['resource']['id']}"
    assert returned["unit"] == {"id": demo.unit("QT-VL-VT-TL"), "code": "QT-VL-VT-TL", "name": returned["unit"]["name"]}
    assert returned["data"] == {"model_name": "Dân vận khéo ở Tân Lập", "reason": "Thiếu biên bản"}
    assert returned["read_at"] is None and returned["created_at"]

    english = await client.get(INBOX, headers=demo.headers("demo.registrant", **{"Accept-Language": "en"}))
    assert english.json()["items"][1]["text"] == returned["texts"]["en"]

    count = await client.get(f"{INBOX}/unread-count", headers=demo.headers("demo.registrant"))
    assert count.json() == {"unread_count": 2}
    mine = await client.get(INBOX, headers=demo.headers("demo.mobiliser"))
    assert len(mine.json()["items"]) == 1 and mine.json()["unread_count"] == 1
    nobody = await client.get(INBOX, headers=demo.headers("demo.admin"))
    assert nobody.json() == {"items": [], "next_cursor": None, "limit": nobody.json()["limit"], "unread_count": 0}


async def test_pages_and_filters(client: Any, session: Any, demo: Any) -> None:
    ids = [await tell(session, demo, "demo.registrant", f"event:{n}") for n in range(5)]
    accepted = await tell(session, demo, "demo.registrant", "event:9", type_="model.accepted", data={"model_name": "B"})
    headers = demo.headers("demo.registrant")
    await client.post(f"{INBOX}/{ids[4]}/read", headers=headers)

    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, "unread": "true"}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(INBOX, params=params, headers=headers)).json()
        seen += [n["id"] for n in page["items"]]
        assert page["unread_count"] == 5
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [accepted, ids[3], ids[2], ids[1], ids[0]]

    typed = (await client.get(INBOX, params={"type": "model.accepted"}, headers=headers)).json()
    assert [n["id"] for n in typed["items"]] == [accepted]
    both = await client.get(INBOX, params=[("type", "model.accepted"), ("type", "model.returned")], headers=headers)
    assert len(both.json()["items"]) == 6

    # A cursor is bound to its filters; a forged one is refused.
    page = (await client.get(INBOX, params={"limit": 2}, headers=headers)).json()
    other = await client.get(
        INBOX, params={"limit": 2, "unread": "true", "cursor": page["next_cursor"]}, headers=headers
    )
    assert other.status_code == 400 and other.json()["code"] == "invalid_cursor"
    forged = await client.get(INBOX, params={"cursor": "bm90LWEtY3Vyc29y"}, headers=headers)
    assert forged.status_code == 400 and forged.json()["code"] == "invalid_cursor"


async def test_an_unknown_type_is_refused(client: Any, demo: Any) -> None:
    r = await client.get(
        INBOX, params=[("type", "model.approved"), ("type", "model.returned")], headers=demo.headers("demo.viewer")
    )
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "unknown_notification_type"
    assert [e["parameter"] for e in body["errors"]] == ["type"]
    assert r.headers["content-type"].startswith("application/problem+json")


async def test_one_notification_and_marking_it_read_is_idempotent(client: Any, session: Any, demo: Any) -> None:
    mine = await tell(session, demo, "demo.registrant", "event:1")
    headers = demo.headers("demo.registrant")
    one = await client.get(f"{INBOX}/{mine}", headers=headers)
    assert one.status_code == 200 and one.json()["read_at"] is None

    first = await client.post(f"{INBOX}/{mine}/read", headers=headers)
    assert first.status_code == 200, first.text
    read_at = first.json()["read_at"]
    assert read_at is not None
    again = await client.post(f"{INBOX}/{mine}/read", headers=headers)
    assert again.status_code == 200 and again.json()["read_at"] == read_at
    assert (await client.get(f"{INBOX}/unread-count", headers=headers)).json() == {"unread_count": 0}
    # With an Idempotency-Key too (a phone's retry).
    keyed = {**headers, "Idempotency-Key": "read-1"}
    assert (await client.post(f"{INBOX}/{mine}/read", headers=keyed)).json()["read_at"] == read_at


async def test_nobody_reads_or_marks_another_persons_notification(client: Any, session: Any, demo: Any) -> None:
    theirs = await tell(session, demo, "demo.registrant", "event:1")
    for username in ("demo.mobiliser", "demo.admin", "demo.viewer", "demo.authority"):
        headers = demo.headers(username)
        got = await client.get(f"{INBOX}/{theirs}", headers=headers)
        marked = await client.post(f"{INBOX}/{theirs}/read", headers=headers)
        for r in (got, marked):
            assert r.status_code == 404, (username, r.text)
            assert r.json()["code"] == "notification_not_found"
        everything = await client.post(f"{INBOX}/read-all", headers=headers)
        assert everything.json()["marked"] == 0
    assert (await stored(session, theirs)).read_at is None
    missing = await client.get(f"{INBOX}/999999999", headers=demo.headers("demo.registrant"))
    assert missing.status_code == 404 and missing.json()["code"] == "notification_not_found"
    bad = await client.get(f"{INBOX}/0", headers=demo.headers("demo.registrant"))
    assert bad.status_code == 422


async def test_read_all_marks_only_what_a_phone_showed(client: Any, session: Any, demo: Any) -> None:
    old = await tell(session, demo, "demo.registrant", "event:1")
    shown = await tell(session, demo, "demo.registrant", "event:2")
    newer = await tell(session, demo, "demo.registrant", "event:3")
    others = await tell(session, demo, "demo.mobiliser", "event:1")
    headers = demo.headers("demo.registrant")

    r = await client.post(f"{INBOX}/read-all", json={"up_to_id": shown}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"marked": 2, "unread_count": 1}
    assert (await stored(session, newer)).read_at is None
    assert (await stored(session, old)).read_at is not None
    assert (await stored(session, others)).read_at is None

    # By time: created before a moment long past marks nothing; then everything (no body).
    past = (await stored(session, newer)).created_at - timedelta(days=1)
    r = await client.post(f"{INBOX}/read-all", json={"up_to": past.isoformat()}, headers=headers)
    assert r.json() == {"marked": 0, "unread_count": 1}
    r = await client.post(f"{INBOX}/read-all", headers=headers)
    assert r.json() == {"marked": 1, "unread_count": 0}
    assert (await stored(session, others)).read_at is None


async def test_bad_input_changes_nothing(client: Any, session: Any, demo: Any) -> None:
    mine = await tell(session, demo, "demo.registrant", "event:1")
    headers = demo.headers("demo.registrant")
    for body in ({"up_to_id": 0}, {"up_to_id": "x"}, {"everything": True}, {"up_to": "2026-01-01T00:00:00"}):
        r = await client.post(f"{INBOX}/read-all", json=body, headers=headers)
        assert r.status_code == 422, body
        assert r.json()["code"] == "validation_failed"
    assert (await stored(session, mine)).read_at is None
    unread = await session.scalar(select(func.count()).select_from(Notification).where(Notification.read_at.is_(None)))
    assert unread == 1


async def test_the_inbox_needs_a_person(client: Any, session: Any, demo: Any) -> None:
    from tests.clients.conftest import Clients

    clients = Clients(client, demo)
    made = await clients.create(["models:read", "events:read"])
    token = await clients.token(made["id"], made["client_secret"])
    headers = {"Authorization": f"Bearer {token}"}
    for method, url in (
        ("GET", INBOX),
        ("GET", f"{INBOX}/unread-count"),
        ("GET", f"{INBOX}/1"),
        ("POST", f"{INBOX}/1/read"),
        ("POST", f"{INBOX}/read-all"),
    ):
        r = await client.request(method, url, headers=headers)
        assert r.status_code == 403, (url, r.text)
        assert r.json()["code"] == "insufficient_scope"
    assert (await client.get(INBOX)).status_code == 401
