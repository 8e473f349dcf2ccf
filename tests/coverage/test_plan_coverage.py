"""Seed 000 §2.1: "100% cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương … có kế hoạch … và phổ biến, tuyên
truyền". The coverage report counts the units that should have a plan, those that have one, and lists the rest."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from coverage_support import API, TODAY, World, coverage_client, world_fixture  # noqa: F401  (fixtures)

# Xã Vĩnh Thạch's units expected to plan: the commune, its party committee and two village cells, the bloc,
# the government, the Front and the four organisations (villages and mass-mobilisation teams are not).
VT_PLANNERS = [
    "QT-VL-VT",
    "QT-VL-VT-DTN",
    "QT-VL-VT-DU",
    "QT-VL-VT-HCCB",
    "QT-VL-VT-HLHPN",
    "QT-VL-VT-HND",
    "QT-VL-VT-KDV",
    "QT-VL-VT-MTTQ",
    "QT-VL-VT-TL-CB",
    "QT-VL-VT-TLA-CB",
    "QT-VL-VT-UBND",
]


async def _record(world: World, unit: str, disseminated: bool = True, user: str = "demo.registrant") -> Any:
    body = {
        "campaign_id": world.campaign_id,
        "document_number": "45-KH/ĐU",
        "title": "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo”",
        "issued_on": str(TODAY - timedelta(days=20)),
        "issued_by": "Ban Chấp hành Đảng bộ xã Vĩnh Thạch",
        "disseminated_on": str(TODAY - timedelta(days=10)) if disseminated else None,
    }
    r = await world.client.post(
        f"{API}/units/{world.demo.unit(unit)}/plans", json=body, headers=world.demo.headers(user)
    )
    assert r.status_code == 201, r.text
    return r.json()


async def test_the_commune_counts_its_plans_against_100_percent_and_lists_who_has_none(world: World) -> None:
    plans = (await world.coverage("QT-VL-VT"))["plans"]
    assert plans | {"kinds": None, "units_without_plan": None} == {
        "kinds": None,
        "units": len(VT_PLANNERS),
        "with_plan": 0,
        "share": 0.0,
        "disseminated": 0,
        "disseminated_share": 0.0,
        "target": {"comparator": "gte", "share_percent": 100.0},
        "met": False,
        "disseminated_met": False,
        "units_without_plan": None,
    }
    assert {"grassroots_party_committee", "party_cell_under_grassroots", "commune", "peoples_committee"} <= set(
        plans["kinds"]
    )
    assert not {"village", "mass_mobilisation_team", "steering_committee"} & set(plans["kinds"])
    assert [u["code"] for u in plans["units_without_plan"]["items"]] == VT_PLANNERS

    await _record(world, "QT-VL-VT-DU")
    await _record(world, "QT-VL-VT-UBND", disseminated=False)
    plans = (await world.coverage("QT-VL-VT"))["plans"]
    assert (plans["with_plan"], plans["share"], plans["disseminated"], plans["met"]) == (2, 18.2, 1, False)
    missing = plans["units_without_plan"]
    assert missing["count"] == len(VT_PLANNERS) - 2 and missing["truncated"] is False
    assert missing["items"][0] == {
        "id": world.demo.unit("QT-VL-VT"),
        "code": "QT-VL-VT",
        "name": "Xã Vĩnh Thạch",
        "kind_code": "commune",
    }
    assert "QT-VL-VT-DU" not in [u["code"] for u in missing["items"]]
    capped = (await world.coverage("QT-VL-VT", missing_limit=2))["plans"]["units_without_plan"]
    assert (capped["count"], capped["truncated"], len(capped["items"])) == (len(VT_PLANNERS) - 2, True, 2)

    for unit in VT_PLANNERS:
        if unit not in ("QT-VL-VT-DU", "QT-VL-VT-UBND"):
            await _record(world, unit)
    plans = (await world.coverage("QT-VL-VT"))["plans"]
    assert (plans["share"], plans["met"], plans["disseminated_met"]) == (100.0, True, False)
    assert plans["units_without_plan"] == {"count": 0, "truncated": False, "items": []}


async def test_the_drill_down_says_which_children_have_their_own_plan(world: World) -> None:
    await _record(world, "QT-VL-HU", user="demo.mobiliser")
    await _record(world, "QT-VL-VT", user="demo.mobiliser")
    report = await world.coverage("QT-VL")
    children = {row["unit"]["code"]: row["has_plan"] for row in report["children"]}
    assert (children["QT-VL-HU"], children["QT-VL-VT"], children["QT-VL-HX"]) == (True, True, False)
    assert children["QT-VL-BCD"] is None  # a steering committee is not expected to plan
    assert report["plans"]["with_plan"] == 2
    # The district itself is expected to plan too.
    assert "QT-VL" in [u["code"] for u in report["plans"]["units_without_plan"]["items"]]


async def test_only_the_campaigns_part_of_the_tree_and_active_units_are_expected(world: World, session) -> None:
    from app.models import Unit

    district = (await world.coverage("QT-VL"))["plans"]["units"]
    province = await world.coverage("QT")
    assert province["plans"]["units"] == district  # Đông Hà and the province's own bodies are not this campaign's
    children = {row["unit"]["code"]: row["has_plan"] for row in province["children"]}
    assert children["QT-TU"] is None and children["QT-VL"] is False
    closed = await session.get(Unit, world.demo.unit("QT-VL-VT-HCCB"))
    closed.is_active = False
    await session.commit()
    assert (await world.coverage("QT-VL"))["plans"]["units"] == district - 1
