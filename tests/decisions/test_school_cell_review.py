"""Case 2 of seed 000 §3 over HTTP: "Đối với các chi bộ cơ sở: Do cấp ủy chi bộ lãnh đạo, phối hợp với tập thể
lãnh đạo cơ quan, ban chấp hành các đoàn thể chính trị - xã hội, trường học … tiến hành chấm điểm, bình xét, đề
nghị … trình cấp ủy cấp trên trực tiếp quyết định công nhận."

Trường THPT Vĩnh Linh is led by Chi bộ Trường THPT Vĩnh Linh, a grassroots cell directly under Huyện ủy Vĩnh
Linh; the school is not in the cell's subtree. The cell committee, with the school's leadership and the boards
of its trade union and youth union, scores and reviews the school's model and files the minutes; Huyện ủy
decides. Neither the cell's nor the committee's authority user holds a `viewer` role: each sees the model it
reviews or decides (its files, history, the review, the decision) because the policy names its unit
(issue 17 §1), and an authority user of another district sees none of it.
"""

from __future__ import annotations

from typing import Any

from tests.decisions.decision_support import TODAY, YEAR, DecisionCtx
from tests.etags import if_match
from tests.registry.conftest import tiny_pdf

SCHOOL = "QT-VL-THPT"
SCHOOL_CELL = "QT-VL-CBTHPT"
DISTRICT_COMMITTEE = "QT-VL-HU"
SCORES = {"identity": 9, "leadership": 8.5, "consent": 9, "interests": 8, "sustainability": 8}


async def _school_model(dctx: DecisionCtx) -> dict[str, Any]:
    registrant = await dctx.person("thpt.registrant", [("registrant", SCHOOL)], home=SCHOOL)
    return await dctx.surveyed(
        registrant,
        registrant_unit_id=dctx.demo.unit(SCHOOL),
        name="Dân vận khéo trong vận động phụ huynh cùng nhà trường xây dựng trường học an toàn",
    )


async def _cell_review(dctx: DecisionCtx, model_id: str, user: str) -> dict[str, Any]:
    """The cell committee's scoring meeting with the school's leadership and the organisations' boards."""
    h = dctx.demo.headers(user)
    body = {
        "holding_unit_id": dctx.demo.unit(SCHOOL_CELL),
        "campaign_id": dctx.campaign_id,
        "year": YEAR,
        "title": "Cấp ủy chi bộ phối hợp lãnh đạo nhà trường, Ban Chấp hành Công đoàn, Đoàn trường chấm điểm, "
        "bình xét mô hình “Dân vận khéo”",
        "held_on": str(TODAY),
        "place": "Phòng họp Trường THPT Vĩnh Linh",
        "chair": "Trần Văn Quang",
        "secretary": "Nguyễn Thị Hoa",
        "members": [
            {"full_name": "Trần Văn Quang", "title": "Bí thư Chi bộ, Hiệu trưởng"},
            {"full_name": "Nguyễn Thị Hoa", "title": "Phó Bí thư Chi bộ, Phó Hiệu trưởng"},
            {"full_name": "Lê Văn Sơn", "title": "Chủ tịch Công đoàn trường"},
            {"full_name": "Hoàng Thị Lan", "title": "Bí thư Đoàn trường"},
        ],
        "candidates": [
            {
                "model_id": model_id,
                "scores": [{"code": code, "score": score} for code, score in SCORES.items()],
                "note": "Nhà trường và phụ huynh đồng thuận cao.",
            }
        ],
    }
    r = await dctx.client.post("/api/v1/reviews", json=body, headers=h)
    assert r.status_code == 201, r.text
    review = r.json()
    url = f"/api/v1/reviews/{review['id']}"
    r = await dctx.client.post(
        f"{url}/minutes",
        data={"title": "Biên bản họp chấm điểm, bình xét của Chi bộ Trường THPT Vĩnh Linh"},
        files={"file": ("bien-ban-chi-bo-thpt.pdf", tiny_pdf("biên bản chi bộ trường"), "application/pdf")},
        headers=await if_match(dctx.client, url, h),
    )
    assert r.status_code == 201, r.text
    candidate = review["candidates"][0]["id"]
    votes = [{"member_id": m["id"], "candidate_id": candidate, "vote": "approve"} for m in review["members"]]
    r = await dctx.client.put(f"{url}/votes", json={"votes": votes}, headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    r = await dctx.client.post(f"{url}/close", headers=await if_match(dctx.client, url, h))
    assert r.status_code == 200, r.text
    return r.json()


async def _sees(dctx: DecisionCtx, user: str, model_id: str) -> None:
    h = dctx.demo.headers(user)
    for path in ("", "/evidence", "/history", "/authority", "/dossier"):
        r = await dctx.client.get(f"/api/v1/models/{model_id}{path}", headers=h)
        assert r.status_code == 200, (user, path, r.text)
    listed = await dctx.client.get("/api/v1/models", headers=h)
    assert [m["id"] for m in listed.json()["items"]] == [model_id]
    r = await dctx.client.get(f"/api/v1/campaigns/{dctx.campaign_id}", headers=h)
    assert r.status_code == 200, (user, r.text)


async def test_the_school_cell_scores_and_reviews_and_the_district_committee_decides(dctx: DecisionCtx) -> None:
    model = await _school_model(dctx)
    authority = (
        await dctx.client.get(f"/api/v1/models/{model['id']}/authority", headers=dctx.demo.headers("demo.mobiliser"))
    ).json()
    assert authority["case_number"] == 2
    assert authority["reviewing_unit"]["code"] == SCHOOL_CELL
    assert authority["deciding_unit"]["code"] == DISTRICT_COMMITTEE

    secretary = await dctx.person("thpt.cell", [("authority", SCHOOL_CELL)], home=SCHOOL_CELL)
    await _sees(dctx, secretary, model["id"])
    review = await _cell_review(dctx, model["id"], secretary)
    assert (review["holding_unit"]["code"], review["level"]) == (SCHOOL_CELL, "cell")
    assert review["level_label"] == {"vi": "Chi bộ bình xét, thẩm định", "en": "Cell review and appraisal"}
    assert review["candidates"][0]["total_score"] == 42.5
    assert review["candidates"][0]["outcome"] == "approved"
    assert review["minutes"]["title"].startswith("Biên bản họp chấm điểm")

    committee = await dctx.person("hu.authority", [("authority", DISTRICT_COMMITTEE)], home=DISTRICT_COMMITTEE)
    await _sees(dctx, committee, model["id"])
    r = await dctx.client.get(f"/api/v1/reviews/{review['id']}", headers=dctx.demo.headers(committee))
    assert r.status_code == 200, r.text
    body = dctx.decision_body(
        "model_recognition",
        [model["id"]],
        review["id"],
        number="45-QĐ/HU",
        unit=DISTRICT_COMMITTEE,
        signer_name="Nguyễn Văn Hùng",
        signer_title="Phó Bí thư Thường trực Huyện ủy",
    )
    decision = (await dctx.issue(body, user=committee)).json()
    assert decision["review"]["holding_unit"]["code"] == SCHOOL_CELL
    assert await dctx.state(model["id"]) == "recognized"
    for user in (secretary, committee):
        r = await dctx.client.get(f"/api/v1/decisions/{decision['id']}", headers=dctx.demo.headers(user))
        assert r.status_code == 200, r.text
        listed = await dctx.client.get("/api/v1/decisions", headers=dctx.demo.headers(user))
        assert [d["id"] for d in listed.json()["items"]] == [decision["id"]]


async def test_another_districts_authority_sees_none_of_it(dctx: DecisionCtx) -> None:
    model = await _school_model(dctx)
    secretary = await dctx.person("thpt.cell", [("authority", SCHOOL_CELL)], home=SCHOOL_CELL)
    review = await _cell_review(dctx, model["id"], secretary)
    stranger = await dctx.person("dh.authority", [("authority", "QT-DH-TU")], home="QT-DH-TU")
    h = dctx.demo.headers(stranger)
    for url in (f"/api/v1/models/{model['id']}", f"/api/v1/reviews/{review['id']}"):
        r = await dctx.client.get(url, headers=h)
        assert r.status_code == 404, (url, r.text)
    assert (await dctx.client.get("/api/v1/models", headers=h)).json()["items"] == []
    assert (await dctx.client.get("/api/v1/reviews", headers=h)).json()["items"] == []
    # Nor may it decide: the model is unknown to it.
    before = await dctx.snapshot([model["id"]])
    body = dctx.decision_body("model_recognition", [model["id"]], review["id"], unit="QT-DH-TU", number="9-QĐ/TU")
    r = await dctx.issue(body, user=stranger, expect=422)
    assert r.json()["code"] in ("unknown_unit", "unknown_model", "unknown_review")
    assert await dctx.snapshot([model["id"]]) == before
