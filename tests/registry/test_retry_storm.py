"""Phones on a bad network, against a real server with two workers: answers are lost, the client retries
with the same Idempotency-Key, and every registration exists exactly once. Also: a worker killed in the
middle of an upload leaves only a temp file, which the orphans command lists and start-up sweeps."""

from __future__ import annotations

import asyncio
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from app.core.config import get_settings
from app.models import Evidence, RegisteredModel
from tests.support.live_server import LiveServer

# Live servers (other processes) read and write the run's database.
pytestmark = pytest.mark.committing

CREATES, CLIENTS, LOST_SHARE = 120, 8, 0.2


@pytest.fixture
def server(ctx: Any) -> Iterator[LiveServer]:
    """Two workers on the run's database (the ctx fixture has put the demo tree and a campaign there)."""
    live = LiveServer(workers=2).start()
    try:
        yield live
    finally:
        live.stop()


async def _create_until_answered(
    client: httpx.AsyncClient, ctx: Any, i: int, rng: random.Random, attempts: list[int], lost: list[int]
) -> httpx.Response:
    headers = ctx.demo.headers("demo.registrant", **{"Idempotency-Key": f"storm-{i}"})
    body = ctx.body(name=f"Mô hình trong bão số {i}")
    for attempt in range(1, 50):
        # A share of the answers never arrives: the client gives up after a few milliseconds.
        timeout = 0.003 if rng.random() < LOST_SHARE else 15.0
        try:
            r = await client.post("/api/v1/models", json=body, headers=headers, timeout=timeout)
        except httpx.TimeoutException:
            lost.append(i)
            continue
        if r.status_code == 409 and r.json()["code"] == "idempotency_in_progress":
            await asyncio.sleep(float(r.headers["Retry-After"]) / 10)
            continue
        if r.status_code == 503:  # an outage answer (a loaded machine): retry with the same key, as clients do
            await asyncio.sleep(float(r.headers["Retry-After"]) / 10)
            continue
        attempts.append(attempt)
        return r
    raise AssertionError(f"create {i} never answered")


async def test_a_retry_storm_with_lost_answers_creates_no_duplicates(ctx: Any, server: LiveServer, session) -> None:
    rng = random.Random(13)
    attempts: list[int] = []
    lost: list[int] = []
    gate = asyncio.Semaphore(CLIENTS)

    async def one(i: int) -> httpx.Response:
        async with gate:
            return await _create_until_answered(client, ctx, i, rng, attempts, lost)

    async with httpx.AsyncClient(base_url=server.base_url) as client:
        answers = await asyncio.gather(*(one(i) for i in range(CREATES)))

    assert [r.status_code for r in answers] == [201] * CREATES, [r.text for r in answers if r.status_code != 201]
    assert len({r.json()["id"] for r in answers}) == CREATES
    # The storm really happened: a share of the answers was lost (counted where the client gave up on one).
    assert len(lost) > CREATES * LOST_SHARE / 2 and any(a > 1 for a in attempts), "the storm did lose answers"
    await session.rollback()
    assert await session.scalar(select(func.count()).select_from(RegisteredModel)) == CREATES


async def test_a_worker_killed_mid_upload_leaves_no_row_and_its_temp_file_is_swept(ctx: Any, session) -> None:
    model = await ctx.create()
    tmp = Path(get_settings().data_dir) / "tmp"
    before = set(tmp.glob("*.part")) if tmp.exists() else set()
    live = LiveServer(workers=1).start()
    boundary = "dvk-storm-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nregistration_form\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nMẫu 1\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="mau-1.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
    ).encode()

    async def trickle() -> Any:
        yield head
        for _ in range(400):  # a phone on a slow link; the worker dies long before the end
            yield b"0" * 4096
            await asyncio.sleep(0.02)

    try:
        async with httpx.AsyncClient(base_url=live.base_url) as client:
            multipart = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
            upload = asyncio.ensure_future(
                client.post(
                    f"/api/v1/models/{model['id']}/evidence",
                    content=trickle(),
                    headers=ctx.demo.headers("demo.registrant", **multipart),
                )
            )
            for _ in range(200):  # until the worker has started writing the temp file (10 s at most)
                if set(tmp.glob("*.part")) - before:
                    break
                await asyncio.sleep(0.05)
            live.kill()
            with pytest.raises(httpx.HTTPError):
                await upload
    finally:
        live.stop()

    left = set(tmp.glob("*.part")) - before
    assert left, "the killed worker left its temp file"
    await session.rollback()
    assert await session.scalar(select(func.count()).select_from(Evidence)) == 0

    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "blobs",
        "orphans",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "DVK_STORAGE_BACKEND": "local"},
    )
    out, err = await proc.communicate()
    assert "0 stale upload temp file(s)" in err.decode(), "a temp file written to a moment ago is spared"

    old = time.time() - 20 * 60
    for path in left:
        os.utime(path, (old, old))
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "blobs",
        "orphans",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "DVK_STORAGE_BACKEND": "local"},
    )
    out, err = await proc.communicate()
    assert all(str(p) in out.decode() for p in left) and f"{len(left)} stale upload temp file(s)" in err.decode()
    assert all(p.exists() for p in left), "listing alone removes nothing"

    restarted = LiveServer(workers=1).start()  # start-up sweeps them
    restarted.stop()
    assert not any(p.exists() for p in left)
