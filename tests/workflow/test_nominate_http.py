"""Nominating a recognised model as an exemplar (recognized → nominated) over HTTP, guarded by the
exemplar dossier: minutes, submission, an achievement report confirmed by the grassroots committee's act,
2 model photos, 2 portraits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.etags import if_match
from tests.public.showcase_support import decide
from tests.registry.conftest import RESULTS, SURVEY, Ctx, make_campaign
from tests.storage.upload_samples import jpeg, png


@pytest.fixture(autouse=True)
async def store(tmp_path: Path) -> AsyncIterator[Any]:
    """The app's blob store for one test: a fresh local folder."""
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    set_store(LocalBlobStore(tmp_path / "blobs"))
    try:
        yield
    finally:
        set_store(None)


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window, and the registry's helpers."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


async def _recognised(ctx: Ctx, session: Any) -> str:
    """A model driven to `surveyed` over HTTP, then recognised by a decision of Đảng ủy xã Vĩnh Thạch."""
    mid = (await ctx.create(with_form=True))["id"]
    await ctx.move(mid, "demo.registrant", "submit")
    await ctx.move(mid, "demo.mobiliser", "accept")
    await ctx.move(mid, "demo.registrant", "report_results", **RESULTS)
    assert (await ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY))["state"] == "surveyed"
    await decide(session, ctx.demo, [mid])
    return mid


async def _dossier_without_portraits(ctx: Ctx, mid: str) -> None:
    await ctx.attach(mid, "review_minutes", "demo.mobiliser", title="Biên bản họp bình xét")
    await ctx.attach(mid, "submission", title="Tờ trình đề nghị công nhận điển hình")
    report = await ctx.attach(mid, "achievement_report", title="Báo cáo thành tích")
    # Đảng ủy xã Vĩnh Thạch (the grassroots committee of the village's cell) confirms it: an act of its user.
    await ctx.confirm(mid, "demo.authority", "achievement_report", evidence_id=report["id"])
    await ctx.attach(mid, "model_photo", content=jpeg(), filename="mo-hinh-1.jpg", content_type="image/jpeg")
    await ctx.attach(mid, "model_photo", content=png(), filename="mo-hinh-2.png", content_type="image/png")


async def _portraits(ctx: Ctx, mid: str) -> None:
    await ctx.attach(
        mid, "portrait", content=jpeg(progressive=True), filename="chan-dung-1.jpg", content_type="image/jpeg"
    )
    await ctx.attach(
        mid, "portrait", content=png(with_metadata=False), filename="chan-dung-2.png", content_type="image/png"
    )


async def _nominate_action(ctx: Ctx, mid: str) -> dict[str, Any]:
    r = await ctx.client.get(f"/api/v1/models/{mid}/dossier", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 200, r.text
    return next(a for a in r.json()["actions"] if a["action"] == "nominate")


async def _history(ctx: Ctx, mid: str) -> list[dict[str, Any]]:
    r = await ctx.client.get(f"/api/v1/models/{mid}/history", headers=ctx.demo.headers("demo.registrant"))
    return list(r.json())


async def test_nominating_without_portraits_is_refused_naming_them(ctx, session) -> None:
    mid = await _recognised(ctx, session)
    await _dossier_without_portraits(ctx, mid)
    before = await _history(ctx, mid)
    headers = await if_match(
        ctx.client, f"/api/v1/models/{mid}", ctx.demo.headers("demo.registrant", **{"Accept-Language": "en"})
    )
    r = await ctx.client.post(f"/api/v1/models/{mid}/transitions", json={"action": "nominate"}, headers=headers)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    problem = r.json()
    assert problem["code"] == "guard_failed"
    [error] = problem["errors"]
    assert error["code"] == "exemplar_dossier_complete"
    assert "Portraits" in error["detail"] and "(now 0)" in error["detail"]
    vi = await ctx.move(mid, "demo.registrant", "nominate", expect=422)
    assert "Ảnh chân dung" in vi["errors"][0]["detail"]
    # Nothing changed: still recognised, no new history row; the checklist names what is missing.
    model = await ctx.client.get(f"/api/v1/models/{mid}", headers=ctx.demo.headers("demo.registrant"))
    assert model.json()["state"] == "recognized"
    assert await _history(ctx, mid) == before
    nominate = await _nominate_action(ctx, mid)
    assert nominate["complete"] is False and nominate["missing"] == ["portraits"]


async def test_a_complete_dossier_lets_the_registrant_nominate(ctx, session) -> None:
    mid = await _recognised(ctx, session)
    await _dossier_without_portraits(ctx, mid)
    await _portraits(ctx, mid)
    nominate = await _nominate_action(ctx, mid)
    assert nominate["complete"] is True and nominate["missing"] == []
    assert nominate["present"] == [
        "review_minutes",
        "submission",
        "achievement_report_confirmed",
        "model_photos",
        "portraits",
    ]
    moved = await ctx.move(mid, "demo.registrant", "nominate")
    assert moved["state"] == "nominated" and moved["allowed_actions"] == []
    last = (await _history(ctx, mid))[-1]
    assert (last["action"], last["from_state"], last["to_state"]) == ("nominate", "recognized", "nominated")
    assert last["actor_name"] == "Trần Thị Bình" and last["request_id"]
    again = await ctx.move(mid, "demo.registrant", "nominate", expect=409)
    assert again["code"] == "transition_not_allowed"


async def test_the_registrant_and_the_mobiliser_may_nominate_a_recognised_model(ctx, session) -> None:
    mid = await _recognised(ctx, session)
    for user in ("demo.registrant", "demo.mobiliser"):
        r = await ctx.client.get(f"/api/v1/models/{mid}", headers=ctx.demo.headers(user))
        assert "nominate" in r.json()["allowed_actions"], user
    for user in ("demo.viewer", "demo.authority"):
        r = await ctx.client.get(f"/api/v1/models/{mid}", headers=ctx.demo.headers(user))
        assert "nominate" not in r.json()["allowed_actions"], user
    refused = await ctx.move(mid, "demo.authority", "nominate", expect=403)
    assert refused["code"] == "action_not_permitted"
    await _dossier_without_portraits(ctx, mid)
    await _portraits(ctx, mid)
    assert (await ctx.move(mid, "demo.mobiliser", "nominate"))["state"] == "nominated"


async def test_only_a_recognised_model_can_be_nominated(ctx, session) -> None:
    mid = (await ctx.create(with_form=True))["id"]
    refused = await ctx.move(mid, "demo.registrant", "nominate", expect=409)
    assert refused["code"] == "transition_not_allowed" and "nominate" not in refused["allowed_actions"]
