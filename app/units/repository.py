"""Queries on the unit tree. Every list is one indexed query; nothing walks the tree row by row.

The tree is readable by every signed-in user, so reads need no scope filter; writes are checked
against the caller's scope in the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from typing import cast as typed

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Table,
    bindparam,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver, messages
from app.core.errors import NotFound
from app.core.search import like_pattern
from app.models import Campaign, RegisteredModel, Unit, UnitKind, UnitLevel
from app.policy.scope import in_subtree

# Key of the PostgreSQL advisory lock that serialises structural changes of the tree (create, move,
# close, reopen). They are rare; without it two concurrent moves could build a cycle or a create
# could compute its path from a parent that is being moved. SQLite serialises writers already.
TREE_LOCK_KEY = 0x64766B5F756E6974  # "dvk_unit"

Row = tuple[Unit, UnitKind, UnitLevel]
RowSelect = Select[Unit, UnitKind, UnitLevel]
UNITS = typed(Table, Unit.__table__)


@dataclass(frozen=True)
class UnitFilters:
    """Filters of the unit list; `under_path` is the resolved path of the `under` unit."""

    kind: str | None = None
    level: str | None = None
    parent: int | None = None
    roots: bool = False
    under_path: str | None = None
    include_closed: bool = False
    q: str | None = None


def _is_postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _with_reference() -> RowSelect:
    """Units joined with their kind and level rows (tiny tables; one query for both labels)."""
    return (
        select(Unit, UnitKind, UnitLevel)
        .join(UnitKind, UnitKind.code == Unit.kind_code)
        .join(UnitLevel, UnitLevel.code == Unit.level_code)
    )


def _under(path: str) -> ColumnElement[bool]:
    """The unit at this path and its descendants (an index range scan on ix_units_path)."""
    return in_subtree(Unit.path, path)


def _path_key(session: AsyncSession) -> ColumnElement[str]:
    """The path compared byte-wise, so '/' sorts before digits and parents come before children."""
    return Unit.path.collate("C") if _is_postgres(session) else Unit.path  # type: ignore[return-value]


async def _rows(session: AsyncSession, stmt: RowSelect) -> list[Row]:
    return [(u, k, lv) for u, k, lv in (await session.execute(stmt)).all()]


async def lock_tree(session: AsyncSession) -> None:
    """Serialise structural changes until the transaction ends (PostgreSQL; SQLite writers already are)."""
    if _is_postgres(session):
        await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": TREE_LOCK_KEY})


async def get_row(session: AsyncSession, unit_id: int) -> Row | None:
    """One unit with its kind and level."""
    rows = await _rows(session, _with_reference().where(Unit.id == unit_id))
    return rows[0] if rows else None


async def get_unit(session: AsyncSession, unit_id: int) -> Unit | None:
    """One unit."""
    return await session.get(Unit, unit_id)


async def unit_by_code(session: AsyncSession, code: str) -> Unit | None:
    """One unit by its code."""
    return (await session.execute(select(Unit).where(Unit.code == code))).scalar_one_or_none()


async def list_by_name(
    session: AsyncSession, filters: UnitFilters, after: Sequence[Any] | None, limit: int
) -> list[Row]:
    """A page of units ordered by (folded name, id), keyset after `after`; fetches limit + 1."""
    stmt = _with_reference()
    if filters.kind:
        stmt = stmt.where(Unit.kind_code == filters.kind)
    if filters.level:
        stmt = stmt.where(Unit.level_code == filters.level)
    if filters.parent is not None:
        stmt = stmt.where(Unit.parent_id == filters.parent)
    if filters.roots:
        stmt = stmt.where(Unit.parent_id.is_(None))
    if filters.under_path is not None:
        stmt = stmt.where(_under(filters.under_path))
    if not filters.include_closed:
        stmt = stmt.where(Unit.is_active.is_(True))
    if filters.q:
        pattern = like_pattern(filters.q)
        stmt = stmt.where(
            or_(Unit.name_search.like(pattern, escape="\\"), func.lower(Unit.code).like(pattern, escape="\\"))
        )
    if after is not None:
        stmt = stmt.where(tuple_(Unit.name_search, Unit.id) > tuple_(literal(after[0], String), after[1]))
    return await _rows(session, stmt.order_by(Unit.name_search, Unit.id).limit(limit + 1))


async def list_subtree(
    session: AsyncSession, path: str, include_closed: bool, after: str | None, limit: int
) -> list[Row]:
    """A page of the unit at `path` and its descendants, parents before children; fetches limit + 1."""
    key = _path_key(session)
    stmt = _with_reference().where(_under(path))
    if not include_closed:
        stmt = stmt.where(Unit.is_active.is_(True))
    if after is not None:
        stmt = stmt.where(key > after)
    return await _rows(session, stmt.order_by(key).limit(limit + 1))


async def list_by_ids(session: AsyncSession, ids: Sequence[int]) -> list[Row]:
    """The units with these ids, shallowest first (for ancestors: one query on the path's ids)."""
    if not ids:
        return []
    return await _rows(session, _with_reference().where(Unit.id.in_(list(ids))).order_by(Unit.depth))


async def code_taken(session: AsyncSession, code: str, other_than: int | None = None) -> bool:
    """True if another unit already uses this code (compared case-insensitively)."""
    cond = func.lower(Unit.code) == code.lower()
    if other_than is not None:
        cond = cond & (Unit.id != other_than)
    return bool(await session.scalar(select(exists().where(cond))))


async def get_kind(session: AsyncSession, code: str) -> UnitKind | None:
    """A unit kind by code."""
    return await session.get(UnitKind, code)


async def get_level(session: AsyncSession, code: str) -> UnitLevel | None:
    """A unit level by code."""
    return await session.get(UnitLevel, code)


async def get_unit_with_kind(session: AsyncSession, unit_id: int) -> tuple[Unit, UnitKind] | None:
    """A unit and its kind row."""
    row = (
        await session.execute(
            select(Unit, UnitKind).join(UnitKind, UnitKind.code == Unit.kind_code).where(Unit.id == unit_id)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def has_active_children(session: AsyncSession, unit_id: int) -> bool:
    """True if an active unit has this one as its parent."""
    return bool(await session.scalar(select(exists().where(Unit.parent_id == unit_id, Unit.is_active.is_(True)))))


async def led_unit_ids(session: AsyncSession, unit_id: int) -> list[int]:
    """Ids of the units this one leads as their party organisation."""
    return list(await session.scalars(select(Unit.id).where(Unit.party_org_id == unit_id, Unit.id != unit_id)))


async def leads_other_units(session: AsyncSession, unit_id: int) -> bool:
    """True if some other unit names this one as its leading party organisation."""
    return bool(await session.scalar(select(exists().where(Unit.party_org_id == unit_id, Unit.id != unit_id))))


async def set_path(session: AsyncSession, unit_id: int, path: str) -> None:
    """Write a new unit's path without counting it as a new version."""
    table = UNITS
    await session.execute(update(table).where(table.c.id == unit_id).values(path=path, updated_at=table.c.updated_at))


async def set_parent(session: AsyncSession, unit_id: int, parent_id: int, expected_version: int) -> bool:
    """Point a unit at a new parent if it is still at the expected version (compare-and-swap)."""
    table = UNITS
    result = await session.execute(
        update(table).where(table.c.id == unit_id, table.c.version == expected_version).values(parent_id=parent_id)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


async def rewrite_subtree(session: AsyncSession, old_prefix: str, new_prefix: str, depth_delta: int) -> int:
    """Re-root a whole subtree in ONE statement: new_prefix || the rest of each path; depth shifts.

    Every moved unit gets a new version: its path and depth changed, so its ETag must too.
    """
    table = UNITS
    result = await session.execute(
        update(table)
        .where(table.c.path.like(old_prefix + "%"))
        .values(
            path=cast(literal(new_prefix), String) + func.substr(table.c.path, len(old_prefix) + 1),
            depth=table.c.depth + depth_delta,
            version=table.c.version + 1,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def rewrite_copied_paths(session: AsyncSession, old_prefix: str, new_prefix: str) -> None:
    """Re-root the unit paths that models and campaigns copy for scope filters, in step with the tree."""
    for model, column in ((RegisteredModel, "unit_path"), (Campaign, "owning_unit_path")):
        col = getattr(model, column)
        await session.execute(
            update(model)
            .where(col.like(old_prefix + "%"))
            .values({column: cast(literal(new_prefix), String) + func.substr(col, len(old_prefix) + 1)})
        )


async def list_kinds(session: AsyncSession) -> list[UnitKind]:
    """Every unit kind in display order."""
    return list((await session.scalars(select(UnitKind).order_by(UnitKind.sort_order, UnitKind.code))).all())


async def list_levels(session: AsyncSession) -> list[UnitLevel]:
    """Every unit level, top first."""
    return list((await session.scalars(select(UnitLevel).order_by(UnitLevel.rank, UnitLevel.code))).all())


async def filter_path(session: AsyncSession, unit_id: int | None) -> str | None:
    """The path of the unit a list is narrowed to (its subtree), None for no unit; 404 `unit_not_found` for a
    unit that does not exist (the tree is public, so this tells nothing)."""
    if unit_id is None:
        return None
    row = await driver.fetch_one(session, _UNIT_PATH, {"unit_id": unit_id})
    if row is None:
        raise NotFound(messages.UNIT_NOT_FOUND, code="unit_not_found")
    return str(row["path"])


_UNIT_PATH = select(Unit.__table__.c.path).where(Unit.__table__.c.id == bindparam("unit_id"))
