"""Bad uploads over HTTP: each gets a clear 4xx and leaves no row and no stored bytes."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Evidence
from tests.evidence.conftest import stored_keys
from tests.registry.conftest import tiny_pdf


async def _nothing_kept(session, store) -> None:
    assert await session.scalar(select(func.count()).select_from(Evidence)) == 0
    assert await stored_keys(store) == set()


async def test_an_unknown_kind_is_422(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    r = await ctx.attach(mid, "selfie", expect=422)
    assert r["code"] == "unknown_evidence_kind" and r["errors"][0]["pointer"] == "#/kind"
    assert "registration_form" in r["allowed"]
    await _nothing_kept(session, store)


async def test_missing_title_and_unknown_fields_are_422_with_pointers(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    r = await ctx.client.post(
        f"/api/v1/models/{mid}/evidence",
        data={"kind": "other", "is_public": "true"},
        files={"file": ("a.pdf", tiny_pdf(), "application/pdf")},
        headers=ctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 422 and r.json()["code"] == "validation_failed"
    assert {(e["code"], e["pointer"]) for e in r.json()["errors"]} == {
        ("missing", "#/title"),
        ("extra_forbidden", "#/is_public"),
    }
    half = await ctx.attach(mid, "survey_photo", "demo.mobiliser", latitude=17.0, expect=422)
    assert half["code"] == "validation_failed"
    await _nothing_kept(session, store)


async def test_an_empty_file_is_422(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    assert (await ctx.attach(mid, "other", content=b"", expect=422))["code"] == "upload_empty_file"
    await _nothing_kept(session, store)


async def test_a_body_without_a_file_part_is_422(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    r = await ctx.client.post(
        f"/api/v1/models/{mid}/evidence",
        data={"kind": "other", "title": "Không có tệp"},
        files={"note": (None, "only fields")},
        headers=ctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 422 and r.json()["code"] == "upload_missing_file"
    await _nothing_kept(session, store)


async def test_a_file_over_the_limit_is_413(ctx, session, store, settings_env) -> None:
    settings_env(max_upload_bytes=4096)
    mid = (await ctx.create())["id"]
    r = await ctx.attach(mid, "other", content=tiny_pdf("x" * 5000), expect=413)
    assert r["code"] == "payload_too_large"
    await ctx.attach(mid, "other", content=tiny_pdf("x" * 3000))


async def test_an_exe_renamed_pdf_is_415(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    exe = b"MZ\x90\x00\x03" + b"\x00" * 200 + b"This program cannot be run in DOS mode."
    r = await ctx.attach(mid, "other", content=exe, filename="bao-cao.pdf", expect=415)
    assert r["code"] in ("unsupported_media_type", "media_type_mismatch")
    await _nothing_kept(session, store)


async def test_a_pdf_declared_as_jpeg_is_415(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    r = await ctx.attach(mid, "model_photo", filename="anh.pdf", content_type="image/jpeg", expect=415)
    assert r["code"] == "media_type_mismatch"
    await _nothing_kept(session, store)


async def test_a_traversal_filename_keeps_only_its_last_part(ctx) -> None:
    mid = (await ctx.create())["id"]
    item = await ctx.attach(mid, "other", filename="../../etc/passwd.pdf")
    assert item["original_filename"] == "passwd.pdf"


async def test_a_500_character_filename_is_shortened_keeping_its_extension(ctx) -> None:
    mid = (await ctx.create())["id"]
    item = await ctx.attach(mid, "other", filename="Báo cáo " + "đ" * 492 + ".pdf")
    assert len(item["original_filename"]) <= 255 and item["original_filename"].endswith(".pdf")
    assert item["original_filename"].startswith("Báo cáo đđđ")


async def test_a_request_cut_off_midway_leaves_nothing(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    boundary = "dvk-cut-off"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        "Content-Type: application/pdf\r\n\r\n"
    ).encode()

    async def body():
        yield head
        yield tiny_pdf("cut")[:100]  # the connection drops here: no closing boundary ever comes

    r = await ctx.client.post(
        f"/api/v1/models/{mid}/evidence",
        content=body(),
        headers=ctx.demo.headers("demo.registrant", **{"Content-Type": f"multipart/form-data; boundary={boundary}"}),
    )
    assert r.status_code == 400 and r.json()["code"] == "malformed_multipart"
    await _nothing_kept(session, store)
    assert not list((store.root.parent / "tmp").glob("*")) if hasattr(store, "root") else True


async def test_a_json_body_is_415(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    r = await ctx.client.post(
        f"/api/v1/models/{mid}/evidence",
        json={"kind": "other", "title": "x"},
        headers=ctx.demo.headers("demo.registrant"),
    )
    assert r.status_code == 415
    await _nothing_kept(session, store)


@pytest.mark.parametrize("shared", [False, True], ids=["new-bytes", "bytes-shared-with-another-file"])
async def test_a_failed_database_write_leaves_no_row_and_no_orphaned_bytes(
    ctx, session, store, monkeypatch, shared
) -> None:
    mid = (await ctx.create())["id"]
    content = tiny_pdf("fails")
    if shared:
        keep = await ctx.attach(mid, "implementation_document", content=content)
    real_flush = AsyncSession.flush

    async def failing_flush(self, objects=None):
        if any(isinstance(o, Evidence) for o in self.new):
            raise RuntimeError("disk full")
        return await real_flush(self, objects)

    monkeypatch.setattr(AsyncSession, "flush", failing_flush)
    r = await ctx.attach(mid, "registration_form", content=content, expect=500)
    assert r["code"] == "internal_error"
    monkeypatch.undo()
    rows = (await session.scalars(select(Evidence))).all()
    if shared:
        assert [e.id for e in rows] == [uuid.UUID(keep["id"])]
        assert await stored_keys(store) == {keep["sha256"]}
    else:
        await _nothing_kept(session, store)


async def test_a_retried_upload_with_the_same_key_is_stored_once(ctx, session, store) -> None:
    mid = (await ctx.create())["id"]
    key = {"Idempotency-Key": "upload-7"}
    content = tiny_pdf("retry")
    first = await ctx.attach(mid, "registration_form", content=content, headers=key)
    second = await ctx.attach(mid, "registration_form", content=content, headers=key)
    assert first == second
    assert await session.scalar(select(func.count()).select_from(Evidence)) == 1
    other = await ctx.attach(mid, "registration_form", content=tiny_pdf("another"), headers=key, expect=422)
    assert other["code"] == "idempotency_key_reused"
    assert await stored_keys(store) == {first["sha256"]}
