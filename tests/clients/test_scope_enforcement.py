"""Scopes are enforced on every operation: each route of the app has a scope decision (the scope a service client
needs, or "not for service clients"), a client whose token lacks it gets 403 `insufficient_scope`, a client
holding it is let through to the operation's own rules, and the contract says the same."""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from app.auth.dependencies import scope_decisions
from app.core.bodies import route_needs_caller
from app.policy.scopes import ClientScope, has_decision
from tests.clients.conftest import Clients
from tests.support.app import get_app

pytestmark = pytest.mark.anyio
ALL = sorted(s.value for s in ClientScope)


def _path_types(dependant: Dependant) -> dict[str, Any]:
    types = {p.alias: p.field_info.annotation for p in dependant.path_params}
    for sub in dependant.dependencies:
        types.update(_path_types(sub))
    return types


def _operations() -> list[tuple[str, str, str, list[str], APIRoute]]:
    """(method, path, operationId, tags, route) of every operation that resolves a caller."""
    out = []
    for context in iter_route_contexts(get_app().routes):
        route = context.original_route
        if isinstance(route, APIRoute) and route_needs_caller(route):
            tags = [str(t) for t in getattr(context, "tags", None) or route.tags]
            for method in sorted(context.methods or ()):
                out.append((method, str(context.path_format), str(route.operation_id), tags, route))
    return out


def _url(path: str, route: APIRoute) -> str:
    types = _path_types(route.dependant)

    def value(match: re.Match[str]) -> str:
        kind = types.get(match.group(1))
        return str(uuid.uuid4()) if kind is uuid.UUID else "2025" if kind is int else "DVK-2025-000001"

    return re.sub(r"\{([^}]+)\}", value, path)


def test_every_operation_has_a_scope_decision() -> None:
    operations = _operations()
    assert len(operations) > 60
    undecided = [f"{m} {p} ({op}, tags {tags})" for m, p, op, tags, _ in operations if not has_decision(op, tags)]
    assert not undecided, "operations nobody decided a scope for (policy/scopes.py TAG_SCOPES or OVERRIDES):\n" + (
        "\n".join(undecided)
    )
    decisions = scope_decisions(get_app())
    opened = {op for _, _, op, _, _ in operations if decisions[op] is not None}
    assert {"models_list", "models_create", "imports_registrations", "units_list", "reports_summary"} <= opened
    assert not {"users_list", "me_get", "service_clients_create", "auth_logout"} & opened


def test_the_contract_lists_each_operations_scope() -> None:
    document = get_app().openapi()
    decisions = scope_decisions(get_app())
    for method, path, op, _, _ in _operations():
        security = document["paths"][path][method.lower()]["security"]
        scope = decisions[op]
        expected = [{"OAuth2PasswordBearer": []}] + ([{"ServiceClient": [scope.value]}] if scope else [])
        assert security == expected, (op, security)
    flows = document["components"]["securitySchemes"]["ServiceClient"]["flows"]["clientCredentials"]
    assert sorted(flows["scopes"]) == ALL and flows["tokenUrl"] == "/api/v1/auth/token"
    assert "password" in document["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]


async def test_a_client_lacking_the_scope_gets_403_and_one_holding_it_gets_through(
    clients: Clients, session: Any
) -> None:
    made = await clients.create(ALL, unit="QT-VL", admin="vl.admin")
    tokens: dict[str, dict[str, str]] = {}

    async def headers(scopes: list[str]) -> dict[str, str]:
        key = " ".join(scopes)
        if key not in tokens:
            tokens[key] = await clients.headers_for(made, key)
        return tokens[key]

    decisions = scope_decisions(get_app())
    let_through = 0
    for method, path, op, _, route in _operations():
        url, needed = _url(path, route), decisions[op]
        lacking = [s for s in ALL if needed is None or s != needed.value]
        r = await clients.client.request(method, url, headers=await headers(lacking))
        assert r.status_code == 403 and r.json()["code"] == "insufficient_scope", (op, r.status_code, r.text[:300])
        assert r.json()["required_scope"] == (needed.value if needed else None), op
        if needed is not None:
            r = await clients.client.request(method, url, headers=await headers([needed.value]))
            assert r.status_code < 500, (op, r.text[:300])
            assert r.status_code != 403 or r.json()["code"] != "insufficient_scope", (op, r.text[:300])
            let_through += 1
    assert let_through > 30
