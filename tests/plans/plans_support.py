"""Helpers for the plans tests: a campaign inserted directly, the Phường 1 registrant, a plan body in the seeds'
words, and calls over HTTP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from app.models import AuthorityProfile, Campaign, CampaignCycle, Event, RoleAssignment, Unit, UnitPlan, User

TODAY = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
YEAR = TODAY.year
API = "/api/v1"
OUTSIDER = "dh.registrant"


def plan_body(campaign: str, **over: Any) -> dict[str, Any]:
    """Đảng ủy xã Vĩnh Thạch's plan, issued and disseminated before today."""
    return {
        "campaign_id": campaign,
        "document_number": "45-KH/ĐU",
        "title": "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025",
        "issued_on": str(TODAY - timedelta(days=20)),
        "issued_by": "Ban Chấp hành Đảng bộ xã Vĩnh Thạch",
        "disseminated_on": str(TODAY - timedelta(days=10)),
        "dissemination_note": "Hội nghị quán triệt đến toàn thể cán bộ, đảng viên, đoàn viên, hội viên.",
        **over,
    }


async def make_campaign(session: Any, owner: str) -> Campaign:
    """A campaign of `owner` with one cycle for YEAR, inserted directly."""
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
    await session.commit()
    return campaign


async def make_outsider(session: Any, demo: Any) -> None:
    """A registrant of Phường 1 (Thành phố Đông Hà), who sees nothing of Vĩnh Linh."""
    user = User(username=OUTSIDER, full_name="Võ Thị Hoa", home_unit_id=demo.unit("QT-DH-P1"), password_hash="x")
    user.roles = [RoleAssignment(role="registrant", unit_id=demo.unit("QT-DH-P1"))]
    session.add(user)
    await session.commit()
    demo.users[OUTSIDER] = user.id


@dataclass
class World:
    """The campaign, the demo users, and helpers."""

    client: Any
    demo: Any
    session: Any
    campaign_id: str

    def headers(self, user: str, **extra: str) -> dict[str, str]:
        """Headers acting as a demo user (or the Phường 1 registrant)."""
        return self.demo.headers(user, **extra)

    async def record(self, unit: str, user: str = "demo.registrant", expect: int = 201, **over: Any) -> Any:
        """POST /units/{id}/plans for a unit (by code)."""
        r = await self.client.post(
            f"{API}/units/{self.demo.unit(unit)}/plans",
            json=plan_body(self.campaign_id, **over),
            headers=self.headers(user),
        )
        assert r.status_code == expect, r.text
        return r

    async def get(self, plan_id: str, user: str = "demo.viewer", expect: int = 200) -> Any:
        """GET /plans/{id}."""
        r = await self.client.get(f"{API}/plans/{plan_id}", headers=self.headers(user))
        assert r.status_code == expect, r.text
        return r

    async def listed(self, user: str = "demo.viewer", **params: Any) -> list[str]:
        """The unit codes of GET /plans, in order."""
        r = await self.client.get(f"{API}/plans", params=params, headers=self.headers(user))
        assert r.status_code == 200, r.text
        return [p["unit"]["code"] for p in r.json()["items"]]

    async def counts(self) -> tuple[int, int]:
        """How many plans and plan events exist (a refused request changes neither)."""
        self.session.expire_all()
        plans = await self.session.scalar(select(func.count()).select_from(UnitPlan))
        events = await self.session.scalar(select(func.count()).select_from(Event).where(Event.resource_type == "plan"))
        return int(plans or 0), int(events or 0)
