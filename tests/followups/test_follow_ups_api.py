"""The boards' follow-ups of a model over HTTP (seed 001 §III.2.1: theo dõi, kiểm tra, biểu dương, giúp đỡ
khắc phục khó khăn): recorded between registration and survey, read by everyone who sees the model, shown in
its history without moving it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.followups.conftest import visit
from tests.registry.conftest import SURVEY, TODAY


async def test_a_mobiliser_records_a_follow_up_and_the_model_stays_where_it_is(fu, session) -> None:
    mid = await fu.model_in("implementing")
    before = await fu.model(mid)
    r = await fu.record(mid)  # no If-Match: the model's content is not changed
    body = r.json()
    assert r.headers["Location"] == f"/api/v1/follow-ups/{body['id']}"
    assert body["model"]["id"] == mid and body["model"]["state"] == "implementing"
    assert body["model"]["registrant_unit"]["name"] == "Thôn Tân Lập"
    assert body["model_state"] == "implementing" and body["visited_on"] == str(TODAY)
    assert body["kind"] == "inspection" and body["kind_label"] == "Kiểm tra"
    assert body["officer_name"] == "Lê Văn Cường"
    assert body["participants"] == ["Nguyễn Thị Hoa (Khối Dân vận xã Vĩnh Thạch)"]
    assert body["request"].startswith("Phối hợp Hội Nông dân") and body["request_due_on"] == str(TODAY)
    assert body["open"] is True and body["resolved_at"] is None and body["evidence_ids"] == []

    after = await fu.model(mid)
    read = after.json()
    assert read["state"] == "implementing"
    assert read["allowed_actions"] == before.json()["allowed_actions"]
    assert read["follow_up_count"] == 1 and read["last_follow_up_on"] == str(TODAY)
    # A new version (its read changed: 304 would be wrong), but the content did not: updated_at stays.
    assert after.headers["ETag"] != before.headers["ETag"] and read["version"] == before.json()["version"] + 1
    assert read["updated_at"] == before.json()["updated_at"]
    stale = await fu.client.get(
        f"/api/v1/models/{mid}", headers=fu.headers("demo.viewer", **{"If-None-Match": before.headers["ETag"]})
    )
    assert stale.status_code == 200

    from app.models import Event

    event = (await session.scalars(select(Event).where(Event.type == "model.followed-up"))).one()
    assert event.resource_id == mid and event.data["follow_up_id"] == body["id"]
    assert event.data["kind"] == "inspection" and event.data["state"] == "implementing"


async def test_the_registrant_and_the_viewer_read_what_the_board_found_and_asked(fu) -> None:
    mid = await fu.model_in("registered")
    created = (await fu.record(mid, kind="praise", request=None, request_due_on=None)).json()
    for user in ("demo.registrant", "demo.viewer", "demo.authority", "demo.admin"):
        page = await fu.listed(mid, user)
        assert [f["id"] for f in page["items"]] == [created["id"]] and page["next_cursor"] is None
        one = await fu.client.get(f"/api/v1/follow-ups/{created['id']}", headers=fu.headers(user))
        assert one.status_code == 200 and one.json() == created
    assert created["kind_label"] == "Biểu dương mặt tích cực" and created["open"] is False
    en = await fu.client.get(
        f"/api/v1/follow-ups/{created['id']}", headers=fu.headers("demo.registrant", **{"Accept-Language": "en"})
    )
    assert en.json()["kind_label"] == "Praise of what works well"


async def test_the_history_shows_the_follow_up_and_it_is_not_a_return(fu) -> None:
    mid = await fu.model_in("registered")
    etag = (await fu.model(mid)).headers["ETag"]
    created = (await fu.record(mid, kind="guidance")).json()
    history = await fu.history(mid)
    assert [h["action"] for h in history] == ["create", "submit", "follow_up"]
    entry = history[-1]
    assert entry["from_state"] == entry["to_state"] == "registered"
    assert entry["actor_name"] == "Lê Văn Cường" and entry["reason"] is None
    assert entry["details"]["follow_up_id"] == created["id"] and entry["details"]["kind"] == "guidance"
    assert entry["details"]["request_due_on"] == str(TODAY)
    model = (await fu.model(mid, "demo.mobiliser")).json()
    assert model["state"] == "registered" and model["allowed_actions"] == ["accept", "return"]
    # A move made with the ETag read before the follow-up is stale (412); with the new one the board may
    # still return the model, which is a move of its own.
    await fu.ctx.move(mid, "demo.mobiliser", "return", expect=412, etag=etag, reason="Bổ sung chỉ tiêu")
    returned = await fu.ctx.move(mid, "demo.mobiliser", "return", reason="Bổ sung chỉ tiêu")
    assert returned["state"] == "returned" and returned["follow_up_count"] == 1
    actions = [(h["action"], h["from_state"], h["to_state"]) for h in await fu.history(mid)]
    assert actions[-2:] == [("follow_up", "registered", "registered"), ("return", "registered", "returned")]


async def test_an_administrator_of_the_province_records_one_too(fu) -> None:
    mid = await fu.model_in("reported")
    body = (await fu.record(mid, "demo.admin", kind="monitoring", request=None, request_due_on=None)).json()
    assert body["officer_name"] == "Nguyễn Văn An" and body["model_state"] == "reported"


async def test_other_roles_that_see_the_model_may_not_record_and_nothing_is_written(fu) -> None:
    mid = await fu.model_in("implementing")
    before = await fu.model(mid)
    for user in ("demo.registrant", "demo.viewer", "demo.authority"):
        r = await fu.record(mid, user, expect=403)
        assert r.json()["code"] == "action_not_permitted"
    after = await fu.model(mid)
    assert after.headers["ETag"] == before.headers["ETag"] and after.json()["follow_up_count"] == 0
    assert (await fu.listed(mid))["items"] == []
    assert [h["action"] for h in await fu.history(mid)] == ["create", "submit", "accept"]


async def test_another_units_board_gets_404_everywhere(fu, dong_ha_mobiliser) -> None:
    mid = await fu.model_in("implementing")
    created = (await fu.record(mid)).json()
    r = await fu.record(mid, dong_ha_mobiliser, expect=404)
    assert r.json()["code"] == "not_found"
    headers = fu.headers(dong_ha_mobiliser)
    assert (await fu.client.get(f"/api/v1/models/{mid}/follow-ups", headers=headers)).status_code == 404
    one = await fu.client.get(f"/api/v1/follow-ups/{created['id']}", headers=headers)
    assert one.status_code == 404 and one.json()["code"] == "not_found"
    assert (await fu.client.get("/api/v1/follow-ups", headers=headers)).json()["items"] == []
    assert (await fu.model(mid)).json()["follow_up_count"] == 1


async def test_an_unknown_model_or_follow_up_is_404(fu) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    assert (await fu.record(missing, expect=404)).json()["code"] == "not_found"
    r = await fu.client.get(f"/api/v1/follow-ups/{missing}", headers=fu.headers("demo.admin"))
    assert r.status_code == 404


async def test_outside_registration_to_survey_it_is_refused_with_the_state(fu) -> None:
    for state in ("draft", "surveyed"):
        mid = await fu.model_in(state)
        before = await fu.model(mid)
        problem = (await fu.record(mid, expect=422)).json()
        assert problem["code"] == "follow_up_not_allowed" and problem["state"] == state
        assert problem["required_state"] == ["registered", "implementing", "reported"]
        after = await fu.model(mid)
        assert after.headers["ETag"] == before.headers["ETag"] and after.json()["follow_up_count"] == 0


async def test_a_follow_up_can_cite_the_models_files(fu) -> None:
    mid = await fu.model_in("implementing")
    files = (await fu.client.get(f"/api/v1/models/{mid}/evidence", headers=fu.headers("demo.viewer"))).json()
    form = files["items"][0]["id"]
    body = (await fu.record(mid, evidence_ids=[form, form])).json()
    assert body["evidence_ids"] == [form]


async def test_a_later_visit_closes_the_request_it_found_done_and_the_boards_chase_the_rest(fu) -> None:
    mid = await fu.model_in("implementing")
    other = await fu.model_in("implementing")
    yesterday = str(TODAY - timedelta(days=1))
    first = (await fu.record(mid, visited_on=str(TODAY - timedelta(days=3)), request_due_on=yesterday)).json()
    not_due = (await fu.record(other, request_due_on=str(TODAY + timedelta(days=10)))).json()
    headers = fu.headers("demo.mobiliser")
    chase = await fu.client.get(
        "/api/v1/follow-ups", params={"open": "true", "due_before": str(TODAY)}, headers=headers
    )
    assert [f["id"] for f in chase.json()["items"]] == [first["id"]]
    opened = await fu.client.get("/api/v1/follow-ups", params={"open": "true"}, headers=headers)
    assert [f["id"] for f in opened.json()["items"]] == [first["id"], not_due["id"]]

    done = (
        await fu.record(
            mid,
            kind="reminder",
            request=None,
            request_due_on=None,
            findings="Đã vận động xong.",
            resolves=[first["id"]],
        )
    ).json()
    closed = (await fu.client.get(f"/api/v1/follow-ups/{first['id']}", headers=headers)).json()
    assert closed["open"] is False and closed["resolved_by_id"] == done["id"] and closed["resolved_at"]
    assert (await fu.history(mid))[-1]["details"]["resolves"] == [first["id"]]
    chase = await fu.client.get(
        "/api/v1/follow-ups", params={"open": "true", "due_before": str(TODAY)}, headers=headers
    )
    assert chase.json()["items"] == []
    not_open = await fu.client.get("/api/v1/follow-ups", params={"open": "false"}, headers=headers)
    assert {f["id"] for f in not_open.json()["items"]} == {first["id"], done["id"]}
    # Closing it again, or closing a visit without a request, is refused.
    problem = (await fu.record(mid, resolves=[first["id"], done["id"]], expect=422)).json()
    assert [e["pointer"] for e in problem["errors"]] == ["#/resolves/0", "#/resolves/1"]
    assert {e["code"] for e in problem["errors"]} == {"not_an_open_request"}


async def test_a_request_is_no_longer_chased_once_the_model_is_surveyed(fu) -> None:
    mid = await fu.model_in("reported")
    created = (await fu.record(mid)).json()
    assert created["open"] is True
    await fu.ctx.move(mid, "demo.mobiliser", "record_survey", survey=SURVEY)
    read = (await fu.client.get(f"/api/v1/follow-ups/{created['id']}", headers=fu.headers("demo.viewer"))).json()
    assert read["open"] is False and read["model"]["state"] == "surveyed" and read["model_state"] == "reported"
    r = await fu.client.get("/api/v1/follow-ups", params={"open": "true"}, headers=fu.headers("demo.viewer"))
    assert r.json()["items"] == []


async def test_lists_page_by_visit_date_and_filter(fu) -> None:
    mid = await fu.model_in("implementing")
    ids = []
    for days, kind in ((2, "monitoring"), (5, "inspection"), (1, "praise")):
        body = visit(visited_on=str(TODAY - timedelta(days=days)), kind=kind, request=None, request_due_on=None)
        r = await fu.client.post(f"/api/v1/models/{mid}/follow-ups", json=body, headers=fu.headers("demo.mobiliser"))
        ids.append((days, r.json()["id"]))
    oldest_first = [i for _, i in sorted(ids, reverse=True)]
    first = await fu.listed(mid, limit=2)
    assert [f["id"] for f in first["items"]] == oldest_first[:2] and first["limit"] == 2
    second = await fu.listed(mid, limit=2, cursor=first["next_cursor"])
    assert [f["id"] for f in second["items"]] == oldest_first[2:] and second["next_cursor"] is None
    assert [f["kind"] for f in (await fu.listed(mid, kind="praise"))["items"]] == ["praise"]
    # A cursor made for other filters, or forged, is refused.
    headers = fu.headers("demo.viewer")
    url = f"/api/v1/models/{mid}/follow-ups"
    r = await fu.client.get(url, params={"kind": "praise", "cursor": first["next_cursor"]}, headers=headers)
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"
    r = await fu.client.get(url, params={"cursor": "not-a-cursor"}, headers=headers)
    assert r.status_code == 400 and r.json()["code"] == "invalid_cursor"
    # The scope-wide list narrows to a unit's subtree.
    listed = await fu.client.get(
        "/api/v1/follow-ups", params={"unit": fu.ctx.demo.unit("QT-VL-VT")}, headers=fu.headers("demo.admin")
    )
    assert len(listed.json()["items"]) == 3
    listed = await fu.client.get(
        "/api/v1/follow-ups", params={"unit": fu.ctx.demo.unit("QT-DH")}, headers=fu.headers("demo.admin")
    )
    assert listed.json()["items"] == []
    listed = await fu.client.get("/api/v1/follow-ups", params={"model_id": mid}, headers=fu.headers("demo.admin"))
    assert len(listed.json()["items"]) == 3


async def test_a_retry_with_the_same_key_records_once(fu) -> None:
    mid = await fu.model_in("implementing")
    key = {"Idempotency-Key": "follow-up-tan-lap-1"}
    first = await fu.record(mid, headers=key)
    again = await fu.record(mid, headers=key)
    assert again.json() == first.json() and again.headers.get("Idempotent-Replayed") == "true"
    assert (await fu.model(mid)).json()["follow_up_count"] == 1
    other = await fu.record(mid, headers=key, kind="praise", expect=422)
    assert other.json()["code"] == "idempotency_key_reused"


async def test_the_workflow_document_names_the_followed_up_states(client, demo) -> None:
    states = (await client.get("/api/v1/workflow")).json()["states"]
    assert [s["code"] for s in states if s["followed_up"]] == ["registered", "implementing", "reported"]
