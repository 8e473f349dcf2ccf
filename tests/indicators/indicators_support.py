"""Fixtures for the indicators tests: a campaign of Huyện Vĩnh Linh with a cycle this year, seed 003's
catalogue, a registrant of Phường 1 (Đông Hà: another district), and helpers over HTTP.

Not a conftest.py (see tests/coverage/coverage_support.py): test modules import the fixtures from here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import AuthorityProfile, Campaign, CampaignCycle, RoleAssignment, Unit, User

TODAY = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
YEAR = TODAY.year
API = "/api/v1"

_app: Any = None


@pytest.fixture(name="client")
async def indicators_client(database: Any) -> AsyncIterator[Any]:
    """An HTTP client on the app."""
    import httpx

    global _app
    if _app is None:
        from app.main import create_app

        _app = create_app()
    transport = httpx.ASGITransport(app=_app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@dataclass
class World:
    """The campaign, the demo users, and helpers."""

    client: Any
    demo: Any
    campaign_id: str
    outsider: str = "dh.registrant"

    def headers(self, user: str, **extra: str) -> dict[str, str]:
        """Headers acting as a demo user (or the Phường 1 registrant)."""
        return self.demo.headers(user, **extra)

    async def load_defaults(self, user: str = "demo.admin", expect: int = 200) -> Any:
        """POST …/indicators/load-defaults."""
        url = f"{API}/campaigns/{self.campaign_id}/cycles/{YEAR}/indicators/load-defaults"
        r = await self.client.post(url, headers=self.headers(user))
        assert r.status_code == expect, r.text
        return r.json()["indicators"] if expect == 200 else r.json()

    async def indicator(self, code: str) -> dict[str, Any]:
        """The catalogue entry with this code."""
        r = await self.client.get(
            f"{API}/campaigns/{self.campaign_id}/cycles/{YEAR}/indicators", headers=self.headers("demo.viewer")
        )
        assert r.status_code == 200, r.text
        return next(i for i in r.json()["indicators"] if i["code"] == code)

    async def report_value(
        self, code: str, unit: str, user: str = "demo.registrant", expect: int = 201, **body: Any
    ) -> Any:
        """POST /indicators/{id}/values for a unit (by code)."""
        indicator = await self.indicator(code)
        payload = {"unit_id": self.demo.unit(unit), "occurred_on": f"{YEAR}-05-15", **body}
        r = await self.client.post(
            f"{API}/indicators/{indicator['id']}/values", json=payload, headers=self.headers(user)
        )
        assert r.status_code == expect, r.text
        return r.json()

    async def report(self, unit: str, user: str = "demo.viewer", expect: int = 200, year: int = YEAR) -> Any:
        """GET /reports/indicators for a unit's subtree."""
        query = {"campaign": self.campaign_id, "year": year, "unit": self.demo.unit(unit)}
        r = await self.client.get(f"{API}/reports/indicators", params=query, headers=self.headers(user))
        assert r.status_code == expect, r.text
        return r.json()


def row(report: Any, code: str) -> dict[str, Any]:
    """One indicator's row of a report."""
    return next(r for r in report["indicators"] if r["code"] == code)


def missing(report: Any, code: str) -> list[str]:
    """The codes of the units missing an indicator's target."""
    return [m["unit"]["code"] for m in row(report, code)["missing"]]


async def _campaign(session: Any, owner: str) -> Campaign:
    if await session.get(AuthorityProfile, "district_2023") is None:
        session.add(AuthorityProfile(code="district_2023", label_vi="KH 2023", label_en="Plan 2023", is_default=True))
    unit = (await session.execute(select(Unit).where(Unit.code == owner))).scalar_one()
    campaign = Campaign(
        name=f"Giai đoạn {YEAR}–{YEAR + 2}",
        start_year=YEAR,
        end_year=YEAR + 2,
        owning_unit_id=unit.id,
        owning_unit_path=unit.path,
        authority_profile="district_2023",
    )
    campaign.cycles = [
        CampaignCycle(
            year=YEAR,
            registration_windows=[{"label": "Đăng ký", "opens_on": str(TODAY), "closes_on": str(TODAY + timedelta(1))}],
            results_due_on=TODAY + timedelta(days=30),
            recognition_starts_on=TODAY + timedelta(days=40),
            recognition_ends_on=TODAY + timedelta(days=70),
        )
    ]
    session.add(campaign)
    return campaign


@pytest.fixture(name="world")
async def world_fixture(client: Any, demo: Any, session: Any) -> World:
    """A campaign of the province (Đông Hà and Vĩnh Linh both under it) with no indicator yet, and a
    registrant of Phường 1."""
    campaign = await _campaign(session, "QT")
    user = User(username="dh.registrant", full_name="Võ Thị Hoa", home_unit_id=demo.unit("QT-DH-P1"), password_hash="x")
    user.roles = [RoleAssignment(role="registrant", unit_id=demo.unit("QT-DH-P1"))]
    session.add(user)
    await session.commit()
    demo.users["dh.registrant"] = user.id
    return World(client, demo, str(campaign.id))
