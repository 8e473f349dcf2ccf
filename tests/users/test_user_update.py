"""Changing accounts: If-Match, what may be sent, deactivation and password resets end sessions."""

from __future__ import annotations

import asyncio

import pytest

API = "/api/v1"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


async def fetch(client, demo, username: str, as_user: str = "demo.admin"):
    """GET a user as an administrator."""
    r = await client.get(f"{API}/users/{demo.users[username]}", headers=demo.headers(as_user))
    assert r.status_code == 200, r.text
    return r


async def patch(client, demo, username: str, body: dict, *, as_user: str = "demo.admin", etag: str | None = None):
    """PATCH a user with the current ETag (or the given one)."""
    if etag is None:
        etag = (await fetch(client, demo, username, as_user)).headers["ETag"]
    return await client.patch(
        f"{API}/users/{demo.users[username]}", json=body, headers=demo.headers(as_user, **{"If-Match": etag})
    )


async def refresh(client, tokens: dict):
    """POST /auth/refresh with the pair's refresh token."""
    return await client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})


async def sign_in(client, username: str, password: str):
    """POST /auth/token."""
    return await client.post(f"{API}/auth/token", data={"username": username, "password": password})


async def test_get_user_sends_etag_and_answers_304_when_unchanged(client, people) -> None:
    r = await fetch(client, people, "vl.officer")
    body = r.json()
    assert r.headers["ETag"] == f'"{body["version"]}"'
    assert set(body) == {
        "id",
        "username",
        "full_name",
        "position",
        "email",
        "home_unit_id",
        "is_active",
        "roles",
        "version",
        "created_at",
        "updated_at",
    }
    assert set(body["roles"][0]) == {
        "id",
        "role",
        "role_label",
        "unit_id",
        "unit_code",
        "unit_name",
        "created_at",
    }
    again = await client.get(
        f"{API}/users/{body['id']}",
        headers=people.headers("demo.admin", **{"If-None-Match": r.headers["ETag"]}),
    )
    assert again.status_code == 304
    assert again.headers["ETag"] == r.headers["ETag"] and again.content == b""
    stale = await client.get(
        f"{API}/users/{body['id']}", headers=people.headers("demo.admin", **{"If-None-Match": '"999"'})
    )
    assert stale.status_code == 200


async def test_admin_changes_details_and_the_etag_moves(client, people) -> None:
    before = await fetch(client, people, "vl.officer", "vl.admin")
    changes = {
        "full_name": "  Lê Thị Hạnh ",
        "position": "Chủ tịch",
        "email": "hanh@vl.gov.vn",
        "home_unit_id": people.unit("QT-VL-HX"),
    }
    r = await patch(client, people, "vl.officer", changes, as_user="vl.admin", etag=before.headers["ETag"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["full_name"], body["position"], body["email"]) == (
        "Lê Thị Hạnh",
        "Chủ tịch",
        "hanh@vl.gov.vn",
    )
    assert body["home_unit_id"] == people.unit("QT-VL-HX")
    assert body["version"] == before.json()["version"] + 1
    assert r.headers["ETag"] == f'"{body["version"]}"'
    cleared = await patch(client, people, "vl.officer", {"email": None}, as_user="vl.admin")
    assert cleared.status_code == 200 and cleared.json()["email"] is None


async def test_patch_without_if_match_is_refused(client, people) -> None:
    r = await client.patch(
        f"{API}/users/{people.users['vl.officer']}",
        json={"full_name": "Mới"},
        headers=people.headers("demo.admin"),
    )
    assert r.status_code == 428, r.text
    assert r.json()["code"] == "precondition_required"


async def test_patch_with_a_stale_etag_is_refused_and_changes_nothing(client, people) -> None:
    old = (await fetch(client, people, "vl.officer")).headers["ETag"]
    assert (await patch(client, people, "vl.officer", {"position": "Lần 1"})).status_code == 200
    r = await patch(client, people, "vl.officer", {"position": "Lần 2"}, etag=old)
    assert r.status_code == 412, r.text
    assert r.json()["code"] == "precondition_failed"
    assert (await fetch(client, people, "vl.officer")).json()["position"] == "Lần 1"


@pytest.mark.parametrize(
    "smuggled",
    [
        {"role": "admin"},
        {"id": "0b7e4c1a-9d2f-4a3b-8c5d-6e7f8a9b0c1d"},
        {"unit_id": 1},
        {"username": "someone.else"},
        {"password_hash": "$argon2id$v=19$m=65536,t=3,p=4$abc$def"},
        {"roles": [{"role": "admin", "unit_id": 1}]},
        {"version": 99},
        {"full_name": "Hợp lệ", "role": "admin"},
    ],
)
async def test_fields_that_may_not_be_set_are_refused(client, people, smuggled) -> None:
    before = (await fetch(client, people, "vl.officer")).json()
    r = await patch(client, people, "vl.officer", smuggled)
    assert r.status_code == 422, r.text
    assert any(e["code"] == "extra_forbidden" for e in r.json()["errors"])
    assert (await fetch(client, people, "vl.officer")).json() == before


@pytest.mark.parametrize(
    "body",
    [
        {"full_name": None},
        {"full_name": ""},
        {"is_active": None},
        {"is_active": "maybe"},
        {"password": None},
        {"password": "ngan"},
        {"home_unit_id": None},
        {"email": "@"},
        {"position": "x" * 201},
        {"full_name": "a" * 1_000_000},
    ],
)
async def test_invalid_values_are_refused(client, people, body) -> None:
    before = (await fetch(client, people, "vl.officer")).json()
    r = await patch(client, people, "vl.officer", body)
    assert r.status_code in (413, 422), r.text
    assert (await fetch(client, people, "vl.officer")).json() == before


async def test_a_user_cannot_be_moved_out_of_the_admins_scope(client, people) -> None:
    r = await patch(client, people, "vl.officer", {"home_unit_id": people.unit("QT-DH-BDV")}, as_user="vl.admin")
    assert r.status_code == 404, r.text
    assert r.json()["code"] == "unit_not_found"


async def test_an_admin_cannot_deactivate_themselves(client, people) -> None:
    r = await patch(client, people, "vl.admin", {"is_active": False}, as_user="vl.admin")
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "cannot_deactivate_self"


async def test_deactivated_user_loses_tokens_and_cannot_sign_in(client, people) -> None:
    tokens = (await sign_in(client, "vl.officer", people.password)).json()
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert (await client.get(f"{API}/me", headers=bearer)).status_code == 200
    r = await patch(client, people, "vl.officer", {"is_active": False}, as_user="vl.admin")
    assert r.status_code == 200, r.text
    assert r.json()["is_active"] is False
    assert (await client.get(f"{API}/me", headers=bearer)).status_code == 401
    assert (await client.get(f"{API}/me", headers=people.headers("vl.officer"))).status_code == 401
    assert (await refresh(client, tokens)).status_code == 401
    assert (await sign_in(client, "vl.officer", people.password)).status_code == 401
    listed = await client.get(f"{API}/users", params={"active": "false"}, headers=people.headers("vl.admin"))
    assert [u["username"] for u in listed.json()["items"]] == ["vl.officer"]
    back = await patch(client, people, "vl.officer", {"is_active": True}, as_user="vl.admin")
    assert back.status_code == 200
    assert (await sign_in(client, "vl.officer", people.password)).status_code == 200


async def test_admin_password_reset_replaces_the_password_and_ends_sessions(client, people) -> None:
    tokens = (await sign_in(client, "vl.officer", people.password)).json()
    r = await patch(client, people, "vl.officer", {"password": "Mat-khau-moi-cap-lai-2026"}, as_user="vl.admin")
    assert r.status_code == 200, r.text
    assert "password" not in r.json()
    assert (
        await client.get(f"{API}/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    ).status_code == 401
    assert (await refresh(client, tokens)).status_code == 401
    assert (await sign_in(client, "vl.officer", people.password)).status_code == 401
    assert (await sign_in(client, "vl.officer", "Mat-khau-moi-cap-lai-2026")).status_code == 200


async def test_district_admin_cannot_take_over_a_province_admin_homed_in_the_district(client, people, add_user) -> None:
    await add_user("province.admin", "QT-VL-BDV", [("admin", "QT")])
    for body in ({"password": "Mat-khau-chiem-quyen-1"}, {"is_active": False}, {"is_active": True}):
        r = await patch(client, people, "province.admin", body, as_user="vl.admin")
        assert r.status_code == 403, r.text
        assert r.json()["code"] == "user_outranks_caller"
    ok = await patch(client, people, "province.admin", {"position": "Chuyên viên chính"}, as_user="vl.admin")
    assert ok.status_code == 200
    assert (await sign_in(client, "province.admin", people.password)).status_code == 200


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_two_admins_changing_one_user_at_once_exactly_one_wins(client, people) -> None:
    etag = (await fetch(client, people, "vl.officer")).headers["ETag"]
    results = await asyncio.gather(
        *[patch(client, people, "vl.officer", {"position": f"Phiên bản {i}"}, etag=etag) for i in range(4)]
    )
    assert sorted(r.status_code for r in results) == [200, 412, 412, 412], [r.text for r in results]
