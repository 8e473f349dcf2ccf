"""GET /events and GET /events/{id}: the change feed of Thôn Tân Lập's model as its registrant, the district's
officer and an officer of another district (Đông Hà) see it; filters, cursors and every refusal."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.models import Event
from tests.etags import if_match
from tests.units.units_support import assert_problem

API = "/api/v1"


async def page(ctx: Any, user: str, **params: Any) -> dict[str, Any]:
    """One page of the feed as a user (200 expected)."""
    r = await ctx.client.get(f"{API}/events", params=params, headers=ctx.demo.headers(user))
    assert r.status_code == 200, r.text
    assert r.headers["Cache-Control"] == "no-store"
    return r.json()


async def drain(ctx: Any, user: str, after: str | None = None, **params: Any) -> tuple[list[dict[str, Any]], str]:
    """Every page from `after` until has_more is false: the events in order and the cursor to resume from."""
    items: list[dict[str, Any]] = []
    for _ in range(200):
        body = await page(ctx, user, **params, **({"after": after} if after else {}))
        items += body["items"]
        after = body["next_cursor"]
        assert after
        if not body["has_more"]:
            return items, after
    raise AssertionError("the feed never ended")


def of(items: list[dict[str, Any]], resource_id: str) -> list[str]:
    """The types of the events about one resource, in feed order."""
    return [e["type"] for e in items if e["resource"]["id"] == resource_id]


async def registered_model(ctx: Any) -> dict[str, Any]:
    """Thôn Tân Lập's model: created with its form, edited, submitted."""
    model = await ctx.create(with_form=True)
    url = f"{API}/models/{model['id']}"
    headers = await if_match(ctx.client, url, ctx.demo.headers("demo.registrant"))
    r = await ctx.client.patch(url, json={"objectives": "Giảm 20 hộ nghèo"}, headers=headers)
    assert r.status_code == 200, r.text
    await ctx.move(model["id"], "demo.registrant", "submit")
    return model


async def test_a_models_changes_come_in_order_once_each_across_pages_with_the_same_envelope(ctx: Any) -> None:
    model = await registered_model(ctx)
    items, cursor = await drain(ctx, "demo.registrant", limit=1)
    assert of(items, model["id"]) == ["model.created", "model.updated", "model.submitted"]
    assert [e["type"] for e in items].count("evidence.added") == 1
    ids = [e["id"] for e in items]
    assert len(ids) == len(set(ids))
    created = next(e for e in items if e["type"] == "model.created")
    assert created["version"] == 1
    assert created["resource"] == {"type": "model", "id": model["id"]}
    assert created["unit"]["id"] == ctx.demo.unit("QT-VL-VT-TL")
    assert created["unit"]["path"].endswith(f"/{ctx.demo.unit('QT-VL-VT-TL')}/")
    assert created["data"] == {"code": model["code"]}
    submitted = next(e for e in items if e["type"] == "model.submitted")
    assert submitted["data"] == {
        "code": model["code"],
        "from": "draft",
        "to": "registered",
        "reason": None,
        "decision_id": None,
        "decision_number": None,
    }
    assert next(e for e in items if e["type"] == "model.updated")["data"] == {"fields": ["objectives"]}
    evidence = next(e for e in items if e["type"] == "evidence.added")
    assert evidence["data"]["model_id"] == model["id"] and evidence["data"]["kind"] == "registration_form"

    # Caught up: the same cursor comes back, nothing new; the next change appears after it.
    again = await page(ctx, "demo.registrant", after=cursor)
    assert again == {"items": [], "next_cursor": cursor, "has_more": False, "limit": again["limit"]}
    await ctx.move(model["id"], "demo.mobiliser", "accept")
    newer, _ = await drain(ctx, "demo.registrant", after=cursor)
    assert [e["type"] for e in newer] == ["model.accepted"]

    # One event read by id is the feed's envelope.
    r = await ctx.client.get(f"{API}/events/{submitted['id']}", headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 200 and r.json() == submitted


async def test_filters_by_type_and_by_subtree(ctx: Any) -> None:
    model = await registered_model(ctx)
    only, _ = await drain(ctx, "demo.mobiliser", type=["model.submitted", "model.created"])
    assert of(only, model["id"]) == ["model.created", "model.submitted"]
    assert {e["type"] for e in only} == {"model.created", "model.submitted"}
    commune, _ = await drain(ctx, "demo.mobiliser", unit_id=ctx.demo.unit("QT-VL-VT"))
    assert of(commune, model["id"]) == ["model.created", "model.updated", "model.submitted"]
    town, _ = await drain(ctx, "demo.mobiliser", unit_id=ctx.demo.unit("QT-VL-HX"))
    assert of(town, model["id"]) == []


async def test_another_districts_officer_sees_none_of_it_but_the_public_unit_tree(ctx: Any) -> None:
    model = await registered_model(ctx)
    r = await ctx.client.post(
        f"{API}/units",
        json={
            "parent_id": ctx.demo.unit("QT-VL-VT"),
            "code": "QT-VL-VT-TM",
            "name": "Thôn Tân Mỹ",
            "kind_code": "village",
            "level_code": "village",
        },
        headers=ctx.demo.headers("vl.admin"),
    )
    assert r.status_code == 201, r.text
    theirs, _ = await drain(ctx, "dh.officer")
    assert of(theirs, model["id"]) == []
    assert [e["type"] for e in theirs if e["resource"]["type"] == "unit"] == ["unit.created"]
    mine, _ = await drain(ctx, "demo.registrant")
    hidden = next(e for e in mine if e["type"] == "model.submitted")
    r = await ctx.client.get(f"{API}/events/{hidden['id']}", headers=ctx.demo.headers("dh.officer"))
    assert_problem(r, 404, "event_not_found")
    r = await ctx.client.get(f"{API}/events/{2**62}", headers=ctx.demo.headers("dh.officer"))
    assert_problem(r, 404, "event_not_found")


async def test_a_unit_move_is_heard_on_both_sides(ctx: Any) -> None:
    village = ctx.demo.unit("QT-VL-VT-TL")
    url = f"{API}/units/{village}"
    headers = await if_match(ctx.client, url, ctx.demo.headers("vl.admin"))
    r = await ctx.client.post(f"{url}/move", json={"parent_id": ctx.demo.unit("QT-VL-HX")}, headers=headers)
    assert r.status_code == 200, r.text
    for side in ("QT-VL-VT", "QT-VL-HX"):
        items, _ = await drain(ctx, "demo.mobiliser", unit_id=ctx.demo.unit(side), type="unit.moved")
        assert [e["resource"]["id"] for e in items] == [str(village)], side
    moved = items[0]
    assert moved["data"]["from_parent_id"] == ctx.demo.unit("QT-VL-VT")
    assert moved["data"]["to_parent_id"] == ctx.demo.unit("QT-VL-HX")
    assert moved["unit"]["path"] == moved["data"]["to_path"]


async def test_an_unknown_type_is_422_with_its_code_and_changes_nothing(ctx: Any, session: Any) -> None:
    before = await session.scalar(select(func.count()).select_from(Event))
    for types in (["model.approved"], ["model.submitted", "model.approved", "model.approved"]):
        r = await ctx.client.get(f"{API}/events", params={"type": types}, headers=ctx.demo.headers("demo.registrant"))
        body = assert_problem(r, 422, "unknown_event_type")
        assert body["errors"] == [
            {"code": "unknown_event_type", "detail": body["detail"], "in": "query", "parameter": "type"}
        ]
        assert "model.approved" in body["detail"]
    assert await session.scalar(select(func.count()).select_from(Event)) == before


async def test_a_unit_outside_the_callers_scope_or_unknown_is_404(ctx: Any) -> None:
    for unit in (ctx.demo.unit("QT-DH"), ctx.demo.unit("QT-VL-HX"), 2**62):
        r = await ctx.client.get(f"{API}/events", params={"unit_id": unit}, headers=ctx.demo.headers("demo.registrant"))
        assert_problem(r, 404, "unit_not_found")


async def test_cursors_are_bound_to_their_filters_and_cannot_be_forged(ctx: Any) -> None:
    await registered_model(ctx)
    body = await page(ctx, "demo.registrant", type="model.created", limit=1)
    for params in (
        {"after": body["next_cursor"]},
        {"after": body["next_cursor"], "type": "model.updated"},
        {"after": body["next_cursor"][:-2] + "xx", "type": "model.created"},
        {"after": "not-a-cursor"},
    ):
        r = await ctx.client.get(f"{API}/events", params=params, headers=ctx.demo.headers("demo.registrant"))
        assert_problem(r, 400, "invalid_cursor")


async def test_bad_parameters_and_no_token(ctx: Any) -> None:
    for params in ({"limit": 0}, {"limit": "ba"}, {"unit_id": 0}, {"after": "x" * 2001}, {"type": "x" * 61}):
        r = await ctx.client.get(f"{API}/events", params=params, headers=ctx.demo.headers("demo.registrant"))
        assert_problem(r, 422, "validation_failed")
    r = await ctx.client.get(f"{API}/events/0", headers=ctx.demo.headers("demo.registrant"))
    assert_problem(r, 422, "validation_failed")
    body = await page(ctx, "demo.registrant", limit=10**9)
    assert body["limit"] < 10**9
    for url in (f"{API}/events", f"{API}/events/1"):
        r = await ctx.client.get(url)
        assert_problem(r, 401, "unauthorized")


async def test_a_refused_change_writes_no_event_and_old_rows_are_never_served(ctx: Any, session: Any) -> None:
    model = await ctx.create()  # no registration form: submit is refused
    await ctx.move(model["id"], "demo.registrant", "submit", expect=422)
    session.add(
        Event(
            type="model.submit",
            version=0,
            resource_type="model",
            resource_id=model["id"],
            unit_path="/1/",
            data={"code": model["code"]},
        )
    )
    await session.commit()
    items, _ = await drain(ctx, "demo.registrant")
    assert of(items, model["id"]) == ["model.created"]
    legacy = await session.scalar(select(Event.id).where(Event.version == 0))
    r = await ctx.client.get(f"{API}/events/{legacy}", headers=ctx.demo.headers("demo.admin"))
    assert_problem(r, 404, "event_not_found")
