"""Emails through a real SMTP server run by the test (aiosmtpd): the Vietnamese arrives intact (MIME decoded),
user data is escaped in the HTML, an unreachable server is retried later and nothing is lost, a 5xx bounces, a
4xx is retried until the attempts are used up, and a message is never sent twice by a run that repeats."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from app.core.config import get_settings
from app.models import EmailMessage, User
from app.notifications.email.send import send_message
from app.worker.jobs import Retry
from tests.notifications.email_support import (
    MODEL,
    REASON,
    digests_at,
    local_moment,
    make_due,
    messages,
    person,
    produce,
    run_due,
    send_jobs,
    state_of,
    tell,
)
from tests.support.smtp import SmtpServer

pytestmark = pytest.mark.anyio


async def test_the_vietnamese_email_arrives_intact(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    user_id = await person(session, demo, "demo.registrant")
    notification_id = await tell(session, user_id, "event:1")
    assert await state_of(session, notification_id) == "pending"
    assert await produce(database) == 1
    assert await state_of(session, notification_id) == "queued"
    assert not smtp.accepted  # the producer only queues: the worker sends
    assert await run_due(database) == 1

    [arrived] = smtp.accepted
    mail = arrived.message
    assert arrived.rcpt_tos == ["dangky@vinhthach.quangtri.gov.vn"]
    assert mail["Subject"] == "[Dân vận khéo] Mô hình bị trả lại"
    assert mail["To"].addresses[0].display_name == "Trần Thị Bình"
    assert mail["From"].addresses[0].display_name == "Ban Dân vận Tỉnh ủy Quảng Trị"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail.get_content_type() == "multipart/alternative"
    text, html = arrived.body("plain"), arrived.body("html")
    assert "Kính gửi đồng chí Trần Thị Bình," in text
    assert f"Mô hình «{MODEL}» bị trả lại để bổ sung, hoàn thiện. Lý do: {REASON}" in text
    # In the HTML, what a user typed is text, never markup.
    assert "<script>" not in html and "<b>ở</b>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "Dân vận khéo &lt;b&gt;ở&lt;/b&gt; thôn Tân Lập &amp; «Mỹ Hội»" in html
    assert '<html lang="vi">' in html

    [stored] = await messages(session)
    assert (stored.status, stored.kind, stored.attempts, stored.notification_ids) == (
        "sent",
        "immediate",
        1,
        [notification_id],
    )
    assert stored.sent_at is not None and stored.claimed_until is None
    assert mail["Message-ID"] == stored.message_id
    assert [job.status for job in await send_jobs(session)] == ["done"]

    # The producer looks at a notification once: nothing more is queued however often it runs.
    assert await produce(database) == 0
    assert len(await messages(session)) == 1


async def test_the_digest_arrives_once_a_day(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    user_id = await person(session, demo, "demo.registrant", mode="digest", hour=7)
    first = await tell(session, user_id, "event:1")
    await tell(session, user_id, "event:2", type_="model.accepted", data={"model_name": "Mô hình «Dân vận khéo» A"})
    await produce(database)
    assert await state_of(session, first) == "digest"
    at = local_moment(1, 7, 5)  # yesterday 07:05 in Hà Nội
    day = f"{at.astimezone(ZoneInfo('Asia/Ho_Chi_Minh')):%d/%m/%Y}"
    assert len(await digests_at(database, at)) == 1
    await run_due(database)
    [arrived] = smtp.accepted
    assert arrived.message["Subject"] == f"[Dân vận khéo] Bản tin ngày {day}: 2 thông báo chưa đọc"
    text = arrived.body("plain")
    assert f"Đồng chí có 2 thông báo chưa đọc (bản tin ngày {day}):" in text
    assert "1. Đăng ký được tiếp nhận" in text and "2. Mô hình bị trả lại" in text  # newest first
    assert "&lt;script&gt;" in arrived.body("html")
    assert await state_of(session, first) == "digested"
    assert await digests_at(database, local_moment(1, 10)) == []


async def test_an_unreachable_server_is_retried_and_nothing_is_lost(
    database: Any, session: Any, demo: Any, smtp: SmtpServer, settings_env: Any
) -> None:
    closed = SmtpServer()  # a port nobody listens on yet
    settings_env(email_smtp_port=str(closed.port))
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    started = datetime.now(UTC)
    assert await run_due(database) == 1  # the attempt fails fast and does not raise out of the worker
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("queued", 1)
    assert stored.last_error is not None and stored.last_error.startswith("connect_failed")
    assert stored.next_attempt_at is not None and stored.next_attempt_at >= started
    [job] = await send_jobs(session)
    assert job.status == "queued" and job.run_at == stored.next_attempt_at  # the worker's back-off

    with closed:  # the server comes back on that port
        await make_due(session)
        assert await run_due(database) == 1
        [arrived] = closed.accepted
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("sent", 2)
    assert arrived.message["Message-ID"] == stored.message_id
    assert [job.status for job in await send_jobs(session)] == ["done"]


async def test_a_5xx_bounces_and_is_not_retried(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    smtp.refuse_rcpt = "550 5.1.1 <dangky@vinhthach.quangtri.gov.vn>: Recipient address rejected"
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    await run_due(database)
    [stored] = await messages(session)
    assert (stored.status, stored.last_smtp_code, stored.attempts) == ("bounced", 550, 1)
    assert stored.last_error is not None and stored.last_error.startswith("recipient_refused 550 5.1.1")
    assert [job.status for job in await send_jobs(session)] == ["done"]
    await make_due(session)
    assert await run_due(database) == 0 and not smtp.accepted


async def test_a_4xx_is_retried_until_the_attempts_are_used_up(
    database: Any, session: Any, demo: Any, smtp: SmtpServer, settings_env: Any
) -> None:
    settings_env(email_max_attempts="2")
    smtp.refuse_data = "451 4.3.0 Mailbox temporarily unavailable"
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    await run_due(database)
    [stored] = await messages(session)
    assert (stored.status, stored.last_smtp_code, stored.attempts) == ("queued", 451, 1)
    await make_due(session)
    await run_due(database)
    [stored] = await messages(session)
    assert (stored.status, stored.attempts) == ("failed", 2)
    assert stored.last_error is not None and "451 4.3.0" in stored.last_error
    assert not smtp.accepted


async def test_a_repeated_run_sends_nothing_more(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    """A job run again after its handler recorded the email as sent (its worker died before marking the job
    done) finds the email no longer queued and sends nothing."""
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    [stored] = await messages(session)
    assert await send_message(database, stored.id, get_settings()) == "sent"
    assert await send_message(database, stored.id, get_settings()) is None
    assert len(smtp.accepted) == 1


async def test_another_senders_hold_is_respected(database: Any, session: Any, demo: Any, smtp: SmtpServer) -> None:
    """While one attempt holds the email, a second run waits until the hold ends (Retry), sending nothing."""
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    [stored] = await messages(session)
    until = datetime(2099, 1, 1, tzinfo=UTC)
    await session.execute(update(EmailMessage).where(EmailMessage.id == stored.id).values(claimed_until=until))
    await session.commit()
    with pytest.raises(Retry) as retry:
        await send_message(database, stored.id, get_settings())
    assert retry.value.run_at == until
    assert not smtp.accepted


async def test_people_who_change_after_queueing_are_skipped(
    database: Any, session: Any, demo: Any, smtp: SmtpServer
) -> None:
    """Deactivated, or the address removed, between queueing and sending: skipped, never an error."""
    registrant = await person(session, demo, "demo.registrant")
    mobiliser = await person(session, demo, "demo.mobiliser", email="canbo@vinhlinh.quangtri.gov.vn")
    await tell(session, registrant, "event:1")
    await tell(session, mobiliser, "event:1")
    await produce(database)
    (await session.get(User, registrant)).is_active = False
    (await session.get(User, mobiliser)).email = None
    await session.commit()
    await run_due(database)
    stored = {m.user_id: m for m in await messages(session)}
    assert (stored[registrant].status, stored[registrant].last_error) == ("skipped", "deactivated")
    assert (stored[mobiliser].status, stored[mobiliser].last_error) == ("skipped", "no_address")
    assert not smtp.accepted
    assert {job.status for job in await send_jobs(session)} == {"done"}


async def test_a_shutdown_mid_send_gives_the_attempt_back(
    database: Any, session: Any, demo: Any, smtp: SmtpServer
) -> None:
    """The worker's shutdown cancels an attempt still talking to the server: the hold is released and the attempt
    not counted, so the next worker sends at once."""
    smtp.hold_rcpt = threading.Event()
    user_id = await person(session, demo, "demo.registrant")
    await tell(session, user_id, "event:1")
    await produce(database)
    [stored] = await messages(session)
    attempt = asyncio.create_task(send_message(database, stored.id, get_settings()))
    assert await asyncio.to_thread(smtp.rcpt_seen.wait, 10), "the attempt never reached the server"
    attempt.cancel()
    with pytest.raises(asyncio.CancelledError):
        await attempt
    smtp.hold_rcpt.set()
    smtp.hold_rcpt = None
    [stored] = await messages(session)
    assert (stored.status, stored.attempts, stored.claimed_until) == ("queued", 0, None)
    assert await send_message(database, stored.id, get_settings()) == "sent"
    assert len(smtp.accepted) == 1
