"""Fixtures for the change feed tests: a Vĩnh Linh campaign open for registration, the registry's helpers, a
local blob store, and people of Vĩnh Linh and Đông Hà."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
async def ctx(client: Any, demo: Any, session: Any) -> Any:
    """The campaign and helpers, with an officer of Đông Hà (another district) and a Vĩnh Linh admin."""
    from tests.registry.conftest import Ctx, make_campaign
    from tests.users.conftest import add_person

    campaign = await make_campaign(session, "QT-VL")
    await add_person(session, demo, "dh.officer", "QT-DH-BDV", [("mobiliser", "QT-DH")])
    await add_person(session, demo, "vl.admin", "QT-VL-BDV", [("admin", "QT-VL")])
    return Ctx(client, demo, str(campaign.id), str(campaign.cycles[0].id))
