"""The process-wide blob store, built from the settings: the local filesystem or an S3-compatible store.

Apart from base.py so the interface knows none of its backends (each backend imports the interface).
"""

from __future__ import annotations

from app.core.config import get_settings
from app.storage.base import BlobStore
from app.storage.local import LocalBlobStore

_store: BlobStore | None = None


def build_store() -> BlobStore:
    """A new store as the settings describe it."""
    settings = get_settings()
    if settings.storage_backend == "s3":
        # Imported here so a process on the local backend never loads boto3 (its memory and start-up time).
        from app.storage.s3 import S3BlobStore

        return S3BlobStore(
            bucket=settings.s3_bucket,
            endpoint_url=settings.s3_endpoint_url or None,
            access_key=settings.s3_access_key or None,
            secret_key=settings.s3_secret_key or None,
            region=settings.s3_region,
        )
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
