"""receive_upload: the multipart body streamed to a temp file, with each bad input refused cleanly."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from starlette.requests import ClientDisconnect
from upload_samples import Part, body_length, multipart, pdf, zeros

from app.core.config import get_settings
from app.core.errors import AppError
from app.evidence.upload import FORM_ALLOWANCE, receive_upload, sanitize_filename

MB = 1024 * 1024


def _temp_files() -> list[Path]:
    folder = get_settings().data_dir / "tmp"
    return sorted(folder.iterdir()) if folder.exists() else []


async def _refused(fake, max_bytes: int = 25 * MB) -> AppError:
    before = _temp_files()
    with pytest.raises(AppError) as caught:
        await receive_upload(fake.request(), max_bytes=max_bytes)
    assert _temp_files() == before, "a refused upload must leave no temp file"
    return caught.value


async def test_a_form_with_a_file_is_received_to_disk_with_its_hash_and_fields() -> None:
    data = pdf()
    fake = multipart(
        [
            Part("kind", b"registration_form"),
            Part("title", "Mẫu 1 – Đăng ký mô hình".encode()),
            Part("file", data, filename="Mẫu 1 đăng ký.pdf", content_type="application/pdf"),
            Part("description", b""),
        ],
        chunk_size=7,
    )
    upload = await receive_upload(fake.request(), max_bytes=MB)
    try:
        assert upload.path.read_bytes() == data
        assert upload.path.parent == get_settings().data_dir / "tmp"
        assert upload.size == len(data)
        assert upload.sha256 == hashlib.sha256(data).hexdigest()
        assert upload.filename == "Mẫu 1 đăng ký.pdf"
        assert upload.declared_type == "application/pdf"
        assert upload.fields == {"kind": "registration_form", "title": "Mẫu 1 – Đăng ký mô hình", "description": ""}
    finally:
        upload.cleanup()
    assert not upload.path.exists()
    upload.cleanup()


async def test_an_empty_file_is_refused() -> None:
    error = await _refused(multipart([Part("file", b"", filename="empty.pdf")]))
    assert (error.status, error.code) == (422, "upload_empty_file")


async def test_a_body_with_no_file_part_is_refused() -> None:
    error = await _refused(multipart([Part("kind", b"registration_form"), Part("title", b"Mau 1")]))
    assert (error.status, error.code) == (422, "upload_missing_file")


async def test_a_26_mb_file_against_a_25_mb_limit_is_cut_off_at_the_limit() -> None:
    fake = multipart([Part("title", b"x"), Part("file", zeros(26 * MB, head=b"%PDF-1.4\n"), filename="big.pdf")])
    error = await _refused(fake, max_bytes=25 * MB)
    assert (error.status, error.code) == (413, "payload_too_large")
    # The request was cut off at the limit, not read to the end first.
    assert 25 * MB < fake.pulled < 25 * MB + 256 * 1024
    assert not fake.done


async def test_a_file_of_exactly_the_limit_is_accepted() -> None:
    fake = multipart([Part("file", zeros(MB, head=b"%PDF-1.4\n"), filename="exact.pdf")])
    upload = await receive_upload(fake.request(), max_bytes=MB)
    assert upload.size == MB
    upload.cleanup()


async def test_a_content_length_far_above_the_limit_is_refused_before_reading() -> None:
    fake = multipart([Part("file", pdf(), filename="a.pdf")], content_length=25 * MB + FORM_ALLOWANCE + 1)
    error = await _refused(fake, max_bytes=25 * MB)
    assert (error.status, error.code) == (413, "payload_too_large")
    assert fake.pulled == 0


async def test_huge_form_fields_cannot_bypass_the_limit() -> None:
    fake = multipart([Part("file", pdf(), filename="a.pdf")] + [Part(f"f{i}", b"y" * 9000) for i in range(500)])
    error = await _refused(fake, max_bytes=1024)
    assert error.status in (413, 422)


async def test_a_field_over_10000_characters_is_refused() -> None:
    fake = multipart([Part("description", "ệ".encode() * 10_001), Part("file", pdf(), filename="a.pdf")])
    error = await _refused(fake)
    assert (error.status, error.code) == (422, "upload_field_too_long")
    assert error.extensions["field"] == "description"


async def test_a_field_of_10000_vietnamese_characters_is_accepted() -> None:
    fake = multipart([Part("description", "ệ".encode() * 10_000), Part("file", pdf(), filename="a.pdf")])
    upload = await receive_upload(fake.request(), max_bytes=MB)
    assert len(upload.fields["description"]) == 10_000
    upload.cleanup()


async def test_two_files_in_one_request_are_refused() -> None:
    fake = multipart([Part("file", pdf(), filename="a.pdf"), Part("file", pdf(), filename="b.pdf")])
    error = await _refused(fake)
    assert (error.status, error.code) == (422, "upload_multiple_files")


async def test_a_body_that_is_not_multipart_is_refused_with_415() -> None:
    fake = multipart([], content_type="application/json", raw_body=b'{"kind": "other"}')
    error = await _refused(fake)
    assert (error.status, error.code) == (415, "unsupported_media_type")


@pytest.mark.parametrize("raw", [b"garbage without any boundary", b"--wrong\r\nContent-Disposition: x\r\n\r\n"])
async def test_a_malformed_multipart_body_is_refused_with_400(raw: bytes) -> None:
    error = await _refused(multipart([], raw_body=raw))
    assert (error.status, error.code) == (400, "malformed_multipart")


async def test_a_multipart_content_type_without_boundary_is_refused_with_400() -> None:
    error = await _refused(multipart([], content_type="multipart/form-data", raw_body=b"x"))
    assert (error.status, error.code) == (400, "malformed_multipart")


async def test_a_body_cut_off_midway_is_refused_and_leaves_no_temp_file() -> None:
    parts = [Part("title", b"x"), Part("file", pdf() * 1000, filename="a.pdf")]
    fake = multipart(parts, truncate_at=body_length(parts, "dvk-0000000000000000") // 2)
    error = await _refused(fake)
    assert (error.status, error.code) == (400, "malformed_multipart")


async def test_a_client_that_disconnects_midway_leaves_no_temp_file() -> None:
    fake = multipart([Part("file", zeros(5 * MB, head=b"%PDF-1.4\n"), filename="a.pdf")], disconnect_after=2 * MB)
    before = _temp_files()
    with pytest.raises(ClientDisconnect):
        await receive_upload(fake.request(), max_bytes=25 * MB)
    assert _temp_files() == before


async def test_a_path_traversal_filename_keeps_only_its_last_part() -> None:
    fake = multipart([Part("file", pdf(), filename="../../etc/passwd")])
    upload = await receive_upload(fake.request(), max_bytes=MB)
    upload.cleanup()
    assert upload.filename == "passwd"


async def test_a_500_character_filename_is_shortened_to_255_keeping_its_extension() -> None:
    fake = multipart([Part("file", pdf(), filename="Báo cáo " + "ư" * 492 + ".pdf")])
    upload = await receive_upload(fake.request(), max_bytes=MB)
    upload.cleanup()
    assert len(upload.filename) == 255
    assert upload.filename.startswith("Báo cáo ưư") and upload.filename.endswith(".pdf")


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("..\\..\\Windows\\system32\\evil.pdf", "evil.pdf"),
        ("C:\\Users\\Lan\\Ảnh chân dung.jpg", "Ảnh chân dung.jpg"),
        ("/etc/shadow", "shadow"),
        ("..", "file"),
        ("", "file"),
        ("bao\x00cao\x1f\x7f.pdf", "baocao.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ('a<b>c:d"e|f?g*h.pdf', "a_b_c_d_e_f_g_h.pdf"),
        ("  ..hidden .pdf. ", "hidden .pdf"),
        ("Bie\u0302n ba\u0309n.pdf", "Biên bản.pdf"),
        ("line\nbreak.pdf", "line break.pdf"),
    ],
)
def test_filenames_are_sanitised_and_vietnamese_is_kept(raw: str, clean: str) -> None:
    assert sanitize_filename(raw) == clean
