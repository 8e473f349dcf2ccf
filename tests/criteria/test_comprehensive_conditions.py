"""A comprehensive model (seed 000 §2.2(1), "Mô hình “Dân vận khéo” toàn diện") carries extra conditions: every
organisation of the unit rated "hoàn thành tốt nhiệm vụ" or better, schools "tiên tiến", the unit and its
villages meet the cultural standard, ≥ 90 % of members complete tasks well; an individual rated "hoàn thành xuất
sắc nhiệm vụ". They are recorded with their evidence (PUT /models/{id}/conditions) and checked before
recognition (422 `guard_failed`, `comprehensive_conditions_met`); a standard exception does not waive them."""

from __future__ import annotations

from typing import Any

from tests.decisions.decision_support import DecisionCtx

COLLECTIVE = [
    "organisations_rated_well",
    "schools_advanced",
    "unit_cultural_standard",
    "villages_cultural",
    "members_completing_well",
]


def commune(dctx: DecisionCtx) -> dict[str, Any]:
    """Xã Vĩnh Thạch registers the whole commune as a comprehensive model."""
    return {
        "registrant_unit_id": dctx.demo.unit("QT-VL-VT"),
        "name": "Xã Vĩnh Thạch dân vận khéo toàn diện trong xây dựng nông thôn mới kiểu mẫu",
        "field_code": "new_rural",
        "model_type": "comprehensive",
    }


def url(model: dict[str, Any]) -> str:
    return f"/api/v1/models/{model['id']}/conditions"


async def put(
    dctx: DecisionCtx, model: dict[str, Any], entries: list[dict[str, Any]], user: str = "demo.mobiliser", **kw: Any
) -> Any:
    """PUT the conditions with the current ETag (unless `If-Match` is given) and return the response."""
    headers = dctx.demo.headers(user)
    if "if_match" in kw:
        if kw["if_match"] is not None:
            headers["If-Match"] = kw["if_match"]
    else:
        headers["If-Match"] = (await dctx.client.get(url(model), headers=headers)).headers.get("ETag", '"0"')
    return await dctx.client.put(url(model), json={"conditions": entries}, headers=headers)


async def rating_files(dctx: DecisionCtx, model: dict[str, Any]) -> dict[str, str]:
    """The commune's yearly rating papers, filed in the model's dossier."""
    files = {}
    for key, title in (
        ("rating", "Quyết định xếp loại chất lượng tổ chức trong hệ thống chính trị xã năm 2024"),
        ("schools", "Quyết định công nhận tập thể lao động tiên tiến năm học 2023-2024"),
        ("culture", "Quyết định công nhận xã đạt chuẩn văn hóa nông thôn mới, thôn đạt danh hiệu thôn văn hóa"),
        ("members", "Tổng hợp kết quả đánh giá, xếp loại đảng viên, CBCC-VC năm 2024"),
    ):
        files[key] = (await dctx.attach(model["id"], "other", "demo.registrant", title=title))["id"]
    return files


def entries(files: dict[str, str], *, organisations_met: bool) -> list[dict[str, Any]]:
    """What Xã Vĩnh Thạch records; `organisations_met` False: Hội Nông dân xã was rated only "hoàn thành nhiệm vụ"."""
    return [
        {
            "code": "organisations_rated_well",
            "met": organisations_met,
            "evidence_ids": [files["rating"]],
            "note": "7/7 tổ chức hoàn thành tốt nhiệm vụ trở lên."
            if organisations_met
            else "Hội Nông dân xã chỉ xếp loại hoàn thành nhiệm vụ.",
        },
        {"code": "schools_advanced", "met": True, "evidence_ids": [files["schools"]]},
        {"code": "unit_cultural_standard", "met": True, "evidence_ids": [files["culture"]]},
        {"code": "villages_cultural", "met": True, "evidence_ids": [files["culture"]], "note": "Tân Lập, Thái Lai"},
        {"code": "members_completing_well", "percentage": 92.6, "evidence_ids": [files["members"]]},
    ]


async def recognition(dctx: DecisionCtx, model: dict[str, Any], **item: Any) -> dict[str, Any]:
    review_id = await dctx.review({model["id"]: "approved"})
    body = dctx.decision_body("model_recognition", [model["id"]], review_id)
    body["models"][0].update(item)
    return body


async def test_a_commune_with_one_organisation_rated_only_completing_tasks_is_not_recognised(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed(**commune(dctx))
    files = await rating_files(dctx, model)
    r = await put(dctx, model, entries(files, organisations_met=False))
    assert r.status_code == 200, r.text
    assert r.json()["all_met"] is False and r.json()["unmet"] == ["organisations_rated_well"]
    body = await recognition(dctx, model)
    before = await dctx.snapshot([model["id"]])
    problem = (await dctx.issue(body, expect=422)).json()
    assert problem["code"] == "guard_failed"
    [error] = problem["errors"]
    assert error["code"] == "comprehensive_conditions_met" and error["condition"] == "organisations_rated_well"
    assert error["status"] == "not_met" and error["pointer"] == "#/models/0/model_id"
    assert error["model_id"] == model["id"] and "hoàn thành tốt nhiệm vụ" in error["detail"]
    # A standard exception does not waive a comprehensive model's conditions.
    body["models"][0]["standard_exception"] = {"reason": "Ban Thường vụ thống nhất công nhận."}
    problem = (await dctx.issue(body, expect=422)).json()
    assert [e["condition"] for e in problem["errors"]] == ["organisations_rated_well"]
    assert await dctx.snapshot([model["id"]]) == before


async def test_conditions_met_the_commune_is_recognised(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed(**commune(dctx))
    files = await rating_files(dctx, model)
    assert (await put(dctx, model, entries(files, organisations_met=False))).status_code == 200
    r = await put(dctx, model, entries(files, organisations_met=True), user="demo.registrant")
    assert r.status_code == 200, r.text
    read = r.json()
    assert read["all_met"] is True and read["required"] is True and read["version"] == 2
    assert r.headers["ETag"] == '"2"'
    by_code = {c["code"]: c for c in read["conditions"]}
    assert list(by_code) == COLLECTIVE
    # The changed entry names its new recorder; the ones sent again unchanged keep the first.
    assert by_code["organisations_rated_well"]["recorded_by"]["name"] == "Trần Thị Bình"
    assert by_code["schools_advanced"]["recorded_by"]["name"] == "Lê Văn Cường"
    assert by_code["members_completing_well"]["status"] == "met"
    assert by_code["members_completing_well"]["threshold"] == 90
    assert by_code["organisations_rated_well"]["evidence_ids"] == [files["rating"]]
    decision = (await dctx.issue(await recognition(dctx, model))).json()
    assert decision["models"][0]["to_state"] == "recognized"
    # Decided: the conditions no longer change.
    r = await put(dctx, model, entries(files, organisations_met=False))
    assert r.status_code == 409 and r.json()["code"] == "conditions_locked"


async def test_a_unit_without_a_school_records_it_as_not_applicable(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed(
        registrant_unit_id=dctx.demo.unit("QT-VL-VT-MTTQ"),
        name="Mặt trận xã Vĩnh Thạch dân vận khéo toàn diện",
        field_code="political_system",
        model_type="comprehensive",
    )
    files = await rating_files(dctx, model)
    recorded = entries(files, organisations_met=True)
    recorded[1] = {"code": "schools_advanced", "applies": False, "note": "Ủy ban MTTQ xã không quản lý trường học."}
    r = await put(dctx, model, recorded)
    assert r.status_code == 200, r.text
    assert r.json()["conditions"][1]["status"] == "not_applicable" and r.json()["all_met"] is True
    await dctx.issue(await recognition(dctx, model))


async def test_an_individual_needs_the_excellent_rating_recorded(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed(
        registrant_kind="individual",
        individual_name="Trần Thị Bình",
        individual_position="Phó Chủ tịch Hội Liên hiệp Phụ nữ xã",
        registrant_unit_id=dctx.demo.unit("QT-VL-VT-HLHPN"),
        model_type="comprehensive",
    )
    read = (await dctx.client.get(url(model), headers=dctx.demo.headers("demo.authority"))).json()
    assert [c["code"] for c in read["conditions"]] == ["individual_rated_excellent"]
    assert read["conditions"][0]["status"] == "not_recorded" and read["version"] == 0
    problem = (await dctx.issue(await recognition(dctx, model), expect=422)).json()
    assert [(e["condition"], e["status"]) for e in problem["errors"]] == [
        ("individual_rated_excellent", "not_recorded")
    ]
    proof = await dctx.attach(model["id"], "other", title="Quyết định đánh giá hoàn thành xuất sắc nhiệm vụ năm 2024")
    r = await put(dctx, model, [{"code": "individual_rated_excellent", "met": True, "evidence_ids": [proof["id"]]}])
    assert r.status_code == 200, r.text
    await dctx.issue(await recognition(dctx, model))


async def test_a_field_specific_model_needs_no_conditions(dctx: DecisionCtx) -> None:
    model = await dctx.surveyed()
    read = (await dctx.client.get(url(model), headers=dctx.demo.headers("demo.registrant"))).json()
    assert read["required"] is False and read["model_type"] == "field_specific"
    r = await put(dctx, model, [{"code": "schools_advanced", "applies": False, "note": "Thôn không có trường."}])
    assert r.status_code == 409 and r.json()["code"] == "model_not_comprehensive"
    await dctx.issue(await recognition(dctx, model))


async def test_who_may_see_and_record_the_conditions(dctx: DecisionCtx) -> None:
    model = await dctx.reported(**commune(dctx))
    outsider = await dctx.person("dh.registrant", [("registrant", "QT-DH")], home="QT-DH")
    for user in (outsider,):
        assert (await dctx.client.get(url(model), headers=dctx.demo.headers(user))).status_code == 404
        r = await put(dctx, model, [], user=user, if_match='"0"')
        assert r.status_code == 404 and r.json()["code"] == "not_found"
    for user in ("demo.authority", "demo.viewer"):
        assert (await dctx.client.get(url(model), headers=dctx.demo.headers(user))).status_code == 200
        r = await put(dctx, model, [], user=user)
        assert r.status_code == 403 and r.json()["code"] == "not_condition_recorder"
    assert (await put(dctx, model, [], if_match=None)).status_code == 428
    assert (await put(dctx, model, [], if_match='"3"')).status_code == 412
    r = await put(dctx, model, [], if_match='"0"')
    assert r.status_code == 200 and r.json()["version"] == 1
    r = await dctx.client.get(url(model), headers={**dctx.demo.headers("demo.viewer"), "If-None-Match": '"1"'})
    assert r.status_code == 304
    assert (await dctx.client.get(url(model))).status_code == 401


async def test_bad_conditions_change_nothing(dctx: DecisionCtx) -> None:
    model = await dctx.reported(**commune(dctx))
    files = await rating_files(dctx, model)
    assert (await put(dctx, model, entries(files, organisations_met=False))).status_code == 200
    other = await dctx.reported()
    foreign = (await dctx.attach(other["id"], "other"))["id"]
    good = entries(files, organisations_met=True)
    cases: list[tuple[list[dict[str, Any]], str, str]] = [
        ([{"code": "astrology", "met": True}], "unknown_condition", "#/conditions/0/code"),
        ([{"code": "individual_rated_excellent", "met": True}], "unknown_condition", "#/conditions/0/code"),
        ([good[0], good[0]], "duplicate_condition", "#/conditions/1/code"),
        ([{"code": "organisations_rated_well"}], "condition_needs_met", "#/conditions/0/met"),
        ([{"code": "members_completing_well", "met": True}], "condition_needs_percentage", "#/conditions/0/percentage"),
        (
            [{"code": "unit_cultural_standard", "applies": False, "note": "x"}],
            "condition_always_applies",
            "#/conditions/0/applies",
        ),
        ([{"code": "villages_cultural", "applies": False}], "not_applicable_needs_note", "#/conditions/0/note"),
        ([{"code": "unit_cultural_standard", "met": True}], "condition_evidence_needed", "#/conditions/0/evidence_ids"),
        (
            [{"code": "unit_cultural_standard", "met": True, "evidence_ids": [foreign]}],
            "unknown_evidence",
            "#/conditions/0/evidence_ids/0",
        ),
        ([{"code": "members_completing_well", "percentage": 101}], "validation_failed", "#/conditions/0/percentage"),
        ([{"code": "members_completing_well", "percentage": True}], "validation_failed", "#/conditions/0/percentage"),
        ([{"code": "organisations_rated_well", "met": "yes"}], "validation_failed", "#/conditions/0/met"),
        (
            [{"code": "organisations_rated_well", "met": True, "rated_by": "x"}],
            "validation_failed",
            "#/conditions/0/rated_by",
        ),
        ([{"code": "Organisations rated well", "met": True}], "validation_failed", "#/conditions/0/code"),
        (
            [{"code": "organisations_rated_well", "met": True, "note": "x" * 2001}],
            "validation_failed",
            "#/conditions/0/note",
        ),
    ]
    before = (await dctx.client.get(url(model), headers=dctx.demo.headers("demo.mobiliser"))).json()
    for conditions, code, pointer in cases:
        r = await put(dctx, model, conditions)
        assert r.status_code == 422, (conditions, r.text)
        problem = r.json()
        assert problem["code"] == ("validation_failed" if code == "validation_failed" else "invalid_conditions")
        pointed = [e for e in problem["errors"] if e["pointer"] == pointer]
        assert pointed and (code == "validation_failed" or pointed[0]["code"] == code), (conditions, problem)
    r = await put(dctx, model, [{}] * 7)
    assert r.status_code == 422
    assert (await dctx.client.get(url(model), headers=dctx.demo.headers("demo.mobiliser"))).json() == before


async def test_the_catalogue_and_the_workflow_name_the_conditions(dctx: DecisionCtx) -> None:
    headers = dctx.demo.headers("demo.registrant")
    catalogue = (await dctx.client.get("/api/v1/comprehensive-conditions", headers=headers)).json()
    assert [c["code"] for c in catalogue] == [*COLLECTIVE, "individual_rated_excellent"]
    assert catalogue[0]["label_vi"].startswith("Từng tổ chức trong hệ thống chính trị và hội quần chúng")
    assert catalogue[4]["measure"] == "percentage" and catalogue[4]["threshold"] == 90
    assert catalogue[5]["registrant_kind"] == "individual"
    assert [c["may_not_apply"] for c in catalogue] == [False, True, False, True, False, False]
    assert (await dctx.client.get("/api/v1/comprehensive-conditions")).status_code == 401
    workflow = (await dctx.client.get("/api/v1/workflow", headers=headers)).text
    assert "comprehensive_conditions_met" in workflow
