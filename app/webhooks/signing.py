"""Standard Webhooks signing (the `standardwebhooks` package): `webhook-id`, `webhook-timestamp` and
`webhook-signature` ("v1,<base64 HMAC-SHA256 of id.timestamp.body>"). During a secret rotation's overlap the
message carries one signature per live secret, space-separated, so a receiver verifies with either."""

from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from datetime import datetime

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32


def new_secret() -> str:
    """A fresh signing secret: "whsec_" + base64 of 32 random bytes (the form Standard Webhooks libraries read)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def live_secrets(secret: str, previous: str | None, previous_expires_at: datetime | None, now: datetime) -> list[str]:
    """The secrets that sign a message now: the current one, and the previous one until its overlap ends."""
    if previous and previous_expires_at is not None and previous_expires_at > now:
        return [secret, previous]
    return [secret]


def signed_headers(msg_id: str, timestamp: datetime, body: bytes, keys: Sequence[str]) -> dict[str, str]:
    """The three Standard Webhooks headers for one message, signed with every key given."""
    signature = " ".join(Webhook(key).sign(msg_id, timestamp, body) for key in keys)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": signature,
    }
