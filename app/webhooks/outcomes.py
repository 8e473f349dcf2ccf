"""What an attempt's answer means for the delivery (pure: no network, no database).

- 2xx: delivered.
- 410 Gone: the receiver says the endpoint is gone for good; the subscription is disabled, nothing more is sent.
- anything else (other statuses, 3xx redirects included since they are never followed, timeouts, connection
  and TLS errors, an address refused at delivery time): tried again after an exponential back-off with full
  jitter (app/worker/backoff.py), no sooner than a `Retry-After` asks (seconds or an HTTP date, capped at
  `webhook_retry_max_seconds`), until `webhook_max_attempts` attempts have been made; then failed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

from app.core.config import Settings
from app.worker.backoff import full_jitter


@dataclass(frozen=True)
class Decision:
    """delivered | gone | retry (at `retry_at`) | failed, and the reason code of a failed attempt."""

    outcome: str
    retry_at: datetime | None = None
    reason: str | None = None


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """A Retry-After header as seconds from now (delay-seconds or an HTTP date); None when absent or garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value[:12]))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max((when - now).total_seconds(), 0.0)


def failure_reason(status_code: int | None, error: str | None) -> str:
    """The reason code of an attempt that did not deliver."""
    if error:
        return error
    if status_code is not None and 300 <= status_code < 400:
        return "redirect"
    return f"http_{status_code}"


def decide(
    *,
    status_code: int | None,
    error: str | None,
    retry_after: str | None,
    attempt: int,
    now: datetime,
    settings: Settings,
    rng: random.Random | None = None,
) -> Decision:
    """The delivery's next step after its `attempt`-th attempt (1-based)."""
    if error is None and status_code is not None and 200 <= status_code < 300:
        return Decision("delivered")
    if error is None and status_code == 410:
        return Decision("gone", reason="http_410")
    reason = failure_reason(status_code, error)
    if attempt >= settings.webhook_max_attempts:
        return Decision("failed", reason=reason)
    cap = settings.webhook_retry_max_seconds
    wait = full_jitter(attempt, settings.webhook_retry_base_seconds, cap, rng)
    asked = retry_after_seconds(retry_after, now)
    if asked is not None:
        wait = max(wait, min(asked, cap))
    return Decision("retry", retry_at=now + timedelta(seconds=wait), reason=reason)
