"""What a decision rests on: the closed review and its outcome for each model, the issue date (not in the
future; for model (non-)recognition, inside the cycle's recognition period unless an administrator
overrides it), and a number the issuing unit has not used that year."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns.schedule import local_today
from app.decisions import messages as msg
from app.decisions import repository
from app.decisions.checks import err
from app.decisions.errors import (
    ContradictsReview,
    IssuedInFuture,
    NotACandidate,
    OutsideRecognitionPeriod,
    OverrideNotPermitted,
    ReviewNotClosed,
    ReviewPurposeMismatch,
    UnknownReview,
)
from app.decisions.rules import PERIOD_KINDS, REVIEW_OUTCOME, REVIEW_PURPOSE
from app.decisions.schemas import DecisionCreate
from app.models import Campaign, CampaignCycle, RegisteredModel, Review, Unit
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.reviews import repository as reviews_repository
from app.reviews.repository import REVIEW_NOT_FOUND


@dataclass
class Calendars:
    """What the checks load once: the models' campaigns and cycles by id."""

    campaigns: dict[uuid.UUID, Campaign]
    cycles: dict[uuid.UUID, CampaignCycle]


async def calendars(session: AsyncSession, models: list[RegisteredModel]) -> Calendars:
    """The campaigns and cycles of the models, in two queries."""
    campaign_ids = {m.campaign_id for m in models}
    cycle_ids = {m.cycle_id for m in models}
    campaigns = {c.id: c for c in await repository.campaigns_in(session, campaign_ids)}
    cycles = {c.id: c for c in await repository.cycles_in(session, cycle_ids)}
    return Calendars(campaigns, cycles)


async def check_review(
    session: AsyncSession, caller: Caller, body: DecisionCreate, models: list[RegisteredModel]
) -> Review | None:
    """The closed review the decision rests on, of the right purpose, with every model a candidate whose
    outcome the decision follows (a commendation needs only a closed review, if it names one)."""
    if body.review_id is None:
        return None
    review = await reviews_repository.find_visible(session, caller, body.review_id)
    if review is None:
        raise UnknownReview(errors=[err("unknown_review", "#/review_id", REVIEW_NOT_FOUND)])
    if review.status != "closed":
        raise ReviewNotClosed(review_id=str(review.id))
    if body.kind == "commendation":
        return review
    needed = REVIEW_PURPOSE[body.kind]
    if review.purpose != needed:
        raise ReviewPurposeMismatch(_purpose=review.purpose, _needed=needed, purpose=review.purpose, needed=needed)
    await _check_outcomes(session, body.kind, review, models)
    return review


async def _check_outcomes(session: AsyncSession, kind: str, review: Review, models: list[RegisteredModel]) -> None:
    candidates = {c.model_id: c for c in await reviews_repository.candidates_of(session, review.id)}
    missing = [
        err("not_a_candidate", f"#/models/{i}/model_id", msg.NOT_A_CANDIDATE, model_code=m.code)
        | {"model_id": str(m.id)}
        for i, m in enumerate(models)
        if m.id not in candidates
    ]
    if missing:
        raise NotACandidate(_count=len(missing), errors=missing)
    wanted = REVIEW_OUTCOME[kind]
    contradicting = [
        err(
            "contradicts_review",
            f"#/models/{i}/model_id",
            msg.REVIEW_OUTCOME_WAS,
            model_code=m.code,
            outcome=candidates[m.id].outcome or "—",
        )
        | {"model_id": str(m.id), "outcome": candidates[m.id].outcome, "tally": candidates[m.id].tally}
        for i, m in enumerate(models)
        if candidates[m.id].outcome != wanted
    ]
    if contradicting:
        raise ContradictsReview(_count=len(contradicting), required_outcome=wanted, errors=contradicting)


def _check_not_future(body: DecisionCreate, cal: Calendars) -> None:
    now = datetime.now(UTC)
    for campaign in cal.campaigns.values():
        today = local_today(campaign, now)
        if body.issued_on > today:
            raise IssuedInFuture(
                _issued_on=body.issued_on.isoformat(),
                _today=today.isoformat(),
                today=today.isoformat(),
                errors=[
                    err(
                        "issued_in_future",
                        "#/issued_on",
                        msg.ISSUED_IN_FUTURE,
                        issued_on=body.issued_on.isoformat(),
                        today=today.isoformat(),
                    )
                ],
            )


def _outside_period(
    body: DecisionCreate, models: list[RegisteredModel], cal: Calendars
) -> tuple[list[dict[str, Any]], CampaignCycle | None]:
    """Each model whose cycle's recognition period does not hold the issue date, and the first such cycle."""
    outside: list[dict[str, Any]] = []
    first: CampaignCycle | None = None
    for i, model in enumerate(models):
        cycle = cal.cycles[model.cycle_id]
        if not (cycle.recognition_starts_on <= body.issued_on <= cycle.recognition_ends_on):
            first = first or cycle
            outside.append(
                err(
                    "outside_recognition_period",
                    f"#/models/{i}/model_id",
                    msg.OUTSIDE_RECOGNITION_PERIOD,
                    issued_on=body.issued_on.isoformat(),
                    year=cycle.year,
                    starts=cycle.recognition_starts_on.isoformat(),
                    ends=cycle.recognition_ends_on.isoformat(),
                )
                | {
                    "model_id": str(model.id),
                    "recognition_starts_on": cycle.recognition_starts_on,
                    "recognition_ends_on": cycle.recognition_ends_on,
                }
            )
    return outside, first


def check_dates(
    caller: Caller, body: DecisionCreate, issuing: Unit, models: list[RegisteredModel], cal: Calendars
) -> str | None:
    """422 for a future date or one outside the recognition period; the override reason when one applies."""
    _check_not_future(body, cal)
    if body.kind not in PERIOD_KINDS:
        return None
    if body.period_override is not None and not caller.scope.covers(issuing.path, Permission.MANAGE_UNITS):
        raise OverrideNotPermitted()
    outside, first = _outside_period(body, models, cal)
    if not outside:
        return None
    if body.period_override is not None:
        return body.period_override.reason
    assert first is not None
    raise OutsideRecognitionPeriod(
        _issued_on=body.issued_on.isoformat(),
        _year=first.year,
        _starts=first.recognition_starts_on.isoformat(),
        _ends=first.recognition_ends_on.isoformat(),
        recognition_starts_on=first.recognition_starts_on.isoformat(),
        recognition_ends_on=first.recognition_ends_on.isoformat(),
        errors=[
            {
                **e,
                "recognition_starts_on": e["recognition_starts_on"].isoformat(),
                "recognition_ends_on": e["recognition_ends_on"].isoformat(),
            }
            for e in outside
        ],
    )
