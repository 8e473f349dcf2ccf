"""Queries of the public showcase. The one rule of what is public lives here.

A model is public iff it is recognized, nominated or exemplar AND an issued decision with
publish=true of kind model_recognition, exemplar_recognition or commendation covers it. Its public
files are those whose kind one of those decisions lists in public_evidence_kinds, or that are
marked is_public; a decision's own signed document only if that decision is one of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.core.search import like_pattern
from app.models import Decision, DecisionModel, Evidence, FieldOfWork, RegisteredModel, Unit
from app.policy.scope import in_subtree
from app.registry.honours import HONOUR_KINDS, Honour
from app.registry.repository import honours_of
from app.workflow.states import PUBLIC_STATES, state_codes

M = RegisteredModel
PUBLIC_STATE_CODES = state_codes(PUBLIC_STATES)
# Territorial unit kinds shown as the model's district and province.
DISTRICT_KINDS = ("district",)
PROVINCE_KINDS = ("province",)


def _publishing() -> list[ColumnElement[bool]]:
    return [Decision.status == "issued", Decision.publish.is_(True), Decision.kind.in_(HONOUR_KINDS)]


def _latest_published() -> Subquery:
    """Per public-decision-covered model: the date of its latest published decision."""
    return (
        select(DecisionModel.model_id.label("model_id"), func.max(Decision.issued_on).label("latest"))
        .join(Decision, Decision.id == DecisionModel.decision_id)
        .where(*_publishing())
        .group_by(DecisionModel.model_id)
        .subquery("latest_published")
    )


@dataclass(frozen=True)
class PublicFilters:
    """What the showcase can be filtered on."""

    unit_path: str | None = None  # the unit's subtree
    field_code: str | None = None
    year: int | None = None
    states: tuple[str, ...] = ()
    q: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """SQL conditions for the filters that are set."""
        c: list[ColumnElement[bool]] = [M.state.in_(self.states or PUBLIC_STATE_CODES)]
        if self.unit_path:
            c.append(in_subtree(M.unit_path, self.unit_path))
        if self.field_code:
            c.append(M.field_code == self.field_code)
        if self.year is not None:
            c.append(M.year == self.year)
        if self.q:
            c.append(M.search_text.like(like_pattern(self.q), escape="\\"))
        return c


async def list_public(
    session: AsyncSession, filters: PublicFilters, page: PageParams
) -> tuple[list[tuple[RegisteredModel, date]], str | None]:
    """One page of public models, latest published decision first, then by code; and the next cursor."""
    latest = _latest_published()
    bound = asdict(filters)
    query = select(M, latest.c.latest).join(latest, latest.c.model_id == M.id).where(*filters.clauses())
    if page.cursor:
        try:
            value, code = decode_cursor(page.cursor, bound)
            day = date.fromisoformat(str(value))
        except ValueError:
            raise InvalidCursor() from None
        query = query.where(or_(latest.c.latest < day, and_(latest.c.latest == day, M.code > str(code))))
    rows = [
        (m, d)
        for m, d in await session.execute(query.order_by(latest.c.latest.desc(), M.code.asc()).limit(page.limit + 1))
    ]
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last, day = rows[-1]
        next_cursor = encode_cursor([day.isoformat(), last.code], bound)
    return rows, next_cursor


async def get_public(
    session: AsyncSession, *, code: str | None = None, model_id: uuid.UUID | None = None
) -> tuple[RegisteredModel, date] | None:
    """One public model by code or id, with its latest published decision's date; None if not public."""
    latest = _latest_published()
    query = select(M, latest.c.latest).join(latest, latest.c.model_id == M.id).where(*PublicFilters().clauses())
    query = query.where(M.code == code) if code is not None else query.where(M.id == model_id)
    row = (await session.execute(query)).first()
    return (row[0], row[1]) if row else None


async def public_models(session: AsyncSession, model_ids: Iterable[uuid.UUID]) -> list[RegisteredModel]:
    """The public ones among these models, by code (a document's public verification lists them)."""
    ids = list(model_ids)
    if not ids:
        return []
    latest = _latest_published()
    query = select(M).join(latest, latest.c.model_id == M.id).where(*PublicFilters().clauses(), M.id.in_(ids))
    return list((await session.scalars(query.order_by(M.code))).all())


async def published_decisions(session: AsyncSession, model_ids: Iterable[uuid.UUID]) -> list[Honour]:
    """The published, issued decisions covering these models, oldest first."""
    return await honours_of(session, model_ids, published_only=True)


def public_kinds(decisions: Iterable[Honour]) -> dict[uuid.UUID, set[str]]:
    """Per model: the file kinds its published decisions make public."""
    kinds: dict[uuid.UUID, set[str]] = {}
    for honour in decisions:
        kinds.setdefault(honour.model_id, set()).update(honour.decision.public_evidence_kinds or [])
    return kinds


def is_public_file(evidence: Evidence, kinds: set[str], decision_ids: set[uuid.UUID]) -> bool:
    """A file is public if marked so, or its kind is published; a decision's own copy only for a published one."""
    if evidence.decision_id is not None and evidence.decision_id not in decision_ids:
        return evidence.is_public
    return evidence.is_public or evidence.kind in kinds


async def public_files(session: AsyncSession, decisions: Sequence[Honour]) -> dict[uuid.UUID, list[Evidence]]:
    """Per model (of these decisions): its public files, images first (model photos leading), then oldest first."""
    kinds = public_kinds(decisions)
    if not kinds:
        return {}
    decision_ids = {h.decision.id for h in decisions}
    every_kind = set().union(*kinds.values())
    query = select(Evidence).where(
        Evidence.model_id.in_(list(kinds)), or_(Evidence.is_public.is_(True), Evidence.kind.in_(every_kind))
    )
    out: dict[uuid.UUID, list[Evidence]] = {}
    for evidence in await session.scalars(query.order_by(Evidence.uploaded_at, Evidence.id)):
        if is_public_file(evidence, kinds[evidence.model_id], decision_ids):
            out.setdefault(evidence.model_id, []).append(evidence)
    for files in out.values():
        files.sort(key=lambda e: (not e.media_type.startswith("image/"), e.kind != "model_photo"))
    return out


async def fields(session: AsyncSession) -> dict[str, FieldOfWork]:
    """The six fields by code."""
    return {f.code: f for f in await session.scalars(select(FieldOfWork))}


def _path_ids(path: str) -> list[int]:
    return [int(p) for p in path.strip("/").split("/") if p.isdigit()]


async def units_on_paths(session: AsyncSession, models: Iterable[RegisteredModel]) -> dict[int, Unit]:
    """Every unit on the models' paths (the registrant units and their ancestors), by id (one query)."""
    ids: set[int] = set()
    for model in models:
        ids.update(_path_ids(model.unit_path))
        ids.add(model.registrant_unit_id)
    if not ids:
        return {}
    return {u.id: u for u in await session.scalars(select(Unit).where(Unit.id.in_(ids)))}


def ancestor_of_kind(model: RegisteredModel, units: dict[int, Unit], kinds: tuple[str, ...]) -> Unit | None:
    """The nearest unit on the model's path (itself included) of one of these kinds."""
    for unit_id in reversed(_path_ids(model.unit_path)):
        unit = units.get(unit_id)
        if unit is not None and unit.kind_code in kinds:
            return unit
    return None


async def public_file(session: AsyncSession, evidence_id: uuid.UUID) -> Evidence | None:
    """A file if it is public (its model public, its kind published or the file marked public); else None."""
    evidence = await session.get(Evidence, evidence_id)
    if evidence is None or await get_public(session, model_id=evidence.model_id) is None:
        return None
    decisions = await published_decisions(session, [evidence.model_id])
    kinds = public_kinds(decisions).get(evidence.model_id, set())
    return evidence if is_public_file(evidence, kinds, {h.decision.id for h in decisions}) else None
