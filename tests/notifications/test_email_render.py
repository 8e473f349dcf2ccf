"""The pure parts of the email channel: templates (escaping, one-line headers), the MIME message, what an SMTP
error means, and when a failed email is tried again."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import aiosmtplib
import pytest

from app.core.config import Settings
from app.notifications.email import render
from app.notifications.email.backends import Outgoing, SendError, build, classify, file_name
from app.notifications.email.send import decide

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
AT = datetime(2026, 8, 15, 0, 30, tzinfo=UTC)


def test_immediate_escapes_html_and_keeps_text() -> None:
    item = render.item("model.returned", "Mô hình «<img src=x onerror=alert(1)>» bị trả lại", AT, ZONE)
    assert item.at == "07:30 ngày 15/08/2026"  # the person's local time
    email = render.immediate('Nguyễn "Văn" <An>', item)
    assert email.subject == "[Dân vận khéo] Mô hình bị trả lại"
    assert "Mô hình «<img src=x onerror=alert(1)>» bị trả lại" in email.text
    assert "<img" not in email.html and "&lt;img src=x onerror=alert(1)&gt;" in email.html
    assert "Nguyễn &#34;Văn&#34; &lt;An&gt;" in email.html


def test_digest_counts_what_it_does_not_list() -> None:
    items = [render.item("turn.waiting", f"Thông báo {n}", AT, ZONE) for n in range(2)]
    email = render.digest("Trần Thị Bình", items, 7, date(2026, 8, 15))
    assert email.subject == "[Dân vận khéo] Bản tin ngày 15/08/2026: 7 thông báo chưa đọc"
    assert "… và 5 thông báo khác chưa đọc." in email.text and "… và 5 thông báo khác chưa đọc." in email.html
    assert "1. Đến lượt đơn vị xử lý (07:30 ngày 15/08/2026)" in email.text


def test_the_mime_message_keeps_headers_on_one_line() -> None:
    outgoing = Outgoing(
        "<dvk-1@quangtri.gov.vn>",
        "dangky@vinhthach.quangtri.gov.vn",
        "Trần Thị Bình\r\nBcc: everyone@example.com",
        "Chủ đề\nBcc: x@example.com",
        "Nội dung",
        "<p>Nội dung</p>",
    )
    raw = build(outgoing, Settings(email_from="Ban Dân vận <dvk@quangtri.gov.vn>")).as_bytes()
    assert raw.isascii()  # every header encoded (RFC 2047), bodies in a transfer encoding
    mail = BytesParser(policy=policy.default).parsebytes(raw)
    assert mail["Bcc"] is None
    assert mail["Subject"] == "Chủ đề Bcc: x@example.com"
    assert mail["From"].addresses[0].display_name == "Ban Dân vận"
    assert file_name(outgoing.message_id) == "dvk-1.eml"
    assert file_name("<../../etc/passwd@x>") == ".._.._etc_passwd.eml"


@pytest.mark.parametrize(
    ("error", "reason", "permanent"),
    [
        (
            aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(550, "no such user", "a@b")]),
            "recipient_refused",
            True,
        ),
        (
            aiosmtplib.SMTPRecipientsRefused([aiosmtplib.SMTPRecipientRefused(450, "greylisted", "a@b")]),
            "recipient_refused",
            False,
        ),
        (aiosmtplib.SMTPDataError(554, "spam"), "message_refused", True),
        (aiosmtplib.SMTPDataError(452, "full"), "message_refused", False),
        (aiosmtplib.SMTPAuthenticationError(535, "bad credentials"), "auth_failed", False),
        (aiosmtplib.SMTPSenderRefused(553, "not yours", "dvk@x"), "sender_refused", False),
        (aiosmtplib.SMTPConnectError("refused"), "connect_failed", False),
        (aiosmtplib.SMTPServerDisconnected("gone"), "disconnected", False),
        (TimeoutError(), "timeout", False),
        (ConnectionRefusedError(), "connect_failed", False),
    ],
)
def test_what_an_smtp_error_means(error: Exception, reason: str, permanent: bool) -> None:
    judged = classify(error)
    assert (judged.reason, judged.permanent) == (reason, permanent)


def test_when_a_failed_email_is_tried_again() -> None:
    settings = Settings(email_max_attempts=3, email_retry_base_seconds=10, email_retry_max_seconds=15)
    now = datetime(2026, 8, 15, tzinfo=UTC)
    temporary = SendError("timeout")
    rng = random.Random(7)
    first = decide(temporary, 1, settings, now, rng)
    assert first.status == "queued" and first.retry_at is not None
    assert now <= first.retry_at <= now + timedelta(seconds=10)
    later = decide(temporary, 2, settings, now, rng)
    assert later.retry_at is not None and later.retry_at <= now + timedelta(seconds=15)  # capped
    assert decide(temporary, 3, settings, now).status == "failed"
    assert decide(SendError("recipient_refused", code=550, permanent=True), 1, settings, now).status == "bounced"
