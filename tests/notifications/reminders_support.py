"""Fixtures for the reminder tests: a Vĩnh Linh campaign with a 2030 cycle on the seed's calendar, people holding
roles at units inside and outside it, models and sent lists inserted directly in any state, and a clock the
tests set (no sleeps).

Not a conftest.py: a second module named `conftest` would shadow tests/conftest.py for the tests that import
from it. Test modules import the fixtures from here.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.core.clock import FixedClock
from app.models import (
    AuthorityProfile,
    Campaign,
    CampaignCycle,
    Notification,
    RegisteredModel,
    RoleAssignment,
    SentRegistrationList,
    Unit,
    User,
)
from app.notifications.reminders import send_reminders

YEAR = 2030
VN = ZoneInfo("Asia/Ho_Chi_Minh")
WINDOWS = [
    {"label": "Đăng ký chính", "opens_on": "2030-08-01", "closes_on": "2030-08-31"},
    {"label": "Mô hình phát sinh", "opens_on": "2031-02-01", "closes_on": "2031-02-28"},
]
RESULTS_DUE = date(2030, 10, 1)
LISTS_DUE = date(2030, 9, 6)


def local(day: date, hour: int = 9, minute: int = 0, tz: ZoneInfo = VN) -> datetime:
    """An instant: that local time of that day in the time zone."""
    return datetime.combine(day, time(hour, minute), tz).astimezone(UTC)


@dataclass
class World:
    """The campaign, the people, the clock and helpers to add models, lists and run the job."""

    database: Any
    session: Any
    demo: Any
    campaign: Campaign
    clock: FixedClock
    people: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def cycle(self) -> CampaignCycle:
        """The 2030 cycle."""
        return next(c for c in self.campaign.cycles if c.year == YEAR)

    async def lists_due(self, day: date = LISTS_DUE) -> None:
        """Give the cycle a deadline for registration lists."""
        self.cycle.lists_due_on = day
        await self.session.commit()

    async def unit(self, code: str) -> Unit:
        """A unit by code."""
        return (await self.session.execute(select(Unit).where(Unit.code == code))).scalar_one()

    async def person(self, username: str, *roles: tuple[str, str], active: bool = True) -> uuid.UUID:
        """A new person holding these roles (role, unit code)."""
        home = await self.unit(roles[0][1])
        user = User(username=username, full_name=username, home_unit_id=home.id, password_hash="x", is_active=active)
        user.roles = [RoleAssignment(role=role, unit_id=self.demo.unit(code)) for role, code in roles]
        self.session.add(user)
        await self.session.commit()
        self.people[username] = user.id
        return user.id

    async def model(self, unit_code: str, state: str, *, deciding: str | None = None, **over: Any) -> RegisteredModel:
        """A model of the 2030 cycle registered by `unit_code`, in `state` (no workflow)."""
        unit = await self.unit(unit_code)
        values: dict[str, Any] = {
            "code": f"T-{secrets.token_hex(6)}",
            "campaign_id": self.campaign.id,
            "cycle_id": self.cycle.id,
            "year": YEAR,
            "registrant_unit_id": unit.id,
            "unit_path": unit.path,
            "registrant_kind": "collective",
            "name": f"Mô hình của {unit.name}",
            "field_code": "economy",
            "model_type": "field_specific",
            "state": state,
            "created_by_id": self.demo.users["demo.registrant"],
            "deciding_unit_id": self.demo.unit(deciding) if deciding else None,
        }
        values.update(over)
        model = RegisteredModel(**values)
        self.session.add(model)
        await self.session.commit()
        return model

    async def send_list(self, unit_code: str, sent_on: date) -> None:
        """Record a list sent by the unit for the 2030 cycle (inserted directly)."""
        unit, receiving = await self.unit(unit_code), await self.unit("QT-VL")
        self.session.add(
            SentRegistrationList(
                campaign_id=self.campaign.id,
                year=YEAR,
                unit_id=unit.id,
                unit_path=unit.path,
                receiving_unit_id=receiving.id,
                receiving_unit_path=receiving.path,
                version=1,
                sent_by_id=self.demo.users["demo.registrant"],
                due_on=self.cycle.lists_due_on,
                sent_on=sent_on,
                late=self.cycle.lists_due_on is not None and sent_on >= self.cycle.lists_due_on,
                total=1,
                rows={},
                original_filename="ds.xlsx",
                media_type="application/octet-stream",
                size=1,
                sha256="0" * 64,
            )
        )
        await self.session.commit()

    async def run(self, at: datetime | None = None) -> dict[str, int]:
        """Run the job at `at` (or where the clock stands); how many notifications of each type it added."""
        if at is not None:
            self.clock.set(at)
        return dict(await send_reminders(self.database, self.clock.now()))

    async def inbox(self, username: str, type_prefix: str = "reminder.") -> list[Notification]:
        """A person's reminders, oldest first."""
        user_id = self.people.get(username) or self.demo.users[username]
        await self.session.commit()  # a fresh snapshot
        query = (
            select(Notification)
            .where(Notification.user_id == user_id, Notification.type.startswith(type_prefix))
            .order_by(Notification.id)
            .execution_options(populate_existing=True)
        )
        return list((await self.session.scalars(query)).all())

    async def all_reminders(self) -> list[Notification]:
        """Every reminder written, oldest first."""
        await self.session.commit()
        query = select(Notification).where(Notification.type.startswith("reminder.")).order_by(Notification.id)
        return list((await self.session.scalars(query.execution_options(populate_existing=True))).all())


async def make_campaign(
    session: Any,
    *,
    owner: str = "QT-VL",
    windows: Sequence[dict[str, str]] = tuple(WINDOWS),
    lists_due_on: date | None = LISTS_DUE,
    timezone: str = "Asia/Ho_Chi_Minh",
    cycles: bool = True,
    **leads: int,
) -> Campaign:
    """A campaign for 2030–2031 owned by `owner`, with the seed's calendar for 2030."""
    if await session.get(AuthorityProfile, "district_2023") is None:
        session.add(AuthorityProfile(code="district_2023", label_vi="KH 2023", label_en="Plan 2023", is_default=True))
    unit = (await session.execute(select(Unit).where(Unit.code == owner))).scalar_one()
    campaign = Campaign(
        name="Giai đoạn 2030–2031",
        start_year=YEAR,
        end_year=YEAR + 1,
        owning_unit_id=unit.id,
        owning_unit_path=unit.path,
        authority_profile="district_2023",
        timezone=timezone,
        **leads,
    )
    campaign.cycles = (
        [
            CampaignCycle(
                year=YEAR,
                registration_windows=[dict(w) for w in windows],
                results_due_on=RESULTS_DUE,
                recognition_starts_on=date(YEAR, 10, 1),
                recognition_ends_on=date(YEAR, 10, 31),
                lists_due_on=lists_due_on,
            )
        ]
        if cycles
        else []
    )
    session.add(campaign)
    await session.commit()
    return campaign


@pytest.fixture
async def world(database: Any, session: Any, demo: Any) -> World:
    """The Vĩnh Linh campaign, the clock at 1 July 2030 (nothing due), and people: a registrant of Thị trấn Hồ
    Xá and of Phường 1 in Đông Hà (outside the campaign), a deactivated registrant of Xã Vĩnh Thạch, an authority
    of Đảng ủy thị trấn Hồ Xá (beside the demo's registrant of Xã Vĩnh Thạch and authority of its Đảng ủy). No
    deadline for lists unless a test sets one (`lists_due`), so each test sees the reminders it is about."""
    campaign = await make_campaign(session, lists_due_on=None)
    w = World(database, session, demo, campaign, FixedClock(local(date(YEAR, 7, 1))))
    w.people["demo.registrant"] = demo.users["demo.registrant"]
    w.people["demo.authority"] = demo.users["demo.authority"]
    await w.person("hx.registrant", ("registrant", "QT-VL-HX"))
    await w.person("p1.registrant", ("registrant", "QT-DH-P1"))
    await w.person("vt.former", ("registrant", "QT-VL-VT"), active=False)
    await w.person("hx.authority", ("authority", "QT-VL-HX-DU"))
    return w


def days_before(day: date, n: int) -> date:
    """`n` days before `day`."""
    return day - timedelta(days=n)
