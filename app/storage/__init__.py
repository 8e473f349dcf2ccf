"""Evidence bytes: the BlobStore interface and its local and S3 backends."""

from app.storage.base import BlobStore, is_valid_key
from app.storage.factory import get_store, set_store

__all__ = ["BlobStore", "get_store", "is_valid_key", "set_store"]
