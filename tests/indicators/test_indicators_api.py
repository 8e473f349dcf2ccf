"""Seed 003 §1: the commune's yearly indicators, loaded as the default catalogue, reported with evidence by
the units, and read back as a subtree report against the targets."""

from __future__ import annotations

from indicators_support import API, YEAR, World, indicators_client, missing, row, world_fixture  # noqa: F401

DIALOGUE = {
    "held_by": "Đồng chí Bí thư Đảng ủy xã",
    "attendance": 120,
    "minutes": "Nhân dân phản ánh về đường giao thông nội đồng thôn Tân Lập; Đảng ủy giao UBND xã khảo sát.",
    "document_ref": "Biên bản số 05-BB/ĐU",
}


async def test_seed_003_catalogue_is_loaded_once_with_the_seeds_words(world: World) -> None:
    catalogue = await world.load_defaults()
    codes = [i["code"] for i in catalogue]
    assert codes == [
        "government_mobilisation_programme",
        "direct_dialogue",
        "grassroots_democracy_regulation",
        "government_mobilisation_rating",
        "community_investment_supervision_board",
        "no_religious_hot_spot",
        "membership_growth",
        "policy_supervision",
    ]
    dialogue = row({"indicators": catalogue}, "direct_dialogue")
    assert dialogue["label_vi"] == (
        "Trong năm, người đứng đầu cấp ủy, chính quyền các cấp tổ chức tiếp xúc, đối thoại trực tiếp, "
        "định kỳ với Nhân dân ít nhất 01 cuộc."
    )
    assert (dialogue["target_kind"], dialogue["target_value"]) == ("count", 1)
    cells = row({"indicators": catalogue}, "grassroots_democracy_regulation")
    assert cells["label_vi"] == f"100% các chi bộ trực thuộc thực hiện quy chế dân chủ ở cơ sở năm {YEAR}."
    assert cells["unit_kinds"] == ["party_cell_under_grassroots"]
    assert row({"indicators": catalogue}, "membership_growth")["target_kind"] == "percentage"
    # Loading again adds nothing; a registrant may not load.
    assert len(await world.load_defaults()) == 8
    await world.load_defaults(user="demo.registrant", expect=403)


async def test_a_commune_records_a_dialogue_and_its_report_names_who_misses_each_target(world: World) -> None:
    await world.load_defaults()
    report = await world.report("QT-VL-VT")
    assert row(report, "direct_dialogue") | {"label_vi": None, "label_en": None, "missing": None} == {
        "code": "direct_dialogue",
        "label_vi": None,
        "label_en": None,
        "target_kind": "count",
        "target_value": 1,
        "units": 2,
        "units_met": 0,
        "share": 0.0,
        "met": False,
        "missing": None,
    }
    assert missing(report, "direct_dialogue") == ["QT-VL-VT-DU", "QT-VL-VT-UBND"]
    assert missing(report, "community_investment_supervision_board") == ["QT-VL-VT-TL", "QT-VL-VT-TLA"]

    value = await world.report_value("direct_dialogue", "QT-VL-VT-DU", **DIALOGUE)
    assert value["unit"]["code"] == "QT-VL-VT-DU"
    assert (value["value"], value["attendance"], value["occurred_on"]) == (1, 120, f"{YEAR}-05-15")
    await world.report_value("community_investment_supervision_board", "QT-VL-VT-TL", value=1)
    await world.report_value("no_religious_hot_spot", "QT-VL-VT-TL", value=1)
    await world.report_value("no_religious_hot_spot", "QT-VL-VT-TLA", value=0, note="Một điểm nóng đã phát sinh")
    await world.report_value("membership_growth", "QT-VL-VT-HND", value=104.5)
    await world.report_value("membership_growth", "QT-VL-VT-DTN", value=92)

    report = await world.report("QT-VL-VT")
    dialogue = row(report, "direct_dialogue")
    assert (dialogue["units_met"], dialogue["share"], dialogue["met"]) == (1, 50.0, False)
    assert dialogue["missing"] == [
        {
            "unit": {
                "id": world.demo.unit("QT-VL-VT-UBND"),
                "code": "QT-VL-VT-UBND",
                "name": "Ủy ban nhân dân Xã Vĩnh Thạch",
                "kind_code": "peoples_committee",
            },
            "achieved": None,
        }
    ]
    assert missing(report, "community_investment_supervision_board") == ["QT-VL-VT-TLA"]
    assert [(m["unit"]["code"], m["achieved"]) for m in row(report, "no_religious_hot_spot")["missing"]] == [
        ("QT-VL-VT-TLA", 0)
    ]
    growth = row(report, "membership_growth")
    assert (growth["units"], growth["units_met"]) == (4, 1)
    assert ("QT-VL-VT-DTN", 92) in [(m["unit"]["code"], m["achieved"]) for m in growth["missing"]]
    # A second dialogue adds up; the committee's government answers too.
    await world.report_value("direct_dialogue", "QT-VL-VT-UBND", held_by="Chủ tịch UBND xã", attendance=85)
    assert row(await world.report("QT-VL-VT"), "direct_dialogue")["met"] is True
    # The district's report takes in both communes (Hồ Xá has reported nothing) and its own committee.
    district = await world.report("QT-VL")
    assert "QT-VL-HX-DU" in missing(district, "direct_dialogue")
    assert "QT-VL-VT-DU" not in missing(district, "direct_dialogue")


async def test_values_are_seen_in_scope_only_and_others_get_404(world: World) -> None:
    await world.load_defaults()
    value = await world.report_value("direct_dialogue", "QT-VL-VT-DU", **DIALOGUE)
    url = f"{API}/indicator-values/{value['id']}"
    for user in ("demo.registrant", "demo.viewer", "demo.admin"):
        r = await world.client.get(url, headers=world.headers(user))
        assert r.status_code == 200, r.text
        assert r.json() == value
    r = await world.client.get(url, headers=world.headers("dh.registrant"))
    assert (r.status_code, r.json()["code"]) == (404, "indicator_value_not_found")
    # The Phường 1 registrant may not read Vĩnh Thạch's report, nor report for it.
    await world.report("QT-VL-VT", user="dh.registrant", expect=404)
    await world.report_value("direct_dialogue", "QT-VL-VT-UBND", user="dh.registrant", expect=404)
    # Their own ward is theirs.
    await world.report_value("direct_dialogue", "QT-DH-P1-DU", user="dh.registrant")
    assert row(await world.report("QT-DH-P1", user="dh.registrant"), "direct_dialogue")["units_met"] == 1


async def test_bad_reports_are_refused_and_change_nothing(world: World) -> None:
    await world.load_defaults()
    before = await world.report("QT-VL-VT")
    cases = [
        ("direct_dialogue", "QT-VL-VT-TL", "demo.registrant", {}, 422, "indicator_not_applicable"),
        (
            "community_investment_supervision_board",
            "QT-VL-VT-TL",
            "demo.registrant",
            {"value": 2},
            422,
            "invalid_yes_no",
        ),
        ("membership_growth", "QT-VL-VT-HND", "demo.registrant", {"value": 1500}, 422, "invalid_percentage"),
        (
            "direct_dialogue",
            "QT-VL-VT-DU",
            "demo.registrant",
            {"occurred_on": f"{YEAR - 1}-12-30"},
            422,
            "outside_indicator_year",
        ),
        ("direct_dialogue", "QT-VL-VT-DU", "demo.viewer", {}, 403, "not_indicator_reporter"),
        ("direct_dialogue", "QT-VL-VT-DU", "demo.registrant", {"attendance": -1}, 422, "validation_failed"),
    ]
    for code, unit, user, body, status, problem in cases:
        answer = await world.report_value(code, unit, user=user, expect=status, **body)
        assert answer["code"] == problem, answer
    assert await world.report("QT-VL-VT") == before
    # No cycle that year: 404.
    await world.report("QT-VL-VT", expect=404, year=YEAR + 5)


async def test_a_locality_changes_its_catalogue_as_data_with_if_match(world: World) -> None:
    await world.load_defaults()
    base = f"{API}/campaigns/{world.campaign_id}/cycles/{YEAR}/indicators"
    admin = world.headers("demo.admin")
    body = {
        "code": "village_conciliation",
        "label_vi": "100% thôn có Tổ hòa giải hoạt động hiệu quả.",
        "label_en": "Every village has a working conciliation team.",
        "target_kind": "yes_no",
        "target_value": 1,
        "unit_kinds": ["village"],
    }
    r = await world.client.post(base, json=body, headers=admin)
    assert r.status_code == 201, r.text
    created, etag = r.json(), r.headers["ETag"]
    assert r.headers["Location"].endswith(created["id"])
    r = await world.client.post(base, json=body, headers=admin)
    assert (r.status_code, r.json()["code"]) == (409, "indicator_exists")
    r = await world.client.post(base, json={**body, "code": "x_kind", "unit_kinds": ["hamlet"]}, headers=admin)
    assert (r.status_code, r.json()["code"]) == (422, "unknown_unit_kind")
    r = await world.client.post(base, json={**body, "code": "by_registrant"}, headers=world.headers("demo.registrant"))
    assert r.status_code == 403

    url = f"{API}/indicators/{created['id']}"
    r = await world.client.patch(url, json={"target_value": 0}, headers=admin)
    assert r.status_code == 428
    r = await world.client.patch(url, json={"target_value": 0}, headers={**admin, "If-Match": '"999"'})
    assert r.status_code == 412
    r = await world.client.patch(url, json={"unit_kinds": ["village", "commune"]}, headers={**admin, "If-Match": etag})
    assert r.status_code == 200, r.text
    assert r.json()["unit_kinds"] == ["village", "commune"] and r.headers["ETag"] != etag
    etag = r.headers["ETag"]
    assert row(await world.report("QT-VL-VT"), "village_conciliation")["units"] == 3

    # Dialogue has a value: it cannot be deleted; the new entry can.
    await world.report_value("direct_dialogue", "QT-VL-VT-DU")
    dialogue = await world.indicator("direct_dialogue")
    r = await world.client.delete(
        f"{API}/indicators/{dialogue['id']}", headers={**admin, "If-Match": f'"{dialogue["version"]}"'}
    )
    assert (r.status_code, r.json()["code"]) == (409, "indicator_in_use")
    r = await world.client.delete(url, headers={**admin, "If-Match": etag})
    assert r.status_code == 204
    r = await world.client.get(url, headers=admin)
    assert (r.status_code, r.json()["code"]) == (404, "indicator_not_found")
