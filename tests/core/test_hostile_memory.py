"""A worker's memory stays bounded whatever a client sends (issue 14): measured on a real server process."""

from __future__ import annotations

import sys

import pytest

EXPECTED = [
    "415 unsupported_media_type",
    "413 payload_too_large",
    "422 archive_suspicious",
    "422 too_many_columns",
    "422 archive_too_large",
    "422 image_too_large",
    "422 image_too_large",
]
BOUND_MIB = 32


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the server's peak RSS from /proc")
def test_hostile_bodies_leave_a_workers_peak_memory_flat() -> None:
    from tests.core.measure_hostile_rss import measure

    rows = measure()
    assert [r["answer"] for r in rows] == EXPECTED, rows
    for row in rows:
        grew = float(row["peak_mib"]) - float(row["before_mib"])  # type: ignore[arg-type]
        assert grew < BOUND_MIB, f"{row['case']}: peak RSS grew by {grew:.1f} MiB"
