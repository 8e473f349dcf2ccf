"""Sending survives crashes and parallel workers: a worker killed mid-send (SIGKILL, a real `dvk worker`
process) loses nothing and sends no duplicate; a crash after the server accepted resends with the same
Message-ID (at-least-once, as README "Email and digests" says); on PostgreSQL two workers, two producers or two
senders of one email at once send each email once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from app.core.config import get_settings
from app.models import EmailMessage, Job
from app.models.base import utcnow
from app.notifications.email import send as send_module
from app.notifications.email.immediate import produce_once
from app.notifications.email.send import send_message
from app.worker.jobs import Retry
from app.worker.runner import Worker
from tests.notifications.email_support import make_due, messages, person, produce, registry, run_due, tell
from tests.support.live_server import PROJECT_ROOT
from tests.support.smtp import SmtpServer

pytestmark = [pytest.mark.anyio, pytest.mark.committing]

PREFS = "/api/v1/me/notification-preferences"


def _start_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "worker", "--concurrency", "1"],
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
        start_new_session=True,
    )


async def test_a_worker_killed_mid_send_loses_nothing_and_sends_once(
    database: Any, session: Any, demo: Any, smtp: SmtpServer, settings_env: Any
) -> None:
    settings_env(worker_lease_seconds="5", worker_poll_interval_seconds="0.2")
    smtp.hold_rcpt = threading.Event()  # the server keeps the worker waiting in the middle of the conversation
    who = await person(session, demo, "demo.registrant")
    await tell(session, who, "event:1")
    await produce(database)
    process = _start_worker()
    try:
        deadline = time.monotonic() + 40
        while not smtp.rcpt_seen.is_set():
            assert process.poll() is None, f"the worker exited with {process.returncode}"
            assert time.monotonic() < deadline, "the worker never started sending"
            await asyncio.sleep(0.1)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    smtp.hold_rcpt.set()  # the server goes on; its client is gone before DATA: nothing is delivered
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("queued", 1)
    assert stored.claimed_until is not None and stored.claimed_until > utcnow()  # the dead worker's hold

    await run_due(database)  # the job's lease and the email's hold still stand: nothing is sent
    assert not smtp.accepted
    # Time passes: the lease and the hold run out (set here rather than waited for).
    past = utcnow() - timedelta(seconds=1)
    await session.commit()  # a fresh transaction (a committing SQLite reader keeps its snapshot's)
    await session.execute(update(Job).where(Job.kind == "email.send").values(locked_until=past))
    await session.execute(update(EmailMessage).values(claimed_until=past))
    await session.commit()
    smtp.hold_rcpt = None
    await run_due(database)
    [arrived] = smtp.accepted
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("sent", 2)
    assert arrived.message["Message-ID"] == stored.message_id


async def test_a_crash_after_the_server_accepted_resends_with_the_same_message_id(
    database: Any, session: Any, demo: Any, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At-least-once: the outcome was never recorded, so the email is sent again; the receiver can drop the copy
    by its Message-ID."""
    record = send_module._record
    crashed = []

    async def crash_once(database: Any, message_id: int, outcome: Any, address: Any) -> None:
        if outcome.status == "sent" and not crashed:
            crashed.append(message_id)
            raise ConnectionError("the database went away after the server said 250")
        await record(database, message_id, outcome, address)

    monkeypatch.setattr(send_module, "_record", crash_once)
    who = await person(session, demo, "demo.registrant")
    await tell(session, who, "event:1")
    await produce(database)
    await run_due(database)
    [stored] = await messages(session)
    assert stored.status == "queued" and len(smtp.accepted) == 1
    await make_due(session)
    await run_due(database)
    [stored] = await messages(session)
    assert stored.status == "sent"
    first, second = smtp.accepted
    assert first.message["Message-ID"] == second.message["Message-ID"] == stored.message_id


async def _sent(session: Any) -> int:
    return sum(1 for m in await messages(session) if m.status == "sent")


@pytest.mark.postgres_only
async def test_two_workers_send_each_email_once(
    database: Any, session: Any, demo: Any, smtp: SmtpServer, settings_env: Any
) -> None:
    settings_env(worker_poll_interval_seconds="0.05")
    smtp.data_delay = 0.05
    emails = 24
    who = await person(session, demo, "demo.registrant")
    for n in range(emails):
        await tell(session, who, f"event:{n}")
    await produce(database)

    stop = asyncio.Event()
    workers = [Worker(database, registry(), name=f"may-{i}", concurrency=4) for i in (1, 2)]
    tasks = [asyncio.create_task(w.run(stop)) for w in workers]
    deadline = time.monotonic() + 60
    try:
        while await _sent(session) < emails:
            assert time.monotonic() < deadline, "not every email was sent"
            assert not any(t.done() for t in tasks), "a worker stopped"
            await asyncio.sleep(0.2)
    finally:
        stop.set()
        await asyncio.gather(*tasks)
    ids = Counter(str(a.message["Message-ID"]) for a in smtp.accepted)
    assert len(ids) == emails and set(ids.values()) == {1}, "an email was sent twice"
    assert all(m.attempts == 1 for m in await messages(session))


@pytest.mark.postgres_only
async def test_two_senders_of_one_email_send_it_once(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    smtp.data_delay = 0.2
    who = await person(session, demo, "demo.registrant")
    await tell(session, who, "event:1")
    await produce(database)
    [stored] = await messages(session)
    results = await asyncio.gather(
        *(send_message(database, stored.id, get_settings()) for _ in range(2)), return_exceptions=True
    )
    assert results.count("sent") == 1
    other = next(r for r in results if r != "sent")
    assert other is None or isinstance(other, Retry)  # it found the email held, or sent already
    assert len(smtp.accepted) == 1


@pytest.mark.postgres_only
async def test_two_producers_queue_each_notification_once(
    database: Any, session: Any, demo: Any, settings_env: Any, tmp_path: Any
) -> None:
    settings = settings_env(email_file_dir=str(tmp_path), email_produce_batch="3")
    who = await person(session, demo, "demo.registrant")
    ids = [await tell(session, who, f"event:{n}") for n in range(20)]

    async def producer() -> int:
        total = 0
        while True:
            async with database.sessionmaker() as s:
                taken = await produce_once(s, settings)
                await asyncio.sleep(0.02)  # hold the locks a moment: the other producer must skip them
                await s.commit()
            total += taken
            if taken == 0:
                return total

    counts = await asyncio.gather(producer(), producer())
    assert sum(counts) == 20 and all(counts)  # both worked, together exactly once each
    stored = await messages(session)
    assert sorted(m.notification_id for m in stored) == ids


@pytest.mark.postgres_only
async def test_two_first_saves_at_once(client: Any, database: Any, session: Any, demo: Any) -> None:
    """Both send If-Match "0" (nothing saved yet): one is stored, the other is 412."""
    body = {
        "email_mode": "digest",
        "digest_hour": 6,
        "timezone": "Asia/Ho_Chi_Minh",
        "muted_types": [],
        "push_enabled": False,
    }
    headers = demo.headers("demo.registrant", **{"If-Match": '"0"'})
    answers = await asyncio.gather(*(client.put(PREFS, json=body, headers=headers) for _ in range(2)))
    assert sorted(r.status_code for r in answers) == [200, 412]
    r = await client.get(PREFS, headers=demo.headers("demo.registrant"))
    assert r.json()["version"] == 1
