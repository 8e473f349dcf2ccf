"""Helpers for the email tests: a person with an address and preferences, notifications for them, the producer,
the digest at a chosen moment, the due jobs, and the outbox as stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from app.core.config import get_settings
from app.models import EmailMessage, Job, Notification, NotificationPreference, User
from app.models.base import utcnow
from app.notifications.email.digest import digest_for, due_digests
from app.notifications.email.immediate import produce_once
from app.notifications.service import notify
from app.worker.registry import Registry
from app.worker.runner import Worker

# A reason typed by a user, with markup and diacritics: the HTML must escape it, the text keep it.
MODEL = "Dân vận khéo <b>ở</b> thôn Tân Lập & «Mỹ Hội»"
REASON = "Thiếu biên bản nghiệm thu; <script>alert('x')</script>"


def registry() -> Registry:
    """The app's job kinds without their schedules (the tests run the producer and the digest themselves)."""
    from app.background import worker_registry

    kinds = worker_registry()
    kinds.schedules.clear()
    return kinds


async def person(
    session: Any,
    demo: Any,
    username: str,
    *,
    email: str | None = "dangky@vinhthach.quangtri.gov.vn",
    mode: str | None = None,
    hour: int = 7,
    timezone: str = "Asia/Ho_Chi_Minh",
) -> Any:
    """Give a demo user an address (or none) and, with `mode`, stored preferences; committed. Their id."""
    user = await session.get(User, demo.users[username])
    user.email = email
    if mode is not None:
        session.add(
            NotificationPreference(
                user_id=user.id, email_mode=mode, digest_hour=hour, timezone=timezone, muted_types=[]
            )
        )
    await session.commit()
    return user.id


async def tell(
    session: Any,
    user_id: Any,
    occasion: str,
    *,
    type_: str = "model.returned",
    now: datetime | None = None,
    data: dict[str, Any] | None = None,
) -> int:
    """One notification for the person (committed); its id."""
    [added] = await notify(
        session,
        recipients=[user_id],
        type_=type_,
        data=data or {"model_name": MODEL, "reason": REASON},
        resource_type="model",
        resource_id="m-1",
        unit_id=None,
        occasion=occasion,
        now=now,
    )
    await session.commit()
    return int(added)


async def produce(database: Any) -> int:
    """One producer run; how many notifications it looked at."""
    async with database.sessionmaker() as session:
        taken = await produce_once(session, get_settings())
        await session.commit()
    return taken


def local_moment(days_ago: int, hour: int, minute: int = 0, timezone: str = "Asia/Ho_Chi_Minh") -> datetime:
    """A moment `days_ago` days before today, at hour:minute in the time zone (UTC-aware)."""
    zone = ZoneInfo(timezone)
    day = datetime.now(zone).date() - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)


async def digests_at(database: Any, now: datetime) -> list[int]:
    """The digest job as if the clock said `now`; the ids of the emails it queued."""
    async with database.sessionmaker() as session:
        due = await due_digests(session, now)
    queued = []
    for one in due:
        async with database.sessionmaker() as session:
            message_id = await digest_for(session, get_settings(), one)
            await session.commit()
        if message_id is not None:
            queued.append(message_id)
    return queued


async def run_due(database: Any, name: str = "test-worker") -> int:
    """Run every job due now (the sending jobs); how many ran."""
    return await Worker(database, registry(), name=name).run_once()


async def make_due(session: Any) -> None:
    """Bring every queued job to now and every hold to an end (a test does not wait out a back-off)."""
    await session.commit()  # a fresh transaction (a committing SQLite reader keeps its snapshot's)
    await session.execute(update(Job).where(Job.status == "queued").values(run_at=utcnow()))
    await session.execute(update(EmailMessage).values(claimed_until=None))
    await session.commit()


async def messages(session: Any) -> list[EmailMessage]:
    """Every email of the outbox, oldest first, as stored now."""
    await session.commit()
    statement = select(EmailMessage).order_by(EmailMessage.id).execution_options(populate_existing=True)
    return list((await session.scalars(statement)).all())


async def state_of(session: Any, notification_id: int) -> str:
    """A notification's email state as stored now."""
    await session.commit()
    return str(await session.scalar(select(Notification.email_state).where(Notification.id == notification_id)))


async def send_jobs(session: Any) -> list[Job]:
    await session.commit()
    statement = select(Job).where(Job.kind == "email.send").order_by(Job.id).execution_options(populate_existing=True)
    return list((await session.scalars(statement)).all())
