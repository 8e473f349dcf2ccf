"""Blobs in an S3-compatible object store (AWS S3, MinIO, Ceph, moto…), via boto3 in worker threads.

Object key = the SHA-256 hex (optionally under a prefix). Large files go up as a multipart upload read
from the file, so an upload never sits in memory whole.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import boto3
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

from app.storage.base import CHUNK_SIZE, BlobStore, check_key, is_valid_key

_MULTIPART = TransferConfig(
    multipart_threshold=8 * 1024 * 1024, multipart_chunksize=8 * 1024 * 1024, max_concurrency=4, use_threads=True
)
_MISSING = {"404", "NoSuchKey", "NotFound"}


class S3BlobStore(BlobStore):
    """Content-addressed objects in one bucket."""

    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        region: str = "us-east-1",
        prefix: str = "",
    ) -> None:
        self.bucket = bucket
        self.region = region
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        # Credentials left empty fall back to boto3's usual chain (env, instance role, ~/.aws).
        self.client: Any = boto3.session.Session().client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            region_name=region,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}, s3={"addressing_style": "path"}),
        )

    def _object(self, key: str) -> str:
        return self.prefix + check_key(key)

    def _head(self, key: str) -> dict[str, Any] | None:
        try:
            return dict(self.client.head_object(Bucket=self.bucket, Key=self._object(key)))
        except ClientError as exc:
            if str(exc.response.get("Error", {}).get("Code")) in _MISSING:
                return None
            raise

    async def put_file(self, key: str, path: Path, media_type: str) -> bool:
        """Upload the file (multipart when large) unless the object exists; True if newly stored."""
        name = self._object(key)
        if await anyio.to_thread.run_sync(self._head, key) is not None:
            return False
        extra = {"ContentType": media_type or "application/octet-stream"}
        await anyio.to_thread.run_sync(
            lambda: self.client.upload_file(str(path), self.bucket, name, ExtraArgs=extra, Config=_MULTIPART)
        )
        return True

    async def exists(self, key: str) -> bool:
        """True if the object exists."""
        return await anyio.to_thread.run_sync(self._head, key) is not None

    async def size(self, key: str) -> int | None:
        """The object's ContentLength, or None."""
        head = await anyio.to_thread.run_sync(self._head, key)
        return None if head is None else int(head["ContentLength"])

    async def stored_at(self, key: str) -> datetime | None:
        """The object's LastModified."""
        head = await anyio.to_thread.run_sync(self._head, key)
        return None if head is None else head.get("LastModified")

    async def read_range(self, key: str, start: int, end: int | None) -> AsyncIterator[bytes]:
        """Stream a byte range of the object (a ranged GET, read in chunks)."""
        wanted = f"bytes={start}-" if end is None else f"bytes={start}-{end}"
        name = self._object(key)
        response = await anyio.to_thread.run_sync(
            lambda: self.client.get_object(Bucket=self.bucket, Key=name, Range=wanted)
        )
        body = response["Body"]
        try:
            while True:
                chunk = await anyio.to_thread.run_sync(body.read, CHUNK_SIZE)
                if not chunk:
                    break
                yield chunk
        finally:
            body.close()

    async def delete(self, key: str) -> None:
        """Delete the object (absent is fine)."""
        name = self._object(key)
        await anyio.to_thread.run_sync(lambda: self.client.delete_object(Bucket=self.bucket, Key=name))

    async def list_keys(self) -> AsyncIterator[str]:
        """Every blob key in the bucket (under the prefix), page by page."""
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": self.prefix, "MaxKeys": 1000}
            if token:
                kwargs["ContinuationToken"] = token
            page: dict[str, Any] = await anyio.to_thread.run_sync(partial(self.client.list_objects_v2, **kwargs))
            for item in page.get("Contents", []):
                key = str(item["Key"])[len(self.prefix) :]
                if is_valid_key(key):
                    yield key
            if not page.get("IsTruncated"):
                return
            token = page.get("NextContinuationToken")

    async def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist (for development and tests)."""

        def create() -> None:
            try:
                self.client.head_bucket(Bucket=self.bucket)
            except ClientError:
                extra: dict[str, Any] = {}
                if self.region != "us-east-1":
                    extra["CreateBucketConfiguration"] = {"LocationConstraint": self.region}
                self.client.create_bucket(Bucket=self.bucket, **extra)

        await anyio.to_thread.run_sync(create)
