"""The email outbox: every email the notification channel writes, one row each, from queued to sent (or failed,
bounced, skipped).

A notification is emailed at most once (`notification_id` is unique: an immediate email carries one notification)
and a person gets at most one digest per local day (`user_id`, `digest_on` unique). The worker sends; a request
never does (app/notifications/email)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, UTCDateTime, utcnow

EMAIL_KINDS = ("immediate", "digest")
# queued: waiting to be sent (again, after `next_attempt_at`); sent: the SMTP server (or the file backend) took
# it; failed: given up after every attempt; bounced: the server refused it for good (5xx to the recipient or
# the message); skipped: not sent by rule (no address, the person deactivated) — never an error.
EMAIL_STATUSES = ("queued", "sent", "failed", "bounced", "skipped")


class EmailMessage(Base):
    """One email to one person: its rendered texts, the notifications it carries, and how sending went."""

    __tablename__ = "email_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The address it was (or is to be) sent to: the person's address when it was queued, refreshed at sending.
    address: Mapped[str | None] = mapped_column(String(254))
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    # Every notification it carries (an immediate email: one; a digest: the day's unread ones).
    notification_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    # An immediate email's one notification (unique: a notification is emailed once).
    notification_id: Mapped[int | None] = mapped_column(
        BigIntPK, ForeignKey("notifications.id", ondelete="SET NULL"), unique=True
    )
    # A digest's local day in the person's time zone (unique per person: one digest a day).
    digest_on: Mapped[date | None] = mapped_column(Date)
    # The Message-ID header, the same on every attempt (a receiver can drop a resent copy by it).
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    # The SMTP server's last answer code (a 4xx or 5xx), when it gave one.
    last_smtp_code: Mapped[int | None] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A sender holds the message until then (two workers never send it at once; a killed one's hold runs out).
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        CheckConstraint("kind IN (" + ",".join(f"'{k}'" for k in EMAIL_KINDS) + ")", name="kind"),
        CheckConstraint("status IN (" + ",".join(f"'{s}'" for s in EMAIL_STATUSES) + ")", name="status"),
        CheckConstraint(
            "(kind = 'digest' AND digest_on IS NOT NULL) OR (kind = 'immediate' AND digest_on IS NULL)",
            name="digest_day",
        ),
        UniqueConstraint("user_id", "digest_on", name="uq_email_messages_user_digest_on"),
        Index("ix_email_messages_user_id_id", "user_id", "id"),
        # The retention purge and the operators' "what is stuck" look by status and age.
        Index("ix_email_messages_status_created_at", "status", "created_at"),
    )
