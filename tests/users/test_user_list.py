"""Listing users: cursor pages, filters and search."""

from __future__ import annotations

import pytest

API = "/api/v1"

# Marked here, not only by the harness: parametrized async tests need the marker at collection time.
pytestmark = pytest.mark.anyio


async def all_pages(client, headers, **params) -> list[dict]:
    """Follow next_cursor to the end."""
    items: list[dict] = []
    cursor = None
    for _ in range(100):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = await client.get(f"{API}/users", params=query, headers=headers)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


async def test_paging_by_two_visits_every_user_once_in_username_order(client, people) -> None:
    headers = people.headers("demo.admin")
    everyone = (await client.get(f"{API}/users", params={"limit": 200}, headers=headers)).json()["items"]
    paged = await all_pages(client, headers, limit=2)
    assert [u["id"] for u in paged] == [u["id"] for u in everyone]
    assert len({u["id"] for u in paged}) == len(paged) == 9
    assert [u["username"] for u in paged] == sorted(u["username"] for u in paged)


async def test_pages_have_the_requested_size(client, people) -> None:
    r = await client.get(f"{API}/users", params={"limit": 2}, headers=people.headers("demo.admin"))
    assert len(r.json()["items"]) == 2 and r.json()["limit"] == 2 and r.json()["next_cursor"]


async def test_oversized_limit_is_capped_and_negative_refused(client, people) -> None:
    headers = people.headers("demo.admin")
    r = await client.get(f"{API}/users", params={"limit": 10_000}, headers=headers)
    assert r.status_code == 200 and r.json()["limit"] == 200
    assert (await client.get(f"{API}/users", params={"limit": -1}, headers=headers)).status_code == 422
    assert (await client.get(f"{API}/users", params={"limit": 0}, headers=headers)).status_code == 422


async def test_a_cursor_only_works_with_its_own_filters(client, people) -> None:
    headers = people.headers("demo.admin")
    first = (await client.get(f"{API}/users", params={"limit": 1, "active": "true"}, headers=headers)).json()
    r = await client.get(f"{API}/users", params={"limit": 1, "cursor": first["next_cursor"]}, headers=headers)
    assert r.status_code == 400
    assert r.json()["code"] == "invalid_cursor"


@pytest.mark.parametrize("cursor", ["garbage", "eyJwIjpbXX0", "A" * 80])
async def test_a_forged_cursor_is_refused(client, people, cursor) -> None:
    r = await client.get(f"{API}/users", params={"cursor": cursor}, headers=people.headers("demo.admin"))
    assert r.status_code == 400, r.text
    assert r.json()["code"] == "invalid_cursor"


async def test_a_cursor_made_for_a_province_admin_shows_a_district_admin_only_their_users(client, people) -> None:
    first = (await client.get(f"{API}/users", params={"limit": 1}, headers=people.headers("demo.admin"))).json()
    assert first["items"][0]["username"] == "demo.admin"
    rest = await client.get(
        f"{API}/users",
        params={"limit": 200, "cursor": first["next_cursor"]},
        headers=people.headers("vl.admin"),
    )
    assert rest.status_code == 200
    assert not {"dh.admin", "dh.officer"} & {u["username"] for u in rest.json()["items"]}


async def test_filter_by_unit_takes_the_whole_subtree(client, people) -> None:
    headers = people.headers("demo.admin")
    items = await all_pages(client, headers, unit=people.unit("QT-VL-VT"))
    assert {u["username"] for u in items} == {"demo.registrant", "demo.authority", "vl.officer"}
    items = await all_pages(client, headers, unit=people.unit("QT-DH"))
    assert {u["username"] for u in items} == {"dh.officer", "dh.admin"}


async def test_filter_by_a_unit_that_does_not_exist_is_not_found(client, people) -> None:
    r = await client.get(f"{API}/users", params={"unit": 987654}, headers=people.headers("demo.admin"))
    assert r.status_code == 404
    assert r.json()["code"] == "unit_not_found"


async def test_filter_by_role(client, people) -> None:
    headers = people.headers("demo.admin")
    assert {u["username"] for u in await all_pages(client, headers, role="admin")} == {
        "demo.admin",
        "vl.admin",
        "dh.admin",
    }
    assert {u["username"] for u in await all_pages(client, headers, role="viewer")} == {
        "demo.viewer",
        "demo.authority",
    }
    assert (await client.get(f"{API}/users", params={"role": "boss"}, headers=headers)).status_code == 422


async def test_filter_by_active(client, people) -> None:
    headers = people.headers("demo.admin")
    assert len(await all_pages(client, headers, active="true")) == 9
    assert await all_pages(client, headers, active="false") == []
    assert (await client.get(f"{API}/users", params={"active": "maybe"}, headers=headers)).status_code == 422


@pytest.mark.parametrize(
    "q, expected",
    [
        ("VL.", {"vl.admin", "vl.officer"}),
        ("officer", {"vl.officer", "dh.officer"}),
        ("nguyễn văn", {"demo.admin"}),
        ("NGUYỄN", {"demo.admin"}),
        ("Bình", {"demo.registrant"}),
        ("cán bộ dh", {"dh.officer", "dh.admin"}),
        ("can bo dh", {"dh.officer", "dh.admin"}),
        ("nguyen van an", {"demo.admin"}),
        ("%", set()),
        ("_", set()),
    ],
)
async def test_search_by_username_or_full_name_ignores_case_and_diacritics(client, people, q, expected) -> None:
    items = await all_pages(client, people.headers("demo.admin"), q=q)
    assert {u["username"] for u in items} == expected


async def test_search_finds_unaccented_names_without_diacritics(client, people, add_user) -> None:
    await add_user("ext.person", "QT-VL", [], full_name="Nguyen Van Binh")
    items = await all_pages(client, people.headers("demo.admin"), q="nguyễn văn bình")
    assert {u["username"] for u in items} == {"ext.person"}
