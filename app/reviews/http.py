"""What the review routes share: their documentation texts, error entries and how an answer is written."""

from __future__ import annotations

from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.http import etag
from app.core.openapi_docs import documented_problem, problems
from app.models import Review
from app.policy.principal import Caller
from app.reviews import service

RULES_DOC = (
    "Outcome rules (per candidate; eligible = members present and not recused): `majority_of_present` "
    "(default) approve×2 > eligible; `two_thirds_of_present` approve×3 ≥ eligible×2; `majority_of_votes_cast` "
    "approve > reject (abstentions not counted) and approve ≥ 1. No eligible member → rejected."
)
RECUSAL_DOC = (
    "A member whose `unit_id` is a candidate's registrant unit, whose `user_id` registered it, or whose name is "
    "the individual registrant's, is recused for that candidate automatically and cannot vote on it."
)


CLOSED_409 = documented_problem(
    409,
    "review_closed",
    "Cuộc họp bình xét đã kết thúc; không thể thay đổi.",
    "The review is closed (`review_closed`), or a model is not in the state the review "
    "considers (`candidate_state`), or a recused member was given a vote (`member_recused`).",
)
# Every write to a review needs If-Match with its ETag (428 without it, 412 when stale); creating one does not.
WRITE_ERRORS = {**problems(401, 403, 404, 412, 422, 428), 409: CLOSED_409}


def json_answer(
    data: object, status: int = 200, version: int | None = None, location: str | None = None
) -> JSONResponse:
    """JSON with the ETag of `version` and a Location when given."""
    headers = {}
    if version is not None:
        headers["ETag"] = etag(version)
    if location:
        headers["Location"] = location
    return JSONResponse(jsonable_encoder(data), status_code=status, headers=headers)


async def answer(
    session: AsyncSession, caller: Caller, review: Review, status: int = 200, location: str | None = None
) -> JSONResponse:
    """The review as the caller reads it, after this request's writes."""
    await session.flush()
    return json_answer(await service.to_read(session, caller, review), status, review.version, location)
