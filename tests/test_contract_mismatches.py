"""Where the contract and the server disagreed, they now say the same thing (issue 16's mismatches)."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from app.main import create_app

pytestmark = pytest.mark.anyio
API = "/api/v1"


@functools.cache
def _schemas() -> dict[str, Any]:
    return create_app().openapi()["components"]["schemas"]


def _nullable(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or any(branch.get("type") == "null" for branch in schema.get("anyOf", []))


def test_update_schemas_offer_null_only_where_null_has_a_meaning() -> None:
    unit = _schemas()["UnitUpdate"]["properties"]
    assert [name for name, prop in unit.items() if _nullable(prop)] == ["party_org_id"]  # null clears it
    for name in ("CampaignUpdate", "CycleUpdate"):
        assert not [f for f, prop in _schemas()[name]["properties"].items() if _nullable(prop)], name


async def test_null_is_refused_where_the_contract_does_not_offer_it(client, demo) -> None:
    headers = demo.headers("demo.admin")
    url = f"{API}/units/{demo.unit('QT-VL-VT')}"
    tag = (await client.get(url, headers=headers)).headers["ETag"]
    for field in ("kind_code", "code", "name", "level_code"):
        r = await client.patch(url, json={field: None}, headers={**headers, "If-Match": tag})
        assert r.status_code == 422, (field, r.text)
        assert r.json()["errors"][0]["pointer"] == f"#/{field}"
    campaign = await client.post(
        f"{API}/campaigns",
        headers=headers,
        json={
            "name": "Giai đoạn 2023–2025",
            "start_year": 2023,
            "end_year": 2025,
            "owning_unit_id": demo.unit("QT-VL"),
        },
    )
    assert campaign.status_code == 201, campaign.text
    r = await client.patch(
        campaign.headers["Location"], json={"end_year": None}, headers={**headers, "If-Match": campaign.headers["ETag"]}
    )
    assert r.status_code == 422 and r.json()["errors"][0]["pointer"] == "#/end_year"


async def test_a_405_lists_every_method_of_the_path(client, demo) -> None:
    r = await client.put(f"{API}/units/{demo.unit('QT-VL')}", headers=demo.headers("demo.admin"), json={})
    assert r.status_code == 405
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "PATCH"}
    r = await client.delete(f"{API}/campaigns", headers=demo.headers("demo.admin"))
    assert r.status_code == 405
    assert set(r.headers["Allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


@pytest.mark.parametrize("value", ["0", "1700000000", "2024-06-15T00:00:00", "15/06/2024", "2024-6-15"])
async def test_a_date_parameter_accepts_only_an_iso_date(client, demo, value: str) -> None:
    r = await client.get(f"{API}/campaigns", params={"active_on": value}, headers=demo.headers("demo.viewer"))
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["parameter"] == "active_on"


async def test_an_iso_date_parameter_is_read(client, demo) -> None:
    r = await client.get(f"{API}/campaigns", params={"active_on": "2024-06-15"}, headers=demo.headers("demo.viewer"))
    assert r.status_code == 200, r.text


async def test_a_boolean_in_a_json_body_is_true_or_false_not_a_number(client, demo) -> None:
    headers = demo.headers("demo.admin")
    url = f"{API}/users/{demo.users['demo.viewer']}"
    tag = (await client.get(url, headers=headers)).headers["ETag"]
    for value in (0, 1, "true", "no"):
        r = await client.patch(url, json={"is_active": value}, headers={**headers, "If-Match": tag})
        assert r.status_code == 422, (value, r.text)
        assert r.json()["errors"][0]["pointer"].startswith("#/is_active")
    assert (await client.get(url, headers=headers)).json()["is_active"] is True
