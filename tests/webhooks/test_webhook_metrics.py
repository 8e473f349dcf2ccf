"""Prometheus metrics of the worker and the deliveries: queue depth by kind and status (read from the database
at scrape time), attempts by outcome, failures by reason, attempt and delivery latencies."""

from __future__ import annotations

from typing import Any

import pytest

from app.worker.jobs import enqueue
from tests.support.receiver import Reply
from tests.webhooks.webhook_support import deliver, record, subscribe

pytestmark = pytest.mark.committing


def _value(text: str, name: str, labels: str = "") -> float:
    prefix = f"{name}{{{labels}}} " if labels else f"{name} "
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_metrics_show_the_queue_and_the_deliveries(
    client: Any, database: Any, session: Any, demo: Any, receiver: Any
) -> None:
    before = (await client.get("/metrics")).text
    receiver.script["/ok"] = Reply(200)
    receiver.script["/busy"] = Reply(503, headers={"Retry-After": "60"})
    await subscribe(session, demo, receiver.url("/ok"))
    await subscribe(session, demo, receiver.url("/busy"))
    await enqueue(session, "reminders.send", {"campaign": "Dân vận khéo 2026"}, dedupe_key="nhac-viec")
    await session.commit()
    await record(session, demo, "QT-VL-VT")
    await deliver(database)

    after = (await client.get("/metrics")).text
    # The 503's delivery waits for its retry; a job of a kind no worker serves yet has failed.
    assert _value(after, "dvk_jobs", 'kind="webhooks.deliver",status="queued"') == 1
    assert _value(after, "dvk_jobs", 'kind="reminders.send",status="failed"') == 1
    for outcome in ("delivered", "retry"):
        series = f'outcome="{outcome}"'
        assert (
            _value(after, "dvk_webhook_attempts_total", series) - _value(before, "dvk_webhook_attempts_total", series)
            == 1
        )
    reason = 'reason="http_5xx"'
    assert (
        _value(after, "dvk_webhook_failures_total", reason) - _value(before, "dvk_webhook_failures_total", reason) == 1
    )
    assert (
        _value(after, "dvk_webhook_attempt_duration_seconds_count")
        - _value(before, "dvk_webhook_attempt_duration_seconds_count")
        == 2
    )
    assert _value(after, "dvk_webhook_delivery_lag_seconds_count") > _value(
        before, "dvk_webhook_delivery_lag_seconds_count"
    )
    done = 'kind="webhooks.deliver",outcome="done"'
    assert _value(after, "dvk_jobs_finished_total", done) - _value(before, "dvk_jobs_finished_total", done) == 1
