"""Sample files (one per allowed type, photos with metadata) and a streamed multipart request builder."""

from __future__ import annotations

import io
import secrets
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

GPS = {1: "N", 2: (16.0, 48.0, 0.0), 3: "E", 4: (107.0, 10.0, 0.0)}
SECRET_XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp-camera-owner</x:xmpmeta>'


def pdf() -> bytes:
    """A tiny valid PDF."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def exe() -> bytes:
    """The start of a Windows executable."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
    return stub + b"This program cannot be run in DOS mode"


def _exif(orientation: int = 6) -> Any:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x0131] = "secret-software"  # Software
    exif[0x0112] = orientation
    exif[0x8825] = GPS
    return exif


def _image(size: tuple[int, int] = (32, 24)) -> Any:
    from PIL import Image

    image = Image.new("RGB", size)
    image.putdata([((x * 7) % 256, (y * 11) % 256, (x * y) % 256) for y in range(size[1]) for x in range(size[0])])
    return image


def jpeg(with_metadata: bool = True, progressive: bool = False) -> bytes:
    """A JPEG with EXIF (camera, orientation, GPS), XMP and a comment."""
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": _exif().tobytes(), "comment": b"secret-comment"} if with_metadata else {}
    _image().save(out, "JPEG", quality=90, progressive=progressive, **kwargs)
    data = out.getvalue()
    if with_metadata:
        xmp = b"http://ns.adobe.com/xap/1.0/\x00" + SECRET_XMP
        data = data[:2] + b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp + data[2:]
    return data


def png(with_metadata: bool = True) -> bytes:
    """A PNG with tEXt, iTXt and eXIf chunks."""
    from PIL import PngImagePlugin

    out = io.BytesIO()
    info = PngImagePlugin.PngInfo()
    if with_metadata:
        info.add_text("Author", "secret-author")
        info.add_itxt("XML:com.adobe.xmp", SECRET_XMP.decode())
    _image().save(out, "PNG", pnginfo=info, exif=_exif().tobytes() if with_metadata else None)
    return out.getvalue()


def webp(with_metadata: bool = True) -> bytes:
    """A WebP (extended format) with EXIF and XMP."""
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": _exif().tobytes(), "xmp": SECRET_XMP} if with_metadata else {}
    _image().save(out, "WEBP", lossless=True, **kwargs)
    return out.getvalue()


def heic(with_metadata: bool = True) -> bytes:
    """A HEIC with EXIF and XMP (pillow-heif)."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": _exif(1).tobytes(), "xmp": SECRET_XMP} if with_metadata else {}
    _image((64, 64)).save(out, "HEIF", quality=90, **kwargs)
    return out.getvalue()


def _zip(entries: dict[str, bytes], first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first), entries.pop(first))
        for name, data in entries.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _ooxml(main_part: str, main_type: str, extra: dict[str, bytes] | None = None) -> bytes:
    types = (
        f'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Override PartName="/{main_part}" ContentType="application/vnd.{main_type}"/></Types>'
    ).encode()
    return _zip({"[Content_Types].xml": types, main_part: b"<x/>", **(extra or {})})


def docx() -> bytes:
    """A minimal DOCX package."""
    return _ooxml("word/document.xml", "openxmlformats-officedocument.wordprocessingml.document.main+xml")


def docm() -> bytes:
    """A macro-enabled Word document posing as DOCX."""
    return _ooxml(
        "word/document.xml",
        "openxmlformats-officedocument.wordprocessingml.document.main+xml",
        {"word/vbaProject.bin": b"macro"},
    )


def xlsx() -> bytes:
    """A minimal XLSX package."""
    return _ooxml("xl/workbook.xml", "openxmlformats-officedocument.spreadsheetml.sheet.main+xml")


def odf(kind: str) -> bytes:
    """A minimal ODT (kind="text") or ODS (kind="spreadsheet")."""
    return _zip(
        {"mimetype": f"application/vnd.oasis.opendocument.{kind}".encode(), "content.xml": b"<x/>"}, first="mimetype"
    )


@dataclass
class Part:
    """One multipart part; data may be bytes or an iterable of chunks (for big files)."""

    name: str
    data: bytes | Iterable[bytes] = b""
    filename: str | None = None
    content_type: str | None = None


@dataclass
class FakeRequest:
    """A Starlette Request whose body arrives in chunks; counts what the app pulled from the wire."""

    chunks: Iterator[bytes]
    headers: list[tuple[bytes, bytes]]
    pulled: int = 0
    disconnect_after: int | None = None
    done: bool = field(default=False)

    async def receive(self) -> dict[str, Any]:
        if self.disconnect_after is not None and self.pulled >= self.disconnect_after:
            return {"type": "http.disconnect"}
        chunk = next(self.chunks, None)
        if chunk is None:
            self.done = True
            return {"type": "http.request", "body": b"", "more_body": False}
        self.pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    def request(self) -> Request:
        scope = {"type": "http", "method": "POST", "path": "/upload", "headers": self.headers, "query_string": b""}
        return Request(scope, self.receive)


def _rechunk(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    if buffer:
        yield bytes(buffer)


def _body(parts: list[Part], boundary: str) -> Iterator[bytes]:
    for part in parts:
        disposition = f'form-data; name="{part.name}"'
        if part.filename is not None:
            disposition += f'; filename="{part.filename}"'
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        if part.content_type:
            head += f"Content-Type: {part.content_type}\r\n"
        yield (head + "\r\n").encode()
        if isinstance(part.data, bytes):
            yield part.data
        else:
            yield from part.data
        yield b"\r\n"
    yield f"--{boundary}--\r\n".encode()


def body_length(parts: list[Part], boundary: str) -> int:
    """The length of the body the parts make (iterable data is consumed: only for bytes parts)."""
    return sum(len(chunk) for chunk in _body(parts, boundary))


def multipart(
    parts: list[Part],
    *,
    chunk_size: int = 64 * 1024,
    content_length: int | None = None,
    content_type: str | None = None,
    raw_body: bytes | None = None,
    truncate_at: int | None = None,
    disconnect_after: int | None = None,
) -> FakeRequest:
    """A streamed multipart/form-data request made of parts (or a raw body)."""
    boundary = "dvk-" + secrets.token_hex(8)
    headers = [(b"content-type", (content_type or f"multipart/form-data; boundary={boundary}").encode())]
    if content_length is not None:
        headers.append((b"content-length", str(content_length).encode()))
    pieces: Iterable[bytes] = [raw_body] if raw_body is not None else _body(parts, boundary)
    chunks = _rechunk(pieces, chunk_size)
    if truncate_at is not None:
        chunks = _rechunk(_take(chunks, truncate_at), chunk_size)
    return FakeRequest(chunks=chunks, headers=headers, disconnect_after=disconnect_after)


def _take(chunks: Iterator[bytes], limit: int) -> Iterator[bytes]:
    taken = 0
    for chunk in chunks:
        if taken + len(chunk) >= limit:
            yield chunk[: limit - taken]
            return
        taken += len(chunk)
        yield chunk


def zeros(total: int, chunk: int = 1024 * 1024, head: bytes = b"", tail: bytes = b"") -> Iterator[bytes]:
    """total bytes (head first, then filler, then tail) produced chunk by chunk, never all at once."""
    yield head
    left = total - len(head) - len(tail)
    block = b"\x00" * chunk
    while left > 0:
        yield block[: min(chunk, left)]
        left -= min(chunk, left)
    yield tail


PDF_TAIL = b"\ntrailer\n<< /Size 1 >>\n%%EOF\n"  # ends a filler PDF the way the structural check wants
