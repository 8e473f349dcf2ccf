"""Bodies of the follow-up endpoints: what a board's officer records, and what everyone who sees the model reads."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.core.codes import FollowUpKindCode
from app.core.labels import FOLLOW_UP_KINDS
from app.core.types import IsoDate
from app.registry.schemas import UnitRef
from app.workflow.codes import StateCode

Participant = Annotated[str, Field(min_length=1, max_length=200)]

# A kind as a query parameter: one of the catalogue's codes, else 422 (the contract names it `FollowUpKind`).
if TYPE_CHECKING:
    FollowUpKindParam = str
else:
    FollowUpKindParam = Literal[tuple(FOLLOW_UP_KINDS)]


class FollowUpCreate(BaseModel):
    """A visit or check of a model by a board: when, what kind, who else took part, what was found, what is
    asked of the registrant and by when, the model's files it rests on, and earlier requests found done."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "visited_on": "2025-06-12",
                    "kind": "inspection",
                    "participants": ["Nguyễn Thị Hoa (Khối Dân vận xã Vĩnh Thạch)"],
                    "findings": "Đã vận động 25/40 hộ cải tạo vườn tạp; 3 hộ còn băn khoăn về vốn.",
                    "request": "Phối hợp Hội Nông dân xã hướng dẫn 3 hộ vay vốn; báo cáo kết quả.",
                    "request_due_on": "2025-07-15",
                    "evidence_ids": [],
                    "resolves": [],
                }
            ]
        },
    )

    visited_on: IsoDate = Field(description="The day of the visit or check (YYYY-MM-DD); not after today.")
    kind: FollowUpKindCode = Field(description="What it was (labels: `kind_label`).")
    participants: list[Participant] = Field(
        default_factory=list, max_length=30, description="Others who took part, besides the officer recording it."
    )
    findings: str = Field(min_length=1, max_length=20000, description="What was found (đánh giá, nhận xét).")
    request: str | None = Field(
        default=None, min_length=1, max_length=20000, description="What the registrant is asked to do (kiến nghị)."
    )
    request_due_on: IsoDate | None = Field(
        default=None, description="By when the request is to be done: only with a request, not before the visit."
    )
    evidence_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=50, description="Files of the model's dossier the follow-up cites."
    )
    resolves: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=50,
        description="Earlier follow-ups of the model whose open request this visit found done: they are closed.",
    )

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in FOLLOW_UP_KINDS:
            raise ValueError(f"kind must be one of: {', '.join(FOLLOW_UP_KINDS)}")
        return value


class FollowedModel(BaseModel):
    """The model a follow-up is about, briefly, as it is now."""

    id: uuid.UUID
    code: str
    name: str
    state: StateCode
    registrant_unit: UnitRef


class FollowUpRead(BaseModel):
    """A recorded follow-up."""

    id: uuid.UUID
    model: FollowedModel
    model_state: StateCode = Field(description="The model's state when the follow-up was recorded.")
    visited_on: date
    kind: FollowUpKindCode
    kind_label: str
    officer_id: uuid.UUID = Field(description="The board's officer who recorded it.")
    officer_name: str
    participants: list[str]
    findings: str
    request: str | None
    request_due_on: date | None
    open: bool = Field(
        description="A request not yet found done, on a model the boards still follow up (registered, "
        "implementing or reported): what `GET /follow-ups?open=true` lists."
    )
    resolved_at: datetime | None = Field(description="When a later follow-up found the request done.")
    resolved_by_id: uuid.UUID | None = Field(description="That later follow-up.")
    evidence_ids: list[uuid.UUID]
    created_at: datetime
