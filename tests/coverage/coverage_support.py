"""Fixtures for the coverage tests: an app with the reports routes, a Vĩnh Linh campaign, and models
inserted directly in any state (the workflow that moves them is tested in tests/registry).

Not a conftest.py: a second module named `conftest` would shadow tests/conftest.py for the tests that
import from it. Test modules import the fixtures from here.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.models import AuthorityProfile, Campaign, CampaignCycle, RegisteredModel, Unit

TODAY = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
YEAR = TODAY.year
API = "/api/v1"

_app: Any = None


def coverage_app() -> Any:
    """The app (one per run; it holds no database state)."""
    global _app
    if _app is None:
        from app.main import create_app

        _app = create_app()
    return _app


@pytest.fixture(name="client")
async def coverage_client(database: Any) -> AsyncIterator[Any]:
    """An HTTP client on the app with the reports routes."""
    import httpx

    transport = httpx.ASGITransport(app=coverage_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@dataclass
class World:
    """A campaign owned by Huyện Vĩnh Linh, and helpers to add models and read the reports."""

    client: Any
    demo: Any
    session: Any
    campaign: Campaign

    @property
    def campaign_id(self) -> str:
        """The campaign's id as text."""
        return str(self.campaign.id)

    async def add(self, unit: str, state: str = "registered", **over: Any) -> RegisteredModel:
        """Insert a model of `unit` in `state` (no workflow: these tests are about counting)."""
        row = (await self.session.execute(select(Unit).where(Unit.code == unit))).scalar_one()
        values: dict[str, Any] = {
            "code": f"T-{secrets.token_hex(6)}",
            "campaign_id": self.campaign.id,
            "cycle_id": self.campaign.cycles[0].id,
            "year": YEAR,
            "registrant_unit_id": row.id,
            "unit_path": row.path,
            "registrant_kind": "collective",
            "name": f"Mô hình của {row.name}",
            "field_code": "economy",
            "model_type": "field_specific",
            "state": state,
            "created_by_id": self.demo.users["demo.registrant"],
        }
        values.update(over)
        model = RegisteredModel(**values)
        self.session.add(model)
        await self.session.commit()
        return model

    async def move(self, model: RegisteredModel, state: str) -> None:
        """Put a model in another state."""
        model.state = state
        await self.session.commit()

    async def coverage(self, unit: str, user: str = "demo.admin", expect: int = 200, **params: Any) -> Any:
        """GET /reports/coverage for a unit's subtree."""
        query = {"campaign": self.campaign_id, "year": YEAR, "unit": self.demo.unit(unit), **params}
        r = await self.client.get(f"{API}/reports/coverage", params=query, headers=self.demo.headers(user))
        assert r.status_code == expect, r.text
        return r.json()

    async def summary(self, unit: str, user: str = "demo.admin", expect: int = 200, **params: Any) -> Any:
        """GET /reports/summary for a unit's subtree."""
        query = {"campaign": self.campaign_id, "year": YEAR, "unit": self.demo.unit(unit), **params}
        r = await self.client.get(f"{API}/reports/summary", params=query, headers=self.demo.headers(user))
        assert r.status_code == expect, r.text
        return r.json()


def category(report: Any, code: str) -> dict[str, Any]:
    """One category's row of a coverage report (or of a drill-down row)."""
    rows = report["categories"]
    return next(row for row in rows if row["category_code"] == code)


async def make_campaign(session: Any, owner: str) -> Campaign:
    """Insert a campaign of `owner` with one cycle for YEAR, directly."""
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
            registration_windows=[
                {
                    "label": "Đăng ký",
                    "opens_on": str(TODAY - timedelta(days=10)),
                    "closes_on": str(TODAY + timedelta(days=10)),
                }
            ],
            results_due_on=TODAY + timedelta(days=30),
            recognition_starts_on=TODAY + timedelta(days=40),
            recognition_ends_on=TODAY + timedelta(days=70),
        )
    ]
    session.add(campaign)
    await session.commit()
    return campaign


@pytest.fixture(name="world")
async def world_fixture(client: Any, demo: Any, session: Any) -> World:
    """A Vĩnh Linh campaign with no model yet."""
    return World(client, demo, session, await make_campaign(session, "QT-VL"))


def headers_for(user_id: Any) -> dict[str, str]:
    """Authorization headers for a user id (a freshly minted access token)."""
    from app.core.config import get_settings
    from app.core.security import issue_token

    token, _, _ = issue_token(get_settings(), subject=user_id, token_type="access", lifetime=timedelta(minutes=5))
    return {"Authorization": f"Bearer {token}"}


def tiny_pdf(note: str = "") -> bytes:
    """A valid one-page PDF (the shared demo/test helper)."""
    from app.demo.documents import sample_pdf

    return sample_pdf(note)
