"""Delivering events to a real receiver on loopback: Standard Webhooks signatures (verified with the
`standardwebhooks` verifier), and each documented outcome of a receiver that fails, redirects, hangs, answers
410 or a huge body."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from app.webhooks.subscriptions import rotate_secret
from tests.support.receiver import Hang, Huge, Reply
from tests.webhooks.webhook_support import (
    attempts,
    deliver,
    deliveries,
    delivery_job,
    make_due,
    record,
    run_due,
    subscribe,
)
from tests.webhooks.webhook_support import subscription as stored


async def test_an_event_is_delivered_signed_and_verifies(database: Any, session: Any, demo: Any, receiver: Any):
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    event_id = await record(session, demo, "QT-VL-VT")

    await deliver(database)

    [hit] = receiver.hits("/hook")
    payload = Webhook(subscription.secret).verify(hit.body, hit.headers)
    assert payload["type"] == "model.submitted"
    assert payload["data"]["event_id"] == event_id
    assert payload["data"]["details"]["code"] == "DVK-2026-000001"
    [delivery] = await deliveries(session, subscription.id)
    assert hit.headers["webhook-id"] == f"msg_{delivery.id.hex}"
    assert hit.headers["Content-Type"] == "application/json"
    assert delivery.status == "delivered" and delivery.attempts == 1 and delivery.last_status_code == 200
    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.status_code, logged.error, logged.response_snippet) == ("delivered", 200, None, "ok")
    assert (await delivery_job(session, delivery.id)).status == "done"


async def test_a_tampered_body_or_an_old_timestamp_fails_verification(
    database: Any, session: Any, demo: Any, receiver: Any
):
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    [hit] = receiver.hits("/hook")
    verifier = Webhook(subscription.secret)

    tampered = hit.body.replace(b"model.submitted", b"model.accepted")
    with pytest.raises(WebhookVerificationError):
        verifier.verify(tampered, hit.headers)
    # A replay of the same bytes much later: the timestamp is outside the verifier's tolerance.
    old = {**hit.headers, "webhook-timestamp": str(int(time.time()) - 3600)}
    with pytest.raises(WebhookVerificationError):
        verifier.verify(hit.body, old)
    with pytest.raises(WebhookVerificationError):
        Webhook("whsec_" + "QUJD" * 8).verify(hit.body, hit.headers)  # someone else's secret


async def test_during_a_rotation_both_secrets_sign(database: Any, session: Any, demo: Any, receiver: Any):
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    old_secret = subscription.secret
    new_secret = rotate_secret(subscription, overlap=timedelta(hours=24))
    await session.commit()
    await record(session, demo, "QT-VL-VT")
    await deliver(database)

    [hit] = receiver.hits("/hook")
    signatures = hit.headers["webhook-signature"].split(" ")
    assert len(signatures) == 2 and all(s.startswith("v1,") for s in signatures)
    Webhook(old_secret).verify(hit.body, hit.headers)
    Webhook(new_secret).verify(hit.body, hit.headers)

    # After the overlap only the new secret signs.
    subscription = await stored(session, subscription.id)
    subscription.previous_secret_expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await session.commit()
    await record(session, demo, "QT-VL-HX")
    await deliver(database)
    latest = receiver.hits("/hook")[-1]
    assert len(latest.headers["webhook-signature"].split(" ")) == 1
    Webhook(new_secret).verify(latest.body, latest.headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(old_secret).verify(latest.body, latest.headers)


async def test_a_server_error_is_retried_later_then_delivered(database: Any, session: Any, demo: Any, receiver: Any):
    receiver.script["/hook"] = [Reply(500, body=b'{"error":"database down"}'), Reply(200)]
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")

    before = datetime.now(UTC)
    await deliver(database)
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "pending" and delivery.attempts == 1 and delivery.last_error == "http_500"
    job = await delivery_job(session, delivery.id)
    assert job.status == "queued" and job.run_at > before and job.last_error == "http_500"
    assert job.run_at <= before + timedelta(seconds=6)  # the first wait: at most the 5 s base
    [first] = await attempts(session, subscription.id)
    assert (first.outcome, first.status_code, first.response_snippet) == ("retry", 500, '{"error":"database down"}')

    await make_due(session)
    await run_due(database)
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "delivered" and delivery.attempts == 2
    assert [a.outcome for a in await attempts(session, subscription.id)] == ["retry", "delivered"]
    hits = receiver.hits("/hook")
    assert len(hits) == 2 and hits[0].headers["webhook-id"] == hits[1].headers["webhook-id"]


@pytest.mark.parametrize(("form", "at_least"), [("seconds", 120), ("http-date", 1790)])
async def test_retry_after_is_honoured(database: Any, session: Any, demo: Any, receiver: Any, form: str, at_least: int):
    in_30_minutes = (datetime.now(UTC) + timedelta(minutes=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    retry_after = "120" if form == "seconds" else in_30_minutes
    receiver.script["/hook"] = Reply(503, headers={"Retry-After": retry_after})
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    before = datetime.now(UTC)
    await deliver(database)
    [delivery] = await deliveries(session, subscription.id)
    job = await delivery_job(session, delivery.id)
    assert job.status == "queued" and job.run_at >= before + timedelta(seconds=at_least)
    [logged] = await attempts(session, subscription.id)
    assert logged.error == "http_503" and logged.details["retry_after"] == retry_after


async def test_retry_after_is_capped(database: Any, session: Any, demo: Any, receiver: Any, settings_env: Any):
    settings_env(webhook_retry_max_seconds="600")
    receiver.script["/hook"] = Reply(503, headers={"Retry-After": "999999999"})
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    before = datetime.now(UTC)
    await deliver(database)
    [delivery] = await deliveries(session, subscription.id)
    job = await delivery_job(session, delivery.id)
    assert before + timedelta(seconds=590) <= job.run_at <= before + timedelta(seconds=610)


async def test_gone_disables_the_subscription_and_cancels_the_rest(
    database: Any, session: Any, demo: Any, receiver: Any
):
    receiver.script["/hook"] = Reply(410)
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await record(session, demo, "QT-VL-HX")

    await deliver(database)

    assert len(receiver.hits("/hook")) == 1  # the first 410 stops everything
    subscription = await stored(session, subscription.id)
    assert (subscription.status, subscription.disabled_reason) == ("disabled", "gone")
    assert sorted(d.status for d in await deliveries(session, subscription.id)) == ["cancelled", "failed"]
    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.status_code) == ("gone", 410)
    # New events are no longer dispatched to it.
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    assert len(await deliveries(session, subscription.id)) == 2


async def test_a_redirect_is_not_followed_and_counts_as_a_failure(
    database: Any, session: Any, demo: Any, receiver: Any
):
    receiver.script["/hook"] = Reply(302, headers={"Location": receiver.url("/elsewhere")})
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    assert receiver.hits("/elsewhere") == []
    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.status_code, logged.error) == ("retry", 302, "redirect")
    assert logged.details["location"].endswith("/elsewhere")


async def test_a_receiver_that_hangs_times_out_within_the_bound(database: Any, session: Any, demo: Any, receiver: Any):
    receiver.script["/hook"] = Hang(30)
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    started = time.monotonic()
    await deliver(database)
    assert time.monotonic() - started < 10
    [logged] = await attempts(session, subscription.id)
    assert (logged.outcome, logged.status_code, logged.error) == ("retry", None, "timeout")
    assert 1000 <= logged.duration_ms < 5000


async def test_a_huge_answer_is_not_read(database: Any, session: Any, demo: Any, receiver: Any):
    receiver.script["/hook"] = Huge(200 * 1024 * 1024)
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    [delivery] = await deliveries(session, subscription.id)
    assert delivery.status == "delivered"
    [logged] = await attempts(session, subscription.id)
    assert logged.response_snippet == "x" * 1024
    assert receiver.huge_bytes_sent < 50 * 1024 * 1024  # the sender hung up long before the end


async def test_attempts_run_out_then_the_delivery_fails(database: Any, session: Any, demo: Any, receiver: Any):
    receiver.script["/hook"] = Reply(500)
    subscription = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    for _ in range(5):
        await make_due(session)
        await run_due(database)
    [delivery] = await deliveries(session, subscription.id)
    assert (delivery.status, delivery.attempts) == ("failed", 4)  # webhook_max_attempts = 4 in these tests
    assert [a.outcome for a in await attempts(session, subscription.id)] == ["retry", "retry", "retry", "failed"]
    assert (await delivery_job(session, delivery.id)).status == "done"
    assert len(receiver.hits("/hook")) == 4


async def test_a_dead_receiver_is_a_connection_error_and_the_worker_goes_on(
    database: Any, session: Any, demo: Any, receiver: Any
):
    from tests.support.live_server import free_port

    dead = await subscribe(session, demo, f"http://127.0.0.1:{free_port()}/hook")
    alive = await subscribe(session, demo, receiver.url("/hook"))
    await record(session, demo, "QT-VL-VT")
    await deliver(database)
    [logged] = await attempts(session, dead.id)
    assert (logged.outcome, logged.error) == ("retry", "connect_error")
    assert [d.status for d in await deliveries(session, alive.id)] == ["delivered"]
    body = json.loads(receiver.hits("/hook")[0].body)
    assert body["data"]["resource_type"] == "model"
