"""Blobs on the local filesystem: <root>/ab/cd/<sha256>, written by copy + fsync + atomic link."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import anyio

from app.storage.base import CHUNK_SIZE, BlobStore, check_key, is_valid_key


def _fsync_dir(path: Path) -> None:
    """Make a directory entry durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class LocalBlobStore(BlobStore):
    """Content-addressed files under a root folder (by default data_dir/blobs)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_of(self, key: str) -> Path:
        """Where the blob for key lives."""
        check_key(key)
        return self.root / key[:2] / key[2:4] / key

    def _put(self, key: str, source: Path) -> bool:
        final = self.path_of(key)
        if final.exists():
            return False
        staging = self.root / ".staging"
        staging.mkdir(parents=True, exist_ok=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=staging, prefix=key[:8] + "-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, CHUNK_SIZE)
                out.flush()
                os.fsync(out.fileno())
            try:
                # link() never replaces: when two uploads of the same bytes race, exactly one wins.
                os.link(tmp, final)
            except FileExistsError:
                return False
            except OSError:
                # A filesystem without hard links: an atomic rename is the next best thing.
                if final.exists():
                    return False
                os.replace(tmp, final)
            _fsync_dir(final.parent)
            return True
        finally:
            tmp.unlink(missing_ok=True)

    async def put_file(self, key: str, path: Path, media_type: str) -> bool:
        """Copy the file in unless the blob exists; True if newly stored."""
        check_key(key)
        return await anyio.to_thread.run_sync(self._put, key, Path(path))

    async def exists(self, key: str) -> bool:
        """True if the blob file exists."""
        return await anyio.to_thread.run_sync(self.path_of(key).is_file)

    async def size(self, key: str) -> int | None:
        """The file's size, or None."""
        path = self.path_of(key)

        def stat() -> int | None:
            try:
                return path.stat().st_size
            except FileNotFoundError:
                return None

        return await anyio.to_thread.run_sync(stat)

    async def stored_at(self, key: str) -> datetime | None:
        """The file's modification time."""
        path = self.path_of(key)

        def mtime() -> datetime | None:
            try:
                return datetime.fromtimestamp(path.stat().st_mtime, UTC)
            except FileNotFoundError:
                return None

        return await anyio.to_thread.run_sync(mtime)

    async def read_range(self, key: str, start: int, end: int | None) -> AsyncIterator[bytes]:
        """Stream bytes start..end (inclusive) from the file."""
        path = self.path_of(key)
        remaining = None if end is None else max(0, end - start + 1)
        async with await anyio.open_file(path, "rb") as f:
            await f.seek(start)
            while remaining is None or remaining > 0:
                want = CHUNK_SIZE if remaining is None else min(CHUNK_SIZE, remaining)
                chunk = await f.read(want)
                if not chunk:
                    break
                if remaining is not None:
                    remaining -= len(chunk)
                yield chunk

    async def delete(self, key: str) -> None:
        """Remove the blob file and its now-empty folders."""
        path = self.path_of(key)

        def remove() -> None:
            path.unlink(missing_ok=True)
            for folder in (path.parent, path.parent.parent):
                with contextlib.suppress(OSError):
                    folder.rmdir()

        await anyio.to_thread.run_sync(remove)

    async def list_keys(self) -> AsyncIterator[str]:
        """Every blob key under the root (staging files excluded)."""

        def scan() -> list[str]:
            if not self.root.is_dir():
                return []
            keys: list[str] = []
            for first in os.scandir(self.root):
                if not (first.is_dir() and len(first.name) == 2):
                    continue
                for second in os.scandir(first.path):
                    if not second.is_dir():
                        continue
                    keys.extend(e.name for e in os.scandir(second.path) if is_valid_key(e.name) and e.is_file())
            return keys

        for key in await anyio.to_thread.run_sync(scan):
            yield key
