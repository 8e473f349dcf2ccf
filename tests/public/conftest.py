"""Fixtures for the public showcase tests: the registry's campaign and helpers, and a fresh local blob store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign with an open window, and the registry's helpers (tests/registry/conftest.py)."""
    from tests.registry.conftest import Ctx, make_campaign

    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


@pytest.fixture(autouse=True)
async def store(tmp_path: Path) -> AsyncIterator[Any]:
    """The app's blob store for one test: a fresh local folder."""
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    blob_store = LocalBlobStore(tmp_path / "blobs")
    set_store(blob_store)
    try:
        yield blob_store
    finally:
        set_store(None)
