"""Bad input on models and transitions: each gets a clear 4xx and changes nothing."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from tests.registry.conftest import RESULTS, SURVEY, TODAY, make_campaign


async def _state(ctx, mid: str) -> str:
    r = await ctx.client.get(f"/api/v1/models/{mid}", headers=ctx.demo.headers("demo.viewer"))
    return r.json()["state"]


async def test_unknown_action_is_refused(ctx) -> None:
    model = await ctx.create()
    body = await ctx.move(model["id"], "demo.registrant", "approve_everything", expect=422)
    assert body["code"] == "unknown_action" and body["allowed_actions"] == ["submit", "withdraw"]


async def test_move_from_the_wrong_state_lists_the_allowed_actions(ctx) -> None:
    model = await ctx.create()
    body = await ctx.move(model["id"], "demo.registrant", "report_results", expect=409, **RESULTS)
    assert body["code"] == "transition_not_allowed"
    assert body["allowed_actions"] == ["submit", "withdraw"] and body["state"] == "draft"


async def test_move_by_the_wrong_role_is_forbidden(ctx) -> None:
    model = await ctx.create(with_form=True)
    await ctx.move(model["id"], "demo.registrant", "submit")
    assert (await ctx.move(model["id"], "demo.registrant", "accept", expect=403))["code"] == "action_not_permitted"
    assert (await ctx.move(model["id"], "demo.viewer", "accept", expect=403))["code"] == "action_not_permitted"
    assert await _state(ctx, model["id"]) == "registered"


async def test_registrant_of_another_unit_cannot_see_or_move_the_model(ctx, session) -> None:
    from app.models import RoleAssignment, User

    other = User(
        username="dh.registrant",
        full_name="Người Đông Hà",
        home_unit_id=ctx.demo.unit("QT-DH-P1"),
        password_hash="x",
        roles=[RoleAssignment(role="registrant", unit_id=ctx.demo.unit("QT-DH-P1"))],
    )
    session.add(other)
    await session.commit()
    ctx.demo.users["dh.registrant"] = other.id
    model = await ctx.create()
    headers = ctx.demo.headers("dh.registrant")
    assert (await ctx.client.get(f"/api/v1/models/{model['id']}", headers=headers)).status_code == 404
    r = await ctx.client.post(f"/api/v1/models/{model['id']}/transitions", json={"action": "submit"}, headers=headers)
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    listed = (await ctx.client.get("/api/v1/models", headers=headers)).json()
    assert listed["items"] == []
    assert await _state(ctx, model["id"]) == "draft"


async def _implementing(ctx) -> str:
    model = await ctx.create(with_form=True)
    await ctx.move(model["id"], "demo.registrant", "submit")
    await ctx.move(model["id"], "demo.mobiliser", "accept")
    return model["id"]


async def test_report_results_missing_a_target(ctx) -> None:
    mid = await _implementing(ctx)
    body = await ctx.move(
        mid, "demo.registrant", "report_results", expect=422, results=[{"target_index": 0, "achieved_value": 16}]
    )
    assert body["code"] == "guard_failed"
    assert body["errors"][0]["code"] == "results_for_every_target" and "2" in body["errors"][0]["detail"]
    assert await _state(ctx, mid) == "implementing"


@pytest.mark.parametrize("score", [-1, 10.5, 11, "ten"])
async def test_survey_scores_outside_zero_to_ten(ctx, score) -> None:
    mid = await _implementing(ctx)
    await ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
    survey = {**SURVEY, "scores": [{"criterion": c, "score": score if c == 3 else 8} for c in range(1, 6)]}
    body = await ctx.move(mid, "demo.mobiliser", "record_survey", expect=422, survey=survey)
    assert body["code"] == "validation_failed"
    assert body["errors"][0]["pointer"] == "#/survey/scores/2/score"
    assert await _state(ctx, mid) == "reported"


async def test_survey_must_score_all_five_criteria(ctx) -> None:
    mid = await _implementing(ctx)
    await ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
    survey = {**SURVEY, "scores": [{"criterion": 1, "score": 9}] * 5}
    r = await ctx.client.post(f"/api/v1/models/{mid}/surveys", json=survey, headers=ctx.demo.headers("demo.mobiliser"))
    assert r.status_code == 422


async def test_unknown_field_code(ctx) -> None:
    r = await ctx.client.post(
        "/api/v1/models", json=ctx.body(field_code="astrology"), headers=ctx.demo.headers("demo.registrant")
    )
    assert r.status_code == 422 and r.json()["code"] == "unknown_field"
    assert r.json()["errors"][0]["pointer"] == "#/field_code"


async def test_end_date_before_start_date(ctx) -> None:
    r = await ctx.client.post(
        "/api/v1/models",
        json=ctx.body(start_date="2025-06-01", end_date="2025-01-01"),
        headers=ctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 422 and r.json()["code"] == "validation_failed"


async def test_unknown_and_smuggled_fields_are_refused(ctx) -> None:
    for extra in ({"state": "recognized"}, {"code": "DVK-1"}, {"authority_case": 1}, {"version": 9}):
        r = await ctx.client.post("/api/v1/models", json=ctx.body(**extra), headers=ctx.demo.headers("demo.registrant"))
        assert r.status_code == 422 and r.json()["errors"][0]["code"] == "extra_forbidden"


async def test_submit_outside_every_registration_window(client, demo, session) -> None:
    from tests.registry.conftest import Ctx

    campaign = await make_campaign(
        session, "QT-VL", opens=TODAY - timedelta(days=60), closes=TODAY - timedelta(days=30)
    )
    ctx = Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))
    model = await ctx.create(with_form=True)
    body = await ctx.move(model["id"], "demo.registrant", "submit", expect=422)
    assert [e["code"] for e in body["errors"]] == ["registration_window_open"]
    closes = (TODAY - timedelta(days=30)).strftime("%d/%m/%Y")
    assert closes in body["errors"][0]["detail"]


async def test_results_after_the_due_date_are_accepted_but_late(client, demo, session) -> None:
    from tests.registry.conftest import Ctx

    campaign = await make_campaign(session, "QT-VL", results_due=TODAY - timedelta(days=1))
    ctx = Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))
    mid = await _implementing(ctx)
    assert (await ctx.move(mid, "demo.registrant", "report_results", **RESULTS))["is_late"] is True
    late = (await client.get("/api/v1/models?late=true", headers=demo.headers("demo.viewer"))).json()["items"]
    assert [m["id"] for m in late] == [mid]


async def test_stale_if_match_is_refused(ctx) -> None:
    model = await ctx.create()
    headers = ctx.demo.headers("demo.registrant")
    stale = {**headers, "If-Match": f'"{model["version"]}"'}
    ok = await ctx.client.patch(f"/api/v1/models/{model['id']}", json={"summary": "mới"}, headers=stale)
    assert ok.status_code == 200
    again = await ctx.client.patch(f"/api/v1/models/{model['id']}", json={"summary": "cũ"}, headers=stale)
    assert again.status_code == 412 and again.json()["code"] == "precondition_failed"
    moved = await ctx.client.post(f"/api/v1/models/{model['id']}/transitions", json={"action": "submit"}, headers=stale)
    assert moved.status_code == 412
    missing = await ctx.client.patch(f"/api/v1/models/{model['id']}", json={"summary": "x"}, headers=headers)
    assert missing.status_code == 428


async def test_no_silent_edit_after_submission(ctx) -> None:
    model = await ctx.create(with_form=True)
    submitted = await ctx.move(model["id"], "demo.registrant", "submit")
    r = await ctx.client.patch(
        f"/api/v1/models/{model['id']}",
        json={"name": "Đổi tên"},
        headers=ctx.demo.headers("demo.registrant", **{"If-Match": f'"{submitted["version"]}"'}),
    )
    assert r.status_code == 409 and r.json()["code"] == "model_not_editable"


async def test_idempotency_key_replays_and_refuses_another_body(ctx, session) -> None:
    from sqlalchemy import func, select

    from app.models import RegisteredModel

    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "form-42"})
    first = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
    second = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json() and second.headers["Idempotent-Replayed"] == "true"
    assert second.headers["ETag"] == first.headers["ETag"]
    assert await session.scalar(select(func.count()).select_from(RegisteredModel)) == 1
    other = await ctx.client.post("/api/v1/models", json=ctx.body(name="Khác"), headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    # Keys are per caller: another user may use the same key for their own request.
    mob = await ctx.client.post(
        f"/api/v1/models/{first.json()['id']}/transitions",
        json={"action": "accept"},
        headers=ctx.demo.headers("demo.mobiliser", **{"Idempotency-Key": "form-42"}),
    )
    assert mob.status_code == 409


async def test_transition_replay_does_not_move_twice(ctx) -> None:
    model = await ctx.create(with_form=True)
    # The retry repeats the first try's If-Match, stale once the first moved the model: it is replayed, not 412.
    headers = ctx.demo.headers(
        "demo.registrant", **{"Idempotency-Key": "submit-1", "If-Match": f'"{model["version"]}"'}
    )
    url = f"/api/v1/models/{model['id']}/transitions"
    a = await ctx.client.post(url, json={"action": "submit"}, headers=headers)
    b = await ctx.client.post(url, json={"action": "submit"}, headers=headers)
    assert a.status_code == b.status_code == 200 and a.json() == b.json()
    history = (await ctx.client.get(f"/api/v1/models/{model['id']}/history", headers=headers)).json()
    assert [h["action"] for h in history] == ["create", "submit"]


@pytest.mark.committing  # requests at once
async def test_two_officers_accept_at_once_exactly_one_wins(ctx, session) -> None:
    from app.models import RoleAssignment, User

    second = User(
        username="mobiliser.2",
        full_name="Cán bộ thứ hai",
        home_unit_id=ctx.demo.unit("QT-VL-BDV"),
        password_hash="x",
        roles=[RoleAssignment(role="mobiliser", unit_id=ctx.demo.unit("QT-VL"))],
    )
    session.add(second)
    await session.commit()
    ctx.demo.users["mobiliser.2"] = second.id
    model = await ctx.create(with_form=True)
    submitted = await ctx.move(model["id"], "demo.registrant", "submit")
    url = f"/api/v1/models/{model['id']}/transitions"
    etag = {"If-Match": f'"{submitted["version"]}"'}
    results = await asyncio.gather(
        *(
            ctx.client.post(url, json={"action": "accept"}, headers=ctx.demo.headers(u, **etag))
            for u in ("demo.mobiliser", "mobiliser.2")
        )
    )
    codes = sorted(r.status_code for r in results)
    assert codes[0] == 200 and codes[1] in (409, 412), [r.text for r in results]
    history = (
        await ctx.client.get(f"/api/v1/models/{model['id']}/history", headers=ctx.demo.headers("demo.viewer"))
    ).json()
    assert [h["action"] for h in history].count("accept") == 1
