"""Fixtures of the confirmation tests: a fresh blob store, and a Vĩnh Linh campaign with an open window."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.registry.conftest import Ctx, make_campaign


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Any]:
    """The app's blob store for one test: a fresh local folder."""
    from app.storage import set_store
    from app.storage.local import LocalBlobStore

    set_store(LocalBlobStore(tmp_path / "blobs"))
    try:
        yield
    finally:
        set_store(None)


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any, store: Any) -> Ctx:
    """A Vĩnh Linh campaign with an open window, and the registry's helpers (files go to a fresh store)."""
    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))
