"""Fixtures for the blob store and upload tests: both backends, S3 served by a real moto server."""

from __future__ import annotations

import secrets
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

BACKENDS = ("local", "s3")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    """An S3 server (moto in server mode) on 127.0.0.1 for the whole run."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


def make_s3_store(endpoint: str, bucket: str | None = None) -> Any:
    """An S3BlobStore on its own fresh bucket of the test server."""
    from app.storage.s3 import S3BlobStore

    return S3BlobStore(
        bucket or f"dvk-test-{secrets.token_hex(4)}",
        endpoint_url=endpoint,
        access_key="testing",
        secret_key="testing",
        region="us-east-1",
    )


@pytest.fixture(params=BACKENDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    """Each test using it runs once per backend: local filesystem, then S3."""
    if request.param == "local":
        from app.storage.local import LocalBlobStore

        yield LocalBlobStore(tmp_path / "blobs")
        return
    s3 = make_s3_store(request.getfixturevalue("s3_endpoint"))
    await s3.ensure_bucket()
    yield s3
