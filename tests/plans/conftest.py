"""Fixtures for the plans tests: a local blob store per test, a Vĩnh Linh campaign, a registrant of Phường 1
(Đông Hà: outside Vĩnh Linh), and helpers over HTTP (tests/plans/plans_support.py)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
async def world(client: Any, demo: Any, session: Any) -> Any:
    """A campaign of Huyện Vĩnh Linh with no plan yet, and the Phường 1 registrant."""
    # Imported here: while pytest loads this file, the project root may not be importable yet.
    from tests.plans.plans_support import World, make_campaign, make_outsider

    campaign = await make_campaign(session, "QT-VL")
    await make_outsider(session, demo)
    return World(client, demo, session, str(campaign.id))
