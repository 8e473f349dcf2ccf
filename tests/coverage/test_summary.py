"""GET /reports/summary: a subtree's models by field × state × registrant kind × level."""

from __future__ import annotations

from coverage_support import World, coverage_client, world_fixture  # noqa: F401  (fixtures)


async def test_summary_groups_models_by_field_state_kind_and_level(world: World) -> None:
    await world.add("QT-VL-VT-TL", state="draft")
    await world.add("QT-VL-VT-TL", state="registered", authority_case=4)
    await world.add("QT-VL-VT-TLA", state="registered", authority_case=4)
    await world.add(
        "QT-VL-VT-HND",
        state="reported",
        registrant_kind="individual",
        individual_name="Lê Văn Hùng",
        field_code="culture_society",
        level_aimed="district",
        is_late=True,
        authority_case=3,
    )
    await world.add("QT-VL-VT-UBND", state="withdrawn", field_code="political_system", authority_case=3)
    await world.add("QT-VL-HX", state="registered")  # another commune: outside the reported subtree

    report = await world.summary("QT-VL-VT")
    assert report["unit"]["code"] == "QT-VL-VT"
    assert [
        (r["field_code"], r["state"], r["registrant_kind"], r["level_aimed"], r["count"]) for r in report["rows"]
    ] == [
        ("culture_society", "reported", "individual", "district", 1),
        ("economy", "draft", "collective", "grassroots", 1),
        ("economy", "registered", "collective", "grassroots", 2),
        ("political_system", "withdrawn", "collective", "grassroots", 1),
    ]
    assert report["totals"] == {
        "models": 5,
        "counting": 3,
        "late_result_reports": 1,
        "replications": 0,
        "effective": 0,
    }
    assert report["by_authority_case"] == [{"authority_case": 3, "count": 1}, {"authority_case": 4, "count": 2}]

    district = await world.summary("QT-VL")
    assert district["totals"]["models"] == 6


async def test_summary_of_a_unit_outside_scope_is_not_found(world: World) -> None:
    assert (await world.summary("QT-DH", user="demo.viewer", expect=404))["code"] == "unit_not_found"
    assert (await world.summary("QT-VL", user="demo.viewer"))["totals"]["models"] == 0
