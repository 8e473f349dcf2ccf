"""Receiving an upload safely: the multipart body is streamed to a temp file and hashed on the way,
cut off as soon as the file passes the limit, and never held in memory whole.

Also re-exports the byte checks that follow a receive: detect_media_type and strip_metadata.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

import anyio
from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from app.core.bodies import FORM_ALLOWANCE
from app.core.config import get_settings
from app.core.errors import AppError, PayloadTooLarge, Unprocessable
from app.core.i18n import Text
from app.evidence.media import UnsupportedMediaType, detect_media_type
from app.evidence.metadata import strip_metadata

__all__ = ["ReceivedUpload", "detect_media_type", "receive_upload", "sanitize_filename", "strip_metadata"]

FILE_FIELD = "file"
MAX_FIELD_CHARS = 10_000
MAX_FIELDS = 30
MAX_PART_HEADER_BYTES = 16 * 1024
MAX_FILENAME_CHARS = 255
FALLBACK_FILENAME = "file"

_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*]')
_SPACES = re.compile(r"[^\S\x1c-\x1f]+")


class MalformedMultipart(AppError):
    status, code = 400, "malformed_multipart"
    message = Text(
        "Nội dung multipart/form-data không hợp lệ hoặc bị cắt cụt.",
        "The multipart/form-data body is malformed or truncated.",
    )


@dataclass
class ReceivedUpload:
    """A file received to a temp file, with its size, hash, safe name and the other form fields."""

    path: Path
    size: int
    sha256: str
    filename: str
    declared_type: str | None
    fields: dict[str, str] = field(default_factory=dict)

    def cleanup(self) -> None:
        """Delete the temp file (safe to call twice)."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def sanitize_filename(raw: str) -> str:
    """A display-safe filename: last path part only, no control or format characters, ≤ 255 characters."""
    name = unicodedata.normalize("NFC", raw).replace("\\", "/").rsplit("/", 1)[-1]
    name = _SPACES.sub(" ", name)
    # Category C covers control characters and also bidi overrides (U+202E) that disguise extensions.
    name = "".join(
        ch for ch in name if unicodedata.category(ch)[0] != "C" and unicodedata.category(ch) not in ("Zl", "Zp")
    )
    name = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if not name:
        return FALLBACK_FILENAME
    if len(name) > MAX_FILENAME_CHARS:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if 1 < len(suffix) <= 16 else ""
        name = name[: MAX_FILENAME_CHARS - len(suffix)].rstrip(" .") + suffix
    return name


def _decode(raw: bytes) -> str:
    """Header and field bytes: UTF-8 as browsers send it, Latin-1 as a last resort."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _open_temp() -> tuple[Path, IO[bytes]]:
    """A new temp file under data_dir/tmp (same filesystem as the local blob store)."""
    folder = get_settings().data_dir / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix="upload-", suffix=".part")
    return Path(name), os.fdopen(fd, "wb")


class _Receiver:
    """Parser callbacks: collect headers and fields; queue file bytes for writing off the event loop."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.headers: dict[str, bytes] = {}
        self.header_field = bytearray()
        self.header_value = bytearray()
        self.header_bytes = 0
        self.in_file = False
        self.file_seen = False
        self.field_name = ""
        self.field_value = bytearray()
        self.fields: dict[str, str] = {}
        self.filename = ""
        self.declared_type: str | None = None
        self.size = 0
        self.pending: list[bytes] = []
        self.ended = False

    def callbacks(self) -> Any:
        """The callback table for MultipartParser."""
        return {
            "on_part_begin": self.on_part_begin,
            "on_header_field": self.on_header_field,
            "on_header_value": self.on_header_value,
            "on_header_end": self.on_header_end,
            "on_headers_finished": self.on_headers_finished,
            "on_part_data": self.on_part_data,
            "on_part_end": self.on_part_end,
            "on_end": self.on_end,
        }

    def on_part_begin(self) -> None:
        self.headers, self.header_bytes, self.in_file = {}, 0, False
        self.field_value = bytearray()

    def _grow_header(self, n: int) -> None:
        self.header_bytes += n
        if self.header_bytes > MAX_PART_HEADER_BYTES:
            raise MalformedMultipart()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._grow_header(end - start)
        self.header_field += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._grow_header(end - start)
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        self.headers[bytes(self.header_field).decode("latin-1").strip().lower()] = bytes(self.header_value).strip()
        self.header_field, self.header_value = bytearray(), bytearray()

    def on_headers_finished(self) -> None:
        # Latin-1 round-trips the raw bytes; names and filenames are then decoded as UTF-8.
        disposition, options = parse_options_header(self.headers.get("content-disposition", b"").decode("latin-1"))
        if disposition != b"form-data" or b"name" not in options:
            raise MalformedMultipart()
        self.field_name = _decode(options[b"name"])
        if self.field_name == FILE_FIELD or b"filename" in options:
            if self.file_seen:
                raise Unprocessable(
                    Text(
                        "Mỗi yêu cầu chỉ được gửi một tệp (trường “file”).",
                        "Send exactly one file per request (the “file” field).",
                    ),
                    code="upload_multiple_files",
                )
            self.in_file = self.file_seen = True
            self.filename = sanitize_filename(_decode(options.get(b"filename", b"")))
            self.declared_type = _decode(self.headers.get("content-type", b""))[:255] or None
        elif len(self.fields) >= MAX_FIELDS:
            raise Unprocessable(
                Text("Quá nhiều trường trong biểu mẫu (tối đa {n}).", "Too many form fields (at most {n})."),
                code="upload_too_many_fields",
                _n=MAX_FIELDS,
            )

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.in_file:
            self.size += end - start
            if self.size > self.max_bytes:
                raise PayloadTooLarge(_limit=self.max_bytes, max_bytes=self.max_bytes)
            self.pending.append(bytes(data[start:end]))
            return
        self.field_value += data[start:end]
        # 4 bytes is the longest UTF-8 character: beyond that the field is too long whatever it holds.
        if len(self.field_value) > MAX_FIELD_CHARS * 4:
            self._field_too_long()

    def _field_too_long(self) -> None:
        raise Unprocessable(
            Text("Trường “{name}” dài quá {n} ký tự.", "Field “{name}” exceeds {n} characters."),
            code="upload_field_too_long",
            field=self.field_name[:100],
            _name=self.field_name[:100],
            _n=MAX_FIELD_CHARS,
        )

    def on_part_end(self) -> None:
        if self.in_file:
            self.in_file = False
            return
        value = _decode(bytes(self.field_value))
        if len(value) > MAX_FIELD_CHARS:
            self._field_too_long()
        self.fields[self.field_name] = value

    def on_end(self) -> None:
        self.ended = True


def _content_type(request: Request) -> bytes:
    """The multipart boundary; 415 for any other content type, 400 without a boundary."""
    ctype, options = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data":
        raise UnsupportedMediaType(
            Text("Yêu cầu tải tệp phải là multipart/form-data.", "An upload must be sent as multipart/form-data.")
        )
    boundary = options.get(b"boundary", b"")
    if not boundary or len(boundary) > 200:
        raise MalformedMultipart()
    return boundary


async def _parse(
    request: Request,
    parser: MultipartParser,
    receiver: _Receiver,
    flush: Callable[[list[bytes]], None],
    *,
    max_bytes: int,
) -> None:
    """Feed the body to the parser as it arrives, handing file data to `flush` (in a worker thread) as it
    comes; 413 once the body passes the file limit plus the form's allowance."""
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > max_bytes + FORM_ALLOWANCE:
            raise PayloadTooLarge(_limit=max_bytes, max_bytes=max_bytes)
        parser.write(chunk)
        if receiver.pending:
            chunks, receiver.pending = receiver.pending, []
            await anyio.to_thread.run_sync(flush, chunks)
        if receiver.ended:
            break
    parser.finalize()


async def receive_upload(request: Request, *, max_bytes: int) -> ReceivedUpload:
    """Stream the request's multipart body to a temp file; 413/415/422/400 on bad input (temp file removed)."""
    boundary = _content_type(request)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes + FORM_ALLOWANCE:
        raise PayloadTooLarge(_limit=max_bytes, max_bytes=max_bytes)
    receiver = _Receiver(max_bytes)
    parser = MultipartParser(boundary, receiver.callbacks())
    hasher = hashlib.sha256()
    path, sink = _open_temp()

    def flush(chunks: list[bytes]) -> None:
        for chunk in chunks:
            hasher.update(chunk)
            sink.write(chunk)

    try:
        try:
            await _parse(request, parser, receiver, flush, max_bytes=max_bytes)
        except MultipartParseError:
            raise MalformedMultipart() from None
        finally:
            sink.close()
        if not receiver.ended:
            raise MalformedMultipart()
        if not receiver.file_seen:
            raise Unprocessable(
                Text("Thiếu tệp: gửi tệp trong trường “file”.", "No file: send the file in the “file” field."),
                code="upload_missing_file",
            )
        if receiver.size == 0:
            raise Unprocessable(Text("Tệp rỗng (0 byte).", "The file is empty (0 bytes)."), code="upload_empty_file")
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return ReceivedUpload(
        path=path,
        size=receiver.size,
        sha256=hasher.hexdigest(),
        filename=receiver.filename,
        declared_type=receiver.declared_type,
        fields=receiver.fields,
    )
