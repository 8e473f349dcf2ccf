"""The injectable clock: the system's, and one a test sets and moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.clock import SYSTEM_CLOCK, FixedClock


def test_the_system_clock_is_aware_utc_and_current() -> None:
    before = datetime.now(UTC)
    now = SYSTEM_CLOCK.now()
    assert now.tzinfo is not None and before <= now <= datetime.now(UTC)


def test_a_fixed_clock_stays_until_set_or_moved() -> None:
    clock = FixedClock(datetime(2030, 9, 30, 17, 0))  # naive: UTC
    assert clock.now() == datetime(2030, 9, 30, 17, 0, tzinfo=UTC) == clock.now()
    clock.advance(timedelta(days=-7))
    assert clock.now() == datetime(2030, 9, 23, 17, 0, tzinfo=UTC)
    clock.set(datetime(2031, 1, 1, tzinfo=UTC))
    assert clock.now().year == 2031
