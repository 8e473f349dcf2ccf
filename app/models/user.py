"""People who sign in, their role assignments, refresh tokens and login attempts."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from app.models.base import Base, BigIntPK, Timestamped, UTCDateTime, utcnow
from app.text import fold

ROLE_CODES = ("admin", "registrant", "mobiliser", "authority", "viewer")


class User(Timestamped, Base):
    """A person with an account."""

    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # fold(full_name): lower-case, no diacritics; kept in step by the validator below.
    full_name_search: Mapped[str] = mapped_column(String(200), default="", index=True)
    position: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    # The unit the person works or lives in; their roles may be bound elsewhere.
    home_unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin", order_by="RoleAssignment.created_at"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # `q` on PostgreSQL: LIKE '%…%' through a trigram index (a plain index on SQLite).
        Index(
            "ix_users_full_name_search_trgm",
            "full_name_search",
            postgresql_using="gin",
            postgresql_ops={"full_name_search": "gin_trgm_ops"},
        ),
    )

    @validates("full_name")
    def _fold_full_name(self, _key: str, value: str) -> str:
        """Keep the search column in step with the name, whoever sets it."""
        self.full_name_search = fold(value)
        return value


class RoleAssignment(Base):
    """A role held at a unit; its scope is that unit's subtree."""

    __tablename__ = "role_assignments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    user: Mapped[User] = relationship(back_populates="roles")

    __table_args__ = (
        UniqueConstraint("user_id", "role", "unit_id", name="uq_role_assignments_user_role_unit"),
        CheckConstraint("role IN ('admin','registrant','mobiliser','authority','viewer')", name="role_code"),
    )


class RefreshToken(Base):
    """One refresh token of a sign-in session (family). Rotation marks it used; reuse revokes the family."""

    __tablename__ = "refresh_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class LoginAttempt(Base):
    """A failed sign-in, kept in the database so throttling holds across workers and replicas."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("ix_login_attempts_username_time", "username", "attempted_at"),
        Index("ix_login_attempts_address_time", "address", "attempted_at"),
    )
