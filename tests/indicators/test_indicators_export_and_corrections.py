"""The indicators report as a CSV Excel opens (seed 003 §1 in a commune's sheet), and corrections of a reported
value: If-Match on its version, what it replaced kept with who, when and why, the report counting the
corrected value."""

from __future__ import annotations

import csv
import io
from typing import Any
from urllib.parse import unquote

import pytest
from indicators_support import API, YEAR, World, indicators_client, missing, row, world_fixture  # noqa: F401
from sqlalchemy import func, select

from app.models import IndicatorValue, IndicatorValueCorrection

DIALOGUE = {
    "held_by": "Đồng chí Bí thư Đảng ủy xã",
    "attendance": 120,
    "minutes": "Nhân dân phản ánh về đường giao thông nội đồng thôn Tân Lập.",
    "document_ref": "Biên bản số 05-BB/ĐU",
}


async def _csv(world: World, unit: str, **request: Any) -> Any:
    query = {"campaign": world.campaign_id, "year": YEAR, "unit": world.demo.unit(unit), **request.pop("params", {})}
    headers = world.headers("demo.viewer", **request.pop("headers", {}))
    return await world.client.get(f"{API}/reports/indicators", params=query, headers=headers)


def _rows(content: bytes) -> list[list[str]]:
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


async def test_the_commune_report_as_csv_for_excel(world: World) -> None:
    await world.load_defaults()
    await world.report_value("direct_dialogue", "QT-VL-VT-DU", **DIALOGUE)
    await world.report_value("community_investment_supervision_board", "QT-VL-VT-TL", value=1)
    await world.report_value("community_investment_supervision_board", "QT-VL-VT-TLA", value=1)
    await world.report_value("membership_growth", "QT-VL-VT-DTN", value=92.5)
    as_json = await world.report("QT-VL-VT")

    r = await _csv(world, "QT-VL-VT", params={"format": "csv"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    disposition = r.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="chi-tieu-dvk-xa-vinh-thach-')
    assert unquote(disposition.split("UTF-8''")[1]) == f"Chỉ tiêu DVK Xã Vĩnh Thạch {YEAR}.csv"
    lines = _rows(r.content)
    assert lines[0] == [
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Loại chỉ tiêu",
        "Mục tiêu",
        "Số đơn vị áp dụng",
        "Số đơn vị đạt",
        "Tỷ lệ đạt (%)",
        "Đạt",
        "Mã đơn vị chưa đạt",
        "Đơn vị chưa đạt",
        "Kết quả đạt được",
    ]
    by_code: dict[str, list[list[str]]] = {}
    for line in lines[1:]:
        by_code.setdefault(line[0], []).append(line)
    # One row per unit that misses a target; an indicator everyone meets has one row without a unit.
    assert list(by_code) == [i["code"] for i in as_json["indicators"]]
    for result in as_json["indicators"]:
        assert len(by_code[result["code"]]) == max(len(result["missing"]), 1)
    assert by_code["direct_dialogue"] == [
        [
            "direct_dialogue",
            row(as_json, "direct_dialogue")["label_vi"],
            "Số lượng",
            "1",
            "2",
            "1",
            "50",
            "Không",
            "QT-VL-VT-UBND",
            "Ủy ban nhân dân Xã Vĩnh Thạch",
            "Chưa báo cáo",
        ]
    ]
    [board] = by_code["community_investment_supervision_board"]
    assert board[2:] == ["Có/Không", "1", "2", "2", "100", "Có", "", "", ""]
    growth = {line[8]: line[10] for line in by_code["membership_growth"]}
    assert growth["QT-VL-VT-DTN"] == "92.5"
    assert set(growth) == set(missing(as_json, "membership_growth"))


@pytest.mark.parametrize(
    ("accept", "csv_expected"),
    [
        ("text/csv", True),
        ("text/csv, application/json;q=0.5", True),
        ("application/json, text/csv;q=0.5", False),
        ("*/*", False),
        (None, False),
    ],
)
async def test_accept_text_csv_asks_for_the_csv(world: World, accept: str | None, csv_expected: bool) -> None:
    await world.load_defaults()
    r = await _csv(world, "QT-VL-VT", headers={"Accept": accept} if accept else {})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv" if csv_expected else "application/json")
    # ?format= wins over Accept.
    r = await _csv(world, "QT-VL-VT", params={"format": "json"}, headers={"Accept": "text/csv, application/json"})
    assert r.headers["content-type"].startswith("application/json")


async def test_the_csv_is_refused_as_the_json_is(world: World) -> None:
    await world.load_defaults()
    r = await _csv(world, "QT-VL-VT", params={"format": "xlsx"})
    assert (r.status_code, r.json()["code"]) == (422, "validation_failed")
    r = await _csv(world, "QT-VL-VT", headers={"Accept": "application/pdf"})
    assert (r.status_code, r.json()["code"]) == (406, "not_acceptable")
    query = {"campaign": world.campaign_id, "year": YEAR, "unit": world.demo.unit("QT-VL-VT"), "format": "csv"}
    r = await world.client.get(f"{API}/reports/indicators", params=query, headers=world.headers("dh.registrant"))
    assert r.status_code == 404, r.text


# --- corrections --------------------------------------------------------------------------------------------


async def _correct(world: World, value_id: str, body: dict[str, Any], user: str = "demo.registrant", **h: str) -> Any:
    return await world.client.patch(f"{API}/indicator-values/{value_id}", json=body, headers=world.headers(user, **h))


async def _counts(session: Any) -> tuple[int, int]:
    await session.rollback()
    counts = (
        int(await session.scalar(select(func.count()).select_from(IndicatorValueCorrection)) or 0),
        int(await session.scalar(select(func.max(IndicatorValue.version))) or 0),
    )
    await session.rollback()
    return counts


async def test_a_value_is_corrected_with_if_match_and_its_history_kept(world: World) -> None:
    await world.load_defaults()
    value = await world.report_value("no_religious_hot_spot", "QT-VL-VT-TLA", value=1)
    url = f"{API}/indicator-values/{value['id']}"
    got = await world.client.get(url, headers=world.headers("demo.viewer"))
    assert (got.headers["etag"], got.json()["version"], got.json()["corrections"]) == ('"1"', 1, [])
    assert row(await world.report("QT-VL-VT"), "no_religious_hot_spot")["units_met"] == 1

    reason = "Tháng 6 phát sinh một điểm nóng về tôn giáo ở thôn Thái Lai; báo cáo trước chưa cập nhật."
    r = await _correct(
        world, value["id"], {"value": 0, "note": "Một điểm nóng đã phát sinh", "reason": reason}, **{"If-Match": '"1"'}
    )
    assert r.status_code == 200, r.text
    corrected = r.json()
    assert r.headers["etag"] == '"2"'
    assert (corrected["value"], corrected["note"], corrected["version"]) == (0, "Một điểm nóng đã phát sinh", 2)
    [entry] = corrected["corrections"]
    assert entry["version"] == 2 and entry["reason"] == reason
    assert entry["corrected_by_id"] == str(world.demo.users["demo.registrant"])
    assert entry["previous"] == {
        "value": 1,
        "occurred_on": f"{YEAR}-05-15",
        "held_by": None,
        "attendance": None,
        "minutes": None,
        "document_ref": None,
        "note": None,
    }
    assert (await world.client.get(url, headers=world.headers("demo.viewer"))).json() == corrected
    # The report counts the corrected value: Thái Lai now misses the target.
    assert [
        (m["unit"]["code"], m["achieved"])
        for m in row(await world.report("QT-VL-VT"), "no_religious_hot_spot")["missing"]
    ] == [("QT-VL-VT-TL", None), ("QT-VL-VT-TLA", 0)]
    # A second correction keeps the first.
    r = await _correct(
        world, value["id"], {"occurred_on": f"{YEAR}-06-20", "reason": "Ngày phát sinh."}, **{"If-Match": '"2"'}
    )
    assert r.status_code == 200, r.text
    assert [c["version"] for c in r.json()["corrections"]] == [2, 3]
    assert r.json()["corrections"][1]["previous"]["note"] == "Một điểm nóng đã phát sinh"


async def test_a_correction_needs_the_current_version(world: World, session: Any) -> None:
    await world.load_defaults()
    value = await world.report_value("direct_dialogue", "QT-VL-VT-DU", **DIALOGUE)
    before = await _counts(session)
    body = {"attendance": 135, "reason": "Biên bản ghi 135 người dự."}
    r = await _correct(world, value["id"], body)
    assert (r.status_code, r.json()["code"]) == (428, "precondition_required")
    r = await _correct(world, value["id"], body, **{"If-Match": '"7"'})
    assert (r.status_code, r.json()["code"]) == (412, "precondition_failed")
    assert await _counts(session) == before


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"attendance": 120, "reason": "Không đổi gì."}, "no_change"),
        ({"value": 2, "reason": "Sai."}, "invalid_yes_no"),
        ({"occurred_on": f"{YEAR - 1}-12-31", "reason": "Sai năm."}, "outside_indicator_year"),
        ({"attendance": 135}, "validation_failed"),
        ({"attendance": 135, "reason": ""}, "validation_failed"),
        ({"attendance": True, "reason": "Kiểu sai."}, "validation_failed"),
        ({"attendance": "135", "reason": "Kiểu sai."}, "validation_failed"),
        ({"value": None, "reason": "Xóa giá trị."}, "validation_failed"),
        ({"unit_id": 1, "reason": "Đổi đơn vị."}, "validation_failed"),
    ],
)
async def test_bad_corrections_are_422_and_change_nothing(world: World, session: Any, body: Any, code: str) -> None:
    await world.load_defaults()
    kind = "community_investment_supervision_board" if code == "invalid_yes_no" else "direct_dialogue"
    unit = "QT-VL-VT-TL" if code == "invalid_yes_no" else "QT-VL-VT-DU"
    value = await world.report_value(kind, unit, **(DIALOGUE if kind == "direct_dialogue" else {"value": 1}))
    before = await _counts(session)
    r = await _correct(world, value["id"], body, **{"If-Match": '"1"'})
    assert (r.status_code, r.json()["code"]) == (422, code), r.text
    assert await _counts(session) == before


async def test_only_the_units_reporters_correct_and_others_get_404(world: World, session: Any) -> None:
    await world.load_defaults()
    value = await world.report_value("direct_dialogue", "QT-VL-VT-DU", **DIALOGUE)
    before = await _counts(session)
    body = {"attendance": 135, "reason": "Biên bản ghi 135 người dự."}
    r = await _correct(world, value["id"], body, user="demo.viewer", **{"If-Match": '"1"'})
    assert (r.status_code, r.json()["code"]) == (403, "not_indicator_reporter")
    r = await _correct(world, value["id"], body, user="dh.registrant", **{"If-Match": '"1"'})
    assert (r.status_code, r.json()["code"]) == (404, "indicator_value_not_found")
    assert await _counts(session) == before
    r = await _correct(world, value["id"], body, user="demo.admin", **{"If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["attendance"] == 135
