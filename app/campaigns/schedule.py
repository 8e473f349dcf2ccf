"""The calendar of a campaign, as pure functions: default cycles, checks, and "what is open on a day".

Dates are judged in the campaign's time zone (Asia/Ho_Chi_Minh by default): 23:30 UTC on 31 August
is already 1 September in Vĩnh Linh, so the August window is closed there. Nothing here touches the
database or HTTP; the service and the models workflow call these.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.i18n import Text

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
MAIN_WINDOW_LABEL = "Đăng ký chính"
LATE_WINDOW_LABEL = "Mô hình phát sinh"

WINDOW_CLOSES_BEFORE_OPENS = Text(
    "Ngày kết thúc đợt đăng ký ({closes_on}) trước ngày bắt đầu ({opens_on}).",
    "The registration window closes ({closes_on}) before it opens ({opens_on}).",
)
WINDOWS_OVERLAP = Text(
    "Đợt đăng ký '{label}' trùng thời gian với đợt '{other}'.",
    "Registration window '{label}' overlaps window '{other}'.",
)
RECOGNITION_ENDS_BEFORE_START = Text(
    "Ngày kết thúc đợt công nhận ({ends}) trước ngày bắt đầu ({starts}).",
    "The recognition period ends ({ends}) before it starts ({starts}).",
)
CYCLE_YEAR_OUTSIDE = Text(
    "Năm {year} nằm ngoài giai đoạn {start}–{end} của phong trào.",
    "Year {year} lies outside the campaign's years {start}–{end}.",
)
INVALID_TIMEZONE = Text(
    "Múi giờ '{timezone}' không hợp lệ (dùng tên IANA, ví dụ Asia/Ho_Chi_Minh).",
    "'{timezone}' is not a valid time zone (use an IANA name, e.g. Asia/Ho_Chi_Minh).",
)


class HasTimezone(Protocol):
    """Anything with a campaign's time zone (a Campaign row)."""

    timezone: str


class HasWindows(Protocol):
    """Anything shaped like a cycle (a CampaignCycle row)."""

    registration_windows: list[dict[str, Any]]
    results_due_on: date


class CycleLike(HasWindows, Protocol):
    """A stored cycle with all its dates."""

    year: int
    recognition_starts_on: date
    recognition_ends_on: date


@dataclass
class CyclePlan:
    """A cycle's values with every default filled in; windows as {"label", "opens_on", "closes_on"} dates."""

    year: int
    registration_windows: list[dict[str, Any]]
    results_due_on: date
    recognition_starts_on: date
    recognition_ends_on: date


def as_date(value: date | str) -> date:
    """A date from a date or its ISO text (how windows are stored in JSON)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def valid_timezone(name: str) -> bool:
    """True if the name is an IANA time zone this server knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def local_today(campaign: HasTimezone, now: datetime) -> date:
    """The calendar date in the campaign's time zone at the instant `now` (naive means UTC)."""
    moment = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(campaign.timezone)).date()


def open_window(cycle: HasWindows, on: date) -> dict[str, Any] | None:
    """The registration window open on that local date, as stored (ISO dates), or None."""
    for window in sorted(cycle.registration_windows, key=lambda w: as_date(w["opens_on"])):
        if as_date(window["opens_on"]) <= on <= as_date(window["closes_on"]):
            return stored_window(window)
    return None


def windows_text(cycle: HasWindows) -> str:
    """The cycle's windows for a message, e.g. "01/08/2023–31/08/2023; 01/02/2024–29/02/2024"."""
    windows = sorted(cycle.registration_windows, key=lambda w: as_date(w["opens_on"]))
    return "; ".join(f"{as_date(w['opens_on']):%d/%m/%Y}–{as_date(w['closes_on']):%d/%m/%Y}" for w in windows)


def is_late(cycle: HasWindows, on: date) -> bool:
    """True if results reported on that local date are late: they are due *before* the results-due
    date (seed 000/001: "báo cáo kết quả trước ngày 01/10"), so a report on 1 October is late."""
    return on >= cycle.results_due_on


def stored_window(window: dict[str, Any]) -> dict[str, Any]:
    """A window in its JSON form: label and ISO dates."""
    return {
        "label": window["label"],
        "opens_on": as_date(window["opens_on"]).isoformat(),
        "closes_on": as_date(window["closes_on"]).isoformat(),
    }


def default_windows(year: int) -> list[dict[str, Any]]:
    """Seed 000's windows: August of the year, and February of the next for models that arise later."""
    february_end = calendar.monthrange(year + 1, 2)[1]
    return [
        {"label": MAIN_WINDOW_LABEL, "opens_on": date(year, 8, 1), "closes_on": date(year, 8, 31)},
        {"label": LATE_WINDOW_LABEL, "opens_on": date(year + 1, 2, 1), "closes_on": date(year + 1, 2, february_end)},
    ]


def plan_cycle(
    year: int,
    registration_windows: Sequence[dict[str, Any]] | None = None,
    results_due_on: date | None = None,
    recognition_starts_on: date | None = None,
    recognition_ends_on: date | None = None,
) -> CyclePlan:
    """A cycle with the defaults for what is not given: results due 1 October, recognition in October."""
    return CyclePlan(
        year=year,
        registration_windows=[dict(w) for w in registration_windows]
        if registration_windows is not None
        else default_windows(year),
        results_due_on=results_due_on or date(year, 10, 1),
        recognition_starts_on=recognition_starts_on or date(year, 10, 1),
        recognition_ends_on=recognition_ends_on or date(year, 10, 31),
    )


def plan_of(cycle: CycleLike) -> CyclePlan:
    """A stored cycle's current values as a plan (window dates parsed)."""
    return CyclePlan(
        year=cycle.year,
        registration_windows=[
            {"label": w["label"], "opens_on": as_date(w["opens_on"]), "closes_on": as_date(w["closes_on"])}
            for w in cycle.registration_windows
        ],
        results_due_on=cycle.results_due_on,
        recognition_starts_on=cycle.recognition_starts_on,
        recognition_ends_on=cycle.recognition_ends_on,
    )


def _error(pointer: str, code: str, message: Text, **params: Any) -> dict[str, Any]:
    return {"code": code, "detail": message.render(**params), "pointer": pointer}


def window_errors(windows: Sequence[dict[str, Any]], at: str) -> list[dict[str, Any]]:
    """Problems with a cycle's windows: one that closes before it opens, or two that overlap."""
    errors: list[dict[str, Any]] = []
    valid: list[tuple[int, dict[str, Any]]] = []
    for index, window in enumerate(windows):
        if window["closes_on"] < window["opens_on"]:
            errors.append(
                _error(
                    f"{at}/registration_windows/{index}/closes_on",
                    "window_closes_before_opens",
                    WINDOW_CLOSES_BEFORE_OPENS,
                    opens_on=f"{window['opens_on']:%d/%m/%Y}",
                    closes_on=f"{window['closes_on']:%d/%m/%Y}",
                )
            )
        else:
            valid.append((index, window))
    valid.sort(key=lambda item: (item[1]["opens_on"], item[0]))
    latest: dict[str, Any] | None = None
    for index, window in valid:
        if latest is not None and window["opens_on"] <= latest["closes_on"]:
            errors.append(
                _error(
                    f"{at}/registration_windows/{index}",
                    "windows_overlap",
                    WINDOWS_OVERLAP,
                    label=window["label"],
                    other=latest["label"],
                )
            )
        if latest is None or window["closes_on"] > latest["closes_on"]:
            latest = window
    return errors


def cycle_errors(plan: CyclePlan, at: str, years: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Problems with a cycle, each with a JSON pointer under `at` (e.g. "#/cycles/0")."""
    errors: list[dict[str, Any]] = []
    if years is not None and not years[0] <= plan.year <= years[1]:
        errors.append(
            _error(
                f"{at}/year",
                "cycle_year_outside_campaign",
                CYCLE_YEAR_OUTSIDE,
                year=plan.year,
                start=years[0],
                end=years[1],
            )
        )
    errors.extend(window_errors(plan.registration_windows, at))
    if plan.recognition_ends_on < plan.recognition_starts_on:
        errors.append(
            _error(
                f"{at}/recognition_ends_on",
                "recognition_ends_before_start",
                RECOGNITION_ENDS_BEFORE_START,
                starts=f"{plan.recognition_starts_on:%d/%m/%Y}",
                ends=f"{plan.recognition_ends_on:%d/%m/%Y}",
            )
        )
    return errors


def timezone_errors(name: str, pointer: str = "#/timezone") -> list[dict[str, Any]]:
    """A problem entry if the time zone is unknown."""
    if valid_timezone(name):
        return []
    return [_error(pointer, "invalid_timezone", INVALID_TIMEZONE, timezone=name)]
