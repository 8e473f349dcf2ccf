"""A plan's life in the change feed: recorded, corrected, documented and deleted, each an event of the catalogue
with its typed payload, seen by whoever reads the plan's unit (the deletion included) and by nobody else."""

from __future__ import annotations

import hashlib
from typing import Any

from app.events.catalogue import CATALOGUE
from tests.plans.plans_support import API, OUTSIDER, TODAY, World

TYPES = "plan.recorded", "plan.corrected", "plan.document-attached", "plan.deleted"


async def _feed(world: World, user: str) -> list[dict[str, Any]]:
    r = await world.client.get(f"{API}/events", params={"type": list(TYPES), "limit": 100}, headers=world.headers(user))
    assert r.status_code == 200, r.text
    return r.json()["items"]


async def test_each_change_of_a_plan_is_an_event_its_readers_see(world: World) -> None:
    from app.demo.documents import sample_pdf

    r = await world.record("QT-VL-VT-DU")
    plan, tag = r.json(), r.headers["ETag"]
    url = f"{API}/plans/{plan['id']}"
    change = {"disseminated_on": str(TODAY), "dissemination_note": "Hội nghị quán triệt ngày hôm nay."}
    r = await world.client.patch(url, json=change, headers={**world.headers("demo.registrant"), "If-Match": tag})
    assert r.status_code == 200, r.text
    pdf = sample_pdf("Kế hoạch 45-KH/ĐU")
    r = await world.client.post(
        f"{url}/document",
        files={"file": ("45-KH-DU.pdf", pdf, "application/pdf")},
        headers=world.headers("demo.registrant", **{"If-Match": r.headers["ETag"]}),
    )
    assert r.status_code == 201, r.text
    r = await world.client.delete(url, headers=world.headers("demo.registrant", **{"If-Match": r.headers["ETag"]}))
    assert r.status_code == 204

    for user in ("demo.registrant", "demo.viewer", "demo.mobiliser"):
        told = await _feed(world, user)
        assert [e["type"] for e in told] == list(TYPES), user
    common = {
        "campaign_id": world.campaign_id,
        "unit_id": world.demo.unit("QT-VL-VT-DU"),
        "document_number": "45-KH/ĐU",
    }
    assert [e["data"] for e in told] == [
        common,
        {**common, "fields": ["disseminated_on", "dissemination_note"]},
        {**common, "sha256": hashlib.sha256(pdf).hexdigest()},
        common,
    ]
    for event in told:
        assert event["resource"] == {"type": "plan", "id": plan["id"]}
        assert event["unit"]["id"] == world.demo.unit("QT-VL-VT-DU")
        assert CATALOGUE[event["type"]].payload.model_validate(event["data"])
        assert "recorded_by_id" not in event["data"]  # no actor in a payload
    # Đông Hà's registrant reads nothing of Vĩnh Linh: none of the plan's events, not even one by id.
    assert await _feed(world, OUTSIDER) == []
    r = await world.client.get(f"{API}/events/{told[0]['id']}", headers=world.headers(OUTSIDER))
    assert r.status_code == 404
    r = await world.client.get(f"{API}/events/{told[-1]['id']}", headers=world.headers("demo.viewer"))
    assert r.status_code == 200 and r.json() == told[-1]
