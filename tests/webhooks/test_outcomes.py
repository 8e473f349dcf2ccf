"""What each answer means for a delivery (pure)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from app.core.config import Settings
from app.webhooks.outcomes import decide, retry_after_seconds

NOW = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
SETTINGS = Settings(webhook_max_attempts=15, webhook_retry_base_seconds=5, webhook_retry_max_seconds=43200)


def _decide(status: int | None = None, error: str | None = None, retry_after: str | None = None, attempt: int = 1):
    return decide(
        status_code=status,
        error=error,
        retry_after=retry_after,
        attempt=attempt,
        now=NOW,
        settings=SETTINGS,
        rng=random.Random(7),
    )


@pytest.mark.parametrize(
    ("status", "error", "outcome", "reason"),
    [
        (200, None, "delivered", None),
        (204, None, "delivered", None),
        (410, None, "gone", "http_410"),
        (301, None, "retry", "redirect"),
        (404, None, "retry", "http_404"),
        (429, None, "retry", "http_429"),
        (500, None, "retry", "http_500"),
        (None, "timeout", "retry", "timeout"),
        (None, "refused_loopback", "retry", "refused_loopback"),
    ],
)
def test_each_answer_has_its_outcome(status: int | None, error: str | None, outcome: str, reason: str | None):
    decision = _decide(status, error)
    assert (decision.outcome, decision.reason) == (outcome, reason)
    if outcome == "retry":
        assert decision.retry_at is not None and NOW <= decision.retry_at <= NOW + timedelta(seconds=5)


def test_the_last_attempt_fails_and_the_waits_grow() -> None:
    assert _decide(500, attempt=15).outcome == "failed"
    assert _decide(500, attempt=14).outcome == "retry"
    late = _decide(500, attempt=14).retry_at
    assert late is not None and late - NOW <= timedelta(seconds=40960)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("Mon, 07 Dec 2026 08:30:00 GMT", 1800.0),
        ("Mon, 07 Dec 2026 07:00:00 GMT", 0.0),  # in the past: now
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_forms(value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, NOW) == seconds


def test_retry_after_is_a_floor_and_is_capped() -> None:
    assert _decide(503, retry_after="3600").retry_at == NOW + timedelta(seconds=3600)
    assert _decide(503, retry_after="999999999").retry_at == NOW + timedelta(seconds=43200)
