"""The checks every write to a review makes, and what each write does afterwards (touch, record).

Who may write: a mobiliser (REVIEW_MODELS) whose scope covers the holding unit, or an authority (DECIDE)
whose scope covers it. Everything is editable until the review closes; a closed review is immutable
(409 `review_closed`). Every change moves the review's version (its ETag).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.context import RequestContext
from app.core.errors import Conflict, Forbidden, Unprocessable
from app.core.i18n import Text
from app.events.service import record_event
from app.models import Review
from app.models.base import utcnow
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.reviews import repository

NOT_PERMITTED = Text(
    "Chỉ cán bộ dân vận hoặc cấp có thẩm quyền phụ trách đơn vị tổ chức mới được lập và sửa cuộc họp bình xét.",
    "Only a mass-mobilisation officer or the competent authority over the holding unit may hold and edit a review.",
)
CLOSED = Text("Cuộc họp bình xét đã kết thúc; không thể thay đổi.", "The review is closed; it cannot be changed.")
MEMBER_USER = Text("Không tìm thấy người dùng {user_id}.", "User {user_id} was not found.")


def error_entry(code: str, pointer: str, text: Text, **params: Any) -> dict[str, Any]:
    """One entry of a 422's `errors`: code, JSON pointer, rendered detail."""
    return {"code": code, "pointer": pointer, "detail": text.render(**params)}


def refuse(code: str, pointer: str, text: Text, **params: Any) -> Unprocessable:
    """A 422 with one pointed error (raise it)."""
    return Unprocessable(
        text, code=code, errors=[error_entry(code, pointer, text, **params)], **{f"_{k}": v for k, v in params.items()}
    )


def refuse_all(errors: list[dict[str, Any]]) -> None:
    """422 listing every problem; the top-level code is the first problem's."""
    if errors:
        first = errors[0]
        raise Unprocessable(Text(first["detail"], first["detail"]), code=first["code"], errors=errors)


def may_edit(caller: Caller, holding_unit_path: str) -> bool:
    """A mobiliser or an authority whose scope covers the holding unit."""
    return caller.scope.covers(holding_unit_path, Permission.REVIEW_MODELS) or caller.scope.covers(
        holding_unit_path, Permission.DECIDE
    )


def require_editor(caller: Caller, review: Review) -> None:
    """403 unless the caller may write this (visible) review."""
    if not may_edit(caller, review.holding_unit_path):
        raise Forbidden(NOT_PERMITTED, code="review_not_permitted")


def require_open(review: Review) -> None:
    """409 once the review is closed."""
    if review.status == "closed":
        raise Conflict(CLOSED, code="review_closed")


def guard_write(ctx: RequestContext, caller: Caller, review: Review) -> None:
    """The checks every write makes, in order: role (403), If-Match (428 without it, 412 when stale), open (409)."""
    require_editor(caller, review)
    ctx.require_version(review.version)
    require_open(review)


def precheck_write(ctx: RequestContext, caller: Caller, review: Review) -> None:
    """guard_write before an upload's body is read: the version is compared only once the review is locked,
    after the Idempotency-Key's replay (a retry of a stored upload replays its answer, not 412)."""
    require_editor(caller, review)
    ctx.require_if_match_present()
    require_open(review)


def touch(review: Review) -> None:
    """Mark the review changed: the next flush moves its version."""
    review.updated_at = utcnow()


async def record(
    session: AsyncSession, ctx: RequestContext, caller: Caller, review: Review, type_: str, data: dict[str, Any]
) -> None:
    """Record one event about the review (with the request id)."""
    await record_event(
        session,
        type_,
        resource_type="review",
        resource_id=review.id,
        unit_path=review.holding_unit_path,
        actor_id=caller.id,
        request_id=ctx.request_id,
        data=data,
    )


async def check_members(session: AsyncSession, members: list[tuple[str, int | None, uuid.UUID | None]]) -> None:
    """422 for member units or users that do not exist; members are (pointer prefix, unit_id, user_id)."""
    unit_ids = {u for _, u, _ in members if u is not None}
    user_ids = {u for _, _, u in members if u is not None}
    units = await repository.existing_unit_ids(session, unit_ids) if unit_ids else set()
    users = await repository.existing_user_ids(session, user_ids) if user_ids else set()
    errors: list[dict[str, Any]] = []
    for prefix, unit_id, user_id in members:
        if unit_id is not None and unit_id not in units:
            errors.append(error_entry("unknown_unit", f"{prefix}/unit_id", messages.UNIT_ID_NOT_FOUND, unit_id=unit_id))
        if user_id is not None and user_id not in users:
            errors.append(error_entry("unknown_user", f"{prefix}/user_id", MEMBER_USER, user_id=user_id))
    refuse_all(errors)
