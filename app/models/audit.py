"""Append-only records: a model's workflow history, the event log, idempotency keys."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, UTCDateTime, utcnow


class ModelHistory(Base):
    """One workflow move of a model. Rows are only ever inserted."""

    __tablename__ = "model_history"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    model_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("registered_models.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(String(128))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Event(Base):
    """A change another system may want to hear about (the transactional outbox of the change feed and the
    webhooks): written in the transaction of the change, so it commits or rolls back with it. Only inserted.

    `type` and `version` name an entry of the event catalogue (app/events/catalogue.py) and `data` is that
    entry's payload. The feed serves events in (txid, id) order: on PostgreSQL `txid` is the writing
    transaction's id (set by a trigger, never by the app), on SQLite it stays NULL and id order is commit
    order (writers are serialised). Version 0 marks rows written before the catalogue: kept, never served.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    type: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(SmallInteger, server_default="0")
    resource_type: Mapped[str] = mapped_column(String(40))
    resource_id: Mapped[str] = mapped_column(String(64))
    # The resource whose visibility rule the event follows (the model, for a file of its dossier); NULL for
    # events about the public unit tree.
    subject_id: Mapped[uuid.UUID | None] = mapped_column()
    # The unit path the event belongs to, so a feed can be filtered by subtree; a unit's move also keeps the
    # path it left, so both subtrees hear of it.
    unit_path: Mapped[str] = mapped_column(String(1000))
    former_unit_path: Mapped[str | None] = mapped_column(String(1000))
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    request_id: Mapped[str | None] = mapped_column(String(128))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    txid: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_events_resource", "resource_type", "resource_id"),
        Index("ix_events_feed", "txid", "id"),
        Index("ix_events_subject_id", "subject_id"),
    )


class IdempotencyRecord(Base):
    """The first response to a POST with an Idempotency-Key, replayed for 24 h."""

    __tablename__ = "idempotency_keys"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))
    method: Mapped[str] = mapped_column(String(10))
    path: Mapped[str] = mapped_column(String(500))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[str] = mapped_column(Text)
    response_headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    __table_args__ = (UniqueConstraint("user_id", "key", name="uq_idempotency_keys_user_key"),)


class Sequence(Base):
    """A named counter (e.g. model codes per year), advanced with one atomic UPDATE."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)
