"""The model read's one statement: a model's columns with everything its read shows from other rows, seen
through the caller's visibility (app.policy.visibility's model rule, as parameters)."""

from __future__ import annotations

import uuid
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import driver
from app.models import Campaign, FollowUp, RegisteredModel, Unit
from app.policy import visibility
from app.policy.principal import Caller
from app.workflow.states import LIVE_STATES, state_codes


def _read_query() -> Select[Any]:
    """A model's columns with everything its read shows from other rows, in one statement: the registrant
    unit, the replicated model, the replication count, the boards' follow-ups (their number, the latest
    visit), and the units `waiting_on` may name (the deciding unit; the campaign's owning unit, which receives
    registrations). Core, not ORM: plain rows."""
    m = RegisteredModel.__table__
    ru, du, ou = (Unit.__table__.alias(name) for name in ("registrant_unit", "deciding_unit", "receiving_unit"))
    replicated, replication = RegisteredModel.__table__.alias("replicated"), RegisteredModel.__table__.alias("rep")
    campaigns = Campaign.__table__
    replication_count = (
        select(func.count())
        .select_from(replication)
        .where(replication.c.replicates_id == m.c.id, replication.c.state.in_(state_codes(LIVE_STATES)))
        .scalar_subquery()
    )
    follow_ups = FollowUp.__table__
    follow_up_count = select(func.count()).select_from(follow_ups).where(follow_ups.c.model_id == m.c.id)
    last_follow_up = select(func.max(follow_ups.c.visited_on)).where(follow_ups.c.model_id == m.c.id)
    return select(
        m,
        ru.c.code.label("ru_code"),
        ru.c.name.label("ru_name"),
        replicated.c.code.label("replicated_code"),
        replicated.c.name.label("replicated_name"),
        replication_count.label("replication_count"),
        follow_up_count.scalar_subquery().label("follow_up_count"),
        last_follow_up.scalar_subquery().label("last_follow_up_on"),
        du.c.code.label("du_code"),
        du.c.name.label("du_name"),
        ou.c.id.label("ou_id"),
        ou.c.code.label("ou_code"),
        ou.c.name.label("ou_name"),
    ).select_from(
        m.join(ru, ru.c.id == m.c.registrant_unit_id)
        .outerjoin(replicated, replicated.c.id == m.c.replicates_id)
        .outerjoin(du, du.c.id == m.c.deciding_unit_id)
        .join(campaigns, campaigns.c.id == m.c.campaign_id)
        .outerjoin(ou, ou.c.id == campaigns.c.owning_unit_id)
    )


_READ_QUERY = _read_query()


@lru_cache(maxsize=64)
def _visible_read_query(paths: int, deciding: bool) -> Select[Any]:
    """_READ_QUERY for one model through a scope of this shape, with the scope as parameters: built once per
    shape, so SQLAlchemy finds its compiled form without walking the statement again."""
    m = RegisteredModel.__table__.c
    return _READ_QUERY.where(m.id == bindparam("model_id"), visibility.model_rule_template(paths, deciding, m))


async def visible_read_row(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> driver.Row | None:
    """The read row of one model the caller sees (None when they do not); on the driver (core/driver.py)."""
    shape, params = visibility.model_rule_params(caller)
    return await driver.fetch_one(session, _visible_read_query(*shape), {"model_id": model_id, **params})


_READ_BY_ID = _READ_QUERY.where(RegisteredModel.__table__.c.id == bindparam("model_id"))


async def read_row(session: AsyncSession, model_id: uuid.UUID) -> driver.Row:
    """The read row of a model just written in this transaction (already visible to its writer)."""
    rows = await driver.fetch(session, _READ_BY_ID, {"model_id": model_id})
    return rows[0]
