"""The unit tree.

Ancestors and subtrees use a materialised path ("/1/7/42/"): a subtree is one index range
('/1/7/' <= path < '/1/70' byte-wise, text_pattern_ops on PostgreSQL), ancestors are the ids in the path, so
neither walks the tree row by row. Reads vastly outnumber moves, and a move rewrites the moved
subtree's paths in one UPDATE. A closure table would cost O(depth) rows per unit and a recursive
CTE a walk per query; the path is the cheapest for a tree of ~100 000 units read on every request.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, Timestamped, UTCDateTime


class Unit(Timestamped, Base):
    """A unit of the political system: a node of the tree."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    # Lower-case, diacritics removed (đ → d): what `q` searches.
    name_search: Mapped[str] = mapped_column(String(300), index=True)
    kind_code: Mapped[str] = mapped_column(ForeignKey("unit_kinds.code"), index=True)
    level_code: Mapped[str] = mapped_column(ForeignKey("unit_levels.code"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    # The party organisation that leads this unit, where it has one (None: no party organisation).
    party_org_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    path: Mapped[str] = mapped_column(String(1000))
    depth: Mapped[int] = mapped_column(Integer)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_units_path", "path", postgresql_ops={"path": "text_pattern_ops"}),
        # `q` on PostgreSQL: LIKE '%…%' through a trigram index (a plain index on SQLite).
        Index(
            "ix_units_name_search_trgm",
            "name_search",
            postgresql_using="gin",
            postgresql_ops={"name_search": "gin_trgm_ops"},
        ),
    )
