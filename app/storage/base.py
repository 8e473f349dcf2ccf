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
