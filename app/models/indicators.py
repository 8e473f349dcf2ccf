"""The commune's yearly indicators (seed 003 §1): a catalogue per campaign year, and values units report
with their evidence (a dialogue: when, who held it, attendance, minutes)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow

TARGET_KINDS = ("count", "yes_no", "percentage")


class IndicatorDefinition(Timestamped, Base):
    """One indicator of a campaign year: what is measured, its target, and the unit kinds it applies to."""

    __tablename__ = "indicator_definitions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    label_vi: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    # "count": the values reported in the year add up to at least target_value; "yes_no": the latest value
    # equals target_value (1 yes, 0 no); "percentage": the latest value is at least target_value.
    target_kind: Mapped[str] = mapped_column(String(20))
    target_value: Mapped[float] = mapped_column(Float)
    unit_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("campaign_id", "year", "code", name="uq_indicator_definitions_campaign_year_code"),
        CheckConstraint("target_kind IN (" + ",".join(f"'{k}'" for k in TARGET_KINDS) + ")", name="target_kind"),
    )


class IndicatorValue(Base):
    """One value a unit reported for an indicator, with its evidence. A correction changes it (If-Match on its
    version) and keeps what it replaced in IndicatorValueCorrection."""

    __tablename__ = "indicator_values"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    indicator_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("indicator_definitions.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    unit_path: Mapped[str] = mapped_column(String(1000))
    value: Mapped[float] = mapped_column(Float)
    occurred_on: Mapped[date] = mapped_column(Date)
    held_by: Mapped[str | None] = mapped_column(String(300))
    attendance: Mapped[int | None] = mapped_column(Integer)
    minutes: Mapped[str | None] = mapped_column(Text)
    document_ref: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(Text)
    reported_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_indicator_values_unit_path", "unit_path", postgresql_ops={"unit_path": "text_pattern_ops"}),
    )


class IndicatorValueCorrection(Base):
    """A correction of a reported value: the evidence fields as they were before it, who made it, when, why."""

    __tablename__ = "indicator_value_corrections"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    value_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator_values.id", ondelete="CASCADE"), index=True)
    # The value's version this correction produced (the first correction of a value makes version 2).
    version: Mapped[int] = mapped_column(Integer)
    # {value, occurred_on, held_by, attendance, minutes, document_ref, note} before the correction.
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    corrected_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    corrected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
