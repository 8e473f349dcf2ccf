"""The registration list form (Biểu mẫu) as JSON, CSV and XLSX."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date
from typing import Any

import registrations_support as support
from registrations_support import YEAR, open_xlsx

reg = support.reg


async def _three_models(reg: Any) -> None:
    await reg.add_model("QT-VL-VT-TL", "Dân vận khéo trong giảm nghèo", field="economy", state="registered")
    await reg.add_model(
        "QT-VL-VT-HND",
        "Chi hội nông dân giúp nhau",
        field="culture_society",
        kind="individual",
        level="district",
        state="draft",
    )
    await reg.add_model(
        "QT-VL-HX",
        "An ninh trật tự thôn xóm",
        field="defence_security",
        state="returned",
        targets=[
            {"what": "Vụ việc giảm", "indicator": "", "target_value": 2.5, "unit_of_measure": "%"},
            {"what": "Tổ an ninh", "indicator": "", "target_value": 3, "unit_of_measure": "tổ"},
        ],
    )
    await reg.add_model("QT-VL-HX", "Mô hình đã rút", state="withdrawn")
    await reg.add_model("QT-DH-P1", "Ở Đông Hà, ngoài Vĩnh Linh", state="registered")


async def test_json_lists_every_model_but_withdrawn_ones_with_totals(reg: Any) -> None:
    await _three_models(reg)
    r = await reg.export("QT-VL")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["title"].endswith(f"NĂM {YEAR}") and body["unit_name"] == "Huyện Vĩnh Linh"
    names = [row["model_name"] for row in body["rows"]]
    assert len(names) == 3 and "Mô hình đã rút" not in names and "Ở Đông Hà, ngoài Vĩnh Linh" not in names
    assert [row["no"] for row in body["rows"]] == [1, 2, 3]
    assert body["total"] == 3
    assert body["totals"]["economy_collective"] == 1
    assert body["totals"]["culture_society_individual"] == 1
    assert body["totals"]["defence_security_collective"] == 1
    assert body["totals"]["level_grassroots"] == 2 and body["totals"]["level_district"] == 1
    security = next(row for row in body["rows"] if row["field_code"] == "defence_security")
    assert security["targets"] == "Vụ việc giảm: 2.5 %; Tổ an ninh: 3 tổ"
    assert security["marks"] == ["defence_security_collective", "level_grassroots"]


async def test_a_commune_official_sees_only_their_commune(reg: Any) -> None:
    await _three_models(reg)
    r = await reg.export("QT-VL-VT", user="demo.registrant")
    assert r.status_code == 200, r.text
    assert {row["unit"] for row in r.json()["rows"]} == {"Thôn Tân Lập", "Hội Nông dân Xã Vĩnh Thạch"}


async def test_a_unit_outside_the_callers_scope_is_not_found(reg: Any) -> None:
    r = await reg.export("QT-DH", user="demo.viewer")
    assert r.status_code == 404 and r.json()["code"] == "unit_not_found"
    r = await reg.export("QT-VL", user="demo.registrant")
    assert r.status_code == 404


async def test_csv_is_utf8_with_bom_and_the_forms_columns(reg: Any) -> None:
    await _three_models(reg)
    r = await reg.export("QT-VL", "csv")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert "filename*=UTF-8''Danh%20s%C3%A1ch" in r.headers["content-disposition"]
    assert 'filename="danh-sach-dang-ky-dvk-huyen-vinh-linh-' in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    header, rows, total = lines[0], lines[1:-1], lines[-1]
    assert header[:3] == ["Số TT", "Tên đơn vị đăng ký", "Tên mô hình công tác “DVK”"]
    assert header[4] == "Lĩnh vực Kinh tế - Tập thể" and header[5] == "Lĩnh vực Kinh tế - Cá nhân"
    assert header[-1].endswith("Cấp huyện, thành phố") and len(header) == 20
    assert len(rows) == 3 and all(len(row) == 20 for row in rows)
    assert [row[0] for row in rows] == ["1", "2", "3"]
    economy = next(row for row in rows if row[2] == "Dân vận khéo trong giảm nghèo")
    assert economy[1] == "Thôn Tân Lập" and economy[3] == "Hộ thoát nghèo: 15 hộ"
    assert economy[4] == "x" and economy[5] == "" and economy[16] == f"{YEAR}-01-01" and economy[18] == "x"
    assert total[0] == "Tổng" and total[2] == "3" and total[4] == "1" and total[19] == "1"


async def test_xlsx_reproduces_the_paper_form(reg: Any) -> None:
    await _three_models(reg)
    r = await reg.export("QT-VL", "xlsx")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == support.XLSX
    assert int(r.headers["content-length"]) == len(r.content)
    ws = open_xlsx(r.content)
    assert ws["A1"].value == "HUYỆN VĨNH LINH"
    assert ws["A2"].value == f"DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ NĂM {YEAR}"
    assert ws["A5"].value == "Số TT" and ws["B5"].value == "Tên đơn vị đăng ký"
    assert ws["E5"].value == "Lĩnh vực Kinh tế" and ws["E6"].value == "Tập thể" and ws["F6"].value == "Cá nhân"
    assert ws["Q6"].value == "Thời gian bắt đầu" and ws["T6"].value == "Cấp huyện, thành phố"
    merges = {str(m) for m in ws.merged_cells.ranges}
    assert {"A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:H5", "K5:L5", "Q5:R5", "S5:T5", "A2:T2"} <= merges
    assert [ws.cell(r, 1).value for r in (7, 8, 9)] == [1, 2, 3]
    line = next(r for r in (7, 8, 9) if ws.cell(r, 3).value == "Dân vận khéo trong giảm nghèo")
    assert ws.cell(line, 2).value == "Thôn Tân Lập" and ws.cell(line, 5).value == "x"
    assert ws.cell(line, 6).value is None and ws.cell(line, 17).value.date() == date(YEAR, 1, 1)
    assert ws["A10"].value == "Tổng" and "A10:B10" in merges
    assert ws["C10"].value == 3 and ws["E10"].value == 1 and ws["H10"].value == 1 and ws["S10"].value == 2
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$5:$6"
    assert ws["D7"].alignment.wrap_text and ws.column_dimensions["C"].width > 20


async def test_empty_form_still_has_header_and_a_zero_total(reg: Any) -> None:
    r = await reg.export("QT-VL", "xlsx")
    ws = open_xlsx(r.content)
    assert ws["A7"].value == "Tổng" and ws["C7"].value == 0
    r = await reg.export("QT-VL", "json")
    assert r.json()["rows"] == [] and r.json()["totals"]["economy_collective"] == 0


async def test_large_export_streams_in_order(reg: Any) -> None:
    from app.models import RegisteredModel

    unit = reg.demo.unit("QT-VL-VT-TL")
    for start in range(0, 1200, 400):
        reg.session.add_all(
            [
                RegisteredModel(
                    code=f"L-{i:06d}",
                    campaign_id=uuid.UUID(reg.campaign_id),
                    cycle_id=reg.cycle_id,
                    year=YEAR,
                    registrant_unit_id=unit,
                    unit_path=(await reg.session.get(support.Unit, unit)).path,
                    registrant_kind="collective",
                    name=f"Mô hình {i}",
                    field_code="other",
                    model_type="field_specific",
                    state="registered",
                    created_by_id=reg.demo.users["demo.registrant"],
                    targets=[],
                )
                for i in range(start, start + 400)
            ]
        )
        await reg.session.commit()
    r = await reg.export("QT-VL", "csv")
    lines = r.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 1200 + 1 and lines[1].startswith("1,") and lines[-2].startswith("1200,")
    r = await reg.export("QT-VL", "xlsx")
    ws = open_xlsx(r.content)
    assert ws.cell(6 + 1200, 1).value == 1200 and ws.cell(7 + 1200, 3).value == 1200


async def test_accept_asks_for_the_csv_or_the_workbook_and_format_wins(reg: Any) -> None:
    await _three_models(reg)
    query = {"campaign": reg.campaign_id, "year": YEAR, "unit": reg.demo.unit("QT-VL")}
    for accept, expected in (
        ("text/csv", "text/csv"),
        (support.XLSX, support.XLSX),
        ("application/json, text/csv;q=0.5", "application/json"),
        ("*/*", "application/json"),
    ):
        headers = reg.demo.headers("demo.admin", Accept=accept)
        r = await reg.client.get("/api/v1/reports/registrations", params=query, headers=headers)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith(expected), accept
    headers = reg.demo.headers("demo.admin", Accept="text/csv, application/json")
    r = await reg.client.get("/api/v1/reports/registrations", params=query | {"format": "json"}, headers=headers)
    assert r.headers["content-type"].startswith("application/json")
