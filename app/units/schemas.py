"""Request and response bodies of the unit tree endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.i18n import Text
from app.core.types import UnitId
from app.models import Unit, UnitKind, UnitLevel

UnitCode = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._-]+$"),
    Field(description="Stable unit code: letters, digits, '.', '_' or '-'; unique.", examples=["QT-VL-VT"]),
]
UnitName = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    Field(description="Official name in Vietnamese.", examples=["Xã Vĩnh Thạch"]),
]
ReferenceCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]

NOT_NULL = Text("Trường này không được để trống (null).", "This field may not be null.")


def path_ids(path: str) -> list[int]:
    """The ids in a materialised path, root first ("/1/7/42/" → [1, 7, 42])."""
    return [int(part) for part in path.strip("/").split("/") if part]


class UnitCreate(BaseModel):
    """A new unit under an existing parent (roots are created by the seed, not the API)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "QT-VL-VT-TDV",
                    "name": "Tổ dân vận xã Vĩnh Thạch",
                    "kind_code": "mass_mobilisation_team",
                    "level_code": "commune",
                    "parent_id": 42,
                    "party_org_id": 43,
                }
            ]
        },
    )

    code: UnitCode
    name: UnitName
    kind_code: ReferenceCode = Field(description="A code from GET /unit-kinds.", examples=["commune"])
    level_code: ReferenceCode = Field(description="A code from GET /unit-levels.", examples=["commune"])
    parent_id: UnitId = Field(description="The directly managing superior unit.")
    party_org_id: UnitId | None = Field(
        default=None, description="The party organisation that leads the unit (a unit of a party kind)."
    )


class UnitUpdate(BaseModel):
    """Fields an admin may change; omitted fields stay as they are. `party_org_id: null` clears it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"name": "Xã Vĩnh Thạch"},
                {"code": "QT-VL-VT", "party_org_id": 43},
                {"party_org_id": None},
            ]
        },
    )

    code: UnitCode | SkipJsonSchema[None] = None
    name: UnitName | SkipJsonSchema[None] = None
    kind_code: ReferenceCode | SkipJsonSchema[None] = None
    level_code: ReferenceCode | SkipJsonSchema[None] = None
    party_org_id: UnitId | None = None

    @field_validator("code", "name", "kind_code", "level_code")
    @classmethod
    def _not_null(cls, value: str | None) -> str:
        """Only party_org_id may be set to null."""
        if value is None:
            raise ValueError(NOT_NULL.render())
        return value


class UnitMove(BaseModel):
    """The new parent of a unit being moved."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"parent_id": 7}]})

    parent_id: UnitId


class UnitClose(BaseModel):
    """Why a unit is closed (e.g. merged into another after the 2025 reorganisation)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Sáp nhập vào đơn vị hành chính mới năm 2025"}]},
    )

    reason: str | None = Field(default=None, max_length=1000)


class UnitRead(BaseModel):
    """One unit of the tree."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 42,
                    "code": "QT-VL-VT",
                    "name": "Xã Vĩnh Thạch",
                    "kind_code": "commune",
                    "kind_label_vi": "Xã, phường, thị trấn",
                    "kind_label_en": "Commune, ward or township",
                    "level_code": "commune",
                    "level_label_vi": "Cấp xã",
                    "level_label_en": "Commune level",
                    "parent_id": 5,
                    "party_org_id": 43,
                    "depth": 2,
                    "path_ids": [1, 5, 42],
                    "is_active": True,
                    "closed_at": None,
                    "version": 1,
                    "created_at": "2025-01-06T02:15:00Z",
                    "updated_at": "2025-01-06T02:15:00Z",
                }
            ]
        }
    )

    id: int
    code: str
    name: str
    kind_code: str
    kind_label_vi: str
    kind_label_en: str
    level_code: str
    level_label_vi: str
    level_label_en: str
    parent_id: int | None = Field(description="The directly managing superior unit; null for a root.")
    party_org_id: int | None = Field(description="The party organisation that leads the unit, if any.")
    depth: int = Field(description="0 for a root.")
    path_ids: list[int] = Field(description="Ids from the root down to this unit (itself last).")
    is_active: bool
    closed_at: datetime | None
    closed_reason: str | None = Field(default=None, description="Why the unit was closed (e.g. merged in 2025).")
    version: int = Field(description="Sent as the ETag; send it back in If-Match to change the unit.")
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, unit: Unit, kind: UnitKind, level: UnitLevel) -> UnitRead:
        """Build from a unit and its kind and level rows."""
        return cls(
            id=unit.id,
            code=unit.code,
            name=unit.name,
            kind_code=unit.kind_code,
            kind_label_vi=kind.label_vi,
            kind_label_en=kind.label_en,
            level_code=unit.level_code,
            level_label_vi=level.label_vi,
            level_label_en=level.label_en,
            parent_id=unit.parent_id,
            party_org_id=unit.party_org_id,
            depth=unit.depth,
            path_ids=path_ids(unit.path),
            is_active=unit.is_active,
            closed_at=unit.closed_at,
            closed_reason=unit.closed_reason,
            version=unit.version,
            created_at=unit.created_at,
            updated_at=unit.updated_at,
        )


class UnitKindRead(BaseModel):
    """A kind of unit (reference data)."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "code": "grassroots_party_committee",
                    "label_vi": "Đảng bộ cơ sở (Đảng ủy)",
                    "label_en": "Grassroots party committee",
                    "is_party_organisation": True,
                }
            ]
        },
    )

    code: str
    label_vi: str
    label_en: str
    is_party_organisation: bool = Field(description="A party committee or cell: it can lead other units.")


class UnitLevelRead(BaseModel):
    """An administrative level (reference data); rank 1 is the top."""

    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [{"code": "commune", "label_vi": "Cấp xã", "label_en": "Commune level", "rank": 3}]
        },
    )

    code: str
    label_vi: str
    label_en: str
    rank: int


def unit_reads(rows: Any) -> list[UnitRead]:
    """UnitRead for each (unit, kind, level) row."""
    return [UnitRead.of(unit, kind, level) for unit, kind, level in rows]
