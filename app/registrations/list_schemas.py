"""Bodies of the sent registration lists (seed 002 §III.2): a unit's frozen form and the receiving unit's view."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.registrations.schemas import RegistrationList

ListStatus = Literal["arrived", "late", "missing"]

_SENT_EXAMPLE: dict[str, Any] = {
    "id": "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
    "campaign_id": "9c2e4a6b-1d3f-4b5a-8e7c-6d5f4e3a2b1c",
    "year": 2024,
    "unit_id": 12,
    "unit_code": "QT-VL-VG",
    "unit_name": "Xã Vĩnh Giang",
    "receiving_unit_id": 5,
    "receiving_unit_name": "Huyện Vĩnh Linh",
    "version": 1,
    "sent_at": "2024-03-04T02:15:00Z",
    "sent_on": "2024-03-04",
    "sent_by_id": "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
    "due_on": "2024-03-06",
    "late": False,
    "total": 3,
    "filename": "Danh sách đăng ký DVK Xã Vĩnh Giang 2024 (lần 1).xlsx",
    "size": 6144,
    "sha256": "9f2b5c0e8d7a6b4c3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d",
}


class SentListRead(BaseModel):
    """One version of a unit's registration list as it was sent: when, by whom, to which unit, late or not."""

    model_config = ConfigDict(json_schema_extra={"examples": [_SENT_EXAMPLE]})

    id: uuid.UUID
    campaign_id: uuid.UUID
    year: int
    unit_id: int
    unit_code: str
    unit_name: str
    receiving_unit_id: int = Field(description="The campaign's owning unit, which receives registrations.")
    receiving_unit_name: str
    version: int = Field(description="1 for the first list; a corrected list is the next version.")
    sent_at: datetime
    sent_on: date = Field(description="The day it was sent, in the campaign's time zone.")
    sent_by_id: uuid.UUID
    due_on: date | None = Field(description="The cycle's deadline when it was sent (lists due before that day).")
    late: bool = Field(description="Sent on or after `due_on` (the seed's “trước ngày 06/3”).")
    total: int = Field(description="Models listed.")
    filename: str
    size: int = Field(description="Bytes of the frozen XLSX.")
    sha256: str = Field(description="SHA-256 of the frozen XLSX (also its ETag).")


class SentListDetail(SentListRead):
    """A sent list with its frozen rows (the JSON form as it stood, individuals' names included)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    **_SENT_EXAMPLE,
                    "form": {
                        "campaign_id": _SENT_EXAMPLE["campaign_id"],
                        "year": 2024,
                        "unit_id": 12,
                        "unit_name": "Xã Vĩnh Giang",
                        "title": "DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ NĂM 2024",
                        "rows": [],
                        "total": 0,
                        "totals": {"economy_collective": 0},
                    },
                }
            ]
        }
    )

    form: RegistrationList


class ExpectedUnit(BaseModel):
    """A unit expected on a list (it registered models, or sent a list), and whether a list covering it — its
    own or one sent by a unit above it, e.g. its commune's — arrived."""

    unit_id: int
    unit_code: str
    unit_name: str
    status: ListStatus = Field(
        description="`arrived`: its first list came before the deadline (or there is none); `late`: on or after "
        "it; `missing`: no list yet."
    )
    versions: int = Field(description="Lists covering it that were sent (corrections included).")
    latest_list_id: uuid.UUID | None
    covered_by_unit_id: int | None = Field(description="The unit that sent the latest list covering this one.")
    first_sent_at: datetime | None


class SentListsOverview(BaseModel):
    """The lists sent by the units of a subtree for a campaign year, and the units expected to send one."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "campaign_id": _SENT_EXAMPLE["campaign_id"],
                    "year": 2024,
                    "unit_id": 5,
                    "due_on": "2024-03-06",
                    "lists": [_SENT_EXAMPLE],
                    "units": [
                        {
                            "unit_id": 12,
                            "unit_code": "QT-VL-VG",
                            "unit_name": "Xã Vĩnh Giang",
                            "status": "arrived",
                            "versions": 1,
                            "latest_list_id": _SENT_EXAMPLE["id"],
                            "covered_by_unit_id": 12,
                            "first_sent_at": "2024-03-04T02:15:00Z",
                        },
                        {
                            "unit_id": 14,
                            "unit_code": "QT-VL-VT",
                            "unit_name": "Xã Vĩnh Thái",
                            "status": "missing",
                            "versions": 0,
                            "latest_list_id": None,
                            "covered_by_unit_id": None,
                            "first_sent_at": None,
                        },
                    ],
                    "counts": {"arrived": 1, "late": 0, "missing": 1},
                }
            ]
        }
    )

    campaign_id: uuid.UUID
    year: int
    unit_id: int
    due_on: date | None
    lists: list[SentListRead]
    units: list[ExpectedUnit]
    counts: dict[str, int] = Field(description="Units per status.")
