"""Bulk import of the registration form: validate every row, then create all as drafts or none."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from app.campaigns import repository as campaigns
from app.campaigns.messages import CYCLE_NOT_FOUND
from app.campaigns.service import get_campaign
from app.core import messages
from app.core.context import RequestContext
from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.core.search import fold
from app.models import Unit
from app.notifications.service import notify
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.registrations import repository
from app.registrations.layout import FIELD_GROUPS, KINDS, MARKS
from app.registrations.reader import Sheet, SheetRow, parse_date
from app.registrations.schemas import ImportResult, ImportRow, RowError
from app.registry.messages import DATE_ORDER
from app.registry.schemas import ModelCreate
from app.registry.service import CreateBatch, create_model

MSG: dict[str, Text] = {
    "formula_not_allowed": Text("Ô chứa công thức; hãy nhập giá trị.", "The cell holds a formula; enter a value."),
    "unit_required": Text("Thiếu tên đơn vị đăng ký.", "The registering unit is missing."),
    "unit_unknown": Text("Không tìm thấy đơn vị “{value}”.", "No unit “{value}”."),
    "unit_out_of_scope": Text(
        "Đơn vị “{value}” nằm ngoài phạm vi đăng ký của bạn.", "Unit “{value}” is outside your registration scope."
    ),
    "unit_ambiguous": Text(
        "Có nhiều đơn vị tên “{value}”; hãy ghi mã đơn vị ({codes}).",
        "Several units are called “{value}”; write the unit code ({codes}).",
    ),
    "name_required": messages.MODEL_NAME_MISSING,
    "invalid_mark": Text(
        "Ô đánh dấu chỉ nhận “x” hoặc “✓” (đang là “{value}”).", "A mark cell takes only “x” or “✓” (found “{value}”)."
    ),
    "no_field_marked": Text("Chưa đánh dấu lĩnh vực nào.", "No field is marked."),
    "several_fields_marked": Text("Đánh dấu nhiều hơn một lĩnh vực.", "More than one field is marked."),
    "several_levels_marked": Text("Đánh dấu cả hai cấp đăng ký đạt.", "Both levels aimed at are marked."),
    "invalid_date": Text("Ngày không hợp lệ: “{value}” (dd/mm/yyyy).", "Not a date: “{value}” (dd/mm/yyyy)."),
    "date_order": DATE_ORDER,
    "invalid_value": Text("Giá trị không hợp lệ: {reason}.", "Invalid value: {reason}."),
}
ROWS_INVALID = Text(
    "Có {count} lỗi trong tệp; chưa tạo mô hình nào.", "The file has {count} errors; no model was created."
)
NO_ROWS = Text("Biểu mẫu không có dòng dữ liệu nào.", "The form has no data rows.")
_TARGET = re.compile(r"^(?P<what>.+?):\s*(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>.*)$")


def _error(row: SheetRow, column: str | None, code: str, **params: Any) -> RowError:
    text = MSG[code]
    return RowError(
        row=row.number, column=column, code=code, detail=text.render(**params), message=text.as_dict(**params)
    )


def _column(row: SheetRow, key: str) -> str | None:
    cell = row.cells.get(key)
    return cell.column if cell else None


def _targets(text: str) -> list[dict[str, Any]]:
    """ "what: 15 hộ; …" back into targets (only when every part reads so; the text also goes to objectives)."""
    parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
    targets = []
    for part in parts:
        match = _TARGET.match(part)
        if match is None:
            return []
        value = match["value"].replace(",", ".")
        targets.append(
            {"what": match["what"].strip(), "target_value": float(value), "unit_of_measure": match["unit"].strip()}
        )
    return targets[:50]


def _marked(row: SheetRow, keys: Iterable[str], errors: list[RowError]) -> list[str]:
    marked = []
    for key in keys:
        value = row.text(key)
        if not value:
            continue
        if value.lower() in MARKS:
            marked.append(key)
        else:
            errors.append(_error(row, _column(row, key), "invalid_mark", value=value[:40]))
    return marked


class UnitMatcher:
    """Units named in the sheet, matched by code or exact folded name, within the REGISTER_MODELS scope."""

    def __init__(self, caller: Caller) -> None:
        self.caller = caller
        self.by_code: dict[str, list[Unit]] = {}
        self.by_name: dict[str, list[Unit]] = {}

    async def load(self, session: AsyncSession, values: set[str]) -> None:
        """One query per 500 distinct values."""
        items = sorted(values)
        for start in range(0, len(items), 500):
            chunk = items[start : start + 500]
            codes = {v.upper() for v in chunk}
            names = {_name_key(v) for v in chunk}
            units = await repository.active_units_named(session, codes, names)
            for unit in units:
                self.by_code.setdefault(unit.code.upper(), []).append(unit)
                self.by_name.setdefault(unit.name_search, []).append(unit)

    def match(self, row: SheetRow, value: str, errors: list[RowError]) -> Unit | None:
        """The one unit the value names, or an error (unknown, outside scope, ambiguous)."""
        column = _column(row, "unit")
        candidates = self.by_code.get(value.upper()) or self.by_name.get(_name_key(value)) or []
        unique = {u.id: u for u in candidates}.values()
        in_scope = [u for u in unique if self.caller.scope.covers(u.path, Permission.REGISTER_MODELS)]
        if not unique:
            errors.append(_error(row, column, "unit_unknown", value=value[:200]))
        elif not in_scope:
            errors.append(_error(row, column, "unit_out_of_scope", value=value[:200]))
        elif len(in_scope) > 1:
            errors.append(
                _error(
                    row, column, "unit_ambiguous", value=value[:200], codes=", ".join(sorted(u.code for u in in_scope))
                )
            )
        else:
            return in_scope[0]
        return None


def _name_key(value: str) -> str:
    return " ".join(fold(value).split())


def _formula_errors(row: SheetRow) -> list[RowError]:
    """An error for every cell holding a formula (its cached value is never trusted)."""
    return [_error(row, cell.column, "formula_not_allowed") for cell in row.cells.values() if cell.formula]


def _field_and_level(row: SheetRow, errors: list[RowError]) -> tuple[list[str], list[str]]:
    """The marked field×kind columns and level columns; an error unless one field and at most one level."""
    fields = _marked(row, [f"{code}_{kind}" for code, _ in FIELD_GROUPS for kind, _ in KINDS], errors)
    if not fields:
        errors.append(_error(row, _column(row, "economy_collective"), "no_field_marked"))
    elif len(fields) > 1:
        errors.append(_error(row, _column(row, fields[1]), "several_fields_marked"))
    levels = _marked(row, ["level_grassroots", "level_district"], errors)
    if len(levels) > 1:
        errors.append(_error(row, _column(row, "level_district"), "several_levels_marked"))
    return fields, levels


def _dates(row: SheetRow, errors: list[RowError]) -> dict[str, date | None]:
    """The start and end dates (None where missing or invalid), with an error for each bad one or their order."""
    dates: dict[str, date | None] = {}
    for key in ("start_date", "end_date"):
        date_cell = row.cells.get(key)
        try:
            dates[key] = parse_date(date_cell.value if date_cell and not date_cell.formula else None)
        except ValueError:
            errors.append(_error(row, _column(row, key), "invalid_date", value=row.text(key)[:40]))
            dates[key] = None
    start, end = dates["start_date"], dates["end_date"]
    if start and end and end < start:
        errors.append(_error(row, _column(row, "end_date"), "date_order"))
    return dates


def _person(row: SheetRow, kind: str | None) -> dict[str, str | None]:
    """An individual registrant's name and position, from the form's hidden columns (see layout.PERSON_COLUMNS)."""
    if kind != "individual":
        return {}
    return {key: row.text(key) or None for key in ("individual_name", "individual_position")}


def _model_body(
    row: SheetRow, result: ImportRow, unit: Unit, campaign_id: uuid.UUID, year: int
) -> tuple[ImportRow, ModelCreate | None]:
    """The ModelCreate an error-free row registers, or the row with the model's own validation errors."""
    text = row.text("targets")
    try:
        body = ModelCreate.model_validate(
            {
                "campaign_id": campaign_id,
                "year": year,
                "registrant_unit_id": unit.id,
                "registrant_kind": result.registrant_kind,
                "name": result.name,
                "field_code": result.field_code,
                "objectives": text or None,
                "targets": _targets(text),
                "start_date": result.start_date,
                "end_date": result.end_date,
                "level_aimed": result.level_aimed,
                **_person(row, result.registrant_kind),
            }
        )
    except ValidationError as exc:
        result.errors = [
            _error(
                row,
                None,
                "invalid_value",
                reason="; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()),
            )
        ]
        return result, None
    result.ok = True
    return result, body


def _check_row(
    row: SheetRow, matcher: UnitMatcher, unit_value: str, campaign_id: uuid.UUID, year: int
) -> tuple[ImportRow, ModelCreate | None]:
    """Every rule of one row; the ModelCreate to register when it has no error."""
    errors = _formula_errors(row)
    unit = matcher.match(row, unit_value, errors) if unit_value else None
    if not unit_value:
        errors.append(_error(row, _column(row, "unit"), "unit_required"))
    name = row.text("model_name")
    if not name:
        errors.append(_error(row, _column(row, "model_name"), "name_required"))
    fields, levels = _field_and_level(row, errors)
    dates = _dates(row, errors)
    result = ImportRow(
        row=row.number,
        ok=False,
        unit_id=unit.id if unit else None,
        unit_name=unit.name if unit else None,
        name=name or None,
        **dates,
    )
    if len(fields) == 1:
        result.field_code, result.registrant_kind = fields[0].rsplit("_", 1)
    result.level_aimed = levels[0].removeprefix("level_") if len(levels) == 1 else "grassroots"
    if errors or unit is None:
        result.errors = errors
        return result, None
    return _model_body(row, result, unit, campaign_id, year)


async def _tell_importer(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    campaign_id: uuid.UUID,
    sheet: Sheet,
    file_name: str,
    created: int,
) -> None:
    """The importer's notification: on other devices too, the import is done (a service client is no person and
    is told nothing). Its occasion is the request (a replayed request is answered from its first response)."""
    if caller.client is not None:
        return
    await notify(
        session,
        recipients=[caller.id],
        type_="import.finished",
        data={"file_name": file_name or sheet.title, "created": created, "failed": 0},
        resource_type="campaign",
        resource_id=campaign_id,
        unit_id=caller.user.home_unit_id,
        occasion=f"import:{ctx.request_id or uuid.uuid4()}",
    )


async def run_import(
    session: AsyncSession,
    ctx: RequestContext,
    caller: Caller,
    sheet: Sheet,
    campaign_id: uuid.UUID,
    year: int,
    dry_run: bool,
    *,
    file_name: str = "",
) -> ImportResult:
    """Validate every row; unless dry_run, create all as drafts (one transaction) or none (422), and tell the
    person who sent the file (`import.finished` in their inbox, written in the same transaction)."""
    caller.require(Permission.REGISTER_MODELS)
    if not sheet.rows:
        raise Unprocessable(NO_ROWS, code="no_rows")
    campaign = await get_campaign(session, caller, campaign_id)
    cycle = await campaigns.cycle_for_year(session, campaign.id, year)
    if cycle is None:
        raise Unprocessable(CYCLE_NOT_FOUND, code="no_cycle_for_year", _year=year)
    # A blank unit cell under a filled one is a vertically merged cell: the row belongs to the unit above.
    unit_values: list[str] = []
    previous = ""
    for row in sheet.rows:
        previous = row.text("unit") or previous
        unit_values.append(previous)
    matcher = UnitMatcher(caller)
    await matcher.load(session, {v for v in unit_values if v})
    checked = [
        _check_row(row, matcher, value, campaign.id, year) for row, value in zip(sheet.rows, unit_values, strict=True)
    ]
    errors = [e for result, _ in checked for e in result.errors]
    if errors and not dry_run:
        raise Unprocessable(
            ROWS_INVALID, code="import_rows_invalid", _count=len(errors), errors=[e.model_dump() for e in errors]
        )
    created = 0
    if not dry_run:
        batch = CreateBatch(size=len(checked))
        for result, body in checked:
            assert body is not None
            model = await create_model(session, ctx, caller, body, batch)
            result.model_id, result.model_code = model.id, model.code
            created += 1
        await batch.finish(session)
        await _tell_importer(session, ctx, caller, campaign.id, sheet, file_name, created)
    rows = [result for result, _ in checked]
    return ImportResult(
        dry_run=dry_run,
        sheet=sheet.title,
        header_row=sheet.header_row,
        rows_total=len(rows),
        rows_ok=sum(r.ok for r in rows),
        created=created,
        rows=rows,
    )
