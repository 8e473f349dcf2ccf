"""Confirmations are acts (issue 17 §3): a model in field `other` waits for its managing unit's user to confirm
it (seed 000 §2.2), an exemplar's achievement report for the grassroots party committee's user (§5); the
guards count those acts, a withdrawal makes them fail again, and nobody else can act."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from app.models import Confirmation, Event
from tests.confirmations.support import commune_chair, confirmations, history, person, url, withdraw
from tests.public.showcase_support import decide
from tests.registry.conftest import RESULTS, SURVEY, Ctx
from tests.storage.upload_samples import jpeg, png


async def _events(session: Any, type_: str) -> list[Event]:
    await session.commit()
    return list(await session.scalars(select(Event).where(Event.type == type_).order_by(Event.id)))


async def test_an_other_field_model_waits_for_its_managing_units_act(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    refused = await ctx.move(mid, "demo.registrant", "submit", expect=422)
    assert [e["code"] for e in refused["errors"]] == ["other_field_confirmed"]

    r = await ctx.client.post(
        url(mid),
        json={"kind": "other_field", "note": "UBND xã đã duyệt nội dung thực hiện."},
        headers=ctx.demo.headers(chair),
    )
    assert r.status_code == 201, r.text
    act = r.json()
    assert r.headers["location"] == f"/api/v1/models/{mid}/confirmations/{act['id']}"
    assert (act["kind"], act["status"], act["counts"], act["legacy"]) == ("other_field", "confirmed", True, False)
    assert act["confirmed_by"]["full_name"] == "Hồ Văn Tâm"
    assert act["confirming_unit"]["code"] == "QT-VL-VT" and act["evidence_id"] is None
    assert act["kind_label"].startswith("Xác nhận của đơn vị trực tiếp quản lý")
    got = await ctx.client.get(r.headers["location"], headers=ctx.demo.headers("demo.viewer"))
    assert got.status_code == 200 and got.json() == act

    assert (await ctx.move(mid, "demo.registrant", "submit"))["state"] == "registered"
    confirm, submit = (await history(ctx, mid))[-2:]
    assert (confirm["action"], confirm["from_state"], confirm["to_state"]) == ("confirm", "draft", "draft")
    assert confirm["actor_name"] == "Hồ Văn Tâm" and confirm["details"]["confirmation_id"] == act["id"]
    assert confirm["details"]["confirming_unit_id"] == ctx.demo.unit("QT-VL-VT") and confirm["request_id"]
    assert submit["action"] == "submit"
    [event] = await _events(session, "model.confirmed")
    assert event.resource_id == mid and event.data["confirmation_id"] == act["id"]


async def test_a_withdrawn_confirmation_makes_the_guard_fail_again(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    act = await ctx.confirm(mid, chair, "other_field")
    await ctx.move(mid, "demo.registrant", "submit")

    refused = await withdraw(ctx, mid, act["id"], chair, expect=422)  # a reason is required
    assert refused["code"] == "validation_failed"
    withdrawn = await withdraw(ctx, mid, act["id"], chair, reason="Nội dung đăng ký chưa đúng với thực tế.")
    assert (withdrawn["status"], withdrawn["counts"]) == ("withdrawn", False)
    assert withdrawn["withdrawn_by"]["full_name"] == "Hồ Văn Tâm" and withdrawn["withdrawn_at"]
    assert withdrawn["withdrawal_reason"] == "Nội dung đăng ký chưa đúng với thực tế."
    last = (await history(ctx, mid))[-1]
    assert (last["action"], last["reason"]) == ("withdraw_confirmation", "Nội dung đăng ký chưa đúng với thực tế.")
    assert [e.data["reason"] for e in await _events(session, "model.confirmation-withdrawn")] == [last["reason"]]

    # The board cannot accept it now; the second withdrawal is refused.
    refused = await ctx.move(mid, "demo.mobiliser", "accept", expect=422)
    assert [e["code"] for e in refused["errors"]] == ["other_field_confirmed"]
    again = await withdraw(ctx, mid, act["id"], chair, expect=409, reason="Lần nữa")
    assert again["code"] == "confirmation_withdrawn"

    # A new act (the withdrawn one stays on the record) lets it through.
    await ctx.confirm(mid, chair, "other_field")
    assert [c["status"] for c in await confirmations(ctx, mid)] == ["withdrawn", "confirmed"]
    assert (await ctx.move(mid, "demo.mobiliser", "accept"))["state"] == "implementing"


async def test_only_a_user_of_the_managing_unit_may_confirm(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    stranger = await person(ctx, session, "hx.registrant", "Người Hồ Xá", "registrant", "QT-VL-HX")
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    before = await history(ctx, mid)
    # They see the model but act for another unit: the district board (a role above the commune), the
    # commune's party committee (its viewer role at the commune acts for nothing), the district's viewer.
    for user in ("demo.mobiliser", "demo.authority", "demo.viewer"):
        problem = await ctx.confirm(mid, user, "other_field", expect=403)
        assert problem["code"] == "confirmation_not_permitted", user
        assert problem["confirming_unit"]["code"] == "QT-VL-VT"
    en = await ctx.client.post(
        url(mid), json={"kind": "other_field"}, headers=ctx.demo.headers("demo.mobiliser", **{"Accept-Language": "en"})
    )
    assert "Only a user of Xã Vĩnh Thạch (QT-VL-VT)" in en.json()["detail"]
    # A user of another commune cannot see the model: 404, never 403.
    assert (await ctx.confirm(mid, stranger, "other_field", expect=404))["code"] == "not_found"
    assert (await ctx.client.get(url(mid), headers=ctx.demo.headers(stranger))).status_code == 404
    assert await confirmations(ctx, mid) == [] and await history(ctx, mid) == before

    act = await ctx.confirm(mid, chair, "other_field")
    for user, status in (("demo.mobiliser", 403), ("demo.authority", 403), (stranger, 404)):
        problem = await withdraw(ctx, mid, act["id"], user, expect=status, reason="Không đồng ý")
        assert problem["code"] == ("confirmation_not_permitted" if status == 403 else "not_found")
    r = await ctx.client.get(url(mid, f"/{act['id']}"), headers=ctx.demo.headers(stranger))
    assert r.status_code == 404
    assert [c["status"] for c in await confirmations(ctx, mid)] == ["confirmed"]


async def test_an_individual_is_confirmed_by_the_unit_they_register_through(ctx, session) -> None:
    women = await person(ctx, session, "hlhpn.vinhthach", "Nguyễn Thị Lan", "registrant", "QT-VL-VT-HLHPN")
    body = {
        "registrant_unit_id": ctx.demo.unit("QT-VL-VT-HLHPN"),
        "registrant_kind": "individual",
        "individual_name": "Trần Thị Bình",
        "field_code": "other",
    }
    mid = (await ctx.create(with_form=True, **body))["id"]
    problem = await ctx.confirm(mid, "demo.registrant", "other_field", expect=403)
    assert problem["confirming_unit"]["code"] == "QT-VL-VT-HLHPN"
    act = await ctx.confirm(mid, women, "other_field")
    assert act["confirming_unit"]["name"] == "Hội Liên hiệp Phụ nữ Xã Vĩnh Thạch"
    assert (await ctx.move(mid, "demo.registrant", "submit"))["state"] == "registered"


async def _recognised(ctx: Ctx, session: Any) -> str:
    mid = (await ctx.create(with_form=True))["id"]
    await ctx.move(mid, "demo.registrant", "submit")
    await ctx.move(mid, "demo.mobiliser", "accept")
    await ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
    await ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY)
    await decide(session, ctx.demo, [mid])
    return mid


async def _exemplar_dossier(ctx: Ctx, mid: str) -> dict[str, Any]:
    """Minutes, submission, photos, portraits and the achievement report (not confirmed yet)."""
    await ctx.attach(mid, "review_minutes", "demo.mobiliser")
    await ctx.attach(mid, "submission")
    report = await ctx.attach(mid, "achievement_report", title="Báo cáo thành tích của chi bộ thôn Tân Lập")
    for kind in ("model_photo", "portrait"):
        await ctx.attach(mid, kind, content=jpeg(), filename=f"{kind}-1.jpg", content_type="image/jpeg")
        await ctx.attach(mid, kind, content=png(), filename=f"{kind}-2.png", content_type="image/png")
    return dict(report)


async def test_the_exemplar_dossier_needs_the_grassroots_committees_act(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    mid = await _recognised(ctx, session)
    report = await _exemplar_dossier(ctx, mid)
    refused = await ctx.move(mid, "demo.registrant", "nominate", expect=422)
    [error] = refused["errors"]
    assert error["code"] == "exemplar_dossier_complete" and "chưa tệp nào được cấp ủy cơ sở xác nhận" in error["detail"]

    # The commune's chair, the registrant and the board are not the grassroots party committee (Đảng ủy xã).
    for user in (chair, "demo.registrant", "demo.mobiliser"):
        problem = await ctx.confirm(mid, user, "achievement_report", evidence_id=report["id"], expect=403)
        assert problem["confirming_unit"]["code"] == "QT-VL-VT-DU", user
    act = await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=report["id"])
    assert act["confirming_unit"]["name"] == "Đảng ủy Xã Vĩnh Thạch" and act["evidence_id"] == report["id"]
    read = await ctx.client.get(f"/api/v1/evidence/{report['id']}", headers=ctx.demo.headers("demo.viewer"))
    assert read.json()["confirmed_by_grassroots"] is True
    [event] = await _events(session, "evidence.confirmed")
    assert event.resource_type == "evidence" and event.resource_id == report["id"]

    # Withdrawn, the dossier is incomplete again; confirmed anew, the model can be nominated.
    await withdraw(ctx, mid, act["id"], "demo.authority", reason="Cần bổ sung số liệu năm nay.")
    read = await ctx.client.get(f"/api/v1/evidence/{report['id']}", headers=ctx.demo.headers("demo.viewer"))
    assert read.json()["confirmed_by_grassroots"] is False
    assert [e["code"] for e in (await ctx.move(mid, "demo.registrant", "nominate", expect=422))["errors"]] == [
        "exemplar_dossier_complete"
    ]
    again = await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=report["id"])
    r = await ctx.client.get(f"/api/v1/models/{mid}/dossier", headers=ctx.demo.headers("demo.registrant"))
    nominate = next(a for a in r.json()["actions"] if a["action"] == "nominate")
    line = next(i for i in nominate["required"] if i["code"] == "achievement_report_confirmed")
    assert line["confirmation"] == "achievement_report" and line["confirmation_ids"] == [again["id"]]
    assert line["evidence_ids"] == [report["id"]] and nominate["complete"] is True
    assert (await ctx.move(mid, "demo.registrant", "nominate"))["state"] == "nominated"


async def test_an_act_of_a_unit_that_no_longer_confirms_does_not_count(ctx, session) -> None:
    """The guards check the act's unit against the tree as it is: the cell moved to another committee."""
    from sqlalchemy import update

    from app.models import Unit

    mid = await _recognised(ctx, session)
    report = await _exemplar_dossier(ctx, mid)
    act = await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=report["id"])
    await session.execute(
        update(Unit).where(Unit.code == "QT-VL-VT-TL-CB").values(party_org_id=ctx.demo.unit("QT-VL-HX-DU"))
    )
    await session.commit()
    [read] = await confirmations(ctx, mid)
    assert read["id"] == act["id"] and (read["status"], read["counts"]) == ("confirmed", False)
    assert [e["code"] for e in (await ctx.move(mid, "demo.registrant", "nominate", expect=422))["errors"]] == [
        "exemplar_dossier_complete"
    ]


async def test_bad_input_changes_nothing(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    other = (await ctx.create(field_code="other", with_form=True))["id"]
    economy = (await ctx.create(with_form=True))["id"]
    form = (await ctx.client.get(f"/api/v1/models/{other}/evidence", headers=ctx.demo.headers(chair))).json()
    form_id = form["items"][0]["id"]
    before = {mid: await history(ctx, mid) for mid in (other, economy)}
    cases: list[tuple[str, dict[str, Any], int, str]] = [
        (other, {"kind": "approval"}, 422, "validation_failed"),
        (other, {"kind": True}, 422, "validation_failed"),
        (other, {"kind": "other_field", "extra": 1}, 422, "validation_failed"),
        (other, {"kind": "other_field", "note": "x" * 2001}, 422, "validation_failed"),
        (other, {"kind": "other_field", "evidence_id": "not-a-uuid"}, 422, "validation_failed"),
        (other, {"kind": "other_field", "evidence_id": form_id}, 422, "confirmation_file_invalid"),
        (other, {"kind": "other_field", "evidence_id": str(uuid.uuid4())}, 422, "confirmation_file_invalid"),
        (economy, {"kind": "other_field"}, 422, "confirmation_not_applicable"),
    ]
    for mid, body, status, code in cases:
        r = await ctx.client.post(url(mid), json=body, headers=ctx.demo.headers(chair))
        assert (r.status_code, r.json()["code"]) == (status, code), body
    r = await ctx.client.post(
        url(other), content=b"{", headers=ctx.demo.headers(chair, **{"Content-Type": "application/json"})
    )
    assert (r.status_code, r.json()["code"]) == (400, "malformed_json")
    # The grassroots committee names no file, or the wrong one.
    for extra, code in (({}, "evidence_required"), ({"evidence_id": form_id}, "confirmation_file_invalid")):
        problem = await ctx.confirm(other, "demo.authority", "achievement_report", expect=422, **extra)
        assert problem["code"] == code and problem["errors"][0]["pointer"] == "#/evidence_id"
    await session.commit()
    assert await session.scalar(select(func.count()).select_from(Confirmation)) == 0
    assert {mid: await history(ctx, mid) for mid in (other, economy)} == before
    assert await _events(session, "model.confirmed") == []

    # Twice the same act: 409 naming the first; a withdrawn model takes no confirmation.
    act = await ctx.confirm(other, chair, "other_field")
    again = await ctx.confirm(other, chair, "other_field", expect=409)
    assert again["code"] == "already_confirmed" and again["confirmation_id"] == act["id"]
    withdrawn = (await ctx.create(field_code="other"))["id"]
    await ctx.move(withdrawn, "demo.registrant", "withdraw", reason="Đơn vị rút đăng ký.")
    assert (await ctx.confirm(withdrawn, chair, "other_field", expect=409))["code"] == "model_withdrawn"
    assert len(await confirmations(ctx, other)) == 1


async def test_a_retry_with_the_same_key_records_one_act(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other"))["id"]
    headers = ctx.demo.headers(chair, **{"Idempotency-Key": "xac-nhan-tan-lap-1"})
    first = await ctx.client.post(url(mid), json={"kind": "other_field"}, headers=headers)
    second = await ctx.client.post(url(mid), json={"kind": "other_field"}, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.headers.get("idempotent-replayed") == "true" and second.json() == first.json()
    assert len(await confirmations(ctx, mid)) == 1
    assert [h["action"] for h in await history(ctx, mid)].count("confirm") == 1


async def test_an_upload_can_no_longer_mark_a_file_confirmed(ctx) -> None:
    mid = (await ctx.create())["id"]
    problem = await ctx.attach(mid, "achievement_report", confirmed_by_grassroots=True, expect=422)
    assert problem["code"] == "confirmation_by_act_required"
    assert problem["errors"][0]["pointer"] == "#/confirmed_by_grassroots"
    listed = await ctx.client.get(f"/api/v1/models/{mid}/evidence", headers=ctx.demo.headers("demo.viewer"))
    assert listed.json()["items"] == []
    # An old client that always sends `false` still works; the file reads as not confirmed.
    stored = await ctx.attach(mid, "achievement_report", confirmed_by_grassroots=False)
    assert stored["confirmed_by_grassroots"] is False


async def test_a_file_a_confirmation_names_cannot_be_removed(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    mid = (await ctx.create(field_code="other"))["id"]
    scan = await ctx.attach(mid, "confirmation", title="Giấy xác nhận của UBND xã (bản chụp)")
    act = await ctx.confirm(mid, chair, "other_field", evidence_id=scan["id"], note="Kèm bản chụp giấy xác nhận.")
    assert act["evidence_id"] == scan["id"] and act["note"] == "Kèm bản chụp giấy xác nhận."
    r = await ctx.client.delete(f"/api/v1/evidence/{scan['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 409 and r.json()["code"] == "evidence_confirmed"
    await withdraw(ctx, mid, act["id"], chair, reason="Thay bằng giấy xác nhận mới.")
    r = await ctx.client.delete(f"/api/v1/evidence/{scan['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 409  # the record keeps what it confirmed


async def test_a_legacy_flag_is_a_record_that_counts_for_nothing(ctx, session) -> None:
    """What the migration makes of a file flagged at upload: listed, attributed to nobody, never counted; the
    grassroots committee may withdraw it."""
    mid = await _recognised(ctx, session)
    report = await _exemplar_dossier(ctx, mid)
    legacy = Confirmation(
        model_id=uuid.UUID(mid),
        kind="achievement_report",
        evidence_id=uuid.UUID(report["id"]),
        legacy=True,
        note="Đánh dấu khi tải lên.",
    )
    session.add(legacy)
    await session.commit()
    [read] = await confirmations(ctx, mid)
    assert (read["legacy"], read["counts"], read["confirmed_by"], read["confirming_unit"]) == (True, False, None, None)
    got = await ctx.client.get(f"/api/v1/evidence/{report['id']}", headers=ctx.demo.headers("demo.viewer"))
    assert got.json()["confirmed_by_grassroots"] is False
    assert (await ctx.move(mid, "demo.registrant", "nominate", expect=422))["errors"][0]["code"] == (
        "exemplar_dossier_complete"
    )
    refused = await withdraw(ctx, mid, read["id"], "demo.mobiliser", expect=403, reason="Không có quyền")
    assert refused["code"] == "confirmation_not_permitted" and refused["confirming_unit"]["code"] == "QT-VL-VT-DU"
    withdrawn = await withdraw(ctx, mid, read["id"], "demo.authority", reason="Thay bằng xác nhận của Đảng ủy.")
    assert withdrawn["status"] == "withdrawn"
