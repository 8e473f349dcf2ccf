"""Hostile uploads: bodies cut off as they arrive, archive bombs, pixel floods, polyglots (issue 14)."""

from __future__ import annotations

from typing import Any

from tests.core.test_bodies import MB, MULTIPART, Body, temp_files


async def test_a_chunked_upload_over_the_limit_is_cut_off_as_it_arrives(ctx: Any, settings_env: Any) -> None:
    settings_env(max_upload_bytes=2 * MB)
    mid = (await ctx.create())["id"]
    before = temp_files()
    body = Body(300 * MB)
    r = await ctx.client.post(
        f"/api/v1/models/{mid}/evidence",
        content=body,
        headers={**ctx.demo.headers("demo.registrant"), "Content-Type": MULTIPART},
    )
    assert r.status_code == 413 and r.json()["code"] == "payload_too_large"
    assert body.sent < 4 * MB
    assert temp_files() == before


async def _refused(
    ctx: Any,
    session: Any,
    store: Any,
    content: bytes,
    filename: str,
    kind: str = "model_photo",
    user: str = "demo.registrant",
) -> dict[str, Any]:
    """Upload, expect 422, and check nothing was kept (no row, no blob, no temp file)."""
    from sqlalchemy import func, select

    from app.models import Evidence
    from tests.evidence.conftest import stored_keys

    mid = (await ctx.create())["id"]
    before = temp_files()
    body = await ctx.attach(
        mid, kind, user, content=content, filename=filename, content_type="application/octet-stream", expect=422
    )
    assert await session.scalar(select(func.count()).select_from(Evidence)) == 0
    assert await stored_keys(store) == set()
    assert temp_files() == before
    return body


async def test_a_docx_that_expands_to_200_mib_is_refused(ctx: Any, session: Any, store: Any) -> None:
    from tests.core import bombs

    body = await _refused(ctx, session, store, bombs.docx_bomb(), "ke-hoach.docx", kind="other")
    assert body["code"] == "archive_too_large"


async def test_pixel_floods_are_refused(ctx: Any, session: Any, store: Any) -> None:
    from tests.core import bombs

    assert (await _refused(ctx, session, store, bombs.png_flood(), "anh.png"))["code"] == "image_too_large"
    assert (await _refused(ctx, session, store, bombs.jpeg_flood(), "anh.jpg"))["code"] == "image_too_large"


async def test_html_inside_or_after_a_jpeg_is_not_stored(ctx: Any, store: Any) -> None:
    from tests.core import bombs
    from tests.evidence.conftest import stored_keys

    mid = (await ctx.create())["id"]
    read = await ctx.attach(
        mid, "model_photo", content=bombs.jpeg_with_html_app0(), filename="anh.jpg", content_type="image/jpeg"
    )
    [key] = await stored_keys(store)
    r = await ctx.client.get(read["content_url"], headers=ctx.demo.headers("demo.registrant"))
    assert r.status_code == 200 and r.content.startswith(b"\xff\xd8") and r.content.endswith(b"\xff\xd9")
    assert b"<html" not in r.content and b"script" not in r.content and key == read["sha256"]


async def test_a_pdf_followed_by_html_is_refused(ctx: Any, session: Any, store: Any) -> None:
    from tests.core import bombs
    from tests.registry.conftest import tiny_pdf

    body = await _refused(ctx, session, store, bombs.pdf_with_html(tiny_pdf()), "bao-cao.pdf", kind="other")
    assert body["code"] == "pdf_trailing_data"
    body = await _refused(ctx, session, store, b"%PDF-1.4\n<html>not a pdf</html>\n", "bao-cao.pdf", kind="other")
    assert body["code"] == "pdf_malformed"
