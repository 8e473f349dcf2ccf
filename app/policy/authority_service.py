"""The authority policy against the database: rule profiles, the unit tree around a unit, overrides.

The resolver (authority.py) is pure and synchronous, so this module fetches, up front and lazily,
exactly what the profile's relations can reach from one unit — never the whole tree:
  1. the unit itself;
  2. its ancestors (ids from its materialised path) and the party chains above it and them, in one
     recursive query bounded by MAX_HOPS;
  3. the mass-mobilisation boards led by the committees found (only if a rule walks to a board);
  4. the province-level units of the unit's kind under its province (only if a rule asks for the
     provincial counterpart);
  5. the units an override names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.models import AuthorityOverride, AuthorityProfile, AuthorityRule, Unit
from app.policy import authority_repository as repo
from app.policy.authority import AuthorityAnswer, Override, Rule, resolve, rules_from_rows
from app.policy.authority_tree import (
    BOARD_RELATIONS,
    COUNTERPART_RELATIONS,
    DISTRICT_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    PROVINCE_LEVEL,
    PROVINCIAL_COMMITTEE,
    AuthorityUnresolvable,
    InMemoryTree,
    UnitFacts,
    province_root,
)
from app.policy.permissions import Permission
from app.policy.principal import Caller

PROFILE_NOT_FOUND = Text("Không có bộ quy tắc thẩm quyền “{profile}”.", "There is no authority profile “{profile}”.")
NO_DEFAULT_PROFILE = Text("Chưa có bộ quy tắc thẩm quyền mặc định.", "No authority profile is marked as default.")
OUT_OF_SCOPE = Text(
    "Đơn vị {unit_id} nằm ngoài phạm vi bạn quản trị.", "Unit {unit_id} is outside the subtree you administer."
)
OVERRIDE_NOT_FOUND = Text(
    "Đơn vị {unit_id} không có chỉ định riêng về thẩm quyền.", "Unit {unit_id} has no authority override."
)
OVERRIDE_UNIT_NOT_FOUND = Text(
    "Đơn vị {unit_id} được chỉ định ({field}) không tồn tại.", "Unit {unit_id} named as {field} does not exist."
)
OVERRIDE_UNIT_CLOSED = Text(
    "Đơn vị {unit_id} được chỉ định ({field}) đã giải thể.", "Unit {unit_id} named as {field} is closed."
)
OVERRIDE_RACE = Text(
    "Chỉ định riêng của đơn vị {unit_id} vừa được thay đổi; hãy thử lại.",
    "The override of unit {unit_id} was changed at the same time; try again.",
)

_COMMITTEE_KINDS = (GRASSROOTS_COMMITTEE, DISTRICT_COMMITTEE, PROVINCIAL_COMMITTEE)


# --- profiles and rules -------------------------------------------------------------------------


async def get_profile(session: AsyncSession, code: str | None) -> AuthorityProfile:
    """The named profile, or the default one when no code is given (404 when there is none)."""
    if code is None:
        profile = await repo.default_profile(session)
        if profile is None:
            raise NotFound(NO_DEFAULT_PROFILE, code="authority_profile_not_found")
        return profile
    found = await repo.profile_by_code(session, code)
    if found is None:
        raise NotFound(PROFILE_NOT_FOUND, code="authority_profile_not_found", _profile=code)
    return found


async def rule_rows(session: AsyncSession, profile_code: str) -> list[AuthorityRule]:
    """A profile's rule rows in the order they are tried."""
    return await repo.rule_rows(session, profile_code)


_RULE_FIELDS = (
    "case_number",
    "precedence",
    "match",
    "reviewing_via",
    "proposing_via",
    "deciding_via",
    "label_vi",
    "label_en",
    "citation",
)


async def load_rules(session: AsyncSession, profile_code: str) -> list[Rule]:
    """A profile's rules as the resolver takes them."""
    return rules_from_rows({c: getattr(r, c) for c in _RULE_FIELDS} for r in await rule_rows(session, profile_code))


async def list_profiles(session: AsyncSession) -> list[tuple[AuthorityProfile, list[AuthorityRule]]]:
    """Every profile (default first) with its rules in the order they are tried."""
    profiles = await repo.all_profiles(session)
    rules = await repo.all_rules(session)
    by_profile: dict[str, list[AuthorityRule]] = {p.code: [] for p in profiles}
    for rule in rules:
        by_profile.setdefault(rule.profile_code, []).append(rule)
    return [(p, by_profile[p.code]) for p in profiles]


# --- the tree around one unit -------------------------------------------------------------------


def _facts(row: Any) -> UnitFacts:
    return UnitFacts(
        id=row.id,
        code=row.code,
        name=row.name,
        kind_code=row.kind_code,
        level_code=row.level_code,
        is_party_organisation=bool(row.is_party_organisation),
        parent_id=row.parent_id,
        party_org_id=row.party_org_id,
        is_active=bool(row.is_active),
    )


class LoadedTree(InMemoryTree):
    """The prefetched part of the tree; province counterparts come from a path query, not parent walks."""

    def __init__(self, units: Iterable[UnitFacts], paths: dict[int, str]) -> None:
        super().__init__(units)
        self.paths = paths
        self.counterparts: dict[tuple[str, str, int], UnitFacts | None] = {}

    def same_kind_at_level(self, kind_code: str, level_code: str, within_root_id: int) -> UnitFacts | None:
        """The prefetched counterpart (active first, then by id)."""
        return self.counterparts.get((kind_code, level_code, within_root_id))


def _ancestor_ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/") if part]


def _load(rows: Iterable[repo.FactsRow], tree: LoadedTree) -> None:
    for row in rows:
        tree.units[row.id] = _facts(row)
        tree.paths[row.id] = row.path


async def load_tree(
    session: AsyncSession, unit_id: int, vias: set[str], extra_ids: Sequence[int] = ()
) -> tuple[UnitFacts, LoadedTree]:
    """The unit (404 if unknown) and the part of the tree the given relations can reach from it."""
    row = await repo.unit_facts(session, unit_id)
    if row is None:
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    unit = _facts(row)
    tree = LoadedTree([unit], {unit.id: row.path})
    seeds = list({unit.id, *_ancestor_ids(row.path)})
    _load(await repo.party_chain_facts(session, seeds), tree)
    if vias & BOARD_RELATIONS:
        committees = [u.id for u in tree.units.values() if u.kind_code in _COMMITTEE_KINDS]
        if committees:
            _load(await repo.boards_led_by(session, committees), tree)
    if vias & COUNTERPART_RELATIONS:
        await _load_counterpart(session, unit, tree)
    missing = [i for i in extra_ids if i not in tree.units]
    if missing:
        _load(await repo.facts_of(session, missing), tree)
    return unit, tree


async def _load_counterpart(session: AsyncSession, unit: UnitFacts, tree: LoadedTree) -> None:
    """The province-level unit of the unit's kind under its province root (active first, then by id)."""
    try:
        root = province_root(tree, unit)
    except AuthorityUnresolvable:
        return  # the resolver raises the same, with the full explanation, if a rule needs it
    found = await repo.province_counterpart(session, unit.kind_code, tree.paths[root.id])
    tree.counterparts[(unit.kind_code, PROVINCE_LEVEL, root.id)] = _facts(found) if found else None
    if found:
        tree.units.setdefault(found.id, _facts(found))


# --- answers ------------------------------------------------------------------------------------


async def authority_for_unit(
    session: AsyncSession, profile_code: str | None, registrant_kind: str, unit_id: int
) -> AuthorityAnswer:
    """What the policy answers for a registrant of a unit: the profile's rules, or the unit's override."""
    profile = await get_profile(session, profile_code)
    rules = await load_rules(session, profile.code)
    row = await repo.override_for(session, unit_id)
    override = None
    if row is not None:
        override = Override(
            unit_id=row.unit_id,
            deciding_unit_id=row.deciding_unit_id,
            reviewing_unit_id=row.reviewing_unit_id,
            proposing_unit_id=row.proposing_unit_id,
            reason=row.reason,
        )
    vias = {v for r in rules for v in (r.reviewing_via, r.proposing_via, r.deciding_via)}
    extra = [i for i in (row.deciding_unit_id, row.reviewing_unit_id, row.proposing_unit_id) if i] if row else []
    unit, tree = await load_tree(session, unit_id, vias, extra)
    return resolve(profile.code, rules, registrant_kind, unit, tree, override)


# --- overrides ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverrideChange:
    """What an administrator sets for a unit."""

    deciding_unit_id: int
    reviewing_unit_id: int | None
    proposing_unit_id: int | None
    reason: str


async def _managed_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """A unit the caller administers: 404 if it does not exist, 403 if it lies outside their subtrees.

    The unit tree is public (GET /units), so saying "outside your scope" leaks nothing.
    """
    caller.require(Permission.MANAGE_UNITS)
    unit = await repo.unit_by_id(session, unit_id)
    if unit is None:
        raise NotFound(messages.UNIT_ID_NOT_FOUND, code="unit_not_found", _unit_id=unit_id)
    if not caller.scope.covers(unit.path, Permission.MANAGE_UNITS):
        raise Forbidden(OUT_OF_SCOPE, code="unit_out_of_scope", _unit_id=unit_id)
    return unit


async def units_by_id(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, Unit]:
    """Units by id (for the read models of overrides)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {u.id: u for u in await repo.units_in(session, wanted)}


async def get_override(session: AsyncSession, caller: Caller, unit_id: int) -> AuthorityOverride:
    """The override of a unit the caller administers (404 when it has none)."""
    await _managed_unit(session, caller, unit_id)
    found = await repo.override_for(session, unit_id)
    if found is None:
        raise NotFound(OVERRIDE_NOT_FOUND, code="authority_override_not_found", _unit_id=unit_id)
    return found


async def list_overrides(
    session: AsyncSession, caller: Caller, page: PageParams
) -> tuple[list[AuthorityOverride], str | None]:
    """One page of the overrides of units in the caller's MANAGE_UNITS subtrees, by unit id."""
    caller.require(Permission.MANAGE_UNITS)
    filters = {"list": "authority_overrides"}
    after: int | None = None
    if page.cursor:
        position = decode_cursor(page.cursor, filters)
        if len(position) != 1 or not isinstance(position[0], int):
            raise InvalidCursor()
        after = position[0]
    found = await repo.overrides_page(session, caller.scope.paths(Permission.MANAGE_UNITS), after, page.limit + 1)
    items, more = found[: page.limit], len(found) > page.limit
    return items, encode_cursor([items[-1].unit_id], filters) if more else None


async def _check_named_units(session: AsyncSession, change: OverrideChange) -> None:
    """Every unit the override names exists and is active (422 otherwise)."""
    named = {
        "deciding_unit_id": change.deciding_unit_id,
        "reviewing_unit_id": change.reviewing_unit_id,
        "proposing_unit_id": change.proposing_unit_id,
    }
    found = await units_by_id(session, named.values())
    for name, unit_id in named.items():
        if unit_id is None:
            continue
        if unit_id not in found:
            raise Unprocessable(
                OVERRIDE_UNIT_NOT_FOUND, code="override_unit_not_found", field=name, _unit_id=unit_id, _field=name
            )
        if not found[unit_id].is_active:
            raise Unprocessable(
                OVERRIDE_UNIT_CLOSED, code="override_unit_closed", field=name, _unit_id=unit_id, _field=name
            )


async def put_override(
    session: AsyncSession, caller: Caller, unit_id: int, change: OverrideChange
) -> tuple[AuthorityOverride, bool]:
    """Set (create or replace) a unit's override; returns it and whether it was created."""
    await _managed_unit(session, caller, unit_id)
    await _check_named_units(session, change)
    override = await repo.override_for(session, unit_id)
    created = override is None
    if override is None:
        override = AuthorityOverride(unit_id=unit_id)
        session.add(override)
    override.deciding_unit_id = change.deciding_unit_id
    override.reviewing_unit_id = change.reviewing_unit_id
    override.proposing_unit_id = change.proposing_unit_id
    override.reason = change.reason
    override.created_by_id = caller.user.id
    override.created_at = datetime.now(UTC)
    try:
        await session.flush()
    except IntegrityError:
        raise Conflict(OVERRIDE_RACE, code="authority_override_conflict", _unit_id=unit_id) from None
    return override, created


async def delete_override(session: AsyncSession, caller: Caller, unit_id: int) -> None:
    """Remove a unit's override; the rules apply again."""
    override = await get_override(session, caller, unit_id)
    await session.delete(override)
    await session.flush()
