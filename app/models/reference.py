"""Reference data: unit kinds, unit levels, the six fields of the movement and the five general criteria."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class UnitKind(Base):
    """A kind of unit of the political system (Tỉnh ủy, Đảng ủy cơ sở, Hội Nông dân …)."""

    __tablename__ = "unit_kinds"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_vi: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    # A party committee or party cell: it can lead other units and decide on recognition.
    is_party_organisation: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class UnitLevel(Base):
    """An administrative level (province, district, commune, village); rank orders them top-down."""

    __tablename__ = "unit_levels"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_vi: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    rank: Mapped[int] = mapped_column(Integer)


class FieldOfWork(Base):
    """One of the six fields (lĩnh vực) a model belongs to."""

    __tablename__ = "fields"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_vi: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    description_vi: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    # The seed's "Khéo …" items: what kinds of work count in this field.
    examples_vi: Mapped[list[Any]] = mapped_column(JSON, default=list)
    requires_confirmation: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Criterion(Base):
    """One of the five general criteria of a model (seed 001 §II), scored 0–`max_score` by a survey."""

    __tablename__ = "criteria"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    # The seed's number (1–5): a survey's or a review's `criterion` is this position.
    position: Mapped[int] = mapped_column(Integer)
    label_vi: Mapped[str] = mapped_column(Text)
    label_en: Mapped[str] = mapped_column(Text)
    max_score: Mapped[int] = mapped_column(Integer, default=10)

    __table_args__ = (UniqueConstraint("position", name="uq_criteria_position"),)
