"""Each notification is also an event `notification.created`: in the feed of its recipient alone (not another
person's, not an administrator's, not a service client's), never delivered by a webhook nor subscribable."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models import Event
from tests.notifications.support import API, tell

pytestmark = pytest.mark.anyio


async def _feed(client: Any, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    r = await client.get(f"{API}/events", params={"limit": 200, **params}, headers=headers)
    assert r.status_code == 200, r.text
    return [e for e in r.json()["items"] if e["type"] == "notification.created"]


async def test_the_event_is_its_recipients_alone(client: Any, session: Any, demo: Any) -> None:
    mine = await tell(session, demo, "demo.registrant", "event:1")
    [event] = await _feed(client, demo.headers("demo.registrant"))
    assert event["resource"] == {"type": "notification", "id": str(mine)}
    assert event["unit"]["id"] == demo.unit("QT-VL-VT-TL")
    assert event["data"]["type"] == "model.returned"
    assert event["data"]["texts"]["vi"].startswith("Mô hình «Dân vận khéo ở Tân Lập»")
    assert event["data"]["target"]["path"].startswith("/api/v1/models/")
    # Filtered by type and by the unit's subtree, it is still there; by another subtree, not.
    headers = demo.headers("demo.registrant")
    assert await _feed(client, headers, type="notification.created", unit_id=demo.unit("QT-VL-VT"))
    assert not await _feed(client, headers, type="notification.created", unit_id=demo.unit("QT-VL-VT-MTTQ"))
    one = await client.get(f"{API}/events/{event['id']}", headers=headers)
    assert one.status_code == 200

    for username in ("demo.admin", "demo.mobiliser", "demo.viewer", "demo.authority"):
        assert await _feed(client, demo.headers(username)) == [], username
        other = await client.get(f"{API}/events/{event['id']}", headers=demo.headers(username))
        assert other.status_code == 404

    from tests.clients.conftest import Clients

    clients = Clients(client, demo)
    made = await clients.create(["events:read"], unit="QT")
    token = await clients.token(made["id"], made["client_secret"])
    assert await _feed(client, {"Authorization": f"Bearer {token}"}) == []


async def test_a_notification_without_a_unit_is_filed_under_the_recipients_home_unit(
    client: Any, session: Any, demo: Any
) -> None:
    await tell(session, demo, "demo.registrant", "event:1", unit=None)
    [event] = await _feed(client, demo.headers("demo.registrant"))
    assert event["unit"]["id"] == demo.unit("QT-VL-VT-HLHPN")
    assert event["data"]["unit_id"] is None


async def test_once_per_notification_and_never_a_webhook(
    client: Any, session: Any, demo: Any, database: Any, settings_env: Any
) -> None:
    from tests.webhooks.webhook_support import deliveries, dispatch, subscribe

    settings_env(webhook_allow_http="true", webhook_allow_hosts="127.0.0.1")
    subscription = await subscribe(session, demo, "http://127.0.0.1:9/hook", owner="QT")  # every type
    await tell(session, demo, "demo.registrant", "event:1")
    from app.notifications.service import notify

    again = await notify(
        session,
        recipients=[demo.users["demo.registrant"]],
        type_="model.returned",
        data={"model_name": "X", "reason": "Y"},
        resource_type="model",
        resource_id="m",
        unit_id=None,
        occasion="event:1",
    )
    await session.commit()
    assert again == []
    stored = (await session.scalars(select(Event).where(Event.type == "notification.created"))).all()
    assert len(stored) == 1
    assert await dispatch(database) == 0
    assert await deliveries(session, subscription.id) == []

    r = await client.post(
        f"{API}/webhooks/subscriptions",
        json={"url": "https://203.0.114.10/hook", "event_types": ["model.accepted", "notification.created"]},
        headers=demo.headers("demo.admin"),
    )
    assert r.status_code == 422
    assert r.json()["code"] == "unknown_event_type"
    assert r.json()["errors"][0]["pointer"] == "#/event_types/1"
