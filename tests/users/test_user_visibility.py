"""Who sees whom: people are private to the administrators of their home unit's subtree."""

from __future__ import annotations

import uuid

import pytest

API = "/api/v1"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


async def test_province_admin_sees_users_of_every_district(client, people) -> None:
    r = await client.get(f"{API}/users", params={"limit": 200}, headers=people.headers("demo.admin"))
    assert r.status_code == 200, r.text
    names = {u["username"] for u in r.json()["items"]}
    assert {"vl.admin", "vl.officer", "dh.officer", "dh.admin", "demo.admin", "demo.viewer"} <= names


async def test_admin_of_one_district_lists_only_users_homed_in_it(client, people) -> None:
    r = await client.get(f"{API}/users", params={"limit": 200}, headers=people.headers("vl.admin"))
    assert r.status_code == 200, r.text
    names = {u["username"] for u in r.json()["items"]}
    assert names == {
        "vl.admin",
        "vl.officer",
        "demo.registrant",
        "demo.mobiliser",
        "demo.authority",
        "demo.viewer",
    }


async def test_admin_of_one_district_cannot_see_users_of_another(client, people) -> None:
    other = people.users["dh.officer"]
    headers = people.headers("vl.admin")
    r = await client.get(f"{API}/users/{other}", headers=headers)
    assert r.status_code == 404, r.text
    assert r.json()["code"] == "user_not_found"
    # Exactly the answer for an id that does not exist: nothing to learn.
    missing = await client.get(f"{API}/users/{uuid.uuid4()}", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["code"] == r.json()["code"] and missing.json()["detail"] == r.json()["detail"]


async def test_admin_of_one_district_cannot_change_users_of_another(client, people) -> None:
    other = people.users["dh.officer"]
    headers = people.headers("vl.admin", **{"If-Match": '"1"'})
    r = await client.patch(f"{API}/users/{other}", json={"full_name": "Bị đổi"}, headers=headers)
    assert r.status_code == 404, r.text
    # Even a body that would be rejected tells nothing about the user: 404 first.
    r = await client.patch(f"{API}/users/{other}", json={"role": "admin"}, headers=headers)
    assert r.status_code == 404, r.text
    r = await client.patch(f"{API}/users/{other}", json={"is_active": False}, headers=headers)
    assert r.status_code == 404
    check = await client.get(f"{API}/users/{other}", headers=people.headers("demo.admin"))
    assert check.json()["full_name"] == "Cán bộ dh.officer" and check.json()["is_active"] is True


async def test_admin_of_one_district_cannot_touch_roles_of_users_of_another(client, people) -> None:
    other = people.users["dh.officer"]
    headers = people.headers("vl.admin")
    assert (await client.get(f"{API}/users/{other}/roles", headers=headers)).status_code == 404
    granted = await client.post(
        f"{API}/users/{other}/roles",
        json={"role": "viewer", "unit_id": people.unit("QT-VL")},
        headers=headers,
    )
    assert granted.status_code == 404, granted.text
    roles = (await client.get(f"{API}/users/{other}/roles", headers=people.headers("demo.admin"))).json()
    assert [r["role"] for r in roles] == ["mobiliser"]
    r = await client.delete(f"{API}/users/{other}/roles/{roles[0]['id']}", headers=headers)
    assert r.status_code == 404
    r = await client.get(f"{API}/users/{other}/roles/{roles[0]['id']}", headers=headers)
    assert r.status_code == 404
    after = (await client.get(f"{API}/users/{other}/roles", headers=people.headers("demo.admin"))).json()
    assert after == roles


async def test_district_admin_filtering_by_another_district_finds_nobody(client, people) -> None:
    r = await client.get(f"{API}/users", params={"unit": people.unit("QT-DH")}, headers=people.headers("vl.admin"))
    assert r.status_code == 200
    assert r.json()["items"] == []


@pytest.mark.parametrize("username", ["demo.viewer", "demo.registrant", "demo.mobiliser", "demo.authority"])
async def test_non_admins_may_not_manage_users(client, people, username) -> None:
    headers = people.headers(username)
    target = people.users["vl.officer"]
    assert (await client.get(f"{API}/users", headers=headers)).status_code == 403
    assert (await client.get(f"{API}/users/{target}", headers=headers)).status_code == 403
    assert (await client.get(f"{API}/users/{target}/roles", headers=headers)).status_code == 403
    r = await client.post(
        f"{API}/users",
        headers=headers,
        json={
            "username": "new.person",
            "full_name": "Người mới",
            "home_unit_id": people.unit("QT-VL"),
            "password": "mat-khau-du-dai",
        },
    )
    assert r.status_code == 403, r.text
    assert r.json()["code"] == "forbidden"
    r = await client.patch(f"{API}/users/{target}", json={"full_name": "X"}, headers={**headers, "If-Match": '"1"'})
    assert r.status_code == 403
    r = await client.post(
        f"{API}/users/{target}/roles", json={"role": "admin", "unit_id": people.unit("QT")}, headers=headers
    )
    assert r.status_code == 403


async def test_viewer_writing_junk_is_still_refused_as_forbidden(client, people) -> None:
    r = await client.post(f"{API}/users", json={"role": "admin"}, headers=people.headers("demo.viewer"))
    assert r.status_code == 403


async def test_viewer_still_reads_themselves(client, people) -> None:
    r = await client.get(f"{API}/me", headers=people.headers("demo.viewer"))
    assert r.status_code == 200
    assert r.json()["username"] == "demo.viewer"


async def test_users_require_sign_in(client, people) -> None:
    r = await client.get(f"{API}/users")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


async def test_responses_never_carry_the_password_hash(client, people) -> None:
    headers = people.headers("demo.admin")
    listing = await client.get(f"{API}/users", headers=headers)
    one = await client.get(f"{API}/users/{people.users['vl.officer']}", headers=headers)
    for text in (listing.text, one.text):
        assert "password" not in text and "argon2" not in text
