"""Fixtures for the public showcase tests: the registry's campaign and helpers, and a fresh local blob store."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign with an open window, and the registry's helpers (tests/registry/conftest.py)."""
    from tests.registry.conftest import Ctx, make_campaign

    campaign = await make_campaign(session, "QT-VL")
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store
