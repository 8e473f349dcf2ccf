"""Media types come from the bytes; photos lose their metadata (GPS only on request) and keep their pixels."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import upload_samples as samples
from PIL import Image

from app.core.errors import AppError
from app.evidence.media import DOCX, HEIC, JPEG, ODS, ODT, PDF, PNG, WEBP, XLSX
from app.evidence.upload import detect_media_type, strip_metadata

SAMPLES = {
    "pdf": (samples.pdf, PDF),
    "jpg": (samples.jpeg, JPEG),
    "png": (samples.png, PNG),
    "webp": (samples.webp, WEBP),
    "heic": (samples.heic, HEIC),
    "docx": (samples.docx, DOCX),
    "xlsx": (samples.xlsx, XLSX),
    "odt": (lambda: samples.odf("text"), ODT),
    "ods": (lambda: samples.odf("spreadsheet"), ODS),
}


def _write(tmp_path: Path, data: bytes, name: str = "upload.part") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refusal(path: Path, filename: str, declared: str | None) -> AppError:
    with pytest.raises(AppError) as caught:
        detect_media_type(path, filename, declared)
    assert caught.value.status == 415
    return caught.value


@pytest.mark.parametrize("ext", sorted(SAMPLES))
def test_each_allowed_type_is_recognised_from_its_bytes(tmp_path, ext) -> None:
    make, media_type = SAMPLES[ext]
    path = _write(tmp_path, make())
    assert detect_media_type(path, f"hồ sơ.{ext}", None) == media_type
    assert detect_media_type(path, "no-extension", "application/octet-stream") == media_type
    assert detect_media_type(path, f"HỒ SƠ.{ext.upper()}", media_type) == media_type


def test_an_exe_renamed_pdf_is_refused(tmp_path) -> None:
    error = _refusal(_write(tmp_path, samples.exe()), "bao-cao.pdf", "application/pdf")
    assert error.code == "unsupported_media_type"


def test_a_pdf_declared_as_jpeg_is_refused(tmp_path) -> None:
    error = _refusal(_write(tmp_path, samples.pdf()), "scan", "image/jpeg")
    assert error.code == "media_type_mismatch"
    assert error.extensions == {"detected_type": PDF, "declared_type": "image/jpeg"}


def test_a_pdf_named_jpg_is_refused(tmp_path) -> None:
    assert _refusal(_write(tmp_path, samples.pdf()), "anh.jpg", None).code == "media_type_mismatch"


def test_a_real_file_with_an_unlisted_extension_is_refused(tmp_path) -> None:
    assert _refusal(_write(tmp_path, samples.pdf()), "bao-cao.txt", None).code == "media_type_mismatch"


@pytest.mark.parametrize(
    "data",
    [
        b"plain text, not a document",
        b"GIF89a\x01\x00",
        b"PK\x03\x04broken zip",
        b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1",
    ],
)
def test_other_content_is_refused(tmp_path, data) -> None:
    assert _refusal(_write(tmp_path, data), "file", None).code == "unsupported_media_type"


def test_a_macro_enabled_word_file_posing_as_docx_is_refused(tmp_path) -> None:
    assert _refusal(_write(tmp_path, samples.docm()), "ke-hoach.docx", None).code == "unsupported_media_type"


def test_common_aliases_and_zip_declarations_are_accepted(tmp_path) -> None:
    assert detect_media_type(_write(tmp_path, samples.jpeg()), "a.jpeg", "image/jpg") == JPEG
    assert detect_media_type(_write(tmp_path, samples.docx(), "d"), "a.docx", "application/zip") == DOCX
    assert detect_media_type(_write(tmp_path, samples.pdf(), "p"), "a.pdf", "application/pdf; charset=x") == PDF


# ---- metadata -----------------------------------------------------------------------------------------

SECRETS = (b"SecretCam", b"secret-software", b"secret-comment", b"secret-xmp", b"secret-author")


def _exif_of(data: bytes) -> tuple[dict[int, object], dict[int, object]]:
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        return dict(exif), dict(exif.get_ifd(0x8825))


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def _same_pixels(cleaned: bytes, original: bytes, *, exact: bool) -> None:
    """Lossless formats keep every pixel; a re-encoded JPEG (its own tables kept) stays within a few steps."""
    a, b = _pixels(cleaned), _pixels(original)
    assert len(a) == len(b)
    if exact:
        assert a == b
    else:
        assert sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a) < 4


def _progressive_jpeg() -> bytes:
    return samples.jpeg(progressive=True)


@pytest.mark.parametrize(
    ("make", "media_type"), [(samples.jpeg, JPEG), (_progressive_jpeg, JPEG), (samples.png, PNG), (samples.webp, WEBP)]
)
def test_photos_lose_camera_data_and_gps_but_keep_pixels_and_orientation(tmp_path, make, media_type) -> None:
    original = make()
    assert all(s in original for s in (b"SecretCam",))
    path = _write(tmp_path, original)
    assert strip_metadata(path, media_type, keep_location=False) == path
    cleaned = path.read_bytes()
    assert not any(s in cleaned for s in SECRETS)
    tags, gps = _exif_of(cleaned)
    assert gps == {}
    assert tags.get(0x0112) == 6
    assert 0x010F not in tags
    _same_pixels(cleaned, original, exact=media_type != JPEG)
    assert [p.name for p in tmp_path.iterdir()] == ["upload.part"]


@pytest.mark.parametrize(("make", "media_type"), [(samples.jpeg, JPEG), (samples.png, PNG), (samples.webp, WEBP)])
def test_a_survey_photo_can_keep_its_location_and_nothing_else(tmp_path, make, media_type) -> None:
    path = _write(tmp_path, make())
    strip_metadata(path, media_type, keep_location=True)
    cleaned = path.read_bytes()
    assert not any(s in cleaned for s in SECRETS)
    tags, gps = _exif_of(cleaned)
    assert gps[1] == "N" and gps[3] == "E"
    assert 0x010F not in tags


def test_a_heic_photo_loses_its_metadata(tmp_path) -> None:
    import pillow_heif

    path = _write(tmp_path, samples.heic())
    strip_metadata(path, HEIC, keep_location=False)
    cleaned = pillow_heif.open_heif(str(path))
    assert not cleaned.info.get("xmp")
    assert b"SecretCam" not in (cleaned.info.get("exif") or b"")
    assert b"SecretCam" not in path.read_bytes()
    assert cleaned.size == (64, 64)


def test_a_heic_survey_photo_can_keep_its_location(tmp_path) -> None:
    import pillow_heif

    path = _write(tmp_path, samples.heic())
    strip_metadata(path, HEIC, keep_location=True)
    exif = Image.Exif()
    exif.load(pillow_heif.open_heif(str(path)).info["exif"])
    assert exif.get_ifd(0x8825)[1] == "N"
    assert 0x010F not in exif


def test_a_photo_without_metadata_stays_valid(tmp_path) -> None:
    path = _write(tmp_path, samples.jpeg(with_metadata=False))
    strip_metadata(path, JPEG, keep_location=False)
    _same_pixels(path.read_bytes(), samples.jpeg(with_metadata=False), exact=False)


@pytest.mark.parametrize(("make", "media_type"), [(samples.pdf, PDF), (samples.docx, DOCX)])
def test_documents_are_left_untouched(tmp_path, make, media_type) -> None:
    data = make()
    path = _write(tmp_path, data)
    assert strip_metadata(path, media_type, keep_location=False) == path
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"\xff\xd8\xff\xe1\x00", JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", PNG),
        (b"RIFF\x04\x00\x00\x00WEBPVP8X", WEBP),
        (b"\x00\x00", HEIC),
    ],
)
def test_a_damaged_image_is_refused_and_left_as_it_was(tmp_path, data, media_type) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(AppError) as caught:
        strip_metadata(path, media_type, keep_location=False)
    assert (caught.value.status, caught.value.code) == (422, "upload_corrupt_image")
    assert path.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["upload.part"]
