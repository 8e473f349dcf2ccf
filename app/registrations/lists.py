"""Sent registration lists (seed 002 §III.2): a unit sends its form to the campaign's receiving body before the
cycle's deadline ("trước ngày 06/3"); the form of that moment is frozen (the XLSX in the blob store, addressed by
its SHA-256 like evidence files, and the JSON rows on the row) and never changes. A correction is a new version.

The receiving unit is the campaign's owning unit: the body units register with (see the workflow's
`receiving_unit`). A list is late when sent on or after the deadline, judged in the campaign's time zone.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import uuid
from collections import Counter
from pathlib import Path

from fastapi.encoders import jsonable_encoder
from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.schedule import local_today
from app.campaigns.service import find_cycle, get_campaign
from app.core.errors import Conflict, Forbidden, NotFound
from app.events.service import record_event
from app.evidence.service import StorageUnavailable
from app.models import Campaign, SentRegistrationList, Unit
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.registrations import export, repository
from app.registrations.list_schemas import ExpectedUnit, SentListDetail, SentListRead, SentListsOverview
from app.registrations.messages import LIST_NOT_FOUND, LIST_SENT_MEANWHILE, LIST_UNIT_OUT_OF_SCOPE
from app.registrations.schemas import RegistrationList
from app.storage import get_store
from app.units import repository as units

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 16):
            digest.update(chunk)
    return digest.hexdigest()


async def _store_xlsx(form: RegistrationList, unit: Unit, campaign: Campaign) -> tuple[str, int]:
    """Write the frozen XLSX and put it in the blob store; its SHA-256 and size."""
    path, size = await asyncio.to_thread(export.write_xlsx, form.rows, unit.name, campaign.name, form.year)
    try:
        sha256 = await asyncio.to_thread(_sha256, path)
        try:
            await get_store().put_file(sha256, Path(path), XLSX)
        except Exception:
            raise StorageUnavailable() from None
    finally:
        os.unlink(path)
    return sha256, size


async def send_list(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> SentRegistrationList:
    """Freeze the unit's form as it stands and record it as sent to the campaign's receiving unit."""
    campaign = await get_campaign(session, caller, campaign_id)
    cycle = find_cycle(campaign, year)
    unit = await export.visible_unit(session, caller, unit_id)
    if not caller.scope.covers(unit.path, Permission.REGISTER_MODELS):
        raise Forbidden(LIST_UNIT_OUT_OF_SCOPE, code="unit_out_of_scope")
    receiving = await units.get_unit(session, campaign.owning_unit_id)
    assert receiving is not None  # a campaign's owning unit always exists (foreign key)
    rows = await export.list_rows(session, repository.rows_query(caller, campaign, year, unit))
    form = export.form_body(campaign.id, year, unit, rows)
    sha256, size = await _store_xlsx(form, unit, campaign)
    now = utcnow()
    today = local_today(campaign, now)
    version = await repository.next_version(session, campaign.id, year, unit.id)
    sent = SentRegistrationList(
        id=uuid.uuid4(),
        campaign_id=campaign.id,
        year=year,
        unit_id=unit.id,
        unit_path=unit.path,
        receiving_unit_id=receiving.id,
        receiving_unit_path=receiving.path,
        version=version,
        sent_at=now,
        sent_by_id=caller.id,
        due_on=cycle.lists_due_on,
        sent_on=today,
        late=cycle.lists_due_on is not None and today >= cycle.lists_due_on,
        total=form.total,
        rows=jsonable_encoder(form),
        original_filename=f"Danh sách đăng ký DVK {unit.name} {year} (lần {version}).xlsx",
        media_type=XLSX,
        size=size,
        sha256=sha256,
    )
    if not await repository.add_list(session, sent):
        raise Conflict(LIST_SENT_MEANWHILE, code="list_sent_meanwhile")
    await record_event(
        session,
        "registration-list.sent",
        resource_type="registration-list",
        resource_id=sent.id,
        unit_path=unit.path,
        actor_id=caller.id,
        request_id=None,
        data={
            "campaign_id": campaign.id,
            "year": year,
            "unit_id": unit.id,
            "receiving_unit_id": receiving.id,
            "version": version,
            "total": sent.total,
            "late": sent.late,
        },
    )
    return sent


async def visible_list(session: AsyncSession, caller: Caller, list_id: uuid.UUID) -> SentRegistrationList:
    """A sent list the caller may see; 404 otherwise."""
    sent = await repository.visible_list(session, caller, list_id)
    if sent is None:
        raise NotFound(LIST_NOT_FOUND, code="registration_list_not_found")
    return sent


async def to_reads(session: AsyncSession, lists: list[SentRegistrationList]) -> list[SentListRead]:
    """Response bodies, with the sending and receiving units' names."""
    named = {
        u.id: u
        for u in await repository.units_by_id(
            session, {s.unit_id for s in lists} | {s.receiving_unit_id for s in lists}
        )
    }
    return [
        SentListRead(
            id=s.id,
            campaign_id=s.campaign_id,
            year=s.year,
            unit_id=s.unit_id,
            unit_code=named[s.unit_id].code,
            unit_name=named[s.unit_id].name,
            receiving_unit_id=s.receiving_unit_id,
            receiving_unit_name=named[s.receiving_unit_id].name,
            version=s.version,
            sent_at=s.sent_at,
            sent_on=s.sent_on,
            sent_by_id=s.sent_by_id,
            due_on=s.due_on,
            late=s.late,
            total=s.total,
            filename=s.original_filename,
            size=s.size,
            sha256=s.sha256,
        )
        for s in lists
    ]


async def detail(session: AsyncSession, sent: SentRegistrationList) -> SentListDetail:
    """A sent list with its frozen rows."""
    [read] = await to_reads(session, [sent])
    return SentListDetail(**read.model_dump(), form=RegistrationList.model_validate(sent.rows))


def _expected(unit: Unit, lists: list[SentRegistrationList]) -> ExpectedUnit:
    """One expected unit's status from the lists that cover it — sent by it or by a unit above it (a commune's
    list carries its villages' models), oldest first: the first decides arrived or late."""
    sent = [s for s in lists if unit.path.startswith(s.unit_path)]
    sent.sort(key=lambda s: s.sent_at)
    return ExpectedUnit(
        unit_id=unit.id,
        unit_code=unit.code,
        unit_name=unit.name,
        status="missing" if not sent else "late" if sent[0].late else "arrived",
        versions=len(sent),
        latest_list_id=sent[-1].id if sent else None,
        covered_by_unit_id=sent[-1].unit_id if sent else None,
        first_sent_at=sent[0].sent_at if sent else None,
    )


async def overview(
    session: AsyncSession, caller: Caller, campaign_id: uuid.UUID, year: int, unit_id: int
) -> SentListsOverview:
    """The lists sent from the unit's subtree and, per unit expected to be listed (it registered models or sent a
    list), arrived / late / missing."""
    campaign = await get_campaign(session, caller, campaign_id)
    cycle = find_cycle(campaign, year)
    unit = await export.visible_unit(session, caller, unit_id)
    lists = await repository.visible_lists(session, caller, campaign.id, year, unit)
    expected = {u.id: u for u in await repository.registering_units(session, caller, campaign.id, year, unit)}
    senders = {s.unit_id for s in lists} - set(expected)
    expected.update({u.id: u for u in await repository.units_by_id(session, senders)})
    rows = [_expected(u, lists) for u in sorted(expected.values(), key=lambda u: u.path)]
    counts = Counter(r.status for r in rows)
    return SentListsOverview(
        campaign_id=campaign.id,
        year=year,
        unit_id=unit.id,
        due_on=cycle.lists_due_on,
        lists=await to_reads(session, lists),
        units=rows,
        counts={status: counts.get(status, 0) for status in ("arrived", "late", "missing")},
    )
