"""A model's whole path over HTTP: draft → registered → implementing → reported → surveyed."""

from __future__ import annotations

import pytest

from tests.registry.conftest import RESULTS, SURVEY


@pytest.mark.parametrize("kind", ["collective", "individual"])
async def test_full_path_draft_to_surveyed(ctx, kind) -> None:
    extra = {"registrant_kind": kind}
    if kind == "individual":
        extra.update(individual_name="Trần Thị Bình", individual_position="Chi hội trưởng phụ nữ thôn")
    model = await ctx.create(**extra)
    mid = model["id"]
    assert model["state"] == "draft" and model["code"].startswith("DVK-")
    assert model["allowed_actions"] == ["submit", "withdraw"]
    assert model["waiting_on"]["role"] == "registrant"

    refused = await ctx.move(mid, "demo.registrant", "submit", expect=422)
    assert [e["code"] for e in refused["errors"]] == ["registration_form_attached"]
    await ctx.attach(mid, "registration_form", title="Bảng đăng ký mô hình (Mẫu 1)")
    model = await ctx.move(mid, "demo.registrant", "submit")
    assert model["state"] == "registered" and model["submitted_at"]
    assert model["allowed_actions"] == ["withdraw"]
    assert model["waiting_on"] == {
        "role": "mobiliser",
        "unit": {"id": ctx.demo.unit("QT-VL"), "code": "QT-VL", "name": "Huyện Vĩnh Linh"},
        "description": model["waiting_on"]["description"],
    }

    model = await ctx.move(mid, "demo.mobiliser", "accept")
    assert model["state"] == "implementing"
    model = await ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
    assert model["state"] == "reported" and model["is_late"] is False and len(model["results"]) == 2
    model = await ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY)
    assert model["state"] == "surveyed"
    assert model["waiting_on"]["role"] == "authority"

    history = (await ctx.client.get(f"/api/v1/models/{mid}/history", headers=ctx.demo.headers("demo.viewer"))).json()
    assert [(h["action"], h["from_state"], h["to_state"]) for h in history] == [
        ("create", None, "draft"),
        ("submit", "draft", "registered"),
        ("accept", "registered", "implementing"),
        ("report_results", "implementing", "reported"),
        ("record_survey", "reported", "surveyed"),
    ]
    assert all(h["request_id"] for h in history)
    assert history[2]["actor_name"] == "Lê Văn Cường"
    assert "pending_guards" not in history[1]["details"]

    surveys = (await ctx.client.get(f"/api/v1/models/{mid}/surveys", headers=ctx.demo.headers("demo.viewer"))).json()
    assert len(surveys) == 1 and surveys[0]["total_score"] == 40


async def test_every_move_writes_an_event(ctx, session) -> None:
    from sqlalchemy import select

    from app.models import Event

    model = await ctx.create(with_form=True)
    await ctx.move(model["id"], "demo.registrant", "submit")
    events = (await session.scalars(select(Event).order_by(Event.id))).all()
    assert [e.type for e in events] == ["model.created", "evidence.added", "model.submitted"]
    assert events[2].data["from"] == "draft" and events[2].resource_id == model["id"]


async def test_return_edit_and_resubmit(ctx) -> None:
    model = await ctx.create(with_form=True)
    mid = model["id"]
    await ctx.move(mid, "demo.registrant", "submit")
    await ctx.move(mid, "demo.mobiliser", "return", expect=422)  # no reason
    returned = await ctx.move(mid, "demo.mobiliser", "return", reason="Bổ sung chỉ tiêu cụ thể.")
    assert returned["state"] == "returned"
    r = await ctx.client.patch(
        f"/api/v1/models/{mid}",
        json={"objectives": "Giảm 20 hộ nghèo"},
        headers=ctx.demo.headers("demo.registrant", **{"If-Match": f'"{returned["version"]}"'}),
    )
    assert r.status_code == 200, r.text
    assert r.json()["objectives"] == "Giảm 20 hộ nghèo"
    assert (await ctx.move(mid, "demo.registrant", "submit"))["state"] == "registered"


async def test_withdraw_needs_a_reason_and_ends_the_model(ctx) -> None:
    model = await ctx.create()
    await ctx.move(model["id"], "demo.registrant", "withdraw", expect=422)
    done = await ctx.move(model["id"], "demo.registrant", "withdraw", reason="Đơn vị sáp nhập.")
    assert done["state"] == "withdrawn" and done["allowed_actions"] == [] and done["waiting_on"] is None


async def test_viewer_sees_the_model_but_may_do_nothing(ctx) -> None:
    model = await ctx.create()
    r = await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.viewer"))
    assert r.status_code == 200 and r.json()["allowed_actions"] == []


async def test_workflow_table_is_published(client) -> None:
    doc = (await client.get("/api/v1/workflow")).json()
    submit = next(a for a in doc["actions"] if a["action"] == "submit")
    guards = {g["code"] for g in submit["guards"]}
    assert {"registration_form_attached", "other_field_confirmed"} <= guards
    # The dead "pending guard" path is gone: no guard carries a `pending` flag any more.
    assert not any("pending" in g for a in doc["actions"] for g in a["guards"])
    assert {s["code"] for s in doc["states"]} >= {"draft", "registered", "exemplar"}


async def test_workflow_lists_the_moves_decisions_make(client) -> None:
    doc = (await client.get("/api/v1/workflow")).json()
    actions = {a["action"]: a for a in doc["actions"]}
    for action in (
        "recognize",
        "not_recognize",
        "recognize_exemplar",
        "commend",
        "revoke_decision",
        "revoke_commendation",
    ):
        assert actions[action]["via_api"] is False, action
        assert actions[action]["taken_through"].startswith("POST /decisions"), action
        assert actions[action]["roles"] == ["authority"]
    assert actions["revoke_decision"]["to_state_from"] == {
        "exemplar": "nominated",
        "not_recognized": "surveyed",
        "recognized": "surveyed",
    }
    assert actions["commend"]["keeps_state"] and actions["commend"]["from_states"] == ["exemplar"]
    assert actions["submit"]["taken_through"] == "POST /models/{id}/transitions"
    states = {s["code"]: s for s in doc["states"]}
    assert states["surveyed"]["waiting_on_role"] == "authority" and not states["surveyed"]["terminal"]
    assert states["recognized"]["public"] and states["withdrawn"]["terminal"] and not states["draft"]["counted"]
