"""Role assignments: granted and removed only inside the administrator's own subtree."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

API = "/api/v1"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


def roles_url(demo, username: str) -> str:
    """The roles collection of a user."""
    return f"{API}/users/{demo.users[username]}/roles"


async def matched(client, demo, username: str, as_user: str = "vl.admin", **extra: str) -> dict[str, str]:
    """`as_user`'s headers for a write to the user's roles: If-Match with the user's current ETag."""
    r = await client.get(f"{API}/users/{demo.users[username]}", headers=demo.headers("demo.admin"))
    return demo.headers(as_user, **{"If-Match": r.headers["ETag"], **extra})


async def version_of(client, demo, username: str) -> int:
    """The user's current version, as seen by the province admin."""
    r = await client.get(f"{API}/users/{demo.users[username]}", headers=demo.headers("demo.admin"))
    return r.json()["version"]


async def test_roles_are_listed_with_their_units(client, people) -> None:
    r = await client.get(roles_url(people, "demo.authority"), headers=people.headers("vl.admin"))
    assert r.status_code == 200, r.text
    assert [(x["role"], x["unit_code"]) for x in r.json()] == [
        ("authority", "QT-VL-VT-DU"),
        ("viewer", "QT-VL-VT"),
    ]
    assert r.json()[1]["unit_name"] == "Xã Vĩnh Thạch"
    one = await client.get(
        f"{roles_url(people, 'demo.authority')}/{r.json()[0]['id']}", headers=people.headers("vl.admin")
    )
    assert one.status_code == 200 and one.json() == r.json()[0]


async def test_district_admin_grants_a_role_inside_the_district_and_the_version_moves(client, people) -> None:
    before = await version_of(client, people, "vl.officer")
    r = await client.post(
        roles_url(people, "vl.officer"),
        json={"role": "viewer", "unit_id": people.unit("QT-VL")},
        headers=await matched(client, people, "vl.officer", "vl.admin"),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["role"], body["unit_code"]) == ("viewer", "QT-VL")
    assert r.headers["Location"] == f"{roles_url(people, 'vl.officer')}/{body['id']}"
    assert (await client.get(r.headers["Location"], headers=people.headers("vl.admin"))).json() == body
    assert await version_of(client, people, "vl.officer") == before + 1
    me = await client.get(f"{API}/me", headers=people.headers("vl.officer"))
    assert ("viewer", "QT-VL") in [(x["role"], x["unit_code"]) for x in me.json()["roles"]]


async def test_granting_the_same_role_twice_is_a_conflict(client, people) -> None:
    grant = {"role": "registrant", "unit_id": people.unit("QT-VL-VT")}
    r = await client.post(
        roles_url(people, "vl.officer"), json=grant, headers=await matched(client, people, "vl.officer", "vl.admin")
    )
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "role_exists"


@pytest.mark.parametrize("unit", ["QT", "QT-DH", "QT-DH-P1"])
async def test_district_admin_cannot_grant_roles_above_or_outside_the_district(client, people, unit) -> None:
    before = await version_of(client, people, "vl.officer")
    r = await client.post(
        roles_url(people, "vl.officer"),
        json={"role": "admin", "unit_id": people.unit(unit)},
        headers=await matched(client, people, "vl.officer", "vl.admin", **{"Accept-Language": "en"}),
    )
    assert r.status_code == 403, r.text
    assert r.json()["code"] == "role_unit_out_of_scope"
    assert "outside" in r.json()["detail"]
    assert await version_of(client, people, "vl.officer") == before


async def test_granting_at_a_unit_that_does_not_exist_is_not_found(client, people) -> None:
    r = await client.post(
        roles_url(people, "vl.officer"),
        json={"role": "viewer", "unit_id": 987654},
        headers=await matched(client, people, "vl.officer", "vl.admin"),
    )
    assert r.status_code == 404
    assert r.json()["code"] == "unit_not_found"


@pytest.mark.parametrize(
    "body",
    [
        {"role": "superuser", "unit_id": 1},
        {"role": "viewer"},
        {"unit_id": 1},
        {"role": "viewer", "unit_id": "QT"},
        {"role": "viewer", "unit_id": 1, "user_id": "0b7e4c1a-9d2f-4a3b-8c5d-6e7f8a9b0c1d"},
        {"role": "viewer", "unit_id": 1, "id": "0b7e4c1a-9d2f-4a3b-8c5d-6e7f8a9b0c1d"},
        ["viewer", 1],
    ],
)
async def test_bad_grants_are_refused(client, people, body) -> None:
    r = await client.post(
        roles_url(people, "vl.officer"), json=body, headers=await matched(client, people, "vl.officer", "vl.admin")
    )
    assert r.status_code == 422, r.text


async def test_grant_honours_if_match(client, people) -> None:
    r = await client.post(
        roles_url(people, "vl.officer"),
        json={"role": "viewer", "unit_id": people.unit("QT-VL")},
        headers=await matched(client, people, "vl.officer", "vl.admin", **{"If-Match": '"999"'}),
    )
    assert r.status_code == 412


async def test_district_admin_removes_a_role_inside_the_district(client, people) -> None:
    before = await version_of(client, people, "demo.authority")
    roles = (await client.get(roles_url(people, "demo.authority"), headers=people.headers("vl.admin"))).json()
    r = await client.delete(
        f"{roles_url(people, 'demo.authority')}/{roles[1]['id']}",
        headers=await matched(client, people, "demo.authority", "vl.admin"),
    )
    assert r.status_code == 204, r.text
    after = (await client.get(roles_url(people, "demo.authority"), headers=people.headers("vl.admin"))).json()
    assert after == roles[:1]
    assert await version_of(client, people, "demo.authority") == before + 1
    again = await client.delete(
        f"{roles_url(people, 'demo.authority')}/{roles[1]['id']}",
        headers=await matched(client, people, "demo.authority", "vl.admin"),
    )
    assert again.status_code == 404
    assert again.json()["code"] == "role_assignment_not_found"


async def test_district_admin_cannot_remove_a_role_held_outside_the_district(client, people, add_user) -> None:
    await add_user("vl.provincial", "QT-VL-BDV", [("viewer", "QT"), ("registrant", "QT-VL")])
    roles = (await client.get(roles_url(people, "vl.provincial"), headers=people.headers("vl.admin"))).json()
    provincial = next(x for x in roles if x["unit_code"] == "QT")
    r = await client.delete(
        f"{roles_url(people, 'vl.provincial')}/{provincial['id']}",
        headers=await matched(client, people, "vl.provincial", "vl.admin"),
    )
    assert r.status_code == 403, r.text
    assert r.json()["code"] == "role_unit_out_of_scope"
    assert len((await client.get(roles_url(people, "vl.provincial"), headers=people.headers("vl.admin"))).json()) == 2


async def test_an_assignment_of_another_user_is_not_found(client, people) -> None:
    theirs = (await client.get(roles_url(people, "demo.viewer"), headers=people.headers("vl.admin"))).json()[0]
    r = await client.delete(
        f"{roles_url(people, 'vl.officer')}/{theirs['id']}",
        headers=await matched(client, people, "vl.officer", "vl.admin"),
    )
    assert r.status_code == 404
    r = await client.get(f"{roles_url(people, 'vl.officer')}/{uuid.uuid4()}", headers=people.headers("vl.admin"))
    assert r.status_code == 404


async def test_an_admin_cannot_remove_their_own_last_admin_role(client, people) -> None:
    mine = (await client.get(roles_url(people, "vl.admin"), headers=people.headers("vl.admin"))).json()
    r = await client.delete(
        f"{roles_url(people, 'vl.admin')}/{mine[0]['id']}",
        headers=await matched(client, people, "vl.admin", "vl.admin"),
    )
    assert r.status_code == 409, r.text
    assert r.json()["code"] == "last_admin_role"
    # With a second admin role, the first may go.
    extra = await client.post(
        roles_url(people, "vl.admin"),
        json={"role": "admin", "unit_id": people.unit("QT-VL-VT")},
        headers=await matched(client, people, "vl.admin", "vl.admin"),
    )
    assert extra.status_code == 201
    r = await client.delete(
        f"{roles_url(people, 'vl.admin')}/{mine[0]['id']}",
        headers=await matched(client, people, "vl.admin", "vl.admin"),
    )
    assert r.status_code == 204


async def test_a_removed_admin_role_stops_granting_access_at_once(client, people) -> None:
    headers = people.headers("dh.admin")
    assert (await client.get(f"{API}/users", headers=headers)).status_code == 200
    roles = (await client.get(roles_url(people, "dh.admin"), headers=people.headers("demo.admin"))).json()
    r = await client.delete(
        f"{roles_url(people, 'dh.admin')}/{roles[0]['id']}",
        headers=await matched(client, people, "dh.admin", "demo.admin"),
    )
    assert r.status_code == 204
    assert (await client.get(f"{API}/users", headers=headers)).status_code == 403


async def test_a_retried_grant_with_the_same_idempotency_key_grants_once(client, people) -> None:
    # The retry carries the If-Match of the first try (stale by then): the stored answer is replayed first.
    headers = await matched(client, people, "vl.officer", **{"Idempotency-Key": "grant-viewer-vl"})
    grant = {"role": "viewer", "unit_id": people.unit("QT-VL")}
    first = await client.post(roles_url(people, "vl.officer"), json=grant, headers=headers)
    again = await client.post(roles_url(people, "vl.officer"), json=grant, headers=headers)
    assert first.status_code == again.status_code == 201, again.text
    assert again.json() == first.json()
    roles = (await client.get(roles_url(people, "vl.officer"), headers=people.headers("vl.admin"))).json()
    assert len(roles) == 2


@pytest.mark.parametrize(
    ("if_match", "status", "code"),
    [(None, 428, "precondition_required"), ('"99"', 412, "precondition_failed")],
    ids=["missing", "stale"],
)
@pytest.mark.parametrize("write", ["grant", "revoke"])
async def test_role_writes_need_the_users_current_etag(client, people, write, if_match, status, code) -> None:
    """A grant or a removal is a write to the user (their version moves): If-Match is required."""
    roles = (await client.get(roles_url(people, "demo.authority"), headers=people.headers("vl.admin"))).json()
    before = await version_of(client, people, "demo.authority")
    headers = people.headers("vl.admin", **({"If-Match": if_match} if if_match else {}))

    async def send(headers: dict[str, str]) -> Any:
        if write == "grant":
            return await client.post(
                roles_url(people, "demo.authority"),
                json={"role": "viewer", "unit_id": people.unit("QT-VL")},
                headers=headers,
            )
        return await client.delete(f"{roles_url(people, 'demo.authority')}/{roles[1]['id']}", headers=headers)

    r = await send(headers)
    assert r.status_code == status and r.json()["code"] == code, r.text
    assert await version_of(client, people, "demo.authority") == before
    r = await send(people.headers("vl.admin", **{"If-Match": f'"{before}"'}))
    assert r.status_code in (201, 204), r.text
    assert r.headers["ETag"] == f'"{before + 1}"' and await version_of(client, people, "demo.authority") == before + 1
