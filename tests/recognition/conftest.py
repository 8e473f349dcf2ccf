"""Fixtures for the end-to-end recognition tests: a campaign whose registration window and recognition
period are both open today, a local blob store, and extra officers at the deciding units."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
async def store(tmp_path: Path) -> AsyncIterator[Any]:
    """A fresh local blob store for each test."""
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    blob_store = LocalBlobStore(tmp_path / "blobs")
    set_store(blob_store)
    try:
        yield blob_store
    finally:
        set_store(None)


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign open for registration and for recognition today, and the registry helpers."""
    from tests.registry.conftest import TODAY, Ctx, make_campaign

    campaign = await make_campaign(session, "QT-VL")
    cycle = campaign.cycles[0]
    cycle.recognition_starts_on = TODAY - timedelta(days=3)
    cycle.recognition_ends_on = TODAY + timedelta(days=20)
    await session.commit()
    return Ctx(client, demo, str(campaign.id), str(cycle.id))
