"""The email channel without a mail server: the producer's choices (immediate, digest, off, no address,
deactivated: documented outcomes, never errors), the daily digest on a controllable clock (each person's hour in
their time zone, once per local day, nothing when nothing is unread, a clock that jumps), the file backend that
./scripts/serve uses, and the retention purge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app.core.config import get_settings
from app.models import EmailMessage, Job, Notification, User
from app.models.base import utcnow
from app.notifications.email.jobs import PURGE
from app.notifications.email.send import send_message
from tests.notifications.email_support import (
    MODEL,
    digests_at,
    local_moment,
    messages,
    person,
    produce,
    run_due,
    send_jobs,
    state_of,
    tell,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def outbox(tmp_path: Path, settings_env: Any) -> Path:
    """The file backend (the default) writing under a temporary folder."""
    settings_env(email_backend="file", email_file_dir=str(tmp_path / "emails"))
    return tmp_path / "emails"


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.rglob(pattern))


def _eml_files(folder: Path) -> list[Path]:
    return _files(folder, "*.eml")


async def test_the_file_backend_writes_each_email_once(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    await run_due(database)
    [written] = _eml_files(outbox)
    mail = BytesParser(policy=policy.default).parsebytes(written.read_bytes())
    assert mail["Subject"] == "[Dân vận khéo] Mô hình bị trả lại"
    assert MODEL in mail.get_body(preferencelist=("plain",)).get_content()
    [stored] = await messages(session)
    assert stored.status == "sent" and mail["Message-ID"] == stored.message_id
    # Written again (a job run twice after a crash): the same file, no second copy.
    await session.execute(update(EmailMessage).values(status="queued", claimed_until=None))
    await session.commit()
    assert await send_message(database, stored.id, get_settings()) == "sent"
    assert _eml_files(outbox) == [written]
    assert not _files(outbox, "*.tmp")


async def test_who_gets_what(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    immediate = await person(session, demo, "demo.registrant")
    digest = await person(session, demo, "demo.mobiliser", email="canbo@vinhlinh.quangtri.gov.vn", mode="digest")
    off = await person(session, demo, "demo.authority", email="lanhdao@vinhlinh.quangtri.gov.vn", mode="off")
    no_address = await person(session, demo, "demo.viewer", email=None)
    blank_address = await person(session, demo, "demo.admin", email="  ")
    ids = {who: await tell(session, who, "event:1") for who in (immediate, digest, off, no_address, blank_address)}
    # Deactivated after being told, before the producer ran.
    leaving = await person(session, demo, "demo.admin", email="admin@quangtri.gov.vn")
    ids[leaving] = await tell(session, leaving, "event:2")
    (await session.get(User, leaving)).is_active = False
    await session.commit()

    assert await produce(database) == 6
    states = {who: await state_of(session, n) for who, n in ids.items()}
    assert states[immediate] == "queued"
    assert states[digest] == "digest"
    assert states[off] == "off"
    assert states[no_address] == "skipped" and states[blank_address] == "skipped"
    [only] = await messages(session)
    assert only.user_id == immediate and only.address == "dangky@vinhthach.quangtri.gov.vn"
    assert len(await send_jobs(session)) == 1


async def test_the_digest_follows_each_persons_clock(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    hanoi = await person(session, demo, "demo.registrant", mode="digest", hour=7)
    paris = await person(
        session, demo, "demo.mobiliser", email="canbo@example.fr", mode="digest", hour=7, timezone="Europe/Paris"
    )
    for who in (hanoi, paris):
        await tell(session, who, "event:1")
    await produce(database)

    assert await digests_at(database, local_moment(2, 6, 59)) == []  # 06:59 in Hà Nội: not yet
    [first] = await digests_at(database, local_moment(2, 7, 0))  # 07:00 there: Hà Nội's (Paris: 01:00)
    assert (await session.get(EmailMessage, first)).user_id == hanoi
    assert await digests_at(database, local_moment(2, 12, 0)) == []  # once a day; Paris still asleep (06:00)
    [second] = await digests_at(database, local_moment(2, 7, 30, "Europe/Paris"))
    stored = await session.get(EmailMessage, second)
    assert stored.user_id == paris and stored.digest_on == local_moment(2, 7, 30, "Europe/Paris").date()


async def test_a_digest_has_only_what_is_unread_and_not_emailed(
    database: Any, session: Any, demo: Any, outbox: Path
) -> None:
    who = await person(session, demo, "demo.registrant", mode="digest", hour=7)
    read = await tell(session, who, "event:1")
    unread = await tell(session, who, "event:2")
    await produce(database)
    await session.execute(update(Notification).where(Notification.id == read).values(read_at=utcnow()))
    await session.commit()
    [message_id] = await digests_at(database, local_moment(3, 7, 5))
    stored = await session.get(EmailMessage, message_id)
    assert stored.notification_ids == [unread] and stored.kind == "digest"
    assert "1 thông báo chưa đọc" in stored.subject

    # The next day, nothing new: no email at all.
    assert await digests_at(database, local_moment(2, 7, 5)) == []
    # A new notification waits for the following day's digest, which carries it alone.
    later = await tell(session, who, "event:3")
    await produce(database)
    assert await digests_at(database, local_moment(3, 20, 0)) == []  # the same day as the first: done already
    [next_day] = await digests_at(database, local_moment(2, 7, 5))
    assert (await session.get(EmailMessage, next_day)).notification_ids == [later]


async def test_a_clock_that_jumps_sends_no_second_digest(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    who = await person(session, demo, "demo.registrant", mode="digest", hour=7)
    await tell(session, who, "event:1")
    await produce(database)
    assert len(await digests_at(database, local_moment(1, 8))) == 1
    await tell(session, who, "event:2")
    await produce(database)
    # The clock jumps back an hour, then forward again: that day's digest exists.
    assert await digests_at(database, local_moment(1, 7, 1)) == []
    assert await digests_at(database, local_moment(1, 23, 59)) == []
    digests = [m for m in await messages(session) if m.kind == "digest"]
    assert len(digests) == 1


async def test_a_long_digest_lists_the_newest_and_counts_the_rest(
    database: Any, session: Any, demo: Any, outbox: Path, settings_env: Any
) -> None:
    settings_env(email_backend="file", email_file_dir=str(outbox), email_digest_max_items="2")
    who = await person(session, demo, "demo.registrant", mode="digest", hour=0)
    ids = [await tell(session, who, f"event:{n}") for n in range(5)]
    await produce(database)
    [message_id] = await digests_at(database, local_moment(1, 9))
    stored = await session.get(EmailMessage, message_id)
    assert sorted(stored.notification_ids) == ids  # all five are carried
    assert "… và 3 thông báo khác chưa đọc." in stored.text_body
    assert stored.text_body.count("Mô hình bị trả lại") == 2
    assert {await state_of(session, n) for n in ids} == {"digested"}


async def test_the_purge_keeps_what_is_queued(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    from app.worker.jobs import enqueue

    who = await person(session, demo, "demo.registrant")
    await tell(session, who, "event:1")
    await tell(session, who, "event:2")
    await produce(database)
    first, second = await messages(session)
    old = utcnow() - timedelta(days=get_settings().email_retention_days + 1)
    await session.execute(update(EmailMessage).values(created_at=old))
    await session.execute(update(EmailMessage).where(EmailMessage.id == first.id).values(status="sent"))
    await session.execute(update(Job).where(Job.kind == "email.send").values(status="done"))  # not sent here
    await enqueue(session, PURGE, {})
    await session.commit()
    await run_due(database)
    assert [m.id for m in await messages(session)] == [second.id]


async def test_the_producer_works_through_a_backlog_in_batches(
    database: Any, session: Any, demo: Any, outbox: Path, settings_env: Any
) -> None:
    from app.notifications.email.immediate import produce as produce_job
    from app.worker.jobs import ClaimedJob, JobContext

    settings_env(email_backend="file", email_file_dir=str(outbox), email_produce_batch="2")
    who = await person(session, demo, "demo.registrant")
    for n in range(5):
        await tell(session, who, f"event:{n}")
    await produce_job(JobContext(ClaimedJob(0, "email.produce", {}, 1, 3), database, "test"))
    assert len(await messages(session)) == 5
    assert datetime.now(UTC) > min(m.created_at for m in await messages(session))


async def test_a_folder_it_cannot_write_is_retried(
    database: Any, session: Any, demo: Any, tmp_path: Path, settings_env: Any
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    settings_env(email_backend="file", email_file_dir=str(blocked))
    who = await person(session, demo, "demo.registrant")
    await tell(session, who, "event:1")
    await produce(database)
    await run_due(database)
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("queued", 1)
    assert stored.last_error is not None and stored.last_error.startswith("file_error")


async def test_the_digest_job_runs_on_the_workers_clock(database: Any, session: Any, demo: Any, outbox: Path) -> None:
    """The scheduled job itself, on a worker whose clock a test sets and moves (no sleeps): a week ahead, at
    06:00 and then 07:10 in Hà Nội; its email is queued for now and sent by the same worker."""
    from app.core.clock import FixedClock
    from app.notifications.email.digest import DIGEST
    from app.worker.jobs import enqueue
    from app.worker.runner import Worker
    from tests.notifications.email_support import registry

    who = await person(session, demo, "demo.registrant", mode="digest", hour=7)
    await tell(session, who, "event:1")
    await produce(database)
    clock = FixedClock(local_moment(-7, 6, 0))
    worker = Worker(database, registry(), name="clocked", clock=clock)

    await enqueue(session, DIGEST, {})
    await session.commit()
    await worker.run_once()
    assert await messages(session) == []  # 06:00 there: not yet
    clock.set(local_moment(-7, 7, 10))
    await enqueue(session, DIGEST, {}, dedupe_key="second run")
    await session.commit()
    await worker.run_once()  # the digest
    await worker.run_once()  # its sending job (queued by the machine's clock: due now)
    [stored] = await messages(session)
    assert stored.digest_on == local_moment(-7, 7, 10).astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    assert stored.status == "sent" and _eml_files(outbox)
