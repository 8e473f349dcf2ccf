"""Hostile uploads: bodies cut off as they arrive, archive bombs, pixel floods, polyglots (issue 14)."""

from __future__ import annotations

from typing import Any

from tests.core.test_bodies import MB, MULTIPART, Body, temp_files


async def test_a_chunked_upload_over_the_limit_is_cut_off_as_it_arrives(ctx: Any, settings_env: Any) -> None:
    settings_env(max_upload_bytes=2 * MB)
    mid = (await ctx.create())["id"]
    before = temp_files()
    body = Body(300 * MB)
    r = await ctx.client.post(f"/api/v1/models/{mid}/evidence", content=body,
                              headers={**ctx.demo.headers("demo.registrant"), "Content-Type": MULTIPART})
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
    assert body.sent < 4 * MB
    assert temp_files() == before
