"""Campaigns (phases such as 2023–2025) and their yearly cycles."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamped

# The bounds of a reminder lead time, in days (the API refuses others with 422; the database with its CHECK).
REMINDER_DAYS_MIN = 1
REMINDER_DAYS_MAX = 90
REMINDER_COLUMNS = ("remind_registration_closing_days", "remind_results_due_days", "remind_list_due_days")


class Campaign(Timestamped, Base):
    """A phase of the movement launched by a unit, e.g. "Giai đoạn 2023–2025"."""

    __tablename__ = "campaigns"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    owning_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    owning_unit_path: Mapped[str] = mapped_column(String(1000))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Ho_Chi_Minh")
    # Which authority rule profile decides recognitions in this campaign.
    authority_profile: Mapped[str] = mapped_column(ForeignKey("authority_profiles.code"))
    # Models each unit should launch per year (seed 000: "ít nhất 01 - 02 mô hình").
    models_per_unit_min: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    models_per_unit_max: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    # The recognition standard (seed 001 §I.2.1 "đúng tiêu chuẩn"); NULL: the defaults of app/criteria/standard.py.
    standard_min_score: Mapped[float | None] = mapped_column(Float)
    standard_min_total: Mapped[float | None] = mapped_column(Float)
    # Reminder lead times, in days (app/notifications/reminders.py): before a registration window closes, before
    # results are due, before a unit's registration list is due. Each within REMINDER_DAYS_MIN–REMINDER_DAYS_MAX.
    remind_registration_closing_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    remind_results_due_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    remind_list_due_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    version: Mapped[int] = mapped_column(Integer, default=1)

    cycles: Mapped[list[CampaignCycle]] = relationship(
        back_populates="campaign", cascade="all, delete-orphan", lazy="selectin", order_by="CampaignCycle.year"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("end_year >= start_year", name="year_order"),
        *(
            CheckConstraint(f"{column} BETWEEN {REMINDER_DAYS_MIN} AND {REMINDER_DAYS_MAX}", name=column)
            for column in REMINDER_COLUMNS
        ),
    )


class CampaignCycle(Base):
    """One year of a campaign: registration windows, results-due date, recognition period."""

    __tablename__ = "campaign_cycles"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    # [{"label": "...", "opens_on": "2023-08-01", "closes_on": "2023-08-31"}, ...]
    registration_windows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    results_due_on: Mapped[date] = mapped_column(Date)
    recognition_starts_on: Mapped[date] = mapped_column(Date)
    recognition_ends_on: Mapped[date] = mapped_column(Date)
    # Units send their registration list before this day ("trước ngày 06/3", seed 002 §III.2); null: no deadline.
    lists_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    campaign: Mapped[Campaign] = relationship(back_populates="cycles")

    __table_args__ = (UniqueConstraint("campaign_id", "year", name="uq_campaign_cycles_campaign_year"),)
