"""The demo data shows the plans: the district's with its document, the commune committee's disseminated, the
commune government's not yet; the coverage report names the units still without a plan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from tests.plans.plans_support import API


async def test_the_demo_has_plans_and_a_chase_list(client: Any, demo: Any, database: Any) -> None:
    from app.demo.movement import load_demo_movement
    from app.models import Unit

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        campaign = await load_demo_movement(s, units)
        await s.commit()
        campaign_id, year = str(campaign.id), max(c.year for c in campaign.cycles) - 1

    headers = demo.headers("demo.viewer")
    r = await client.get(f"{API}/plans", params={"campaign": campaign_id}, headers=headers)
    assert r.status_code == 200, r.text
    plans = {p["unit"]["code"]: p for p in r.json()["items"]}
    assert sorted(plans) == ["QT-VL-HU", "QT-VL-VT-DU", "QT-VL-VT-UBND"]
    assert plans["QT-VL-HU"]["document_number"] == "88-KH/HU"
    assert (plans["QT-VL-VT-DU"]["disseminated"], plans["QT-VL-VT-UBND"]["disseminated"]) == (True, False)
    document = await client.get(plans["QT-VL-HU"]["document"]["content_url"], headers=headers)
    assert (document.status_code, document.content[:5]) == (200, b"%PDF-")

    query = {"campaign": campaign_id, "year": year, "unit": demo.unit("QT-VL-VT")}
    report = (await client.get(f"{API}/reports/coverage", params=query, headers=headers)).json()["plans"]
    assert (report["with_plan"], report["disseminated"], report["met"]) == (2, 1, False)
    chase = [u["code"] for u in report["units_without_plan"]["items"]]
    assert "QT-VL-VT" in chase and "QT-VL-VT-DU" not in chase
