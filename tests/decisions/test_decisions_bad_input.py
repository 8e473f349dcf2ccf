"""Refused decisions: each answers a clear 4xx with a stable code and changes nothing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx


async def _refused(
    dctx: DecisionCtx, body: dict[str, Any], model_ids: list[str], status: int, code: str, user: str = "demo.authority"
) -> dict[str, Any]:
    """Issue, expect the refusal, and check that nothing changed."""
    before = await dctx.snapshot(model_ids)
    r = await dctx.issue(body, user, expect=status)
    problem = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert problem["code"] == code, problem
    assert await dctx.snapshot(model_ids) == before
    return problem


async def _recognisable(dctx: DecisionCtx, n: int = 1, outcome: str = "approved") -> tuple[list[str], str]:
    ids = [(await dctx.surveyed(name=f"Mô hình số {i}"))["id"] for i in range(n)]
    return ids, await dctx.review(dict.fromkeys(ids, outcome))


async def test_wrong_unit_answers_403_with_the_policys_explanation(dctx: DecisionCtx) -> None:
    # A model of the district farmers' union: the policy names Huyện ủy Vĩnh Linh (case 6).
    await dctx.person("vl.registrant", [("registrant", "QT-VL")])
    district = await dctx.surveyed("vl.registrant", registrant_unit_id=dctx.demo.unit("QT-VL-HND"))
    ids, _ = await _recognisable(dctx)
    review_id = await dctx.review({ids[0]: "approved", district["id"]: "approved"})
    await dctx.grant("demo.authority", "viewer", "QT-VL")  # so the district's model is visible to the caller
    body = dctx.decision_body("model_recognition", [ids[0], district["id"]], review_id)
    problem = await _refused(dctx, body, [ids[0], district["id"]], 403, "not_competent_authority")
    [error] = problem["errors"]
    assert error["pointer"] == "#/models/1/model_id" and error["model_id"] == district["id"]
    assert error["competent_unit"]["id"] == dctx.demo.unit("QT-VL-HU")
    assert error["competent_unit"]["name"] == "Huyện ủy Vĩnh Linh" and error["case_number"] == 6
    assert "Huyện ủy Vĩnh Linh" in error["explanation"]["vi"] and error["detail"] == error["explanation"]["vi"]


async def test_authority_elsewhere_cannot_recognise_a_commune_model(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    await dctx.person("hu.authority", [("authority", "QT-VL-HU"), ("viewer", "QT-VL")])
    body = dctx.decision_body("model_recognition", ids, review_id, number="3-QĐ/HU", unit="QT-VL-HU")
    problem = await _refused(dctx, body, ids, 403, "not_competent_authority", "hu.authority")
    assert problem["errors"][0]["competent_unit"]["id"] == dctx.demo.unit("QT-VL-VT-DU")


async def test_wrong_role_answers_403(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    body = dctx.decision_body("model_recognition", ids, review_id)
    await _refused(dctx, body, ids, 403, "not_competent_authority", "demo.mobiliser")
    await _refused(dctx, body, ids, 403, "not_competent_authority", "demo.registrant")


async def test_issuing_unit_outside_scope_is_unknown(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    body = dctx.decision_body("model_recognition", ids, review_id, unit="QT-DH-TU")
    problem = await _refused(dctx, body, ids, 422, "unknown_unit")
    assert problem["errors"][0]["pointer"] == "#/issuing_unit_id"
    await _refused(dctx, {**body, "issuing_unit_id": 10**12}, ids, 422, "unknown_unit")


async def test_duplicate_number_same_unit_and_year_but_not_next_year(dctx: DecisionCtx) -> None:
    (a, b), review_id = await _recognisable(dctx, 2)
    await dctx.issue(dctx.decision_body("model_recognition", [a], review_id, number="5-QĐ/ĐU"))
    # Same serial written in the state style: still the same number for the unit and year.
    for number in ("5-QĐ/ĐU", "5/QĐ-ĐU"):
        problem = await _refused(
            dctx,
            dctx.decision_body("model_recognition", [b], review_id, number=number),
            [a, b],
            409,
            "duplicate_decision_number",
        )
        assert problem["existing_id"]
    # Last year's register has its own serials (dated outside the period: an admin allows it).
    await dctx.person("vt.chief", [("authority", "QT-VL-VT-DU"), ("admin", "QT-VL-VT")])
    r = await dctx.issue(
        dctx.decision_body(
            "model_recognition",
            [b],
            review_id,
            number="5-QĐ/ĐU",
            issued_on=date(YEAR - 1, 10, 15),
            period_override={"reason": "Bổ sung quyết định năm trước"},
        ),
        "vt.chief",
    )
    assert r.json()["year"] == YEAR - 1


async def test_model_still_reported_is_a_state_conflict(dctx: DecisionCtx) -> None:
    reported = await dctx.reported()
    review_id = await dctx.review({reported["id"]: "approved"})
    problem = await _refused(
        dctx,
        dctx.decision_body("model_recognition", [reported["id"]], review_id),
        [reported["id"]],
        409,
        "model_state_conflict",
    )
    assert problem["required_state"] == "surveyed"
    assert problem["errors"][0]["state"] == "reported" and problem["errors"][0]["model_id"] == reported["id"]


async def test_all_or_nothing_when_the_second_model_fails(dctx: DecisionCtx) -> None:
    good = (await dctx.surveyed())["id"]
    reported = (await dctx.reported(name="Chưa khảo sát"))["id"]
    review_id = await dctx.review({good: "approved", reported: "approved"})
    problem = await _refused(
        dctx,
        dctx.decision_body("model_recognition", [good, reported], review_id),
        [good, reported],
        409,
        "model_state_conflict",
    )
    assert [e["pointer"] for e in problem["errors"]] == ["#/models/1/model_id"]
    assert await dctx.state(good) == "surveyed"
    assert [h["action"] for h in await dctx.history(good)][-1] == "record_survey"


async def test_exemplar_kinds_need_their_states(dctx: DecisionCtx) -> None:
    ids, _review_id = await _recognisable(dctx)
    exemplar_review = await dctx.review(dict.fromkeys(ids, "approved"), purpose="exemplar", phase_review="interim")
    await _refused(
        dctx, dctx.decision_body("exemplar_recognition", ids, exemplar_review), ids, 409, "model_state_conflict"
    )
    await _refused(
        dctx,
        dctx.decision_body("commendation", ids, None, award_form="public_commendation", award_level="grassroots"),
        ids,
        409,
        "model_state_conflict",
    )


async def test_contradicting_the_review_outcome(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx, outcome="rejected")
    problem = await _refused(
        dctx, dctx.decision_body("model_recognition", ids, review_id), ids, 409, "contradicts_review"
    )
    assert problem["errors"][0]["outcome"] == "rejected"
    approved, approved_review = await _recognisable(dctx)
    await _refused(
        dctx,
        dctx.decision_body("model_non_recognition", approved, approved_review, number="6-QĐ/ĐU"),
        approved,
        409,
        "contradicts_review",
    )


async def test_open_review_is_refused(dctx: DecisionCtx) -> None:
    ids = [(await dctx.surveyed())["id"]]
    review_id = await dctx.review(dict.fromkeys(ids, "approved"), status="open")
    await _refused(dctx, dctx.decision_body("model_recognition", ids, review_id), ids, 409, "review_not_closed")


async def test_review_problems(dctx: DecisionCtx) -> None:
    (a, b), _review_id = await _recognisable(dctx, 2)
    only_a = await dctx.review({a: "approved"})
    problem = await _refused(
        dctx, dctx.decision_body("model_recognition", [a, b], only_a), [a, b], 422, "not_a_candidate"
    )
    assert [e["pointer"] for e in problem["errors"]] == ["#/models/1/model_id"]
    exemplar_review = await dctx.review({a: "approved"}, purpose="exemplar", phase_review="final")
    await _refused(
        dctx, dctx.decision_body("model_recognition", [a], exemplar_review), [a], 422, "review_purpose_mismatch"
    )
    await _refused(
        dctx,
        dctx.decision_body("model_recognition", [a], "00000000-0000-4000-8000-000000000000"),
        [a],
        422,
        "unknown_review",
    )
    # Held in another district with no candidate the caller sees: it does not exist for the caller.
    elsewhere = await dctx.review({}, holding="QT-DH-TU")
    await _refused(dctx, dctx.decision_body("model_recognition", [a], elsewhere), [a], 422, "unknown_review")
    await _refused(dctx, dctx.decision_body("model_recognition", [a], None), [a], 422, "review_required")


async def test_outside_recognition_period_then_admin_override(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    early = TODAY - timedelta(days=30)
    body = dctx.decision_body("model_recognition", ids, review_id, issued_on=early)
    problem = await _refused(dctx, body, ids, 422, "outside_recognition_period")
    starts = str(TODAY - timedelta(days=5))
    assert problem["recognition_starts_on"] == starts and starts in problem["detail"]
    assert str(early) in problem["detail"]
    # An override without an administrator's role is refused.
    override = {**body, "period_override": {"reason": "Hội nghị tổng kết tổ chức sớm"}}
    await _refused(dctx, override, ids, 403, "override_not_permitted")
    # The same authority, given an admin role covering the issuing unit, may override; it is recorded.
    await dctx.grant("demo.authority", "admin", "QT-VL-VT")
    decision = (await dctx.issue(override)).json()
    assert decision["override"] == {
        "reason": "Hội nghị tổng kết tổ chức sớm",
        "by_id": str(dctx.demo.users["demo.authority"]),
    }
    details = (await dctx.history(ids[0]))[-1]["details"]
    assert details["override"]["reason"] == "Hội nghị tổng kết tổ chức sớm"


async def test_issued_in_the_future(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    problem = await _refused(
        dctx,
        dctx.decision_body("model_recognition", ids, review_id, issued_on=TODAY + timedelta(days=1)),
        ids,
        422,
        "issued_in_future",
    )
    assert problem["today"] == str(TODAY)


async def test_body_rules(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    body = dctx.decision_body("model_recognition", ids, review_id)
    for number in ("QĐ-125", "125", "abc-QĐ/HU", "0-QĐ/HU", "125-QĐ", "125/QĐ"):
        problem = await _refused(dctx, {**body, "number": number}, ids, 422, "invalid_decision_number")
        assert problem["errors"][0]["pointer"] == "#/number"
    problem = await _refused(dctx, {**body, "models": body["models"] * 2}, ids, 422, "duplicate_model")
    assert problem["errors"][0]["pointer"] == "#/models/1/model_id"
    await _refused(dctx, {**body, "award_form": "certificate_of_merit"}, ids, 422, "award_not_allowed")
    await _refused(dctx, {**body, "kind": "commendation"}, ids, 422, "award_required")
    await _refused(dctx, {**body, "kind": "model_non_recognition", "publish": True}, ids, 422, "publish_not_allowed")
    await _refused(dctx, {**body, "mass": "assignment"}, ids, 422, "validation_failed")
    await _refused(dctx, {**body, "models": []}, ids, 422, "validation_failed")
    await _refused(dctx, {**body, "public_evidence_kinds": ["registration_form"]}, ids, 422, "validation_failed")
    await _refused(dctx, {**body, "award_level": "galactic"}, ids, 422, "validation_failed")
    await _refused(
        dctx, {**body, "models": [{"model_id": "00000000-0000-4000-8000-000000000000"}]}, ids, 422, "unknown_model"
    )


async def test_invisible_decision_is_404(dctx: DecisionCtx) -> None:
    ids, review_id = await _recognisable(dctx)
    decision = (await dctx.issue(dctx.decision_body("model_recognition", ids, review_id))).json()
    await dctx.person("dh.viewer", [("viewer", "QT-DH")], home="QT-DH-BDV")
    headers = dctx.demo.headers("dh.viewer")
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=headers)
    assert r.status_code == 404 and r.json()["code"] == "decision_not_found"
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}/document/content", headers=headers)
    assert r.status_code == 404
    r = await dctx.client.post(f"/api/v1/decisions/{decision['id']}/revoke", json={"reason": "x"}, headers=headers)
    assert r.status_code == 404
    assert (await dctx.client.get("/api/v1/decisions", headers=headers)).json()["items"] == []
    # The registrant sees it through its model.
    r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers("demo.registrant"))
    assert r.status_code == 200
