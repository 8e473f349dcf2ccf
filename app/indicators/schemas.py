"""Bodies of /campaigns/{id}/cycles/{year}/indicators, /indicators, /indicator-values and /reports/indicators."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, model_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.types import IsoDate, UnitId

TargetKind = Literal["count", "yes_no", "percentage"]
Code = Field(pattern=r"^[a-z][a-z0-9_]{1,59}$", description="Stable code within the campaign year.")

_DIALOGUE_INDICATOR: dict[str, Any] = {
    "code": "direct_dialogue",
    "label_vi": "Trong năm, người đứng đầu cấp ủy, chính quyền các cấp tổ chức tiếp xúc, đối thoại trực tiếp, "
    "định kỳ với Nhân dân ít nhất 01 cuộc.",
    "label_en": "During the year the heads of the party committee and of the government at each level hold at "
    "least one regular direct meeting and dialogue with the people.",
    "target_kind": "count",
    "target_value": 1,
    "unit_kinds": ["grassroots_party_committee", "district_party_committee", "peoples_committee"],
    "source": "seed 003 §I.1.2",
    "sort_order": 2,
}
_UNIT: dict[str, Any] = {
    "id": 30,
    "code": "QT-VL-VT-DU",
    "name": "Đảng ủy Xã Vĩnh Thạch",
    "kind_code": "grassroots_party_committee",
}
_DIALOGUE: dict[str, Any] = {
    "unit_id": 30,
    "value": 1,
    "occurred_on": "2025-05-15",
    "held_by": "Đồng chí Bí thư Đảng ủy xã",
    "attendance": 120,
    "minutes": "Nhân dân phản ánh về đường giao thông nội đồng thôn Tân Lập; Đảng ủy giao UBND xã khảo sát.",
    "document_ref": "Biên bản số 05-BB/ĐU ngày 15/5/2025",
    "note": None,
}


class IndicatorWrite(BaseModel):
    """A catalogue entry as an administrator sends it."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_DIALOGUE_INDICATOR]})

    code: str = Code
    label_vi: str = Field(min_length=1, max_length=2000)
    label_en: str = Field(min_length=1, max_length=2000)
    target_kind: TargetKind
    target_value: StrictFloat = Field(ge=0, le=1_000_000)
    unit_kinds: list[str] = Field(min_length=1, max_length=30, description="The unit kinds expected to report.")
    source: str = Field("", max_length=200)
    sort_order: StrictInt = Field(0, ge=0, le=10_000)


class IndicatorUpdate(BaseModel):
    """A change to a catalogue entry (the code stays)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"target_value": 2}, {"unit_kinds": ["peoples_committee"]}]}
    )

    label_vi: str | None = Field(None, min_length=1, max_length=2000)
    label_en: str | None = Field(None, min_length=1, max_length=2000)
    target_kind: TargetKind | None = None
    target_value: StrictFloat | None = Field(None, ge=0, le=1_000_000)
    unit_kinds: list[str] | None = Field(None, min_length=1, max_length=30)
    source: str | None = Field(None, max_length=200)
    sort_order: StrictInt | None = Field(None, ge=0, le=10_000)


class IndicatorRead(BaseModel):
    """One indicator of a campaign year."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": "3f1c2a8e-5b7d-4c1e-9a2f-0d6b8e4c7a11",
                    "campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90",
                    "year": 2025,
                    **_DIALOGUE_INDICATOR,
                    "version": 1,
                    "created_at": "2025-01-10T02:00:00Z",
                    "updated_at": "2025-01-10T02:00:00Z",
                }
            ]
        },
    )

    id: uuid.UUID
    campaign_id: uuid.UUID
    year: int
    code: str
    label_vi: str
    label_en: str
    target_kind: TargetKind
    target_value: float
    unit_kinds: list[str]
    source: str
    sort_order: int
    version: int
    created_at: datetime
    updated_at: datetime


class IndicatorCatalogue(BaseModel):
    """A campaign year's indicators, by sort order then code."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90",
                    "year": 2025,
                    "indicators": [
                        {
                            "id": "3f1c2a8e-5b7d-4c1e-9a2f-0d6b8e4c7a11",
                            "campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90",
                            "year": 2025,
                            **_DIALOGUE_INDICATOR,
                            "version": 1,
                            "created_at": "2025-01-10T02:00:00Z",
                            "updated_at": "2025-01-10T02:00:00Z",
                        }
                    ],
                }
            ]
        }
    )

    campaign_id: uuid.UUID
    year: int
    indicators: list[IndicatorRead]


class UnitBrief(BaseModel):
    """A unit, briefly."""

    id: int
    code: str
    name: str
    kind_code: str


class IndicatorValueCreate(BaseModel):
    """A value a unit reports, with its evidence (for a dialogue: when, who held it, attendance, minutes)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [_DIALOGUE]})

    unit_id: UnitId
    value: StrictFloat = Field(
        1, ge=0, le=1_000_000, description="count: how many (default 1); yes_no: 1 or 0; percentage: percent."
    )
    occurred_on: IsoDate = Field(description="When it happened or was assessed (YYYY-MM-DD), in the year.")
    held_by: str | None = Field(None, max_length=300, description="Who held it (e.g. the committee's secretary).")
    attendance: StrictInt | None = Field(None, ge=0, le=1_000_000, description="How many people took part.")
    minutes: str | None = Field(None, max_length=20_000, description="The minutes' text or a summary.")
    document_ref: str | None = Field(None, max_length=500, description="Reference of the minutes or document.")
    note: str | None = Field(None, max_length=2000)


class IndicatorValueCorrection(BaseModel):
    """A correction of a reported value: the fields that change (the others stay) and why."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"attendance": 135, "reason": "Biên bản ghi 135 người dự, báo cáo trước nhập nhầm 120."},
                {"value": 0, "reason": "Ban Giám sát đầu tư của cộng đồng chưa có quyết định thành lập."},
            ]
        },
    )

    value: Annotated[StrictFloat, Field(ge=0, le=1_000_000)] | SkipJsonSchema[None] = Field(
        None, description="The corrected value."
    )
    occurred_on: IsoDate | SkipJsonSchema[None] = Field(None, description="The corrected date (in the year).")
    held_by: str | None = Field(None, max_length=300)
    attendance: StrictInt | None = Field(None, ge=0, le=1_000_000)
    minutes: str | None = Field(None, max_length=20_000)
    document_ref: str | None = Field(None, max_length=500)
    note: str | None = Field(None, max_length=2000)
    reason: str = Field(min_length=1, max_length=2000, description="Why the value is corrected (kept in its history).")

    @model_validator(mode="after")
    def _required_fields_stay(self) -> IndicatorValueCorrection:
        for name in ("value", "occurred_on"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"`{name}` may be corrected, not removed")
        return self

    def changes(self) -> dict[str, Any]:
        """The fields the correction gives (reason aside)."""
        return {name: getattr(self, name) for name in self.model_fields_set if name != "reason"}


class IndicatorValueEvidence(BaseModel):
    """A value's fields as they stood before a correction."""

    value: float
    occurred_on: date
    held_by: str | None
    attendance: int | None
    minutes: str | None
    document_ref: str | None
    note: str | None


class IndicatorValueCorrectionRead(BaseModel):
    """One correction of a value: what it replaced, who made it, when and why."""

    version: int = Field(description="The value's version the correction produced.")
    previous: IndicatorValueEvidence
    reason: str
    corrected_by_id: uuid.UUID
    corrected_at: datetime


class IndicatorValueRead(BaseModel):
    """A reported value with its evidence, and its corrections, oldest first."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "5b2e7c1d-9f3a-4e8b-a6d0-1c2b3a4d5e6f",
                    "indicator_id": "3f1c2a8e-5b7d-4c1e-9a2f-0d6b8e4c7a11",
                    "indicator_code": "direct_dialogue",
                    **{k: v for k, v in _DIALOGUE.items() if k != "unit_id"},
                    "unit": _UNIT,
                    "reported_by_id": "9dbf2494-f1be-4b7a-ac71-0365153c7111",
                    "reported_at": "2025-05-16T03:00:00Z",
                    "version": 1,
                    "corrections": [],
                }
            ]
        }
    )

    id: uuid.UUID
    indicator_id: uuid.UUID
    indicator_code: str
    unit: UnitBrief
    value: float
    occurred_on: date
    held_by: str | None
    attendance: int | None
    minutes: str | None
    document_ref: str | None
    note: str | None
    reported_by_id: uuid.UUID
    reported_at: datetime
    version: int = Field(description="Sent as the ETag; send it back in If-Match to correct the value.")
    corrections: list[IndicatorValueCorrectionRead] = Field(default_factory=list)


class UnitResult(BaseModel):
    """A unit expected to report an indicator, and what it reached (null: nothing reported)."""

    unit: UnitBrief
    achieved: float | None


class IndicatorResult(BaseModel):
    """One indicator over a subtree: the units it applies to, how many meet the target, and those that miss."""

    code: str
    label_vi: str
    label_en: str
    target_kind: TargetKind
    target_value: float
    units: int = Field(description="Active units of the subtree whose kind the indicator applies to.")
    units_met: int
    share: float | None = Field(description="Percent of those units meeting the target (1 decimal).")
    met: bool | None = Field(description="Every such unit meets the target (null when no unit applies).")
    missing: list[UnitResult] = Field(description="Units that miss the target, by unit code.")


class IndicatorReport(BaseModel):
    """GET /reports/indicators: each indicator of the campaign year against its target in a subtree."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "campaign_id": "8a0d3c52-7e4b-4f0a-b1c9-2e5d6f7a8b90",
                    "year": 2025,
                    "unit": {"id": 29, "code": "QT-VL-VT", "name": "Xã Vĩnh Thạch", "kind_code": "commune"},
                    "indicators": [
                        {
                            "code": "direct_dialogue",
                            "label_vi": _DIALOGUE_INDICATOR["label_vi"],
                            "label_en": _DIALOGUE_INDICATOR["label_en"],
                            "target_kind": "count",
                            "target_value": 1,
                            "units": 2,
                            "units_met": 1,
                            "share": 50.0,
                            "met": False,
                            "missing": [
                                {
                                    "unit": {
                                        "id": 32,
                                        "code": "QT-VL-VT-UBND",
                                        "name": "Ủy ban nhân dân Xã Vĩnh Thạch",
                                        "kind_code": "peoples_committee",
                                    },
                                    "achieved": None,
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )

    campaign_id: uuid.UUID
    year: int
    unit: UnitBrief
    indicators: list[IndicatorResult]
