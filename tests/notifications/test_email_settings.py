"""The email settings: bounds, what cannot work anywhere, and what production refuses as unsafe."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from app.core.config import Settings

STRONG = "k" * 48
PRODUCTION: dict[str, Any] = {
    "env": "production",
    "jwt_keys": {"k1": STRONG},
    "jwt_active_kid": "k1",
    "metrics_token": "m" * 32,
    "demo_password": "x" * 12,
}
SMTP: dict[str, Any] = {
    "email_backend": "smtp",
    "email_smtp_host": "smtp.quangtri.gov.vn",
    "email_from": "Ban Dân vận <dvk@quangtri.gov.vn>",
}


def test_defaults_need_nothing() -> None:
    settings = Settings()
    assert settings.email_backend == "file"
    assert settings.email_folder == settings.data_dir / "emails"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"email_backend": "smtp"}, "DVK_EMAIL_SMTP_HOST"),
        ({"email_from": "nobody"}, "DVK_EMAIL_FROM"),
        ({"email_smtp_username": "dvk"}, "go together"),
        ({"email_smtp_port": 0}, "greater than or equal"),
        ({"email_smtp_port": 70000}, "less than or equal"),
        ({"email_smtp_timeout_seconds": 0}, "greater than"),
        ({"email_max_attempts": 31}, "less than or equal"),
        ({"email_digest_interval_seconds": 10}, "greater than or equal"),
        ({"email_smtp_security": "ssl"}, "starttls"),
    ],
)
def test_refused_anywhere(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Settings(**values)


def test_production_refuses_unsafe_email() -> None:
    Settings(**PRODUCTION)  # the file backend: allowed (nothing leaves the machine), see README
    Settings(**PRODUCTION, **SMTP)  # STARTTLS, no password: a relay that trusts the network
    Settings(**PRODUCTION, **SMTP, email_smtp_username="dvk", email_smtp_password="s" * 20)
    with pytest.raises(ValidationError, match="unencrypted"):
        Settings(
            **PRODUCTION, **SMTP, email_smtp_security="none", email_smtp_username="dvk", email_smtp_password="s" * 20
        )
    with pytest.raises(ValidationError, match="real DVK_EMAIL_FROM"):
        Settings(**PRODUCTION, **{**SMTP, "email_from": "DVK <no-reply@dvk.invalid>"})
    # Outside production the same combinations are allowed (a developer's relay, the test server).
    Settings(**SMTP, email_smtp_security="none", email_smtp_username="dvk", email_smtp_password="s")
