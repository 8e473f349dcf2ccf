"""Fixtures for the notification tests: a local blob store per test, a Vĩnh Linh campaign whose registration
window and recognition period are open today, with the registry's and the decisions' helpers (tests/decisions),
and a real SMTP server on a loopback port with settings that send to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.smtp import SmtpServer


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


@pytest.fixture
def smtp(settings_env: Any) -> Iterator[SmtpServer]:
    """The SMTP server the app sends through (plain SMTP on 127.0.0.1: no TLS to set up)."""
    with SmtpServer() as server:
        settings_env(
            email_backend="smtp",
            email_smtp_host="127.0.0.1",
            email_smtp_port=str(server.port),
            email_smtp_security="none",
            email_smtp_timeout_seconds="5",
            email_from="Ban Dân vận Tỉnh ủy Quảng Trị <dvk@quangtri.gov.vn>",
        )
        yield server
