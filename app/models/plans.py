"""Units' "Dân vận khéo" plans (seed 000 §2.1: "100% cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương … có kế
hoạch tổ chức thực hiện phong trào thi đua “Dân vận khéo” và phổ biến, tuyên truyền"): one plan per unit and
campaign, with who issued it, when it was disseminated, and optionally the plan document itself (bytes in the
blob store by their SHA-256, like evidence files). Which unit kinds are expected to have one is data."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped


class PlanUnitKind(Base):
    """A unit kind whose units are expected to have a plan (party organisations, agencies and units,
    localities: the seed's "cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương")."""

    __tablename__ = "plan_unit_kinds"

    kind_code: Mapped[str] = mapped_column(ForeignKey("unit_kinds.code"), primary_key=True)


class UnitPlan(Timestamped, Base):
    """A unit's plan for a campaign (kế hoạch tổ chức thực hiện phong trào thi đua "Dân vận khéo")."""

    __tablename__ = "unit_plans"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"))
    # No copy of the unit's path: visibility joins the unit tree, so a moved unit's plan follows it.
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    document_number: Mapped[str] = mapped_column(String(100))  # "45-KH/ĐU"
    title: Mapped[str] = mapped_column(String(500))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(300))  # "Ban Chấp hành Đảng bộ xã Vĩnh Thạch"
    # Quán triệt, triển khai: when and how the plan was disseminated (null: not yet).
    disseminated_on: Mapped[date | None] = mapped_column(Date)
    dissemination_note: Mapped[str | None] = mapped_column(Text)
    # The plan document, when one is attached (the bytes are in the blob store, addressed by sha256).
    document_filename: Mapped[str | None] = mapped_column(String(255))
    document_media_type: Mapped[str | None] = mapped_column(String(100))
    document_size: Mapped[int | None] = mapped_column(BigInteger)
    document_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # Also the index coverage reads a campaign's plans by.
        UniqueConstraint("campaign_id", "unit_id", name="uq_unit_plans_campaign_unit"),
        CheckConstraint("disseminated_on IS NULL OR disseminated_on >= issued_on", name="dissemination_order"),
    )
