"""Follow-ups (theo dõi, kiểm tra) of a registered model by the mass-mobilisation boards, between its
registration and its survey (seed 001 §III.2.1: "theo dõi quá trình thực hiện, … kịp thời biểu dương mặt tích
cực, đồng thời có biện pháp giúp đỡ khắc phục những mặt còn khó khăn, hạn chế")."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

# Kinds of follow-up (labels: app/core/labels.py FOLLOW_UP_KINDS).
FOLLOW_UP_KINDS = ("monitoring", "inspection", "praise", "guidance", "reminder")


class FollowUp(Base):
    """One visit or check of a model by a board's officer: what was found, what is asked of the registrant
    (with an optional due date), and the model's files it rests on. Only `resolved_at` / `resolved_by_id`
    are ever written after the insert (a later follow-up finds the request done)."""

    __tablename__ = "follow_ups"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"))
    # The model's state on the day it was recorded (the state itself never changes by a follow-up).
    model_state: Mapped[str] = mapped_column(String(20))
    visited_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    officer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    findings: Mapped[str] = mapped_column(Text)
    request: Mapped[str | None] = mapped_column(Text)
    request_due_on: Mapped[date | None] = mapped_column(Date)
    # Ids (strings) of files of the model's dossier the follow-up cites.
    evidence_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("follow_ups.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        CheckConstraint("kind IN (" + ",".join(f"'{k}'" for k in FOLLOW_UP_KINDS) + ")", name="kind"),
        CheckConstraint("request_due_on IS NULL OR request IS NOT NULL", name="due_needs_request"),
        CheckConstraint("resolved_at IS NULL OR request IS NOT NULL", name="resolved_needs_request"),
        # A model's follow-ups in order (its list, its count and latest visit on the model read).
        Index("ix_follow_ups_model_visited", "model_id", "visited_on"),
        # The open requests the boards chase, by due date.
        Index("ix_follow_ups_request_due_on", "request_due_on"),
        Index("ix_follow_ups_resolved_by_id", "resolved_by_id"),
    )
