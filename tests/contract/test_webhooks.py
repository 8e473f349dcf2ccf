"""The contract's `webhooks`: one per event type, its body the feed's envelope with the type's payload schema,
and an example that is valid against it (as the feed's own answers are: the same components)."""

from __future__ import annotations

import functools
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.events.catalogue import CATALOGUE, PRIVATE_TYPES, delivered
from app.main import create_app

BASE = "urn:dvk:openapi"


@functools.cache
def _document() -> dict[str, Any]:
    return create_app().openapi()


def _validator(name: str) -> Draft202012Validator:
    registry: Registry = Registry().with_resource(BASE, Resource(contents=_document(), specification=DRAFT202012))
    pointer = f"/webhooks/{name}/post/requestBody/content/application~1json/schema"
    return Draft202012Validator({"$ref": f"{BASE}#{pointer}"}, registry=registry, format_checker=FormatChecker())


def test_every_delivered_type_is_a_webhook_and_nothing_else_is() -> None:
    assert list(_document()["webhooks"]) == [name for name in CATALOGUE if delivered(name)]
    # A person's own events (the feed shows them to that person) are no webhook; the inbox describes them.
    assert {"notification.created"} == PRIVATE_TYPES
    inbox = _document()["paths"]["/api/v1/me/notifications"]["get"]["description"]
    for name in PRIVATE_TYPES:
        assert name not in _document()["webhooks"] and f"`{name}`" in inbox


@pytest.mark.parametrize("name", sorted(n for n in CATALOGUE if delivered(n)))
def test_each_webhook_declares_its_payload_and_a_valid_example(name: str) -> None:
    operation = _document()["webhooks"][name]["post"]
    media = operation["requestBody"]["content"]["application/json"]
    schema = media["schema"]
    assert schema["properties"]["type"] == {"type": "string", "const": name}
    assert schema["properties"]["data"] == {"$ref": f"#/components/schemas/{CATALOGUE[name].payload.__name__}"}
    assert {p["name"] for p in operation["parameters"]} == {"webhook-id", "webhook-timestamp", "webhook-signature"}
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator(name).iter_errors(media["example"])]
    assert not errors, errors
    wrong = {**media["example"], "data": {**media["example"]["data"], "email": "lan@example.vn"}}
    assert list(_validator(name).iter_errors(wrong)), "a payload must not take undeclared fields"


def test_the_feed_answers_the_same_envelope() -> None:
    schemas = _document()["components"]["schemas"]
    envelope = schemas["EventEnvelope"]
    assert set(envelope["required"]) == {"id", "type", "version", "occurred_at", "resource", "unit", "data"}
    assert envelope["properties"]["type"] == {"$ref": "#/components/schemas/EventType", **_description(envelope)}
    page = _document()["paths"]["/api/v1/events"]["get"]["responses"]["200"]["content"]["application/json"]
    assert page["schema"] == {"$ref": "#/components/schemas/EventPage"}


def _description(envelope: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in envelope["properties"]["type"].items() if k != "$ref"}
