"""The calendar reminders job, driven by a clock the test sets: each kind reaches the people of its unit and
nobody else, once per person and occasion however often it runs, in the campaign's time zone, with the
catch-up rule, clock jumps and campaigns with no windows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.background import worker_registry
from app.models import Job
from app.notifications.reminder_calendar import LATE_SPAN_DAYS
from app.notifications.reminders import EVERY_SECONDS, REMINDERS, run
from app.worker.jobs import ClaimedJob, JobContext
from app.worker.runner import Worker
from tests.notifications.reminders_support import (
    LISTS_DUE,
    RESULTS_DUE,
    YEAR,
    World,
    days_before,
    local,
    make_campaign,
    world,
)

__all__ = ["world"]

pytestmark = pytest.mark.anyio

UTC_ZONE = ZoneInfo("UTC")


def _types(notifications: list[Any]) -> list[str]:
    return [n.type for n in notifications]


# --- registration window closing ------------------------------------------------------------------------------


async def test_registration_closing_reaches_units_that_registered_nothing(world: World) -> None:
    await world.model("QT-VL-VT-TL", "draft")  # a draft is not a registration
    await world.model("QT-VL-HX-KP1", "registered")  # Hồ Xá has registered: nothing for it
    # The day before the lead time (7 days before 31 August): nothing.
    assert await world.run(local(date(YEAR, 8, 23))) == {}
    assert await world.run(local(date(YEAR, 8, 24))) == {"reminder.registration-closing": 1}
    [told] = await world.inbox("demo.registrant")
    assert told.text_vi == (
        "Còn 7 ngày đến hạn đăng ký mô hình «Dân vận khéo» (31/08/2030); Xã Vĩnh Thạch chưa đăng ký mô hình nào."
    )
    assert told.text_en.startswith("7 days until the model registration window closes (31/08/2030)")
    assert (told.resource_type, told.resource_id, told.unit_id) == (
        "campaign",
        str(world.campaign.id),
        world.demo.unit("QT-VL-VT"),
    )
    assert told.read_at is None and told.event_id is None
    # Other units' people (Hồ Xá registered; Phường 1 lies outside the campaign), the deactivated: nothing.
    for other in ("hx.registrant", "p1.registrant", "vt.former", "demo.authority"):
        assert await world.inbox(other) == []
    # Again the same day, and on later days of the span: once.
    assert await world.run(local(date(YEAR, 8, 24), 23, 59)) == {}
    assert await world.run(local(date(YEAR, 8, 29))) == {}
    assert len(await world.all_reminders()) == 1


async def test_a_unit_that_registers_meanwhile_is_not_reminded(world: World) -> None:
    await world.model("QT-VL-VT-MTTQ", "implementing")
    assert await world.run(local(date(YEAR, 8, 25))) == {"reminder.registration-closing": 1}
    assert await world.inbox("demo.registrant") == []
    assert _types(await world.inbox("hx.registrant")) == ["reminder.registration-closing"]


async def test_the_late_window_is_its_own_occasion(world: World) -> None:
    assert await world.run(local(date(YEAR, 8, 30))) == {"reminder.registration-closing": 2}
    # February's window, for models that arise later: the units that still registered nothing hear again.
    assert await world.run(local(date(YEAR + 1, 2, 25))) == {"reminder.registration-closing": 2}
    texts = [n.text_vi for n in await world.inbox("demo.registrant")]
    assert ["(31/08/2030)" in texts[0], "(28/02/2031)" in texts[1]] == [True, True]
    assert "Còn 3 ngày" in texts[1]


async def test_a_lead_longer_than_the_window_starts_when_it_opens(world: World) -> None:
    world.campaign.remind_registration_closing_days = 60
    await world.session.commit()
    assert await world.run(local(date(YEAR, 7, 31))) == {}
    assert await world.run(local(date(YEAR, 8, 1))) == {"reminder.registration-closing": 2}


# --- results due and overdue ----------------------------------------------------------------------------------


async def test_results_due_then_overdue_once_each_to_the_registrant_unit(world: World) -> None:
    village = await world.model("QT-VL-VT-TL", "implementing", name="Vườn mẫu Tân Lập")
    await world.model("QT-VL-HX-KP1", "implementing", name="Khu phố sáng")
    await world.model("QT-VL-VT-MTTQ", "reported")  # reported already: nothing
    assert await world.run(local(days_before(RESULTS_DUE, 15))) == {}
    assert await world.run(local(days_before(RESULTS_DUE, 14))) == {"reminder.results-due": 2}
    # The commune's registrant is told of its village's model; Hồ Xá's of its own; nobody of the other's.
    [due] = await world.inbox("demo.registrant")
    assert due.text_vi == "Còn 14 ngày đến hạn báo cáo kết quả mô hình «Vườn mẫu Tân Lập» (trước ngày 01/10/2030)."
    assert (due.resource_type, due.resource_id) == ("model", str(village.id))
    assert due.unit_id == world.demo.unit("QT-VL-VT-TL")
    assert [n.data["model_name"] for n in await world.inbox("hx.registrant")] == ["Khu phố sáng"]
    assert await world.inbox("p1.registrant") == [] and await world.inbox("vt.former") == []
    # Twice more before the date: nothing new.
    assert await world.run(local(days_before(RESULTS_DUE, 3))) == {}
    assert await world.run(local(days_before(RESULTS_DUE, 1), 23, 59)) == {}
    # Overdue from the due date on (results are due *before* 1 October), once.
    assert await world.run(local(RESULTS_DUE, 0, 0)) == {"reminder.results-overdue": 2}
    assert await world.run(local(RESULTS_DUE + timedelta(days=5))) == {}
    assert _types(await world.inbox("demo.registrant")) == ["reminder.results-due", "reminder.results-overdue"]
    overdue = (await world.inbox("demo.registrant"))[1]
    assert overdue.text_en == (
        "The results of the model “Vườn mẫu Tân Lập” are overdue (they were due before 01/10/2030)."
    )


async def test_a_model_that_reports_stops_its_reminders(world: World) -> None:
    model = await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(days_before(RESULTS_DUE, 10))) == {"reminder.results-due": 1}
    model.state = "reported"
    await world.session.commit()
    assert await world.run(local(RESULTS_DUE + timedelta(days=1))) == {}


async def test_catch_up_sends_a_missed_reminder_before_its_deadline(world: World) -> None:
    """The worker was down when the reminder's day came (14 days before); it sends it when it is back, with the
    days actually left."""
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(days_before(RESULTS_DUE, 2))) == {"reminder.results-due": 1}
    [due] = await world.inbox("demo.registrant")
    assert due.data["days"] == 2 and due.text_vi.startswith("Còn 2 ngày")


async def test_a_deadline_passed_while_down_sends_only_the_overdue_one(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(RESULTS_DUE + timedelta(days=3))) == {"reminder.results-overdue": 1}
    assert _types(await world.inbox("demo.registrant")) == ["reminder.results-overdue"]


async def test_late_reminders_stop_after_their_span(world: World) -> None:
    """A worker down for more than LATE_SPAN_DAYS after the deadline, or a campaign entered with dates long past,
    sends no stale reminders."""
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(RESULTS_DUE + timedelta(days=LATE_SPAN_DAYS))) == {}
    assert await world.run(local(RESULTS_DUE + timedelta(days=LATE_SPAN_DAYS - 1))) == {"reminder.results-overdue": 1}


async def test_the_lead_time_is_the_campaigns(world: World) -> None:
    world.campaign.remind_results_due_days = 3
    await world.session.commit()
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(days_before(RESULTS_DUE, 4))) == {}
    assert await world.run(local(days_before(RESULTS_DUE, 3))) == {"reminder.results-due": 1}


# --- the time zone ----------------------------------------------------------------------------------------------


async def test_a_deadline_turns_at_local_midnight_not_utc(world: World) -> None:
    """1 October begins at 17:00 UTC on 30 September in Vĩnh Linh: a minute before, results are still due
    (one day left); from then on they are overdue."""
    await world.model("QT-VL-VT-TL", "implementing")
    eve = local(days_before(RESULTS_DUE, 1), 23, 59)
    assert (eve.hour, eve.minute, eve.day) == (16, 59, 30)  # in UTC
    assert await world.run(eve) == {"reminder.results-due": 1}
    assert (await world.inbox("demo.registrant"))[0].data["days"] == 1
    assert await world.run(eve + timedelta(minutes=1)) == {"reminder.results-overdue": 1}


async def test_the_same_instant_is_another_day_in_another_time_zone(world: World) -> None:
    world.campaign.timezone = "UTC"
    await world.session.commit()
    await world.model("QT-VL-VT-TL", "implementing")
    midnight_in_vinh_linh = local(RESULTS_DUE, 0, 0)  # 30 September 17:00 UTC
    assert await world.run(midnight_in_vinh_linh) == {"reminder.results-due": 1}
    assert await world.run(local(RESULTS_DUE, 0, 0, UTC_ZONE)) == {"reminder.results-overdue": 1}


# --- recognition period -----------------------------------------------------------------------------------------


async def test_recognition_open_tells_each_deciding_units_authority_of_its_own(world: World) -> None:
    for _ in range(2):
        await world.model("QT-VL-VT-TL", "surveyed", deciding="QT-VL-VT-DU")
    await world.model("QT-VL-HX-KP1", "surveyed", deciding="QT-VL-HX-DU")
    await world.model("QT-VL-VT-MTTQ", "recognized", deciding="QT-VL-VT-DU")  # decided: not waiting
    assert await world.run(local(date(YEAR, 9, 30))) == {}
    assert await world.run(local(date(YEAR, 10, 1), 7)) == {"reminder.recognition-open": 2}
    [told] = await world.inbox("demo.authority")
    assert told.text_vi == (
        "Bắt đầu thời gian xét công nhận (01/10/2030 – 31/10/2030): 2 mô hình đã khảo sát đang chờ Đảng ủy Xã "
        "Vĩnh Thạch."
    )
    assert told.unit_id == world.demo.unit("QT-VL-VT-DU")
    assert [n.data["count"] for n in await world.inbox("hx.authority")] == [1]
    assert await world.inbox("demo.registrant", "reminder.recognition") == []
    assert await world.run(local(date(YEAR, 10, 20))) == {}
    assert await world.run(local(date(YEAR, 11, 1))) == {}


async def test_recognition_open_is_caught_up_within_the_period_only(world: World) -> None:
    await world.model("QT-VL-VT-TL", "surveyed", deciding="QT-VL-VT-DU")
    assert await world.run(local(date(YEAR, 11, 1))) == {}
    assert await world.run(local(date(YEAR, 10, 31), 23, 59)) == {"reminder.recognition-open": 1}


# --- registration lists -----------------------------------------------------------------------------------------


async def test_list_due_and_late_reach_the_units_yet_to_send(world: World) -> None:
    await world.lists_due()
    await world.model("QT-VL-VT-TL", "registered")
    await world.model("QT-VL-VT-HLHPN", "implementing")
    await world.model("QT-VL-HX-KP1", "registered")
    await world.send_list("QT-VL-HX", date(YEAR, 8, 20))  # Hồ Xá's list covers its ward
    assert await world.run(local(days_before(LISTS_DUE, 8))) == {}
    assert await world.run(local(days_before(LISTS_DUE, 7))) == {"reminder.list-due": 1}
    [due] = await world.inbox("demo.registrant", "reminder.list")
    # One reminder for the commune that sends the list, however many of its units are missing from it.
    assert due.text_vi == (
        "Còn 7 ngày đến hạn gửi danh sách đăng ký mô hình của Xã Vĩnh Thạch (trước ngày 06/09/2030)."
    )
    assert await world.inbox("hx.registrant", "reminder.list") == []
    assert await world.run(local(LISTS_DUE)) == {"reminder.list-late": 1}
    assert await world.run(local(LISTS_DUE + timedelta(days=2))) == {}
    assert _types(await world.inbox("demo.registrant", "reminder.list")) == ["reminder.list-due", "reminder.list-late"]


async def test_a_list_sent_in_time_ends_its_reminders(world: World) -> None:
    await world.lists_due()
    await world.model("QT-VL-VT-TL", "registered")
    await world.send_list("QT-VL-VT", date(YEAR, 9, 1))
    assert await world.run(local(days_before(LISTS_DUE, 3))) == {}
    assert await world.run(local(LISTS_DUE)) == {}


async def test_a_cycle_without_a_list_deadline_sends_no_list_reminders(database: Any, session: Any, demo: Any) -> None:
    from app.core.clock import FixedClock

    campaign = await make_campaign(session, lists_due_on=None, windows=[])
    w = World(database, session, demo, campaign, FixedClock(local(date(YEAR, 7, 1))))
    await w.model("QT-VL-VT-TL", "registered")
    assert await w.run(local(days_before(LISTS_DUE, 3))) == {}
    assert await w.run(local(LISTS_DUE)) == {}


# --- campaigns with no windows, clock jumps ----------------------------------------------------------------------


@pytest.mark.parametrize("cycles", [True, False])
async def test_a_campaign_with_no_windows_sends_nothing_and_fails_nothing(
    database: Any, session: Any, demo: Any, cycles: bool
) -> None:
    from app.core.clock import FixedClock

    campaign = await make_campaign(session, windows=[], lists_due_on=None, cycles=cycles)
    w = World(database, session, demo, campaign, FixedClock(local(date(YEAR, 8, 30))))
    assert await w.run() == {}
    assert await w.all_reminders() == []
    if cycles:  # its other dates still count
        await w.model("QT-VL-VT-TL", "implementing")
        assert await w.run(local(days_before(RESULTS_DUE, 1))) == {"reminder.results-due": 1}


async def test_a_clock_set_back_sends_nothing_twice(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(days_before(RESULTS_DUE, 5))) == {"reminder.results-due": 1}
    assert await world.run(local(RESULTS_DUE + timedelta(days=1))) == {"reminder.results-overdue": 1}
    # Back a week (an NTP correction, a restored snapshot): the spans are re-entered, nothing is sent again.
    assert await world.run(local(days_before(RESULTS_DUE, 6))) == {}
    assert await world.run(local(RESULTS_DUE + timedelta(days=2))) == {}
    assert len(await world.all_reminders()) == 2


async def test_a_clock_set_back_after_an_overdue_one_does_not_bring_the_earlier_one(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(RESULTS_DUE + timedelta(days=1))) == {"reminder.results-overdue": 1}
    assert await world.run(local(days_before(RESULTS_DUE, 5))) == {}
    assert _types(await world.inbox("demo.registrant")) == ["reminder.results-overdue"]


async def test_a_clock_jumping_forward_catches_up_what_is_still_due(world: World) -> None:
    """From 1 July to 29 August in one step: the window closing in two days is still reminded of; the results and
    lists not yet."""
    await world.lists_due()
    await world.model("QT-VL-HX-KP1", "implementing")
    assert await world.run() == {}
    assert await world.run(local(date(YEAR, 8, 29))) == {"reminder.registration-closing": 1}
    # … then past every deadline of the cycle: only what is late is sent.
    assert await world.run(local(date(YEAR, 10, 2))) == {"reminder.results-overdue": 1, "reminder.list-late": 1}


async def test_muted_reminders_are_skipped_but_mandatory_ones_arrive(world: World) -> None:
    from app.models import NotificationPreference

    world.session.add(
        NotificationPreference(
            user_id=world.people["demo.registrant"], muted_types=["reminder.results-due", "reminder.results-overdue"]
        )
    )
    await world.session.commit()
    await world.model("QT-VL-VT-TL", "implementing")
    assert await world.run(local(days_before(RESULTS_DUE, 2))) == {}
    assert await world.run(local(RESULTS_DUE)) == {"reminder.results-overdue": 1}  # mandatory for the role


# --- the job, the worker and its clock ----------------------------------------------------------------------------


async def test_the_job_is_registered_every_fifteen_minutes() -> None:
    registry = worker_registry()
    assert REMINDERS in registry.kinds
    assert [s.every_seconds for s in registry.schedules if s.kind == REMINDERS] == [EVERY_SECONDS] == [900]


async def test_the_handler_reads_now_from_the_job_context(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    world.clock.set(local(days_before(RESULTS_DUE, 1)))
    job = ClaimedJob(1, REMINDERS, {"slot": 0}, 1, 3)
    await run(JobContext(job, world.database, "test-worker", world.clock))
    [due] = await world.inbox("demo.registrant")
    assert due.created_at == world.clock.now()


async def test_a_worker_given_a_clock_runs_the_job_by_it(world: World) -> None:
    await world.model("QT-VL-VT-TL", "implementing")
    world.clock.set(local(RESULTS_DUE + timedelta(days=1)))
    await Worker(world.database, worker_registry(), clock=world.clock, name="test-worker").run_once()
    assert _types(await world.inbox("demo.registrant")) == ["reminder.results-overdue"]
    jobs = (await world.session.scalars(select(Job).where(Job.kind == REMINDERS))).all()
    assert [j.status for j in jobs] == ["done"]
