"""A service client gets tokens with the client-credentials grant and acts within its unit's subtree with exactly
its scopes; rotation keeps the old secret working until the overlap ends; suspension and revocation end its
tokens at once; every call it makes is logged with its id."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from app.models import ModelHistory, ServiceClientCall, ServiceClientSecret
from tests.clients.conftest import API, TOKEN, Clients
from tests.registry.conftest import Ctx, make_campaign

pytestmark = pytest.mark.anyio


@pytest.fixture
async def ctx(clients: Clients, session: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window (models are registered in Thôn Tân Lập)."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(clients.client, clients.demo, str(campaign.id), str(campaign.cycles[0].id))


async def test_the_token_answer_has_the_scopes_and_no_refresh_token(clients: Clients) -> None:
    made = await clients.create(["models:read", "events:read"])
    for basic in (False, True):
        r = await clients.token_response(made["id"], made["client_secret"], basic=basic)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["token_type"] == "bearer" and body["scope"] == "events:read models:read"
        assert "refresh_token" not in body and body["expires_in"] == 15 * 60
        assert r.headers["Cache-Control"] == "no-store"
    narrowed = await clients.token_response(made["id"], made["client_secret"], "models:read")
    assert narrowed.json()["scope"] == "models:read"


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"client_secret": "wrong-secret"}, 401, "invalid_client"),
        ({"client_id": "not-a-uuid"}, 401, "invalid_client"),
        ({"client_id": str(uuid.uuid4())}, 401, "invalid_client"),
        ({"client_secret": None}, 401, "invalid_client"),
        ({"client_secret": ""}, 401, "invalid_client"),  # an empty field counts as absent
        ({"scope": "models:read models:write"}, 400, "invalid_scope"),
        ({"scope": "models:everything"}, 400, "invalid_scope"),
        ({"grant_type": "authorization_code"}, 400, "unsupported_grant_type"),
    ],
)
async def test_refused_token_requests_say_why_the_oauth_way(
    clients: Clients, form: dict[str, Any], status: int, error: str
) -> None:
    made = await clients.create(["models:read"])
    data = {"grant_type": "client_credentials", "client_id": made["id"], "client_secret": made["client_secret"]}
    data = {k: v for k, v in {**data, **form}.items() if v is not None}
    r = await clients.client.post(TOKEN, data=data)
    assert r.status_code == status, r.text
    body = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert body["code"] == error and body["error"] == error
    if error != "unsupported_grant_type":
        assert body["error_description"]
    if status == 401:
        assert r.headers["WWW-Authenticate"].startswith("Basic")


async def test_credentials_sent_two_ways_are_refused(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    import base64

    basic = base64.b64encode(f"{made['id']}:{made['client_secret']}".encode()).decode()
    r = await clients.client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_secret": made["client_secret"]},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert (r.status_code, r.json()["error"]) == (400, "invalid_request")
    garbled = await clients.client.post(
        TOKEN, data={"grant_type": "client_credentials"}, headers={"Authorization": "Basic ###"}
    )
    assert (garbled.status_code, garbled.json()["error"]) == (401, "invalid_client")


async def test_the_password_grant_keeps_working(clients: Clients) -> None:
    r = await clients.client.post(TOKEN, data={"username": "demo.admin", "password": clients.demo.password})
    assert r.status_code == 200 and r.json()["refresh_token"]
    missing = await clients.client.post(TOKEN, data={"grant_type": "password", "username": "demo.admin"})
    assert (missing.status_code, missing.json()["code"]) == (422, "validation_failed")
    assert missing.json()["errors"][0]["pointer"] == "#/password"


async def test_a_client_reads_models_of_its_subtree_only(clients: Clients, ctx: Ctx) -> None:
    model = await ctx.create()  # Thôn Tân Lập, Xã Vĩnh Thạch, Huyện Vĩnh Linh
    vinh_linh = await clients.headers_for(await clients.create(["models:read"], unit="QT-VL"))
    dong_ha = await clients.headers_for(await clients.create(["models:read"], unit="QT-DH"))
    listed = await clients.client.get(f"{API}/models", headers=vinh_linh)
    assert [m["id"] for m in listed.json()["items"]] == [model["id"]]
    assert (await clients.client.get(f"{API}/models/{model['id']}", headers=vinh_linh)).status_code == 200
    assert (await clients.client.get(f"{API}/models", headers=dong_ha)).json()["items"] == []
    outside = await clients.client.get(f"{API}/models/{model['id']}", headers=dong_ha)
    assert (outside.status_code, outside.json()["code"]) == (404, "not_found")


async def test_a_client_without_models_write_cannot_write(clients: Clients, ctx: Ctx) -> None:
    headers = await clients.headers_for(await clients.create(["models:read"], unit="QT-VL"))
    r = await clients.client.post(f"{API}/models", json=ctx.body(), headers=headers)
    assert (r.status_code, r.json()["code"]) == (403, "insufficient_scope")
    assert r.json()["required_scope"] == "models:write"
    assert r.headers["WWW-Authenticate"] == 'Bearer error="insufficient_scope", scope="models:write"'
    # A token narrowed to units:read may not read models even though the client holds models:read.
    made = await clients.create(["models:read", "units:read"], unit="QT-VL")
    narrow = await clients.headers_for(made, "units:read")
    assert (await clients.client.get(f"{API}/models", headers=narrow)).json()["code"] == "insufficient_scope"
    assert (await clients.client.get(f"{API}/units", headers=narrow)).status_code == 200


async def test_a_client_with_models_write_registers_and_is_recorded_as_the_actor(
    clients: Clients, ctx: Ctx, session: Any
) -> None:
    made = await clients.create(["models:write"], unit="QT-VL-VT", admin="vl.admin", name="Phần mềm một cửa xã")
    headers = await clients.headers_for(made)
    r = await clients.client.post(f"{API}/models", json=ctx.body(), headers={**headers, "X-Request-ID": "svc-test-001"})
    assert r.status_code == 201, r.text
    history = (
        await session.scalars(select(ModelHistory).where(ModelHistory.model_id == uuid.UUID(r.json()["id"])))
    ).one()
    assert str(history.actor_id) == made["id"] and history.actor_name == "Phần mềm một cửa xã"
    assert history.request_id == "svc-test-001"
    # The call log has the call, with the same request id, and the token request before it.
    calls = (await session.scalars(select(ServiceClientCall).order_by(ServiceClientCall.id))).all()
    assert [(c.operation_id, c.status) for c in calls] == [("auth_token", 200), ("models_create", 201)]
    assert calls[1].request_id == "svc-test-001" and calls[1].route == "/api/v1/models"
    log = await clients.client.get(
        f"{API}/service-clients/{made['id']}/calls", headers=clients.demo.headers("vl.admin")
    )
    assert [c["operation_id"] for c in log.json()["items"]] == ["models_create", "auth_token"]


async def test_refused_calls_are_logged_too(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read"], unit="QT-VL")
    headers = await clients.headers_for(made)
    await clients.client.get(f"{API}/users", headers=headers)
    await clients.token_response(made["id"], "wrong-secret")
    calls = (await session.scalars(select(ServiceClientCall).order_by(ServiceClientCall.id))).all()
    assert [(c.operation_id, c.status) for c in calls] == [
        ("auth_token", 200),
        ("users_list", 403),
        ("auth_token", 401),
    ]


async def test_rotation_keeps_the_old_secret_until_the_overlap_ends(clients: Clients, session: Any) -> None:
    made = await clients.create(["models:read"])
    old_secret = made["client_secret"]
    old_token = await clients.token(made["id"], old_secret)
    r = await clients.client.post(
        f"{API}/service-clients/{made['id']}/secrets",
        json={"previous_expires_in": 3600},
        headers=clients.demo.headers("demo.admin", **{"If-Match": '"1"'}),
    )
    assert r.status_code == 201, r.text
    new_secret = r.json()["client_secret"]
    assert new_secret != old_secret and len(r.json()["secrets"]) == 2
    old_entry = next(s for s in r.json()["secrets"] if s["hint"] == "…" + old_secret[-4:])
    assert old_entry["expires_at"] is not None and old_entry["last_used_at"] is not None
    # During the overlap both secrets work, and so do the tokens they got.
    await clients.token(made["id"], old_secret)
    new_token = await clients.token(made["id"], new_secret)
    for token in (old_token, new_token):
        assert (
            await clients.client.get(f"{API}/models", headers={"Authorization": f"Bearer {token}"})
        ).status_code == 200
    # The overlap ends: the old secret and its tokens stop; the new ones go on.
    await session.execute(
        update(ServiceClientSecret)
        .where(ServiceClientSecret.expires_at.is_not(None))
        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    )
    await session.commit()
    assert (await clients.token_response(made["id"], old_secret)).status_code == 401
    old = await clients.client.get(f"{API}/models", headers={"Authorization": f"Bearer {old_token}"})
    assert (old.status_code, old.json()["code"]) == (401, "invalid_token")
    assert (
        await clients.client.get(f"{API}/models", headers={"Authorization": f"Bearer {new_token}"})
    ).status_code == 200
    await clients.token(made["id"], new_secret)


async def test_a_rotation_without_overlap_ends_the_old_secret_at_once(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    r = await clients.client.post(
        f"{API}/service-clients/{made['id']}/secrets",
        json={"previous_expires_in": 0},
        headers=clients.demo.headers("demo.admin", **{"If-Match": '"1"'}),
    )
    assert r.status_code == 201
    assert (await clients.token_response(made["id"], made["client_secret"])).status_code == 401
    await clients.token(made["id"], r.json()["client_secret"])


async def test_an_overlap_is_bounded(clients: Clients, settings_env: Any) -> None:
    settings_env(service_client_max_overlap_seconds=600)
    made = await clients.create(["models:read"])
    url, headers = f"{API}/service-clients/{made['id']}/secrets", clients.demo.headers("demo.admin")
    r = await clients.client.post(url, json={"previous_expires_in": 601}, headers={**headers, "If-Match": '"1"'})
    assert (r.status_code, r.json()["code"]) == (422, "overlap_too_long")
    for bad in (-1, "60", True, 10**9):
        r = await clients.client.post(url, json={"previous_expires_in": bad}, headers={**headers, "If-Match": '"1"'})
        assert r.status_code == 422, bad
    await clients.token(made["id"], made["client_secret"])  # nothing changed


async def test_revoked_and_suspended_clients_tokens_are_refused(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    token = {"Authorization": f"Bearer {await clients.token(made['id'], made['client_secret'])}"}
    url, admin = f"{API}/service-clients/{made['id']}", clients.demo.headers("demo.admin")
    r = await clients.client.patch(url, json={"is_active": False}, headers={**admin, "If-Match": '"1"'})
    assert r.status_code == 200
    assert (await clients.client.get(f"{API}/models", headers=token)).status_code == 401
    assert (await clients.token_response(made["id"], made["client_secret"])).status_code == 401
    r = await clients.client.patch(url, json={"is_active": True}, headers={**admin, "If-Match": r.headers["ETag"]})
    assert (await clients.client.get(f"{API}/models", headers=token)).status_code == 200
    r = await clients.client.post(f"{url}/revoke", headers={**admin, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200
    assert (await clients.client.get(f"{API}/models", headers=token)).status_code == 401
    assert (await clients.token_response(made["id"], made["client_secret"])).status_code == 401


async def test_a_scope_removed_ends_at_once_in_tokens_already_issued(clients: Clients) -> None:
    made = await clients.create(["models:read", "units:read"])
    token = {"Authorization": f"Bearer {await clients.token(made['id'], made['client_secret'])}"}
    assert (await clients.client.get(f"{API}/models", headers=token)).status_code == 200
    r = await clients.client.patch(
        f"{API}/service-clients/{made['id']}",
        json={"scopes": ["units:read"]},
        headers=clients.demo.headers("demo.admin", **{"If-Match": '"1"'}),
    )
    assert r.status_code == 200
    assert (await clients.client.get(f"{API}/models", headers=token)).json()["code"] == "insufficient_scope"


async def test_a_client_is_no_user(clients: Clients) -> None:
    made = await clients.create(["models:read"])
    users = await clients.client.get(f"{API}/users", params={"limit": 200}, headers=clients.demo.headers("demo.admin"))
    assert made["id"] not in {u["id"] for u in users.json()["items"]}
    assert (
        await clients.client.get(f"{API}/users/{made['id']}", headers=clients.demo.headers("demo.admin"))
    ).status_code == 404
    token = await clients.headers_for(made)
    for password in (made["client_secret"], "!service-client", "x"):
        r = await clients.client.post(TOKEN, data={"username": f"svc:{made['id']}", "password": password})
        assert r.status_code == 401
    for path in ("/me", "/users", "/service-clients"):
        r = await clients.client.get(f"{API}{path}", headers=token)
        assert (r.status_code, r.json()["code"], r.json()["required_scope"]) == (403, "insufficient_scope", None)


async def test_each_client_has_its_own_quota(clients: Clients, settings_env: Any) -> None:
    first = await clients.headers_for(await clients.create(["units:read"], name="Hệ thống A"))
    second = await clients.headers_for(await clients.create(["units:read"], name="Hệ thống B"))
    settings_env(rate_limit_client="2/minute")
    statuses = [(await clients.client.get(f"{API}/unit-kinds", headers=first)).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    answer = await clients.client.get(f"{API}/unit-kinds", headers=second)
    assert answer.status_code == 200 and '"client";q=2' in answer.headers["RateLimit-Policy"]
