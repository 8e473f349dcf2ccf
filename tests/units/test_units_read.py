"""Reading the unit tree: list, filters, search, pagination, one unit, children, ancestors, subtree."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from units_support import API, all_pages, assert_problem, unit_of

from app.core.search import fold
from app.models import Unit

# Marked statically: anyio re-creates dynamically marked async tests, losing the postgres_only skip.
pytestmark = pytest.mark.anyio


async def test_tree_is_readable_by_every_signed_in_user(client, demo) -> None:
    for username in ("demo.viewer", "demo.registrant", "demo.mobiliser", "demo.admin"):
        r = await client.get(f"{API}/units", headers=demo.headers(username), params={"q": "Phường 1"})
        assert r.status_code == 200, r.text
        assert "QT-DH-P1" in [u["code"] for u in r.json()["items"]]


async def test_tree_needs_sign_in(client, demo) -> None:
    r = await client.get(f"{API}/units")
    assert_problem(r, 401, "unauthorized")
    assert r.headers["WWW-Authenticate"] == "Bearer"


async def test_search_ignores_diacritics_and_case(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    r = await client.get(f"{API}/units", headers=headers, params={"q": "vinh thach"})
    found = {u["code"]: u for u in r.json()["items"]}
    assert found["QT-VL-VT"]["name"] == "Xã Vĩnh Thạch"
    assert all("QT-VL-VT" in code for code in found)
    with_marks = await client.get(f"{API}/units", headers=headers, params={"q": "đông hà"})
    without = await client.get(f"{API}/units", headers=headers, params={"q": "DONG HA"})
    codes = [u["code"] for u in with_marks.json()["items"]]
    assert "QT-DH" in codes and "QT-DH-TU" in codes
    assert codes == [u["code"] for u in without.json()["items"]]


async def test_search_matches_codes(client, demo) -> None:
    r = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"q": "qt-vl-vt-hnd"})
    assert [u["code"] for u in r.json()["items"]] == ["QT-VL-VT-HND"]


async def test_search_treats_like_wildcards_literally(client, demo) -> None:
    r = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"q": "%_"})
    assert r.status_code == 200 and r.json()["items"] == []


async def test_filter_by_kind_level_parent_and_roots(client, demo) -> None:
    headers = demo.headers("demo.viewer")

    async def codes(**params: object) -> set[str]:
        r = await client.get(f"{API}/units", headers=headers, params=params)
        assert r.status_code == 200, r.text
        return {u["code"] for u in r.json()["items"]}

    assert await codes(kind="commune") == {"QT-VL-VT", "QT-VL-HX", "QT-DH-P1"}
    assert await codes(kind="district", level="district") == {"QT-VL", "QT-DH"}
    assert await codes(roots="true") == {"QT"}
    children = await codes(parent=demo.unit("QT-DH"))
    assert children == {"QT-DH-TU", "QT-DH-BDV", "QT-DH-HND", "QT-DH-P1"}
    assert await codes(kind="no_such_kind") == set()


async def test_under_restricts_to_a_subtree_including_the_unit(client, demo) -> None:
    r = await client.get(
        f"{API}/units", headers=demo.headers("demo.viewer"), params={"under": demo.unit("QT-DH"), "limit": 200}
    )
    codes = [u["code"] for u in r.json()["items"]]
    assert "QT-DH" in codes and "QT-DH-P1-KP3-TDV" in codes
    assert all(code.startswith("QT-DH") for code in codes)


async def test_under_an_unknown_unit_is_refused(client, demo) -> None:
    r = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"under": 999999})
    body = assert_problem(r, 422, "unit_unknown")
    assert body["errors"][0]["parameter"] == "under"


async def test_pages_cover_every_unit_once_in_name_order(client, demo, session) -> None:
    headers = demo.headers("demo.viewer")
    total = await session.scalar(select(func.count()).select_from(Unit))
    await session.rollback()  # end the read so the app can take the SQLite write lock
    items = await all_pages(client, f"{API}/units", headers, limit=7)
    ids = [u["id"] for u in items]
    assert len(ids) == len(set(ids)) == total
    one_page = await client.get(f"{API}/units", headers=headers, params={"limit": 200})
    assert [u["id"] for u in one_page.json()["items"]] == ids


async def test_pages_of_a_search_have_no_gaps(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    # "Khu phố 1" exists in two communes: equal names must not be lost between pages.
    paged = await all_pages(client, f"{API}/units", headers, q="khu pho", limit=1)
    whole = (await client.get(f"{API}/units", headers=headers, params={"q": "khu pho"})).json()["items"]
    assert [u["id"] for u in paged] == [u["id"] for u in whole]
    assert len(whole) == 12  # four villages, their party cells and mass-mobilisation teams


async def test_oversized_limit_is_capped(client, demo, settings_env) -> None:
    settings_env(page_size_max=5)
    r = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"limit": 100000})
    assert r.status_code == 200
    assert r.json()["limit"] == 5 and len(r.json()["items"]) == 5 and r.json()["next_cursor"]


async def test_zero_or_negative_limit_is_refused(client, demo) -> None:
    for limit in (0, -1, "many"):
        r = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"limit": limit})
        body = assert_problem(r, 422, "validation_failed")
        assert body["errors"][0]["parameter"] == "limit"


async def test_forged_cursor_is_refused(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    r = await client.get(f"{API}/units", headers=headers, params={"limit": 2})
    cursor = r.json()["next_cursor"]
    tampered = cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB")
    for bad in ("not-a-cursor", tampered, "eyJwIjpbIngiLDFdfQ"):
        assert_problem(await client.get(f"{API}/units", headers=headers, params={"cursor": bad}), 400, "invalid_cursor")


async def test_cursor_is_bound_to_its_filters_and_list(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    r = await client.get(f"{API}/units", headers=headers, params={"kind": "village", "limit": 1})
    cursor = r.json()["next_cursor"]
    other = await client.get(f"{API}/units", headers=headers, params={"kind": "commune", "cursor": cursor})
    assert_problem(other, 400, "invalid_cursor")
    elsewhere = await client.get(f"{API}/units/{demo.unit('QT')}/children", headers=headers, params={"cursor": cursor})
    assert_problem(elsewhere, 400, "invalid_cursor")
    same = await client.get(f"{API}/units", headers=headers, params={"kind": "village", "cursor": cursor, "limit": 5})
    assert same.status_code == 200


async def test_one_unit_with_etag_and_not_modified(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    assert unit["name"] == "Xã Vĩnh Thạch"
    assert unit["kind_code"] == "commune" and unit["kind_label_vi"] == "Xã, phường, thị trấn"
    assert unit["level_code"] == "commune" and unit["parent_id"] == demo.unit("QT-VL")
    assert unit["party_org_id"] == demo.unit("QT-VL-VT-DU")
    assert unit["path_ids"] == [demo.unit("QT"), demo.unit("QT-VL"), unit["id"]] and unit["depth"] == 2
    assert unit["etag"] == f'"{unit["version"]}"'
    cached = await client.get(f"{API}/units/{unit['id']}", headers={**headers, "If-None-Match": unit["etag"]})
    assert cached.status_code == 304 and cached.content == b"" and cached.headers["ETag"] == unit["etag"]
    stale = await client.get(f"{API}/units/{unit['id']}", headers={**headers, "If-None-Match": '"999"'})
    assert stale.status_code == 200


async def test_unknown_or_malformed_unit_id(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    assert_problem(await client.get(f"{API}/units/999999", headers=headers), 404, "not_found")
    for bad in ("0", "abc", str(2**70)):
        assert_problem(await client.get(f"{API}/units/{bad}", headers=headers), 422, "validation_failed")


async def test_children_are_direct_and_sorted_by_name(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    commune = demo.unit("QT-VL-VT")
    items = await all_pages(client, f"{API}/units/{commune}/children", headers, limit=3)
    assert {u["parent_id"] for u in items} == {commune}
    assert len(items) == 12  # committee, bloc, government, Front, four organisations, 2 cells, 2 villages
    folded = [fold(u["name"]) for u in items]
    assert folded == sorted(folded) and "thon tan lap" in folded
    assert_problem(await client.get(f"{API}/units/999999/children", headers=headers), 404, "not_found")


async def test_ancestors_are_root_first_and_end_at_the_parent(client, demo) -> None:
    headers = demo.headers("demo.viewer")
    team = demo.unit("QT-VL-VT-TL-TDV")
    r = await client.get(f"{API}/units/{team}/ancestors", headers=headers)
    assert [u["code"] for u in r.json()] == ["QT", "QT-VL", "QT-VL-VT", "QT-VL-VT-TL"]
    unit = await unit_of(client, headers, team)
    assert unit["path_ids"] == [u["id"] for u in r.json()] + [team]
    root = await client.get(f"{API}/units/{demo.unit('QT')}/ancestors", headers=headers)
    assert root.status_code == 200 and root.json() == []


async def test_subtree_lists_the_unit_then_descendants_parents_first(client, demo, session) -> None:
    headers = demo.headers("demo.viewer")
    commune = demo.unit("QT-VL-VT")
    items = await all_pages(client, f"{API}/units/{commune}/subtree", headers, limit=4)
    expected = await session.scalar(select(func.count()).where(Unit.code.startswith("QT-VL-VT")))
    await session.rollback()
    assert len(items) == len({u["id"] for u in items}) == expected
    assert items[0]["id"] == commune
    seen: set[int] = set()
    for unit in items:
        assert unit["id"] == commune or unit["parent_id"] in seen
        assert commune in unit["path_ids"]
        seen.add(unit["id"])


async def test_unit_kinds_and_levels(client, demo) -> None:
    headers = demo.headers("demo.registrant")
    kinds = {k["code"]: k for k in (await client.get(f"{API}/unit-kinds", headers=headers)).json()}
    assert kinds["grassroots_party_committee"]["is_party_organisation"] is True
    assert kinds["farmers_union"]["label_vi"] == "Hội Nông dân"
    assert kinds["farmers_union"]["is_party_organisation"] is False
    levels = (await client.get(f"{API}/unit-levels", headers=headers)).json()
    assert [lv["code"] for lv in levels] == ["province", "district", "commune", "village"]
    assert [lv["rank"] for lv in levels] == sorted(lv["rank"] for lv in levels)
    assert_problem(await client.get(f"{API}/unit-kinds"), 401, "unauthorized")
