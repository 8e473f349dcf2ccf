"""Helpers for the registration form tests: an app that serves the registrations router, a Vĩnh Linh
campaign with a cycle for this year, direct model inserts, and workbook builders."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.models import AuthorityProfile, Campaign, CampaignCycle, RegisteredModel, Unit

TODAY = datetime.now(UTC).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
YEAR = TODAY.year
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_app: Any = None


def app_with_router() -> Any:
    """The app (one per run; it holds no database state)."""
    global _app
    if _app is None:
        from app.main import create_app

        _app = create_app()
    return _app


@dataclass
class Reg:
    """A campaign of Huyện Vĩnh Linh for YEAR plus request helpers."""

    client: httpx.AsyncClient
    demo: Any
    session: Any
    campaign: Campaign
    campaign_id: str = ""
    cycle_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        self.campaign_id, self.cycle_id = str(self.campaign.id), self.campaign.cycles[0].id

    async def add_model(
        self,
        unit_code: str,
        name: str,
        *,
        field: str = "economy",
        kind: str = "collective",
        state: str = "draft",
        level: str = "grassroots",
        start: date | None = None,
        end: date | None = None,
        targets: list[dict[str, Any]] | None = None,
    ) -> RegisteredModel:
        """Insert a model directly (the workflow is tested elsewhere)."""
        unit = (await self.session.execute(select(Unit).where(Unit.code == unit_code))).scalar_one()
        model = RegisteredModel(
            code=f"T-{uuid.uuid4().hex[:12]}",
            campaign_id=uuid.UUID(self.campaign_id),
            cycle_id=self.cycle_id,
            year=YEAR,
            registrant_unit_id=unit.id,
            unit_path=unit.path,
            registrant_kind=kind,
            name=name,
            field_code=field,
            model_type="field_specific",
            state=state,
            level_aimed=level,
            start_date=start or date(YEAR, 1, 1),
            end_date=end or date(YEAR, 12, 31),
            targets=targets
            if targets is not None
            else [{"what": "Hộ thoát nghèo", "indicator": "", "target_value": 15, "unit_of_measure": "hộ"}],
            created_by_id=self.demo.users["demo.registrant"],
        )
        self.session.add(model)
        await self.session.commit()
        return model

    async def export(
        self, unit_code: str, fmt: str = "json", user: str = "demo.admin", **params: Any
    ) -> httpx.Response:
        """GET the form."""
        query = {"campaign": self.campaign_id, "year": YEAR, "unit": self.demo.unit(unit_code), "format": fmt, **params}
        return await self.client.get("/api/v1/reports/registrations", params=query, headers=self.demo.headers(user))

    async def upload(
        self,
        content: bytes,
        *,
        dry_run: bool = True,
        user: str = "demo.registrant",
        filename: str = "dang-ky.xlsx",
        content_type: str = XLSX,
        headers: dict[str, str] | None = None,
        **params: Any,
    ) -> httpx.Response:
        """POST a workbook to the import."""
        query = {"campaign": self.campaign_id, "year": YEAR, "dry_run": str(dry_run).lower(), **params}
        return await self.client.post(
            "/api/v1/imports/registrations",
            params=query,
            files={"file": (filename, content, content_type)},
            headers={**self.demo.headers(user), **(headers or {})},
        )


async def make_campaign(session: Any, owner: str = "QT-VL") -> Campaign:
    """A campaign owned by `owner` with a cycle for YEAR (inserted directly)."""
    if await session.get(AuthorityProfile, "district_2023") is None:
        session.add(AuthorityProfile(code="district_2023", label_vi="KH 2023", label_en="Plan 2023", is_default=True))
    unit = (await session.execute(select(Unit).where(Unit.code == owner))).scalar_one()
    campaign = Campaign(
        name=f"Giai đoạn {YEAR}–{YEAR + 2}",
        start_year=YEAR,
        end_year=YEAR + 2,
        owning_unit_id=unit.id,
        owning_unit_path=unit.path,
        authority_profile="district_2023",
    )
    campaign.cycles = [
        CampaignCycle(
            year=YEAR,
            registration_windows=[
                {
                    "label": "Đăng ký",
                    "opens_on": str(TODAY - timedelta(days=10)),
                    "closes_on": str(TODAY + timedelta(days=10)),
                }
            ],
            results_due_on=TODAY + timedelta(days=30),
            recognition_starts_on=TODAY + timedelta(days=40),
            recognition_ends_on=TODAY + timedelta(days=70),
        )
    ]
    session.add(campaign)
    await session.commit()
    return campaign


@pytest.fixture
async def reg(database: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign and a client on an app that serves the registration form."""
    campaign = await make_campaign(session)
    transport = httpx.ASGITransport(app=app_with_router(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Reg(client, demo, session, campaign)


def workbook_bytes(book: Workbook) -> bytes:
    """Save an openpyxl workbook to bytes."""
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


HEADER = [
    "Số TT",
    "Tên đơn vị đăng ký",
    "Tên mô hình công tác “DVK”",
    f"Mục tiêu (chỉ tiêu) cần đạt được trong năm {YEAR}",
    "Lĩnh vực Kinh tế",
    None,
    "Lĩnh vực VH - XH",
    None,
    "Lĩnh vực QP - AN",
    None,
    "Lĩnh vực Xây dựng hệ thống chính trị",
    None,
    "Lĩnh vực Xây dựng nông thôn mới",
    None,
    "Lĩnh vực khác",
    None,
    f"Thời gian tiến hành vận động trong năm {YEAR}",
    None,
    f"Đăng ký đạt mô hình công tác, điển hình “Dân vận khéo” tiêu biểu năm {YEAR}",
    None,
]
SUBHEADER = (
    [None] * 4
    + ["Tập thể", "Cá nhân"] * 6
    + ["Thời gian bắt đầu", "Thời gian kết thúc", "Cấp cơ sở", "Cấp huyện, thành phố"]
)
FIELD_COLUMN = {
    "economy": 4,
    "culture_society": 6,
    "defence_security": 8,
    "political_system": 10,
    "new_rural": 12,
    "other": 14,
}


def form_row(
    no: int,
    unit: str,
    name: str,
    *,
    field: str | None = "economy",
    kind: str = "collective",
    mark: str = "x",
    start: Any = "01/03/{y}",
    end: Any = "31/12/{y}",
    level: str = "grassroots",
    targets: str = "Hộ thoát nghèo: 15 hộ",
) -> list[Any]:
    """One data row of a hand-filled form."""
    row: list[Any] = [no, unit, name, targets] + [None] * 16
    if field:
        row[FIELD_COLUMN[field] + (kind == "individual")] = mark
    row[16] = start.format(y=YEAR) if isinstance(start, str) else start
    row[17] = end.format(y=YEAR) if isinstance(end, str) else end
    row[18 + (level == "district")] = "x"
    return row


def hand_form(rows: list[list[Any]], *, header_at: int = 5, total: bool = True) -> bytes:
    """A form as people fill it: title lines, the header at row `header_at`, data, blank rows, a total row."""
    book = Workbook()
    ws = book.active
    ws.title = "Danh sách"
    ws.cell(1, 1, "HUYỆN VĨNH LINH")
    ws.cell(2, 1, f"DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ NĂM {YEAR}")
    for col, value in enumerate(HEADER, start=1):
        ws.cell(header_at, col, value)
    for col, value in enumerate(SUBHEADER, start=1):
        ws.cell(header_at + 1, col, value)
    line = header_at + 2
    for row in rows:
        for col, value in enumerate(row, start=1):
            ws.cell(line, col, value)
        line += 1
    if total:
        ws.cell(line + 1, 1, "Tổng")
    return workbook_bytes(book)


def open_xlsx(content: bytes) -> Any:
    """The first sheet of a workbook (full mode, to see merges)."""
    return load_workbook(io.BytesIO(content)).worksheets[0]
