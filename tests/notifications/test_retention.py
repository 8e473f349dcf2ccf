"""The inbox's retention: the daily notifications.purge deletes read notifications after
DVK_NOTIFICATION_READ_RETENTION_DAYS and any after DVK_NOTIFICATION_RETENTION_DAYS, in batches, and keeps the rest."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from app.background import worker_registry
from app.core.config import Settings
from app.models import Notification, User
from app.models.base import utcnow
from app.notifications import retention
from app.worker.jobs import JobContext

pytestmark = pytest.mark.anyio


async def test_expired_notifications_are_deleted_in_batches_and_the_rest_kept(
    session: Any, database: Any, demo: Any, settings_env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_env(notification_read_retention_days=30, notification_retention_days=100)
    monkeypatch.setattr(retention, "BATCH", 2)  # several batches for the expired rows
    person = (await session.scalars(select(User.id).where(User.username == "demo.registrant"))).one()
    now = utcnow()
    # (label, made days ago, read days ago or None)
    rows = [
        ("old-unread", 150, None),  # past the overall retention, unread: deleted
        ("old-read", 120, 110),  # both: deleted
        ("read-long-ago", 60, 45),  # read 45 days ago > 30: deleted
        ("read-31", 40, 31),  # deleted
        ("read-29", 40, 29),  # kept
        ("unread-99", 99, None),  # kept: under 100 days, unread
        ("fresh-read", 1, 0.5),  # kept
        ("fresh", 0, None),  # kept
    ]
    for label, made, read in rows:
        session.add(
            Notification(
                user_id=person,
                type="model.accepted",
                occasion_key=f"test:{label}",
                text_vi=label,
                text_en=label,
                resource_type="model",
                resource_id="1",
                created_at=now - timedelta(days=made),
                read_at=None if read is None else now - timedelta(days=read),
            )
        )
    await session.commit()
    await retention.purge_notifications(JobContext(None, database, "w1"))  # type: ignore[arg-type]
    session.expire_all()
    statement = select(Notification.text_en).where(
        Notification.user_id == person, Notification.occasion_key.like("test:%")
    )
    assert sorted((await session.scalars(statement)).all()) == ["fresh", "fresh-read", "read-29", "unread-99"]
    # Nothing left to do: a second run deletes nothing and ends.
    await retention.purge_notifications(JobContext(None, database, "w1"))  # type: ignore[arg-type]
    assert len((await session.scalars(statement)).all()) == 4


def test_the_purge_is_scheduled_daily() -> None:
    registry = worker_registry()
    assert retention.PURGE_NOTIFICATIONS in registry.kinds
    assert any(s.kind == retention.PURGE_NOTIFICATIONS and s.every_seconds == 86400 for s in registry.schedules)


def test_every_notification_outlives_the_read_ones() -> None:
    with pytest.raises(ValidationError, match="NOTIFICATION_RETENTION_DAYS"):
        Settings(notification_read_retention_days=400, notification_retention_days=300)
    with pytest.raises(ValidationError):
        Settings(notification_read_retention_days=1)
