"""A person's notifications (the inbox) and their preferences for how to be told.

A notification is written once per person and occasion: `occasion_key` is unique per user, so the same event
or the same calendar occasion (a deadline, a review) seen by several workers, or after a restart, adds one row.
Its texts are rendered when it is written (the catalogue's template with `data`), in Vietnamese and English, so
an inbox read needs no joins and a later change of wording does not rewrite what someone was told."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, UTCDateTime, utcnow

EMAIL_MODES = ("off", "immediate", "digest")
# Where a notification stands with the email channel (app/notifications/email): pending (not looked at yet),
# queued (an immediate email carries it), digest (waits for its person's daily digest), digested (a digest
# carried it), off (not emailed: the person's email was off, or it was written before the email channel existed),
# skipped (not emailed: no address, or the person deactivated).
NOTIFICATION_EMAIL_STATES = ("pending", "queued", "digest", "digested", "off", "skipped")


class Notification(Base):
    """One thing one person is told."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(60))
    occasion_key: Mapped[str] = mapped_column(String(300))
    text_vi: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    # What it points to: a model, review, decision, campaign, registration list, import …
    resource_type: Mapped[str] = mapped_column(String(40))
    resource_id: Mapped[str] = mapped_column(String(64))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The event it was made from (none for a calendar reminder).
    event_id: Mapped[int | None] = mapped_column(BigIntPK)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    email_state: Mapped[str] = mapped_column(String(12), default="pending", server_default="pending")

    __table_args__ = (
        UniqueConstraint("user_id", "occasion_key", name="uq_notifications_user_occasion"),
        CheckConstraint(
            "email_state IN (" + ",".join(f"'{s}'" for s in NOTIFICATION_EMAIL_STATES) + ")", name="email_state"
        ),
        # The email producer's work: the notifications it has not looked at yet, oldest first.
        Index(
            "ix_notifications_email_pending",
            "id",
            sqlite_where=text("email_state = 'pending'"),
            postgresql_where=text("email_state = 'pending'"),
        ),
        # The inbox: a person's newest first; the unread count.
        Index("ix_notifications_user_id_id", "user_id", "id"),
        Index("ix_notifications_user_unread", "user_id", "read_at"),
    )


class NotificationPreference(Base):
    """How a person wants to be told (no row: the defaults). Types the person's role must receive are delivered
    whatever `muted_types` says (app/notifications/catalogue.py `mandatory`)."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    email_mode: Mapped[str] = mapped_column(String(20), default="immediate")
    # The local hour (in the person's time zone, `timezone`) a digest is sent at.
    digest_hour: Mapped[int] = mapped_column(Integer, default=7)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Ho_Chi_Minh")
    muted_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    push_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("email_mode IN (" + ",".join(f"'{m}'" for m in EMAIL_MODES) + ")", name="email_mode"),
        CheckConstraint("digest_hour >= 0 AND digest_hour <= 23", name="digest_hour"),
    )
