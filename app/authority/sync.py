"""Keep the authority answer stored on models true when its inputs change.

A model stores the policy's case and reviewing, proposing and deciding units so lists can filter on
them. They are recomputed here whenever an input changes: a unit override, a campaign's rule profile, a
unit's place in the tree or its party organisation. Models already decided keep the answer they were decided under.

It sits above the packages whose changes it follows: units and the authority routes call it; campaigns,
which the workflow builds on, hear of it through `on_profile_change` (create_app registers
`refresh_campaign` there), so they import nothing that reaches the workflow.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.authority.repository import models_with_profile
from app.core.errors import AppError
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


async def refresh_campaign(session: AsyncSession, campaign_id: uuid.UUID) -> None:
    """A campaign's rule profile changed: its undecided models now answer to the new profile."""
    await refresh_authority(session, campaign_id=campaign_id)
