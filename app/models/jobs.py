"""The durable job queue (app/worker) and the outbox dispatcher's checkpoint.

A job is a row: claimed by one worker at a time under a lease (`locked_by`, `locked_until`), finished only by
its holder. A job whose lease ran out (its worker was killed) is claimed again. `dedupe_key` is unique: the same
occasion of a scheduled job, or the same delivery, is queued once however many workers try."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigIntPK, UTCDateTime, utcnow

# queued: waiting for run_at; running: claimed under a lease; done: finished; failed: gave up (kept for
# inspection until the retention purge).
JOB_STATUSES = ("queued", "running", "done", "failed")


class Job(Base):
    """One unit of background work."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(60))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    run_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=5)
    locked_by: Mapped[str | None] = mapped_column(String(120))
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        CheckConstraint("status IN (" + ",".join(f"'{s}'" for s in JOB_STATUSES) + ")", name="status"),
        # The claim: queued jobs due now, and running ones whose lease ran out, oldest first.
        Index("ix_jobs_status_run_at", "status", "run_at"),
    )


class EventCheckpoint(Base):
    """How far a reader of the event log has got: every event up to `position` is handled, and `gaps` lists
    the ids below it that were missing when it passed them (a transaction still open then, or rolled back),
    each with when it was first seen, re-read until it appears or is older than the grace period."""

    __tablename__ = "event_checkpoints"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)
    gaps: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
