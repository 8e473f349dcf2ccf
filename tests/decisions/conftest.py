"""Fixtures for the decision tests: a local blob store per test, and a Vĩnh Linh campaign whose
registration window and recognition period are both open today, with the registry's helpers."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
async def dctx(client: Any, demo: Any, session: Any) -> Any:
    """The campaign (recognition period open today) and the decision helpers."""
    # Imported here: while pytest loads this file, the project root may not be importable yet.
    from tests.decisions.decision_support import DecisionCtx, make_decision_campaign

    campaign = await make_decision_campaign(session)
    return DecisionCtx(client, demo, str(campaign.id), str(campaign.cycles[0].id), session)
