"""Automatic recusal: who must stand aside for which candidate.

A member of the registrant unit of a candidate, the user who registered it, or (for an individual registrant)
a member with the registrant's name stands aside for that candidate and cannot vote on it; such a recusal
cannot be lifted. Members can also be recused by hand (and that can be lifted).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.search import fold
from app.models import RegisteredModel, Review, ReviewMember, ReviewVote
from app.reviews import repository

AUTO_UNIT = "Thành viên thuộc đơn vị đăng ký mô hình nên tự động không biểu quyết."
AUTO_USER = "Thành viên là người đăng ký mô hình nên tự động không biểu quyết."
AUTO_NAME = "Thành viên là cá nhân đăng ký mô hình nên tự động không biểu quyết."
AUTO_REASONS = frozenset({AUTO_UNIT, AUTO_USER, AUTO_NAME})
MANUAL_DEFAULT = "Thành viên xin không biểu quyết."


def auto_recusal(member: ReviewMember, model: RegisteredModel) -> str | None:
    """Why a member must stand aside for a model, or None."""
    if member.unit_id is not None and member.unit_id == model.registrant_unit_id:
        return AUTO_UNIT
    if member.user_id is not None and member.user_id == model.created_by_id:
        return AUTO_USER
    if (
        model.registrant_kind == "individual"
        and model.individual_name
        and fold(member.full_name) == fold(model.individual_name)
    ):
        return AUTO_NAME
    return None


async def sync_recusals(session: AsyncSession, review: Review) -> None:
    """Make the automatic recusals match the members and candidates as they are now.

    A pair that must stand aside gets a recused row (any vote is dropped); a pair that no longer must
    (a member's unit changed) loses its automatic recusal. Recusals made by hand are left alone.
    """
    await session.flush()
    loaded = await repository.load(session, review.id)
    rows = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    for candidate, model, _ in loaded.candidates:
        for member in loaded.members:
            reason = auto_recusal(member, model)
            row = rows.get((candidate.id, member.id))
            if reason is not None:
                if row is None:
                    session.add(
                        ReviewVote(
                            review_id=review.id,
                            candidate_id=candidate.id,
                            member_id=member.id,
                            vote=None,
                            recused=True,
                            recusal_reason=reason,
                        )
                    )
                elif not row.recused or row.recusal_reason != reason:
                    row.vote, row.recused, row.recusal_reason = None, True, reason
            elif row is not None and row.recused and row.recusal_reason in AUTO_REASONS:
                await session.delete(row)
    await session.flush()
