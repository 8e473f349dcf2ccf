"""Yearly cycles: adding, changing and deleting them moves the campaign's ETag."""

from __future__ import annotations

from typing import Any

import pytest
from campaign_support import campaigns_client, user_maker  # noqa: F401  (fixtures `client`, `make_user`)

API = "/api/v1/campaigns"


async def vinh_linh_campaign(client: Any, demo: Any) -> tuple[str, str, dict[str, str]]:
    """A 2023–2025 campaign of Huyện Vĩnh Linh with default cycles: (url, etag, admin headers)."""
    headers = demo.headers("demo.admin")
    r = await client.post(
        API,
        headers=headers,
        json={
            "name": "Giai đoạn 2023–2025",
            "start_year": 2023,
            "end_year": 2025,
            "owning_unit_id": demo.unit("QT-VL"),
        },
    )
    assert r.status_code == 201, r.text
    return r.headers["Location"], r.headers["ETag"], headers


async def test_editing_a_cycle_needs_the_campaign_etag_and_moves_it(client, demo) -> None:
    url, tag, headers = await vinh_linh_campaign(client, demo)
    change = {
        "registration_windows": [
            {"label": "Đăng ký chính", "opens_on": "2024-08-01", "closes_on": "2024-09-15"},
            {"label": "Mô hình phát sinh", "opens_on": "2025-02-01", "closes_on": "2025-02-28"},
        ],
        "results_due_on": "2024-09-30",
    }
    assert (await client.patch(f"{url}/cycles/2024", json=change, headers=headers)).status_code == 428
    stale = await client.patch(f"{url}/cycles/2024", json=change, headers={**headers, "If-Match": '"42"'})
    assert stale.status_code == 412
    r = await client.patch(f"{url}/cycles/2024", json=change, headers={**headers, "If-Match": tag})
    assert r.status_code == 200, r.text
    assert r.json()["registration_windows"] == change["registration_windows"]
    assert r.json()["results_due_on"] == "2024-09-30"
    assert r.json()["recognition_starts_on"] == "2024-10-01"
    assert r.headers["ETag"] != tag
    campaign = await client.get(url, headers=headers)
    assert campaign.headers["ETag"] == r.headers["ETag"]
    assert campaign.json()["cycles"][1]["registration_windows"][0]["closes_on"] == "2024-09-15"
    again = await client.patch(
        f"{url}/cycles/2024", json={"results_due_on": "2024-10-01"}, headers={**headers, "If-Match": tag}
    )
    assert again.status_code == 412


async def test_a_cycle_edit_is_checked_like_a_new_cycle(client, demo) -> None:
    url, tag, headers = await vinh_linh_campaign(client, demo)
    overlap = {
        "registration_windows": [
            {"label": "Đăng ký chính", "opens_on": "2023-08-01", "closes_on": "2023-08-31"},
            {"label": "Đợt bổ sung", "opens_on": "2023-08-31", "closes_on": "2023-09-05"},
        ]
    }
    r = await client.patch(f"{url}/cycles/2023", json=overlap, headers={**headers, "If-Match": tag})
    assert r.status_code == 422
    assert [(e["code"], e["pointer"]) for e in r.json()["errors"]] == [("windows_overlap", "#/registration_windows/1")]
    backwards = {"recognition_ends_on": "2023-09-30"}
    r = await client.patch(f"{url}/cycles/2023", json=backwards, headers={**headers, "If-Match": tag})
    assert [(e["code"], e["pointer"]) for e in r.json()["errors"]] == [
        ("recognition_ends_before_start", "#/recognition_ends_on")
    ]
    assert (
        await client.patch(f"{url}/cycles/2023", json={"year": 2024}, headers={**headers, "If-Match": tag})
    ).status_code == 422
    assert (await client.patch(f"{url}/cycles/2030", json={}, headers={**headers, "If-Match": tag})).status_code == 404
    same = await client.patch(
        f"{url}/cycles/2023", json={"results_due_on": "2023-10-01"}, headers={**headers, "If-Match": tag}
    )
    assert same.status_code == 200
    assert same.headers["ETag"] == tag
    assert (await client.get(url, headers=headers)).headers["ETag"] == tag


async def test_adding_a_cycle_within_the_years_moves_the_etag(client, demo) -> None:
    url, tag, headers = await vinh_linh_campaign(client, demo)
    extended = await client.patch(url, json={"end_year": 2026}, headers={**headers, "If-Match": tag})
    tag = extended.headers["ETag"]
    assert (await client.post(f"{url}/cycles", json={"year": 2026}, headers=headers)).status_code == 428
    r = await client.post(f"{url}/cycles", json={"year": 2026}, headers={**headers, "If-Match": tag})
    assert r.status_code == 201, r.text
    assert r.headers["Location"] == f"{url}/cycles/2026"
    assert r.headers["ETag"] != tag
    assert r.json()["registration_windows"][0] == {
        "label": "Đăng ký chính",
        "opens_on": "2026-08-01",
        "closes_on": "2026-08-31",
    }
    one = await client.get(r.headers["Location"], headers=demo.headers("demo.registrant"))
    assert one.status_code == 200
    assert one.json()["id"] == r.json()["id"]
    assert one.headers["ETag"] == r.headers["ETag"]

    current = {**headers, "If-Match": r.headers["ETag"]}
    twice = await client.post(f"{url}/cycles", json={"year": 2026}, headers=current)
    assert twice.status_code == 409
    assert twice.json()["code"] == "cycle_exists"
    outside = await client.post(f"{url}/cycles", json={"year": 2027}, headers=current)
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["pointer"] == "#/year"
    stale = await client.post(f"{url}/cycles", json={"year": 2026}, headers={**headers, "If-Match": tag})
    assert stale.status_code == 412


async def test_a_registrant_cannot_touch_cycles(client, demo) -> None:
    url, tag, _ = await vinh_linh_campaign(client, demo)
    registrant = demo.headers("demo.registrant", **{"If-Match": tag})
    assert (await client.post(f"{url}/cycles", json={"year": 2024}, headers=registrant)).status_code == 403
    assert (await client.patch(f"{url}/cycles/2024", json={}, headers=registrant)).status_code == 403
    assert (await client.delete(f"{url}/cycles/2024", headers=registrant)).status_code == 403


async def test_an_unused_cycle_can_be_deleted(client, demo) -> None:
    url, tag, headers = await vinh_linh_campaign(client, demo)
    assert (await client.delete(f"{url}/cycles/2025", headers=headers)).status_code == 428
    assert (await client.delete(f"{url}/cycles/2025", headers={**headers, "If-Match": '"42"'})).status_code == 412
    r = await client.delete(f"{url}/cycles/2025", headers={**headers, "If-Match": tag})
    assert r.status_code == 204, r.text
    assert r.headers["ETag"] != tag
    campaign = await client.get(url, headers=headers)
    assert [c["year"] for c in campaign.json()["cycles"]] == [2023, 2024]
    assert (await client.delete(f"{url}/cycles/2025", headers=headers)).json()["code"] == "cycle_not_found"


async def test_a_cycle_with_a_registered_model_cannot_be_deleted(client, demo, session) -> None:
    import uuid

    from app.models import RegisteredModel, Unit

    url, tag, headers = await vinh_linh_campaign(client, demo)
    campaign = (await client.get(url, headers=headers)).json()
    unit = await session.get(Unit, demo.unit("QT-VL-VT-HLHPN"))
    session.add(
        RegisteredModel(
            code="DVK-2023-0001",
            campaign_id=uuid.UUID(campaign["id"]),
            cycle_id=uuid.UUID(campaign["cycles"][0]["id"]),
            year=2023,
            registrant_unit_id=unit.id,
            unit_path=unit.path,
            registrant_kind="collective",
            name='Mô hình "Chi hội phụ nữ 5 không, 3 sạch"',
            field_code="economy",
            model_type="field_specific",
            created_by_id=demo.users["demo.registrant"],
        )
    )
    await session.commit()
    r = await client.delete(f"{url}/cycles/2023", headers={**headers, "If-Match": tag})
    assert r.status_code == 409
    assert r.json()["code"] == "cycle_in_use"
    after = await client.get(url, headers=headers)
    assert after.headers["ETag"] == tag
    assert [c["year"] for c in after.json()["cycles"]] == [2023, 2024, 2025]


@pytest.mark.parametrize(
    ("if_match", "status", "code"),
    [(None, 428, "precondition_required"), ('"99"', 412, "precondition_failed")],
    ids=["missing", "stale"],
)
@pytest.mark.parametrize("write", ["create", "delete"])
async def test_adding_or_deleting_a_cycle_needs_the_campaign_etag(client, demo, write, if_match, status, code) -> None:
    url, tag, headers = await vinh_linh_campaign(client, demo)
    extended = await client.patch(url, json={"end_year": 2026}, headers={**headers, "If-Match": tag})
    tag = extended.headers["ETag"]

    async def send(extra: dict[str, str]) -> Any:
        if write == "create":
            return await client.post(f"{url}/cycles", json={"year": 2026}, headers={**headers, **extra})
        return await client.delete(f"{url}/cycles/2025", headers={**headers, **extra})

    r = await send({"If-Match": if_match} if if_match else {})
    assert r.status_code == status and r.json()["code"] == code, r.text
    after = await client.get(url, headers=headers)
    assert after.headers["ETag"] == tag and [c["year"] for c in after.json()["cycles"]] == [2023, 2024, 2025]
    assert (await send({"If-Match": tag})).status_code in (201, 204)
