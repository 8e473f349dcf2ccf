"""Seed 000 §2.1: units build models "được đăng ký hồ sơ theo thẩm quyền và hoạt động hiệu quả". Coverage tells
models merely registered from models that work: recognised, or surveyed with results on time and a latest survey
at the campaign's recognition standard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from coverage_support import TODAY, World, category, coverage_client, world_fixture  # noqa: F401  (fixtures)

from app.models import RegisteredModel, Survey

GOOD = [8, 7.5, 8, 7, 9]  # every criterion ≥ 5, total 39.5 ≥ 35
WEAK_CRITERION = [9, 9, 4, 9, 9]  # total 40, but criterion 3 below 5
LOW_TOTAL = [6, 6, 7, 7, 7]  # every criterion ≥ 5, total 33 < 35


async def _surveyed(
    world: World, unit: str, scores: list[float], *, late: bool = False, **over: Any
) -> RegisteredModel:
    """A surveyed model whose results came on time (or late), with one survey of these scores."""
    model = await world.add(unit, state="surveyed", reported_at=datetime.now(UTC), is_late=late, **over)
    await _survey(world, model, scores, days_ago=1)
    return model


async def _survey(world: World, model: RegisteredModel, scores: list[float], days_ago: int) -> None:
    world.session.add(
        Survey(
            model_id=model.id,
            surveyed_on=TODAY - timedelta(days=days_ago),
            officers=["Lê Văn Cường"],
            findings="Mô hình được nhân dân đồng tình.",
            scores=[{"criterion": i, "score": s, "comment": ""} for i, s in enumerate(scores, start=1)],
            total_score=sum(scores),
            recorded_by_id=world.demo.users["demo.mobiliser"],
            created_at=datetime.now(UTC) - timedelta(days=days_ago),
        )
    )
    await world.session.commit()


async def _effective(world: World, unit: str = "QT-VL-VT") -> int:
    return int((await world.coverage(unit))["models_per_unit"]["effective_models"])


async def test_recognised_models_work_and_registered_ones_do_not_yet(world: World) -> None:
    for state in ("registered", "implementing", "reported", "not_recognized"):
        await world.add("QT-VL-VT-TL", state=state, reported_at=datetime.now(UTC))
    assert await _effective(world) == 0
    for state in ("recognized", "nominated", "exemplar"):
        await world.add("QT-VL-VT-TLA", state=state, is_late=True)  # recognised: late or not
    report = await world.coverage("QT-VL-VT")
    assert report["models_per_unit"]["effective_models"] == 3
    assert report["models_per_unit"]["models"] == 7
    villages = category(report, "villages_groups")
    assert (villages["with_model"], villages["with_effective_model"], villages["effective_share"]) == (2, 1, 50.0)
    assert villages["effective_met"] is False and villages["met"] is True
    # The commune has an effective model (a village below it has one).
    assert category(report, "communes_towns")["with_effective_model"] == 1
    assert (await world.summary("QT-VL-VT"))["totals"]["effective"] == 3


async def test_a_surveyed_model_works_when_on_time_and_at_the_standard(world: World) -> None:
    await _surveyed(world, "QT-VL-VT-TL", GOOD)
    await _surveyed(world, "QT-VL-VT-TLA", WEAK_CRITERION)
    await _surveyed(world, "QT-VL-VT-HND", LOW_TOTAL)
    await _surveyed(world, "QT-VL-VT-DTN", GOOD, late=True)
    await world.add("QT-VL-VT-MTTQ", state="surveyed", reported_at=datetime.now(UTC))  # no survey on record
    report = await world.coverage("QT-VL-VT")
    assert report["models_per_unit"]["effective_models"] == 1
    villages = category(report, "villages_groups")
    assert (villages["with_model"], villages["with_effective_model"]) == (2, 1)
    assert category(report, "agencies_units")["with_effective_model"] == 0
    assert (await world.summary("QT-VL-VT"))["totals"]["effective"] == 1


async def test_the_latest_survey_decides(world: World) -> None:
    model = await _surveyed(world, "QT-VL-VT-TL", GOOD)
    assert await _effective(world) == 1
    await _survey(world, model, WEAK_CRITERION, days_ago=0)  # surveyed again, weaker
    assert await _effective(world) == 0
    await _survey(world, model, GOOD, days_ago=-1)
    assert await _effective(world) == 1


async def test_the_campaigns_own_standard_applies(world: World) -> None:
    await _surveyed(world, "QT-VL-VT-TL", GOOD)  # total 39.5
    world.campaign.standard_min_total = 40
    await world.session.commit()
    assert await _effective(world) == 0
    world.campaign.standard_min_total = None
    world.campaign.standard_min_score = 7.5
    await world.session.commit()
    assert await _effective(world) == 0  # criterion 4 scored 7
    world.campaign.standard_min_score = 7
    await world.session.commit()
    assert await _effective(world) == 1


async def test_the_drill_down_counts_each_childs_effective_models(world: World) -> None:
    await _surveyed(world, "QT-VL-VT-TL", GOOD)
    await world.add("QT-VL-VT-TLA", state="recognized")
    await world.add("QT-VL-HX-KP1", state="implementing")
    report = await world.coverage("QT-VL")
    children = {row["unit"]["code"]: row for row in report["children"]}
    vt, hx = children["QT-VL-VT"], children["QT-VL-HX"]
    assert (vt["models"], vt["effective_models"], vt["has_effective_model"]) == (2, 2, True)
    assert (hx["models"], hx["effective_models"], hx["has_model"], hx["has_effective_model"]) == (1, 0, True, False)
    communes = category(report, "communes_towns")
    assert (communes["with_model"], communes["with_effective_model"], communes["effective_met"]) == (2, 1, False)
    assert report["models_per_unit"]["effective_models"] == 2
    # Another campaign's or year's models never count.
    await world.add("QT-VL-HX-KP2", state="recognized", year=TODAY.year + 1)
    assert (await world.coverage("QT-VL"))["models_per_unit"]["effective_models"] == 2
