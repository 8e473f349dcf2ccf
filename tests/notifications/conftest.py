"""Fixtures for the notification tests: a local blob store per test, and a Vĩnh Linh campaign whose registration
window and recognition period are open today, with the registry's and the decisions' helpers (tests/decisions)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def store(local_store: Any) -> Any:
    """A fresh local blob store for each test (tests/conftest.py)."""
    return local_store


@pytest.fixture
async def dctx(client: Any, demo: Any, session: Any) -> Any:
    """The campaign and the model, review and decision helpers."""
    from tests.decisions.decision_support import DecisionCtx, make_decision_campaign

    campaign = await make_decision_campaign(session)
    return DecisionCtx(client, demo, str(campaign.id), str(campaign.cycles[0].id), session)
