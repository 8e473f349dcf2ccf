"""Admins create, rename and re-classify units within their part of the tree."""

from __future__ import annotations

import pytest
from units_support import API, admin_of, assert_problem, unit_of

# Marked statically: anyio re-creates dynamically marked async tests, losing the postgres_only skip.
pytestmark = pytest.mark.anyio


def new_unit(demo, **overrides: object) -> dict[str, object]:
    """A valid body: a new mass-mobilisation team in Vĩnh Thạch, led by the commune party committee."""
    return {
        "code": "QT-VL-VT-TDV",
        "name": "Tổ dân vận xã Vĩnh Thạch",
        "kind_code": "mass_mobilisation_team",
        "level_code": "commune",
        "parent_id": demo.unit("QT-VL-VT"),
        "party_org_id": demo.unit("QT-VL-VT-DU"),
        **overrides,
    }


async def test_admin_creates_a_unit_under_a_parent(client, demo) -> None:
    r = await client.post(f"{API}/units", headers=demo.headers("demo.admin"), json=new_unit(demo))
    assert r.status_code == 201, r.text
    unit = r.json()
    assert r.headers["Location"] == f"{API}/units/{unit['id']}"
    assert r.headers["ETag"] == f'"{unit["version"]}"' and unit["version"] == 1
    parent = await unit_of(client, demo.headers("demo.viewer"), demo.unit("QT-VL-VT"))
    assert unit["path_ids"] == [*parent["path_ids"], unit["id"]]
    assert unit["depth"] == parent["depth"] + 1 and unit["is_active"] is True
    assert unit["kind_label_vi"] == "Tổ dân vận"
    fetched = await client.get(r.headers["Location"], headers=demo.headers("demo.viewer"))
    assert fetched.json() == unit
    found = await client.get(f"{API}/units", headers=demo.headers("demo.viewer"), params={"q": "to dan van xa vinh"})
    assert [u["id"] for u in found.json()["items"]] == [unit["id"]]


async def test_district_admin_creates_inside_own_district(client, demo, session) -> None:
    headers = await admin_of(session, demo, "QT-VL")
    r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo))
    assert r.status_code == 201, r.text


async def test_district_admin_cannot_create_in_another_district(client, demo, session) -> None:
    headers = await admin_of(session, demo, "QT-VL")
    body = new_unit(demo, code="QT-DH-P1-TDV", parent_id=demo.unit("QT-DH-P1"), party_org_id=None)
    assert_problem(await client.post(f"{API}/units", headers=headers, json=body), 403, "forbidden")
    listed = await client.get(f"{API}/units", headers=headers, params={"q": "QT-DH-P1-TDV"})
    assert listed.json()["items"] == []


async def test_viewer_and_registrant_cannot_write(client, demo) -> None:
    for username in ("demo.viewer", "demo.registrant", "demo.mobiliser"):
        r = await client.post(f"{API}/units", headers=demo.headers(username), json=new_unit(demo))
        assert_problem(r, 403, "forbidden")
        patch = await client.patch(
            f"{API}/units/{demo.unit('QT-VL-VT')}",
            json={"name": "X"},
            headers=demo.headers(username, **{"If-Match": '"1"'}),
        )
        assert_problem(patch, 403, "forbidden")


async def test_unknown_kind_or_level_is_refused(client, demo) -> None:
    headers = demo.headers("demo.admin")
    r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, kind_code="ward_council"))
    body = assert_problem(r, 422, "unit_kind_unknown")
    assert body["errors"][0]["pointer"] == "#/kind_code"
    r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, level_code="hamlet"))
    assert_problem(r, 422, "unit_level_unknown")


async def test_party_org_must_be_an_existing_active_party_organisation(client, demo) -> None:
    headers = demo.headers("demo.admin")
    not_party = new_unit(demo, party_org_id=demo.unit("QT-VL-VT-HND"))
    body = assert_problem(
        await client.post(f"{API}/units", headers=headers, json=not_party), 422, "unit_party_org_invalid"
    )
    assert body["errors"][0]["pointer"] == "#/party_org_id"
    missing = new_unit(demo, party_org_id=999999)
    r = await client.post(f"{API}/units", headers=headers, json=missing)
    assert_problem(r, 422, "unit_party_org_invalid")
    without = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, party_org_id=None))
    assert without.status_code == 201 and without.json()["party_org_id"] is None


async def test_parent_is_required_and_must_exist(client, demo) -> None:
    headers = demo.headers("demo.admin")
    body = new_unit(demo)
    del body["parent_id"]
    r = await client.post(f"{API}/units", headers=headers, json=body)
    problem = assert_problem(r, 422, "validation_failed")
    assert problem["errors"][0]["pointer"] == "#/parent_id"
    root = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, parent_id=None))
    assert_problem(root, 422, "validation_failed")
    unknown = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, parent_id=999999))
    assert_problem(unknown, 422, "unit_parent_unknown")


async def test_duplicate_code_is_a_conflict(client, demo) -> None:
    headers = demo.headers("demo.admin")
    for code in ("QT-VL-VT-HND", "qt-vl-vt-hnd"):
        r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, code=code))
        assert_problem(r, 409, "unit_code_taken")


async def test_ids_paths_and_unknown_fields_cannot_be_smuggled(client, demo) -> None:
    headers = demo.headers("demo.admin")
    for extra in ({"id": 1}, {"path": "/1/"}, {"depth": 0}, {"version": 9}, {"is_active": False}):
        r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, **extra))
        body = assert_problem(r, 422, "validation_failed")
        assert body["errors"][0]["code"] == "extra_forbidden"
        assert body["errors"][0]["pointer"] == "#/" + next(iter(extra))


async def test_bad_codes_and_huge_names_are_refused(client, demo) -> None:
    headers = demo.headers("demo.admin")
    for bad in (
        {"code": "QT VL"},
        {"code": "QT/VL"},
        {"code": ""},
        {"code": "x" * 65},
        {"name": "x" * 301},
        {"name": "   "},
        {"parent_id": "một"},
        {"parent_id": 2**70},
    ):
        r = await client.post(f"{API}/units", headers=headers, json=new_unit(demo, **bad))
        assert_problem(r, 422, "validation_failed")
    json_headers = {**headers, "Content-Type": "application/json"}
    broken = await client.post(f"{API}/units", headers=json_headers, content=b"{")
    assert_problem(broken, 400, "malformed_json")


async def test_admin_renames_a_unit_with_if_match(client, demo) -> None:
    headers = demo.headers("demo.admin")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    r = await client.patch(
        f"{API}/units/{unit['id']}", json={"name": "Xã Vĩnh Thạch (mới)"}, headers={**headers, "If-Match": unit["etag"]}
    )
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Xã Vĩnh Thạch (mới)" and r.json()["version"] == unit["version"] + 1
    assert r.headers["ETag"] == f'"{unit["version"] + 1}"'
    found = await client.get(f"{API}/units", headers=headers, params={"q": "vinh thach (moi)"})
    assert [u["id"] for u in found.json()["items"]] == [unit["id"]]


async def test_patch_without_if_match_is_refused(client, demo) -> None:
    r = await client.patch(
        f"{API}/units/{demo.unit('QT-VL-VT')}", json={"name": "Xã Vĩnh Thạch mới"}, headers=demo.headers("demo.admin")
    )
    assert_problem(r, 428, "precondition_required")


async def test_patch_with_stale_etag_changes_nothing(client, demo) -> None:
    headers = demo.headers("demo.admin")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    first = await client.patch(
        f"{API}/units/{unit['id']}", json={"name": "Xã Vĩnh Thạch A"}, headers={**headers, "If-Match": unit["etag"]}
    )
    assert first.status_code == 200
    second = await client.patch(
        f"{API}/units/{unit['id']}", json={"name": "Xã Vĩnh Thạch B"}, headers={**headers, "If-Match": unit["etag"]}
    )
    assert_problem(second, 412, "precondition_failed")
    assert (await unit_of(client, headers, unit["id"]))["name"] == "Xã Vĩnh Thạch A"


async def test_patch_cannot_move_or_smuggle_fields(client, demo) -> None:
    headers = demo.headers("demo.admin")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT"))
    url, conditional = f"{API}/units/{unit['id']}", {**headers, "If-Match": unit["etag"]}
    for smuggled in ({"parent_id": demo.unit("QT-DH")}, {"path": "/1/"}, {"id": 5}, {"is_active": False}):
        assert_problem(await client.patch(url, json=smuggled, headers=conditional), 422, "validation_failed")
    for null in ({"name": None}, {"code": None}, {"kind_code": None}):
        assert_problem(await client.patch(url, json=null, headers=conditional), 422, "validation_failed")
    assert (await unit_of(client, headers, unit["id"]))["version"] == unit["version"]


async def test_patch_changes_code_kind_level_and_party_org(client, demo) -> None:
    headers = demo.headers("demo.admin")
    unit = await unit_of(client, headers, demo.unit("QT-VL-VT-TL"))
    r = await client.patch(
        f"{API}/units/{unit['id']}",
        headers={**headers, "If-Match": unit["etag"]},
        json={"code": "QT-VL-VT-TANLAP", "kind_code": "village", "level_code": "village", "party_org_id": None},
    )
    assert r.status_code == 200, r.text
    assert r.json()["code"] == "QT-VL-VT-TANLAP" and r.json()["party_org_id"] is None
    taken = await client.patch(
        f"{API}/units/{unit['id']}", json={"code": "QT-VL"}, headers={**headers, "If-Match": r.headers["ETag"]}
    )
    assert_problem(taken, 409, "unit_code_taken")
    bad_org = await client.patch(
        f"{API}/units/{unit['id']}",
        json={"party_org_id": unit["id"]},
        headers={**headers, "If-Match": r.headers["ETag"]},
    )
    assert_problem(bad_org, 422, "unit_party_org_invalid")


async def test_a_leading_party_committee_cannot_stop_being_a_party_organisation(client, demo) -> None:
    headers = demo.headers("demo.admin")
    committee = await unit_of(client, headers, demo.unit("QT-VL-VT-DU"))
    r = await client.patch(
        f"{API}/units/{committee['id']}",
        json={"kind_code": "mass_association"},
        headers={**headers, "If-Match": committee["etag"]},
    )
    assert_problem(r, 409, "unit_leads_other_units")


async def test_district_admin_cannot_rename_a_unit_of_another_district(client, demo, session) -> None:
    headers = await admin_of(session, demo, "QT-VL")
    other = await unit_of(client, headers, demo.unit("QT-DH-P1"))
    r = await client.patch(
        f"{API}/units/{other['id']}", json={"name": "Phường Một"}, headers={**headers, "If-Match": other["etag"]}
    )
    assert_problem(r, 403, "forbidden")
    own = await unit_of(client, headers, demo.unit("QT-VL-HX"))
    ok = await client.patch(
        f"{API}/units/{own['id']}", json={"name": "Thị trấn Hồ Xá"}, headers={**headers, "If-Match": own["etag"]}
    )
    assert ok.status_code == 200


async def test_errors_follow_accept_language(client, demo) -> None:
    r = await client.patch(
        f"{API}/units/{demo.unit('QT-VL-VT')}",
        json={"name": "X"},
        headers=demo.headers("demo.admin", **{"Accept-Language": "en"}),
    )
    assert assert_problem(r, 428, "precondition_required")["detail"].startswith("An If-Match")
    r = await client.get(f"{API}/units/999999", headers=demo.headers("demo.admin"))
    assert "Không tìm thấy" in assert_problem(r, 404, "not_found")["detail"]
