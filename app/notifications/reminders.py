"""Reminders from the campaign calendar: the worker's `notifications.reminders` job, every 15 minutes.

For each campaign it asks reminder_calendar which occasions are due on today's date *in the campaign's time
zone* (the job's `now` comes from the worker's clock, `JobContext.now()`), finds the people concerned, and tells
each once per occasion through `service.notify` (the occasion key is recorded with the notification, unique per
person: however many workers run the job, at once or again after a restart, a person is told once).

Who is told (README "Reminders"):
- registration-closing: the registrants of each open unit of the campaign's subtree where someone holds the
  registrant role and whose subtree has registered no model in the cycle (a draft is not a registration);
- results-due / results-overdue: for each model of the cycle in `implementing` (waiting on its registrant
  unit), the registrants *responsible* for its registrant unit;
- recognition-open: the authority people of each deciding unit with surveyed models of the campaign waiting on
  it (held at that unit exactly: a decision is the role's own unit's);
- list-due / list-late: for each unit with live models of the campaign year not covered by a sent list (its own
  or one from a unit above it), the registrants responsible for it, once per responsible unit.

The registrants *responsible* for a unit are the active people holding the registrant role at the nearest unit
on its path, itself first, up to the campaign's launching unit: a commune's registrant registers and reports for
its villages. Nobody outside that path is told, and a unit with nobody on its path tells nobody.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.schedule import local_today
from app.core.db import Database
from app.models import Campaign, CampaignCycle, Unit
from app.notifications import reminders_repository as repo
from app.notifications.reminder_calendar import LeadTimes, Occasion, day_text, occasions
from app.notifications.service import notify, occasion_key
from app.policy.permissions import Role
from app.worker.jobs import JobContext
from app.worker.registry import Registry
from app.workflow.states import COUNTED_STATES, LIVE_STATES, State, state_codes

log = logging.getLogger("dvk.reminders")

REMINDERS = "notifications.reminders"
EVERY_SECONDS = 900


@dataclass(frozen=True)
class Reminder:
    """One notification to send to some people for one occasion."""

    type_: str
    recipients: frozenset[uuid.UUID]
    data: dict[str, Any]
    resource_type: str
    resource_id: str
    unit_id: int | None
    occasion: str


# The late type of the same occasion that makes the reminder before a deadline moot: a person told the late one
# is not told the earlier one (a clock set back after the deadline must not bring "N days left" after "overdue").
LATE_OF = {"reminder.results-due": "reminder.results-overdue", "reminder.list-due": "reminder.list-late"}


def lead_times(campaign: Campaign) -> LeadTimes:
    """A campaign's reminder lead times."""
    return LeadTimes(
        registration_closing=campaign.remind_registration_closing_days,
        results_due=campaign.remind_results_due_days,
        list_due=campaign.remind_list_due_days,
    )


def _path_ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/") if part]


def _prefixes(paths: list[str]) -> set[str]:
    """Every ancestor path (the path itself included) of these paths: a unit registered something when its
    path is one of them."""
    found: set[str] = set()
    for path in paths:
        ids = _path_ids(path)
        found.update("/" + "/".join(map(str, ids[:n])) + "/" for n in range(1, len(ids) + 1))
    return found


async def _responsible(
    session: AsyncSession, units: list[Unit], top: str
) -> dict[int, tuple[int, frozenset[uuid.UUID]]]:
    """For each unit: the nearest unit on its path (itself first, up to the campaign's launching unit at `top`)
    where active people hold the registrant role, and those people. Units with nobody on that path are left out."""
    top_depth = len(_path_ids(top))
    candidates = {
        unit.id: list(reversed(_path_ids(unit.path)[top_depth - 1 :])) if unit.path.startswith(top) else [unit.id]
        for unit in units
    }
    held = await repo.holders(session, Role.REGISTRANT, {i for ids in candidates.values() for i in ids})
    found: dict[int, tuple[int, frozenset[uuid.UUID]]] = {}
    for unit_id, ids in candidates.items():
        nearest = next((i for i in ids if held.get(i)), None)
        if nearest is not None:
            found[unit_id] = (nearest, frozenset(held[nearest]))
    return found


def _cycle(campaign: Campaign, year: int) -> CampaignCycle:
    return next(c for c in campaign.cycles if c.year == year)


async def _registration_closing(session: AsyncSession, campaign: Campaign, occasion: Occasion) -> list[Reminder]:
    cycle = _cycle(campaign, occasion.year)
    units = await repo.holder_units(session, Role.REGISTRANT, campaign.owning_unit_path)
    registered = _prefixes(await repo.registered_paths(session, cycle.id, state_codes(COUNTED_STATES)))
    idle = [u for u in units if u.path not in registered]
    held = await repo.holders(session, Role.REGISTRANT, [u.id for u in idle])
    return [
        Reminder(
            "reminder.registration-closing",
            frozenset(held.get(unit.id, ())),
            {
                "days": occasion.days,
                "closes_on": day_text(occasion.on),
                "unit_name": unit.name,
                "campaign_id": str(campaign.id),
                "year": occasion.year,
            },
            "campaign",
            str(campaign.id),
            unit.id,
            f"{occasion.key(campaign.id)}:unit:{unit.id}",
        )
        for unit in idle
    ]


async def _results(session: AsyncSession, campaign: Campaign, occasion: Occasion) -> list[Reminder]:
    cycle = _cycle(campaign, occasion.year)
    models = await repo.models_in_state(session, cycle.id, State.IMPLEMENTING)
    units = await repo.units_by_id(session, {unit_id for _, _, unit_id in models})
    responsible = await _responsible(session, list(units.values()), campaign.owning_unit_path)
    type_ = f"reminder.{occasion.kind}"
    reminders = []
    for model_id, name, unit_id in models:
        if unit_id not in responsible:
            continue
        data: dict[str, Any] = {"model_name": name, "due_on": day_text(occasion.on), "model_id": str(model_id)}
        if occasion.kind == "results-due":
            data["days"] = occasion.days
        reminders.append(
            Reminder(
                type_,
                responsible[unit_id][1],
                data,
                "model",
                str(model_id),
                unit_id,
                f"{occasion.key(campaign.id)}:model:{model_id}",
            )
        )
    return reminders


async def _recognition_open(session: AsyncSession, campaign: Campaign, occasion: Occasion) -> list[Reminder]:
    counts = await repo.waiting_by_deciding_unit(session, campaign.id, State.SURVEYED)
    held = await repo.holders(session, Role.AUTHORITY, set(counts))
    units = await repo.units_by_id(session, set(held))
    assert occasion.other is not None  # the period's end
    return [
        Reminder(
            "reminder.recognition-open",
            frozenset(people),
            {
                "starts_on": day_text(occasion.on),
                "ends_on": day_text(occasion.other),
                "count": counts[unit_id],
                "unit_name": units[unit_id].name,
                "campaign_id": str(campaign.id),
                "year": occasion.year,
            },
            "campaign",
            str(campaign.id),
            unit_id,
            f"{occasion.key(campaign.id)}:unit:{unit_id}",
        )
        for unit_id, people in sorted(held.items())
    ]


async def _lists(session: AsyncSession, campaign: Campaign, occasion: Occasion) -> list[Reminder]:
    expected = await repo.registering_unit_ids(session, campaign.id, occasion.year, state_codes(LIVE_STATES))
    sent = await repo.sent_list_paths(session, campaign.id, occasion.year)
    units = await repo.units_by_id(session, set(expected))
    missing = [u for u in units.values() if not any(u.path.startswith(path) for path in sent)]
    responsible = await _responsible(session, missing, campaign.owning_unit_path)
    senders = dict(responsible.values())
    named = await repo.units_by_id(session, set(senders))
    data: dict[str, Any] = {"due_on": day_text(occasion.on), "campaign_id": str(campaign.id), "year": occasion.year}
    if occasion.kind == "list-due":
        data["days"] = occasion.days
    return [
        Reminder(
            f"reminder.{occasion.kind}",
            people,
            {**data, "unit_name": named[unit_id].name},
            "campaign",
            str(campaign.id),
            unit_id,
            f"{occasion.key(campaign.id)}:unit:{unit_id}",
        )
        for unit_id, people in sorted(senders.items())
    ]


GATHER = {
    "registration-closing": _registration_closing,
    "results-due": _results,
    "results-overdue": _results,
    "recognition-open": _recognition_open,
    "list-due": _lists,
    "list-late": _lists,
}


async def due_reminders(session: AsyncSession, campaign: Campaign, today: date) -> list[Reminder]:
    """Every reminder of the campaign due on its local date `today`, whether sent already or not."""
    found: list[Reminder] = []
    for occasion in occasions(list(campaign.cycles), lead_times(campaign), today):
        found.extend(await GATHER[occasion.kind](session, campaign, occasion))
    return found


def _keys(reminder: Reminder) -> tuple[str, ...]:
    """The occasion keys that mean a person was told already: the reminder's own, and its late one's."""
    late = LATE_OF.get(reminder.type_)
    own = occasion_key(reminder.type_, reminder.occasion)
    return (own, occasion_key(late, reminder.occasion)) if late else (own,)


async def send_campaign(session: AsyncSession, campaign: Campaign, now: datetime) -> Counter[str]:
    """Tell everyone concerned by the campaign's reminders due at `now` who has not been told yet; how many
    notifications of each type were added."""
    due = sorted(await due_reminders(session, campaign, local_today(campaign, now)), key=lambda r: r.occasion)
    keyed = [(reminder, _keys(reminder)) for reminder in due]
    told = await repo.already_told(session, {(p, k) for r, keys in keyed for p in r.recipients for k in keys})
    added: Counter[str] = Counter()
    for reminder, keys in keyed:
        untold = [p for p in reminder.recipients if not any((p, k) in told for k in keys)]
        if not untold:
            continue
        ids = await notify(
            session,
            recipients=untold,
            type_=reminder.type_,
            data=reminder.data,
            resource_type=reminder.resource_type,
            resource_id=reminder.resource_id,
            unit_id=reminder.unit_id,
            occasion=reminder.occasion,
            now=now,
        )
        if ids:
            added[reminder.type_] += len(ids)
    return added


async def send_reminders(database: Database, now: datetime) -> Counter[str]:
    """Every campaign's due reminders at `now`, one transaction per campaign; how many of each type were added."""
    async with database.sessionmaker() as session:
        campaigns = await repo.campaigns_running(session, now.year)
    added: Counter[str] = Counter()
    for campaign in campaigns:
        async with database.sessionmaker() as session:
            added += await send_campaign(session, campaign, now)
            await session.commit()
    return added


async def run(ctx: JobContext) -> None:
    """The job: send what is due by the worker's clock."""
    added = await send_reminders(ctx.database, ctx.now())
    if added:
        log.info("reminders sent: %s", ", ".join(f"{kind} {n}" for kind, n in sorted(added.items())))


def install(registry: Registry) -> None:
    """Register the reminders job, every 15 minutes."""
    registry.job(REMINDERS, run, max_attempts=3)
    registry.every(REMINDERS, EVERY_SECONDS)
