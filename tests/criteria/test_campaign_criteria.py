"""A locality adds its own criteria per field (seed 001 §II: "Các địa phương, đơn vị căn cứ vào tình hình, chức
năng, nhiệm vụ để xây dựng tiêu chí cụ thể cho mô hình "Dân vận khéo" trên từng lĩnh vực … song phải đảm bảo
được những tiêu chí chung"): the campaign's catalogue is the five general criteria and its own for each field; a
survey scores the model's field's ones, a review may, another field's are refused, and a minimum joins the
recognition standard. Administrators of the launching unit manage them (If-Match); a scored one is retired, never
deleted."""

from __future__ import annotations

from typing import Any

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx
from tests.registry.conftest import SURVEY

GENERAL = ["identity", "leadership", "consent", "interests", "sustainability"]
GARDEN = {
    "code": "garden_income",
    "field_code": "economy",
    "label_vi": "Thu nhập bình quân của hộ tham gia mô hình tăng từ 10% trở lên so với năm trước",
    "label_en": "The average income of participating households rises by 10 % or more on the year before",
    "max_score": 10,
    "min_score": 5,
    "sort_order": 1,
}
SAFE_HAMLET = {
    "code": "safe_hamlet",
    "field_code": "defence_security",
    "label_vi": "Khu dân cư đạt chuẩn an toàn về an ninh, trật tự",
    "label_en": "The residential area meets the security and order safety standard",
    "max_score": 8,
}


def base(dctx: DecisionCtx) -> str:
    return f"/api/v1/campaigns/{dctx.campaign_id}/criteria"


async def add(dctx: DecisionCtx, body: dict[str, Any], user: str = "demo.admin", expect: int = 201) -> Any:
    r = await dctx.client.post(base(dctx), json=body, headers=dctx.demo.headers(user))
    assert r.status_code == expect, r.text
    return r


def survey(*own: tuple[str, float], general: float = 8) -> dict[str, Any]:
    """SURVEY with 8 on each general criterion and the given scores of the campaign's own criteria."""
    return {**SURVEY, "scores": [*SURVEY["scores"], *({"code": c, "score": s} for c, s in own)]}


async def test_the_catalogue_is_the_general_criteria_and_the_campaigns_own_per_field(dctx: DecisionCtx) -> None:
    r = await add(dctx, GARDEN)
    created = r.json()
    assert created["code"] == "garden_income" and created["retired"] is False and created["version"] == 1
    assert r.headers["ETag"] == '"1"' and r.headers["Location"].endswith("/criteria/garden_income")
    await add(dctx, SAFE_HAMLET)
    catalogue = (await dctx.client.get(base(dctx), headers=dctx.demo.headers("demo.registrant"))).json()
    assert [c["code"] for c in catalogue["general"]] == GENERAL
    assert [(c["code"], c["field_code"]) for c in catalogue["specific"]] == [
        ("safe_hamlet", "defence_security"),
        ("garden_income", "economy"),
    ]
    economy = await dctx.client.get(f"{base(dctx)}?field_code=economy", headers=dctx.demo.headers("demo.viewer"))
    assert [c["code"] for c in economy.json()["specific"]] == ["garden_income"]
    one = await dctx.client.get(f"{base(dctx)}/garden_income", headers=dctx.demo.headers("demo.mobiliser"))
    assert one.status_code == 200 and one.json()["min_score"] == 5 and one.headers["ETag"] == '"1"'


async def test_a_survey_scores_the_criteria_of_the_models_field_only(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    await add(dctx, SAFE_HAMLET)
    economy = await dctx.reported()  # "Dân vận khéo trong giảm nghèo bền vững" of Thôn Tân Lập, field economy
    # Missing its field's criterion: refused, naming it.
    problem = await dctx.move(economy["id"], "demo.mobiliser", "record_survey", expect=422, survey=SURVEY)
    assert problem["code"] == "guard_failed"
    assert [(e["code"], e["pointer"]) for e in problem["errors"]] == [("survey_complete", "#/survey/scores")]
    assert "garden_income" in problem["errors"][0]["detail"]
    # Another field's criterion: refused for this model.
    wrong = survey(("garden_income", 7), ("safe_hamlet", 7))
    problem = await dctx.move(economy["id"], "demo.mobiliser", "record_survey", expect=422, survey=wrong)
    assert [e["pointer"] for e in problem["errors"]] == ["#/survey/scores/6"]
    assert "defence_security" in problem["errors"][0]["detail"]
    unknown = survey(("garden_income", 7), ("flood_relief", 7))
    await dctx.move(economy["id"], "demo.mobiliser", "record_survey", expect=422, survey=unknown)
    assert await dctx.state(economy["id"]) == "reported"
    await dctx.move(economy["id"], "demo.mobiliser", "record_survey", survey=survey(("garden_income", 7)))
    recorded = (
        await dctx.client.get(f"/api/v1/models/{economy['id']}/surveys", headers=dctx.demo.headers("demo.mobiliser"))
    ).json()[0]
    assert [(s["criterion"], s["code"]) for s in recorded["scores"]] == [
        *enumerate(GENERAL, start=1),
        (None, "garden_income"),
    ]
    assert recorded["total_score"] == 40  # the five general criteria's total
    # The same criterion is accepted for a model of its field, and the other field's refused there.
    security = await dctx.reported(name="Thôn Tân Lập an toàn về an ninh trật tự", field_code="defence_security")
    top = survey(("safe_hamlet", 9))
    problem = await dctx.move(security["id"], "demo.mobiliser", "record_survey", expect=422, survey=top)
    assert "8" in problem["errors"][0]["detail"]  # above its top of 8
    wrong = survey(("safe_hamlet", 7), ("garden_income", 7))
    await dctx.move(security["id"], "demo.mobiliser", "record_survey", expect=422, survey=wrong)
    await dctx.move(security["id"], "demo.mobiliser", "record_survey", survey=survey(("safe_hamlet", 7)))


async def test_a_minimum_joins_the_standard(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    model = await dctx.reported()
    await dctx.move(model["id"], "demo.mobiliser", "record_survey", survey=survey(("garden_income", 3)))
    review_id = await dctx.review({model["id"]: "approved"})
    body = dctx.decision_body("model_recognition", [model["id"]], review_id)
    problem = (await dctx.issue(body, expect=422)).json()
    assert [(e["code"], e["criterion"], e["score"], e["minimum"]) for e in problem["errors"]] == [
        ("meets_standard", "garden_income", 3, 5)
    ]
    reason = "Hộ tham gia mới chuyển đổi cây trồng, thu nhập tăng từ năm sau; Đảng ủy thống nhất công nhận."
    body["models"][0]["standard_exception"] = {"reason": reason}
    decision = (await dctx.issue(body)).json()
    assert [b["criterion"] for b in decision["models"][0]["standard_exception"]["below"]] == ["garden_income"]


async def test_a_review_scores_the_criteria_of_the_models_field_only(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    await add(dctx, SAFE_HAMLET)
    model = await dctx.reported()
    await dctx.move(model["id"], "demo.mobiliser", "record_survey", survey=survey(("garden_income", 7)))

    def review(scores: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "holding_unit_id": dctx.demo.unit("QT-VL"),
            "campaign_id": dctx.campaign_id,
            "year": YEAR,
            "purpose": "model",
            "title": f'Hội nghị bình xét mô hình "Dân vận khéo" năm {YEAR}',
            "held_on": str(TODAY),
            "place": "Hội trường Huyện ủy Vĩnh Linh",
            "chair": "Lê Văn Cường",
            "secretary": "Hoàng Văn Em",
            "members": [{"full_name": "Lê Văn Cường", "title": "Chuyên viên Ban Dân vận"}],
            "candidates": [{"model_id": model["id"], "scores": scores}],
        }

    headers = dctx.demo.headers("demo.mobiliser")
    r = await dctx.client.post("/api/v1/reviews", json=review([{"code": "safe_hamlet", "score": 7}]), headers=headers)
    assert r.status_code == 422, r.text
    assert [(e["code"], e["pointer"]) for e in r.json()["errors"]] == [
        ("invalid_criterion_score", "#/candidates/0/scores/0")
    ]
    scores = [{"code": "consent", "score": 9}, {"code": "garden_income", "score": 8}]
    r = await dctx.client.post("/api/v1/reviews", json=review(scores), headers=headers)
    assert r.status_code == 201, r.text
    candidate = r.json()["candidates"][0]
    assert [(s["criterion"], s["code"]) for s in candidate["scores"]] == [(3, "consent"), (None, "garden_income")]


async def test_retire_change_and_delete(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    await add(dctx, {**GARDEN, "code": "cooperative_members", "label_vi": "Số hộ vào tổ hợp tác", "label_en": "Co-op"})
    model = await dctx.reported()
    scored = survey(("garden_income", 3), ("cooperative_members", 9))
    await dctx.move(model["id"], "demo.mobiliser", "record_survey", survey=scored)
    admin = dctx.demo.headers("demo.admin")
    url = f"{base(dctx)}/garden_income"
    # Scored: its top stays and it is not deleted.
    r = await dctx.client.patch(url, json={"max_score": 8}, headers={**admin, "If-Match": '"1"'})
    assert r.status_code == 409 and r.json()["code"] == "criterion_in_use"
    r = await dctx.client.delete(url, headers={**admin, "If-Match": '"1"'})
    assert r.status_code == 409 and r.json()["code"] == "criterion_in_use"
    assert (await dctx.client.patch(url, json={"min_score": 6}, headers=admin)).status_code == 428
    assert (
        await dctx.client.patch(url, json={"min_score": 6}, headers={**admin, "If-Match": '"7"'})
    ).status_code == 412
    r = await dctx.client.patch(
        url, json={"min_score": 2, "label_en": "Income up 10 %"}, headers={**admin, "If-Match": '"1"'}
    )
    assert r.status_code == 200 and r.json()["min_score"] == 2 and r.headers["ETag"] == '"2"'
    r = await dctx.client.post(f"{url}/retire", headers={**admin, "If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["retired"] is True and r.headers["ETag"] == '"3"'
    r = await dctx.client.post(f"{url}/retire", headers={**admin, "If-Match": '"3"'})
    assert r.status_code == 409 and r.json()["code"] == "criterion_retired"
    catalogue = (await dctx.client.get(base(dctx), headers=admin)).json()
    assert [c["code"] for c in catalogue["specific"]] == ["cooperative_members"]
    everything = (await dctx.client.get(f"{base(dctx)}?include_retired=true", headers=admin)).json()
    assert [c["code"] for c in everything["specific"]] == ["cooperative_members", "garden_income"]
    # Retired: no longer asked for by a survey, nor judged at recognition (3 < 5 was below the minimum).
    later = await dctx.reported(name="Tổ hợp tác chăn nuôi bò thôn Tân Lập")
    await dctx.move(later["id"], "demo.mobiliser", "record_survey", survey=survey(("cooperative_members", 8)))
    retired = survey(("cooperative_members", 8), ("garden_income", 8))
    other = await dctx.reported(name="Vườn cây ăn quả thôn Tân Lập")
    problem = await dctx.move(other["id"], "demo.mobiliser", "record_survey", expect=422, survey=retired)
    assert "garden_income" in problem["errors"][0]["detail"]
    review_id = await dctx.review({model["id"]: "approved"})
    await dctx.issue(dctx.decision_body("model_recognition", [model["id"]], review_id))
    # Never scored: deleted.
    await add(dctx, {**GARDEN, "code": "market_links", "label_vi": "Liên kết tiêu thụ", "label_en": "Market links"})
    r = await dctx.client.delete(f"{base(dctx)}/market_links", headers={**admin, "If-Match": '"1"'})
    assert r.status_code == 204
    assert (await dctx.client.get(f"{base(dctx)}/market_links", headers=admin)).status_code == 404


async def test_who_may_see_and_manage_the_campaigns_criteria(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    outsider = await dctx.person("dh.admin", [("admin", "QT-DH")], home="QT-DH")
    url = f"{base(dctx)}/garden_income"
    for path in (base(dctx), url):
        r = await dctx.client.get(path, headers=dctx.demo.headers(outsider))
        assert r.status_code == 404, r.text
    assert (await add(dctx, SAFE_HAMLET, user=outsider, expect=404)).json()["code"] == "campaign_not_found"
    r = await dctx.client.patch(url, json={"min_score": 6}, headers=dctx.demo.headers(outsider, **{"If-Match": '"1"'}))
    assert r.status_code == 404
    for user in ("demo.registrant", "demo.mobiliser", "demo.authority"):
        await add(dctx, SAFE_HAMLET, user=user, expect=403)
        r = await dctx.client.post(f"{url}/retire", headers=dctx.demo.headers(user, **{"If-Match": '"1"'}))
        assert r.status_code == 403
        r = await dctx.client.delete(url, headers=dctx.demo.headers(user, **{"If-Match": '"1"'}))
        assert r.status_code == 403
    assert (
        await dctx.client.get(f"{base(dctx)}/no_such_code", headers=dctx.demo.headers("demo.admin"))
    ).status_code == 404
    assert (await dctx.client.get(base(dctx))).status_code == 401


async def test_bad_criteria_change_nothing(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    before = (
        await dctx.client.get(f"{base(dctx)}?include_retired=true", headers=dctx.demo.headers("demo.admin"))
    ).json()
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({**GARDEN, "code": "consent"}, 422, "criterion_code_reserved"),
        ({**GARDEN, "code": "tourism", "field_code": "tourism"}, 422, "unknown_field"),
        (GARDEN, 409, "criterion_exists"),
        ({**GARDEN, "code": "x1", "max_score": 11}, 422, "validation_failed"),
        ({**GARDEN, "code": "x1", "max_score": True}, 422, "validation_failed"),
        ({**GARDEN, "code": "x1", "max_score": "10"}, 422, "validation_failed"),
        ({**GARDEN, "code": "x1", "max_score": 6, "min_score": 7}, 422, "validation_failed"),
        ({**GARDEN, "code": "Thu nhập"}, 422, "validation_failed"),
        ({**GARDEN, "code": "x1", "label_vi": "x" * 2001}, 422, "validation_failed"),
        ({**GARDEN, "code": "x1", "weight": 2}, 422, "validation_failed"),
    ]
    for body, status, code in cases:
        r = await add(dctx, body, expect=status)
        assert r.json()["code"] == code, (body, r.json())
    admin = dctx.demo.headers("demo.admin", **{"If-Match": '"1"'})
    r = await dctx.client.patch(f"{base(dctx)}/garden_income", json={"min_score": 11}, headers=admin)
    assert r.status_code == 422
    r = await dctx.client.patch(f"{base(dctx)}/garden_income", json={"max_score": 4}, headers=admin)
    assert r.status_code == 422 and r.json()["code"] == "min_above_max"
    r = await dctx.client.patch(f"{base(dctx)}/garden_income", json={"field_code": "other"}, headers=admin)
    assert r.status_code == 422
    after = (
        await dctx.client.get(f"{base(dctx)}?include_retired=true", headers=dctx.demo.headers("demo.admin"))
    ).json()
    assert after == before


async def test_a_field_has_at_most_twenty_criteria_in_force(dctx: DecisionCtx) -> None:
    for i in range(20):
        await add(
            dctx, {**GARDEN, "code": f"economy_{i:02d}", "label_vi": f"Tiêu chí {i}", "label_en": f"Criterion {i}"}
        )
    r = await add(
        dctx, {**GARDEN, "code": "economy_20", "label_vi": "Tiêu chí 20", "label_en": "Criterion 20"}, expect=409
    )
    assert r.json()["code"] == "too_many_criteria"
    await add(dctx, SAFE_HAMLET)


async def test_a_retried_retire_answers_the_first_response(dctx: DecisionCtx) -> None:
    await add(dctx, GARDEN)
    headers = dctx.demo.headers("demo.admin", **{"If-Match": '"1"', "Idempotency-Key": "retire-garden-income-1"})
    url = f"{base(dctx)}/garden_income/retire"
    first = await dctx.client.post(url, headers=headers)
    again = await dctx.client.post(url, headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json() and again.headers["ETag"] == '"2"'
    r = await dctx.client.post(url, headers={**headers, "Idempotency-Key": "retire-garden-income-2"})
    assert r.status_code == 412
