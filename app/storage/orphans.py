"""Orphaned blobs: stored bytes that no Evidence row references (left by a crash between the store and
the database commit). Young blobs are spared: they may belong to an upload still in flight.
Also the upload temp files a killed worker left in data_dir/tmp (swept at start-up and by the command)."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import get_settings
from app.storage import repository
from app.storage.base import BlobStore

log = logging.getLogger("dvk.storage")
DEFAULT_GRACE = timedelta(hours=1)
DEFAULT_TEMP_GRACE = timedelta(minutes=15)


@dataclass(frozen=True)
class Orphan:
    """One unreferenced blob."""

    key: str
    size: int | None
    stored_at: datetime | None


async def find_orphans(session: AsyncSession, store: BlobStore, *, grace: timedelta = DEFAULT_GRACE) -> list[Orphan]:
    """Blobs older than the grace period that no Evidence row references."""
    # List first, then read the references: a blob referenced while we list is then seen as referenced.
    keys = [key async for key in store.list_keys()]
    referenced = await repository.referenced_blobs(session)
    now = datetime.now(UTC)
    orphans: list[Orphan] = []
    for key in sorted(set(keys) - referenced):
        stored = await store.stored_at(key)
        if stored is not None and now - stored < grace:
            continue
        orphans.append(Orphan(key, await store.size(key), stored))
    return orphans


async def delete_orphans(session: AsyncSession, store: BlobStore, orphans: list[Orphan]) -> int:
    """Delete the given orphans, re-checking each against the database just before; returns the count."""
    deleted = 0
    for orphan in orphans:
        still_unreferenced = not await repository.is_referenced(session, orphan.key)
        if still_unreferenced:
            await store.delete(orphan.key)
            deleted += 1
    return deleted


@dataclass(frozen=True)
class StaleTempFile:
    """An upload's temp file whose writer is gone (killed mid-upload): nothing will ever remove it."""

    path: Path
    size: int
    modified_at: datetime


def temp_folder() -> Path:
    """Where uploads stream to before they are checked and stored (data_dir/tmp)."""
    return get_settings().data_dir / "tmp"


def find_stale_temp_files(*, grace: timedelta = DEFAULT_TEMP_GRACE, folder: Path | None = None) -> list[StaleTempFile]:
    """`.part` files not written to for the grace period. A live upload touches its file with every chunk, and
    one that stalls longer than the grace is cut off by the server's timeouts long before."""
    folder = folder or temp_folder()
    if not folder.is_dir():
        return []
    cutoff = datetime.now(UTC) - grace
    stale: list[StaleTempFile] = []
    for path in sorted(folder.glob("*.part")):
        try:
            info = path.stat()
        except FileNotFoundError:
            continue  # finished (and removed) while we looked
        modified = datetime.fromtimestamp(info.st_mtime, UTC)
        if modified < cutoff:
            stale.append(StaleTempFile(path, info.st_size, modified))
    return stale


def sweep_temp_files(*, grace: timedelta = DEFAULT_TEMP_GRACE, folder: Path | None = None) -> list[StaleTempFile]:
    """Remove the stale temp files; returns what was removed."""
    removed: list[StaleTempFile] = []
    for item in find_stale_temp_files(grace=grace, folder=folder):
        with contextlib.suppress(FileNotFoundError):
            item.path.unlink()
            removed.append(item)
    if removed:
        log.info(
            "removed stale upload temp files", extra={"count": len(removed), "bytes": sum(i.size for i in removed)}
        )
    return removed
