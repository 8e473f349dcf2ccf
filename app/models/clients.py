"""Service clients (systems that call the API with the OAuth2 client-credentials grant), their hashed secrets
and the log of every call they make."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, Timestamped, UTCDateTime, utcnow

# The username of a client's account row: a colon no person's username may hold (users.schemas.Username).
ACCOUNT_PREFIX = "svc:"


def account_username(client_id: uuid.UUID) -> str:
    """The username of a client's account row (also what failed authentications are counted under)."""
    return f"{ACCOUNT_PREFIX}{client_id}"


class ServiceClient(Timestamped, Base):
    """A system acting over the API within a unit's subtree, with scopes. Its id is also the id of its account
    row in `users` (made with it, never able to sign in), so every column that records an actor (`actor_id`,
    `created_by_id`, …) records the client."""

    __tablename__ = "service_clients"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(String(1000), default="")
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # policy.scopes.ClientScope values, sorted.
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ServiceClientSecret(Base):
    """One secret of a client, argon2-hashed; the plain secret is shown once, when it is made. A rotation gives
    the older secrets an expiry (the overlap), after which neither they nor the tokens they got are accepted."""

    __tablename__ = "service_client_secrets"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_clients.id", ondelete="CASCADE"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(255))
    # The secret's last four characters, to tell secrets apart in lists.
    hint: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ServiceClientCall(Base):
    """One request a client made (its token request included), written after the answer: what, when, the
    answer's status and the request id that ties it to the history rows and events it wrote. Rows are only
    ever inserted."""

    __tablename__ = "service_client_calls"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service_clients.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    method: Mapped[str] = mapped_column(String(10))
    route: Mapped[str] = mapped_column(String(300))
    operation_id: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[int] = mapped_column(Integer)
    request_id: Mapped[str | None] = mapped_column(String(128))
    address: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_service_client_calls_client_id_id", "client_id", "id"),)
