"""Confirmation acts in the change feed: `model.confirmed` / `evidence.confirmed` and their withdrawals, each with
its typed payload (no person), seen by the model's readers only — the file's events follow the model's rule."""

from __future__ import annotations

from typing import Any

from app.events.catalogue import CATALOGUE
from tests.confirmations.support import commune_chair, person, withdraw
from tests.confirmations.test_confirmations_http import _exemplar_dossier, _recognised
from tests.registry.conftest import Ctx

OUTSIDER = "dh.registrant"
KINDS = ("model.confirmed", "model.confirmation-withdrawn", "evidence.confirmed", "evidence.confirmation-withdrawn")


async def _feed(ctx: Ctx, user: str) -> list[dict[str, Any]]:
    r = await ctx.client.get(
        "/api/v1/events", params={"type": list(KINDS), "limit": 100}, headers=ctx.demo.headers(user)
    )
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


async def test_an_other_field_act_and_its_withdrawal_are_events_of_the_model(ctx, session) -> None:
    chair = await commune_chair(ctx, session)
    await person(ctx, session, OUTSIDER, "Võ Thị Hoa", "registrant", "QT-DH-P1")
    mid = (await ctx.create(field_code="other", with_form=True))["id"]
    act = await ctx.confirm(mid, chair, "other_field")
    await withdraw(ctx, mid, act["id"], chair, reason="Nội dung đăng ký chưa đúng với thực tế.")

    for user in ("demo.registrant", "demo.viewer", "demo.mobiliser"):
        told = await _feed(ctx, user)
        assert [e["type"] for e in told] == ["model.confirmed", "model.confirmation-withdrawn"], user
    confirmed, withdrawn = told
    assert confirmed["resource"] == withdrawn["resource"] == {"type": "model", "id": mid}
    unit = ctx.demo.unit("QT-VL-VT")
    assert {k: confirmed["data"][k] for k in ("model_id", "confirmation_id", "kind", "confirming_unit_id")} == {
        "model_id": mid,
        "confirmation_id": act["id"],
        "kind": "other_field",
        "confirming_unit_id": unit,
    }
    assert confirmed["data"]["relation"] == "parent" and confirmed["data"]["evidence_id"] is None
    assert withdrawn["data"]["reason"] == "Nội dung đăng ký chưa đúng với thực tế."
    for event in told:
        CATALOGUE[event["type"]].payload.model_validate(event["data"])
        assert not {"confirmed_by", "actor", "actor_id", "full_name"} & set(event["data"])
    assert await _feed(ctx, OUTSIDER) == []
    r = await ctx.client.get(f"/api/v1/events/{confirmed['id']}", headers=ctx.demo.headers(OUTSIDER))
    assert r.status_code == 404


async def test_an_achievement_report_act_is_an_event_of_the_file_seen_by_the_models_readers(ctx, session) -> None:
    await person(ctx, session, OUTSIDER, "Võ Thị Hoa", "registrant", "QT-DH-P1")
    mid = await _recognised(ctx, session)
    report = await _exemplar_dossier(ctx, mid)
    act = await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=report["id"])
    await withdraw(ctx, mid, act["id"], "demo.authority", reason="Báo cáo ghi sai số liệu, cần lập lại.")

    told = await _feed(ctx, "demo.viewer")
    assert [e["type"] for e in told] == ["evidence.confirmed", "evidence.confirmation-withdrawn"]
    for event in told:
        assert event["resource"] == {"type": "evidence", "id": report["id"]}
        assert (event["data"]["model_id"], event["data"]["evidence_id"]) == (mid, report["id"])
        CATALOGUE[event["type"]].payload.model_validate(event["data"])
    assert told[0]["data"]["confirming_unit_id"] == ctx.demo.unit("QT-VL-VT-DU")
    assert await _feed(ctx, OUTSIDER) == []
