"""Administrators manage service clients in their subtree: made with a secret shown once, read, listed, changed
with If-Match, given only scopes the administrator could use, revoked for good."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from app.core.security import verify_password
from app.models import ServiceClient, ServiceClientSecret, User
from tests.clients.conftest import API, Clients

pytestmark = pytest.mark.anyio


async def _count(session: Any, entity: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(entity)))


async def test_a_client_is_made_with_its_secret_shown_once(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read", "events:read"], unit="QT-VL")
    secret = made["client_secret"]
    assert secret.startswith("dvkcs_") and len(secret) > 40
    assert made["scopes"] == ["events:read", "models:read"]
    assert made["unit_id"] == clients.demo.unit("QT-VL")
    assert made["is_active"] is True and made["revoked_at"] is None
    assert made["created_by_id"] == str(clients.demo.users["demo.admin"])
    assert [s["hint"] for s in made["secrets"]] == ["…" + secret[-4:]]

    r = await clients.client.get(f"{API}/service-clients/{made['id']}", headers=clients.demo.headers("demo.admin"))
    assert r.status_code == 200 and r.headers["ETag"] == '"1"'
    assert "client_secret" not in r.json() and secret not in r.text
    stored = (await session.scalars(select(ServiceClientSecret))).one()
    assert stored.secret_hash != secret and verify_password(secret, stored.secret_hash)
    # Its account row carries the id every actor column records; no password verifies against it.
    account = await session.get(User, stored.client_id)
    assert account.username == f"svc:{made['id']}" and account.full_name == made["name"]
    assert not verify_password(secret, account.password_hash)


async def test_the_list_shows_the_clients_of_ones_subtree_only(clients: Clients) -> None:
    vinh_linh = await clients.create(["models:read"], unit="QT-VL", name="Hệ thống huyện Vĩnh Linh")
    dong_ha = await clients.create(["models:read"], unit="QT-DH", name="Hệ thống thành phố Đông Hà")
    province = await clients.client.get(f"{API}/service-clients", headers=clients.demo.headers("demo.admin"))
    assert {c["id"] for c in province.json()["items"]} == {vinh_linh["id"], dong_ha["id"]}
    district = await clients.client.get(f"{API}/service-clients", headers=clients.demo.headers("dh.admin"))
    assert [c["id"] for c in district.json()["items"]] == [dong_ha["id"]]
    one_page = await clients.client.get(
        f"{API}/service-clients", params={"limit": 1}, headers=clients.demo.headers("demo.admin")
    )
    second = await clients.client.get(
        f"{API}/service-clients",
        params={"limit": 1, "cursor": one_page.json()["next_cursor"]},
        headers=clients.demo.headers("demo.admin"),
    )
    assert [c["name"] for c in one_page.json()["items"] + second.json()["items"]] == [
        "Hệ thống huyện Vĩnh Linh",
        "Hệ thống thành phố Đông Hà",
    ]
    filtered = await clients.client.get(
        f"{API}/service-clients",
        params={"unit": clients.demo.unit("QT-DH")},
        headers=clients.demo.headers("demo.admin"),
    )
    assert [c["id"] for c in filtered.json()["items"]] == [dong_ha["id"]]


async def test_another_subtrees_admin_gets_404(clients: Clients) -> None:
    made = await clients.create(["models:read"], unit="QT-VL")
    headers = clients.demo.headers("dh.admin")
    url = f"{API}/service-clients/{made['id']}"
    assert (await clients.client.get(url, headers=headers)).json()["code"] == "service_client_not_found"
    r = await clients.client.patch(url, json={"name": "x"}, headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 404
    r = await clients.client.post(f"{url}/secrets", json={}, headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 404
    r = await clients.client.post(f"{url}/revoke", headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 404
    assert (await clients.client.get(f"{url}/calls", headers=headers)).status_code == 404
    # Nor may a unit outside one's subtree be given to a new client.
    r = await clients.client.post(
        f"{API}/service-clients",
        json={"name": "x", "unit_id": clients.demo.unit("QT-VL"), "scopes": ["models:read"]},
        headers=headers,
    )
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")


async def test_people_without_an_admin_role_get_403(clients: Clients) -> None:
    r = await clients.client.get(f"{API}/service-clients", headers=clients.demo.headers("demo.viewer"))
    assert (r.status_code, r.json()["code"]) == (403, "forbidden")


async def test_scopes_beyond_the_admins_own_are_refused(clients: Clients, session: Any) -> None:
    # demo.admin administers the province but does not register models: models:write and imports:write are not
    # theirs to give.
    r = await clients.client.post(
        f"{API}/service-clients",
        json={"name": "x", "unit_id": clients.demo.unit("QT-VL"), "scopes": ["models:read", "models:write"]},
        headers=clients.demo.headers("demo.admin"),
    )
    assert (r.status_code, r.json()["code"]) == (422, "scope_exceeds_creator")
    assert r.json()["scopes"] == ["models:write"]
    assert r.json()["errors"][0]["pointer"] == "#/scopes"
    assert await _count(session, ServiceClient) == 0 and await _count(session, User) == len(clients.demo.users)
    # vl.admin also registers models in Vĩnh Linh: there, not in Đông Hà (which they do not administer).
    made = await clients.create(["imports:write", "models:write"], unit="QT-VL-VT", admin="vl.admin")
    assert made["scopes"] == ["imports:write", "models:write"]
    # Adding the scope later is checked the same way; removing one is always allowed.
    url = f"{API}/service-clients/{made['id']}"
    r = await clients.client.patch(
        url, json={"scopes": ["models:read"]}, headers=clients.demo.headers("demo.admin", **{"If-Match": '"1"'})
    )
    assert r.status_code == 200, r.text
    r = await clients.client.patch(
        url,
        json={"scopes": ["models:read", "models:write"]},
        headers=clients.demo.headers("demo.admin", **{"If-Match": r.headers["ETag"]}),
    )
    assert (r.status_code, r.json()["code"]) == (422, "scope_exceeds_creator")


async def test_changes_need_if_match_and_move_the_version(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read"])
    url, headers = f"{API}/service-clients/{made['id']}", clients.demo.headers("demo.admin")
    assert (await clients.client.patch(url, json={"name": "Mới"}, headers=headers)).status_code == 428
    stale = await clients.client.patch(url, json={"name": "Mới"}, headers={**headers, "If-Match": '"7"'})
    assert stale.status_code == 412
    r = await clients.client.patch(
        url,
        json={"name": "Hệ thống một cửa điện tử", "scopes": ["units:read", "models:read"]},
        headers={**headers, "If-Match": '"1"'},
    )
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Hệ thống một cửa điện tử" and r.json()["scopes"] == ["models:read", "units:read"]
    assert r.headers["ETag"] == '"2"'
    account = await session.get(User, uuid.UUID(made["id"]), populate_existing=True)
    assert account.full_name == "Hệ thống một cửa điện tử"


@pytest.mark.parametrize(
    "body",
    [
        {"name": "x", "scopes": []},
        {"name": "x", "scopes": ["models:read", "models:read"]},
        {"name": "x", "scopes": ["models:delete"]},
        {"name": "", "scopes": ["models:read"]},
        {"name": "x", "scopes": ["models:read"], "unit_id": True},
        {"name": "x", "scopes": ["models:read"], "unit_id": "1"},
        {"name": "x", "scopes": ["models:read"], "extra": 1},
        {"name": "x" * 201, "scopes": ["models:read"]},
    ],
)
async def test_bad_input_changes_nothing(clients: Clients, session: Any, body: dict[str, Any]) -> None:
    body = {"unit_id": clients.demo.unit("QT-VL"), **body}
    r = await clients.client.post(f"{API}/service-clients", json=body, headers=clients.demo.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert await _count(session, ServiceClient) == 0


async def test_null_is_refused_in_an_update(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    for field in ("name", "scopes", "is_active", "description"):
        r = await clients.client.patch(
            f"{API}/service-clients/{made['id']}",
            json={field: None},
            headers=clients.demo.headers("demo.admin", **{"If-Match": '"1"'}),
        )
        assert r.status_code == 422, (field, r.text)


async def test_a_replayed_create_makes_nothing_and_does_not_show_the_secret_again(
    clients: Clients, session: Any
) -> None:
    first = await clients.create(["models:read"], **{"Idempotency-Key": "tao-ung-dung-1"})
    again = await clients.create(["models:read"], **{"Idempotency-Key": "tao-ung-dung-1"})
    assert again["id"] == first["id"] and first["client_secret"] and again["client_secret"] is None
    assert await _count(session, ServiceClient) == 1


async def test_a_revoked_client_stays_readable_and_cannot_be_changed(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    url, headers = f"{API}/service-clients/{made['id']}", clients.demo.headers("demo.admin")
    r = await clients.client.post(f"{url}/revoke", headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["revoked_at"] is not None and r.json()["is_active"] is False and r.json()["secrets"] == []
    tag = r.headers["ETag"]
    for method, path, body in (("PATCH", "", {"name": "x"}), ("POST", "/secrets", {}), ("POST", "/revoke", None)):
        again = await clients.client.request(method, url + path, json=body, headers={**headers, "If-Match": tag})
        assert (again.status_code, again.json()["code"]) == (409, "service_client_revoked"), path
    assert (await clients.client.get(url, headers=headers)).json()["revoked_at"] is not None


async def test_the_scope_catalogue_has_labels(clients: Clients) -> None:
    r = await clients.client.get(f"{API}/service-client-scopes", headers=clients.demo.headers("demo.admin"))
    codes = {s["code"]: s for s in r.json()}
    assert set(codes) >= {"models:read", "models:write", "events:read", "webhooks:manage", "imports:write"}
    assert codes["models:write"]["role"] == "registrant" and codes["models:read"]["role"] == "viewer"
    english = await clients.client.get(
        f"{API}/service-client-scopes", headers=clients.demo.headers("demo.admin", **{"Accept-Language": "en"})
    )
    assert {s["code"]: s["label"] for s in english.json()}["reports:read"] == "Read reports and statistics"
