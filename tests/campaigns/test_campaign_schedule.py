"""The campaign calendar as pure functions: time zones, windows, lateness, defaults and checks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

from app.campaigns.schedule import cycle_errors, plan_cycle, stored_window, valid_timezone
from app.campaigns.service import is_late, local_today, open_window, windows_text
from app.models import CampaignCycle

VINH_LINH = SimpleNamespace(timezone="Asia/Ho_Chi_Minh")


def cycle_of(year: int, **overrides: object) -> CampaignCycle:
    """A cycle row (not stored) with the defaults for the year."""
    plan = plan_cycle(year, **overrides)  # type: ignore[arg-type]
    return CampaignCycle(
        year=plan.year,
        registration_windows=[stored_window(w) for w in plan.registration_windows],
        results_due_on=plan.results_due_on,
        recognition_starts_on=plan.recognition_starts_on,
        recognition_ends_on=plan.recognition_ends_on,
    )


def test_half_past_eleven_utc_on_31_august_is_already_1_september_in_vinh_linh() -> None:
    today = local_today(VINH_LINH, datetime(2023, 8, 31, 23, 30, tzinfo=UTC))
    assert today == date(2023, 9, 1)
    assert open_window(cycle_of(2023), today) is None


def test_the_august_window_is_open_until_the_local_end_of_31_august() -> None:
    today = local_today(VINH_LINH, datetime(2023, 8, 31, 16, 59, tzinfo=UTC))
    assert today == date(2023, 8, 31)
    assert open_window(cycle_of(2023), today) == {
        "label": "Đăng ký chính",
        "opens_on": "2023-08-01",
        "closes_on": "2023-08-31",
    }


def test_a_naive_instant_is_taken_as_utc() -> None:
    assert local_today(VINH_LINH, datetime(2023, 8, 31, 17, 0)) == date(2023, 9, 1)


def test_models_that_arise_later_register_in_february_of_the_next_year() -> None:
    window = open_window(cycle_of(2023), date(2024, 2, 29))
    assert window is not None and window["label"] == "Mô hình phát sinh"
    assert open_window(cycle_of(2023), date(2024, 3, 1)) is None
    assert open_window(cycle_of(2024), date(2025, 2, 28)) is not None
    assert open_window(cycle_of(2023), date(2023, 7, 31)) is None


def test_windows_text_lists_the_windows_in_order_for_an_error_message() -> None:
    assert windows_text(cycle_of(2023)) == "01/08/2023–31/08/2023; 01/02/2024–29/02/2024"
    assert windows_text(cycle_of(2024)) == "01/08/2024–31/08/2024; 01/02/2025–28/02/2025"


def test_results_are_late_only_after_the_results_due_date() -> None:
    cycle = cycle_of(2023)
    assert cycle.results_due_on == date(2023, 10, 1)
    assert not is_late(cycle, date(2023, 9, 30))
    assert is_late(cycle, date(2023, 10, 1))  # due *before* 1 October
    assert is_late(cycle, date(2023, 10, 2))


def test_a_default_cycle_recognises_models_in_mass_mobilisation_month() -> None:
    plan = plan_cycle(2025)
    assert (plan.recognition_starts_on, plan.recognition_ends_on) == (date(2025, 10, 1), date(2025, 10, 31))
    assert [w["label"] for w in plan.registration_windows] == ["Đăng ký chính", "Mô hình phát sinh"]


def test_overlapping_windows_are_refused_with_a_pointer_to_the_later_one() -> None:
    plan = plan_cycle(
        2023,
        [
            {"label": "Đợt 2", "opens_on": date(2023, 8, 20), "closes_on": date(2023, 9, 10)},
            {"label": "Đợt 1", "opens_on": date(2023, 8, 1), "closes_on": date(2023, 8, 20)},
        ],
    )
    errors = cycle_errors(plan, "#/cycles/0")
    assert [(e["code"], e["pointer"]) for e in errors] == [("windows_overlap", "#/cycles/0/registration_windows/0")]


def test_back_to_back_windows_do_not_overlap() -> None:
    plan = plan_cycle(
        2023,
        [
            {"label": "Đợt 1", "opens_on": date(2023, 8, 1), "closes_on": date(2023, 8, 15)},
            {"label": "Đợt 2", "opens_on": date(2023, 8, 16), "closes_on": date(2023, 8, 31)},
        ],
    )
    assert cycle_errors(plan, "#") == []


def test_a_window_closing_before_it_opens_and_a_backwards_recognition_period_are_refused() -> None:
    plan = plan_cycle(
        2023,
        [{"label": "Đăng ký chính", "opens_on": date(2023, 8, 31), "closes_on": date(2023, 8, 1)}],
        recognition_starts_on=date(2023, 10, 31),
        recognition_ends_on=date(2023, 10, 1),
    )
    assert [(e["code"], e["pointer"]) for e in cycle_errors(plan, "#")] == [
        ("window_closes_before_opens", "#/registration_windows/0/closes_on"),
        ("recognition_ends_before_start", "#/recognition_ends_on"),
    ]


def test_a_cycle_year_must_lie_within_the_campaign() -> None:
    errors = cycle_errors(plan_cycle(2026), "#", (2023, 2025))
    assert [(e["code"], e["pointer"]) for e in errors] == [("cycle_year_outside_campaign", "#/year")]


def test_time_zones_are_iana_names() -> None:
    assert valid_timezone("Asia/Ho_Chi_Minh")
    assert not valid_timezone("Asia/Vinh_Linh")
    assert not valid_timezone("../etc/passwd")
    assert not valid_timezone("Asia")
