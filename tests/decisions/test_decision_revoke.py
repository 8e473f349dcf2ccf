"""Revoking decisions: models return to their previous state, history keeps both moves, the decision
stays readable as revoked; revoking twice, by someone else, or out of order is refused."""

from __future__ import annotations

from typing import Any

import pytest

from tests.decisions.decision_support import DecisionCtx
from tests.etags import if_match


async def _recognised(dctx: DecisionCtx, n: int = 2, number: str = "125-QĐ/ĐU") -> tuple[list[str], dict[str, Any]]:
    ids = [(await dctx.surveyed(name=f"Mô hình số {i}"))["id"] for i in range(n)]
    review_id = await dctx.review(dict.fromkeys(ids, "approved"))
    decision = (await dctx.issue(dctx.decision_body("model_recognition", ids, review_id, number=number))).json()
    return ids, decision


async def _revoke(
    dctx: DecisionCtx,
    decision_id: str,
    reason: str = "Ban hành nhầm đối tượng",
    user: str = "demo.authority",
    expect: int = 200,
    **headers: str,
) -> Any:
    """Revoke with If-Match: the one given, else the decision's current ETag as `user` reads it."""
    sent = await if_match(dctx.client, f"/api/v1/decisions/{decision_id}", dctx.demo.headers(user, **headers))
    r = await dctx.client.post(f"/api/v1/decisions/{decision_id}/revoke", json={"reason": reason}, headers=sent)
    assert r.status_code == expect, r.text
    return r


async def test_revoke_returns_models_and_keeps_both_moves(dctx: DecisionCtx) -> None:
    ids, decision = await _recognised(dctx)
    r = await _revoke(dctx, decision["id"], **{"If-Match": f'"{decision["version"]}"'})
    revoked = r.json()
    assert revoked["status"] == "revoked" and revoked["revoke_reason"] == "Ban hành nhầm đối tượng"
    assert revoked["revoked_at"] and revoked["version"] == decision["version"] + 1
    assert r.headers["ETag"] == f'"{revoked["version"]}"'
    assert [m["from_state"] for m in revoked["models"]] == ["surveyed", "surveyed"]
    assert [m["model"]["state"] for m in revoked["models"]] == ["surveyed", "surveyed"]
    for model_id in ids:
        assert await dctx.state(model_id) == "surveyed"
        moves = [(h["action"], h["from"], h["to"]) for h in await dctx.history(model_id)][-2:]
        assert moves == [("recognize", "surveyed", "recognized"), ("revoke_decision", "recognized", "surveyed")]
        last = (await dctx.history(model_id))[-1]
        assert last["details"] == {
            "decision_id": decision["id"],
            "number": "125-QĐ/ĐU",
            "reason": "Ban hành nhầm đối tượng",
        }
        assert last["reason"] == "Ban hành nhầm đối tượng"
    assert len(await dctx.events("model.decision-revoked")) == 2
    assert len(await dctx.events("decision.revoked")) == 1
    # Still readable, and listed as revoked.
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers("demo.viewer"))
    assert r.status_code == 200 and r.json()["status"] == "revoked"
    r = await dctx.client.get(
        "/api/v1/decisions", params={"status": "revoked"}, headers=dctx.demo.headers("demo.viewer")
    )
    assert [d["id"] for d in r.json()["items"]] == [decision["id"]]
    # The models can be decided again, under a new number.
    review_id = await dctx.review(dict.fromkeys(ids, "approved"))
    await dctx.issue(dctx.decision_body("model_recognition", ids, review_id, number="126-QĐ/ĐU"))


async def test_revoking_twice_is_a_conflict(dctx: DecisionCtx) -> None:
    ids, decision = await _recognised(dctx, 1)
    await _revoke(dctx, decision["id"])
    before = await dctx.snapshot(ids)
    r = await _revoke(dctx, decision["id"], expect=409)
    assert r.json()["code"] == "decision_revoked"
    assert await dctx.snapshot(ids) == before


async def test_only_the_issuing_units_authority_revokes(dctx: DecisionCtx) -> None:
    ids, decision = await _recognised(dctx, 1)
    before = await dctx.snapshot(ids)
    for user in ("demo.mobiliser", "demo.viewer", "demo.registrant", "demo.admin"):
        r = await _revoke(dctx, decision["id"], user=user, expect=403)
        assert r.json()["code"] == "not_competent_authority"
    assert await dctx.snapshot(ids) == before


async def test_revoke_bad_requests(dctx: DecisionCtx) -> None:
    ids, decision = await _recognised(dctx, 1)
    before = await dctx.snapshot(ids)
    r = await _revoke(dctx, decision["id"], expect=412, **{"If-Match": '"99"'})
    assert r.json()["code"] == "precondition_failed"
    for body in ({"reason": "   "}, {}, {"reason": "x", "status": "issued"}):
        r = await dctx.client.post(
            f"/api/v1/decisions/{decision['id']}/revoke", json=body, headers=dctx.demo.headers("demo.authority")
        )
        assert r.status_code == 422 and r.json()["code"] == "validation_failed"
    r = await _revoke(dctx, "00000000-0000-4000-8000-000000000000", expect=404)
    assert await dctx.snapshot(ids) == before


async def test_revoke_the_later_step_first(dctx: DecisionCtx) -> None:
    [model_id], recognition = await _recognised(dctx, 1, number="30-QĐ/ĐU")
    await dctx.set_state(model_id, "nominated")
    exemplar_review = await dctx.review({model_id: "approved"}, purpose="exemplar", phase_review="interim")
    exemplar = (
        await dctx.issue(dctx.decision_body("exemplar_recognition", [model_id], exemplar_review, number="31-QĐ/ĐU"))
    ).json()
    commendation = (
        await dctx.issue(
            dctx.decision_body(
                "commendation",
                [model_id],
                None,
                number="32-QĐ/ĐU",
                award_form="certificate_of_commendation",
                award_level="grassroots",
            )
        )
    ).json()
    before = await dctx.snapshot([model_id])
    r = await _revoke(dctx, recognition["id"], expect=409)
    assert r.json()["code"] == "decision_superseded" and r.json()["errors"][0]["state"] == "exemplar"
    r = await _revoke(dctx, exemplar["id"], expect=409)  # a commendation still stands on it
    assert r.json()["code"] == "decision_superseded"
    assert await dctx.snapshot([model_id]) == before
    # Commendation first: no state change, its own history action.
    await _revoke(dctx, commendation["id"])
    assert await dctx.state(model_id) == "exemplar"
    last = (await dctx.history(model_id))[-1]
    assert (last["action"], last["from"], last["to"]) == ("revoke_commendation", "exemplar", "exemplar")
    await _revoke(dctx, exemplar["id"])
    assert await dctx.state(model_id) == "nominated"
    r = await _revoke(dctx, recognition["id"], expect=409)  # still nominated, not recognized
    assert r.json()["code"] == "decision_superseded"


async def test_revoke_is_idempotent_with_a_key(dctx: DecisionCtx) -> None:
    _ids, decision = await _recognised(dctx, 1)
    # The retry sends the first try's If-Match, stale by then: the stored answer is replayed, not 412.
    retry = {"Idempotency-Key": "thu-hoi-1", "If-Match": f'"{decision["version"]}"'}
    first = await _revoke(dctx, decision["id"], **retry)
    again = await _revoke(dctx, decision["id"], **retry)
    assert again.json() == first.json() and again.headers.get("Idempotent-Replayed") == "true"
    assert len(await dctx.events("decision.revoked")) == 1


@pytest.mark.parametrize(
    ("if_match", "status", "code"),
    [(None, 428, "precondition_required"), ('"99"', 412, "precondition_failed")],
    ids=["missing", "stale"],
)
async def test_revoking_needs_the_decisions_current_etag(
    dctx: DecisionCtx, if_match: str | None, status: int, code: str
) -> None:
    ids, decision = await _recognised(dctx, 1)
    before = await dctx.snapshot(ids)
    r = await dctx.client.post(
        f"/api/v1/decisions/{decision['id']}/revoke",
        json={"reason": "Nhầm"},
        headers=dctx.demo.headers("demo.authority", **({"If-Match": if_match} if if_match else {})),
    )
    assert r.status_code == status and r.json()["code"] == code, r.text
    assert await dctx.snapshot(ids) == before
    await _revoke(dctx, decision["id"], **{"If-Match": f'"{decision["version"]}"'})
