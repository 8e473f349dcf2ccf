"""Who an event concerns: the people each kind of notification goes to (README, "Notifications", says the same).

- **The registrant unit's people** (a model returned, accepted, surveyed, recognised or not): the person who
  registered the model, the people whose home unit the registrant unit is, and those who hold the registrant role
  for it (at the unit itself, or else at the nearest unit above it where someone does: a commune's registrant
  registers for its villages) — each only while they may read the model (a role at the unit or above it).
- **Whose turn it is** (a model now waiting on a role at a unit, `waiting_on` of workflow/states.py): the holders
  of that role at that unit — the registrant unit (nearest holders, as above), the campaign's owning unit that
  receives registrations, or the deciding unit the authority policy named.
- **A review's members**: the members of the review who have an account.
- **The people of a unit a decision concerns** (the registrant units of the models it covers): whose home unit it
  is or who hold a role at it, while they may read it (a role at the unit or above it).

The person whose act wrote the event is never told of it; a deactivated person is told nothing (service.notify).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy.ext.asyncio import AsyncSession

from app.notifications import fanout_repository as repository
from app.notifications.fanout_repository import ModelFacts
from app.policy.permissions import Permission, Role, grants
from app.policy.visibility import ancestor_paths

READ_ROLES = tuple(role.value for role in Role if grants(role.value, Permission.READ))


async def readers(session: AsyncSession, people: Collection[uuid.UUID], unit_path: str) -> set[uuid.UUID]:
    """Those of `people` who may read what belongs to the unit at `unit_path` (a reading role at it or above)."""
    return await repository.readers_among(session, people, READ_ROLES, ancestor_paths([unit_path]))


async def nearest_holders(session: AsyncSession, role: str, unit_path: str) -> set[uuid.UUID]:
    """The holders of the role at the unit at `unit_path`, or else at the nearest unit above it where someone
    holds it."""
    depths = {unit_id: depth for unit_id, depth in await repository.units_on_path(session, ancestor_paths([unit_path]))}
    holders = await repository.role_holders(session, role, depths)
    if not holders:
        return set()
    deepest = max(depths[unit_id] for _, unit_id in holders)
    return {person for person, unit_id in holders if depths[unit_id] == deepest}


async def holders(session: AsyncSession, role: str, unit_id: int) -> set[uuid.UUID]:
    """The holders of the role at the unit."""
    return {person for person, _ in await repository.role_holders(session, role, [unit_id])}


async def registrant_people(session: AsyncSession, model: ModelFacts) -> set[uuid.UUID]:
    """The registrant unit's people for a model (see above)."""
    people = {model.created_by_id}
    people |= await repository.home_members(session, model.unit_id)
    people |= await nearest_holders(session, Role.REGISTRANT.value, model.unit_path)
    return await readers(session, people, model.unit_path)


async def waited_on(
    session: AsyncSession, model: ModelFacts, role: Role, unit: str
) -> tuple[set[uuid.UUID], int | None, str | None]:
    """The people a model in a state waits on (the role at the registrant, receiving or deciding unit), with that
    unit's id and name (none when the unit is not known yet: no deciding unit named)."""
    if unit == "registrant_unit":
        return await nearest_holders(session, role.value, model.unit_path), model.unit_id, model.unit_name
    if unit == "receiving_unit":
        return (
            await holders(session, role.value, model.receiving_unit_id),
            model.receiving_unit_id,
            model.receiving_unit_name,
        )
    if model.deciding_unit_id is None:
        return set(), None, None
    return await holders(session, role.value, model.deciding_unit_id), model.deciding_unit_id, model.deciding_unit_name


async def unit_people(session: AsyncSession, unit_id: int, unit_path: str) -> set[uuid.UUID]:
    """The people of a unit (home unit or a role at it) who may read what belongs to it."""
    return await readers(session, await repository.unit_people(session, unit_id), unit_path)
