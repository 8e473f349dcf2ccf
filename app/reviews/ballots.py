"""The ballot: votes and recusals recorded all or nothing, and each candidate's live tally."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.core.errors import Conflict
from app.core.i18n import Text
from app.models import RegisteredModel, Review, ReviewMember, ReviewVote
from app.policy.principal import Caller
from app.reviews import outcome as rules
from app.reviews import repository
from app.reviews.guards import error_entry, guard_write, record, refuse, refuse_all, touch
from app.reviews.recusals import MANUAL_DEFAULT, auto_recusal
from app.reviews.schemas import BallotEntry, BallotUpdate, RecusalEntry

BALLOT_MEMBER = Text("Thành viên không thuộc cuộc họp này.", "The member is not part of this review.")
BALLOT_CANDIDATE = Text("Mô hình không có trong cuộc họp này.", "The candidate is not part of this review.")
BALLOT_DUPLICATE = Text("Một thành viên chỉ có một phiếu cho mỗi mô hình.", "A member has one ballot per candidate.")
MEMBER_RECUSED = Text(
    "Thành viên {name} không được biểu quyết mô hình này: {reason}",
    "{name} is recused for this candidate and cannot vote on it: {reason}",
)
MEMBER_ABSENT = Text("Thành viên {name} vắng mặt nên không biểu quyết.", "{name} is absent and cannot vote.")
RECUSAL_AUTOMATIC = Text(
    "Không thể bỏ việc không biểu quyết tự động của thành viên {name}.",
    "The automatic recusal of {name} cannot be lifted.",
)


Pair = tuple[uuid.UUID, uuid.UUID]  # (candidate id, member id)
Ballot = dict[Pair, tuple[str | None, bool, str]]  # pair -> (vote, recused, recusal reason)


def _entry_errors(
    name: str,
    entries: Sequence[BallotEntry | RecusalEntry],
    members: Mapping[uuid.UUID, object],
    models: Mapping[uuid.UUID, object],
) -> list[dict[str, Any]]:
    """Every problem of one list of entries: unknown member or candidate, one pair given twice."""
    errors: list[dict[str, Any]] = []
    seen: set[Pair] = set()
    for i, entry in enumerate(entries):
        if entry.member_id not in members:
            errors.append(error_entry("unknown_member", f"#/{name}/{i}/member_id", BALLOT_MEMBER))
        if entry.candidate_id not in models:
            errors.append(error_entry("unknown_candidate", f"#/{name}/{i}/candidate_id", BALLOT_CANDIDATE))
        pair = (entry.candidate_id, entry.member_id)
        if pair in seen:
            errors.append(error_entry("duplicate_ballot_entry", f"#/{name}/{i}", BALLOT_DUPLICATE))
        seen.add(pair)
    return errors


def _apply_recusals(
    state: Ballot,
    recusals: Sequence[RecusalEntry],
    members: Mapping[uuid.UUID, ReviewMember],
    models: Mapping[uuid.UUID, RegisteredModel],
) -> None:
    """Recusals by hand: set one (an automatic one stays as it is), lift one (409 if it is automatic)."""
    for i, r in enumerate(recusals):
        key = (r.candidate_id, r.member_id)
        member = members[r.member_id]
        automatic = auto_recusal(member, models[r.candidate_id])
        if r.recused:
            if automatic is None:
                state[key] = (None, True, r.reason or MANUAL_DEFAULT)
        elif automatic is not None:
            raise Conflict(
                RECUSAL_AUTOMATIC, code="recusal_automatic", _name=member.full_name, pointer=f"#/recusals/{i}"
            )
        elif key in state and state[key][1]:
            state[key] = (None, False, "")


def _apply_votes(state: Ballot, votes: Sequence[BallotEntry], members: Mapping[uuid.UUID, ReviewMember]) -> None:
    """Votes: none from a recused member (409; clearing is a no-op) or an absent one (422)."""
    for i, v in enumerate(votes):
        key = (v.candidate_id, v.member_id)
        member = members[v.member_id]
        current = state.get(key)
        if current is not None and current[1]:
            if v.vote is None:
                continue
            raise Conflict(
                MEMBER_RECUSED,
                code="member_recused",
                _name=member.full_name,
                _reason=current[2],
                member_id=str(member.id),
                candidate_id=str(v.candidate_id),
                pointer=f"#/votes/{i}",
            )
        if not member.present and v.vote is not None:
            raise refuse("member_absent", f"#/votes/{i}/member_id", MEMBER_ABSENT, name=member.full_name)
        state[key] = (v.vote, False, "")


async def _write(session: AsyncSession, review: Review, rows: Mapping[Pair, ReviewVote], state: Ballot) -> None:
    """Make the stored rows match the ballot: an empty pair has no row, a changed one is updated."""
    for key, (vote, recused, reason) in state.items():
        row = rows.get(key)
        if vote is None and not recused:
            if row is not None:
                await session.delete(row)
        elif row is None:
            session.add(
                ReviewVote(
                    review_id=review.id,
                    candidate_id=key[0],
                    member_id=key[1],
                    vote=vote,
                    recused=recused,
                    recusal_reason=reason,
                )
            )
        elif (row.vote, row.recused, row.recusal_reason) != (vote, recused, reason):
            row.vote, row.recused, row.recusal_reason = vote, recused, reason


async def record_ballot(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, data: BallotUpdate
) -> None:
    """Upsert votes and recusals, all or nothing: every entry is checked before anything is written."""
    guard_write(ctx, caller, review)
    loaded = await repository.load(session, review.id)
    members = {m.id: m for m in loaded.members}
    models = {c.id: m for c, m, _ in loaded.candidates}
    refuse_all(
        _entry_errors("recusals", data.recusals, members, models) + _entry_errors("votes", data.votes, members, models)
    )
    rows = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    state: Ballot = {key: (v.vote, v.recused, v.recusal_reason) for key, v in rows.items()}
    _apply_recusals(state, data.recusals, members, models)
    _apply_votes(state, data.votes, members)
    await _write(session, review, rows, state)
    touch(review)
    await session.flush()
    await record(
        session,
        ctx,
        caller,
        review,
        "review.updated",
        {"change": "ballot", "votes": len(data.votes), "recusals": len(data.recusals)},
    )


def tallies(loaded: repository.Loaded) -> dict[uuid.UUID, rules.Tally]:
    """Each candidate's live tally."""
    by_pair = {(v.candidate_id, v.member_id): v for v in loaded.votes}
    out: dict[uuid.UUID, rules.Tally] = {}
    for candidate, _, _ in loaded.candidates:
        ballots: list[str | None] = []
        recused = 0
        for member in loaded.members:
            row = by_pair.get((candidate.id, member.id))
            if row is not None and row.recused:
                recused += 1
            elif member.present:
                ballots.append(row.vote if row is not None else None)
        out[candidate.id] = rules.count(ballots, recused=recused)
    return out
