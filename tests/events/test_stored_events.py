"""What the app really writes: a district's year over HTTP (the unit tree changed, a campaign edited, models
driven through the workflow, a decision issued, signed, revoked, a file deleted), then every stored event is
read back and checked against its catalogue entry: its payload exactly (nothing more, nothing less), its
version, the subject its visibility follows, its envelope. (record_event validates each payload before writing
it, so every other test of a call site checks the payloads of its own events too.)"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from app.events.catalogue import CATALOGUE, RESOURCES
from app.events.schemas import envelope
from app.models import Event
from tests.etags import if_match
from tests.registry.conftest import tiny_pdf

API = "/api/v1"
ACTIONS = {"move", "close", "reopen", "document", "revoke"}


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
async def dctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign open for registration and recognition today, with the decisions' helpers."""
    from tests.decisions.decision_support import DecisionCtx, make_decision_campaign

    campaign = await make_decision_campaign(session)
    return DecisionCtx(client, demo, str(campaign.id), str(campaign.cycles[0].id), session)


async def _write(dctx: Any, method: str, url: str, user: str = "demo.admin", **kwargs: Any) -> Any:
    """A write with the current ETag of the resource (the URL up to its action) as If-Match; 2xx expected."""
    resource = url.rsplit("/", 1)[0] if url.rsplit("/", 1)[-1] in ACTIONS else url
    headers = await if_match(dctx.client, resource, dctx.demo.headers(user))
    r = await dctx.client.request(method, url, headers=headers, **kwargs)
    assert r.status_code < 300, r.text
    return r.json()


async def _unit_tree(dctx: Any) -> None:
    r = await dctx.client.post(
        f"{API}/units",
        json={
            "parent_id": dctx.demo.unit("QT-VL-VT"),
            "code": "QT-VL-VT-TM",
            "name": "Thôn Tân Mỹ",
            "kind_code": "village",
            "level_code": "village",
        },
        headers=dctx.demo.headers("demo.admin"),
    )
    assert r.status_code == 201, r.text
    url = f"{API}/units/{r.json()['id']}"
    await _write(dctx, "PATCH", url, json={"name": "Thôn Tân Mỹ Đông"})
    await _write(dctx, "POST", f"{url}/move", json={"parent_id": dctx.demo.unit("QT-VL-HX")})
    await _write(dctx, "POST", f"{url}/close", json={"reason": "Sáp nhập vào Khu phố 1"})
    await _write(dctx, "POST", f"{url}/reopen")


async def _campaign(dctx: Any) -> None:
    body = {
        "name": "Giai đoạn 2023–2025",
        "start_year": 2023,
        "end_year": 2025,
        "owning_unit_id": dctx.demo.unit("QT-VL"),
    }
    r = await dctx.client.post(f"{API}/campaigns", json=body, headers=dctx.demo.headers("demo.admin"))
    assert r.status_code == 201, r.text
    url = r.headers["Location"]
    await _write(dctx, "PATCH", url, json={"name": "“Dân vận khéo” giai đoạn 2023–2025"})
    r = await dctx.client.patch(
        f"{url}/cycles/2024",
        json={"results_due_on": "2024-09-30"},
        headers=await if_match(dctx.client, url, dctx.demo.headers("demo.admin")),
    )
    assert r.status_code == 200, r.text


async def _decision(dctx: Any) -> None:
    a, b = await dctx.surveyed(), await dctx.surveyed(name="Mô hình thứ hai")
    review_id = await dctx.review({a["id"]: "approved", b["id"]: "approved"})
    decision = (await dctx.issue(dctx.decision_body("model_recognition", [a["id"], b["id"]], review_id))).json()
    url = f"{API}/decisions/{decision['id']}"
    await _write(
        dctx,
        "POST",
        f"{url}/document",
        "demo.authority",
        data={"title": "Quyết định 125 (bản ký)"},
        files={"file": ("Quyết định 125.pdf", tiny_pdf("qd-125"), "application/pdf")},
    )
    await _write(dctx, "POST", f"{url}/revoke", "demo.authority", json={"reason": "Ban hành nhầm đối tượng"})


async def _other_moves(dctx: Any) -> None:
    returned = await dctx.create(with_form=True)
    await dctx.move(returned["id"], "demo.registrant", "submit")
    await dctx.move(returned["id"], "demo.mobiliser", "return", reason="Bổ sung chữ ký của Trưởng thôn")
    await dctx.move(returned["id"], "demo.registrant", "withdraw", reason="Thôn sáp nhập")
    draft = await dctx.create()
    other = await dctx.attach(draft["id"], "other", content=tiny_pdf("cong-van"), filename="cong-van.pdf")
    r = await dctx.client.delete(f"{API}/evidence/{other['id']}", headers=dctx.demo.headers("demo.registrant"))
    assert r.status_code == 204, r.text


async def test_every_stored_event_is_exactly_what_its_catalogue_entry_declares(dctx: Any, session: Any) -> None:
    await _unit_tree(dctx)
    await _campaign(dctx)
    await _decision(dctx)
    await _other_moves(dctx)

    await session.rollback()
    events = (await session.scalars(select(Event).order_by(Event.id))).all()
    for event in events:
        entry = CATALOGUE[event.type]
        assert event.version == entry.version and event.resource_type == entry.resource, event.type
        payload = entry.payload.model_validate(event.data)
        assert payload.model_dump(mode="json", by_alias=True) == event.data, event.type
        follows = RESOURCES[entry.resource]
        if follows is None:
            assert event.subject_id is None
        else:
            expected = event.resource_id if follows == "self" else event.data[follows]
            assert event.subject_id == uuid.UUID(expected), event.type
        assert envelope(event).data == event.data
    seen = {e.type for e in events}
    assert seen >= {
        "unit.created",
        "unit.updated",
        "unit.moved",
        "unit.closed",
        "unit.reopened",
        "campaign.created",
        "campaign.updated",
        "model.created",
        "model.submitted",
        "model.accepted",
        "model.results-reported",
        "model.surveyed",
        "model.returned",
        "model.withdrawn",
        "model.recognised",
        "model.decision-revoked",
        "decision.issued",
        "decision.document-attached",
        "decision.revoked",
        "evidence.added",
        "evidence.deleted",
    }, sorted(seen)
