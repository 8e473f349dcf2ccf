"""Where a notification points: the path in this API of the resource it is about, which a front end follows
(GET it with the same credentials: the answer is scoped to the reader) and a push message carries."""

from __future__ import annotations

import uuid

API_PREFIX = "/api/v1"

# Each resource type a notification may point to, and its path (the resource collections of the API).
PATHS: dict[str, str] = {
    "model": "/models/{id}",
    "review": "/reviews/{id}",
    "decision": "/decisions/{id}",
    "campaign": "/campaigns/{id}",
    "registration-list": "/registrations/lists/{id}",
    "unit": "/units/{id}",
    "plan": "/plans/{id}",
    "evidence": "/evidence/{id}",
}


def resource_path(resource_type: str, resource_id: str | uuid.UUID | int) -> str | None:
    """The API path of a resource (None for a type without one)."""
    template = PATHS.get(resource_type)
    return API_PREFIX + template.format(id=resource_id) if template else None
