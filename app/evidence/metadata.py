"""Removing metadata from photos (EXIF, XMP, IPTC, GPS, comments, embedded previews) before storing them.

JPEG, PNG and WebP are rewritten losslessly, segment by segment, through a memory map: the pixels are
never decoded and the file never sits on the heap. HEIC goes through pillow-heif (decoded and re-encoded).
What is kept: the orientation (so the photo is not shown sideways) and, on request, the GPS block.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import re
import struct
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PIL import Image

from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.evidence.media import HEIC, JPEG, PNG, WEBP

ORIENTATION = 0x0112
GPS_IFD = 0x8825
EXIF_HEADER = b"Exif\x00\x00"


class CorruptImage(Unprocessable):
    code = "upload_corrupt_image"
    message = Text("Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.",
                   "The image cannot be read: the file is damaged or not in its format.")


def minimal_exif(exif_bytes: bytes | None, *, keep_location: bool) -> bytes | None:
    """A new EXIF block (with the "Exif\\0\\0" header) holding only orientation and, if asked, GPS."""
    if not exif_bytes:
        return None
    source = Image.Exif()
    try:
        source.load(exif_bytes if exif_bytes.startswith(EXIF_HEADER) else EXIF_HEADER + exif_bytes)
        gps = dict(source.get_ifd(GPS_IFD)) if keep_location else {}
    except Exception:  # unreadable EXIF carries nothing worth keeping
        return None
    kept = Image.Exif()
    orientation = source.get(ORIENTATION)
    if isinstance(orientation, int) and 1 < orientation <= 8:
        kept[ORIENTATION] = orientation
    if gps:
        kept[GPS_IFD] = gps
    if not len(kept):
        return None
    data = kept.tobytes()
    return data if data.startswith(EXIF_HEADER) else EXIF_HEADER + data


# ---- JPEG ---------------------------------------------------------------------------------------------

_ENTROPY_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
_KEEP_APP = {0xE0: (b"JFIF\x00", b"JFXX\x00"), 0xE2: (b"ICC_PROFILE\x00",), 0xEE: (b"Adobe",)}


def _jpeg(m: mmap.mmap, out: IO[bytes], keep_location: bool) -> None:
    if m[:2] != b"\xff\xd8":
        raise CorruptImage()
    out.write(b"\xff\xd8")
    pos, end = 2, len(m)
    while pos < end:
        if m[pos] != 0xFF or pos + 1 >= end:
            raise CorruptImage()
        marker = m[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of image: anything after it (MPF previews, appended data) is dropped
            out.write(b"\xff\xd9")
            return
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            out.write(m[pos:pos + 2])
            pos += 2
            continue
        if pos + 4 > end:
            raise CorruptImage()
        seg_end = pos + 2 + struct.unpack(">H", m[pos + 2:pos + 4])[0]
        if seg_end > end:
            raise CorruptImage()
        payload = m[pos + 4:seg_end]
        if marker == 0xE1 and payload.startswith(EXIF_HEADER):
            kept = minimal_exif(payload, keep_location=keep_location)
            if kept and len(kept) + 2 <= 0xFFFF:
                out.write(b"\xff\xe1" + struct.pack(">H", len(kept) + 2) + kept)
        elif 0xE0 <= marker <= 0xEF or marker == 0xFE:
            if any(payload.startswith(sig) for sig in _KEEP_APP.get(marker, ())):
                out.write(m[pos:seg_end])
        else:
            out.write(m[pos:seg_end])
        pos = seg_end
        if marker == 0xDA:  # start of scan: copy the entropy-coded data up to the next real marker
            found = _ENTROPY_END.search(m, pos)
            if found is None:
                raise CorruptImage()
            out.write(m[pos:found.start()])
            pos = found.start()
    raise CorruptImage()


# ---- PNG ----------------------------------------------------------------------------------------------

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"cICP",
             b"mDCv", b"cLLi", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT"}


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def _png(m: mmap.mmap, out: IO[bytes], keep_location: bool) -> None:
    if m[:8] != _PNG_SIGNATURE:
        raise CorruptImage()
    out.write(_PNG_SIGNATURE)
    pos, end = 8, len(m)
    while pos + 12 <= end:
        length = struct.unpack(">I", m[pos:pos + 4])[0]
        kind = m[pos + 4:pos + 8]
        chunk_end = pos + 12 + length
        if chunk_end > end:
            raise CorruptImage()
        if kind == b"eXIf":
            kept = minimal_exif(m[pos + 8:pos + 8 + length], keep_location=keep_location)
            if kept:
                out.write(_png_chunk(b"eXIf", kept[len(EXIF_HEADER):]))
        elif kind in _PNG_KEEP:
            out.write(m[pos:chunk_end])
        if kind == b"IEND":
            return
        pos = chunk_end
    raise CorruptImage()


# ---- WebP ---------------------------------------------------------------------------------------------

_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04


def _webp(m: mmap.mmap, out: IO[bytes], keep_location: bool) -> None:
    if m[:4] != b"RIFF" or m[8:12] != b"WEBP":
        raise CorruptImage()
    end = 8 + struct.unpack("<I", m[4:8])[0]
    if end > len(m):
        raise CorruptImage()
    out.write(b"RIFF\x00\x00\x00\x00WEBP")
    pos, exif, vp8x_at, flags, has_image = 12, None, None, 0, False
    while pos + 8 <= end:
        fourcc = m[pos:pos + 4]
        size = struct.unpack("<I", m[pos + 4:pos + 8])[0]
        chunk_end = pos + 8 + size + (size & 1)
        if pos + 8 + size > end:
            raise CorruptImage()
        if fourcc == b"EXIF":
            exif = minimal_exif(m[pos + 8:pos + 8 + size], keep_location=keep_location)
        elif fourcc != b"XMP ":
            if fourcc == b"VP8X":
                vp8x_at, flags = out.tell(), m[pos + 8]
            has_image = has_image or fourcc in (b"VP8 ", b"VP8L", b"ANMF")
            out.write(m[pos:min(chunk_end, end)])
            if chunk_end > end:  # an odd final chunk without its pad byte
                out.write(b"\x00")
        pos = chunk_end
    if not has_image:
        raise CorruptImage()
    # Only the extended format (VP8X) may carry EXIF; the simple formats lose it altogether.
    if exif and vp8x_at is not None:
        body = exif[len(EXIF_HEADER):]
        out.write(b"EXIF" + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b""))
    total = out.tell()
    if vp8x_at is not None:
        out.seek(vp8x_at + 8)
        out.write(bytes([flags & ~(_VP8X_EXIF | _VP8X_XMP) | (_VP8X_EXIF if exif else 0)]))
    out.seek(4)
    out.write(struct.pack("<I", total - 8))
    out.seek(total)


# ---- HEIC ---------------------------------------------------------------------------------------------


def _heic(source: Path, target: Path, keep_location: bool) -> None:
    import pillow_heif

    try:
        heif = pillow_heif.open_heif(str(source), convert_hdr_to_8bit=False)
        exif = minimal_exif(heif.info.get("exif"), keep_location=keep_location)
        heif.save(str(target), exif=exif, xmp=None, quality=92)
    except (ValueError, OSError, RuntimeError) as exc:
        raise CorruptImage() from exc


# ---- entry point --------------------------------------------------------------------------------------

_REWRITERS: dict[str, Callable[[mmap.mmap, IO[bytes], bool], None]] = {JPEG: _jpeg, PNG: _png, WEBP: _webp}


def strip_metadata(path: Path, media_type: str, *, keep_location: bool) -> Path:
    """Remove metadata from an image in place (atomic replace) and return its path; documents untouched.

    keep_location=True keeps the GPS block (survey photos whose uploader asks for it); the orientation
    tag is always kept. Raises 422 (upload_corrupt_image) for an image that cannot be parsed.
    """
    if media_type not in (JPEG, PNG, WEBP, HEIC):
        return path
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix="clean-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        if media_type == HEIC:
            os.close(fd)
            _heic(path, tmp, keep_location)
        else:
            with os.fdopen(fd, "w+b") as out, path.open("rb") as src:
                try:
                    m = mmap.mmap(src.fileno(), 0, access=mmap.ACCESS_READ)
                except ValueError as exc:  # an empty file cannot be mapped
                    raise CorruptImage() from exc
                with m:
                    try:
                        _REWRITERS[media_type](m, out, keep_location)
                    except (IndexError, struct.error) as exc:
                        raise CorruptImage() from exc
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path
