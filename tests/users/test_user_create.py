"""Administrators create accounts for people of units in their scope; bad input changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

API = "/api/v1"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


def new_user(demo, **overrides) -> dict:
    """A valid creation body for a person of Xã Vĩnh Thạch."""
    body = {
        "username": "tran.thi.hoa",
        "full_name": "Trần Thị Hoa",
        "position": "Chủ tịch Hội Nông dân xã",
        "email": "hoa.tt@vinhthach.quangtri.gov.vn",
        "home_unit_id": demo.unit("QT-VL-VT-HND"),
        "password": "Mot-mat-khau-dai-2026",
        "roles": [{"role": "registrant", "unit_id": demo.unit("QT-VL-VT")}],
    }
    body.update(overrides)
    return body


async def count_users(session) -> int:
    from app.models import User

    count = await session.scalar(select(func.count()).select_from(User))
    await session.rollback()  # end the read transaction: on SQLite it holds the write lock
    return count


async def test_district_admin_creates_a_user_who_can_sign_in(client, people) -> None:
    r = await client.post(f"{API}/users", json=new_user(people), headers=people.headers("vl.admin"))
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == f"{API}/users/{body['id']}"
    assert r.headers["ETag"] == f'"{body["version"]}"'
    assert body["username"] == "tran.thi.hoa" and body["is_active"] is True
    assert body["home_unit_id"] == people.unit("QT-VL-VT-HND")
    assert [(x["role"], x["unit_code"]) for x in body["roles"]] == [("registrant", "QT-VL-VT")]
    assert "password" not in r.text and "password_hash" not in body
    again = await client.get(r.headers["Location"], headers=people.headers("vl.admin"))
    assert again.status_code == 200 and again.json() == body
    token = await client.post(
        f"{API}/auth/token", data={"username": "tran.thi.hoa", "password": "Mot-mat-khau-dai-2026"}
    )
    assert token.status_code == 200, token.text


async def test_a_user_can_be_created_without_roles_or_email(client, people) -> None:
    body = new_user(people, roles=[], email=None)
    del body["position"]
    r = await client.post(f"{API}/users", json=body, headers=people.headers("demo.admin"))
    assert r.status_code == 201, r.text
    assert r.json()["roles"] == [] and r.json()["email"] is None and r.json()["position"] == ""


async def test_username_taken_is_a_conflict(client, people, session) -> None:
    before = await count_users(session)
    r = await client.post(
        f"{API}/users", json=new_user(people, username="dh.officer"), headers=people.headers("vl.admin")
    )
    # The username belongs to someone the caller cannot see; it is still taken.
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "username_taken"
    assert await count_users(session) == before


@pytest.mark.parametrize("username", ["ab", "Tran.Hoa", "trần.hoa", "tran hoa", "a" * 65, "tran/hoa", ""])
async def test_bad_usernames_are_refused(client, people, username) -> None:
    r = await client.post(
        f"{API}/users", json=new_user(people, username=username), headers=people.headers("demo.admin")
    )
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["pointer"] == "#/username"


@pytest.mark.parametrize(
    "field, value",
    [
        ("id", "0b7e4c1a-9d2f-4a3b-8c5d-6e7f8a9b0c1d"),
        ("is_active", False),
        ("password_hash", "$argon2id$v=19$m=65536,t=3,p=4$abc$def"),
        ("version", 7),
        ("role", "admin"),
        ("unit_id", 1),
    ],
)
async def test_unknown_fields_on_create_are_refused(client, people, session, field, value) -> None:
    before = await count_users(session)
    r = await client.post(f"{API}/users", json=new_user(people, **{field: value}), headers=people.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert r.json()["code"] == "validation_failed"
    assert {"code": "extra_forbidden", "pointer": f"#/{field}"}.items() <= r.json()["errors"][0].items()
    assert await count_users(session) == before


@pytest.mark.parametrize(
    "changes, pointer",
    [
        ({"password": "short"}, "#/password"),
        ({"password": "x" * 257}, "#/password"),
        ({"email": "not-an-address"}, "#/email"),
        ({"full_name": "   "}, "#/full_name"),
        ({"full_name": 42}, "#/full_name"),
        ({"home_unit_id": "QT-VL"}, "#/home_unit_id"),
        ({"home_unit_id": 0}, "#/home_unit_id"),
        ({"roles": [{"role": "superuser", "unit_id": 1}]}, "#/roles/0/role"),
        ({"roles": [{"role": "viewer", "unit_id": 1, "scope": "all"}]}, "#/roles/0/scope"),
        ({"roles": "admin"}, "#/roles"),
    ],
)
async def test_invalid_values_on_create_are_refused(client, people, session, changes, pointer) -> None:
    before = await count_users(session)
    r = await client.post(f"{API}/users", json=new_user(people, **changes), headers=people.headers("demo.admin"))
    assert r.status_code == 422, r.text
    assert pointer in [e.get("pointer") for e in r.json()["errors"]]
    assert await count_users(session) == before


async def test_the_same_role_twice_in_one_request_is_refused(client, people) -> None:
    grant = {"role": "viewer", "unit_id": people.unit("QT-VL")}
    r = await client.post(
        f"{API}/users", json=new_user(people, roles=[grant, grant]), headers=people.headers("demo.admin")
    )
    assert r.status_code == 422, r.text


async def test_a_megabyte_full_name_creates_nothing(client, people, session) -> None:
    before = await count_users(session)
    r = await client.post(
        f"{API}/users", json=new_user(people, full_name="Ạ" * 1_000_000), headers=people.headers("demo.admin")
    )
    assert r.status_code in (413, 422), r.text
    assert r.headers["content-type"] == "application/problem+json"
    r = await client.post(
        f"{API}/users", json=new_user(people, full_name="a" * 1_000_000), headers=people.headers("demo.admin")
    )
    assert r.status_code in (413, 422), r.text
    assert await count_users(session) == before


async def test_home_unit_outside_the_admins_scope_is_not_found(client, people, session) -> None:
    before = await count_users(session)
    r = await client.post(
        f"{API}/users",
        json=new_user(people, home_unit_id=people.unit("QT-DH-BDV"), roles=[]),
        headers=people.headers("vl.admin"),
    )
    assert r.status_code == 404, r.text
    assert r.json()["code"] == "unit_not_found"
    r = await client.post(
        f"{API}/users",
        json=new_user(people, home_unit_id=999_999, roles=[]),
        headers=people.headers("vl.admin"),
    )
    assert r.status_code == 404
    assert await count_users(session) == before


async def test_roles_outside_the_admins_subtree_cannot_be_given_at_creation(client, people, session) -> None:
    before = await count_users(session)
    for unit in ("QT", "QT-DH"):
        body = new_user(people, roles=[{"role": "admin", "unit_id": people.unit(unit)}])
        r = await client.post(f"{API}/users", json=body, headers=people.headers("vl.admin"))
        assert r.status_code == 403, r.text
        assert r.json()["code"] == "role_unit_out_of_scope"
    assert await count_users(session) == before


async def test_a_wrong_content_type_is_refused(client, people) -> None:
    r = await client.post(
        f"{API}/users",
        content=b"username=x",
        headers={**people.headers("demo.admin"), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code in (415, 422), r.text


async def test_invalid_utf8_is_refused(client, people) -> None:
    r = await client.post(
        f"{API}/users",
        content=b'{"username": "\xff\xfe"}',
        headers={**people.headers("demo.admin"), "Content-Type": "application/json"},
    )
    assert r.status_code in (400, 422), r.text
    assert r.headers["content-type"] == "application/problem+json"


async def test_messages_follow_accept_language(client, people) -> None:
    r = await client.post(
        f"{API}/users",
        json=new_user(people, username="dh.officer"),
        headers=people.headers("vl.admin", **{"Accept-Language": "en"}),
    )
    assert r.json()["detail"] == "The username 'dh.officer' is taken."
    r = await client.post(
        f"{API}/users", json=new_user(people, username="dh.officer"), headers=people.headers("vl.admin")
    )
    assert r.json()["detail"] == "Tên đăng nhập 'dh.officer' đã được dùng."


async def test_a_retried_create_with_the_same_idempotency_key_creates_one_user(client, people, session) -> None:
    before = await count_users(session)
    headers = people.headers("vl.admin", **{"Idempotency-Key": "create-hoa-1"})
    first = await client.post(f"{API}/users", json=new_user(people), headers=headers)
    again = await client.post(f"{API}/users", json=new_user(people), headers=headers)
    assert first.status_code == again.status_code == 201, again.text
    assert again.json() == first.json()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    other = await client.post(f"{API}/users", json=new_user(people, username="khac.hoa"), headers=headers)
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert await count_users(session) == before + 1
