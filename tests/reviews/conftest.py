"""Fixtures for the review tests: the registry's campaign and helpers, and a fresh local blob store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(tmp_path: Path) -> Iterator[Any]:
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
async def rv(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign (tests/registry/conftest.py) and the review helpers (review_support.py)."""
    from tests.registry.conftest import Ctx, make_campaign
    from tests.reviews.review_support import Reviews

    campaign = await make_campaign(session, "QT-VL")
    return Reviews(Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id)), session)
