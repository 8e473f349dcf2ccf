"""Fixtures for the notification tests: a real SMTP server on a loopback port, and settings that send to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.smtp import SmtpServer


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
