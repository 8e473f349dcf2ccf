"""Fixtures for the end-to-end recognition tests: a campaign whose registration window and recognition
period are both open today, a local blob store, and extra officers at the deciding units."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


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
