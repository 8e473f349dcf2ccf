"""Which calendar reminders are due on a day, as pure functions over a campaign's dates (no database, no clock).

Every reminder has an *occasion* (a window closing, results due, the recognition period, lists due) with a
span of local days in which it may be sent, judged in the campaign's time zone:

- reminder.registration-closing: from `closes_on − registration_closing_days` (not before the window opens)
  through `closes_on`, the window's last day;
- reminder.results-due: from `results_due_on − results_due_days` through the day before `results_due_on`
  (results are due *before* it, seed 001 "trước ngày 01/10");
- reminder.results-overdue: from `results_due_on`, for LATE_SPAN_DAYS days;
- reminder.recognition-open: `recognition_starts_on` through `recognition_ends_on`;
- reminder.list-due: from `lists_due_on − list_due_days` through the day before `lists_due_on` (seed 002
  "trước ngày 06/3"); none when the cycle has no `lists_due_on`;
- reminder.list-late: from `lists_due_on`, for LATE_SPAN_DAYS days.

The job runs every few minutes and sends what is due *today* and has not been sent (the recorded occasion key):
so a reminder whose day passed while no worker ran is still sent as long as its deadline has not passed (the
catch-up rule), and once the deadline has passed only the overdue one is, never both. A late reminder is sent
within LATE_SPAN_DAYS of the deadline and not after: a worker down longer than that, or a campaign entered
with dates long past, sends no stale reminders. A clock jumping backwards re-enters spans already sent (the key
keeps them sent once); jumping forwards is a catch-up.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from app.campaigns.schedule import as_date

# How long after a deadline the overdue (results) and late (lists) reminders may still be sent.
LATE_SPAN_DAYS = 30

Kind = Literal["registration-closing", "results-due", "results-overdue", "recognition-open", "list-due", "list-late"]


class CycleDates(Protocol):
    """A campaign cycle's dates (a CampaignCycle row)."""

    year: int
    registration_windows: list[dict[str, Any]]
    results_due_on: date
    recognition_starts_on: date
    recognition_ends_on: date
    lists_due_on: date | None


@dataclass(frozen=True)
class LeadTimes:
    """A campaign's lead times, in days."""

    registration_closing: int
    results_due: int
    list_due: int


@dataclass(frozen=True)
class Occasion:
    """A reminder due on a day: its kind, the cycle, the date it is about and the days left until it."""

    kind: Kind
    year: int
    # The date the reminder is about: the window's last day, the results-due date, the recognition period's
    # start, the lists-due date. It is part of the occasion key: a moved date is a new occasion.
    on: date
    # Days from today until the deadline (results-due and list-due: until the day they are due before;
    # registration-closing: until the window's last day; 0 on that day). Negative for the late kinds.
    days: int
    # The window's first day (registration-closing) or the period's last day (recognition-open).
    other: date | None = None

    def key(self, campaign_id: object) -> str:
        """The campaign's part of the occasion key, e.g. `campaign:<id>:2024:results:2024-10-01`."""
        part = {
            "registration-closing": f"window:{self.other}:{self.on}",
            "results-due": f"results:{self.on}",
            "results-overdue": f"results:{self.on}",
            "recognition-open": f"recognition:{self.on}",
            "list-due": f"list:{self.on}",
            "list-late": f"list:{self.on}",
        }[self.kind]
        return f"campaign:{campaign_id}:{self.year}:{part}"


def _within(today: date, first: date, last: date) -> bool:
    return first <= today <= last


def _windows(cycle: CycleDates, lead: LeadTimes, today: date) -> Iterator[Occasion]:
    for window in cycle.registration_windows:
        opens, closes = as_date(window["opens_on"]), as_date(window["closes_on"])
        first = max(closes - timedelta(days=lead.registration_closing), opens)
        if _within(today, first, closes):
            yield Occasion("registration-closing", cycle.year, closes, (closes - today).days, opens)


def _before_and_after(
    cycle: CycleDates, due: date | None, lead_days: int, today: date, before: Kind, after: Kind
) -> Iterator[Occasion]:
    """The reminder before a date things are due *before*, or the late one from that date on."""
    if due is None:
        return
    if _within(today, due - timedelta(days=lead_days), due - timedelta(days=1)):
        yield Occasion(before, cycle.year, due, (due - today).days)
    elif _within(today, due, due + timedelta(days=LATE_SPAN_DAYS - 1)):
        yield Occasion(after, cycle.year, due, (due - today).days)


def occasions(cycles: list[CycleDates], lead: LeadTimes, today: date) -> list[Occasion]:
    """Every occasion of these cycles on which a reminder may be sent on the local date `today`."""
    found: list[Occasion] = []
    for cycle in sorted(cycles, key=lambda c: c.year):
        found.extend(_windows(cycle, lead, today))
        found.extend(
            _before_and_after(cycle, cycle.results_due_on, lead.results_due, today, "results-due", "results-overdue")
        )
        if _within(today, cycle.recognition_starts_on, cycle.recognition_ends_on):
            found.append(
                Occasion(
                    "recognition-open",
                    cycle.year,
                    cycle.recognition_starts_on,
                    (cycle.recognition_ends_on - today).days,
                    cycle.recognition_ends_on,
                )
            )
        found.extend(_before_and_after(cycle, cycle.lists_due_on, lead.list_due, today, "list-due", "list-late"))
    return found


def day_text(day: date) -> str:
    """A date as the documents write it: 01/10/2024."""
    return f"{day:%d/%m/%Y}"
