"""Exactly once: parallel requests with one Idempotency-Key do the work once and all answer the first answer.

On PostgreSQL these race for real (one event loop, many pooled connections); SQLite serialises writers, so
the same tests there check the semantics without the race.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from app.models import IdempotencyRecord, RegisteredModel

N = 15


async def _count_models(session) -> int:
    await session.rollback()
    return int(await session.scalar(select(func.count()).select_from(RegisteredModel)) or 0)


@pytest.mark.committing  # requests at once
async def test_parallel_identical_creates_with_one_key_register_one_model(ctx, session) -> None:
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "phone-retry-1"})
    body = ctx.body()
    answers = await asyncio.gather(*(ctx.client.post("/api/v1/models", json=body, headers=headers) for _ in range(N)))

    assert [r.status_code for r in answers] == [201] * N, [r.text for r in answers if r.status_code != 201]
    assert len({r.json()["id"] for r in answers}) == 1
    assert len({r.json()["code"] for r in answers}) == 1
    assert len({r.content for r in answers}) == 1, "every answer carries the first one's body"
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in answers) == N - 1
    assert await _count_models(session) == 1


@pytest.mark.committing  # requests at once
async def test_parallel_creates_with_one_key_and_different_bodies_run_one_of_them(ctx, session) -> None:
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "same-key-other-bodies"})
    answers = await asyncio.gather(
        *(ctx.client.post("/api/v1/models", json=ctx.body(name=f"Mô hình số {i}"), headers=headers) for i in range(N))
    )

    statuses = sorted(r.status_code for r in answers)
    assert statuses == [201] + [422] * (N - 1), [r.text for r in answers]
    assert {r.json()["code"] for r in answers if r.status_code == 422} == {"idempotency_key_reused"}
    assert await _count_models(session) == 1


@pytest.mark.committing  # requests at once
async def test_parallel_retries_of_one_transition_all_get_the_first_answer(ctx, session) -> None:
    model = await ctx.create(with_form=True)
    current = await ctx.client.get(f"/api/v1/models/{model['id']}", headers=ctx.demo.headers("demo.registrant"))
    headers = ctx.demo.headers(
        "demo.registrant", **{"Idempotency-Key": "submit-once", "If-Match": current.headers["ETag"]}
    )
    answers = await asyncio.gather(
        *(
            ctx.client.post(f"/api/v1/models/{model['id']}/transitions", json={"action": "submit"}, headers=headers)
            for _ in range(N)
        )
    )

    assert [r.status_code for r in answers] == [200] * N, [r.text for r in answers if r.status_code != 200]
    assert len({r.content for r in answers}) == 1
    history = await ctx.client.get(f"/api/v1/models/{model['id']}/history", headers=ctx.demo.headers("demo.registrant"))
    assert [h["action"] for h in history.json()].count("submit") == 1


async def test_a_failed_first_attempt_leaves_no_claim_and_the_retry_does_the_work(ctx, session) -> None:
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "first-fails"})
    refused = await ctx.client.post(
        "/api/v1/models", json=ctx.body(registrant_unit_id=ctx.demo.unit("QT-DH")), headers=headers
    )
    assert refused.status_code in (403, 404)
    await session.rollback()
    assert await session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 0

    # The key was never used for an answer: the corrected request (another body) runs.
    done = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
    assert done.status_code == 201 and "Idempotent-Replayed" not in done.headers


async def test_a_key_is_taken_over_only_after_its_24_hours(ctx, session) -> None:
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "old-key"})
    first = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
    other = await ctx.client.post("/api/v1/models", json=ctx.body(name="Một mô hình khác"), headers=headers)
    assert other.status_code == 422, "a live key with another body is refused"

    await session.execute(update(IdempotencyRecord).values(created_at=datetime.now(UTC) - timedelta(hours=25)))
    await session.commit()
    again = await ctx.client.post("/api/v1/models", json=ctx.body(name="Một mô hình khác"), headers=headers)
    assert again.status_code == 201 and again.json()["id"] != first.json()["id"]
    replay = await ctx.client.post("/api/v1/models", json=ctx.body(name="Một mô hình khác"), headers=headers)
    assert replay.json()["id"] == again.json()["id"] and replay.headers["Idempotent-Replayed"] == "true"
    await session.rollback()
    assert await session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1


async def test_keys_belong_to_their_caller(ctx) -> None:
    key = {"Idempotency-Key": f"shared-{uuid.uuid4()}"}
    mine = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=ctx.demo.headers("demo.registrant", **key))
    theirs = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=ctx.demo.headers("demo.admin", **key))
    assert mine.status_code == 201
    # Another caller's request with the same key is its own request (here refused: an admin does not
    # register), never a replay of the first caller's answer.
    assert theirs.status_code == 403 and "Idempotent-Replayed" not in theirs.headers


@pytest.mark.committing  # requests at once
@pytest.mark.postgres_only
async def test_a_duplicate_past_the_wait_gets_409_in_progress_then_does_the_work(ctx, settings_env) -> None:
    settings_env(idempotency_wait_seconds=0.5)
    from app.core.db import get_database

    # Another request holds the key: its claim is inserted in a transaction that has not finished.
    async with get_database().engine.connect() as holder:
        await holder.execute(
            IdempotencyRecord.__table__.insert().values(
                user_id=uuid.UUID(str(ctx.demo.users["demo.registrant"])),
                key="slow-first",
                method="POST",
                path="/api/v1/models",
                request_hash="x" * 64,
                status_code=0,
                response_body="",
                response_headers={},
                created_at=datetime.now(UTC),
            )
        )
        headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "slow-first"})
        waited = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
        assert waited.status_code == 409 and waited.json()["code"] == "idempotency_in_progress", waited.text
        assert int(waited.headers["Retry-After"]) >= 1
        await holder.rollback()  # the first request failed: its claim is gone
    done = await ctx.client.post("/api/v1/models", json=ctx.body(), headers=headers)
    assert done.status_code == 201 and "Idempotent-Replayed" not in done.headers


@pytest.mark.committing  # requests at once
async def test_parallel_uploads_with_one_key_store_one_file(ctx, session) -> None:
    from app.models import Evidence
    from tests.registry.conftest import tiny_pdf

    model = await ctx.create()
    pdf = tiny_pdf("mau-1-song-song")
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": "upload-once"})
    answers = await asyncio.gather(
        *(
            ctx.client.post(
                f"/api/v1/models/{model['id']}/evidence",
                data={"kind": "registration_form", "title": "Mẫu 1"},
                files={"file": ("mau-1.pdf", pdf, "application/pdf")},
                headers=headers,
            )
            for _ in range(8)
        )
    )

    assert [r.status_code for r in answers] == [201] * 8, [r.text for r in answers if r.status_code != 201]
    assert len({r.content for r in answers}) == 1
    await session.rollback()
    assert await session.scalar(select(func.count()).select_from(Evidence)) == 1
