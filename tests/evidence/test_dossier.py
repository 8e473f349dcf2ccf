"""The dossier rules over HTTP: a model goes draft → surveyed with its real files, and
GET /models/{id}/dossier tells the truth at every step."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import update

from app.models import RegisteredModel
from tests.evidence.conftest import jpeg_with_gps, stored_keys
from tests.registry.conftest import RESULTS, SURVEY


async def _dossier(ctx, mid: str, user: str = "demo.viewer", lang: str = "vi") -> dict:
    r = await ctx.client.get(
        f"/api/v1/models/{mid}/dossier", headers=ctx.demo.headers(user, **{"Accept-Language": lang})
    )
    assert r.status_code == 200, r.text
    return r.json()


def _action(dossier: dict, action: str) -> dict:
    return next(a for a in dossier["actions"] if a["action"] == action)


@pytest.mark.parametrize("store", ["local", "s3"], indirect=True)
async def test_a_model_goes_from_draft_to_surveyed_with_its_real_dossier(ctx, store) -> None:
    mid = (await ctx.create())["id"]

    dossier = await _dossier(ctx, mid)
    assert dossier["state"] == "draft" and [a["action"] for a in dossier["actions"]] == ["submit", "withdraw"]
    submit = _action(dossier, "submit")
    assert submit["complete"] is False and submit["missing"] == ["registration_form"] and submit["present"] == []
    [form_item] = submit["required"]
    assert form_item["label"] == {"vi": "Bảng đăng ký mô hình (Mẫu 1)", "en": "Registration form (Mẫu 1)"}
    assert form_item["min_count"] == 1 and form_item["present_count"] == 0 and form_item["evidence_ids"] == []
    assert _action(dossier, "withdraw") == {**_action(dossier, "withdraw"), "complete": True, "required": []}

    refused = await ctx.move(mid, "demo.registrant", "submit", expect=422)
    assert refused["code"] == "guard_failed"
    assert [e["code"] for e in refused["errors"]] == ["registration_form_attached"]

    form = await ctx.attach(mid, "registration_form", title="Bảng đăng ký mô hình (Mẫu 1)")
    await ctx.attach(mid, "implementation_document", title="Kế hoạch triển khai")
    submit = _action(await _dossier(ctx, mid), "submit")
    assert submit["complete"] is True and submit["present"] == ["registration_form"] and submit["missing"] == []
    assert submit["required"][0]["evidence_ids"] == [form["id"]]

    await ctx.move(mid, "demo.registrant", "submit")
    dossier = await _dossier(ctx, mid)
    assert dossier["state"] == "registered"
    assert [(a["action"], a["required"]) for a in dossier["actions"]] == [
        ("accept", []),
        ("return", []),
        ("withdraw", []),
    ]
    await ctx.move(mid, "demo.mobiliser", "accept")

    report = _action(await _dossier(ctx, mid, lang="en"), "report_results")
    assert report["missing"] == ["result_report"]
    assert report["required"][0]["alternative"]["en"].startswith("or send the report as text")
    no_report = {"results": RESULTS["results"]}
    refused = await ctx.move(mid, "demo.registrant", "report_results", expect=422, **no_report)
    assert [e["code"] for e in refused["errors"]] == ["result_report_given"]
    result_file = await ctx.attach(mid, "result_report", title="Báo cáo kết quả năm")
    report = _action(await _dossier(ctx, mid), "report_results")
    assert report["complete"] and report["required"][0]["evidence_ids"] == [result_file["id"]]
    model = await ctx.move(mid, "demo.registrant", "report_results", **no_report)
    assert model["state"] == "reported"

    await ctx.attach(
        mid,
        "survey_photo",
        "demo.mobiliser",
        content=jpeg_with_gps(),
        filename="khao-sat.jpg",
        content_type="image/jpeg",
        keep_location=True,
        latitude=17.0,
        longitude=107.0,
    )
    model = await ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY)
    assert model["state"] == "surveyed"
    dossier = await _dossier(ctx, mid)
    assert [a["action"] for a in dossier["actions"]] == ["return", "withdraw"]

    files = (await ctx.client.get(f"/api/v1/models/{mid}/evidence", headers=ctx.demo.headers("demo.viewer"))).json()
    assert [(f["kind"], f["model_state"]) for f in files["items"]] == [
        ("registration_form", "draft"),
        ("implementation_document", "draft"),
        ("result_report", "implementing"),
        ("survey_photo", "reported"),
    ]
    assert await stored_keys(store) == {f["sha256"] for f in files["items"]}
    for f in files["items"]:
        r = await ctx.client.get(f["content_url"], headers=ctx.demo.headers("demo.viewer"))
        assert r.status_code == 200 and len(r.content) == f["size"]


async def test_a_text_report_is_enough_for_report_results(ctx) -> None:
    mid = (await ctx.create(with_form=True))["id"]
    await ctx.move(mid, "demo.registrant", "submit")
    await ctx.move(mid, "demo.mobiliser", "accept")
    assert (await ctx.move(mid, "demo.registrant", "report_results", **RESULTS))["state"] == "reported"


async def test_a_model_in_field_other_needs_the_managing_units_confirmation(ctx) -> None:
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    dossier = await _dossier(ctx, mid)
    assert dossier["field_requires_confirmation"] is True
    submit = _action(dossier, "submit")
    assert submit["present"] == ["registration_form"] and submit["missing"] == ["confirmation"]
    refused = await ctx.move(mid, "demo.registrant", "submit", expect=422)
    assert [e["code"] for e in refused["errors"]] == ["other_field_confirmed"]
    # A scanned paper is not the act: the line stays missing until a user of the managing unit confirms.
    scan = await ctx.attach(mid, "confirmation", "demo.mobiliser", title="Giấy xác nhận của UBND xã (bản chụp)")
    assert _action(await _dossier(ctx, mid), "submit")["missing"] == ["confirmation"]
    # Thôn Tân Lập is managed by Xã Vĩnh Thạch, where demo.registrant holds their role.
    act = await ctx.confirm(mid, "demo.registrant", "other_field", evidence_id=scan["id"])
    line = _action(await _dossier(ctx, mid), "submit")["required"][1]
    assert (line["code"], line["confirmation"], line["satisfied"]) == ("confirmation", "other_field", True)
    assert line["confirmation_ids"] == [act["id"]] and line["evidence_ids"] == [scan["id"]]
    assert (await ctx.move(mid, "demo.registrant", "submit"))["state"] == "registered"


async def test_models_in_the_five_fields_need_no_confirmation(ctx) -> None:
    mid = (await ctx.create())["id"]
    dossier = await _dossier(ctx, mid)
    assert dossier["field_requires_confirmation"] is False
    assert [i["code"] for i in _action(dossier, "submit")["required"]] == ["registration_form"]


async def test_a_recognised_model_shows_the_exemplar_dossier(ctx, session) -> None:
    mid = (await ctx.create())["id"]
    # The recognition decision is issue 5's; put the model there directly.
    await session.execute(
        update(RegisteredModel).where(RegisteredModel.id == uuid.UUID(mid)).values(state="recognized")
    )
    await session.commit()
    nominate = _action(await _dossier(ctx, mid, lang="en"), "nominate")
    assert nominate["label"]["en"] == "Nominate as exemplar" and nominate["complete"] is False
    assert nominate["missing"] == [
        "review_minutes",
        "submission",
        "achievement_report_confirmed",
        "model_photos",
        "portraits",
    ]

    await ctx.attach(mid, "review_minutes", "demo.mobiliser")
    await ctx.attach(mid, "submission")
    await ctx.attach(mid, "achievement_report", title="Báo cáo thành tích (chưa xác nhận)")
    for i in range(2):
        await ctx.attach(
            mid, "model_photo", content=jpeg_with_gps(f"#00{i}000"), filename=f"mh{i}.jpg", content_type="image/jpeg"
        )
    await ctx.attach(mid, "portrait", content=jpeg_with_gps("#0000f0"), filename="cd.jpg", content_type="image/jpeg")
    nominate = _action(await _dossier(ctx, mid), "nominate")
    assert nominate["missing"] == ["achievement_report_confirmed", "portraits"]
    portraits = next(i for i in nominate["required"] if i["code"] == "portraits")
    assert portraits["present_count"] == 1 and portraits["min_count"] == 2

    confirmed = await ctx.attach(mid, "achievement_report", title="Báo cáo thành tích có xác nhận của Đảng ủy xã")
    await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=confirmed["id"])
    await ctx.attach(mid, "portrait", content=jpeg_with_gps("#0000f1"), filename="cd2.jpg", content_type="image/jpeg")
    nominate = _action(await _dossier(ctx, mid), "nominate")
    assert nominate["complete"] is True and nominate["missing"] == []
    report = next(i for i in nominate["required"] if i["code"] == "achievement_report_confirmed")
    assert report["evidence_ids"] == [confirmed["id"]] and report["confirmed_by_grassroots_required"] is True
