"""Registered DVK models (mô hình "Dân vận khéo") and their on-site surveys."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamped, UTCDateTime, utcnow


class RegisteredModel(Timestamped, Base):
    """A model a collective or an individual registers, builds and gets recognised for."""

    __tablename__ = "registered_models"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    campaign_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaigns.id"), index=True)
    cycle_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("campaign_cycles.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    registrant_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # Copy of the registrant unit's path: scope filters on it without a join (kept in step on moves).
    unit_path: Mapped[str] = mapped_column(String(1000))
    registrant_kind: Mapped[str] = mapped_column(String(20))
    individual_name: Mapped[str | None] = mapped_column(String(200))
    individual_position: Mapped[str | None] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    # fold(name + " " + summary): what `q` searches.
    search_text: Mapped[str] = mapped_column(Text, default="")
    field_code: Mapped[str] = mapped_column(ForeignKey("fields.code"))
    model_type: Mapped[str] = mapped_column(String(20))
    situation: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    # [{"what", "indicator", "target_value", "unit_of_measure"}]
    targets: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    content_methods: Mapped[str] = mapped_column(Text, default="")
    area_and_target_group: Mapped[str] = mapped_column(Text, default="")
    implementing_forces: Mapped[str] = mapped_column(Text, default="")
    core_members: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    resources: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    expected_outputs: Mapped[str] = mapped_column(Text, default="")
    sustainability: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    continues_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("registered_models.id"))
    level_aimed: Mapped[str] = mapped_column(String(20), default="grassroots")
    # Replication (nhân rộng): the recognised model this one copies in another unit.
    replicates_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("registered_models.id"))

    state: Mapped[str] = mapped_column(String(20), default="draft")
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # [{"target_index", "achieved_value", "note"}] and a free-text report, from report_results.
    results: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    results_report: Mapped[str | None] = mapped_column(Text)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    is_late: Mapped[bool] = mapped_column(Boolean, default=False)

    # The authority policy's answer, stored so lists can filter on it (recomputed on every change).
    authority_case: Mapped[int | None] = mapped_column(Integer)
    deciding_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    reviewing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    proposing_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))

    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("registrant_kind IN ('collective','individual')", name="registrant_kind"),
        CheckConstraint("model_type IN ('comprehensive','field_specific')", name="model_type"),
        CheckConstraint("level_aimed IN ('grassroots','district')", name="level_aimed"),
        CheckConstraint(
            "state IN ('draft','registered','implementing','reported','surveyed','recognized',"
            "'not_recognized','returned','withdrawn','nominated','exemplar')",
            name="state",
        ),
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="date_order"),
        # Subtree indexes also hold code and id (PostgreSQL): a list page's ids come from an index-only scan.
        Index(
            "ix_registered_models_unit_path",
            "unit_path",
            postgresql_ops={"unit_path": "text_pattern_ops"},
            postgresql_include=["code", "id"],
        ),
        Index("ix_registered_models_state", "state"),
        Index("ix_registered_models_field_year", "field_code", "year"),
        Index("ix_registered_models_year_created", "year", "created_at"),
        Index("ix_registered_models_authority_case", "authority_case"),
        # A field within a subtree (the list's commonest filter pair): one index range, not a BitmapAnd of two.
        Index(
            "ix_registered_models_field_unit_path",
            "field_code",
            "unit_path",
            postgresql_ops={"unit_path": "text_pattern_ops"},
            postgresql_include=["code", "id"],
        ),
        # Reports: the campaign's models of a year in a subtree; the coverage seed reads state and registrant
        # unit from the index alone (PostgreSQL INCLUDE).
        Index(
            "ix_registered_models_campaign_year_unit_path",
            "campaign_id",
            "year",
            "unit_path",
            postgresql_ops={"unit_path": "text_pattern_ops"},
            postgresql_include=["state", "registrant_unit_id"],
        ),
        # Foreign keys that are looked up: the authority's models (scope), and the self-reference a delete checks.
        Index("ix_registered_models_deciding_unit_id", "deciding_unit_id"),
        Index("ix_registered_models_reviewing_unit_id", "reviewing_unit_id"),
        Index("ix_registered_models_proposing_unit_id", "proposing_unit_id"),
        Index("ix_registered_models_continues_from_id", "continues_from_id"),
        Index("ix_registered_models_replicates_id", "replicates_id"),
        # `q` on PostgreSQL: LIKE '%…%' through a trigram index (a plain index on SQLite, never used there).
        Index(
            "ix_registered_models_search_text_trgm",
            "search_text",
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
        ),
    )


class Survey(Base):
    """An on-site inspection (khảo sát) of a model: findings and a 0–10 score per general criterion."""

    __tablename__ = "surveys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    surveyed_on: Mapped[date] = mapped_column(Date)
    officers: Mapped[list[str]] = mapped_column(JSON, default=list)
    findings: Mapped[str] = mapped_column(Text)
    # [{"criterion": 1..5, "score": 0..10, "comment": "..."}]
    scores: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    total_score: Mapped[float] = mapped_column(Float)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    recorded_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
