"""The contract names every value set once, types its problems and answers, and uses names a generator keeps."""

from __future__ import annotations

import functools
import re
from typing import Any

from app.contract.enums import NAMED_ENUMS
from app.main import create_app
from app.policy.permissions import Role
from app.workflow.states import State
from app.workflow.table import TRANSITIONS

METHODS = {"get", "put", "post", "delete", "patch"}
REF = "#/components/schemas/"


@functools.cache
def _document() -> dict[str, Any]:
    return create_app().openapi()


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in _document()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def _inline_enums(node: Any, at: str) -> list[str]:
    if isinstance(node, list):
        return [hit for i, item in enumerate(node) for hit in _inline_enums(item, f"{at}/{i}")]
    if not isinstance(node, dict):
        return []
    here = [at] if "enum" in node else []
    return here + [hit for key, value in node.items() for hit in _inline_enums(value, f"{at}/{key}")]


def test_no_enum_is_written_inline() -> None:
    schemas = _document()["components"]["schemas"]
    named = {e.name for e in NAMED_ENUMS}
    hits = _inline_enums(_document()["paths"], "/paths")
    hits += [
        hit
        for name, schema in schemas.items()
        if name not in named
        for hit in _inline_enums(schema, f"/components/schemas/{name}")
    ]
    assert not hits, "inline enums (name the value set in app/contract/enums.py):\n" + "\n".join(hits)


def test_each_value_set_has_one_name_and_a_member_name_per_value() -> None:
    schemas = _document()["components"]["schemas"]
    value_sets = [frozenset(e.values) for e in NAMED_ENUMS]
    assert len(value_sets) == len(set(value_sets))
    for named in NAMED_ENUMS:
        schema = schemas[named.name]
        varnames = schema["x-enum-varnames"]
        assert schema["enum"] == list(named.values)
        assert len(varnames) == len(set(varnames)) == len(named.values)
        assert all(re.fullmatch(r"[A-Z][A-Z0-9_]*", v) for v in varnames), varnames


def test_states_actions_and_roles_come_from_the_workflow_declarations() -> None:
    schemas = _document()["components"]["schemas"]
    assert schemas["State"]["enum"] == [s.value for s in State]
    assert schemas["Action"]["enum"] == [t.action for t in TRANSITIONS]
    assert schemas["Role"]["enum"] == [r.value for r in Role]
    model = schemas["ModelRead"]["properties"]
    assert model["state"] == {"$ref": REF + "State"}
    assert model["allowed_actions"]["items"] == {"$ref": REF + "Action"}
    assert schemas["TransitionRequest"]["properties"]["action"] == {"$ref": REF + "Action"}
    assert schemas["HistoryEntry"]["properties"]["to_state"] == {"$ref": REF + "State"}
    assert schemas["ModelSort"]["x-enum-varnames"][:2] == ["CODE", "CODE_DESC"]


def test_no_generator_style_names_and_every_body_is_named() -> None:
    schemas = _document()["components"]["schemas"]
    assert not [n for n in schemas if re.search(r"^(Body_|Page_)|_$", n)]
    unnamed = []
    for path, method, operation in _operations():
        for mtype, media in operation.get("requestBody", {}).get("content", {}).items():
            schema = media["schema"]
            options = schema.get("anyOf", [schema])
            if not any("$ref" in o for o in options):
                unnamed.append(f"{method.upper()} {path} request ({mtype})")
        for status, response in operation["responses"].items():
            media = response.get("content", {}).get("application/json")
            if status.startswith("2") and media is not None and "$ref" not in media["schema"]:
                unnamed.append(f"{method.upper()} {path} {status}")
    assert not unnamed, "unnamed bodies:\n" + "\n".join(unnamed)


def _problem_schema(path: str, method: str, status: str) -> dict[str, Any]:
    return _document()["paths"][path][method]["responses"][status]["content"]["application/problem+json"]["schema"]


def test_problems_carry_their_extension_fields_by_name() -> None:
    transitions = "/api/v1/models/{model_id}/transitions"
    assert _problem_schema(transitions, "post", "409") == {"$ref": REF + "TransitionProblem"}
    assert {"$ref": REF + "GuardProblem"} in _problem_schema(transitions, "post", "422")["anyOf"]
    for path, method, operation in _operations():
        if "412" in operation["responses"]:
            assert _problem_schema(path, method, "412") == {"$ref": REF + "PreconditionProblem"}, path
    schemas = _document()["components"]["schemas"]
    assert schemas["TransitionProblem"]["properties"]["allowed_actions"]["items"] == {"$ref": REF + "Action"}
    assert "current_etag" in schemas["PreconditionProblem"]["properties"]
    assert "pointer" in schemas["ProblemError"]["properties"]


def test_every_answer_is_typed() -> None:
    untyped = [
        f"{method.upper()} {path} {status}"
        for path, method, operation in _operations()
        for status, response in operation["responses"].items()
        for media in response.get("content", {}).values()
        if not media.get("schema")
    ]
    untyped += [
        f"GET {p}"
        for p in ("/healthz", "/readyz")
        if not _document()["paths"][p]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    ]
    assert not untyped, untyped
