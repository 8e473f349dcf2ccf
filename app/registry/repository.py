"""Queries on registered models, always through the caller's scope."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.core.errors import NotFound
from app.core.messages import MODEL_NOT_FOUND
from app.core.pagination import PageParams, decode_cursor, encode_cursor
from app.core.search import like_pattern
from app.models import Campaign, Decision, DecisionModel, ModelHistory, RegisteredModel, Survey, Unit
from app.policy import visibility
from app.policy.principal import Caller
from app.policy.scope import in_subtree, in_subtree_param, subtree_param
from app.policy.visibility import scoped
from app.registry.honours import HONOUR_KINDS, LIVE_STATE_CODES, RECOGNISED_STATE_CODES, Honour

M = RegisteredModel


# The model rule itself lives in app.policy.visibility; this name is kept for the modules that filter by it.
visible_to = visibility.model_rule


async def get_visible(
    session: AsyncSession, caller: Caller, model_id: uuid.UUID, *, for_update: bool = False
) -> RegisteredModel:
    """One model the caller may see, or 404 (whether it exists elsewhere or not)."""
    query = scoped(caller, M).where(M.id == model_id)
    if for_update:
        query = query.with_for_update()
    model = (await session.execute(query)).scalar_one_or_none()
    if model is None:
        raise NotFound(MODEL_NOT_FOUND)
    return model


async def lock(session: AsyncSession, model: RegisteredModel) -> RegisteredModel:
    """The model (already found visible) re-read and locked, so concurrent writes go one after another."""
    query = select(M).where(M.id == model.id).with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalar_one()


async def history_of(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> list[ModelHistory]:
    """A visible model's moves, oldest first."""
    query = scoped(caller, ModelHistory).where(ModelHistory.model_id == model_id).order_by(ModelHistory.id)
    return list(await session.scalars(query))


async def surveys_of(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> list[Survey]:
    """A visible model's on-site surveys, oldest first."""
    query = scoped(caller, Survey).where(Survey.model_id == model_id).order_by(Survey.created_at)
    return list(await session.scalars(query))


async def authority_profile_of(session: AsyncSession, campaign_id: uuid.UUID) -> str:
    """The authority rule profile of a model's campaign."""
    return str(await session.scalar(select(Campaign.authority_profile).where(Campaign.id == campaign_id)))


@dataclass(frozen=True)
class ModelFilters:
    """What a model list can be filtered on."""

    campaign_id: uuid.UUID | None = None
    year: int | None = None
    unit_path: str | None = None  # the unit's subtree
    registrant_unit_id: int | None = None
    field_code: str | None = None
    model_type: str | None = None
    states: tuple[str, ...] = ()
    registrant_kind: str | None = None
    is_late: bool | None = None
    authority_case: int | None = None
    deciding_unit_id: int | None = None
    replicates_id: uuid.UUID | None = None
    q: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """SQL conditions for the filters that are set."""
        c: list[ColumnElement[bool]] = [
            column == getattr(self, name) for name, column in _IF_TRUTHY.items() if getattr(self, name)
        ]
        c += [column == getattr(self, name) for name, column in _IF_GIVEN.items() if getattr(self, name) is not None]
        if self.unit_path:
            c.append(in_subtree(M.unit_path, self.unit_path))
        if self.states:
            c.append(M.state.in_(self.states))
        if self.is_late is not None:
            c.append(M.is_late.is_(self.is_late))
        if self.q:
            c.append(M.search_text.like(like_pattern(self.q), escape="\\"))
        return c


# Filters that compare one column for equality: those applied when truthy (an empty text is no filter), and
# those applied when given at all (0 is a value).
_IF_TRUTHY: dict[str, Any] = {
    "campaign_id": M.campaign_id,
    "field_code": M.field_code,
    "model_type": M.model_type,
    "registrant_kind": M.registrant_kind,
}
_IF_GIVEN: dict[str, Any] = {
    "year": M.year,
    "registrant_unit_id": M.registrant_unit_id,
    "authority_case": M.authority_case,
    "deciding_unit_id": M.deciding_unit_id,
    "replicates_id": M.replicates_id,
}


# sort name -> (column, descending)
SORTS: dict[str, tuple[Any, bool]] = {
    "code": (M.code, False),
    "-code": (M.code, True),
    "updated_at": (M.updated_at, False),
    "-updated_at": (M.updated_at, True),
    "name": (M.name, False),
    "-name": (M.name, True),
}


def _keyset(column: Any, descending: bool) -> ColumnElement[bool]:
    """After the cursor's position (`k_value`, `k_id`) in this order."""
    value, last_id = bindparam("k_value", type_=column.type), bindparam("k_id", type_=M.id.type)
    after = (column < value) if descending else (column > value)
    same = and_(column == value, (M.id < last_id) if descending else (M.id > last_id))
    return or_(after, same)


def _keyset_params(column: Any, position: list[Any]) -> dict[str, Any]:
    value, last_id = position
    if column is M.updated_at:
        from datetime import datetime

        value = datetime.fromisoformat(value)
    return {"k_value": value, "k_id": uuid.UUID(last_id)}


# `q` on PostgreSQL: the trigram index, or a row-by-row check inside the caller's subtree. Trigrams of
# short Vietnamese syllables ("an ", "inh") are in most rows, so at 1 M models the trigram bitmap holds
# 10^5 candidates (0.2–0.9 s), while the ~25 000 models of a province are checked in 60–90 ms. Below this
# many models in scope the search stays inside the subtree (found by a bounded index-only count).
SCOPED_SEARCH_MAX = 50_000
# The answer only picks a plan (never changes a result) and a scope's size moves slowly, so each process
# remembers it for a while per scope and subtree filter: a search then costs one statement, not two.
SCOPE_SIZE_TTL_SECONDS = 300.0
_SCOPE_SIZE_MEMO_MAX = 10_000
_scope_is_small: dict[tuple[Any, ...], tuple[float, bool]] = {}


async def _search_inside_scope(session: AsyncSession, caller: Caller, filters: ModelFilters) -> bool:
    """True when `q` is cheaper checked row by row within the visible subtree than through the index."""
    if not filters.q or session.get_bind().dialect.name != "postgresql":
        return False
    key = (*visibility.model_scope(caller), filters.unit_path)
    now = time.monotonic()
    remembered = _scope_is_small.get(key)
    if remembered is not None and now - remembered[0] < SCOPE_SIZE_TTL_SECONDS:
        return remembered[1]
    in_scope = (
        select(M.unit_path)
        .where(visibility.model_rule(caller), *ModelFilters(unit_path=filters.unit_path).clauses())
        .limit(SCOPED_SEARCH_MAX)
        .subquery()
    )
    small = int(await session.scalar(select(func.count()).select_from(in_scope)) or 0) < SCOPED_SEARCH_MAX
    if len(_scope_is_small) >= _SCOPE_SIZE_MEMO_MAX:
        _scope_is_small.clear()
    _scope_is_small[key] = (now, small)
    return small


# The table again, for a page's rows (built once: an alias builds its column collection when first used).
_PAGE_ROWS = M.__table__.alias("m")


def _summary_fields() -> list[str]:
    """A list item's fields (ModelSummary's), so a page loads no ORM objects and no unused text."""
    from app.registry.schemas import ModelSummary

    return list(ModelSummary.model_fields)


@dataclass(frozen=True)
class _PageShape:
    """What a page statement's text depends on (its values are parameters): built once per shape."""

    equal: tuple[str, ...]  # the equality filters given
    unit: bool
    states: bool
    late: bool
    search: str  # "" none, "index" through the trigram index, "scoped" row by row in the subtree
    sort: str
    cursor: bool
    limit: int
    scope: tuple[int, bool]  # visibility.model_rule_params' shape


@lru_cache(maxsize=512)
def _page_statement(shape: _PageShape) -> Select[Any]:
    """One page of models of this shape: the page's ids first (for the default order by code, an index-only
    scan of a subtree index that holds code and id, then a top-N sort), then only the page's rows and their
    registrant units; fetching the fields or joining the units before the LIMIT would read every matching row
    of the subtree."""
    column, descending = SORTS[shape.sort]
    clauses = [_EQUAL[name] == bindparam(f"f_{name}", type_=_EQUAL[name].type) for name in shape.equal]
    if shape.unit:
        clauses.append(in_subtree_param(M.unit_path, "unit"))
    if shape.states:
        clauses.append(M.state.in_(bindparam("states", expanding=True)))
    if shape.late:
        clauses.append(M.is_late == bindparam("late"))
    sort_key: Any = column
    if shape.search == "index":
        clauses.append(M.search_text.like(bindparam("q_pattern"), escape="\\"))
    elif shape.search == "scoped":
        # coalesce(x, x) hides the column from the planner: no trigram bitmap, no walk down the sort index;
        # the subtree's rows come from the path index and are sorted (top-N) after the filter.
        clauses.append(func.coalesce(M.search_text, M.search_text).like(bindparam("q_pattern"), escape="\\"))
        sort_key = func.coalesce(column, column)
    query = select(M.id, column).where(visibility.model_rule_template(*shape.scope, M.__table__.c), *clauses)
    if shape.cursor:
        query = query.where(_keyset(column, descending))
    order = (sort_key.desc(), M.id.desc()) if descending else (sort_key.asc(), M.id.asc())
    page_ids = query.order_by(*order).limit(shape.limit + 1).subquery("page")
    m = _PAGE_ROWS
    outer_order = (page_ids.c[column.key], page_ids.c.id)
    return (
        select(
            *(
                Unit.__table__.c.name.label(name) if name == "registrant_unit_name" else m.c[name]
                for name in _summary_fields()
            )
        )
        .select_from(
            page_ids.join(m, m.c.id == page_ids.c.id).join(
                Unit.__table__, Unit.__table__.c.id == m.c.registrant_unit_id
            )
        )
        .order_by(*((c.desc() for c in outer_order) if descending else outer_order))
    )


_EQUAL: dict[str, Any] = {**_IF_TRUTHY, **_IF_GIVEN}


async def list_models(
    session: AsyncSession, caller: Caller, filters: ModelFilters, sort: str, page: PageParams
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of visible models matching the filters, in a stable order, as plain rows (the fields of a
    list item); and the next cursor. One statement per shape, run on the driver (core/driver.py)."""
    column, _ = SORTS[sort]
    bound = {**asdict(filters), "sort": sort}
    scope_shape, params = visibility.model_rule_params(caller)
    equal = tuple(n for n in _IF_TRUTHY if getattr(filters, n)) + tuple(
        n for n in _IF_GIVEN if getattr(filters, n) is not None
    )
    params.update({f"f_{name}": getattr(filters, name) for name in equal})
    if filters.unit_path:
        params.update(subtree_param("unit", filters.unit_path))
    if filters.states:
        params["states"] = list(filters.states)
    if filters.is_late is not None:
        params["late"] = filters.is_late
    search = ""
    if filters.q:
        search = "scoped" if await _search_inside_scope(session, caller, filters) else "index"
        params["q_pattern"] = like_pattern(filters.q)
    if page.cursor:
        params.update(_keyset_params(column, decode_cursor(page.cursor, bound)))
    shape = _PageShape(
        equal,
        bool(filters.unit_path),
        bool(filters.states),
        filters.is_late is not None,
        search,
        sort,
        bool(page.cursor),
        page.limit,
        scope_shape,
    )
    rows = await driver.fetch_dicts(session, _page_statement(shape), params)
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last = rows[-1]
        value = last[column.key]
        next_cursor = encode_cursor(
            [value.isoformat() if hasattr(value, "isoformat") else value, str(last["id"])], bound
        )
    return rows, next_cursor


# --- honours and replication links (public facts of recognised models; see registry/honours.py) ---------


async def honours_of(
    session: AsyncSession, model_ids: Iterable[uuid.UUID], *, published_only: bool = False
) -> list[Honour]:
    """Issued (not revoked) honouring decisions covering these models, oldest first (one query)."""
    ids = list(model_ids)
    if not ids:
        return []
    query = (
        select(DecisionModel.model_id, Decision, Unit)
        .join(Decision, Decision.id == DecisionModel.decision_id)
        .join(Unit, Unit.id == Decision.issuing_unit_id)
        .where(DecisionModel.model_id.in_(ids), Decision.status == "issued", Decision.kind.in_(HONOUR_KINDS))
        .order_by(Decision.issued_on, Decision.number, Decision.id)
    )
    if published_only:
        query = query.where(Decision.publish.is_(True))
    return [Honour(m, d, u) for m, d, u in await session.execute(query)]


async def replication_count(session: AsyncSession, model_id: uuid.UUID) -> int:
    """How many models (anywhere, not withdrawn) declare they replicate this one."""
    query = select(func.count(RegisteredModel.id)).where(
        RegisteredModel.replicates_id == model_id, RegisteredModel.state.in_(LIVE_STATE_CODES)
    )
    return int(await session.scalar(query) or 0)


async def replications_changed(session: AsyncSession, *model_ids: uuid.UUID | None) -> None:
    """These models gained or lost a replication: give them a new version.

    A model's read shows `replication_count` and its ETag is its version, so without a new version a
    client holding the old copy would be answered 304 Not Modified with a stale count. The model's own
    content did not change: `updated_at` stays. A client editing it meanwhile gets 412 and re-reads.
    """
    ids = {i for i in model_ids if i is not None}
    if ids:
        await session.execute(
            update(RegisteredModel)
            .where(RegisteredModel.id.in_(ids))
            .values(version=RegisteredModel.version + 1, updated_at=RegisteredModel.updated_at)
        )


async def recognised_model(session: AsyncSession, model_id: uuid.UUID) -> RegisteredModel | None:
    """The model if it is recognised (recognized, nominated or exemplar): a public fact; else None."""
    query = select(RegisteredModel).where(
        RegisteredModel.id == model_id, RegisteredModel.state.in_(RECOGNISED_STATE_CODES)
    )
    return (await session.execute(query)).scalar_one_or_none()
