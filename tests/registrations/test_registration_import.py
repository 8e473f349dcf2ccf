"""Bulk import of the registration form: dry run, real import, round trip and every bad input."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
import registrations_support as support
from openpyxl import load_workbook
from registrations_support import YEAR, form_row, hand_form, workbook_bytes
from sqlalchemy import func, select

from app.models import Event, ModelHistory, RegisteredModel
from app.registrations import reader
from app.registry.service import CreateBatch

reg = support.reg


async def _count(reg: Any) -> int:
    reg.session.expire_all()
    return int((await reg.session.execute(select(func.count()).select_from(RegisteredModel))).scalar_one())


def _codes(response: Any) -> list[tuple[int, str | None, str]]:
    return [(e["row"], e["column"], e["code"]) for row in response.json()["rows"] for e in row["errors"]]


async def test_dry_run_reports_what_would_be_created_and_creates_nothing(reg: Any) -> None:
    content = hand_form(
        [
            form_row(1, "Thôn Tân Lập", "Giảm nghèo bền vững", targets="Hộ thoát nghèo: 15 hộ; Tổ hợp tác: 2 tổ"),
            form_row(2, "qt-vl-vt-hnd", "Nông dân giúp nhau", field="new_rural", kind="individual", level="district"),
        ]
    )
    r = await reg.upload(content)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["dry_run"] and body["header_row"] == 5 and body["rows_total"] == 2 and body["rows_ok"] == 2
    first, second = body["rows"]
    assert first["row"] == 7 and first["unit_id"] == reg.demo.unit("QT-VL-VT-TL") and first["ok"]
    assert first["field_code"] == "economy" and first["registrant_kind"] == "collective"
    assert first["start_date"] == f"{YEAR}-03-01" and first["end_date"] == f"{YEAR}-12-31"
    assert second["unit_id"] == reg.demo.unit("QT-VL-VT-HND") and second["field_code"] == "new_rural"
    assert second["registrant_kind"] == "individual" and second["level_aimed"] == "district"
    assert await _count(reg) == 0


async def test_import_creates_every_row_as_a_draft(reg: Any) -> None:
    content = hand_form(
        [
            form_row(1, "Thôn Tân Lập", "Giảm nghèo bền vững", targets="Hộ thoát nghèo: 15 hộ; Tổ hợp tác: 2,5 tổ"),
            form_row(2, "THON TAN LAP", "Đường làng sáng", field="political_system", mark="✓"),
        ]
    )
    r = await reg.upload(content, dry_run=False)
    assert r.status_code == 201, r.text
    assert r.json()["created"] == 2 and all(row["model_code"].startswith(f"DVK-{YEAR}-") for row in r.json()["rows"])
    models = (await reg.session.scalars(select(RegisteredModel).order_by(RegisteredModel.code))).all()
    assert [m.state for m in models] == ["draft", "draft"]
    assert models[0].targets == [
        {"what": "Hộ thoát nghèo", "indicator": "", "target_value": 15.0, "unit_of_measure": "hộ"},
        {"what": "Tổ hợp tác", "indicator": "", "target_value": 2.5, "unit_of_measure": "tổ"},
    ]
    assert models[1].field_code == "political_system" and models[1].start_date == date(YEAR, 3, 1)


async def test_one_bad_row_creates_nothing_and_lists_the_errors(reg: Any) -> None:
    content = hand_form([form_row(1, "Thôn Tân Lập", "Tốt"), form_row(2, "Thôn Không Có", "Xấu")])
    r = await reg.upload(content, dry_run=False)
    assert r.status_code == 422 and r.json()["code"] == "import_rows_invalid"
    assert r.json()["errors"][0]["row"] == 8 and r.json()["errors"][0]["column"] == "B"
    assert r.json()["errors"][0]["message"]["en"] == "No unit “Thôn Không Có”."
    assert await _count(reg) == 0


async def test_round_trip_export_fill_in_import(reg: Any) -> None:
    await reg.add_model("QT-VL-VT-TL", "Đã có từ trước", state="registered")
    exported = await reg.export("QT-VL-VT", "xlsx", user="demo.registrant")
    book = load_workbook(io.BytesIO(exported.content))
    ws = book.worksheets[0]
    assert ws["A8"].value == "Tổng"
    ws.delete_rows(7, 2)  # keep the header only: the official fills in new lines
    ws.append(
        [1, "QT-VL-VT-TL", "Mô hình mới điền tay", "Hộ thoát nghèo: 3 hộ", None, None, "X"]
        + [None] * 9
        + [f"{YEAR}-02-01", date(YEAR, 11, 30), "x"]
    )
    ws.append([])
    ws.append(
        [None, None, "Cùng đơn vị (ô gộp)", None, None, None, None, None, None, "x"]
        + [None] * 6
        + ["05/04/" + str(YEAR), None, None, "x"]
    )
    ws.append(["Tổng"])
    content = workbook_bytes(book)
    dry = await reg.upload(content)
    assert dry.status_code == 200, dry.text
    assert [row["ok"] for row in dry.json()["rows"]] == [True, True], dry.text
    assert dry.json()["rows"][1]["unit_id"] == reg.demo.unit("QT-VL-VT-TL")
    assert dry.json()["rows"][1]["field_code"] == "defence_security"
    assert dry.json()["rows"][1]["registrant_kind"] == "individual"
    done = await reg.upload(content, dry_run=False)
    assert done.status_code == 201, done.text
    assert await _count(reg) == 3
    listed = await reg.export("QT-VL-VT", user="demo.registrant")
    assert listed.json()["total"] == 3 and listed.json()["totals"]["culture_society_collective"] == 1


async def test_same_idempotency_key_creates_nothing_new(reg: Any) -> None:
    content = hand_form([form_row(1, "Thôn Tân Lập", "Một lần thôi")])
    first = await reg.upload(content, dry_run=False, headers={"Idempotency-Key": "import-1"})
    again = await reg.upload(content, dry_run=False, headers={"Idempotency-Key": "import-1"})
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true" and again.json() == first.json()
    assert await _count(reg) == 1
    other = await reg.upload(
        hand_form([form_row(1, "Thôn Tân Lập", "Khác")]), dry_run=False, headers={"Idempotency-Key": "import-1"}
    )
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


async def test_the_importer_is_told_once_and_only_of_an_import_that_created_models(reg: Any) -> None:
    from app.models import Notification

    async def told() -> list[Notification]:
        reg.session.expire_all()
        return list((await reg.session.scalars(select(Notification))).all())

    content = hand_form([form_row(1, "Thôn Tân Lập", "Một lần thôi"), form_row(2, "Thôn Tân Lập", "Hai lần")])
    assert (await reg.upload(content)).status_code == 200  # a dry run: nothing is told
    bad = hand_form([form_row(1, "Thôn Tân Lập", "Tốt"), form_row(2, "Thôn Không Có", "Xấu")])
    assert (await reg.upload(bad, dry_run=False)).status_code == 422  # refused: the answer says it all
    assert await told() == []
    key = {"Idempotency-Key": "import-told"}
    first = await reg.upload(content, dry_run=False, filename="dang-ky-vinh-thach.xlsx", headers=key)
    again = await reg.upload(content, dry_run=False, filename="dang-ky-vinh-thach.xlsx", headers=key)
    assert first.status_code == again.status_code == 201
    [notification] = await told()
    assert notification.user_id == reg.demo.users["demo.registrant"]
    assert (notification.type, notification.resource_type) == ("import.finished", "campaign")
    assert notification.resource_id == reg.campaign_id
    assert notification.text_vi == "Đã nhập xong tệp «dang-ky-vinh-thach.xlsx»: 2 dòng được thêm, 0 dòng lỗi."
    assert notification.text_en == "The import of “dang-ky-vinh-thach.xlsx” finished: 2 rows added, 0 rows with errors."
    assert (
        await reg.session.scalar(select(func.count()).select_from(Event).where(Event.type == "notification.created"))
    ) == 1


async def test_a_file_that_is_not_xlsx_is_refused(reg: Any) -> None:
    r = await reg.upload(b"So TT,Ten don vi\n1,Thon Tan Lap\n", filename="a.csv", content_type="text/csv")
    assert r.status_code == 415 and r.json()["code"] == "not_xlsx"
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    r = await reg.upload(out.getvalue())
    assert r.status_code == 422 and r.json()["code"] == "invalid_xlsx"


async def test_a_file_over_the_size_limit_is_refused(reg: Any, settings_env: Any) -> None:
    settings_env(import_max_bytes=1024)
    r = await reg.upload(hand_form([form_row(1, "Thôn Tân Lập", "Lớn")]))
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"


async def test_header_in_the_wrong_place_is_refused(reg: Any) -> None:
    r = await reg.upload(hand_form([form_row(1, "Thôn Tân Lập", "A")], header_at=30))
    assert r.status_code == 422 and r.json()["code"] == "header_not_found"
    book = load_workbook(io.BytesIO(hand_form([form_row(1, "Thôn Tân Lập", "A")])))
    book.worksheets[0]["E5"] = "Cột lạ"  # the economy group is gone
    r = await reg.upload(workbook_bytes(book))
    assert r.status_code == 422 and r.json()["code"] == "header_not_found" and "economy" in r.json()["detail"]


async def test_two_fields_marked_and_no_field_are_row_errors(reg: Any) -> None:
    two = form_row(1, "Thôn Tân Lập", "Hai lĩnh vực")
    two[6] = "x"
    none = form_row(2, "Thôn Tân Lập", "Không lĩnh vực", field=None)
    odd = form_row(3, "Thôn Tân Lập", "Dấu lạ", mark="có")
    r = await reg.upload(hand_form([two, none, odd]))
    assert r.status_code == 200
    assert _codes(r) == [
        (7, "G", "several_fields_marked"),
        (8, "E", "no_field_marked"),
        (9, "E", "invalid_mark"),
        (9, "E", "no_field_marked"),
    ]


async def test_unknown_outside_scope_and_ambiguous_units_are_row_errors(reg: Any) -> None:
    rows = [
        form_row(1, "Thôn Ma", "Không có"),
        form_row(2, "Phường 1", "Ở Đông Hà"),
        form_row(3, "QT-DH-P1", "Mã ở Đông Hà"),
    ]
    r = await reg.upload(hand_form(rows))
    assert _codes(r) == [(7, "B", "unit_unknown"), (8, "B", "unit_out_of_scope"), (9, "B", "unit_out_of_scope")]
    # An admin of the province registers nowhere; a registrant of two villages with the same name would be
    # ambiguous: two units share a folded name inside the scope.
    from app.models import Unit

    twin = await reg.session.get(Unit, reg.demo.unit("QT-VL-VT-KDV"))
    twin.name, twin.name_search = "Thôn Tân Lập", "thon tan lap"
    await reg.session.commit()
    r = await reg.upload(hand_form([form_row(1, "Thôn Tân Lập", "Hai thôn trùng tên")]))
    assert _codes(r) == [(7, "B", "unit_ambiguous")]
    assert "QT-VL-VT-KDV" in r.json()["rows"][0]["errors"][0]["detail"]


async def test_end_before_start_and_bad_dates_are_row_errors(reg: Any) -> None:
    r = await reg.upload(
        hand_form(
            [
                form_row(1, "Thôn Tân Lập", "Ngược", start="01/12/{y}", end="01/03/{y}"),
                form_row(2, "Thôn Tân Lập", "Ngày sai", start="31/02/{y}"),
            ]
        )
    )
    assert _codes(r) == [(7, "R", "date_order"), (8, "Q", "invalid_date")]


async def test_a_formula_cell_is_a_row_error(reg: Any) -> None:
    r = await reg.upload(hand_form([form_row(1, "Thôn Tân Lập", '=CONCAT("Mô ","hình")')]))
    assert _codes(r) == [(7, "C", "formula_not_allowed")]


async def test_a_large_import_is_written_in_batches_like_single_registrations(
    reg: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are flushed FLUSH_EVERY at a time (3 here, so 8 rows take three flushes): every model still gets
    its code in a consecutive reserved span, its authority answer, its history row and its event, exactly as
    a single registration does; the counter continues after the span."""
    monkeypatch.setattr(CreateBatch, "FLUSH_EVERY", 3)
    body = {
        "campaign_id": reg.campaign_id,
        "year": YEAR,
        "registrant_unit_id": reg.demo.unit("QT-VL-VT-TL"),
        "registrant_kind": "collective",
        "name": "Đăng ký lẻ",
        "field_code": "economy",
        "model_type": "field_specific",
    }
    single = await reg.client.post("/api/v1/models", headers=reg.demo.headers("demo.registrant"), json=body)
    assert single.status_code == 201, single.text
    units = ["Thôn Tân Lập", "qt-vl-vt-hnd"]
    r = await reg.upload(hand_form([form_row(i, units[i % 2], f"Mô hình {i}") for i in range(1, 9)]), dry_run=False)
    assert r.status_code == 201, r.text
    assert r.json()["created"] == 8
    first = int(single.json()["code"].rsplit("-", 1)[1])
    codes = [row["model_code"] for row in r.json()["rows"]]
    assert codes == [f"DVK-{YEAR}-{first + i:06d}" for i in range(1, 9)]
    reg.session.expire_all()
    models = (
        await reg.session.scalars(
            select(RegisteredModel).where(RegisteredModel.code.in_(codes)).order_by(RegisteredModel.code)
        )
    ).all()
    assert len(models) == 8 and {m.state for m in models} == {"draft"}
    # The authority answer remembered per (profile, kind, unit) is the one a single registration gets.
    same_unit = [m for m in models if m.registrant_unit_id == body["registrant_unit_id"]]
    assert len(same_unit) == 4 and single.json()["authority_case"] is not None
    assert {(m.authority_case, m.deciding_unit_id) for m in same_unit} == {
        (single.json()["authority_case"], single.json()["deciding_unit_id"])
    }
    assert len({m.registrant_unit_id for m in models}) == 2
    ids = [m.id for m in models]
    histories = (await reg.session.scalars(select(ModelHistory).where(ModelHistory.model_id.in_(ids)))).all()
    assert sorted((h.model_id, h.action, h.to_state) for h in histories) == sorted((i, "create", "draft") for i in ids)
    events = (
        await reg.session.scalars(
            select(Event).where(Event.type == "model.created", Event.resource_id.in_([str(i) for i in ids]))
        )
    ).all()
    assert sorted(e.data["code"] for e in events) == codes
    after = await reg.client.post(
        "/api/v1/models", headers=reg.demo.headers("demo.registrant"), json={**body, "name": "Sau khi nhập"}
    )
    assert after.status_code == 201, after.text
    assert after.json()["code"] == f"DVK-{YEAR}-{first + 9:06d}"


async def test_more_rows_than_the_limit_is_refused(reg: Any, settings_env: Any) -> None:
    settings_env(import_max_rows=5)  # DVK_IMPORT_MAX_ROWS
    rows = [form_row(i, "Thôn Tân Lập", f"Mô hình {i}") for i in range(1, 7)]
    r = await reg.upload(hand_form(rows))
    assert r.status_code == 422 and r.json()["code"] == "too_many_rows" and r.json()["limit"] == 5
    r = await reg.upload(hand_form(rows[:5]))
    assert r.status_code == 200 and r.json()["rows_ok"] == 5


async def test_ten_thousand_and_one_rows_against_the_real_limit(reg: Any) -> None:
    rows = [form_row(i, "Thôn Tân Lập", f"Mô hình {i}") for i in range(1, reader.IMPORT_MAX_ROWS + 2)]
    r = await reg.upload(hand_form(rows, total=False))
    assert r.status_code == 422 and r.json()["code"] == "too_many_rows" and r.json()["limit"] == 10_000


async def test_a_viewer_cannot_import(reg: Any) -> None:
    r = await reg.upload(hand_form([form_row(1, "Thôn Tân Lập", "A")]), user="demo.viewer")
    assert r.status_code == 403


async def test_an_empty_form_is_refused(reg: Any) -> None:
    r = await reg.upload(hand_form([]))
    assert r.status_code == 422 and r.json()["code"] == "no_rows"
