"""Photos are decoded and re-encoded before they are stored: what is kept is the clean re-encoding.

The pixel count is read from the header and bounded (DVK_IMAGE_MAX_PIXELS, 422 `image_too_large`)
before a pixel is decoded, so a 100 KB file cannot claim gigabytes. Re-encoding drops every metadata
segment (EXIF, XMP, IPTC, comments, previews) and anything hidden in or after the image (HTML in an
APP0 segment, data after the end marker). JPEG keeps its quantisation tables (quality "keep"), PNG and
lossless WebP are lossless; HEIC goes through pillow-heif. What is kept: the orientation tag (so the
photo is shown the right way up), the ICC colour profile, and on request the GPS block.
"""

from __future__ import annotations

import contextlib
import os
import struct
import tempfile
import warnings
from pathlib import Path
from typing import Any

from PIL import Image

from app.core.config import get_settings
from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.evidence.media import HEIC, JPEG, PNG, WEBP

ORIENTATION = 0x0112
GPS_IFD = 0x8825
EXIF_HEADER = b"Exif\x00\x00"
MAX_ICC_BYTES = 1024 * 1024
_FORMATS = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}


class CorruptImage(Unprocessable):
    code = "upload_corrupt_image"
    message = Text(
        "Không đọc được ảnh: tệp hỏng hoặc không đúng định dạng.",
        "The image cannot be read: the file is damaged or not in its format.",
    )


class ImageTooLarge(Unprocessable):
    code = "image_too_large"
    message = Text(
        "Ảnh quá lớn: {width}×{height} điểm ảnh (tối đa {limit} điểm ảnh).",
        "The image is too large: {width}×{height} pixels (at most {limit} pixels).",
    )


def _check_pixels(width: int, height: int) -> None:
    """422 when width×height passes DVK_IMAGE_MAX_PIXELS (checked from the header, before decoding)."""
    limit = get_settings().image_max_pixels
    if width * height > limit:
        raise ImageTooLarge(_width=width, _height=height, _limit=limit, width=width, height=height, max_pixels=limit)


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


# ---- JPEG, PNG, WebP ---------------------------------------------------------------------------------


def _webp_lossless(path: Path) -> bool:
    """True when the WebP's image data is VP8L (lossless): it is then re-encoded losslessly too."""
    with path.open("rb") as f:
        head = f.read(64 * 1024)
    return b"VP8L" in head and b"VP8 " not in head


def _save_options(image: Any, media_type: str, exif: bytes | None, lossless: bool) -> dict[str, Any]:
    """What the encoder keeps: orientation/GPS (exif), the colour profile, the format's own quality."""
    options: dict[str, Any] = {}
    if exif:
        options["exif"] = exif
    icc = image.info.get("icc_profile")
    if icc and len(icc) <= MAX_ICC_BYTES:
        options["icc_profile"] = icc
    if media_type == JPEG:
        options.update(quality="keep", progressive=bool(image.info.get("progressive")))
    elif media_type == PNG and "transparency" in image.info:
        options["transparency"] = image.info["transparency"]
    elif media_type == WEBP:
        options.update(lossless=True, quality=100) if lossless else options.update(quality=90)
    return options


def _reencode(source: Path, target: Path, media_type: str, keep_location: bool) -> None:
    """Decode under the pixel limit and write a fresh file of the same type."""
    Image.MAX_IMAGE_PIXELS = get_settings().image_max_pixels
    fmt = _FORMATS[media_type]
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(source, formats=[fmt]) as image:
                _check_pixels(*image.size)
                image.load()
                exif = minimal_exif(image.info.get("exif"), keep_location=keep_location)
                options = _save_options(image, media_type, exif, media_type == WEBP and _webp_lossless(source))
                image.info.clear()  # encoders pick comments, XMP and the rest up from here
                frame: Image.Image = image
                if media_type == WEBP and image.mode not in ("RGB", "RGBA"):
                    frame = image.convert("RGBA" if "A" in image.mode or image.mode == "P" else "RGB")
                frame.save(target, fmt, **options)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageTooLarge(
                _width="?", _height="?", _limit=Image.MAX_IMAGE_PIXELS, max_pixels=Image.MAX_IMAGE_PIXELS
            ) from None
        except (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError) as exc:
            raise CorruptImage() from exc


# ---- HEIC ---------------------------------------------------------------------------------------------


def _heic(source: Path, target: Path, keep_location: bool) -> None:
    import pillow_heif

    try:
        heif = pillow_heif.open_heif(str(source), convert_hdr_to_8bit=False)
        _check_pixels(*heif.size)
        exif = minimal_exif(heif.info.get("exif"), keep_location=keep_location)
        heif.save(str(target), exif=exif, xmp=None, quality=92)
    except (ValueError, OSError, RuntimeError) as exc:
        raise CorruptImage() from exc


# ---- entry point --------------------------------------------------------------------------------------


def strip_metadata(path: Path, media_type: str, *, keep_location: bool) -> Path:
    """Replace an image by its clean re-encoding (atomic replace) and return its path; documents untouched.

    keep_location=True keeps the GPS block (survey photos whose uploader asks for it); the orientation
    tag is always kept. 422 `image_too_large` past the pixel limit, `upload_corrupt_image` when the
    image cannot be decoded.
    """
    if media_type not in (JPEG, PNG, WEBP, HEIC):
        return path
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix="clean-", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if media_type == HEIC:
            _heic(path, tmp, keep_location)
        else:
            _reencode(path, tmp, media_type, keep_location)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return path
