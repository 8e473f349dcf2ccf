"""The subscription API: a Vĩnh Linh system (a service client with `webhooks:manage`) subscribes its receiver,
gets the signing secret once, rotates it, pings its receiver and reads the delivery log; what is not its own is
404, bad URLs and unknown event types are 422 and change nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from standardwebhooks import Webhook

from app.events.service import record_event
from app.models import Unit
from app.webhooks.payload import PING_TYPE
from tests.clients.conftest import Clients, add_user
from tests.webhooks.webhook_support import deliver, run_due

API = "/api/v1"
SUBS = f"{API}/webhooks/subscriptions"
DESCRIPTION = "Hệ thống thi đua khen thưởng huyện Vĩnh Linh"


@pytest.fixture
async def clients(client: Any, demo: Any, session: Any) -> Clients:
    """The service-client helpers, with `vl.admin` (admin of Huyện Vĩnh Linh) and `dh.admin` (Thành phố Đông Hà)."""
    await add_user(session, demo, "vl.admin", "QT-VL", [("admin", "QT-VL")])
    await add_user(session, demo, "dh.admin", "QT-DH", [("admin", "QT-DH")])
    return Clients(client, demo)


async def _system(clients: Clients, scopes: list[str] | None = None, unit: str = "QT-VL") -> dict[str, str]:
    """Headers of a fresh Vĩnh Linh service client."""
    made = await clients.create(scopes or ["webhooks:manage"], unit=unit, name=f"Hệ thống {unit} {len(scopes or [])}")
    return await clients.headers_for(made)


async def _submitted(session: Any, demo: Any, unit_code: str) -> int:
    """A model of the unit was submitted (committed); the event's id."""
    unit = await session.get(Unit, demo.unit(unit_code))
    event = await record_event(
        session,
        "model.submitted",
        resource_type="model",
        resource_id=str(uuid.uuid4()),
        unit_path=unit.path,
        actor_id=None,
        request_id="test",
        data={"code": f"DVK-2026-{unit_code}", "from": "draft", "to": "submitted"},
    )
    await session.commit()
    return int(event.id)


async def _subscribe(client: Any, headers: dict[str, str], url: str, **fields: Any) -> Any:
    body = {"url": url, "description": DESCRIPTION, **fields}
    return await client.post(SUBS, json=body, headers=headers)


async def _made(client: Any, headers: dict[str, str], url: str, **fields: Any) -> dict[str, Any]:
    r = await _subscribe(client, headers, url, **fields)
    assert r.status_code == 201, r.text
    return dict(r.json())


async def test_a_client_subscribes_and_sees_the_secret_once(client: Any, demo: Any, clients: Clients, receiver: Any):
    headers = await _system(clients)
    url = receiver.url("/hook")
    r = await _subscribe(
        client,
        {**headers, "Idempotency-Key": "sub-1"},
        url,
        event_types=["model.accepted", "decision.issued"],
        unit_id=demo.unit("QT-VL-VT"),
    )
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["secret"].startswith("whsec_")
    assert made["client_id"] is not None and made["owner_unit_id"] == demo.unit("QT-VL")
    assert (made["unit_id"], made["event_types"], made["status"]) == (
        demo.unit("QT-VL-VT"),
        ["model.accepted", "decision.issued"],
        "active",
    )
    assert r.headers["Location"].endswith(f"/webhooks/subscriptions/{made['id']}") and r.headers["ETag"]

    replay = await _subscribe(
        client,
        {**headers, "Idempotency-Key": "sub-1"},
        url,
        event_types=["model.accepted", "decision.issued"],
        unit_id=demo.unit("QT-VL-VT"),
    )
    assert replay.status_code == 201 and replay.json()["id"] == made["id"] and replay.json()["secret"] is None

    got = await client.get(f"{SUBS}/{made['id']}", headers=headers)
    assert got.status_code == 200 and "secret" not in got.json() and got.json()["url"] == url
    listed = await client.get(SUBS, headers=headers)
    assert [s["id"] for s in listed.json()["items"]] == [made["id"]]


async def test_the_scope_or_the_admin_role_is_needed(client: Any, demo: Any, clients: Clients, receiver: Any):
    reader = await _system(clients, ["models:read"])
    r = await _subscribe(client, reader, receiver.url())
    assert r.status_code == 403 and r.json()["code"] == "insufficient_scope"
    r = await client.get(SUBS, headers=reader)
    assert r.status_code == 403 and r.json()["code"] == "insufficient_scope"
    r = await _subscribe(client, demo.headers("demo.registrant"), receiver.url())
    assert r.status_code == 403
    # An administrator subscribes for their unit.
    made = await _made(client, demo.headers("vl.admin"), receiver.url())
    assert made["client_id"] is None and made["owner_unit_id"] == made["unit_id"] == demo.unit("QT-VL")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://10.20.30.40/hook", "webhook_url_refused"),
        ("https://169.254.169.254/latest/meta-data", "webhook_url_refused"),
        ("http://203.0.113.10/hook", "webhook_url_scheme"),
        ("https://user:pw@203.0.113.10/hook", "webhook_url_invalid"),
    ],
)
async def test_a_refused_url_is_422_and_nothing_is_made(
    client: Any, clients: Clients, settings_env: Any, url: str, code: str
):
    headers = await _system(clients)
    settings_env(webhook_allow_http="false", webhook_allow_hosts="")
    r = await _subscribe(client, headers, url)
    assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert (await client.get(SUBS, headers=headers)).json()["items"] == []


async def test_an_unknown_event_type_is_422(client: Any, clients: Clients, receiver: Any):
    headers = await _system(clients)
    r = await _subscribe(client, headers, receiver.url(), event_types=["model.accepted", "model.exploded"])
    assert r.status_code == 422 and r.json()["code"] == "unknown_event_type", r.text
    assert r.json()["errors"][0]["pointer"] == "#/event_types/1"
    assert (await client.get(SUBS, headers=headers)).json()["items"] == []


async def test_what_is_not_yours_is_404(client: Any, demo: Any, clients: Clients, receiver: Any):
    mine = await _system(clients)
    made = await _made(client, mine, receiver.url())
    other_client = await _system(clients, ["webhooks:manage", "events:read"])
    for headers in (other_client, demo.headers("dh.admin")):
        r = await client.get(f"{SUBS}/{made['id']}", headers=headers)
        assert r.status_code == 404 and r.json()["code"] == "webhook_subscription_not_found"
        assert (await client.post(f"{SUBS}/{made['id']}/ping", headers=headers)).status_code == 404
        assert (await client.get(SUBS, headers=headers)).json()["items"] == []
    # The filter unit must lie in the caller's scope.
    r = await _subscribe(client, mine, receiver.url(), unit_id=demo.unit("QT-DH"))
    assert r.status_code == 404 and r.json()["code"] == "unit_not_found"
    # Vĩnh Linh's administrator sees the client's subscription; the province's too.
    for admin in ("vl.admin", "demo.admin"):
        assert (await client.get(f"{SUBS}/{made['id']}", headers=demo.headers(admin))).status_code == 200


async def test_ping_is_delivered_signed_and_logged_then_redelivered(
    client: Any, database: Any, clients: Clients, receiver: Any
):
    headers = await _system(clients)
    made = await _made(client, headers, receiver.url("/hook"), event_types=["model.submitted"])
    r = await client.post(f"{SUBS}/{made['id']}/ping", headers=headers)
    assert r.status_code == 202, r.text
    assert (r.json()["type"], r.json()["status"], r.json()["event_id"]) == (PING_TYPE, "pending", None)

    await run_due(database)

    [hit] = receiver.hits("/hook")
    message = Webhook(made["secret"]).verify(hit.body, hit.headers)
    assert message["type"] == PING_TYPE and message["data"]["subscription_id"] == made["id"]
    log = (await client.get(f"{SUBS}/{made['id']}/deliveries", headers=headers)).json()["items"]
    [delivery] = log
    assert (delivery["type"], delivery["status"], delivery["attempts"]) == (PING_TYPE, "delivered", 1)
    assert [(a["outcome"], a["status_code"]) for a in delivery["log"]] == [("delivered", 200)]
    assert hit.headers["webhook-id"] == f"msg_{delivery['id'].replace('-', '')}"

    again = await client.post(f"{SUBS}/{made['id']}/deliveries/{delivery['id']}/redeliver", headers=headers)
    assert again.status_code == 202 and again.json()["status"] == "pending", again.text
    twice = await client.post(f"{SUBS}/{made['id']}/deliveries/{delivery['id']}/redeliver", headers=headers)
    assert twice.status_code == 409 and twice.json()["code"] == "webhook_delivery_pending"
    await run_due(database)
    first, second = receiver.hits("/hook")
    assert second.headers["webhook-id"] == first.headers["webhook-id"]
    [delivery] = (await client.get(f"{SUBS}/{made['id']}/deliveries", headers=headers)).json()["items"]
    assert delivery["status"] == "delivered" and [a["attempt"] for a in delivery["log"]] == [1, 2]


async def test_events_are_listed_in_the_delivery_log(
    client: Any, database: Any, session: Any, demo: Any, clients: Clients, receiver: Any
):
    headers = await _system(clients)
    made = await _made(client, headers, receiver.url("/hook"), event_types=["model.submitted"])
    event_id = await _submitted(session, demo, "QT-VL-VT")
    await _submitted(session, demo, "QT-DH")  # outside Vĩnh Linh: not sent
    await deliver(database)

    page = (await client.get(f"{SUBS}/{made['id']}/deliveries?status=delivered", headers=headers)).json()
    assert [(d["event_id"], d["type"]) for d in page["items"]] == [(event_id, "model.submitted")]
    assert len(receiver.hits("/hook")) == 1
    pending = await client.get(f"{SUBS}/{made['id']}/deliveries?status=pending", headers=headers)
    assert pending.json()["items"] == []


async def test_rotation_signs_with_both_secrets(client: Any, database: Any, clients: Clients, receiver: Any):
    headers = await _system(clients)
    made = await _made(client, headers, receiver.url("/hook"))
    url = f"{SUBS}/{made['id']}/secrets"
    assert (await client.post(url, headers=headers)).status_code == 428
    r = await client.post(url, json={"previous_expires_in": 3600}, headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 201, r.text
    rotated = r.json()
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != made["secret"]
    assert rotated["previous_secret_expires_at"] is not None and rotated["version"] == 2

    await client.post(f"{SUBS}/{made['id']}/ping", headers=headers)
    await run_due(database)
    [hit] = receiver.hits("/hook")
    assert len(hit.headers["webhook-signature"].split(" ")) == 2
    for secret in (made["secret"], rotated["secret"]):
        assert Webhook(secret).verify(hit.body, hit.headers)["type"] == PING_TYPE


async def test_update_disable_and_delete(client: Any, clients: Clients, settings_env: Any, receiver: Any):
    headers = await _system(clients)
    made = await _made(client, headers, receiver.url("/hook"))
    path = f"{SUBS}/{made['id']}"
    assert (await client.post(f"{path}/ping", headers=headers)).status_code == 202
    assert (await client.patch(path, json={"enabled": False}, headers=headers)).status_code == 428
    r = await client.patch(
        path, json={"enabled": False, "event_types": ["model.accepted"]}, headers={**headers, "If-Match": '"1"'}
    )
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["disabled_reason"], r.json()["event_types"]) == (
        "disabled",
        "owner",
        ["model.accepted"],
    )
    ping = await client.post(f"{path}/ping", headers=headers)
    assert ping.status_code == 409 and ping.json()["code"] == "webhook_subscription_disabled"
    [cancelled] = (await client.get(f"{path}/deliveries", headers=headers)).json()["items"]
    assert cancelled["status"] == "cancelled"

    settings_env(webhook_allow_hosts="")
    r = await client.patch(path, json={"url": receiver.url("/other")}, headers={**headers, "If-Match": '"2"'})
    assert r.status_code == 422 and r.json()["code"] == "webhook_url_refused"
    r = await client.patch(path, json={"enabled": True}, headers={**headers, "If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["status"] == "active" and r.json()["url"] == receiver.url("/hook")

    assert (await client.delete(path, headers={**headers, "If-Match": '"2"'})).status_code == 412
    assert (await client.delete(path, headers={**headers, "If-Match": '"3"'})).status_code == 204
    assert (await client.get(path, headers=headers)).status_code == 404


async def test_a_suspended_clients_subscriptions_get_nothing(
    client: Any, database: Any, session: Any, demo: Any, clients: Clients, receiver: Any
):
    made_client = await clients.create(["webhooks:manage"], name="Hệ thống tạm dừng")
    headers = await clients.headers_for(made_client)
    made = await _made(client, headers, receiver.url("/hook"))
    etag = await clients.etag(made_client["id"])
    r = await client.patch(
        f"{API}/service-clients/{made_client['id']}",
        json={"is_active": False},
        headers=demo.headers("demo.admin", **{"If-Match": etag}),
    )
    assert r.status_code == 200, r.text
    await _submitted(session, demo, "QT-VL-VT")
    await deliver(database)
    assert receiver.hits("/hook") == []
    assert (await client.get(f"{SUBS}/{made['id']}", headers=demo.headers("vl.admin"))).status_code == 200
