"""Rules of the unit tree: who may change it, and how a change keeps the tree consistent.

Reads are open to every signed-in user (an organisation chart is not secret). Writes need
Permission.MANAGE_UNITS over the unit (and, for create and move, over the parent); outside the
admin's subtree they answer 403, since the unit itself is visible anyway. Services only flush.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from app.authority.sync import refresh_authority
from app.core import messages
from app.core.errors import Conflict, Forbidden, NotFound, PreconditionFailed, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, decode_cursor, encode_cursor
from app.core.search import fold
from app.core.writes import flush_versioned
from app.events.service import record_event
from app.models import Unit
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.units import repository as repo
from app.units.repository import Row, UnitFilters
from app.units.schemas import UnitCreate, UnitUpdate, path_ids

log = logging.getLogger("dvk.units")

OUT_OF_SCOPE = Text(
    "Đơn vị {id} nằm ngoài phạm vi quản trị của bạn (chỉ quản lý được các đơn vị trong phạm vi được giao).",
    "Unit {id} lies outside the part of the tree you administer.",
)
PARENT_OUT_OF_SCOPE = Text(
    "Đơn vị cấp trên {id} nằm ngoài phạm vi quản trị của bạn.",
    "The parent unit {id} lies outside the part of the tree you administer.",
)
PARENT_UNKNOWN = Text("Đơn vị cấp trên {id} không tồn tại.", "The parent unit {id} does not exist.")
PARENT_CLOSED = Text("Đơn vị cấp trên {id} đã ngừng hoạt động.", "The parent unit {id} is closed.")
KIND_UNKNOWN = Text("Loại đơn vị '{code}' không tồn tại.", "Unit kind '{code}' does not exist.")
LEVEL_UNKNOWN = Text("Cấp đơn vị '{code}' không tồn tại.", "Unit level '{code}' does not exist.")
PARTY_ORG_UNKNOWN = Text("Tổ chức đảng {id} không tồn tại.", "Party organisation {id} does not exist.")
PARTY_ORG_NOT_PARTY = Text(
    "Đơn vị {id} không phải là tổ chức đảng (cấp ủy, chi bộ).",
    "Unit {id} is not a party organisation (committee or cell).",
)
PARTY_ORG_SELF = Text("Một đơn vị không thể tự lãnh đạo chính nó.", "A unit cannot lead itself.")
PARTY_ORG_CLOSED = Text("Tổ chức đảng {id} đã ngừng hoạt động.", "Party organisation {id} is closed.")
CODE_TAKEN = Text("Mã đơn vị '{code}' đã được sử dụng.", "The unit code '{code}' is already taken.")
STILL_LEADS = Text(
    "Đơn vị đang là tổ chức đảng lãnh đạo các đơn vị khác; hãy đổi tổ chức đảng của các đơn vị đó trước.",
    "The unit leads other units as their party organisation; reassign them first.",
)
ROOT_IMMOVABLE = Text("Không thể chuyển đơn vị gốc của cây.", "A root unit cannot be moved.")
MOVE_CYCLE = Text(
    "Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.",
    "A unit cannot be moved under itself or one of its own descendants.",
)
HAS_ACTIVE_CHILDREN = Text(
    "Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.",
    "The unit still has active child units; move or close them first.",
)
ALREADY_CLOSED = Text("Đơn vị đã ngừng hoạt động.", "The unit is already closed.")
NOT_CLOSED = Text("Đơn vị đang hoạt động.", "The unit is not closed.")
UNDER_UNKNOWN = Text("Đơn vị {id} (tham số under) không tồn tại.", "Unit {id} (parameter under) does not exist.")


def _invalid(field: str, error_code: str, message: Text, **params: Any) -> Unprocessable:
    """A 422 naming the offending body field with a JSON pointer."""
    error = {"code": error_code, "detail": message.render(**params), "pointer": f"#/{field}"}
    return Unprocessable(message, code=error_code, errors=[error], **{f"_{k}": v for k, v in params.items()})


async def _flush(session: AsyncSession, code: str | None = None) -> None:
    """Flush; a lost compare-and-swap on the version is a 412, a code collision a 409 (codes are checked before
    writing: a collision here is a concurrent write of the same code)."""
    await flush_versioned(session, Conflict(CODE_TAKEN, code="unit_code_taken", _code=code or ""))


async def _record(session: AsyncSession, caller: Caller, unit: Unit, type_: str, data: dict[str, Any]) -> None:
    """Record one event about the unit, at its place in the tree."""
    await record_event(
        session,
        type_,
        resource_type="unit",
        resource_id=unit.id,
        unit_path=unit.path,
        actor_id=caller.id,
        request_id=None,
        data=data,
    )


# ---- reads -------------------------------------------------------------------------------------


def _page(rows: list[Row], limit: int, key: Any, filters: dict[str, Any]) -> tuple[list[Row], str | None]:
    """Trim the extra row fetched to detect a next page and sign the cursor for it."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(key(rows[-1][0]), filters)


def _after(cursor: str | None, filters: dict[str, Any], types: Sequence[type]) -> list[Any] | None:
    """The keyset position a cursor carries, checked for shape."""
    if cursor is None:
        return None
    position = decode_cursor(cursor, filters)
    if len(position) != len(types) or not all(type(v) is t for v, t in zip(position, types, strict=True)):
        raise InvalidCursor()
    return position


async def get_unit(session: AsyncSession, unit_id: int) -> Row:
    """One unit with its kind and level; 404 if there is none."""
    row = await repo.get_row(session, unit_id)
    if row is None:
        raise NotFound(messages.UNIT_ID_NOT_FOUND, _unit_id=unit_id)
    return row


async def list_units(
    session: AsyncSession, filters: UnitFilters, under: int | None, cursor: str | None, limit: int
) -> tuple[list[Row], str | None]:
    """A page of units matching the filters, by name."""
    if under is not None:
        base = await repo.get_unit(session, under)
        if base is None:
            raise Unprocessable(
                UNDER_UNKNOWN,
                code="unit_unknown",
                _id=under,
                errors=[
                    {
                        "code": "unit_unknown",
                        "detail": UNDER_UNKNOWN.render(id=under),
                        "in": "query",
                        "parameter": "under",
                    }
                ],
            )
        filters = replace(filters, under_path=base.path)
    bound = {"view": "units", **asdict(filters), "under": under, "under_path": None}
    after = _after(cursor, bound, (str, int))
    rows = await repo.list_by_name(session, filters, after, limit)
    return _page(rows, limit, lambda u: [u.name_search, u.id], bound)


async def list_children(
    session: AsyncSession, unit_id: int, include_closed: bool, cursor: str | None, limit: int
) -> tuple[list[Row], str | None]:
    """A page of a unit's direct children, by name."""
    await get_unit(session, unit_id)
    filters = UnitFilters(parent=unit_id, include_closed=include_closed)
    bound = {"view": "children", **asdict(filters)}
    after = _after(cursor, bound, (str, int))
    rows = await repo.list_by_name(session, filters, after, limit)
    return _page(rows, limit, lambda u: [u.name_search, u.id], bound)


async def list_ancestors(session: AsyncSession, unit_id: int) -> list[Row]:
    """A unit's ancestors, root first, read from the ids in its path in one query."""
    unit, _, _ = await get_unit(session, unit_id)
    return await repo.list_by_ids(session, path_ids(unit.path)[:-1])


async def list_subtree(
    session: AsyncSession, unit_id: int, include_closed: bool, cursor: str | None, limit: int
) -> tuple[list[Row], str | None]:
    """A page of a unit and all its descendants, parents before children."""
    unit, _, _ = await get_unit(session, unit_id)
    bound = {"view": "subtree", "unit": unit_id, "include_closed": include_closed}
    after = _after(cursor, bound, (str,))
    rows = await repo.list_subtree(session, unit.path, include_closed, after[0] if after else None, limit)
    return _page(rows, limit, lambda u: [u.path], bound)


# ---- writes ------------------------------------------------------------------------------------


def _require_scope(caller: Caller, unit: Unit, message: Text = OUT_OF_SCOPE) -> None:
    """403 unless the caller administers the unit's subtree."""
    if not caller.scope.covers(unit.path, Permission.MANAGE_UNITS):
        raise Forbidden(message, _id=unit.id)


async def writable_unit(session: AsyncSession, caller: Caller, unit_id: int, *, structural: bool = False) -> Unit:
    """The unit an admin is about to change: 403 for non-admins or outside scope, 404 if unknown.

    Structural changes (move, close, reopen) take the tree lock before reading, so they see the
    tree as it is after any concurrent structural change.
    """
    caller.require(Permission.MANAGE_UNITS)
    if structural:
        await repo.lock_tree(session)
    unit = await repo.get_unit(session, unit_id)
    if unit is None:
        raise NotFound(messages.UNIT_ID_NOT_FOUND, _unit_id=unit_id)
    _require_scope(caller, unit)
    return unit


async def _check_kind(session: AsyncSession, code: str) -> None:
    if await repo.get_kind(session, code) is None:
        raise _invalid("kind_code", "unit_kind_unknown", KIND_UNKNOWN, code=code)


async def _check_level(session: AsyncSession, code: str) -> None:
    if await repo.get_level(session, code) is None:
        raise _invalid("level_code", "unit_level_unknown", LEVEL_UNKNOWN, code=code)


async def _check_party_org(session: AsyncSession, party_org_id: int, unit_id: int | None) -> None:
    """The leading party organisation must exist, be of a party kind, be active and not be the unit."""
    if party_org_id == unit_id:
        raise _invalid("party_org_id", "unit_party_org_invalid", PARTY_ORG_SELF)
    found = await repo.get_unit_with_kind(session, party_org_id)
    if found is None:
        raise _invalid("party_org_id", "unit_party_org_invalid", PARTY_ORG_UNKNOWN, id=party_org_id)
    org, kind = found
    if not kind.is_party_organisation:
        raise _invalid("party_org_id", "unit_party_org_invalid", PARTY_ORG_NOT_PARTY, id=party_org_id)
    if not org.is_active:
        raise _invalid("party_org_id", "unit_party_org_invalid", PARTY_ORG_CLOSED, id=party_org_id)


async def _check_code_free(session: AsyncSession, code: str, unit_id: int | None) -> None:
    if await repo.code_taken(session, code, unit_id):
        raise Conflict(CODE_TAKEN, code="unit_code_taken", _code=code)


async def _parent_for(session: AsyncSession, caller: Caller, parent_id: int) -> Unit:
    """The parent a unit is created or moved under: known (422), in scope (403), active (409)."""
    parent = await repo.get_unit(session, parent_id)
    if parent is None:
        raise _invalid("parent_id", "unit_parent_unknown", PARENT_UNKNOWN, id=parent_id)
    _require_scope(caller, parent, PARENT_OUT_OF_SCOPE)
    if not parent.is_active:
        raise Conflict(PARENT_CLOSED, code="unit_parent_closed", _id=parent.id)
    return parent


async def create_unit(session: AsyncSession, caller: Caller, data: UnitCreate) -> Unit:
    """Create a unit under a parent the admin manages."""
    caller.require(Permission.MANAGE_UNITS)
    await repo.lock_tree(session)
    parent = await _parent_for(session, caller, data.parent_id)
    await _check_kind(session, data.kind_code)
    await _check_level(session, data.level_code)
    if data.party_org_id is not None:
        await _check_party_org(session, data.party_org_id, None)
    await _check_code_free(session, data.code, None)
    unit = Unit(
        code=data.code,
        name=data.name,
        name_search=fold(data.name),
        kind_code=data.kind_code,
        level_code=data.level_code,
        parent_id=parent.id,
        party_org_id=data.party_org_id,
        path=parent.path,
        depth=parent.depth + 1,
        is_active=True,
    )
    session.add(unit)
    await _flush(session, data.code)
    # The id is known only after the insert; writing the path is part of creating, not a new version.
    path = f"{parent.path}{unit.id}/"
    await repo.set_path(session, unit.id, path)
    set_committed_value(unit, "path", path)
    await record_event(
        session,
        "unit.created",
        resource_type="unit",
        resource_id=unit.id,
        unit_path=path,
        actor_id=caller.id,
        request_id=None,
        data={k: getattr(unit, k) for k in ("code", "name", "kind_code", "level_code", "parent_id")},
    )
    return unit


async def update_unit(session: AsyncSession, caller: Caller, unit: Unit, data: UnitUpdate) -> Unit:
    """Rename or re-classify a unit, or change the party organisation that leads it."""
    changes = data.model_dump(exclude_unset=True)
    if "code" in changes and changes["code"] != unit.code:
        await _check_code_free(session, changes["code"], unit.id)
    if "kind_code" in changes and changes["kind_code"] != unit.kind_code:
        await _check_kind(session, changes["kind_code"])
        kind = await repo.get_kind(session, changes["kind_code"])
        stops_leading = kind is not None and not kind.is_party_organisation
        if stops_leading and await repo.leads_other_units(session, unit.id):
            raise Conflict(STILL_LEADS, code="unit_leads_other_units")
    if "level_code" in changes and changes["level_code"] != unit.level_code:
        await _check_level(session, changes["level_code"])
    if changes.get("party_org_id") is not None and changes["party_org_id"] != unit.party_org_id:
        await _check_party_org(session, changes["party_org_id"], unit.id)
    for field, value in changes.items():
        setattr(unit, field, value)
    if "name" in changes:
        unit.name_search = fold(changes["name"])
    await _flush(session, changes.get("code"))
    if {"kind_code", "level_code", "party_org_id"} & changes.keys():
        # The authority policy reads kind, level and party links: the unit's models, its subtree's and
        # those of units it leads may answer to someone else now.
        await refresh_authority(session, unit_path=unit.path)
        await refresh_authority(session, unit_ids=await repo.led_unit_ids(session, unit.id))
    if changes:
        await _record(session, caller, unit, "unit.updated", {"fields": sorted(changes)})
    return unit


async def move_unit(session: AsyncSession, caller: Caller, unit: Unit, parent_id: int) -> Unit:
    """Put a unit (and its whole subtree) under another parent the admin also manages."""
    if unit.parent_id is None:
        raise Conflict(ROOT_IMMOVABLE, code="unit_root_immovable")
    parent = await _parent_for(session, caller, parent_id)
    if parent.path.startswith(unit.path):
        raise Conflict(MOVE_CYCLE, code="unit_move_cycle")
    if parent.id == unit.parent_id:
        return unit
    old_prefix, new_prefix, old_parent_id = unit.path, f"{parent.path}{unit.id}/", unit.parent_id
    if not await repo.set_parent(session, unit.id, parent.id, unit.version):
        raise PreconditionFailed()
    moved = await repo.rewrite_subtree(session, old_prefix, new_prefix, parent.depth + 1 - unit.depth)
    await repo.rewrite_copied_paths(session, old_prefix, new_prefix)
    await session.refresh(unit)
    # A new parent can change who is competent for the subtree's models (e.g. case 3's parent).
    await refresh_authority(session, unit_path=new_prefix)
    await record_event(
        session,
        "unit.moved",
        resource_type="unit",
        resource_id=unit.id,
        unit_path=new_prefix,
        former_unit_path=old_prefix,
        actor_id=caller.id,
        request_id=None,
        data={
            "from_parent_id": old_parent_id,
            "to_parent_id": parent.id,
            "from_path": old_prefix,
            "to_path": new_prefix,
        },
    )
    log.info("unit moved", extra={"unit_id": unit.id, "parent_id": parent.id, "moved_units": moved})
    return unit


async def close_unit(session: AsyncSession, caller: Caller, unit: Unit, reason: str | None) -> Unit:
    """Mark a unit closed; refused while it has active children."""
    if not unit.is_active:
        raise Conflict(ALREADY_CLOSED, code="unit_already_closed")
    if await repo.has_active_children(session, unit.id):
        raise Conflict(HAS_ACTIVE_CHILDREN, code="unit_has_active_children")
    unit.is_active = False
    unit.closed_at = utcnow()
    unit.closed_reason = reason
    await _flush(session)
    await _record(session, caller, unit, "unit.closed", {"reason": reason})
    log.info("unit closed", extra={"unit_id": unit.id, "reason": reason})
    return unit


async def reopen_unit(session: AsyncSession, caller: Caller, unit: Unit) -> Unit:
    """Reopen a closed unit; refused while its parent is closed."""
    if unit.is_active:
        raise Conflict(NOT_CLOSED, code="unit_not_closed")
    if unit.parent_id is not None:
        parent = await repo.get_unit(session, unit.parent_id)
        if parent is not None and not parent.is_active:
            raise Conflict(PARENT_CLOSED, code="unit_parent_closed", _id=parent.id)
    unit.is_active = True
    unit.closed_at = None
    unit.closed_reason = None
    await _flush(session)
    await _record(session, caller, unit, "unit.reopened", {})
    return unit
