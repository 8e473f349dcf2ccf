"""The contract's `webhooks` (OpenAPI 3.1): one entry per type of the event catalogue, the body a subscriber
receives (the envelope GET /events lists, with the type's payload schema) and an example of each.

The payload schemas are declared once as components (`ModelMovedPayload`, …), so the feed's readers and the
webhooks' receivers share them; their value sets are named by app/contract/enums.py like any other.
"""

from __future__ import annotations

from typing import Any

from app.events.catalogue import TYPES, EventType, delivered
from app.events.examples import example_envelope

REF = "#/components/schemas/"

# Standard Webhooks (https://www.standardwebhooks.com): what every delivery carries besides the body.
HEADERS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (
        "webhook-id",
        "The message's id, the same on every retry of it: deduplicate on it.",
        {"type": "string", "maxLength": 64, "example": "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"},
    ),
    (
        "webhook-timestamp",
        "When this attempt was sent (Unix seconds): refuse one too far from your clock (replays).",
        {"type": "integer", "minimum": 0, "example": 1792032600},
    ),
    (
        "webhook-signature",
        "Space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}` with "
        "your subscription's secret (two during a secret's rotation): verify one before trusting the body.",
        {"type": "string", "maxLength": 1000, "example": "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="},
    ),
)


def _refer(node: Any) -> Any:
    """Replace each `x-named-enum` marker (a value set declared above app/events: the states) by its `$ref`."""
    if isinstance(node, list):
        return [_refer(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "x-named-enum" in node:
        return {"$ref": REF + node["x-named-enum"], **{k: v for k, v in node.items() if k in ("description", "title")}}
    return {key: _refer(value) for key, value in node.items()}


def _payload_schema(entry: EventType, schemas: dict[str, Any]) -> str:
    """Declare the type's payload schema as a component; its name."""
    name = entry.payload.__name__
    if name not in schemas:
        schema = entry.payload.model_json_schema(ref_template=REF + "{model}", mode="serialization")
        schemas.update(_refer(schema.pop("$defs", {})))
        schemas[name] = _refer(schema)
    return name


def _body_schema(entry: EventType, payload: str) -> dict[str, Any]:
    """The envelope of this type: the feed's `EventEnvelope` with its type, version and payload fixed."""
    return {
        "type": "object",
        "title": "".join(part.title() for part in entry.name.replace(".", "_").split("_")) + "Event",
        "required": ["id", "type", "version", "occurred_at", "resource", "unit", "data"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "integer", "description": "The event's id (GET /events/{id}); deduplicate on it."},
            "type": {"type": "string", "const": entry.name},
            "version": {"type": "integer", "const": entry.version},
            "occurred_at": {"type": "string", "format": "date-time"},
            "resource": {"$ref": REF + "EventResource"},
            "unit": {"$ref": REF + "EventUnit"},
            "data": {"$ref": REF + payload},
        },
    }


def _operation(entry: EventType, payload: str, event_id: int) -> dict[str, Any]:
    return {
        "operationId": "webhook_" + entry.name.replace(".", "_"),
        "summary": entry.description.en.rstrip("."),
        "description": f"{entry.description.en}\n\n{entry.description.vi}\n\nAbout a `{entry.resource}`; payload "
        f"`{payload}`, version {entry.version}. The same event is in the feed (GET /events).",
        "tags": ["events"],
        "security": [],
        "parameters": [
            {"name": name, "in": "header", "required": True, "description": text, "schema": schema}
            for name, text, schema in HEADERS
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": _body_schema(entry, payload),
                    "example": example_envelope(entry.name, entry.version, entry.resource, event_id),
                }
            },
        },
        "responses": {
            "200": {"description": "Received: any 2xx within the timeout acknowledges the delivery."},
            "410": {"description": "Gone: the subscription is disabled and nothing more is sent to it."},
        },
    }


def add_webhooks(document: dict[str, Any]) -> dict[str, Any]:
    """Declare every event type a webhook delivers under `webhooks`, with its payload schema among the
    components. A type private to a person (`notification.created`) is in the feed only: no webhook, and its
    payload is described where the inbox is (GET /me/notifications). Idempotent."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    webhooks: dict[str, Any] = {}
    for number, entry in enumerate(TYPES, start=1):
        if delivered(entry.name):
            payload = _payload_schema(entry, schemas)
            webhooks[entry.name] = {"post": _operation(entry, payload, 1000 + number)}
    document["webhooks"] = webhooks
    return document
