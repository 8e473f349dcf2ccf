"""Zip bombs are refused from the central directory and while inflating, before any parser (issue 14)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.core.archives import ArchiveLimits, check_archive
from app.core.errors import AppError
from tests.core import bombs

LIMITS = ArchiveLimits(max_expanded_bytes=100 * bombs.MB, max_entries=1000, max_ratio=100)


def _code(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "a.zip"
    path.write_bytes(data)
    with pytest.raises(AppError) as caught:
        check_archive(path, LIMITS)
    assert caught.value.status == 422
    return caught.value.code


def test_a_docx_that_expands_to_200_mib_is_refused(tmp_path: Path) -> None:
    assert _code(tmp_path, bombs.docx_bomb()) == "archive_too_large"


def test_a_part_that_expands_a_thousandfold_is_refused(tmp_path: Path) -> None:
    assert _code(tmp_path, bombs.docx_bomb(20 * bombs.MB)) == "archive_suspicious"


def test_an_entry_that_inflates_past_its_declared_size_is_refused(tmp_path: Path) -> None:
    assert _code(tmp_path, bombs.lying_zip()) == "archive_suspicious"


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    assert _code(tmp_path, bombs.many_entries(1001)) == "archive_too_many_entries"


def test_an_ordinary_archive_passes(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", b"<a>" + b"x" * 10_000 + b"</a>")
        z.writestr("b.bin", bytes(range(256)) * 100, compress_type=zipfile.ZIP_STORED)
    path = tmp_path / "ok.zip"
    path.write_bytes(out.getvalue())
    assert check_archive(path, LIMITS) == ["a.xml", "b.bin"]
