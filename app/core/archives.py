"""Zip-based office files (XLSX, DOCX, ODT, ODS) checked for decompression bombs before anything parses them.

Two passes, both in constant memory. First the central directory is walked record by record (never
handed whole to zipfile): entry count, declared expanded size and the ratio of each entry are bounded
by settings. Then every entry is inflated into nothing, in 1 MiB steps, so an entry whose data
expands past what it declared is caught too (zipfile, and so openpyxl, stop at the declared size,
but other readers do not). ZIP64 and encrypted entries have no place in an office file and are refused.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.core.config import get_settings
from app.core.errors import Unprocessable
from app.core.i18n import Text

_EOCD = struct.Struct("<4sHHHHIIH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_STEP = 1024 * 1024
# Below this an entry's ratio is not judged: small XML parts compress far beyond any sane bound.
RATIO_FLOOR_BYTES = 1024 * 1024
# A central directory record is 46 bytes plus its name, extra field and comment.
_MAX_RECORD_BYTES = 46 + 3 * 1024


class ArchiveTooLarge(Unprocessable):
    code = "archive_too_large"
    message = Text("Tệp nén khi giải nén vượt {limit} byte.", "The file expands beyond {limit} bytes.")


class ArchiveTooManyEntries(Unprocessable):
    code = "archive_too_many_entries"
    message = Text("Tệp nén có quá {limit} thành phần.", "The file holds more than {limit} parts.")


class ArchiveSuspicious(Unprocessable):
    code = "archive_suspicious"
    message = Text(
        "Tệp nén có cấu trúc bất thường ({reason}); không được chấp nhận.",
        "The file's archive structure is abnormal ({reason}); it is refused.",
    )


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on a zip: total expanded bytes, number of entries, expanded/compressed ratio per entry."""

    max_expanded_bytes: int
    max_entries: int
    max_ratio: int

    @classmethod
    def from_settings(cls) -> ArchiveLimits:
        """The bounds in force (DVK_ARCHIVE_*)."""
        s = get_settings()
        return cls(s.archive_max_expanded_bytes, s.archive_max_entries, s.archive_max_ratio)


@dataclass(frozen=True)
class _Entry:
    name: str
    method: int
    compressed: int
    expanded: int
    offset: int


def _suspicious(reason: str) -> ArchiveSuspicious:
    return ArchiveSuspicious(_reason=reason, reason=reason)


def _end_record(f: IO[bytes], size: int) -> tuple[int, int, int]:
    """(entries, directory size, directory offset) from the end-of-central-directory record."""
    tail_len = min(size, _EOCD.size + 0xFFFF)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _EOCD.size > len(tail):
        raise _suspicious("no central directory")
    _, disk, cd_disk, on_disk, entries, cd_size, cd_offset, _ = _EOCD.unpack_from(tail, at)
    if disk or cd_disk or on_disk != entries or 0xFFFF in (entries, on_disk) or 0xFFFFFFFF in (cd_size, cd_offset):
        raise _suspicious("zip64 or multi-disk")
    if cd_offset + cd_size > size - tail_len + at:
        raise _suspicious("central directory out of bounds")
    return entries, cd_size, cd_offset


def _central_record(directory: bytes, pos: int) -> tuple[_Entry, int, int]:
    """The central directory record at `pos`: its entry, its flags and where the next record starts."""
    if pos + _CENTRAL.size > len(directory):
        raise _suspicious("truncated central directory")
    (sig, _, _, flags, method, _, _, _, csize, usize, nlen, elen, clen, _, _, _, offset) = _CENTRAL.unpack_from(
        directory, pos
    )
    if sig != b"PK\x01\x02":
        raise _suspicious("bad central directory record")
    name = directory[pos + _CENTRAL.size : pos + _CENTRAL.size + nlen].decode("utf-8", "replace")
    return _Entry(name, method, csize, usize, offset), flags, pos + _CENTRAL.size + nlen + elen + clen


def _check_entry(entry: _Entry, flags: int, total: int, limits: ArchiveLimits, cd_offset: int) -> None:
    """Refuse an entry that is encrypted, zip64 or of an unknown method, that brings the expanded total
    (`total`, this entry included) over the limit, that is compressed too well, or that lies out of bounds."""
    if flags & 0x1 or entry.method not in (0, 8) or 0xFFFFFFFF in (entry.compressed, entry.expanded, entry.offset):
        raise _suspicious("encrypted, zip64 or unknown compression")
    if total > limits.max_expanded_bytes:
        raise ArchiveTooLarge(_limit=limits.max_expanded_bytes, limit=limits.max_expanded_bytes)
    if entry.expanded > RATIO_FLOOR_BYTES and entry.expanded > limits.max_ratio * max(entry.compressed, 1):
        raise _suspicious(f"compression ratio over {limits.max_ratio}")
    if entry.offset + entry.compressed > cd_offset:
        raise _suspicious("entry out of bounds")


def _directory(f: IO[bytes], size: int, limits: ArchiveLimits) -> list[_Entry]:
    """The entries, walked one record at a time; refused as soon as a bound is passed."""
    count, cd_size, cd_offset = _end_record(f, size)
    if count > limits.max_entries or cd_size > limits.max_entries * _MAX_RECORD_BYTES:
        raise ArchiveTooManyEntries(_limit=limits.max_entries, limit=limits.max_entries)
    f.seek(cd_offset)
    directory = f.read(cd_size)
    entries: list[_Entry] = []
    pos, total = 0, 0
    while pos < len(directory):
        entry, flags, pos = _central_record(directory, pos)
        if len(entries) >= limits.max_entries:
            raise ArchiveTooManyEntries(_limit=limits.max_entries, limit=limits.max_entries)
        total += entry.expanded
        _check_entry(entry, flags, total, limits, cd_offset)
        entries.append(entry)
    if len(entries) != count:
        raise _suspicious("entry count mismatch")
    return entries


def _inflate(f: IO[bytes], entry: _Entry) -> None:
    """Expand one entry into nothing; refuse it if it yields more than it declared."""
    f.seek(entry.offset)
    header = f.read(_LOCAL.size)
    if len(header) < _LOCAL.size or header[:4] != b"PK\x03\x04":
        raise _suspicious("bad local header")
    nlen, elen = _LOCAL.unpack(header)[9:11]
    f.seek(entry.offset + _LOCAL.size + nlen + elen)
    if entry.method == 0:
        if entry.compressed != entry.expanded:
            raise _suspicious("stored size mismatch")
        return
    inflater, left, produced = zlib.decompressobj(-15), entry.compressed, 0
    while left:
        chunk = f.read(min(_STEP, left))
        if not chunk:
            raise _suspicious("truncated entry")
        left -= len(chunk)
        try:
            while chunk:
                produced += len(inflater.decompress(chunk, _STEP))
                if produced > entry.expanded:
                    raise _suspicious("entry expands beyond its declared size")
                chunk = inflater.unconsumed_tail
        except zlib.error:
            raise _suspicious("corrupt compressed data") from None


def check_archive(path: Path, limits: ArchiveLimits | None = None) -> list[str]:
    """Refuse (422) a zip that is, or hides, a decompression bomb; return its entry names.

    Blocking and CPU-bound (up to the expanded bound is inflated): run it off the event loop.
    """
    limits = limits or ArchiveLimits.from_settings()
    size = path.stat().st_size
    with path.open("rb") as f:
        entries = _directory(f, size, limits)
        for entry in entries:
            _inflate(f, entry)
    return [e.name for e in entries]
