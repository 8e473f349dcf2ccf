"""GET /unit-categories and GET/PUT /campaigns/{id}/targets."""

from __future__ import annotations

from typing import Any

from coverage_support import API, World, coverage_client, world_fixture  # noqa: F401  (fixtures)

BODY = {
    "targets": [
        {"category_code": "agencies_units", "comparator": "gte", "share_percent": 90},
        {"category_code": "villages_groups", "comparator": "gt", "share_percent": 60},
    ],
    "models_per_unit_min": 1,
    "models_per_unit_max": 3,
}


def _url(world: World) -> str:
    return f"{API}/campaigns/{world.campaign_id}/targets"


async def _get(world: World, user: str = "demo.admin") -> Any:
    r = await world.client.get(_url(world), headers=world.demo.headers(user))
    assert r.status_code == 200, r.text
    return r


async def test_unit_categories_map_to_unit_kinds_by_data(client: Any, demo: Any) -> None:
    r = await client.get(f"{API}/unit-categories", headers=demo.headers("demo.viewer"))
    assert r.status_code == 200
    rows = {row["code"]: row for row in r.json()}
    assert list(rows) == ["agencies_units", "communes_towns", "villages_groups"]
    assert rows["communes_towns"]["kinds"] == ["commune"]
    assert "fatherland_front" in rows["agencies_units"]["kinds"]
    assert rows["agencies_units"]["default_target"] == {"comparator": "gt", "share_percent": 80.0}
    assert rows["villages_groups"]["label"] == "Thôn, bản, khu phố, tổ dân phố"


async def test_a_campaign_without_targets_reports_the_seed_defaults(world: World) -> None:
    body = (await _get(world, "demo.viewer")).json()
    assert (body["models_per_unit_min"], body["models_per_unit_max"]) == (1, 2)
    assert [(t["category_code"], t["comparator"], t["share_percent"], t["is_default"]) for t in body["targets"]] == [
        ("agencies_units", "gt", 80.0, True),
        ("communes_towns", "gte", 100.0, True),
        ("villages_groups", "gt", 75.0, True),
    ]


async def test_an_admin_sets_targets_with_if_match_and_the_campaign_version_moves(world: World) -> None:
    before = await _get(world)
    r = await world.client.put(
        _url(world), json=BODY, headers=world.demo.headers("demo.admin", **{"If-Match": before.headers["ETag"]})
    )
    assert r.status_code == 200, r.text
    assert r.headers["ETag"] != before.headers["ETag"]
    targets = {t["category_code"]: t for t in r.json()["targets"]}
    assert targets["agencies_units"] | {"label": None} == {
        "category_code": "agencies_units",
        "label": None,
        "comparator": "gte",
        "share_percent": 90.0,
        "is_default": False,
    }
    assert targets["communes_towns"]["is_default"] is True
    assert r.json()["models_per_unit_max"] == 3
    again = await _get(world)
    assert again.json() == r.json() and again.headers["ETag"] == r.headers["ETag"]
    campaign = await world.client.get(f"{API}/campaigns/{world.campaign_id}", headers=world.demo.headers("demo.admin"))
    assert campaign.headers["ETag"] == r.headers["ETag"]
    coverage = await world.coverage("QT-VL-VT")
    assert coverage["models_per_unit"]["max"] == 3
    assert next(c for c in coverage["categories"] if c["category_code"] == "villages_groups")["target"] == {
        "comparator": "gt",
        "share_percent": 60.0,
    }


async def test_a_second_put_replaces_the_first(world: World) -> None:
    headers = world.demo.headers("demo.admin")
    first = await world.client.put(_url(world), json=BODY, headers={**headers, "If-Match": "*"})
    body = {**BODY, "targets": [{"category_code": "communes_towns", "comparator": "gt", "share_percent": 50}]}
    second = await world.client.put(_url(world), json=body, headers={**headers, "If-Match": first.headers["ETag"]})
    assert second.status_code == 200, second.text
    defaults = {t["category_code"]: t["is_default"] for t in second.json()["targets"]}
    assert defaults == {"agencies_units": True, "communes_towns": False, "villages_groups": True}


async def test_targets_without_if_match_are_refused_428(world: World) -> None:
    r = await world.client.put(_url(world), json=BODY, headers=world.demo.headers("demo.admin"))
    assert r.status_code == 428


async def test_targets_with_a_stale_etag_are_refused_412_and_nothing_changes(world: World) -> None:
    r = await world.client.put(_url(world), json=BODY, headers=world.demo.headers("demo.admin", **{"If-Match": '"99"'}))
    assert r.status_code == 412
    assert all(t["is_default"] for t in (await _get(world)).json()["targets"])


async def test_a_viewer_may_read_but_not_set_targets(world: World) -> None:
    etag = (await _get(world, "demo.viewer")).headers["ETag"]
    r = await world.client.put(_url(world), json=BODY, headers=world.demo.headers("demo.viewer", **{"If-Match": etag}))
    assert r.status_code == 403


async def test_an_admin_of_another_district_cannot_see_the_campaign(world: World, session: Any) -> None:
    from coverage_support import headers_for

    from app.models import RoleAssignment, User

    user = User(username="dh.admin", full_name="dh.admin", home_unit_id=world.demo.unit("QT-DH"), password_hash="x")
    user.roles = [RoleAssignment(role="admin", unit_id=world.demo.unit("QT-DH"))]
    session.add(user)
    await session.commit()
    r = await world.client.put(_url(world), json=BODY, headers={**headers_for(user.id), "If-Match": "*"})
    assert r.status_code == 404


async def test_if_none_match_gives_304(world: World) -> None:
    etag = (await _get(world)).headers["ETag"]
    r = await world.client.get(_url(world), headers=world.demo.headers("demo.admin", **{"If-None-Match": etag}))
    assert r.status_code == 304


async def test_bad_targets_are_refused_with_a_code_and_nothing_changes(world: World) -> None:
    headers = world.demo.headers("demo.admin", **{"If-Match": "*"})
    cases = [
        (
            {**BODY, "targets": [{"category_code": "hamlets", "comparator": "gt", "share_percent": 5}]},
            "unknown_category",
        ),
        ({**BODY, "targets": BODY["targets"] + [BODY["targets"][0]]}, "duplicate_category"),
        ({**BODY, "models_per_unit_min": 3, "models_per_unit_max": 2}, "models_per_unit_min_above_max"),
        ({**BODY, "targets": [{"category_code": "agencies_units", "comparator": "lt", "share_percent": 5}]}, None),
        ({**BODY, "targets": [{"category_code": "agencies_units", "comparator": "gt", "share_percent": 101}]}, None),
        ({**BODY, "extra": 1}, None),
    ]
    for body, code in cases:
        r = await world.client.put(_url(world), json=body, headers=headers)
        assert r.status_code == 422, (body, r.text)
        if code:
            assert r.json()["code"] == code
    assert all(t["is_default"] for t in (await _get(world)).json()["targets"])
