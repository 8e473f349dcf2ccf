"""The reminder calendar, as pure functions: which occasion is due on which local day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from app.notifications.reminder_calendar import LATE_SPAN_DAYS, LeadTimes, occasions

LEAD = LeadTimes(registration_closing=7, results_due=14, list_due=7)


@dataclass
class Cycle:
    year: int = 2030
    registration_windows: list[dict[str, Any]] = field(
        default_factory=lambda: [{"label": "Đăng ký chính", "opens_on": "2030-08-01", "closes_on": "2030-08-31"}]
    )
    results_due_on: date = date(2030, 10, 1)
    recognition_starts_on: date = date(2030, 10, 1)
    recognition_ends_on: date = date(2030, 10, 31)
    lists_due_on: date | None = date(2031, 3, 6)


def _kinds(today: date, cycle: Cycle | None = None, lead: LeadTimes = LEAD) -> list[tuple[str, int]]:
    return [(o.kind, o.days) for o in occasions([cycle or Cycle()], lead, today)]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2030, 8, 23), []),
        (date(2030, 8, 24), [("registration-closing", 7)]),
        (date(2030, 8, 31), [("registration-closing", 0)]),
        (date(2030, 9, 1), []),
        (date(2030, 9, 16), []),
        (date(2030, 9, 17), [("results-due", 14)]),
        (date(2030, 9, 30), [("results-due", 1)]),
        (date(2030, 10, 1), [("results-overdue", 0), ("recognition-open", 30)]),
        (date(2030, 10, 30), [("results-overdue", -29), ("recognition-open", 1)]),
        (date(2030, 10, 31), [("recognition-open", 0)]),
        (date(2030, 11, 1), []),
        (date(2031, 2, 27), [("list-due", 7)]),
        (date(2031, 3, 5), [("list-due", 1)]),
        (date(2031, 3, 6), [("list-late", 0)]),
        (date(2031, 3, 6) + timedelta(days=LATE_SPAN_DAYS), []),
    ],
)
def test_the_seed_calendar_day_by_day(today: date, expected: list[tuple[str, int]]) -> None:
    assert _kinds(today) == expected


def test_no_windows_and_no_list_deadline_give_no_such_occasions() -> None:
    bare = Cycle(registration_windows=[], lists_due_on=None)
    every_day = [date(2030, 7, 1) + timedelta(days=n) for n in range(400)]
    kinds = {kind for day in every_day for kind, _ in _kinds(day, bare)}
    assert kinds == {"results-due", "results-overdue", "recognition-open"}


def test_keys_name_the_campaign_cycle_and_date_and_a_moved_date_is_a_new_occasion() -> None:
    [before] = occasions([Cycle()], LEAD, date(2030, 9, 20))
    moved, _recognition = occasions([Cycle(results_due_on=date(2030, 10, 15))], LEAD, date(2030, 10, 5))
    assert (moved.kind, before.kind) == ("results-due", "results-due")
    assert before.key("c1") == "campaign:c1:2030:results:2030-10-01"
    assert moved.key("c1") == "campaign:c1:2030:results:2030-10-15"
    [window] = occasions([Cycle()], LEAD, date(2030, 8, 30))
    assert window.key("c1") == "campaign:c1:2030:window:2030-08-01:2030-08-31"
