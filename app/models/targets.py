"""Coverage targets (DOMAIN §7): unit categories mapped to unit kinds by data, and each campaign's
targets per category and for models per unit."""

from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class UnitCategory(Base):
    """A category the plans set targets for (agencies and units; communes and towns; villages …)."""

    __tablename__ = "unit_categories"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_vi: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class UnitCategoryKind(Base):
    """Which unit kinds count in a category (data, so a locality can change it)."""

    __tablename__ = "unit_category_kinds"

    category_code: Mapped[str] = mapped_column(ForeignKey("unit_categories.code", ondelete="CASCADE"), primary_key=True)
    kind_code: Mapped[str] = mapped_column(ForeignKey("unit_kinds.code"), primary_key=True)


class CampaignTarget(Base):
    """A campaign's target for one category: the share of its units with a working model."""

    __tablename__ = "campaign_targets"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    category_code: Mapped[str] = mapped_column(ForeignKey("unit_categories.code"))
    # "gt": more than share_percent ("trên 80%"); "gte": at least share_percent ("100%").
    comparator: Mapped[str] = mapped_column(String(3), default="gte")
    share_percent: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("campaign_id", "category_code", name="uq_campaign_targets_campaign_category"),
        CheckConstraint("comparator IN ('gt','gte')", name="comparator"),
        CheckConstraint("share_percent >= 0 AND share_percent <= 100", name="share_range"),
    )
