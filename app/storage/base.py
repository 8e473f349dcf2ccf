"""The blob store: one small interface for the bytes of evidence files, addressed by their SHA-256.

Keys are the lower-case hex SHA-256 of the stored bytes, so one file uploaded twice is stored once.
Two backends: the local filesystem (default) and any S3-compatible object store.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

_KEY = re.compile(r"^[0-9a-f]{64}$")

# Streaming granularity for reads and copies: large enough to be cheap, small enough to never matter.
CHUNK_SIZE = 256 * 1024


def is_valid_key(key: str) -> bool:
    """True for a lower-case hex SHA-256 (the only keys a store accepts or lists)."""
    return bool(_KEY.match(key))


def check_key(key: str) -> str:
    """Refuse anything but a SHA-256 hex key (no path parts can reach a backend)."""
    if not is_valid_key(key):
        raise ValueError(f"invalid blob key {key!r}: expected a lower-case SHA-256 hex digest")
    return key


class BlobStore(ABC):
    """Content-addressed storage of evidence bytes."""

    @abstractmethod
    async def put_file(self, key: str, path: Path, media_type: str) -> bool:
        """Store the file under key unless present; True if it was newly stored."""

    @abstractmethod
    async def exists(self, key: str) -> bool:
        """True if a blob is stored under key."""

    @abstractmethod
    async def size(self, key: str) -> int | None:
        """The stored size in bytes, or None if absent."""

    @abstractmethod
    def read_range(self, key: str, start: int, end: int | None) -> AsyncIterator[bytes]:
        """Stream bytes start..end inclusive (end None: to the end of the blob), in chunks."""

    @abstractmethod
    async def delete(self, key: str) -> None:
        """Remove the blob; absent is not an error."""

    @abstractmethod
    def list_keys(self) -> AsyncIterator[str]:
        """Every stored key (in no particular order)."""

    async def stored_at(self, key: str) -> datetime | None:
        """When the blob was written (UTC), if the backend knows; used to spare uploads in flight."""
        return None


_store: BlobStore | None = None


def build_store() -> BlobStore:
    """A new store as the settings describe it."""
    from app.core.config import get_settings

    settings = get_settings()
    if settings.storage_backend == "s3":
        from app.storage.s3 import S3BlobStore

        return S3BlobStore(
            bucket=settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url or None,
            access_key=settings.s3_access_key or None,
            secret_key=settings.s3_secret_key or None,
            region=settings.s3_region,
        )
    from app.storage.local import LocalBlobStore

    return LocalBlobStore(settings.data_dir / "blobs")


def get_store() -> BlobStore:
    """The process-wide store, built from the settings on first use."""
    global _store
    if _store is None:
        _store = build_store()
    return _store


def set_store(store: BlobStore | None) -> None:
    """Swap the process-wide store (tests); None rebuilds it from the settings on next use."""
    global _store
    _store = store
