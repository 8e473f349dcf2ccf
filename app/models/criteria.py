"""A campaign's own criteria per field (seed 001 §II: "tiêu chí cụ thể … trên từng lĩnh vực") and the extra
conditions a comprehensive model records (seed 000 §2.2(1)), with their evidence."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow


class CampaignCriterion(Timestamped, Base):
    """A criterion a campaign adds for the models of one field, scored 0–`max_score` beside the five general
    ones; `min_score` (optional) joins the recognition standard. Retired entries stay for the scores given."""

    __tablename__ = "campaign_criteria"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    field_code: Mapped[str] = mapped_column(ForeignKey("fields.code"))
    label_vi: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    max_score: Mapped[int] = mapped_column(Integer, default=10)
    min_score: Mapped[float | None] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retired_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("campaign_id", "code", name="uq_campaign_criteria_campaign_code"),
        CheckConstraint("max_score BETWEEN 1 AND 10", name="max_score"),
        CheckConstraint("min_score IS NULL OR (min_score >= 0 AND min_score <= max_score)", name="min_score"),
    )


class ModelConditions(Base):
    """The conditions a comprehensive model recorded (one row per model, versioned as a whole).

    `entries`: {condition code: {"applies", "met", "percentage", "evidence_ids", "note", "recorded_by_id",
    "recorded_by_name", "recorded_at"}}; the catalogue of codes is app/criteria/conditions.py."""

    __tablename__ = "model_conditions"

    model_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("registered_models.id", ondelete="CASCADE"), primary_key=True
    )
    entries: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
