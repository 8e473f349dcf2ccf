"""Registration lists a unit has sent (seed 002 §III.2): the form frozen at the moment it was sent.

A sent list is immutable; a corrected list is a new version. The XLSX lives in the blob store (addressed by
its SHA-256, like evidence files); the JSON rows are kept on the row."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class SentRegistrationList(Base):
    """One version of one unit's registration list for a campaign year, as sent."""

    __tablename__ = "registration_lists"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    year: Mapped[int] = mapped_column(Integer)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    # Copies of the sending and receiving units' paths: the visibility rule filters on them without a join.
    unit_path: Mapped[str] = mapped_column(String(1000))
    receiving_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    receiving_unit_path: Mapped[str] = mapped_column(String(1000))
    version: Mapped[int] = mapped_column(Integer)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    sent_on: Mapped[date] = mapped_column(Date)  # the day it was sent, in the campaign's time zone
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    total: Mapped[int] = mapped_column(Integer)
    rows: Mapped[dict[str, Any]] = mapped_column(JSON)  # the form as JSON (RegistrationList), individuals' names
    original_filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)

    __table_args__ = (
        UniqueConstraint("campaign_id", "year", "unit_id", "version", name="uq_registration_lists_version"),
        Index("ix_registration_lists_campaign_year", "campaign_id", "year"),
    )
