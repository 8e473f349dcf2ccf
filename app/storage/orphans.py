"""Orphaned blobs: stored bytes that no Evidence row references (left by a crash between the store and
the database commit). Young blobs are spared: they may belong to an upload still in flight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.evidence import Evidence
from app.storage.base import BlobStore

DEFAULT_GRACE = timedelta(hours=1)


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
    referenced = set((await session.scalars(select(Evidence.sha256).distinct())).all())
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
        still_unreferenced = (await session.scalar(
            select(Evidence.id).where(Evidence.sha256 == orphan.key).limit(1))) is None
        if still_unreferenced:
            await store.delete(orphan.key)
            deleted += 1
    return deleted
