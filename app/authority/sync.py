"""Keep the authority answer stored on models true when its inputs change.

A model stores the policy's case and reviewing, proposing and deciding units so lists can filter on
them. They are recomputed here whenever an input changes: a unit override, a campaign's rule profile, a
unit's place in the tree or its party organisation. Models already decided keep the answer they were decided under.

Models stored before the reviewing and proposing units were (migration 0013) are completed once by
`backfill_roles`, which `dvk migrate` and `dvk prestart` run after the migrations.

It sits above the packages whose changes it follows: units and the authority routes call it; campaigns,
which the workflow builds on, hear of it through `on_profile_change` (create_app registers
`refresh_campaign` there), so they import nothing that reaches the workflow.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.authority.repository import models_with_profile, models_without_roles
from app.core.errors import AppError
from app.models import RegisteredModel
from app.policy.authority import NO_ANSWER, StoredAnswer, store_answer, stored_answer
from app.policy.authority_service import authority_for_unit
from app.workflow.states import DECIDED_STATES, State

_OPEN = [s.value for s in State if s not in DECIDED_STATES and s is not State.WITHDRAWN]


async def refresh_authority(
    session: AsyncSession,
    *,
    unit_path: str | None = None,
    unit_ids: Sequence[int] | None = None,
    campaign_id: uuid.UUID | None = None,
) -> int:
    """Recompute the stored answer of undecided models in a subtree / of some units / of a campaign."""
    if unit_ids is not None and not unit_ids:
        return 0
    rows = await models_with_profile(session, _OPEN, unit_path=unit_path, unit_ids=unit_ids, campaign_id=campaign_id)
    answers: dict[tuple[str, str, int], StoredAnswer] = {}
    changed = 0
    for model, profile in rows:
        key = (profile, model.registrant_kind, model.registrant_unit_id)
        if key not in answers:
            try:
                answer = await authority_for_unit(session, *key)
                answers[key] = stored_answer(answer)
            except AppError:
                answers[key] = NO_ANSWER
        if store_answer(model, answers[key]):
            changed += 1
    await session.flush()
    return changed


async def backfill_roles(session: AsyncSession) -> int:
    """Give models stored before migration 0013 their reviewing and proposing units; the number completed.

    An undecided model takes the whole current answer (as the next refresh would give it). A decided one keeps
    the case and deciding unit it was decided under, and takes the current reviewing and proposing units only
    when the current answer still names that case and deciding unit (otherwise the tree or the rules changed
    since, and the units of that time are not known: they stay empty)."""
    answers: dict[tuple[str, str, int], StoredAnswer] = {}
    completed = 0
    for model, profile in await models_without_roles(session):
        key = (profile, model.registrant_kind, model.registrant_unit_id)
        if key not in answers:
            try:
                answers[key] = stored_answer(await authority_for_unit(session, *key))
            except AppError:
                answers[key] = NO_ANSWER
        if _complete(model, answers[key]):
            completed += 1
    await session.flush()
    return completed


def _complete(model: RegisteredModel, answer: StoredAnswer) -> bool:
    case, reviewing, proposing, deciding = answer
    if model.state not in _OPEN:
        if (model.authority_case, model.deciding_unit_id) != (case, deciding) or (reviewing, proposing) == (None, None):
            return False
        model.reviewing_unit_id, model.proposing_unit_id = reviewing, proposing
        return True
    return store_answer(model, answer) and (reviewing, proposing) != (None, None)


async def refresh_campaign(session: AsyncSession, campaign_id: uuid.UUID) -> None:
    """A campaign's rule profile changed: its undecided models now answer to the new profile."""
    await refresh_authority(session, campaign_id=campaign_id)
