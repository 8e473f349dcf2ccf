"""Fixtures for the webhook tests: settings that let deliveries reach the suite's own loopback receiver (and
nothing else), a receiver, and a district admin's unit to subscribe from."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def webhook_settings(settings_env: Any) -> Any:
    """http allowed, 127.0.0.1 exempt from the address checks, short bounds so a hang costs a second."""
    return settings_env(
        webhook_allow_http="true",
        webhook_allow_hosts="127.0.0.1",
        webhook_timeout_seconds="1.5",
        webhook_connect_timeout_seconds="1",
        webhook_max_attempts="4",
    )


@pytest.fixture
def receiver() -> Iterator[Any]:
    """A plain-HTTP receiver on 127.0.0.1."""
    from tests.support.receiver import Receiver

    with Receiver() as started:
        yield started
