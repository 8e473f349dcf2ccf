"""Bodies of /units/{id}/plans and /plans: a unit's "Dân vận khéo" plan for a campaign."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.core.pagination import Page
from app.core.types import IsoDate

_PLAN: dict[str, Any] = {
    "document_number": "45-KH/ĐU",
    "title": "Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” giai đoạn 2023 – 2025",
    "issued_on": "2023-03-10",
    "issued_by": "Ban Chấp hành Đảng bộ xã Vĩnh Thạch",
    "disseminated_on": "2023-03-20",
    "dissemination_note": "Hội nghị quán triệt đến toàn thể cán bộ, đảng viên, đoàn viên, hội viên trong xã.",
}
_UNIT: dict[str, Any] = {
    "id": 30,
    "code": "QT-VL-VT-DU",
    "name": "Đảng ủy Xã Vĩnh Thạch",
    "kind_code": "grassroots_party_committee",
}

_NUMBER: dict[str, Any] = {
    "min_length": 1,
    "max_length": 100,
    "description": "The plan's number and symbol (số, ký hiệu), e.g. 45-KH/ĐU.",
}
_TITLE: dict[str, Any] = {"min_length": 1, "max_length": 500, "description": "The plan's title (trích yếu)."}
_ISSUER: dict[str, Any] = {
    "min_length": 1,
    "max_length": 300,
    "description": "Who issued it: the issuing body or person.",
}
_ISSUED: dict[str, Any] = {"description": "The day it was issued (YYYY-MM-DD), not after today."}
_DISSEMINATED: dict[str, Any] = {
    "description": "The day it was disseminated (quán triệt, triển khai), not before issued_on nor after today."
}
_NOTE: dict[str, Any] = {"max_length": 2000, "description": "How and to whom it was disseminated."}


class PlanCreate(BaseModel):
    """A unit's plan for a campaign, as recorded."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [{"campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90", **_PLAN}]},
    )

    campaign_id: uuid.UUID = Field(description="The campaign (phase) the plan carries out; one plan per unit.")
    document_number: str = Field(**_NUMBER)
    title: str = Field(**_TITLE)
    issued_on: IsoDate = Field(**_ISSUED)
    issued_by: str = Field(**_ISSUER)
    disseminated_on: IsoDate | None = Field(None, **_DISSEMINATED)
    dissemination_note: str | None = Field(None, **_NOTE)


class PlanUpdate(BaseModel):
    """A correction: the fields sent replace the recorded ones (`disseminated_on: null` clears it)."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {"disseminated_on": "2023-03-20", "dissemination_note": _PLAN["dissemination_note"]},
                {"document_number": "46-KH/ĐU"},
            ]
        },
    )

    document_number: str | None = Field(None, **_NUMBER)
    title: str | None = Field(None, **_TITLE)
    issued_on: IsoDate | None = Field(None, **_ISSUED)
    issued_by: str | None = Field(None, **_ISSUER)
    disseminated_on: IsoDate | None = Field(None, **_DISSEMINATED)
    dissemination_note: str | None = Field(None, **_NOTE)

    @model_validator(mode="after")
    def _required_stay_set(self) -> PlanUpdate:
        """The plan's number, title, issue date and issuer can be changed, not removed."""
        for name in ("document_number", "title", "issued_on", "issued_by"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class PlanUnit(BaseModel):
    """The unit whose plan it is."""

    id: int
    code: str
    name: str
    kind_code: str


class PlanDocument(BaseModel):
    """The attached plan document (download at `content_url`; ETag is its SHA-256)."""

    filename: str
    media_type: str
    size: int
    sha256: str
    content_url: str


class PlanRead(BaseModel):
    """A unit's plan for a campaign; the ETag is its version."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                    "campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90",
                    "unit": _UNIT,
                    **_PLAN,
                    "disseminated": True,
                    "document": {
                        "filename": "45-KH-DU.pdf",
                        "media_type": "application/pdf",
                        "size": 48213,
                        "sha256": "9f2c8a7e4b1d0c3f5a6e8b9d7c2f1a0e4b3d6c8f9a1e2b7d5c4f3a0e9b8d7c6f",
                        "content_url": "/api/v1/plans/6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f/document/content",
                    },
                    "recorded_by_id": "9dbf2494-f1be-4b7a-ac71-0365153c7111",
                    "version": 2,
                    "created_at": "2023-03-21T02:00:00Z",
                    "updated_at": "2023-03-21T02:05:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    campaign_id: uuid.UUID
    unit: PlanUnit
    document_number: str
    title: str
    issued_on: date
    issued_by: str
    disseminated: bool = Field(description="True once a dissemination day is recorded.")
    disseminated_on: date | None
    dissemination_note: str | None
    document: PlanDocument | None = Field(description="The plan document; null until one is attached.")
    recorded_by_id: uuid.UUID
    version: int
    created_at: datetime
    updated_at: datetime


PlanPage = Page[PlanRead]
