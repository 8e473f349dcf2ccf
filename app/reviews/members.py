"""A review's members: added, changed and removed while the review is open; recusals follow."""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.core.errors import NotFound, Unprocessable
from app.core.i18n import Text
from app.models import Review, ReviewMember
from app.policy.principal import Caller
from app.reviews import repository
from app.reviews.guards import check_members, guard_write, record, refuse, touch
from app.reviews.recusals import sync_recusals
from app.reviews.schemas import (
    MemberCreate,
    MemberUpdate,
)

MAX_MEMBERS = 100
MEMBER_NOT_FOUND = Text("Không tìm thấy thành viên này trong cuộc họp.", "No such member in this review.")
LAST_MEMBER = Text("Cuộc họp phải có ít nhất một thành viên.", "A review needs at least one member.")
TOO_MANY_MEMBERS = Text("Cuộc họp có tối đa {max} thành viên.", "A review has at most {max} members.")


async def _member(session: AsyncSession, review: Review, member_id: uuid.UUID) -> ReviewMember:
    member = await repository.member_by_id(session, member_id)
    if member is None or member.review_id != review.id:
        raise NotFound(MEMBER_NOT_FOUND, code="member_not_found")
    return member


async def add_member(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, data: MemberCreate
) -> ReviewMember:
    """Add a member; their automatic recusals follow."""
    guard_write(ctx, caller, review)
    await check_members(session, [("#", data.unit_id, data.user_id)])
    loaded = await repository.load(session, review.id)
    if len(loaded.members) >= MAX_MEMBERS:
        raise refuse("too_many_members", "#", TOO_MANY_MEMBERS, max=MAX_MEMBERS)
    position = max((m.position for m in loaded.members), default=-1) + 1
    member = ReviewMember(review_id=review.id, position=position, **data.model_dump())
    session.add(member)
    await sync_recusals(session, review)
    touch(review)
    await session.flush()
    await record(
        session, ctx, caller, review, "review.updated", {"change": "member_added", "member_id": str(member.id)}
    )
    return member


async def update_member(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, member_id: uuid.UUID, data: MemberUpdate
) -> ReviewMember:
    """Change a member (If-Match required); an absent member's votes are cleared, recusals follow."""
    guard_write(ctx, caller, review)
    member = await _member(session, review, member_id)
    changes = data.model_dump(exclude_unset=True)
    for key in ("full_name", "present"):
        if key in changes and changes[key] is None:
            changes.pop(key)
    for key in ("title", "absence_reason"):
        if key in changes and changes[key] is None:
            changes[key] = ""
    await check_members(session, [("#", changes.get("unit_id"), changes.get("user_id"))])
    for key, value in changes.items():
        setattr(member, key, value)
    if changes.get("present") is False:
        await repository.delete_member_votes(session, member.id, cast_only=True)
    await sync_recusals(session, review)
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "member_updated", "member_id": str(member.id), "fields": sorted(changes)},
    )
    return member


async def remove_member(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, member_id: uuid.UUID
) -> None:
    """Remove a member and their ballots (at least one member stays)."""
    guard_write(ctx, caller, review)
    member = await _member(session, review, member_id)
    loaded = await repository.load(session, review.id)
    if len(loaded.members) <= 1:
        raise Unprocessable(LAST_MEMBER, code="last_member")
    await repository.delete_member_votes(session, member.id)
    await session.delete(member)
    touch(review)
    await session.flush()
    await record(
        session, ctx, caller, review, "review.updated", {"change": "member_removed", "member_id": str(member_id)}
    )
