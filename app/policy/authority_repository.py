"""The authority policy's queries: rule profiles, the facts of units around one unit, overrides.

The unit tree is public (GET /units) and profiles are configuration, so these reads need no caller scope;
the overrides list is filtered to the caller's MANAGE_UNITS subtrees by the service's paths.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Integer, Select, bindparam, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.models import AuthorityOverride, AuthorityProfile, AuthorityRule, Unit, UnitKind
from app.policy.authority_tree import MASS_MOBILISATION_BOARD, MAX_HOPS, PROVINCE_LEVEL
from app.policy.scope import InSubtree, path_in, subtree_bounds

_FactsSelect = Select[*tuple[Any, ...]]
FactsRow = driver.Row


async def default_profile(session: AsyncSession) -> AuthorityProfile | None:
    """The profile marked as default (the first by code when several are)."""
    query = select(AuthorityProfile).where(AuthorityProfile.is_default.is_(True)).order_by(AuthorityProfile.code)
    return (await session.scalars(query.limit(1))).first()


async def profile_by_code(session: AsyncSession, code: str) -> AuthorityProfile | None:
    """The profile with this code."""
    return await session.get(AuthorityProfile, code)


async def rule_rows(session: AsyncSession, profile_code: str) -> list[AuthorityRule]:
    """A profile's rule rows in the order they are tried."""
    query = (
        select(AuthorityRule)
        .where(AuthorityRule.profile_code == profile_code)
        .order_by(AuthorityRule.precedence, AuthorityRule.case_number, AuthorityRule.id)
    )
    return list((await session.scalars(query)).all())


async def all_profiles(session: AsyncSession) -> list[AuthorityProfile]:
    """Every profile, the default first, then by code."""
    query = select(AuthorityProfile).order_by(AuthorityProfile.is_default.desc(), AuthorityProfile.code)
    return list((await session.scalars(query)).all())


async def all_rules(session: AsyncSession) -> list[AuthorityRule]:
    """Every rule of every profile, by profile then in the order they are tried."""
    query = select(AuthorityRule).order_by(AuthorityRule.profile_code, AuthorityRule.precedence, AuthorityRule.id)
    return list((await session.scalars(query)).all())


def _facts_query() -> _FactsSelect:
    return select(
        Unit.id,
        Unit.code,
        Unit.name,
        Unit.kind_code,
        Unit.level_code,
        UnitKind.is_party_organisation,
        Unit.parent_id,
        Unit.party_org_id,
        Unit.is_active,
        Unit.path,
    ).join(UnitKind, UnitKind.code == Unit.kind_code)


# Every registration and every refresh of a model's authority answer loads the tree around its unit: these
# statements are built once (their lists and bounds are parameters) and run on the driver (core/driver.py).
_UNIT_FACTS = _facts_query().where(Unit.id == bindparam("unit_id"))
_FACTS_OF = _facts_query().where(Unit.id.in_(bindparam("ids", expanding=True)))
_BOARDS_LED_BY = _facts_query().where(
    Unit.kind_code == MASS_MOBILISATION_BOARD, Unit.party_org_id.in_(bindparam("committees", expanding=True))
)
_PROVINCE_COUNTERPART = (
    _facts_query()
    .where(
        Unit.kind_code == bindparam("kind_code"),
        Unit.level_code == PROVINCE_LEVEL,
        InSubtree(Unit.path, bindparam("low"), bindparam("high")),
    )
    .order_by(Unit.is_active.desc(), Unit.id)
    .limit(1)
)


def _party_chain_query() -> _FactsSelect:
    """The seed units and the party chains above them, in one recursive query bounded by MAX_HOPS."""
    chain = (
        select(Unit.id.label("id"), Unit.party_org_id.label("next_id"), literal_column("0", Integer).label("hop"))
        .where(Unit.id.in_(bindparam("seeds", expanding=True)))
        .cte("party_chain", recursive=True)
    )
    chain = chain.union_all(
        select(Unit.id, Unit.party_org_id, chain.c.hop + 1)
        .join(chain, Unit.id == chain.c.next_id)
        .where(chain.c.hop < MAX_HOPS)
    )
    return _facts_query().where(Unit.id.in_(select(chain.c.id)))


_PARTY_CHAIN = _party_chain_query()


async def unit_facts(session: AsyncSession, unit_id: int) -> FactsRow | None:
    """One unit's facts row (with its path)."""
    return await driver.fetch_one(session, _UNIT_FACTS, {"unit_id": unit_id})


async def party_chain_facts(session: AsyncSession, seeds: Sequence[int]) -> list[FactsRow]:
    """The seed units and the party chains above them, in one recursive query bounded by MAX_HOPS."""
    return await driver.fetch(session, _PARTY_CHAIN, {"seeds": list(seeds)})


async def boards_led_by(session: AsyncSession, committee_ids: Sequence[int]) -> list[FactsRow]:
    """The mass-mobilisation boards led by these committees."""
    return await driver.fetch(session, _BOARDS_LED_BY, {"committees": list(committee_ids)})


async def province_counterpart(session: AsyncSession, kind_code: str, root_path: str) -> FactsRow | None:
    """The province-level unit of this kind under a province root (active first, then by id)."""
    low, high = subtree_bounds(root_path)
    return await driver.fetch_one(session, _PROVINCE_COUNTERPART, {"kind_code": kind_code, "low": low, "high": high})


async def facts_of(session: AsyncSession, ids: Sequence[int]) -> list[FactsRow]:
    """The facts rows of these units."""
    return await driver.fetch(session, _FACTS_OF, {"ids": list(ids)})


async def override_for(session: AsyncSession, unit_id: int) -> AuthorityOverride | None:
    """A unit's override, if it has one."""
    return (await session.scalars(select(AuthorityOverride).where(AuthorityOverride.unit_id == unit_id))).first()


async def unit_by_id(session: AsyncSession, unit_id: int) -> Unit | None:
    """A unit by id."""
    return await session.get(Unit, unit_id)


async def units_in(session: AsyncSession, ids: set[int]) -> list[Unit]:
    """The units with these ids."""
    return list((await session.scalars(select(Unit).where(Unit.id.in_(ids)))).all())


async def overrides_page(
    session: AsyncSession, paths: Iterable[str], after_unit_id: int | None, limit: int
) -> list[AuthorityOverride]:
    """Up to `limit` overrides of units under these paths, by unit id, after a unit id."""
    query = select(AuthorityOverride).join(Unit, Unit.id == AuthorityOverride.unit_id).where(path_in(Unit.path, paths))
    if after_unit_id is not None:
        query = query.where(AuthorityOverride.unit_id > after_unit_id)
    return list((await session.scalars(query.order_by(AuthorityOverride.unit_id).limit(limit))).all())
