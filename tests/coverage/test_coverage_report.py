"""GET /reports/coverage: who has a model that counts, against the campaign's targets."""

from __future__ import annotations

from typing import Any

from coverage_support import API, YEAR, World, category, coverage_client, world_fixture  # noqa: F401  (fixtures)

# Xã Vĩnh Thạch (QT-VL-VT): 7 agencies and organisations, itself (a commune), 2 villages.
VT_AGENCIES, VT_VILLAGES = 7, 2


async def test_a_draft_does_not_count_until_submitted_and_withdrawal_takes_it_back(world: World) -> None:
    model = await world.add("QT-VL-VT-TL", state="draft")
    report = await world.coverage("QT-VL-VT")
    assert category(report, "villages_groups")["with_model"] == 0
    assert category(report, "communes_towns")["with_model"] == 0

    await world.move(model, "registered")
    report = await world.coverage("QT-VL-VT")
    villages = category(report, "villages_groups")
    assert (villages["units"], villages["with_model"], villages["share"]) == (VT_VILLAGES, 1, 50.0)
    # The village's model makes its commune "have a model" (a unit in its subtree registered one).
    assert category(report, "communes_towns") | {"label": None} == {
        "category_code": "communes_towns",
        "label": None,
        "units": 1,
        "with_model": 1,
        "share": 100.0,
        "target": {"comparator": "gte", "share_percent": 100.0},
        "met": True,
        # Registered, not yet working: no effective model.
        "with_effective_model": 0,
        "effective_share": 0.0,
        "effective_met": False,
    }

    await world.move(model, "withdrawn")
    report = await world.coverage("QT-VL-VT")
    assert category(report, "villages_groups")["with_model"] == 0
    assert category(report, "communes_towns")["met"] is False


async def test_a_returned_model_does_not_count_but_every_later_state_does(world: World) -> None:
    model = await world.add("QT-VL-VT-TL", state="returned")
    assert category(await world.coverage("QT-VL-VT"), "villages_groups")["with_model"] == 0
    for state in ("implementing", "reported", "surveyed", "recognized", "not_recognized", "nominated", "exemplar"):
        await world.move(model, state)
        assert category(await world.coverage("QT-VL-VT"), "villages_groups")["with_model"] == 1, state


async def test_models_of_another_campaign_or_year_do_not_count(world: World) -> None:
    from coverage_support import make_campaign

    other = await make_campaign(world.session, "QT-VL")
    await world.add("QT-VL-VT-TL", campaign_id=other.id, cycle_id=other.cycles[0].id)
    await world.add("QT-VL-VT-TLA", year=YEAR + 1)
    assert category(await world.coverage("QT-VL-VT"), "villages_groups")["with_model"] == 0


async def test_more_than_75_percent_of_villages_is_not_met_by_half_of_them(world: World) -> None:
    await world.add("QT-VL-VT-TL")
    villages = category(await world.coverage("QT-VL-VT"), "villages_groups")
    assert villages["target"] == {"comparator": "gt", "share_percent": 75.0}
    assert villages["met"] is False
    await world.add("QT-VL-VT-TLA")
    assert category(await world.coverage("QT-VL-VT"), "villages_groups")["met"] is True


async def _set_village_target(world: World, comparator: str, share: float) -> None:
    headers = world.demo.headers("demo.admin")
    current = await world.client.get(f"{API}/campaigns/{world.campaign_id}/targets", headers=headers)
    body = {
        "targets": [{"category_code": "villages_groups", "comparator": comparator, "share_percent": share}],
        "models_per_unit_min": 1,
        "models_per_unit_max": 2,
    }
    r = await world.client.put(
        f"{API}/campaigns/{world.campaign_id}/targets",
        json=body,
        headers={**headers, "If-Match": current.headers["ETag"]},
    )
    assert r.status_code == 200, r.text


async def test_exactly_the_target_share_meets_gte_but_not_gt(world: World) -> None:
    await world.add("QT-VL-VT-TL")  # 1 of 2 villages: 50 %
    await _set_village_target(world, "gt", 50)
    assert category(await world.coverage("QT-VL-VT"), "villages_groups")["met"] is False
    await _set_village_target(world, "gte", 50)
    villages = category(await world.coverage("QT-VL-VT"), "villages_groups")
    assert villages["target"] == {"comparator": "gte", "share_percent": 50.0}
    assert villages["met"] is True


async def test_share_is_rounded_to_one_decimal_and_empty_categories_have_no_share(world: World) -> None:
    await world.add("QT-VL-VT-UBND")
    report = await world.coverage("QT-VL-VT")
    agencies = category(report, "agencies_units")
    assert (agencies["units"], agencies["with_model"], agencies["share"]) == (VT_AGENCIES, 1, 14.3)
    village = await world.coverage("QT-VL-VT-TL")
    assert category(village, "agencies_units") | {"label": None} == {
        "category_code": "agencies_units",
        "label": None,
        "units": 0,
        "with_model": 0,
        "share": None,
        "target": {"comparator": "gt", "share_percent": 80.0},
        "met": None,
        "with_effective_model": 0,
        "effective_share": None,
        "effective_met": None,
    }


async def test_a_unit_outside_the_callers_scope_is_not_found(world: World) -> None:
    problem = await world.coverage("QT-DH", user="demo.viewer", expect=404)
    assert problem["code"] == "unit_not_found"
    await world.coverage("QT-VL-HX", user="demo.viewer")


async def test_a_campaign_year_without_a_cycle_is_not_found(world: World) -> None:
    r = await world.client.get(
        f"{API}/reports/coverage",
        headers=world.demo.headers("demo.admin"),
        params={"campaign": world.campaign_id, "year": YEAR + 1, "unit": world.demo.unit("QT-VL")},
    )
    assert r.status_code == 404
    assert r.json()["code"] == "cycle_not_found"


async def test_drill_down_gives_each_child_unit_its_own_numbers(world: World) -> None:
    await world.add("QT-VL-VT-TL")
    report = await world.coverage("QT-VL")
    children = {row["unit"]["code"]: row for row in report["children"]}
    assert children["QT-VL-VT"]["has_model"] is True
    assert category(children["QT-VL-VT"], "villages_groups")["with_model"] == 1
    assert category(children["QT-VL-VT"], "villages_groups")["units"] == VT_VILLAGES
    assert children["QT-VL-HX"]["has_model"] is False
    assert category(children["QT-VL-HX"], "villages_groups") | {"label": None} == {
        "category_code": "villages_groups",
        "label": None,
        "units": 2,
        "with_model": 0,
        "share": 0.0,
        "target": {"comparator": "gt", "share_percent": 75.0},
        "met": False,
        "with_effective_model": 0,
        "effective_share": 0.0,
        "effective_met": False,
    }
    assert (children["QT-VL-VT"]["models"], children["QT-VL-VT"]["effective_models"]) == (1, 0)
    assert children["QT-VL-HX"]["models"] == 0 and children["QT-VL-HX"]["has_effective_model"] is False
    assert category(children["QT-VL-UBND"], "agencies_units")["units"] == 1
    assert category(report, "communes_towns")["units"] == 2
    assert category(report, "communes_towns")["with_model"] == 1
    assert category(report, "villages_groups")["share"] == 25.0


async def test_units_without_model_is_the_list_to_chase(world: World) -> None:
    await world.add("QT-VL-VT-TL")
    report = await world.coverage("QT-VL-VT")
    missing = report["units_without_model"]
    assert missing["count"] == VT_AGENCIES + 1 and missing["truncated"] is False
    assert [(u["code"], u["category_code"]) for u in missing["items"]][-1] == ("QT-VL-VT-TLA", "villages_groups")
    assert {u["category_code"] for u in missing["items"][:VT_AGENCIES]} == {"agencies_units"}
    assert "QT-VL-VT" not in {u["code"] for u in missing["items"]}

    capped = (await world.coverage("QT-VL-VT", missing_limit=3))["units_without_model"]
    assert capped["count"] == VT_AGENCIES + 1 and capped["truncated"] is True
    assert [u["code"] for u in capped["items"]] == [u["code"] for u in missing["items"][:3]]


async def test_commune_plan_indicators_count_the_front_organisations_and_party_cells(world: World) -> None:
    await world.add("QT-VL-VT-MTTQ")
    await world.add("QT-VL-VT-TL-CB")
    indicators = {row["code"]: row for row in (await world.coverage("QT-VL-VT"))["indicators"]}
    assert indicators["front_one_model"] | {"label": None, "kinds": None} == {
        "code": "front_one_model",
        "label": None,
        "kinds": None,
        "units": 1,
        "with_model": 1,
        "without_model": 0,
        "met": True,
    }
    cells = indicators["party_cells_each_one_model"]
    assert (cells["units"], cells["with_model"], cells["met"]) == (2, 1, False)
    organisations = indicators["organisations_each_one_model"]
    assert (organisations["units"], organisations["with_model"]) == (4, 0)


async def test_models_per_unit_compares_the_average_with_the_minimum(world: World) -> None:
    for unit in ("QT-VL-VT-TL", "QT-VL-VT-TL", "QT-VL-VT-UBND"):
        await world.add(unit)
    await world.add("QT-VL-VT-TLA", state="draft")
    per_unit = (await world.coverage("QT-VL-VT"))["models_per_unit"]
    units = VT_AGENCIES + 1 + VT_VILLAGES
    assert per_unit == {
        "models": 3,
        "units": units,
        "average": round(3 / units, 2),
        "min": 1,
        "max": 2,
        "met": False,
        "effective_models": 0,
    }


async def test_closed_units_are_not_counted(world: World) -> None:
    from datetime import UTC, datetime

    from app.models import Unit

    village = await world.session.get(Unit, world.demo.unit("QT-VL-VT-TLA"))
    village.is_active, village.closed_at = False, datetime.now(UTC)
    await world.session.commit()
    villages = category(await world.coverage("QT-VL-VT"), "villages_groups")
    assert villages["units"] == 1


async def test_labels_follow_accept_language(world: World, client: Any) -> None:
    r = await client.get(
        f"{API}/reports/coverage",
        params={"campaign": world.campaign_id, "year": YEAR, "unit": world.demo.unit("QT-VL-VT")},
        headers=world.demo.headers("demo.admin", **{"Accept-Language": "en"}),
    )
    assert category(r.json(), "communes_towns")["label"] == "Communes, wards and towns"
