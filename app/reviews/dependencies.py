"""Load-or-404 dependencies for a review named in the path."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.auth.dependencies import CurrentCaller
from app.core.db import SessionDep
from app.models import Review
from app.reviews import repository


async def visible_review(review_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> Review:
    """The review in the path, if the caller may see it; 404 otherwise (whether it exists elsewhere or not)."""
    return await repository.get_visible(session, caller, review_id)


async def locked_review(review_id: uuid.UUID, caller: CurrentCaller, session: SessionDep) -> Review:
    """visible_review(), locked for the write that follows (concurrent writes go one after another)."""
    return await repository.get_visible(session, caller, review_id, for_update=True)


VisibleReview = Annotated[Review, Depends(visible_review)]
LockedReview = Annotated[Review, Depends(locked_review)]


def member_id(member_id: uuid.UUID) -> uuid.UUID:
    """The member id in the path (a dependency, so the contract lists it after the review's id, as before)."""
    return member_id


def candidate_id(candidate_id: uuid.UUID) -> uuid.UUID:
    """The candidate id in the path (a dependency, so the contract lists it after the review's id, as before)."""
    return candidate_id


MemberId = Annotated[uuid.UUID, Depends(member_id)]
CandidateId = Annotated[uuid.UUID, Depends(candidate_id)]
