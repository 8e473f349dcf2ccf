"""Confirmations (xác nhận): acts by a user of the unit the seeds name, recorded with who and when, never a
flag a file carries.

Two kinds (seed 000): `other_field`, a model in the field `other` confirmed by its directly managing unit
("được cơ quan, đơn vị trực tiếp quản lý xác nhận", §2.2), with the scanned paper if there is one; and
`achievement_report`, an exemplar's achievement report confirmed by the grassroots party committee ("có xác
nhận của cấp ủy cơ sở", §5), naming the file. A confirmation is withdrawn (with a reason, who, when), never
deleted. A `legacy` row is a file flagged "confirmed" at upload before confirmations were acts: kept as a
record, with no user and no unit, and counted by no guard.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow

CONFIRMATION_KINDS = ("other_field", "achievement_report")


class Confirmation(Base):
    """One confirmation act on a model (or one file of its dossier)."""

    __tablename__ = "confirmations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    # The file confirmed (an achievement report), or the scanned paper of an `other_field` confirmation.
    evidence_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("evidence.id"), index=True)
    confirming_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    confirmed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    legacy: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_at: Mapped[datetime | None] = mapped_column()
    withdrawn_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("kind IN (" + ",".join(f"'{k}'" for k in CONFIRMATION_KINDS) + ")", name="kind"),
        CheckConstraint("kind <> 'achievement_report' OR evidence_id IS NOT NULL", name="report_named"),
        CheckConstraint("legacy OR (confirmed_by_id IS NOT NULL AND confirming_unit_id IS NOT NULL)", name="actor"),
        CheckConstraint(
            "(withdrawn_at IS NULL AND withdrawn_by_id IS NULL AND withdrawal_reason IS NULL) OR "
            "(withdrawn_at IS NOT NULL AND withdrawn_by_id IS NOT NULL AND withdrawal_reason IS NOT NULL)",
            name="withdrawal",
        ),
        Index("ix_confirmations_model_kind", "model_id", "kind"),
    )
