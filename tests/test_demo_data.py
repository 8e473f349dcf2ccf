"""The demo data the serve command loads: a campaign and models in several states, consistent with
the workflow's own rules (so the demo never shows something the API would refuse)."""

from __future__ import annotations

from sqlalchemy import select

from tests.etags import if_match


async def _load_demo(database) -> None:
    from app.demo.movement import load_demo_movement
    from app.models import Unit

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        await load_demo_movement(s, units)
        await s.commit()


async def test_demo_movement_loads_and_tells_the_truth(client, demo, database, session) -> None:
    from app.demo.movement import DEMO_MODELS

    await _load_demo(database)

    headers = demo.headers("demo.viewer")
    items = (await client.get("/api/v1/models?limit=50", headers=headers)).json()["items"]
    assert len(items) == len(DEMO_MODELS) + 2
    states = {m["state"] for m in items}
    assert states == {
        "draft",
        "registered",
        "implementing",
        "reported",
        "surveyed",
        "returned",
        "exemplar",
        "recognized",
    }
    assert all(m["authority_case"] for m in items)

    # Every model past draft carries the registration form its submission required.
    for model in items:
        dossier = (await client.get(f"/api/v1/models/{model['id']}/evidence", headers=headers)).json()
        kinds = [e["kind"] for e in (dossier["items"] if isinstance(dossier, dict) else dossier)]
        assert ("registration_form" in kinds) == (model["state"] != "draft"), model

    # The demo registrant can take the draft forward once its form is attached (a window is open today).
    draft = next(m for m in items if m["state"] == "draft")
    registrant = await if_match(client, f"/api/v1/models/{draft['id']}", demo.headers("demo.registrant"))
    r = await client.post(f"/api/v1/models/{draft['id']}/transitions", json={"action": "submit"}, headers=registrant)
    assert r.status_code == 422 and r.json()["errors"][0]["code"] == "registration_form_attached"
    # The feed tells the same story: each model's registration and every move, in order, dated as it happened.
    feed = (await client.get("/api/v1/events?limit=200", headers=headers)).json()
    assert not feed["has_more"]
    for model in items:
        history = (await client.get(f"/api/v1/models/{model['id']}/history", headers=headers)).json()
        told = [e for e in feed["items"] if e["resource"]["id"] == model["id"]]
        states = [e["data"].get("to", e["data"].get("state", "draft")) for e in told]  # created: draft
        moves = [h["to_state"] for h in history if h["action"] not in ("confirm", "withdraw_confirmation")]
        assert states == moves, model["code"]
    campaign = (await client.get("/api/v1/campaigns", headers=headers)).json()["items"][0]
    assert campaign["name"].startswith("Phong trào thi đua")

    # Last year's exemplar: its reviews and decisions read like the API's own, and the showcase shows it.
    from app.demo.recognition import NAME

    exemplar = next(m for m in items if m["state"] == "exemplar")
    assert exemplar["name"] == NAME
    read = (await client.get(f"/api/v1/models/{exemplar['id']}", headers=demo.headers("demo.authority"))).json()
    assert [h["number"] for h in read["honours"]] == ["45-QĐ/ĐU", "52-QĐ/ĐU", "53-QĐ/ĐU"]
    # Its achievement report was confirmed by an act of Đảng ủy xã Vĩnh Thạch's user, not by a flag.
    url = f"/api/v1/models/{exemplar['id']}"
    [act] = (await client.get(f"{url}/confirmations", headers=headers)).json()["items"]
    assert (act["kind"], act["status"], act["counts"], act["legacy"]) == (
        "achievement_report",
        "confirmed",
        True,
        False,
    )
    assert act["confirmed_by"]["full_name"] == "Phạm Thị Dung" and act["confirming_unit"]["code"] == "QT-VL-VT-DU"
    report = (await client.get(f"/api/v1/evidence/{act['evidence_id']}", headers=headers)).json()
    assert report["kind"] == "achievement_report" and report["confirmed_by_grassroots"] is True
    [told] = [e for e in feed["items"] if e["type"] == "evidence.confirmed"]  # dated as the act
    assert (told["resource"], told["data"]["confirmation_id"]) == ({"type": "evidence", "id": report["id"]}, act["id"])
    assert told["occurred_at"] == act["confirmed_at"].replace("+00:00", "Z")
    plans = [e for e in feed["items"] if e["type"] == "plan.recorded"]
    assert sorted(e["data"]["document_number"] for e in plans) == ["12-KH/UBND", "45-KH/ĐU", "88-KH/HU"]
    history = (await client.get(f"{url}/history", headers=headers)).json()
    assert [h["action"] for h in history].index("confirm") < [h["action"] for h in history].index("nominate")
    reviews = (await client.get(f"/api/v1/reviews?model_id={exemplar['id']}", headers=headers)).json()["items"]
    assert len(reviews) == 2
    for summary in reviews:
        review = (await client.get(f"/api/v1/reviews/{summary['id']}", headers=headers)).json()
        [candidate] = review["candidates"]
        assert review["status"] == "closed" and candidate["outcome"] == "approved"
        assert sum(v["recused"] for v in candidate["votes"]) == 1
    decisions = (await client.get(f"/api/v1/decisions?model_id={exemplar['id']}", headers=headers)).json()["items"]
    assert {d["kind"] for d in decisions} == {"model_recognition", "exemplar_recognition", "commendation"}
    public = (await client.get("/api/v1/public/exemplars")).json()["items"]
    assert [p["code"] for p in public] == [exemplar["code"]]
    assert len(public[0]["photos"]) == 2
    for photo in public[0]["photos"]:
        assert (await client.get(photo["url"])).status_code == 200


async def test_every_demo_model_got_where_it_is_by_moves_of_the_table(client, demo, database) -> None:
    from app.workflow.codes import ACT_CODES
    from app.workflow.table import BY_ACTION

    await _load_demo(database)

    headers = demo.headers("demo.viewer")
    items = (await client.get("/api/v1/models?limit=50", headers=headers)).json()["items"]
    for model in items:
        history = (await client.get(f"/api/v1/models/{model['id']}/history", headers=headers)).json()
        assert history[0]["action"] == "create" and history[0]["to_state"] == "draft"
        state = "draft"
        for entry in history[1:]:
            if entry["action"] in ACT_CODES or entry["action"] == "follow_up":  # acts and follow-ups move nothing
                assert entry["from_state"] == entry["to_state"] == state, (model["code"], entry)
                continue
            row = BY_ACTION[entry["action"]]
            assert entry["from_state"] == state and state in row.sources, (model["code"], entry)
            assert entry["to_state"] == row.target_from(state).value
            state = entry["to_state"]
        assert state == model["state"], model["code"]
        assert len(history) > 1 or model["state"] == "draft"


async def test_the_demo_shows_the_boards_follow_ups_and_a_request_to_chase(client, demo, database) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    await _load_demo(database)
    today = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    headers = demo.headers("demo.mobiliser")
    everything = (await client.get("/api/v1/follow-ups", headers=headers)).json()["items"]
    assert {f["kind"] for f in everything} == {"praise", "inspection", "guidance", "monitoring"}
    assert all(f["officer_name"] == "Lê Văn Cường" for f in everything)
    chase = await client.get("/api/v1/follow-ups", params={"open": "true", "due_before": str(today)}, headers=headers)
    [overdue] = chase.json()["items"]
    assert overdue["model"]["state"] == "implementing" and overdue["kind_label"] == "Kiểm tra"
    guidance = next(f for f in everything if f["kind"] == "guidance")
    assert guidance["open"] is False and guidance["resolved_by_id"]
    model = (await client.get(f"/api/v1/models/{overdue['model']['id']}", headers=headers)).json()
    assert model["follow_up_count"] == 1 and model["last_follow_up_on"] == overdue["visited_on"]


async def test_the_demo_shows_criteria_per_field_conditions_and_a_standard_exception(client, demo, database) -> None:
    from app.demo.criteria import BELOW_NAME, BELOW_REASON

    await _load_demo(database)
    headers = demo.headers("demo.viewer")
    items = (await client.get("/api/v1/models?limit=50", headers=headers)).json()["items"]
    campaign = (await client.get("/api/v1/campaigns", headers=headers)).json()["items"][0]
    catalogue = (await client.get(f"/api/v1/campaigns/{campaign['id']}/criteria", headers=headers)).json()
    assert [(c["code"], c["field_code"]) for c in catalogue["specific"]] == [
        ("safe_neighbourhood", "defence_security"),
        ("household_income", "economy"),
    ]
    # The surveyed economy model was scored on its field's criterion too.
    surveyed = next(m for m in items if m["state"] == "surveyed")
    [survey] = (await client.get(f"/api/v1/models/{surveyed['id']}/surveys", headers=headers)).json()
    assert survey["scores"][-1]["code"] == "household_income"
    # The comprehensive model recorded its conditions with their papers.
    comprehensive = next(m for m in items if m["model_type"] == "comprehensive")
    conditions = (await client.get(f"/api/v1/models/{comprehensive['id']}/conditions", headers=headers)).json()
    assert conditions["required"] and conditions["all_met"] and conditions["version"] == 1
    by_code = {c["code"]: c for c in conditions["conditions"]}
    assert by_code["schools_advanced"]["status"] == "not_applicable"
    assert by_code["members_completing_well"]["percentage"] == 94.4
    dossier = (await client.get(f"/api/v1/models/{comprehensive['id']}/evidence", headers=headers)).json()["items"]
    assert set(by_code["organisations_rated_well"]["evidence_ids"]) <= {e["id"] for e in dossier}
    # Last year's model recognised below the standard, with the reason on the decision and in its history.
    below = next(m for m in items if m["name"] == BELOW_NAME)
    assert below["state"] == "recognized"
    [decision] = (await client.get(f"/api/v1/decisions?model_id={below['id']}", headers=headers)).json()["items"]
    read = (await client.get(f"/api/v1/decisions/{decision['id']}", headers=headers)).json()
    exception = read["models"][0]["standard_exception"]
    assert exception["reason"] == BELOW_REASON and exception["below"][0]["criterion"] == "consent"
    history = (await client.get(f"/api/v1/models/{below['id']}/history", headers=headers)).json()
    assert history[-1]["details"]["standard_exception"]["reason"] == BELOW_REASON


async def test_the_demo_shows_a_review_held_by_a_village_party_cell_with_its_minutes(client, demo, database) -> None:
    await _load_demo(database)

    headers = demo.headers("demo.viewer")
    cell = demo.unit("QT-VL-VT-TL-CB")
    [summary] = (await client.get(f"/api/v1/reviews?holding_unit_id={cell}", headers=headers)).json()["items"]
    assert (summary["level"], summary["level_label"]["vi"]) == ("cell", "Chi bộ bình xét, thẩm định")
    review = (await client.get(f"/api/v1/reviews/{summary['id']}", headers=headers)).json()
    assert review["holding_unit"]["name"] == "Chi bộ Thôn Tân Lập"
    assert review["status"] == "closed" and review["minutes"] is not None
    [candidate] = review["candidates"]
    assert candidate["outcome"] == "approved" and candidate["model"]["state"] == "surveyed"
    assert (await client.get(review["minutes"]["content_url"], headers=headers)).status_code == 200
    # The policy names that cell as the model's reviewing unit, and the minutes are in the model's dossier.
    model_id = candidate["model"]["id"]
    authority = (await client.get(f"/api/v1/models/{model_id}/authority", headers=headers)).json()
    assert authority["reviewing_unit"]["id"] == cell
    files = (await client.get(f"/api/v1/models/{model_id}/evidence", headers=headers)).json()["items"]
    assert "review_minutes" in [f["kind"] for f in files]
