"""Correcting, deleting and documenting a plan: If-Match on every write, the same rules as recording, the plan
document stored and served like evidence files."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import timedelta

import pytest

from tests.plans.plans_support import API, OUTSIDER, TODAY, World, plan_body

# Marked here: the committing test below is PostgreSQL-only, and anyio re-creates dynamically marked tests.
pytestmark = pytest.mark.anyio


def _pdf(note: str = "") -> bytes:
    from app.demo.documents import sample_pdf

    return sample_pdf(note)


async def test_the_dissemination_is_added_later_with_if_match(world: World) -> None:
    r = await world.record("QT-VL-HX-DU", user="demo.mobiliser", disseminated_on=None, dissemination_note=None)
    plan, tag = r.json(), r.headers["ETag"]
    assert plan["disseminated"] is False
    url = f"{API}/plans/{plan['id']}"
    change = {"disseminated_on": str(TODAY), "dissemination_note": "Hội nghị quán triệt ngày hôm nay."}
    headers = world.headers("demo.registrant")
    # Without If-Match: 428; with a stale one: 412 naming the current ETag; nothing changes.
    r = await world.client.patch(url, json=change, headers=world.headers("demo.mobiliser"))
    assert (r.status_code, r.json()["code"]) == (428, "precondition_required")
    r = await world.client.patch(url, json=change, headers={**world.headers("demo.mobiliser"), "If-Match": '"7"'})
    assert (r.status_code, r.json()["current_etag"]) == (412, tag)
    # The commune's registrant does not reach Hồ Xá (404); the district mobiliser does.
    r = await world.client.patch(url, json=change, headers={**headers, "If-Match": tag})
    assert r.status_code == 404
    r = await world.client.patch(url, json=change, headers={**world.headers("demo.mobiliser"), "If-Match": tag})
    assert r.status_code == 200, r.text
    corrected = r.json()
    assert r.headers["ETag"] == f'"{corrected["version"]}"' and corrected["version"] == 2
    assert (corrected["disseminated"], corrected["disseminated_on"]) == (True, str(TODAY))
    assert corrected["document_number"] == plan["document_number"]
    assert (await world.get(plan["id"])).json() == corrected
    # Clearing the dissemination is a correction too; the required fields cannot be cleared.
    tag = r.headers["ETag"]
    r = await world.client.patch(
        url, json={"disseminated_on": None}, headers={**world.headers("demo.mobiliser"), "If-Match": tag}
    )
    assert r.status_code == 200 and r.json()["disseminated"] is False


async def test_a_bad_correction_changes_nothing(world: World) -> None:
    r = await world.record("QT-VL-VT-DU")
    plan, tag = r.json(), r.headers["ETag"]
    url = f"{API}/plans/{plan['id']}"
    before = await world.counts()
    headers = {**world.headers("demo.registrant"), "If-Match": tag}
    cases = [
        ({"issued_on": str(TODAY + timedelta(days=1))}, "validation_failed"),  # also after the dissemination
        ({"disseminated_on": str(TODAY + timedelta(days=3))}, "date_in_future"),
        ({"issued_on": str(TODAY - timedelta(days=5))}, "disseminated_before_issued"),
        ({"title": None}, "validation_failed"),
        ({"issued_on": None}, "validation_failed"),
        ({"title": ""}, "validation_failed"),
        ({"campaign_id": plan["campaign_id"]}, "validation_failed"),
        ({"document_number": 45}, "validation_failed"),
    ]
    for body, code in cases:
        r = await world.client.patch(url, json=body, headers=headers)
        assert (r.status_code, r.json()["code"]) == (422, code), (body, r.text)
    assert (await world.get(plan["id"])).json() == plan
    assert await world.counts() == before


async def test_a_mistaken_plan_is_deleted_and_can_be_recorded_again(world: World, store) -> None:
    r = await world.record("QT-VL-VT-DU")
    plan, tag = r.json(), r.headers["ETag"]
    url = f"{API}/plans/{plan['id']}"
    r = await world.client.delete(url, headers=world.headers("demo.registrant"))
    assert (r.status_code, r.json()["code"]) == (428, "precondition_required")
    r = await world.client.delete(url, headers={**world.headers("demo.registrant"), "If-Match": '"9"'})
    assert r.status_code == 412
    r = await world.client.delete(url, headers={**world.headers("demo.registrant"), "If-Match": tag})
    assert r.status_code == 204
    assert (await world.get(plan["id"], expect=404)).json()["code"] == "plan_not_found"
    assert await world.counts() == (0, 2)  # recorded, deleted: the log keeps both
    await world.record("QT-VL-VT-DU")


async def _upload(world: World, plan_id: str, user: str, data: bytes, tag: str | None, **fields: str):
    headers = world.headers(user, **({"If-Match": tag} if tag else {}))
    return await world.client.post(
        f"{API}/plans/{plan_id}/document",
        files={"file": ("45-KH-DU.pdf", data, "application/pdf")},
        data=fields,
        headers=headers,
    )


async def test_the_plan_document_is_attached_served_and_replaced(world: World, store) -> None:
    r = await world.record("QT-VL-VT-DU")
    plan, tag = r.json(), r.headers["ETag"]
    content = f"{API}/plans/{plan['id']}/document/content"
    r = await world.client.get(content, headers=world.headers("demo.viewer"))
    assert (r.status_code, r.json()["code"]) == (404, "plan_document_not_found")
    pdf = _pdf("Kế hoạch 45-KH/ĐU")
    # Refused before the body is read: no If-Match, a viewer; then a field the form does not have.
    assert (await _upload(world, plan["id"], "demo.registrant", pdf, None)).status_code == 428
    r = await _upload(world, plan["id"], "demo.viewer", pdf, tag)
    assert (r.status_code, r.json()["code"]) == (403, "not_plan_recorder")
    r = await _upload(world, plan["id"], "demo.registrant", pdf, tag, title="Kế hoạch")
    assert (r.status_code, r.json()["errors"][0]["pointer"]) == (422, "#/title")
    r = await _upload(world, plan["id"], "demo.registrant", b"MZ\x90\x00 not a document", tag)
    assert r.status_code == 415
    assert (await world.get(plan["id"])).json() == plan

    r = await _upload(world, plan["id"], "demo.registrant", pdf, tag)
    assert r.status_code == 201, r.text
    documented = r.json()
    sha = hashlib.sha256(pdf).hexdigest()
    assert documented["document"] == {
        "filename": "45-KH-DU.pdf",
        "media_type": "application/pdf",
        "size": len(pdf),
        "sha256": sha,
        "content_url": f"/api/v1/plans/{plan['id']}/document/content",
    }
    assert documented["version"] == 2 and r.headers["ETag"] == '"2"'
    r = await world.client.get(content, headers=world.headers("demo.viewer"))
    assert (r.status_code, r.content, r.headers["ETag"]) == (200, pdf, f'"{sha}"')
    r = await world.client.get(content, headers=world.headers("demo.viewer", Range="bytes=0-3"))
    assert (r.status_code, r.content) == (206, pdf[:4])
    assert (await world.client.get(content, headers=world.headers(OUTSIDER))).status_code == 404
    # A stale ETag is refused; a second document replaces the first, whose bytes nothing else holds.
    assert (await _upload(world, plan["id"], "demo.registrant", pdf, tag)).status_code == 412
    newer = _pdf("Kế hoạch 45-KH/ĐU (bản sửa)")
    r = await _upload(world, plan["id"], "demo.mobiliser", newer, '"2"')
    assert r.status_code == 201 and r.json()["document"]["sha256"] == hashlib.sha256(newer).hexdigest()
    assert (await world.client.get(content, headers=world.headers("demo.viewer"))).content == newer
    assert not await store.exists(sha)


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_parallel_records_of_one_units_plan_one_wins(world: World) -> None:
    async def record(i: int):
        return await world.client.post(
            f"{API}/units/{world.demo.unit('QT-VL-VT-DU')}/plans",
            json=plan_body(world.campaign_id, document_number=f"{40 + i}-KH/ĐU"),
            headers=world.headers("demo.mobiliser" if i % 2 else "demo.registrant"),
        )

    results = await asyncio.gather(*[record(i) for i in range(6)])
    statuses = sorted(r.status_code for r in results)
    assert statuses == [201, 409, 409, 409, 409, 409], [r.text for r in results]
    assert {r.json()["code"] for r in results if r.status_code == 409} == {"plan_exists"}
    assert (await world.counts())[0] == 1


async def test_a_plan_document_is_never_taken_for_an_orphan(world: World, store, session) -> None:
    from datetime import timedelta as delta

    from app.evidence.service import collect_blob
    from app.storage.orphans import Orphan, delete_orphans, find_orphans

    r = await world.record("QT-VL-VT-DU")
    plan, tag = r.json(), r.headers["ETag"]
    pdf = _pdf("Kế hoạch 45-KH/ĐU, bản lưu")
    assert (await _upload(world, plan["id"], "demo.registrant", pdf, tag)).status_code == 201
    sha = hashlib.sha256(pdf).hexdigest()
    orphans = await find_orphans(session, store, grace=delta(0))
    assert sha not in [o.key for o in orphans]
    assert await delete_orphans(session, store, [Orphan(sha, None, None)]) == 0  # re-checked before deleting
    # After an evidence file with the same bytes is removed, the collector keeps what the plan still holds.
    await collect_blob(sha)
    assert await store.exists(sha)
    r = await world.client.get(f"{API}/plans/{plan['id']}/document/content", headers=world.headers("demo.viewer"))
    assert r.content == pdf
