"""Migration 0018 on real data: an achievement report flagged “confirmed” at upload becomes a `legacy`
confirmation (no user, no unit, dated at the upload, counted by nothing); a flag on another kind of file is
not carried over; downgrading puts the flag back on every report with a confirmation in force."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.core.db import create_engine
from app.core.migrations import downgrade, upgrade

HARNESS = Path(__file__).resolve().parents[1] / "conftest.py"
BEFORE = "0018"  # the revision before confirmations were acts


@pytest.fixture
def scratch_database(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """The harness's create_scratch_database (see tests/test_migrations.py for why it is looked up)."""
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    return harness.create_scratch_database


async def _rows(url: str, sql: str) -> list[Any]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return list((await conn.execute(text(sql))).all())
    finally:
        await engine.dispose()


async def _execute(url: str, sql: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(sql))
    finally:
        await engine.dispose()


async def _load_demo(url: str, tmp_path: Path) -> None:
    """The demo data (its exemplar's report confirmed by Đảng ủy xã Vĩnh Thạch's act)."""
    from app.demo.data import load_demo
    from app.demo.movement import load_demo_movement
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    set_store(LocalBlobStore(tmp_path / "blobs"))
    engine = create_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            units = await load_demo(session, password_hash="x")
            await load_demo_movement(session, units)
            await session.commit()
    finally:
        set_store(None)
        await engine.dispose()


async def test_flags_become_legacy_records_and_come_back_on_downgrade(scratch_database, tmp_path: Path) -> None:
    url = await anyio.to_thread.run_sync(scratch_database, "legacy")
    await anyio.to_thread.run_sync(upgrade, url)
    await _load_demo(url, tmp_path)
    [(act_evidence,)] = await _rows(url, "SELECT evidence_id FROM confirmations WHERE NOT legacy")

    # Down: the act becomes the old flag on its report (and nowhere else).
    await anyio.to_thread.run_sync(downgrade, url, BEFORE)
    flagged = await _rows(url, "SELECT id, kind FROM evidence WHERE confirmed_by_grassroots")
    assert [(str(i), k) for i, k in flagged] == [(str(act_evidence), "achievement_report")]
    # A client of that time also ticked the box on a photo: the flag meant nothing there.
    await _execute(
        url,
        "UPDATE evidence SET confirmed_by_grassroots = TRUE WHERE id IN "
        "(SELECT id FROM evidence WHERE kind = 'model_photo' ORDER BY id LIMIT 1)",
    )

    # Up again: one legacy record for the report, attributed to nobody, dated at the upload.
    await anyio.to_thread.run_sync(upgrade, url)
    rows = await _rows(
        url,
        "SELECT c.kind, c.legacy, c.confirmed_by_id, c.confirming_unit_id, c.withdrawn_at, c.evidence_id, "
        "c.confirmed_at = e.uploaded_at FROM confirmations c JOIN evidence e ON e.id = c.evidence_id",
    )
    assert [(k, bool(lg), by, unit, w, str(e), bool(same)) for k, lg, by, unit, w, e, same in rows] == [
        ("achievement_report", True, None, None, None, str(act_evidence), True)
    ]
    columns = await _rows(url, "SELECT * FROM evidence LIMIT 1")
    assert columns and "confirmed_by_grassroots" not in columns[0]._fields
