"""The approval-authority policy as data: rule profiles, their rules, and per-unit overrides."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, UTCDateTime, utcnow


class AuthorityProfile(Base):
    """A named rule set, e.g. seed 000's district plan or seed 001's provincial guideline."""

    __tablename__ = "authority_profiles"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_vi: Mapped[str] = mapped_column(String(300))
    label_en: Mapped[str] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class AuthorityRule(Base):
    """One rule: which registrants it matches and which relations name the competent units.

    `match` and the three `*_via` fields are interpreted by app/policy/authority.py; lower
    `precedence` is tried first.
    """

    __tablename__ = "authority_rules"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    profile_code: Mapped[str] = mapped_column(ForeignKey("authority_profiles.code", ondelete="CASCADE"), index=True)
    case_number: Mapped[int] = mapped_column(Integer)
    precedence: Mapped[int] = mapped_column(Integer)
    match: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reviewing_via: Mapped[str] = mapped_column(String(60))
    proposing_via: Mapped[str] = mapped_column(String(60))
    deciding_via: Mapped[str] = mapped_column(String(60))
    label_vi: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(String(300), default="")

    __table_args__ = (UniqueConstraint("profile_code", "precedence", name="uq_authority_rules_profile_precedence"),)


class AuthorityOverride(Base):
    """An admin's decision that a unit's competent authority is another unit; wins over the rules."""

    __tablename__ = "authority_overrides"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), unique=True)
    deciding_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    reviewing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    proposing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reason: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
