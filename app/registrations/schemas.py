"""Bodies of the registration list form (export) and of its bulk import."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from app.workflow.codes import StateCode


class RegistrationRow(BaseModel):
    """One model on the form: the printed columns plus ids a client can link with."""

    no: int
    model_id: uuid.UUID
    code: str
    state: StateCode
    unit_id: int
    unit_code: str
    unit: str = Field(description="Registering unit (Tên đơn vị đăng ký).")
    model_name: str
    targets: str = Field(description="The model's targets for the year, joined as text.")
    field_code: str
    registrant_kind: Literal["collective", "individual"]
    start_date: date | None
    end_date: date | None
    level_aimed: Literal["grassroots", "district"]
    individual_name: str | None = Field(
        default=None, description="An individual registrant's name (not on the paper form; hidden XLSX column)."
    )
    individual_position: str | None = Field(default=None, description="And their position.")
    marks: list[str] = Field(
        description="Form columns marked for this row, e.g. ['economy_collective', 'level_grassroots']."
    )


class RegistrationList(BaseModel):
    """The form as JSON: rows in unit order and the total row (counts per marked column)."""

    campaign_id: uuid.UUID
    year: int
    unit_id: int
    unit_name: str
    title: str
    rows: list[RegistrationRow]
    total: int = Field(description="Number of models listed.")
    totals: dict[str, int] = Field(description="Per marked column (economy_collective … level_district): count.")


class RowError(BaseModel):
    """A problem with one cell or row of an imported sheet."""

    row: int = Field(description="The sheet's row number, as Excel shows it (1-based).")
    column: str | None = Field(description="Column letter, when the problem is in one cell.")
    code: str
    detail: str = Field(description="The message in the request's language.")
    message: dict[str, str] = Field(description="The message in Vietnamese and English: {vi, en}.")


class ImportRow(BaseModel):
    """One data row of the sheet: what it would create (or created), or its errors."""

    row: int
    ok: bool
    unit_id: int | None = None
    unit_name: str | None = None
    name: str | None = None
    field_code: str | None = None
    registrant_kind: str | None = None
    level_aimed: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    model_id: uuid.UUID | None = Field(default=None, description="The draft created (not on a dry run).")
    model_code: str | None = None
    errors: list[RowError] = Field(default_factory=list)


class ImportResult(BaseModel):
    """The outcome of an import: per row, what would be / was created."""

    dry_run: bool
    sheet: str
    header_row: int
    rows_total: int
    rows_ok: int
    created: int
    rows: list[ImportRow]
