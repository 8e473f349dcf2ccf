"""Assembling the showcase: public models with their units, published decisions and files.

A page costs a fixed number of queries whatever its size: the models, their published decisions,
their public files, the units on their paths and the fields.
"""

from __future__ import annotations

import mimetypes
import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import labels
from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.messages import UNIT_NOT_FOUND
from app.core.pagination import PageParams
from app.models import Evidence, RegisteredModel, Unit
from app.public import repository as repo
from app.public.schemas import (
    PublicDecision,
    PublicExemplar,
    PublicExemplarDetail,
    PublicExemplarPage,
    PublicField,
    PublicFile,
    PublicUnit,
)
from app.registry.honours import Honour
from app.units import repository as units
from app.workflow.states import STATE_LABELS, State

NOT_PUBLIC = Text("Không tìm thấy mô hình công khai.", "No public model with that code.")


def file_url(evidence: Evidence) -> str:
    """The unauthenticated URL of a public file."""
    return f"/api/v1/public/files/{evidence.id}"


def public_filename(evidence: Evidence) -> str:
    """The name a public file is served under: its kind and id (the uploaded name may carry personal data)."""
    extension = mimetypes.guess_extension(evidence.media_type) or ""
    return f"{evidence.kind}-{evidence.id}{'.jpg' if extension == '.jpe' else extension}"


def _unit(unit: Unit | None) -> PublicUnit | None:
    return PublicUnit(code=unit.code, name=unit.name) if unit else None


def _decision(honour: Honour) -> PublicDecision:
    d = honour.decision
    return PublicDecision(
        kind=d.kind,
        kind_label=labels.label(labels.DECISION_KINDS, d.kind) or d.kind,
        number=d.number,
        issued_on=d.issued_on,
        issuing_unit=PublicUnit(code=honour.issuing_unit.code, name=honour.issuing_unit.name),
        award_form=d.award_form,
        award_form_label=labels.label(labels.AWARD_FORMS, d.award_form),
        award_level=d.award_level,
        award_level_label=labels.label(labels.AWARD_LEVELS, d.award_level),
    )


def _file(evidence: Evidence) -> PublicFile:
    return PublicFile(
        id=str(evidence.id),
        kind=evidence.kind,
        title=evidence.title,
        media_type=evidence.media_type,
        url=file_url(evidence),
    )


async def _assemble(
    session: AsyncSession, rows: list[tuple[RegisteredModel, date]], *, detail: bool = False
) -> list[PublicExemplar]:
    models = [m for m, _ in rows]
    decisions = await repo.published_decisions(session, [m.id for m in models])
    files = await repo.public_files(session, decisions)
    units = await repo.units_on_paths(session, models)
    fields = await repo.fields(session) if models else {}
    by_model: dict[uuid.UUID, list[Honour]] = {}
    for honour in decisions:
        by_model.setdefault(honour.model_id, []).append(honour)
    out: list[PublicExemplar] = []
    schema = PublicExemplarDetail if detail else PublicExemplar
    for model, latest in rows:
        field = fields[model.field_code]
        own = files.get(model.id, [])
        values = dict(
            code=model.code,
            name=model.name,
            summary=model.summary,
            field=PublicField(code=field.code, label_vi=field.label_vi, label_en=field.label_en),
            year=model.year,
            state=model.state,
            state_label=STATE_LABELS[State(model.state)].render(),
            registrant_kind=model.registrant_kind,
            individual_name=model.individual_name if model.registrant_kind == "individual" else None,
            unit=_unit(units.get(model.registrant_unit_id)),
            district=_unit(repo.ancestor_of_kind(model, units, repo.DISTRICT_KINDS)),
            province=_unit(repo.ancestor_of_kind(model, units, repo.PROVINCE_KINDS)),
            latest_decision_on=latest,
            decisions=[_decision(h) for h in by_model.get(model.id, [])],
            photos=[_file(e) for e in own if e.media_type.startswith("image/")],
            documents=[_file(e) for e in own if not e.media_type.startswith("image/")],
        )
        if detail:
            values.update(objectives=model.objectives, content_methods=model.content_methods)
        out.append(schema.model_validate(values))
    return out


async def unit_path(session: AsyncSession, unit_id: int | None) -> str | None:
    """The subtree filter of a unit id; 404 `unit_not_found` for an unknown unit."""
    if unit_id is None:
        return None
    unit = await units.get_unit(session, unit_id)
    if unit is None:
        raise NotFound(UNIT_NOT_FOUND, code="unit_not_found")
    return unit.path


async def list_exemplars(session: AsyncSession, filters: repo.PublicFilters, page: PageParams) -> PublicExemplarPage:
    """One page of the showcase."""
    rows, next_cursor = await repo.list_public(session, filters, page)
    return PublicExemplarPage(items=await _assemble(session, rows), next_cursor=next_cursor, limit=page.limit)


async def get_exemplar(session: AsyncSession, code: str) -> PublicExemplarDetail:
    """One public model by code; 404 `not_found` for any code that is not public (drafts included)."""
    row = await repo.get_public(session, code=code)
    if row is None:
        raise NotFound(NOT_PUBLIC)
    [item] = await _assemble(session, [row], detail=True)
    assert isinstance(item, PublicExemplarDetail)
    return item


async def get_file(session: AsyncSession, evidence_id: uuid.UUID) -> Evidence:
    """A public file, or 404 `not_found` (whether it does not exist or is not public)."""
    evidence = await repo.public_file(session, evidence_id)
    if evidence is None:
        raise NotFound()
    return evidence
