"""Bodies of the confirmation endpoints: the act asked for, its withdrawal, and a confirmation as read."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.registry.schemas import UnitRef
from app.workflow.confirmers import ConfirmationKind

ConfirmationStatus = Literal["confirmed", "withdrawn"]


class ConfirmationCreate(BaseModel):
    """What the caller confirms: the model (`other_field`) or its achievement report (`achievement_report`)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: ConfirmationKind = Field(
        description="`other_field`: the managing unit confirms the content of a model in field `other` (seed 000 "
        "§2.2); `achievement_report`: the grassroots party committee confirms an exemplar's achievement report "
        "(seed 000 §5)."
    )
    evidence_id: uuid.UUID | None = Field(
        default=None,
        description="The file confirmed: required for `achievement_report` (a file of kind `achievement_report` "
        "of this model); for `other_field`, optionally the scanned confirmation (a file of kind `confirmation`).",
    )
    note: str = Field(default="", max_length=2000, examples=["Đảng ủy xã Vĩnh Thạch xác nhận nội dung báo cáo."])


class ConfirmationWithdraw(BaseModel):
    """Why a confirmation is withdrawn."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: str = Field(min_length=1, max_length=2000, examples=["Báo cáo thành tích cần bổ sung số liệu năm 2025."])


class PersonRef(BaseModel):
    """A user who acted, briefly."""

    id: uuid.UUID
    full_name: str


class ConfirmationRead(BaseModel):
    """A confirmation act: what was confirmed, by whom of which unit, when; and its withdrawal, if any."""

    id: uuid.UUID
    model_id: uuid.UUID
    kind: ConfirmationKind
    kind_label: str
    status: ConfirmationStatus
    counts: bool = Field(
        description="The dossier rules count it now: not withdrawn, not legacy, and its unit is still the one that "
        "confirms this kind for the model."
    )
    evidence_id: uuid.UUID | None = Field(description="The file confirmed (or the scanned confirmation).")
    confirming_unit: UnitRef | None = Field(description="The unit that confirmed; null for a legacy record.")
    confirmed_by: PersonRef | None = Field(description="The user who confirmed; null for a legacy record.")
    confirmed_at: datetime
    note: str
    legacy: bool = Field(
        description="A file flagged “confirmed” at upload before confirmations were acts (migrated, dated at the "
        "upload): a record only, counted by no rule."
    )
    withdrawn_at: datetime | None
    withdrawn_by: PersonRef | None
    withdrawal_reason: str | None
