"""Seed 000 §2.1: every party organisation, agency, unit and locality has its "Dân vận khéo" plan and
disseminates it. Units record their plans over HTTP; others see them in scope only."""

from __future__ import annotations

from datetime import timedelta

from tests.etags import if_match
from tests.plans.plans_support import API, OUTSIDER, TODAY, World, make_campaign, plan_body


async def test_a_commune_committee_records_its_plan_and_reads_it_back(world: World) -> None:
    r = await world.record("QT-VL-VT-DU")
    plan = r.json()
    assert r.headers["Location"] == f"{API}/plans/{plan['id']}"
    assert r.headers["ETag"] == f'"{plan["version"]}"' and plan["version"] == 1
    assert plan["unit"] == {
        "id": world.demo.unit("QT-VL-VT-DU"),
        "code": "QT-VL-VT-DU",
        "name": "Đảng ủy Xã Vĩnh Thạch",
        "kind_code": "grassroots_party_committee",
    }
    body = plan_body(world.campaign_id)
    assert {k: plan[k] for k in body} == body
    assert plan["disseminated"] is True and plan["document"] is None
    assert plan["recorded_by_id"] == str(world.demo.users["demo.registrant"])
    # Everyone who reads the commune sees it, the same body.
    for user in ("demo.registrant", "demo.viewer", "demo.mobiliser", "demo.admin", "demo.authority"):
        assert (await world.get(plan["id"], user)).json() == plan
    cached = await world.client.get(
        f"{API}/plans/{plan['id']}", headers=world.headers("demo.viewer", **{"If-None-Match": r.headers["ETag"]})
    )
    assert cached.status_code == 304
    # The unit's own list and the subtree list.
    mine = await world.client.get(
        f"{API}/units/{world.demo.unit('QT-VL-VT-DU')}/plans", headers=world.headers("demo.viewer")
    )
    assert [p["id"] for p in mine.json()["items"]] == [plan["id"]]
    assert await world.listed(campaign=world.campaign_id, unit=world.demo.unit("QT-VL")) == ["QT-VL-VT-DU"]


async def test_a_district_mobiliser_records_for_units_below_and_lists_narrow(world: World) -> None:
    await world.record("QT-VL-HU", user="demo.mobiliser", document_number="12-KH/HU")
    await world.record("QT-VL-HX-DU", user="demo.mobiliser", disseminated_on=None, dissemination_note=None)
    await world.record("QT-VL-VT-UBND", user="demo.admin", issued_by="Ủy ban nhân dân xã Vĩnh Thạch")
    assert await world.listed() == ["QT-VL-HU", "QT-VL-HX-DU", "QT-VL-VT-UBND"]
    assert await world.listed(unit=world.demo.unit("QT-VL-VT")) == ["QT-VL-VT-UBND"]
    assert await world.listed(disseminated="false") == ["QT-VL-HX-DU"]
    assert await world.listed(disseminated="true") == ["QT-VL-HU", "QT-VL-VT-UBND"]
    # The commune's registrant sees its own commune's plans only; pages follow the cursor.
    assert await world.listed(user="demo.registrant") == ["QT-VL-VT-UBND"]
    first = await world.client.get(f"{API}/plans", params={"limit": 2}, headers=world.headers("demo.viewer"))
    page = first.json()
    assert [p["unit"]["code"] for p in page["items"]] == ["QT-VL-HU", "QT-VL-HX-DU"]
    second = await world.client.get(
        f"{API}/plans", params={"limit": 2, "cursor": page["next_cursor"]}, headers=world.headers("demo.viewer")
    )
    assert [p["unit"]["code"] for p in second.json()["items"]] == ["QT-VL-VT-UBND"]
    assert second.json()["next_cursor"] is None
    moved = await world.client.get(
        f"{API}/plans",
        params={"limit": 2, "cursor": page["next_cursor"], "disseminated": "true"},
        headers=world.headers("demo.viewer"),
    )
    assert (moved.status_code, moved.json()["code"]) == (400, "invalid_cursor")


async def test_other_units_plans_are_404_and_viewers_may_not_record(world: World) -> None:
    plan = (await world.record("QT-VL-VT-DU")).json()
    before = await world.counts()
    # The Phường 1 registrant sees nothing of Vĩnh Linh: not the plan, not the unit, not the campaign.
    r = await world.get(plan["id"], OUTSIDER, expect=404)
    assert r.json()["code"] == "plan_not_found"
    for url in (f"{API}/plans/{plan['id']}/document/content",):
        assert (await world.client.get(url, headers=world.headers(OUTSIDER))).status_code == 404
    r = await world.client.get(f"{API}/units/{world.demo.unit('QT-VL-VT-DU')}/plans", headers=world.headers(OUTSIDER))
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")
    assert await world.listed(user=OUTSIDER) == []
    r = await world.client.get(
        f"{API}/plans", params={"unit": world.demo.unit("QT-VL")}, headers=world.headers(OUTSIDER)
    )
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")
    assert (await world.record("QT-VL-VT-UBND", user=OUTSIDER, expect=404)).json()["code"] == "unit_not_found"
    headers = world.headers(OUTSIDER, **{"If-Match": '"1"'})
    patched = await world.client.patch(f"{API}/plans/{plan['id']}", json={"title": "Sửa"}, headers=headers)
    assert patched.status_code == 404
    assert (await world.client.delete(f"{API}/plans/{plan['id']}", headers=headers)).status_code == 404
    # Their own ward is theirs, but the Vĩnh Linh campaign is not visible there.
    r = await world.record("QT-DH-P1-DU", user=OUTSIDER, expect=404)
    assert r.json()["code"] == "campaign_not_found"
    # Viewers (and an authority, who decides but does not record) read but may not record or correct.
    for user in ("demo.viewer", "demo.authority"):
        assert (await world.record("QT-VL-VT-UBND", user=user, expect=403)).json()["code"] == "not_plan_recorder"
        headers = await if_match(world.client, f"{API}/plans/{plan['id']}", world.headers(user))
        r = await world.client.patch(f"{API}/plans/{plan['id']}", json={"title": "Sửa"}, headers=headers)
        assert (r.status_code, r.json()["code"]) == (403, "not_plan_recorder")
        r = await world.client.delete(f"{API}/plans/{plan['id']}", headers=headers)
        assert (r.status_code, r.json()["code"]) == (403, "not_plan_recorder")
    assert await world.counts() == before


async def test_one_plan_per_unit_and_campaign(world: World) -> None:
    await world.record("QT-VL-VT-DU")
    before = await world.counts()
    r = await world.record("QT-VL-VT-DU", user="demo.mobiliser", expect=409, document_number="46-KH/ĐU")
    assert r.json()["code"] == "plan_exists"
    assert await world.counts() == before
    # Another campaign is another plan.
    other = await make_campaign(world.session, "QT-VL")
    await world.record("QT-VL-VT-DU", campaign_id=str(other.id))
    mine = await world.client.get(
        f"{API}/units/{world.demo.unit('QT-VL-VT-DU')}/plans",
        params={"campaign": str(other.id)},
        headers=world.headers("demo.viewer"),
    )
    assert [p["campaign_id"] for p in mine.json()["items"]] == [str(other.id)]


async def test_refused_records_change_nothing(world: World, session) -> None:
    from app.models import Unit

    closed = await session.get(Unit, world.demo.unit("QT-VL-HX-HCCB"))
    closed.is_active = False
    await session.commit()
    commune_campaign = str((await make_campaign(session, "QT-VL-VT")).id)
    before = await world.counts()
    future = str(TODAY + timedelta(days=1))
    cases = [
        ("QT-VL-VT-DU", {"issued_on": future, "disseminated_on": None}, "date_in_future", ["#/issued_on"]),
        ("QT-VL-VT-DU", {"disseminated_on": future}, "date_in_future", ["#/disseminated_on"]),
        (
            "QT-VL-VT-DU",
            {"issued_on": future, "disseminated_on": str(TODAY)},
            "validation_failed",
            ["#/issued_on", "#/disseminated_on"],
        ),
        (
            "QT-VL-VT-DU",
            {"disseminated_on": str(TODAY - timedelta(days=30))},
            "disseminated_before_issued",
            ["#/disseminated_on"],
        ),
        ("QT-VL-HX-HCCB", {}, "unit_closed", None),
        ("QT-VL-HX-DU", {"campaign_id": commune_campaign}, "unit_outside_campaign", None),
        ("QT-VL-VT-DU", {"title": "x" * 501}, "validation_failed", ["#/title"]),
        ("QT-VL-VT-DU", {"document_number": "   "}, "validation_failed", ["#/document_number"]),
        ("QT-VL-VT-DU", {"issued_by": None}, "validation_failed", ["#/issued_by"]),
        ("QT-VL-VT-DU", {"issued_on": "10/03/2025"}, "validation_failed", ["#/issued_on"]),
        ("QT-VL-VT-DU", {"issued_on": 20250310}, "validation_failed", ["#/issued_on"]),
        ("QT-VL-VT-DU", {"dissemination_note": "x" * 2001}, "validation_failed", ["#/dissemination_note"]),
        ("QT-VL-VT-DU", {"state": "approved"}, "validation_failed", ["#/state"]),
        ("QT-VL-VT-DU", {"campaign_id": "not-a-uuid"}, "validation_failed", ["#/campaign_id"]),
    ]
    for unit, over, code, pointers in cases:
        r = await world.record(unit, user="demo.mobiliser", expect=422, **over)
        problem = r.json()
        assert problem["code"] == code, (over, problem)
        if pointers is not None:
            assert [e["pointer"] for e in problem["errors"]] == pointers, problem
    r = await world.record("QT-VL-VT-DU", campaign_id="6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", expect=404)
    assert r.json()["code"] == "campaign_not_found"
    r = await world.client.post(
        f"{API}/units/999999999/plans", json=plan_body(world.campaign_id), headers=world.headers("demo.admin")
    )
    assert (r.status_code, r.json()["code"]) == (404, "unit_not_found")
    assert await world.counts() == before
