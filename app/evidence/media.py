"""What a file really is, from its bytes: the allowed media types and their magic numbers.

The client's filename and declared Content-Type are only checked against the bytes, never trusted.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from app.core.archives import check_archive
from app.core.errors import AppError
from app.core.i18n import Text
from app.evidence.pdf import check_pdf

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
HEIC = "image/heic"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"

# Extension -> the media type its bytes must have.
EXTENSIONS: dict[str, str] = {
    ".pdf": PDF,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".jfif": JPEG,
    ".png": PNG,
    ".webp": WEBP,
    ".heic": HEIC,
    ".heif": HEIC,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".odt": ODT,
    ".ods": ODS,
}

# Declared types that say nothing about the file; other declared types must agree with the bytes.
_GENERIC_DECLARED = frozenset(
    {
        "",
        "application/octet-stream",
        "binary/octet-stream",
        "application/binary",
        "application/unknown",
        "application/x-download",
        "application/force-download",
    }
)
_DECLARED_ALIASES: dict[str, str] = {
    "image/jpg": JPEG,
    "image/pjpeg": JPEG,
    "application/x-pdf": PDF,
    "image/heif": HEIC,
    "image/heic-sequence": HEIC,
    "image/heif-sequence": HEIC,
    "image/x-png": PNG,
}
_ZIP_DECLARED = frozenset({"application/zip", "application/x-zip-compressed"})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})


class UnsupportedMediaType(AppError):
    status, code = 415, "unsupported_media_type"
    message = Text(
        "Loại tệp không được chấp nhận. Chỉ nhận: PDF, JPEG, PNG, WebP, HEIC, DOCX, XLSX, ODT, ODS.",
        "This file type is not accepted. Allowed: PDF, JPEG, PNG, WebP, HEIC, DOCX, XLSX, ODT, ODS.",
    )


NAME_MISMATCH = Text(
    "Nội dung tệp ({detected}) không khớp với phần mở rộng của tên tệp ({claimed}).",
    "The file's content ({detected}) does not match its filename extension ({claimed}).",
)
DECLARED_MISMATCH = Text(
    "Nội dung tệp ({detected}) không khớp với kiểu khai báo ({claimed}).",
    "The file's content ({detected}) does not match its declared type ({claimed}).",
)


def _sniff_zip(path: Path) -> str | None:
    """DOCX/XLSX/ODT/ODS from the archive's directory (bounded first: 422 for a bomb; macro documents refused)."""
    if not zipfile.is_zipfile(path):
        return None
    check_archive(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as f:
                    declared = f.read(100).decode("ascii", "replace").strip()
                return declared if declared in (ODT, ODS) else None
            if "[Content_Types].xml" not in names or any(n.lower().endswith("vbaproject.bin") for n in names):
                return None
            with archive.open("[Content_Types].xml") as f:
                content_types = f.read(1_000_000).decode("utf-8", "replace")
            if "word/document.xml" in names and "wordprocessingml.document.main+xml" in content_types:
                return DOCX
            if "xl/workbook.xml" in names and "spreadsheetml.sheet.main+xml" in content_types:
                return XLSX
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError, EOFError):
        return None
    return None


def sniff(path: Path) -> str | None:
    """The allowed media type the bytes show, or None."""
    with path.open("rb") as f:
        head = f.read(1024)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[4:8] == b"ftyp":
        box_size = int.from_bytes(head[:4], "big")
        brands = {head[8:12]} | {head[i : i + 4] for i in range(16, min(box_size, len(head)) - 3, 4)}
        if head[8:12] in _HEIC_BRANDS and b"avif" not in brands:
            return HEIC
        return None
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    return None


def _short(media_type: str) -> str:
    """A readable name for a media type in messages (pdf, jpeg, docx…)."""
    for ext, value in EXTENSIONS.items():
        if value == media_type:
            return ext[1:]
    return media_type


def detect_media_type(path: Path, filename: str, declared_type: str | None) -> str:
    """The media type from the bytes; 415 if not allowed or if the name or declared type disagree; 422 for a
    zip bomb (archive_*) or a PDF that is not one PDF alone (pdf_*)."""
    detected = sniff(path)
    if detected is None:
        raise UnsupportedMediaType()
    suffix = PurePosixPath(filename).suffix.lower() if filename else ""
    if suffix and EXTENSIONS.get(suffix) != detected:
        raise UnsupportedMediaType(
            NAME_MISMATCH,
            code="media_type_mismatch",
            detected_type=detected,
            _detected=_short(detected),
            _claimed=suffix[:20],
        )
    declared = (declared_type or "").split(";", 1)[0].strip().lower()
    if declared not in _GENERIC_DECLARED:
        claimed = _DECLARED_ALIASES.get(declared, declared)
        zip_ok = claimed in _ZIP_DECLARED and detected in (DOCX, XLSX, ODT, ODS)
        if claimed != detected and not zip_ok:
            raise UnsupportedMediaType(
                DECLARED_MISMATCH,
                code="media_type_mismatch",
                detected_type=detected,
                declared_type=declared[:100],
                _detected=_short(detected),
                _claimed=declared[:100],
            )
    if detected == PDF:
        check_pdf(path)
    return detected
