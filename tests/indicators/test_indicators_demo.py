"""The demo data shows the yearly indicators: this year's seed 003 catalogue, Vĩnh Thạch's dialogue, and the
report naming who still misses each target."""

from __future__ import annotations

from typing import Any

from indicators_support import API, indicators_client, missing, row  # noqa: F401
from sqlalchemy import select


async def test_the_demo_commune_has_its_dialogue_on_record(client: Any, demo: Any, database: Any) -> None:
    from app.demo.movement import load_demo_movement
    from app.models import Campaign, Unit

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        campaign = await load_demo_movement(s, units)
        await s.commit()
        campaign_id, year = str(campaign.id), max(c.year for c in campaign.cycles) - 1
        assert await s.get(Campaign, campaign.id) is not None

    query = {"campaign": campaign_id, "year": year, "unit": demo.unit("QT-VL-VT")}
    r = await client.get(f"{API}/reports/indicators", params=query, headers=demo.headers("demo.authority"))
    assert r.status_code == 200, r.text
    report = r.json()
    assert len(report["indicators"]) == 8
    assert missing(report, "direct_dialogue") == ["QT-VL-VT-UBND"]
    assert row(report, "direct_dialogue")["units_met"] == 1
    assert missing(report, "community_investment_supervision_board") == ["QT-VL-VT-TLA"]
