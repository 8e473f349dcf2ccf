"""Every write to a review (its version is its ETag) needs If-Match: 428 without it, 412 with a stale one,
and either way nothing changes. Creating a review is the one write that does not (it is a new resource)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.reviews.review_support import MINUTES_PDF, candidate_of, member_ids

WRITES = [
    "review_update",
    "member_add",
    "member_update",
    "member_remove",
    "candidate_add",
    "candidate_update",
    "candidate_remove",
    "ballot",
    "minutes",
    "close",
]


def _request(write: str, rid: str, member: str, candidate: str, other_model: str) -> tuple[str, str, dict[str, Any]]:
    base = f"/api/v1/reviews/{rid}"
    return {
        "review_update": ("PATCH", base, {"json": {"title": "Tên mới"}}),
        "member_add": ("POST", f"{base}/members", {"json": {"full_name": "Người mới"}}),
        "member_update": ("PATCH", f"{base}/members/{member}", {"json": {"present": False}}),
        "member_remove": ("DELETE", f"{base}/members/{member}", {}),
        "candidate_add": ("POST", f"{base}/candidates", {"json": {"model_id": other_model}}),
        "candidate_update": ("PATCH", f"{base}/candidates/{candidate}", {"json": {"note": "Ghi chú"}}),
        "candidate_remove": ("DELETE", f"{base}/candidates/{candidate}", {}),
        "ballot": (
            "PUT",
            f"{base}/votes",
            {"json": {"votes": [{"member_id": member, "candidate_id": candidate, "vote": "approve"}]}},
        ),
        "minutes": (
            "POST",
            f"{base}/minutes",
            {"data": {"title": "Biên bản"}, "files": {"file": ("bien-ban.pdf", MINUTES_PDF, "application/pdf")}},
        ),
        "close": ("POST", f"{base}/close", {}),
    }[write]


@pytest.mark.parametrize(
    ("if_match", "status", "code"),
    [(None, 428, "precondition_required"), ('"99"', 412, "precondition_failed")],
    ids=["missing", "stale"],
)
@pytest.mark.parametrize("write", WRITES)
async def test_every_review_write_needs_a_current_if_match(
    rv, write: str, if_match: str | None, status: int, code: str
) -> None:
    a, b = await rv.surveyed(), await rv.surveyed(name="Mô hình thứ hai")
    review = await rv.create([a])
    if write == "close":  # a review that could close: a vote and its minutes
        await rv.ballot(review["id"], [(member_ids(review)[0], candidate_of(review, a["id"])["id"], "approve")])
        await rv.minutes(review["id"])
        review = await rv.get(review["id"])
    method, url, kwargs = _request(
        write, review["id"], member_ids(review)[0], candidate_of(review, a["id"])["id"], b["id"]
    )
    before = await rv.snapshot()
    headers = rv.h(**({"If-Match": if_match} if if_match else {}), **{"Idempotency-Key": str(uuid.uuid4())})
    r = await rv.client.request(method, url, headers=headers, **kwargs)
    assert r.status_code == status and r.json()["code"] == code, r.text
    if status == 412:
        assert r.json()["current_etag"] == f'"{review["version"]}"'
    assert await rv.snapshot() == before
    # With the current ETag the same write goes through.
    r = await rv.client.request(method, url, headers=rv.h(**{"If-Match": f'"{review["version"]}"'}), **kwargs)
    assert r.status_code in (200, 201), r.text
    assert r.headers["ETag"] == f'"{review["version"] + 1}"'
