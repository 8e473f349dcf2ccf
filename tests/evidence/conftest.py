"""Fixtures for evidence tests: the registry's campaign and helpers, a fresh blob store per test
(local by default; S3 on a moto server for the tests that ask for both backends), and tiny files."""

from __future__ import annotations

import io
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign with an open window, and the registry's helpers (tests/registry/conftest.py)."""
    # Imported here: while pytest loads this file, the project root may not be importable yet.
    from tests.registry.conftest import Ctx, make_campaign

    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


@pytest.fixture(scope="session")
def s3_server() -> Iterator[str]:
    """An S3 server (moto in server mode) on 127.0.0.1 for the run."""
    from moto.server import ThreadedMotoServer

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


async def _make_store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    if kind == "local":
        from app.storage.local import LocalBlobStore

        return LocalBlobStore(tmp_path / "blobs")
    from tests.storage.conftest import make_s3_store

    s3 = make_s3_store(request.getfixturevalue("s3_server"))
    await s3.ensure_bucket()
    return s3


@pytest.fixture(autouse=True)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Any]:
    """The app's blob store for one test: a fresh local folder, or S3 when parametrized with "s3"."""
    from app.storage import set_store

    backend = getattr(request, "param", "local")
    blob_store = await _make_store(backend, tmp_path, request)
    set_store(blob_store)
    try:
        yield blob_store
    finally:
        set_store(None)


async def stored_keys(blob_store: Any) -> set[str]:
    """Every key the store holds."""
    return {key async for key in blob_store.list_keys()}


def jpeg_with_gps(color: str = "green") -> bytes:
    """A small JPEG carrying EXIF with a camera make and a GPS position (Vĩnh Linh)."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (17.0, 1.0, 30.0), 3: "E", 4: (107.0, 2.0, 0.0)}
    out = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def exif_of(data: bytes) -> dict[int, Any]:
    """The EXIF tags of a JPEG (GPS block as a dict under 0x8825)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    tags: dict[int, Any] = dict(exif)
    gps = exif.get_ifd(0x8825)
    if gps:
        tags[0x8825] = dict(gps)
    else:
        tags.pop(0x8825, None)
    return tags
