"""The rules of campaigns and their yearly cycles.

Every signed-in user sees the campaigns launched in their subtrees or above them (404 for the rest).
Administrators (Permission.MANAGE_UNITS) of the launching unit manage a campaign and its cycles;
a change to a cycle moves the campaign's version, so the campaign's ETag guards its whole calendar.
The date helpers the models workflow uses (local_today, open_window, windows_text, is_late) live in
app/campaigns/schedule.py and are re-exported here.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as repo
from app.campaigns.events import record, record_edit
from app.campaigns.messages import CAMPAIGN_NOT_FOUND, CYCLE_NOT_FOUND
from app.campaigns.repository import CampaignFilters
from app.campaigns.schedule import (
    CyclePlan,
    cycle_errors,
    is_late,
    local_today,
    open_window,
    plan_cycle,
    plan_of,
    stored_window,
    timezone_errors,
    windows_text,
)
from app.campaigns.schemas import CampaignCreate, CampaignUpdate, CycleCreate, CycleUpdate
from app.core import messages
from app.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.core.writes import flush_versioned
from app.models import Campaign, CampaignCycle, Unit
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller

__all__ = [
    "add_cycle",
    "create_campaign",
    "delete_cycle",
    "ensure_manager",
    "find_cycle",
    "get_campaign",
    "is_late",
    "list_campaigns",
    "local_today",
    "on_profile_change",
    "open_window",
    "owning_units",
    "update_campaign",
    "update_cycle",
    "windows_text",
]

# Told `(session, campaign_id)` after a campaign's authority rule profile changed, in the same transaction.
# The models' stored authority answer is kept above campaigns (app/authority/sync.py reaches the workflow,
# which builds on campaigns), so campaigns do not call it: create_app registers it here.
ProfileListener = Callable[[AsyncSession, uuid.UUID], Awaitable[object]]
_profile_listeners: list[ProfileListener] = []

UNIT_OUT_OF_SCOPE = Text(
    "Đơn vị {unit_id} nằm ngoài phạm vi bạn quản trị; chỉ được tạo phong trào cho đơn vị trong phạm vi đó.",
    "Unit {unit_id} lies outside the part of the tree you administer.",
)
CAMPAIGN_OUT_OF_SCOPE = Text(
    "Chỉ quản trị viên của đơn vị phát động mới được sửa phong trào này.",
    "Only administrators of the launching unit may change this campaign.",
)
END_BEFORE_START = Text(
    "Năm kết thúc ({end}) trước năm bắt đầu ({start}).",
    "The end year ({end}) is before the start year ({start}).",
)
END_BEFORE_CYCLES = Text(
    "Năm kết thúc ({end}) trước chu kỳ năm {year} đã có; hãy xóa chu kỳ đó trước.",
    "The end year ({end}) is before the existing cycle of {year}; delete that cycle first.",
)
DUPLICATE_YEAR = Text("Năm {year} xuất hiện hơn một lần.", "The year {year} appears more than once.")
UNKNOWN_PROFILE = Text("Không có bộ quy tắc thẩm quyền '{code}'.", "There is no authority rule profile '{code}'.")
NO_PROFILE = Text("Chưa có bộ quy tắc thẩm quyền nào.", "No authority rule profile exists yet.")
CYCLE_EXISTS = Text("Phong trào đã có chu kỳ năm {year}.", "The campaign already has a cycle for {year}.")
CYCLE_IN_USE = Text(
    "Đã có mô hình đăng ký trong chu kỳ năm {year}; không thể xóa.",
    "Models are registered in the cycle of {year}; it cannot be deleted.",
)


# A lead time in the API (`reminders.*`) → its column on the campaign.
REMINDER_COLUMNS = {
    "registration_closing_days": "remind_registration_closing_days",
    "results_due_days": "remind_results_due_days",
    "list_due_days": "remind_list_due_days",
}


def _refuse(errors: list[dict[str, Any]]) -> None:
    """422 listing every problem with its pointer; the top-level code is the problem's when there is one."""
    if not errors:
        return
    if len(errors) == 1:
        only = errors[0]
        raise Unprocessable(Text(only["detail"], only["detail"]), code=only["code"], errors=errors)
    raise Unprocessable(messages.INVALID_DATA, code="validation_failed", errors=errors)


def _touch(campaign: Campaign) -> None:
    """Mark the campaign changed, so its version (and ETag) moves when only a cycle changes."""
    campaign.updated_at = utcnow()


def _plan(data: CycleCreate) -> CyclePlan:
    windows = [w.model_dump() for w in data.registration_windows] if data.registration_windows else None
    return plan_cycle(data.year, windows, data.results_due_on, data.recognition_starts_on, data.recognition_ends_on)


def _cycle_row(plan: CyclePlan) -> CampaignCycle:
    return CampaignCycle(
        year=plan.year,
        registration_windows=[stored_window(w) for w in plan.registration_windows],
        results_due_on=plan.results_due_on,
        recognition_starts_on=plan.recognition_starts_on,
        recognition_ends_on=plan.recognition_ends_on,
    )


async def _profile_errors(session: AsyncSession, code: str) -> list[dict[str, Any]]:
    if await repo.profile_exists(session, code):
        return []
    return [
        {
            "code": "unknown_authority_profile",
            "detail": UNKNOWN_PROFILE.render(code=code),
            "pointer": "#/authority_profile",
        }
    ]


async def get_campaign(session: AsyncSession, caller: Caller, campaign_id: uuid.UUID) -> Campaign:
    """A campaign the caller may see; 404 for every other, whether it exists or not."""
    campaign = await repo.get_campaign(session, campaign_id, caller)
    if campaign is None:
        raise NotFound(CAMPAIGN_NOT_FOUND, code="campaign_not_found")
    return campaign


def ensure_manager(caller: Caller, campaign: Campaign) -> None:
    """403 unless the caller administers the launching unit (they can see the campaign, so not 404)."""
    if not caller.scope.covers(campaign.owning_unit_path, Permission.MANAGE_UNITS):
        raise Forbidden(CAMPAIGN_OUT_OF_SCOPE, code="campaign_out_of_scope")


def find_cycle(campaign: Campaign, year: int) -> CampaignCycle:
    """The campaign's cycle for a year; 404 if it has none."""
    for cycle in campaign.cycles:
        if cycle.year == year:
            return cycle
    raise NotFound(CYCLE_NOT_FOUND, code="cycle_not_found", _year=year)


async def owning_units(session: AsyncSession, campaigns: Sequence[Campaign]) -> dict[int, Unit]:
    """The launching units of these campaigns, by id."""
    return await repo.units_by_id(session, (c.owning_unit_id for c in campaigns))


async def list_campaigns(
    session: AsyncSession,
    caller: Caller,
    page: PageParams,
    *,
    year: int | None,
    active_on: date | None,
    owning_unit_id: int | None,
) -> tuple[list[Campaign], str | None]:
    """One page of the campaigns the caller sees, by (start_year, id); the cursor is bound to the filters.

    `active_on` keeps the campaigns whose years include that date's year (with `year`, both must hold).
    """
    if active_on is not None:
        if year is not None and year != active_on.year:
            return [], None
        year = active_on.year
    filters = {"year": year, "owning_unit": owning_unit_id}
    after = _position(decode_cursor(page.cursor, filters)) if page.cursor else None
    found = await repo.list_campaigns(
        session,
        caller,
        CampaignFilters(year=year, owning_unit_id=owning_unit_id),
        after,
        page.limit + 1,
    )
    campaigns, more = found[: page.limit], len(found) > page.limit
    last = campaigns[-1] if campaigns else None
    return campaigns, encode_cursor([last.start_year, str(last.id)], filters) if more and last else None


def _position(raw: list[object]) -> tuple[int, str]:
    """The (start_year, id) a cursor carries; InvalidCursor if it has another shape."""
    if len(raw) != 2 or type(raw[0]) is not int or not isinstance(raw[1], str):
        raise InvalidCursor()
    try:
        uuid.UUID(raw[1])
    except ValueError:
        raise InvalidCursor() from None
    return raw[0], raw[1]


async def _owning_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """The launching unit: it exists, lies in the caller's admin subtrees and is open."""
    unit = await repo.get_unit(session, unit_id)
    if unit is None:
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    if not caller.scope.covers(unit.path, Permission.MANAGE_UNITS):
        raise Forbidden(UNIT_OUT_OF_SCOPE, code="unit_out_of_scope", _unit_id=unit_id)
    if not unit.is_active:
        raise Conflict(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit_id)
    return unit


async def create_campaign(session: AsyncSession, caller: Caller, data: CampaignCreate) -> tuple[Campaign, Unit]:
    """Create a campaign for a unit the caller administers, with the given cycles or one default per year."""
    unit = await _owning_unit(session, caller, data.owning_unit_id)
    errors: list[dict[str, Any]] = []
    if data.end_year < data.start_year:
        errors.append(
            {
                "code": "end_year_before_start_year",
                "pointer": "#/end_year",
                "detail": END_BEFORE_START.render(start=data.start_year, end=data.end_year),
            }
        )
    errors += timezone_errors(data.timezone)
    profile = data.authority_profile or await repo.default_profile(session)
    if profile is None:
        raise Conflict(NO_PROFILE, code="no_authority_profile")
    errors += await _profile_errors(session, profile)
    if data.cycles is None:
        plans = [plan_cycle(year) for year in range(data.start_year, data.end_year + 1)]
    else:
        plans, seen = [], set()
        for index, cycle in enumerate(data.cycles):
            plan = _plan(cycle)
            errors += cycle_errors(plan, f"#/cycles/{index}", (data.start_year, data.end_year))
            if plan.year in seen:
                errors.append(
                    {
                        "code": "duplicate_cycle_year",
                        "pointer": f"#/cycles/{index}/year",
                        "detail": DUPLICATE_YEAR.render(year=plan.year),
                    }
                )
            seen.add(plan.year)
            plans.append(plan)
    _refuse(errors)
    campaign = Campaign(
        name=data.name,
        description=data.description,
        start_year=data.start_year,
        end_year=data.end_year,
        owning_unit_id=unit.id,
        owning_unit_path=unit.path,
        timezone=data.timezone,
        authority_profile=profile,
        cycles=[_cycle_row(p) for p in sorted(plans, key=lambda p: p.year)],
        **{column: getattr(data.reminders, name) for name, column in REMINDER_COLUMNS.items()},
    )
    session.add(campaign)
    await flush_versioned(session)
    await record(
        session,
        caller,
        campaign,
        "campaign.created",
        {"name": campaign.name, "start_year": campaign.start_year, "end_year": campaign.end_year},
    )
    return campaign, unit


def on_profile_change(listener: ProfileListener) -> None:
    """Have `listener(session, campaign_id)` run whenever a campaign's authority profile changes (once each)."""
    if listener not in _profile_listeners:
        _profile_listeners.append(listener)


async def update_campaign(session: AsyncSession, caller: Caller, campaign: Campaign, data: CampaignUpdate) -> None:
    """Apply the sent fields; the end year may not cut off a start year or an existing cycle."""
    ensure_manager(caller, campaign)
    changes = data.model_dump(exclude_unset=True)
    errors: list[dict[str, Any]] = []
    if "end_year" in changes:
        end = changes["end_year"]
        later = [c.year for c in campaign.cycles if c.year > end]
        if end < campaign.start_year:
            errors.append(
                {
                    "code": "end_year_before_start_year",
                    "pointer": "#/end_year",
                    "detail": END_BEFORE_START.render(start=campaign.start_year, end=end),
                }
            )
        elif later:
            errors.append(
                {
                    "code": "end_year_before_cycles",
                    "pointer": "#/end_year",
                    "detail": END_BEFORE_CYCLES.render(end=end, year=max(later)),
                }
            )
    if "timezone" in changes:
        errors += timezone_errors(changes["timezone"])
    if "authority_profile" in changes:
        errors += await _profile_errors(session, changes["authority_profile"])
    _refuse(errors)
    profile_changed = changes.get("authority_profile", campaign.authority_profile) != campaign.authority_profile
    columns = {REMINDER_COLUMNS[name]: days for name, days in changes.get("reminders", {}).items()}
    for name, value in {**{k: v for k, v in changes.items() if k != "reminders"}, **columns}.items():
        if getattr(campaign, name) != value:
            setattr(campaign, name, value)
    await flush_versioned(session)
    await record_edit(session, caller, campaign, changes)
    if profile_changed:
        # Undecided models of the campaign now answer to the new rule profile.
        for listener in _profile_listeners:
            await listener(session, campaign.id)


async def add_cycle(session: AsyncSession, caller: Caller, campaign: Campaign, data: CycleCreate) -> CampaignCycle:
    """Add a year to the campaign (within its years, not already there); the campaign's version moves."""
    ensure_manager(caller, campaign)
    plan = _plan(data)
    _refuse(cycle_errors(plan, "#", (campaign.start_year, campaign.end_year)))
    exists = Conflict(CYCLE_EXISTS, code="cycle_exists", _year=plan.year)
    if any(c.year == plan.year for c in campaign.cycles):
        raise exists
    cycle = _cycle_row(plan)
    cycle.lists_due_on = data.lists_due_on
    campaign.cycles.append(cycle)
    campaign.cycles.sort(key=lambda c: c.year)
    _touch(campaign)
    await flush_versioned(session, exists)
    await record(session, caller, campaign, "campaign.updated", {"change": "cycle_added", "year": plan.year})
    return cycle


async def update_cycle(
    session: AsyncSession, caller: Caller, campaign: Campaign, cycle: CampaignCycle, data: CycleUpdate
) -> None:
    """Change a cycle's windows or dates; the campaign's version moves if anything changed."""
    ensure_manager(caller, campaign)
    changes = data.model_dump(exclude_unset=True)
    current = plan_of(cycle)
    plan = CyclePlan(
        year=cycle.year,
        registration_windows=changes.get("registration_windows", current.registration_windows),
        results_due_on=changes.get("results_due_on", current.results_due_on),
        recognition_starts_on=changes.get("recognition_starts_on", current.recognition_starts_on),
        recognition_ends_on=changes.get("recognition_ends_on", current.recognition_ends_on),
    )
    _refuse(cycle_errors(plan, "#"))
    lists_due_on = changes.get("lists_due_on", cycle.lists_due_on)
    if plan == current and lists_due_on == cycle.lists_due_on:
        return
    cycle.lists_due_on = lists_due_on
    cycle.registration_windows = [stored_window(w) for w in plan.registration_windows]
    cycle.results_due_on = plan.results_due_on
    cycle.recognition_starts_on = plan.recognition_starts_on
    cycle.recognition_ends_on = plan.recognition_ends_on
    _touch(campaign)
    await flush_versioned(session)
    await record(session, caller, campaign, "campaign.updated", {"change": "cycle_updated", "year": cycle.year})


async def delete_cycle(session: AsyncSession, caller: Caller, campaign: Campaign, cycle: CampaignCycle) -> None:
    """Remove a cycle no registered model belongs to (409 cycle_in_use otherwise)."""
    ensure_manager(caller, campaign)
    in_use = Conflict(CYCLE_IN_USE, code="cycle_in_use", _year=cycle.year)
    if await repo.cycle_in_use(session, cycle.id):
        raise in_use
    campaign.cycles.remove(cycle)
    _touch(campaign)
    await flush_versioned(session, in_use)
    await record(session, caller, campaign, "campaign.updated", {"change": "cycle_deleted", "year": cycle.year})
