"""Fixtures for the review tests: the registry's campaign and helpers, and a fresh local blob store."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
async def rv(client: Any, demo: Any, session: Any) -> Any:
    """A Vĩnh Linh campaign (tests/registry/conftest.py) and the review helpers (review_support.py)."""
    from tests.registry.conftest import Ctx, make_campaign
    from tests.reviews.review_support import Reviews

    campaign = await make_campaign(session, "QT-VL")
    return Reviews(Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id)), session)
