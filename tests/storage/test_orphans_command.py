"""`dvk blobs orphans [--delete]`: stored bytes no evidence row references are listed, then removed."""

from __future__ import annotations

import hashlib
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
import pytest
from sqlalchemy import select

from app.models import RegisteredModel, User
from app.models.evidence import Evidence
from app.storage.local import LocalBlobStore
from app.storage.orphans import delete_orphans, find_orphans

PROJECT_ROOT = Path(__file__).resolve().parents[2]


async def _stored(store: LocalBlobStore, tmp_path: Path, data: bytes) -> str:
    key = hashlib.sha256(data).hexdigest()
    path = tmp_path / key
    path.write_bytes(data)
    await store.put_file(key, path, "application/pdf")
    return key


async def _evidence_for(session, key: str, size: int) -> None:
    from app.demo.data import load_demo
    from app.demo.movement import load_demo_movement

    units = await load_demo(session, password_hash="not-a-real-hash")
    await load_demo_movement(session, units)
    model = (await session.scalars(select(RegisteredModel).limit(1))).one()
    registrant = (await session.scalars(select(User).where(User.username == "demo.registrant"))).one()
    session.add(
        Evidence(
            model_id=model.id,
            kind="registration_form",
            title="Mẫu 1",
            original_filename="mau-1.pdf",
            media_type="application/pdf",
            size=size,
            sha256=key,
            uploaded_by_id=registrant.id,
            model_state=model.state,
        )
    )
    await session.commit()


async def _dvk(data_dir: Path, *args: str) -> tuple[str, str]:
    env = {**os.environ, "DVK_DATA_DIR": str(data_dir), "DVK_STORAGE_BACKEND": "local"}
    result = await anyio.run_process(
        [sys.executable, "-m", "app.cli", "blobs", "orphans", *args], env=env, cwd=PROJECT_ROOT
    )
    return result.stdout.decode(), result.stderr.decode()


@pytest.mark.committing  # the command (another process) reads the rows
async def test_the_command_lists_then_deletes_only_unreferenced_blobs(session, tmp_path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    kept = await _stored(store, tmp_path, b"%PDF-1.4 registration form")
    orphan = await _stored(store, tmp_path, b"%PDF-1.4 left behind by a failed commit")
    await _evidence_for(session, kept, 26)

    out, err = await _dvk(tmp_path, "--min-age-minutes", "0")
    assert out.split("\t")[0] == orphan and kept not in out
    assert "1 orphaned blob(s)" in err
    assert await store.exists(orphan), "listing alone must not delete"

    out, err = await _dvk(tmp_path, "--delete", "--min-age-minutes", "0")
    assert "deleted 1 blob(s)" in err
    assert not await store.exists(orphan)
    assert await store.exists(kept)


async def test_fresh_blobs_of_uploads_in_flight_are_spared(session, tmp_path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    fresh = await _stored(store, tmp_path, b"%PDF-1.4 stored a second ago, row not committed yet")

    out, err = await _dvk(tmp_path, "--delete")
    assert out == "" and "0 orphaned blob(s)" in err
    assert await store.exists(fresh)


async def test_an_orphan_that_gains_a_reference_before_deletion_is_kept(session, tmp_path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    key = await _stored(store, tmp_path, b"%PDF-1.4 referenced in the meantime")
    later = datetime.now(UTC) + timedelta(hours=2)
    orphans = await find_orphans(session, store, grace=timedelta(0))
    assert [o.key for o in orphans] == [key] and orphans[0].stored_at < later
    await _evidence_for(session, key, 35)
    assert await delete_orphans(session, store, orphans) == 0
    assert await store.exists(key)


async def test_orphans_are_found_on_both_backends(session, store, tmp_path) -> None:
    keys = []
    for i in range(2):
        data = f"%PDF-1.4 file {i}".encode()
        path = tmp_path / f"f{i}"
        path.write_bytes(data)
        await store.put_file(hashlib.sha256(data).hexdigest(), path, "application/pdf")
        keys.append(hashlib.sha256(data).hexdigest())
    await _evidence_for(session, keys[0], 15)
    orphans = await find_orphans(session, store, grace=timedelta(0))
    assert [(o.key, o.size) for o in orphans] == [(keys[1], 15)]
    assert await delete_orphans(session, store, orphans) == 1
    assert [k async for k in store.list_keys()] == [keys[0]]
    assert await find_orphans(session, store, grace=timedelta(hours=1)) == []
