"""Queries on review meetings, always through the caller's visibility (app.policy.visibility.review_rule:
held in the caller's read scope, or with a candidate model the caller sees)."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.errors import NotFound
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.models import Evidence, RegisteredModel, Review, ReviewCandidate, ReviewMember, ReviewVote, Unit, User
from app.policy import visibility
from app.policy.principal import Caller
from app.policy.scope import in_subtree
from app.policy.visibility import scoped, visible_linked_models

REVIEW_NOT_FOUND = Text("Không tìm thấy cuộc họp bình xét.", "Review meeting not found.")


# The rule itself lives in app.policy.visibility; this name is kept for the modules that filter by it.
visible_to = visibility.review_rule


async def find_visible(session: AsyncSession, caller: Caller, review_id: uuid.UUID) -> Review | None:
    """One review the caller may see, or None (for callers that answer their own error)."""
    query = select(Review).where(Review.id == review_id, visible_to(caller))
    return (await session.execute(query)).scalar_one_or_none()


async def candidates_of(session: AsyncSession, review_id: uuid.UUID) -> list[ReviewCandidate]:
    """A review's candidate rows."""
    return list((await session.scalars(select(ReviewCandidate).where(ReviewCandidate.review_id == review_id))).all())


async def existing_unit_ids(session: AsyncSession, unit_ids: set[int]) -> set[int]:
    """Which of these unit ids exist."""
    return set(await session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids))))


async def existing_user_ids(session: AsyncSession, user_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these user ids exist."""
    return set(await session.scalars(select(User.id).where(User.id.in_(user_ids))))


async def get_visible(
    session: AsyncSession, caller: Caller, review_id: uuid.UUID, *, for_update: bool = False
) -> Review:
    """One review the caller may see, or 404 (whether it exists elsewhere or not)."""
    query = scoped(caller, Review).where(Review.id == review_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    review = (await session.execute(query)).scalar_one_or_none()
    if review is None:
        raise NotFound(REVIEW_NOT_FOUND)
    return review


async def lock(session: AsyncSession, review: Review) -> Review:
    """The review (already found visible) re-read and locked, so concurrent writes go one after another."""
    query = select(Review).where(Review.id == review.id).with_for_update().execution_options(populate_existing=True)
    return (await session.execute(query)).scalar_one()


async def visible_model_ids(session: AsyncSession, caller: Caller, review_id: uuid.UUID) -> set[uuid.UUID]:
    """The candidate models of a review that the caller sees."""
    query = visible_linked_models(caller, ReviewCandidate.model_id, ReviewCandidate.review_id == review_id)
    return set(await session.scalars(query))


@dataclass
class Loaded:
    """Everything a review is made of, in order."""

    members: list[ReviewMember]
    candidates: list[tuple[ReviewCandidate, RegisteredModel, str]]  # candidate, model, registrant unit name
    votes: list[ReviewVote]


async def load(session: AsyncSession, review_id: uuid.UUID) -> Loaded:
    """Members, candidates (with their models) and votes of a review."""
    members = list(
        await session.scalars(
            select(ReviewMember)
            .where(ReviewMember.review_id == review_id)
            .order_by(ReviewMember.position, ReviewMember.id)
        )
    )
    rows = await session.execute(
        select(ReviewCandidate, RegisteredModel, Unit.name)
        .join(RegisteredModel, RegisteredModel.id == ReviewCandidate.model_id)
        .join(Unit, Unit.id == RegisteredModel.registrant_unit_id)
        .where(ReviewCandidate.review_id == review_id)
        .order_by(ReviewCandidate.position, ReviewCandidate.id)
    )
    candidates = [(c, m, n) for c, m, n in rows]
    votes = list(await session.scalars(select(ReviewVote).where(ReviewVote.review_id == review_id)))
    return Loaded(members, candidates, votes)


async def minutes_rows(session: AsyncSession, review_id: uuid.UUID) -> list[Evidence]:
    """The minutes copies of a review (one per candidate model), oldest first."""
    return list(
        await session.scalars(
            select(Evidence)
            .where(Evidence.review_id == review_id, Evidence.kind == "review_minutes")
            .order_by(Evidence.uploaded_at, Evidence.id)
        )
    )


@dataclass(frozen=True)
class ReviewFilters:
    """What a review list can be filtered on."""

    campaign_id: uuid.UUID | None = None
    year: int | None = None
    purpose: str | None = None
    status: str | None = None
    holding_unit_id: int | None = None
    unit_path: str | None = None  # holding unit's subtree
    model_id: uuid.UUID | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """SQL conditions for the filters that are set."""
        c: list[ColumnElement[bool]] = []
        if self.campaign_id:
            c.append(Review.campaign_id == self.campaign_id)
        if self.year is not None:
            c.append(Review.year == self.year)
        if self.purpose:
            c.append(Review.purpose == self.purpose)
        if self.status:
            c.append(Review.status == self.status)
        if self.holding_unit_id is not None:
            c.append(Review.holding_unit_id == self.holding_unit_id)
        if self.unit_path:
            c.append(in_subtree(Review.holding_unit_path, self.unit_path))
        if self.model_id:
            c.append(
                exists(
                    select(ReviewCandidate.id).where(
                        ReviewCandidate.review_id == Review.id, ReviewCandidate.model_id == self.model_id
                    )
                )
            )
        return c


async def list_reviews(
    session: AsyncSession, caller: Caller, filters: ReviewFilters, page: PageParams
) -> tuple[list[tuple[Review, Unit]], str | None]:
    """One page of visible reviews, newest meeting first (held_on desc, id desc); and the next cursor."""
    bound = {**asdict(filters)}
    query = (
        scoped(caller, Review).add_columns(Unit).join(Unit, Unit.id == Review.holding_unit_id).where(*filters.clauses())
    )
    if page.cursor:
        position = decode_cursor(page.cursor, bound)
        try:
            held_on, last_id = date.fromisoformat(position[0]), uuid.UUID(position[1])
        except (ValueError, TypeError, IndexError) as exc:
            raise InvalidCursor() from exc
        query = query.where(or_(Review.held_on < held_on, and_(Review.held_on == held_on, Review.id < last_id)))
    rows = [
        (r, u)
        for r, u in await session.execute(query.order_by(Review.held_on.desc(), Review.id.desc()).limit(page.limit + 1))
    ]
    next_cursor = None
    if len(rows) > page.limit:
        rows = rows[: page.limit]
        last = rows[-1][0]
        next_cursor = encode_cursor([last.held_on.isoformat(), str(last.id)], bound)
    return rows, next_cursor


# --- the agenda and the members ---------------------------------------------------------------------------


async def visible_model(session: AsyncSession, caller: Caller, model_id: uuid.UUID) -> RegisteredModel | None:
    """A model the caller sees (a candidate to be), or None."""
    return (
        await session.execute(scoped(caller, RegisteredModel).where(RegisteredModel.id == model_id))
    ).scalar_one_or_none()


async def candidate_by_id(session: AsyncSession, candidate_id: uuid.UUID) -> ReviewCandidate | None:
    """A candidate row by id (the caller checks it belongs to the visible review)."""
    return await session.get(ReviewCandidate, candidate_id)


async def member_by_id(session: AsyncSession, member_id: uuid.UUID) -> ReviewMember | None:
    """A member row by id (the caller checks it belongs to the visible review)."""
    return await session.get(ReviewMember, member_id)


async def minutes_copies(session: AsyncSession, review_id: uuid.UUID, model_id: uuid.UUID) -> list[Evidence]:
    """The review's files filed in one model's dossier (its copy of the minutes)."""
    return list(
        await session.scalars(select(Evidence).where(Evidence.review_id == review_id, Evidence.model_id == model_id))
    )


async def delete_candidate_votes(session: AsyncSession, candidate_id: uuid.UUID) -> None:
    """Delete every ballot on one candidate."""
    await session.execute(delete(ReviewVote).where(ReviewVote.candidate_id == candidate_id))


async def delete_member_votes(session: AsyncSession, member_id: uuid.UUID, *, cast_only: bool = False) -> None:
    """Delete a member's ballots (only those they cast, not their recusals, when `cast_only`)."""
    query = delete(ReviewVote).where(ReviewVote.member_id == member_id)
    if cast_only:
        query = query.where(ReviewVote.recused.is_(False))
    await session.execute(query)
