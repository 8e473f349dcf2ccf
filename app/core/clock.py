"""What time it is, injectable: the system clock in production, a clock a test sets and moves (no sleeps).

Work that judges the calendar (the worker's reminders) takes its `now` from a `Clock` handed to it
(`JobContext.now()`), never from `datetime.now()` itself, so a test can put the clock on the eve of a deadline,
move it past local midnight, jump it a week forward or back, and see what is sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that says the current instant (timezone-aware, UTC)."""

    def now(self) -> datetime:
        """The current instant."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """The current instant, in UTC."""
        return datetime.now(UTC)


class FixedClock:
    """A clock that says what it was set to until it is set or moved again (tests)."""

    def __init__(self, at: datetime) -> None:
        self._at = _aware(at)

    def now(self) -> datetime:
        """The instant it was set to."""
        return self._at

    def set(self, at: datetime) -> None:
        """Put the clock at `at` (forwards or backwards)."""
        self._at = _aware(at)

    def advance(self, by: timedelta) -> None:
        """Move the clock by `by` (negative: backwards)."""
        self._at += by


def _aware(at: datetime) -> datetime:
    """`at` with a time zone (naive means UTC)."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


SYSTEM_CLOCK: Clock = SystemClock()
