"""Every example the contract shows is valid against its schema, and every JSON body has one."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from app.main import create_app

BASE = "urn:dvk:openapi"
METHODS = {"get", "put", "post", "delete", "patch"}
SCHEMA_REF = "#/components/schemas/"


@functools.cache
def _document() -> dict[str, Any]:
    return create_app().openapi()


def _validator(pointer: str) -> Draft202012Validator:
    """A validator for the schema at `pointer` in the document ($refs resolve within the document).

    OpenAPI 3.1's schema dialect is JSON Schema 2020-12 (its extra keywords are annotations)."""
    registry: Registry = Registry().with_resource(BASE, Resource(contents=_document(), specification=DRAFT202012))
    return Draft202012Validator({"$ref": f"{BASE}#{pointer}"}, registry=registry, format_checker=FormatChecker())


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _examples() -> Iterator[tuple[str, str, Any]]:
    """(where, pointer to the schema, example) for every example in the document."""
    document = _document()
    yield from _schema_examples(document["components"]["schemas"], "/components/schemas")
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            at = f"/paths/{_escape(path)}/{method}"
            for i, parameter in enumerate(operation.get("parameters", [])):
                yield from _media_examples(parameter, f"{at}/parameters/{i}")
                yield from _schema_examples(parameter.get("schema", {}), f"{at}/parameters/{i}/schema")
            for mtype, media in operation.get("requestBody", {}).get("content", {}).items():
                yield from _media_examples(media, f"{at}/requestBody/content/{_escape(mtype)}")
            for status, response in operation.get("responses", {}).items():
                for mtype, media in response.get("content", {}).items():
                    yield from _media_examples(media, f"{at}/responses/{status}/content/{_escape(mtype)}")
                for name, header in response.get("headers", {}).items():
                    yield from _media_examples(header, f"{at}/responses/{status}/headers/{_escape(name)}")


def _media_examples(media: dict[str, Any], at: str) -> Iterator[tuple[str, str, Any]]:
    if "schema" not in media:
        return
    if "example" in media:
        yield at + "/example", at + "/schema", media["example"]
    for name, example in media.get("examples", {}).items():
        if "value" in example:
            yield f"{at}/examples/{name}", at + "/schema", example["value"]


def _schema_examples(node: Any, at: str) -> Iterator[tuple[str, str, Any]]:
    """Examples written inside a schema (`examples`, or OpenAPI's `example`), at any depth."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _schema_examples(item, f"{at}/{i}")
        return
    if not isinstance(node, dict):
        return
    if "type" in node or "$ref" in node or "anyOf" in node or "properties" in node or "enum" in node:
        if isinstance(node.get("examples"), list):
            for i, example in enumerate(node["examples"]):
                yield f"{at}/examples/{i}", at, example
        if "example" in node:
            yield f"{at}/example", at, node["example"]
    for key, value in node.items():
        if key not in ("examples", "example", "enum", "const", "default"):
            yield from _schema_examples(value, f"{at}/{_escape(key)}")


EXAMPLES = list(_examples())


def test_the_contract_has_examples_to_check() -> None:
    assert len(EXAMPLES) > 150


@pytest.mark.parametrize(("where", "pointer", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_is_valid_against_its_schema(where: str, pointer: str, example: Any) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in _validator(pointer).iter_errors(example)]
    assert not errors, f"{where} fails its schema:\n" + "\n".join(errors[:10])


def _shows_example(media: dict[str, Any]) -> bool:
    if "example" in media or "examples" in media:
        return True
    schema = media.get("schema", {})
    ref = schema.get("$ref", "")
    target = _document()["components"]["schemas"][ref[len(SCHEMA_REF) :]] if ref.startswith(SCHEMA_REF) else schema
    return bool(target.get("examples")) or "example" in target


def test_every_json_answer_and_request_body_has_an_example() -> None:
    missing = []
    for path, item in _document()["paths"].items():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json")
                if status.startswith("2") and media is not None and not _shows_example(media):
                    missing.append(f"{method.upper()} {path} {status}")
            for mtype, media in operation.get("requestBody", {}).get("content", {}).items():
                if not _shows_example(media):
                    missing.append(f"{method.upper()} {path} request body ({mtype})")
    assert not missing, "no example:\n" + "\n".join(missing)
