"""GET/PUT /me/notification-preferences and GET /notification-types: a person's own preferences (defaults at
version 0, If-Match versioning, validation with stable codes, a mandatory type cannot be muted by a role that
must receive it), nothing of anyone else reachable, service clients refused; bad input changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models import NotificationPreference, User
from app.notifications.catalogue import CATALOGUE, NOTIFICATION_TYPES
from tests.clients.conftest import Clients

pytestmark = pytest.mark.anyio

API = "/api/v1"
PREFS = f"{API}/me/notification-preferences"
TYPES = f"{API}/notification-types"
BODY = {
    "email_mode": "digest",
    "digest_hour": 18,
    "timezone": "Asia/Ho_Chi_Minh",
    "muted_types": ["model.surveyed", "import.finished", "model.surveyed"],
    "push_enabled": True,
}


async def _stored(session: Any, demo: Any, username: str) -> NotificationPreference | None:
    await session.commit()
    statement = select(NotificationPreference).where(NotificationPreference.user_id == demo.users[username])
    return (await session.scalars(statement.execution_options(populate_existing=True))).one_or_none()


async def test_defaults_then_save_with_if_match(client: Any, demo: Any, session: Any) -> None:
    user = await session.get(User, demo.users["demo.registrant"])
    user.email = "dangky@vinhthach.quangtri.gov.vn"
    await session.commit()
    headers = demo.headers("demo.registrant")
    r = await client.get(PREFS, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["ETag"] == '"0"'
    assert r.json() == {
        "email_mode": "immediate",
        "digest_hour": 7,
        "timezone": "Asia/Ho_Chi_Minh",
        "muted_types": [],
        "push_enabled": False,
        "email": "dangky@vinhthach.quangtri.gov.vn",
        "version": 0,
        "updated_at": None,
    }
    r = await client.get(PREFS, headers={**headers, "If-None-Match": '"0"'})
    assert r.status_code == 304

    r = await client.put(PREFS, json=BODY, headers=headers)
    assert r.status_code == 428 and r.json()["code"] == "precondition_required"
    r = await client.put(PREFS, json=BODY, headers={**headers, "If-Match": '"3"'})
    assert r.status_code == 412 and r.json()["code"] == "precondition_failed"
    assert await _stored(session, demo, "demo.registrant") is None

    r = await client.put(PREFS, json=BODY, headers={**headers, "If-Match": '"0"'})
    assert r.status_code == 200, r.text
    saved = r.json()
    assert r.headers["ETag"] == '"1"' and saved["version"] == 1
    assert saved["muted_types"] == ["model.surveyed", "import.finished"]
    assert (saved["email_mode"], saved["digest_hour"], saved["push_enabled"]) == ("digest", 18, True)
    assert saved["updated_at"] is not None

    again = {**BODY, "email_mode": "off", "muted_types": []}
    r = await client.put(PREFS, json=again, headers={**headers, "If-Match": '"0"'})
    assert r.status_code == 412  # stale: it is at version 1 now
    r = await client.put(PREFS, json=again, headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["version"] == 2 and r.json()["email_mode"] == "off"
    r = await client.get(PREFS, headers=headers)
    assert r.headers["ETag"] == '"2"' and r.json()["muted_types"] == []


@pytest.mark.parametrize(
    ("change", "code", "pointer"),
    [
        ({"timezone": "Asia/Hanoi_Old"}, "unknown_timezone", "#/timezone"),
        ({"timezone": "../../etc/passwd"}, "unknown_timezone", "#/timezone"),
        ({"muted_types": ["model.surveyed", "model.approved"]}, "unknown_notification_type", "#/muted_types/1"),
        ({"muted_types": ["reminder.results-overdue"]}, "mandatory_notification_type", "#/muted_types/0"),
        ({"muted_types": ["model.returned"]}, "mandatory_notification_type", "#/muted_types/0"),
        ({"digest_hour": 24}, "validation_failed", None),
        ({"digest_hour": -1}, "validation_failed", None),
        ({"digest_hour": "7"}, "validation_failed", None),
        ({"email_mode": "weekly"}, "validation_failed", None),
        ({"muted_types": ["x" * 61]}, "validation_failed", None),
        ({"surprise": 1}, "validation_failed", None),
    ],
)
async def test_bad_input_is_422_and_changes_nothing(
    client: Any, demo: Any, session: Any, change: dict[str, Any], code: str, pointer: str | None
) -> None:
    headers = demo.headers("demo.registrant", **{"If-Match": '"0"'})
    r = await client.put(PREFS, json={**BODY, **change}, headers=headers)
    assert r.status_code == 422, r.text
    problem = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert problem["code"] == code
    if pointer:
        assert problem["errors"][0]["pointer"] == pointer
    if code == "mandatory_notification_type":
        assert problem["notification_types"] == change["muted_types"]
        assert change["muted_types"][0] in problem["detail"]
    assert await _stored(session, demo, "demo.registrant") is None


async def test_mandatory_depends_on_the_role(client: Any, demo: Any, session: Any) -> None:
    """A viewer is never sent "results overdue" (a registrant's reminder): they may mute it; a type every role of a
    unit must receive (a model returned) they may not."""
    overdue = {**BODY, "muted_types": ["reminder.results-overdue", "reminder.list-late"]}
    r = await client.put(PREFS, json=overdue, headers=demo.headers("demo.viewer", **{"If-Match": '"0"'}))
    assert r.status_code == 200, r.text
    r = await client.put(
        PREFS,
        json={**BODY, "muted_types": ["decision.revoked"]},
        headers=demo.headers("demo.viewer", **{"If-Match": '"1"'}),
    )
    assert r.status_code == 422 and r.json()["code"] == "mandatory_notification_type"
    r = await client.put(
        PREFS,
        json={**BODY, "muted_types": ["turn.waiting"]},
        headers=demo.headers("demo.mobiliser", **{"If-Match": '"0"'}),
    )
    assert r.status_code == 422 and r.json()["notification_types"] == ["turn.waiting"]
    stored = await _stored(session, demo, "demo.viewer")
    assert stored is not None and stored.muted_types == ["reminder.results-overdue", "reminder.list-late"]


async def test_each_person_has_their_own(client: Any, demo: Any, session: Any) -> None:
    r = await client.put(PREFS, json=BODY, headers=demo.headers("demo.registrant", **{"If-Match": '"0"'}))
    assert r.status_code == 200
    r = await client.get(PREFS, headers=demo.headers("demo.mobiliser"))
    assert r.json()["version"] == 0 and r.json()["email_mode"] == "immediate"
    assert (await _stored(session, demo, "demo.mobiliser")) is None


async def test_needs_a_person(client: Any, demo: Any, session: Any) -> None:
    r = await client.get(PREFS)
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    clients = Clients(client, demo)
    made = await clients.create(["events:read", "models:read"])
    headers = await clients.headers_for(made)
    for method in ("GET", "PUT"):
        r = await client.request(method, PREFS, json=BODY, headers={**headers, "If-Match": '"0"'})
        assert r.status_code == 403, r.text
        assert r.json()["code"] == "insufficient_scope"
        assert "service clients" in r.json()["detail"] or "ứng dụng tích hợp" in r.json()["detail"]
    r = await client.get(TYPES, headers=headers)  # the catalogue: events:read opens it
    assert r.status_code == 200


async def test_the_catalogue(client: Any, demo: Any) -> None:
    r = await client.get(TYPES, headers=demo.headers("demo.viewer"))
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert [i["type"] for i in items] == list(NOTIFICATION_TYPES)
    by_type = {i["type"]: i for i in items}
    overdue = by_type["reminder.results-overdue"]
    assert overdue["label"] == {"vi": "Quá hạn báo cáo kết quả", "en": "Results overdue"}
    assert overdue["mandatory"] and overdue["mandatory_for"] == ["registrant"] and overdue["reminder"]
    assert by_type["model.returned"]["mandatory_for"] == ["admin", "registrant", "mobiliser", "authority", "viewer"]
    assert by_type["turn.waiting"]["mandatory_for"] == ["registrant", "mobiliser", "authority"]
    for name, entry in CATALOGUE.items():
        assert bool(by_type[name]["mandatory_for"]) == entry.mandatory
        assert by_type[name]["recipients"]["vi"] == entry.recipients.vi
    assert (await client.get(TYPES)).status_code == 401
