"""Moving units between parents (the whole subtree follows) and closing / reopening them."""

from __future__ import annotations

import asyncio

import pytest
from units_support import API, admin_of, all_pages, assert_problem, unit_of

# Marked statically: anyio re-creates dynamically marked async tests, losing the postgres_only skip.
pytestmark = pytest.mark.anyio


async def move(client, headers, unit_id: int, parent_id: int, etag: str | None):
    """POST /units/{id}/move with an optional If-Match."""
    extra = {"If-Match": etag} if etag else {}
    url = f"{API}/units/{unit_id}/move"
    return await client.post(url, json={"parent_id": parent_id}, headers={**headers, **extra})


async def action(client, headers, unit_id: int, verb: str, etag: str | None, body: dict | None = None):
    """POST /units/{id}/close or /reopen with an optional If-Match."""
    extra = {"If-Match": etag} if etag else {}
    return await client.post(f"{API}/units/{unit_id}/{verb}", json=body, headers={**headers, **extra})


async def test_moving_a_commune_rewrites_the_paths_of_its_whole_subtree(client, demo) -> None:
    headers = demo.headers("demo.admin")
    commune = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    before = await all_pages(client, f"{API}/units/{commune['id']}/subtree", headers, limit=200)
    city = await unit_of(client, headers, demo.unit("QT-DH"))

    r = await move(client, headers, commune["id"], city["id"], commune["etag"])
    assert r.status_code == 200, r.text
    assert r.json()["parent_id"] == city["id"] and r.json()["version"] == commune["version"] + 1
    assert r.json()["path_ids"] == [*city["path_ids"], commune["id"]]
    assert r.headers["ETag"] == f'"{r.json()["version"]}"'

    after = await all_pages(client, f"{API}/units/{commune['id']}/subtree", headers, limit=5)
    assert {u["id"] for u in after} == {u["id"] for u in before}
    old_versions = {u["id"]: u["version"] for u in before}
    for unit in after:
        assert unit["path_ids"][: len(city["path_ids"])] == city["path_ids"]
        assert unit["depth"] == len(unit["path_ids"]) - 1
        assert unit["version"] == old_versions[unit["id"]] + 1  # its ETag changes with its path
    team = demo.unit("QT-VL-VT-TL-TDV")
    ancestors = await client.get(f"{API}/units/{team}/ancestors", headers=headers)
    assert [u["code"] for u in ancestors.json()] == ["QT", "QT-DH", "QT-VL-VT", "QT-VL-VT-TL"]
    old_district = await client.get(f"{API}/units", headers=headers, params={"under": demo.unit("QT-VL"), "limit": 200})
    assert not any(u["code"].startswith("QT-VL-VT") for u in old_district.json()["items"])
    children = await client.get(f"{API}/units", headers=headers, params={"parent": city["id"]})
    assert "QT-VL-VT" in [u["code"] for u in children.json()["items"]]


async def test_unit_cannot_move_under_itself_or_its_descendant(client, demo) -> None:
    headers = demo.headers("demo.admin")
    commune = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    for target in ("QT-VL-VT", "QT-VL-VT-TL", "QT-VL-VT-TL-TDV"):
        r = await move(client, headers, commune["id"], demo.unit(target), commune["etag"])
        assert_problem(r, 409, "unit_move_cycle")
    assert (await unit_of(client, headers, commune["id"]))["parent_id"] == demo.unit("QT-VL")


async def test_district_admin_cannot_move_a_unit_into_another_district(client, demo, session) -> None:
    headers = await admin_of(session, demo, "QT-VL")
    commune = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    r = await move(client, headers, commune["id"], demo.unit("QT-DH"), commune["etag"])
    assert_problem(r, 403, "forbidden")
    other = await unit_of(client, headers, demo.unit("QT-DH-P1"))
    r = await move(client, headers, other["id"], demo.unit("QT-VL"), other["etag"])
    assert_problem(r, 403, "forbidden")
    inside = await move(
        client,
        headers,
        demo.unit("QT-VL-VT-TL"),
        demo.unit("QT-VL-HX"),
        (await unit_of(client, headers, demo.unit("QT-VL-VT-TL")))["etag"],
    )
    assert inside.status_code == 200, inside.text


async def test_root_cannot_be_moved(client, demo) -> None:
    headers = demo.headers("demo.admin")
    root = await unit_of(client, headers, demo.unit("QT"))
    r = await move(client, headers, root["id"], demo.unit("QT-VL"), root["etag"])
    assert_problem(r, 409, "unit_root_immovable")


async def test_move_needs_a_current_if_match(client, demo) -> None:
    headers = demo.headers("demo.admin")
    commune = demo.unit("QT-VL-VT")
    city = demo.unit("QT-DH")
    assert_problem(await move(client, headers, commune, city, None), 428, "precondition_required")
    assert_problem(await move(client, headers, commune, city, '"999"'), 412, "precondition_failed")


async def test_move_target_must_exist_and_be_active(client, demo) -> None:
    headers = demo.headers("demo.admin")
    commune = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    unknown = await move(client, headers, commune["id"], 999999, commune["etag"])
    assert_problem(unknown, 422, "unit_parent_unknown")
    leaf = await unit_of(client, headers, demo.unit("QT-DH-HND"))
    closed = await action(client, headers, leaf["id"], "close", leaf["etag"])
    assert closed.status_code == 200
    into_closed = await move(client, headers, commune["id"], leaf["id"], commune["etag"])
    assert_problem(into_closed, 409, "unit_parent_closed")


async def test_viewer_cannot_move_or_close(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT-TL-TDV"))
    moved = await move(client, headers, unit["id"], demo.unit("QT-VL-HX"), unit["etag"])
    assert_problem(moved, 403, "forbidden")
    assert_problem(await action(client, headers, unit["id"], "close", unit["etag"]), 403, "forbidden")


async def test_unit_with_active_children_cannot_be_closed(client, demo) -> None:
    headers = demo.headers("demo.admin")
    commune = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    r = await action(client, headers, commune["id"], "close", commune["etag"], {"reason": "Sáp nhập xã"})
    assert_problem(r, 409, "unit_has_active_children")
    assert (await unit_of(client, headers, commune["id"]))["is_active"] is True


async def test_close_and_reopen_a_unit(client, demo) -> None:
    headers = demo.headers("demo.admin")
    team = await unit_of(client, headers, demo.unit("QT-VL-VT-TL-TDV"))
    closed = await action(client, headers, team["id"], "close", team["etag"], {"reason": "Hợp nhất tổ"})
    assert closed.status_code == 200, closed.text
    assert closed.json()["is_active"] is False and closed.json()["closed_at"]
    listed = await client.get(f"{API}/units", headers=headers, params={"q": "to dan van thon tan lap"})
    assert listed.json()["items"] == []
    with_closed = await client.get(
        f"{API}/units", headers=headers, params={"q": "to dan van thon tan lap", "include_closed": "true"}
    )
    assert [u["id"] for u in with_closed.json()["items"]] == [team["id"]]
    again = await action(client, headers, team["id"], "close", closed.headers["ETag"])
    assert_problem(again, 409, "unit_already_closed")

    reopened = await action(client, headers, team["id"], "reopen", closed.headers["ETag"])
    assert reopened.status_code == 200, reopened.text
    assert reopened.json()["is_active"] is True and reopened.json()["closed_at"] is None
    twice = await action(client, headers, team["id"], "reopen", reopened.headers["ETag"])
    assert_problem(twice, 409, "unit_not_closed")


async def test_unit_cannot_reopen_under_a_closed_parent(client, demo) -> None:
    headers = demo.headers("demo.admin")
    team = await unit_of(client, headers, demo.unit("QT-VL-VT-TL-TDV"))
    closed_team = await action(client, headers, team["id"], "close", team["etag"])
    village = await unit_of(client, headers, demo.unit("QT-VL-VT-TL"))
    assert (await action(client, headers, village["id"], "close", village["etag"])).status_code == 200
    r = await action(client, headers, team["id"], "reopen", closed_team.headers["ETag"])
    assert_problem(r, 409, "unit_parent_closed")


async def test_close_needs_if_match_and_refuses_unknown_fields(client, demo) -> None:
    headers = demo.headers("demo.admin")
    team = await unit_of(client, headers, demo.unit("QT-VL-VT-TL-TDV"))
    assert_problem(await action(client, headers, team["id"], "close", None), 428, "precondition_required")
    assert_problem(await action(client, headers, team["id"], "close", '"999"'), 412, "precondition_failed")
    smuggled = {"reason": "Hợp nhất tổ", "is_active": True}
    extra = await action(client, headers, team["id"], "close", team["etag"], smuggled)
    assert_problem(extra, 422, "validation_failed")
    assert_problem(await action(client, headers, 999999, "close", team["etag"]), 404, "not_found")


async def test_district_admin_cannot_close_a_unit_of_another_district(client, demo, session) -> None:
    headers = await admin_of(session, demo, "QT-VL")
    team = await unit_of(client, headers, demo.unit("QT-DH-P1-KP3-TDV"))
    assert_problem(await action(client, headers, team["id"], "close", team["etag"]), 403, "forbidden")


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_two_admins_renaming_at_once_exactly_one_wins(client, demo) -> None:
    headers = demo.headers("demo.admin")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    results = await asyncio.gather(
        *[
            client.patch(
                f"{API}/units/{unit['id']}",
                json={"name": f"Xã Vĩnh Thạch {i}"},
                headers={**headers, "If-Match": unit["etag"]},
            )
            for i in range(4)
        ]
    )
    assert sorted(r.status_code for r in results) == [200, 412, 412, 412]


@pytest.mark.postgres_only
@pytest.mark.committing  # requests at once, each on a connection of its own: the tree lock is between connections
async def test_concurrent_crossing_moves_never_build_a_cycle(client, demo) -> None:
    headers = demo.headers("demo.admin")
    vt = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    hx = await unit_of(client, headers, demo.unit("QT-VL-HX"))
    results = await asyncio.gather(
        move(client, headers, vt["id"], demo.unit("QT-VL-HX-KP1"), vt["etag"]),
        move(client, headers, hx["id"], demo.unit("QT-VL-VT-TL"), hx["etag"]),
    )
    assert sorted(r.status_code for r in results) == [200, 409]
    for unit_id in (vt["id"], hx["id"]):
        path = (await unit_of(client, headers, unit_id))["path_ids"]
        assert len(path) == len(set(path)) and path[0] == demo.unit("QT")
