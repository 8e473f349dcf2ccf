"""Creating campaigns, who may create them, who sees them, and changing them under If-Match."""

from __future__ import annotations

from typing import Any

from campaign_support import campaigns_client, user_maker  # noqa: F401  (fixtures `client`, `make_user`)

API = "/api/v1/campaigns"


async def create(client: Any, headers: dict[str, str], owning_unit_id: int, **fields: Any) -> Any:
    """POST a campaign "Giai đoạn 2023–2025" with overrides."""
    body = {"name": "Giai đoạn 2023–2025", "start_year": 2023, "end_year": 2025, "owning_unit_id": owning_unit_id}
    return await client.post(API, json={**body, **fields}, headers=headers)


def pointers(response: Any) -> list[tuple[str, str]]:
    """(code, pointer) of each validation error."""
    return [(e["code"], e["pointer"]) for e in response.json()["errors"]]


async def test_a_campaign_without_cycles_gets_one_default_cycle_per_year(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"))
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["Location"] == f"{API}/{body['id']}"
    assert r.headers["ETag"] == f'"{body["version"]}"'
    assert (body["owning_unit_code"], body["owning_unit_name"]) == ("QT-VL", "Huyện Vĩnh Linh")
    assert (body["timezone"], body["authority_profile"]) == ("Asia/Ho_Chi_Minh", "district_2023")
    assert [c["year"] for c in body["cycles"]] == [2023, 2024, 2025]
    first = body["cycles"][0]
    assert first["registration_windows"] == [
        {"label": "Đăng ký chính", "opens_on": "2023-08-01", "closes_on": "2023-08-31"},
        {"label": "Mô hình phát sinh", "opens_on": "2024-02-01", "closes_on": "2024-02-29"},
    ]
    assert first["results_due_on"] == "2023-10-01"
    assert (first["recognition_starts_on"], first["recognition_ends_on"]) == ("2023-10-01", "2023-10-31")
    assert body["cycles"][2]["registration_windows"][1]["closes_on"] == "2026-02-28"


async def test_explicit_cycles_are_created_as_given_with_defaults_for_what_is_omitted(client, demo) -> None:
    cycles = [
        {
            "year": 2023,
            "results_due_on": "2023-09-30",
            "registration_windows": [
                {"label": "Đăng ký chính", "opens_on": "2023-08-01", "closes_on": "2023-09-15"},
            ],
        },
        {"year": 2024, "recognition_starts_on": "2024-10-10", "recognition_ends_on": "2024-10-20"},
    ]
    r = await create(
        client,
        demo.headers("demo.admin"),
        demo.unit("QT-VL"),
        cycles=cycles,
        authority_profile="province_2016",
        timezone="Asia/Bangkok",
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["authority_profile"], body["timezone"]) == ("province_2016", "Asia/Bangkok")
    assert [c["year"] for c in body["cycles"]] == [2023, 2024]
    assert body["cycles"][0]["registration_windows"] == cycles[0]["registration_windows"]
    assert body["cycles"][0]["results_due_on"] == "2023-09-30"
    assert body["cycles"][1]["results_due_on"] == "2024-10-01"
    assert body["cycles"][1]["recognition_starts_on"] == "2024-10-10"
    assert len(body["cycles"][1]["registration_windows"]) == 2


async def test_a_window_open_today_is_reported_on_its_cycle(client, demo) -> None:
    from datetime import UTC, datetime, timedelta
    from types import SimpleNamespace

    from app.campaigns.service import local_today

    today = local_today(SimpleNamespace(timezone="Asia/Ho_Chi_Minh"), datetime.now(UTC))
    window = {
        "label": "Đợt bổ sung",
        "opens_on": str(today - timedelta(days=2)),
        "closes_on": str(today + timedelta(days=2)),
    }
    r = await create(
        client,
        demo.headers("demo.admin"),
        demo.unit("QT-VL"),
        start_year=today.year,
        end_year=today.year,
        cycles=[{"year": today.year, "registration_windows": [window]}],
    )
    assert r.status_code == 201, r.text
    assert r.json()["local_today"] == str(today)
    assert r.json()["cycles"][0]["open_window_today"] == window


async def test_a_retried_create_with_the_same_idempotency_key_creates_one_campaign(client, demo) -> None:
    headers = demo.headers("demo.admin", **{"Idempotency-Key": "vl-2023-2025-lan-1"})
    first = await create(client, headers, demo.unit("QT-VL"))
    again = await create(client, headers, demo.unit("QT-VL"))
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["Location"] == first.headers["Location"]
    other = await create(client, headers, demo.unit("QT-VL"), name="Giai đoạn khác")
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert len((await client.get(API, headers=demo.headers("demo.admin"))).json()["items"]) == 1


async def test_each_invalid_campaign_is_refused_with_a_pointer_and_nothing_is_created(client, demo) -> None:
    headers, vl = demo.headers("demo.admin"), demo.unit("QT-VL")
    overlapping = [
        {
            "year": 2023,
            "registration_windows": [
                {"label": "Đăng ký chính", "opens_on": "2023-08-01", "closes_on": "2023-08-31"},
                {"label": "Đợt bổ sung", "opens_on": "2023-08-20", "closes_on": "2023-09-10"},
            ],
        }
    ]
    backwards = [
        {
            "year": 2023,
            "registration_windows": [
                {"label": "Đăng ký chính", "opens_on": "2023-08-31", "closes_on": "2023-08-01"},
            ],
        }
    ]
    cases = [
        ({"start_year": 2025, "end_year": 2023}, ("end_year_before_start_year", "#/end_year")),
        ({"cycles": overlapping}, ("windows_overlap", "#/cycles/0/registration_windows/1")),
        ({"timezone": "Asia/Vinh_Linh"}, ("invalid_timezone", "#/timezone")),
        ({"cycles": backwards}, ("window_closes_before_opens", "#/cycles/0/registration_windows/0/closes_on")),
        ({"cycles": [{"year": 2026}]}, ("cycle_year_outside_campaign", "#/cycles/0/year")),
        ({"cycles": [{"year": 2023}, {"year": 2023}]}, ("duplicate_cycle_year", "#/cycles/1/year")),
        ({"authority_profile": "commune_2099"}, ("unknown_authority_profile", "#/authority_profile")),
        (
            {"cycles": [{"year": 2023, "recognition_starts_on": "2023-10-31", "recognition_ends_on": "2023-10-01"}]},
            ("recognition_ends_before_start", "#/cycles/0/recognition_ends_on"),
        ),
        ({"start_year": 1999}, ("greater_than_equal", "#/start_year")),
        ({"version": 7}, ("extra_forbidden", "#/version")),
        ({"cycles": [{"year": 2023, "registration_windows": []}]}, ("too_short", "#/cycles/0/registration_windows")),
    ]
    for fields, expected in cases:
        r = await create(client, headers, vl, **fields)
        assert r.status_code == 422, (fields, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
        assert expected in pointers(r), (fields, r.json())
    assert (await client.get(API, headers=headers)).json()["items"] == []


async def test_several_problems_are_reported_together(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"), end_year=2022, timezone="Mars/Base")
    assert r.status_code == 422
    assert r.json()["code"] == "validation_failed"
    assert set(pointers(r)) == {("end_year_before_start_year", "#/end_year"), ("invalid_timezone", "#/timezone")}


async def test_district_admin_cannot_create_a_campaign_for_another_district(client, demo, make_user) -> None:
    vl_admin = await make_user("vl.admin", ("admin", "QT-VL"))
    r = await create(client, vl_admin, demo.unit("QT-DH"))
    assert r.status_code == 403, r.text
    assert r.json()["code"] == "unit_out_of_scope"
    r = await create(client, vl_admin, demo.unit("QT-VL-VT"), name="Giai đoạn 2023–2025 xã Vĩnh Thạch")
    assert r.status_code == 201, r.text


async def test_a_viewer_cannot_create_a_campaign(client, demo) -> None:
    r = await create(client, demo.headers("demo.viewer"), demo.unit("QT-VL"))
    assert r.status_code == 403
    assert r.json()["code"] == "forbidden"


async def test_a_campaign_for_an_unknown_unit_is_not_found(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), 999_999)
    assert r.status_code == 404
    assert r.json()["code"] == "unit_not_found"


async def test_units_under_the_launching_district_see_its_campaign_and_another_district_does_not(
    client, demo, make_user
) -> None:
    created = (await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"))).json()
    url = f"{API}/{created['id']}"
    registrant = demo.headers("demo.registrant")
    assert (await client.get(url, headers=registrant)).status_code == 200
    assert [c["id"] for c in (await client.get(API, headers=registrant)).json()["items"]] == [created["id"]]

    dong_ha = await make_user("dh.viewer", ("viewer", "QT-DH"))
    r = await client.get(url, headers=dong_ha)
    assert r.status_code == 404
    assert r.json()["code"] == "campaign_not_found"
    assert (await client.get(API, headers=dong_ha)).json()["items"] == []


async def test_a_commune_campaign_is_seen_by_its_district_but_not_by_a_sibling_commune(client, demo, make_user) -> None:
    created = (await create(client, demo.headers("demo.admin"), demo.unit("QT-VL-VT"))).json()
    url = f"{API}/{created['id']}"
    assert (await client.get(url, headers=demo.headers("demo.viewer"))).status_code == 200
    ho_xa = await make_user("hx.registrant", ("registrant", "QT-VL-HX"))
    assert (await client.get(url, headers=ho_xa)).status_code == 404


async def test_a_provincial_campaign_is_seen_in_every_district(client, demo, make_user) -> None:
    created = (await create(client, demo.headers("demo.admin"), demo.unit("QT"))).json()
    dong_ha = await make_user("dh.registrant", ("registrant", "QT-DH-P1"))
    assert (await client.get(f"{API}/{created['id']}", headers=dong_ha)).status_code == 200


async def test_the_list_filters_by_year_and_launching_unit_and_pages_with_a_cursor(client, demo) -> None:
    headers = demo.headers("demo.admin")
    older = (
        await create(client, headers, demo.unit("QT-VL"), name="Giai đoạn 2020–2022", start_year=2020, end_year=2022)
    ).json()
    newer = (await create(client, headers, demo.unit("QT-DH"))).json()

    async def ids(**params: Any) -> list[str]:
        r = await client.get(API, headers=headers, params=params)
        assert r.status_code == 200, r.text
        return [c["id"] for c in r.json()["items"]]

    assert await ids() == [older["id"], newer["id"]]
    assert await ids(year=2024) == [newer["id"]]
    assert await ids(year=2030) == []
    assert await ids(active_on="2021-06-15") == [older["id"]]
    assert await ids(owning_unit=demo.unit("QT-VL")) == [older["id"]]

    first = (await client.get(API, headers=headers, params={"limit": 1})).json()
    assert [c["id"] for c in first["items"]] == [older["id"]] and first["next_cursor"]
    second = (await client.get(API, headers=headers, params={"limit": 1, "cursor": first["next_cursor"]})).json()
    assert [c["id"] for c in second["items"]] == [newer["id"]] and second["next_cursor"] is None
    other = await client.get(API, headers=headers, params={"year": 2024, "cursor": first["next_cursor"]})
    assert other.status_code == 400
    assert other.json()["code"] == "invalid_cursor"


async def test_get_answers_304_when_the_etag_is_current(client, demo) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    again = await client.get(url, headers=demo.headers("demo.registrant", **{"If-None-Match": tag}))
    assert again.status_code == 304
    assert again.headers["ETag"] == tag


async def test_changing_a_campaign_needs_a_current_if_match(client, demo) -> None:
    headers = demo.headers("demo.admin")
    r = await create(client, headers, demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    change = {"name": "Giai đoạn 2023–2025 (điều chỉnh)", "description": "Bổ sung chỉ tiêu"}
    missing = await client.patch(url, json=change, headers=headers)
    assert missing.status_code == 428
    stale = await client.patch(url, json=change, headers={**headers, "If-Match": '"99"'})
    assert stale.status_code == 412
    done = await client.patch(url, json=change, headers={**headers, "If-Match": tag})
    assert done.status_code == 200, done.text
    assert done.json()["name"] == change["name"]
    assert done.headers["ETag"] != tag
    replay = await client.patch(url, json={"name": "Khác"}, headers={**headers, "If-Match": tag})
    assert replay.status_code == 412
    assert (await client.get(url, headers=headers)).json()["name"] == change["name"]


async def test_the_end_year_cannot_cut_off_an_existing_cycle(client, demo) -> None:
    headers = demo.headers("demo.admin")
    r = await create(client, headers, demo.unit("QT-VL"))
    url, tag = r.headers["Location"], r.headers["ETag"]
    cut = await client.patch(url, json={"end_year": 2024}, headers={**headers, "If-Match": tag})
    assert cut.status_code == 422
    assert pointers(cut) == [("end_year_before_cycles", "#/end_year")]
    bad = await client.patch(
        url, json={"timezone": "Hanoi", "authority_profile": "x"}, headers={**headers, "If-Match": tag}
    )
    assert set(pointers(bad)) == {
        ("invalid_timezone", "#/timezone"),
        ("unknown_authority_profile", "#/authority_profile"),
    }
    null = await client.patch(url, json={"name": None}, headers={**headers, "If-Match": tag})
    assert null.status_code == 422
    longer = await client.patch(url, json={"end_year": 2026}, headers={**headers, "If-Match": tag})
    assert longer.status_code == 200, longer.text
    assert longer.json()["end_year"] == 2026


async def test_only_admins_of_the_launching_unit_change_a_campaign(client, demo, make_user) -> None:
    r = await create(client, demo.headers("demo.admin"), demo.unit("QT"), name="Giai đoạn 2023–2025 tỉnh")
    url, tag = r.headers["Location"], r.headers["ETag"]
    vl_admin = await make_user("vl.admin", ("admin", "QT-VL"))
    refused = await client.patch(url, json={"name": "Của huyện"}, headers={**vl_admin, "If-Match": tag})
    assert refused.status_code == 403
    assert refused.json()["code"] == "campaign_out_of_scope"
    registrant = await client.patch(
        url, json={"name": "x"}, headers=demo.headers("demo.registrant", **{"If-Match": tag})
    )
    assert registrant.status_code == 403
