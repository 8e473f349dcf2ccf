"""The security schemes: people's password flow, service clients' clientCredentials flow with the scope
catalogue, and on every operation the scope a client needs for it.

An operation that needs a caller accepts a person's token (`OAuth2PasswordBearer`, no scopes: a person's roles
decide) or, where some scope opens it, a service client's token holding that scope (`ServiceClient`: the one
scope app.policy.scopes.required_scope names, the same table auth.dependencies enforces). An operation no
scope opens lists the password flow only. The token endpoint itself takes no token, or the client's id and
secret as HTTP Basic (`ClientSecretBasic`, RFC 6749 §2.3.1).
"""

from __future__ import annotations

from typing import Any

from app.policy.scopes import SCOPE_LABELS, SCOPE_ROLES, ClientScope, required_scope

TOKEN_URL = "/api/v1/auth/token"
PEOPLE = "OAuth2PasswordBearer"
CLIENTS = "ServiceClient"
BASIC = "ClientSecretBasic"

PEOPLE_SCHEME = {
    "type": "oauth2",
    "description": "People sign in with the password grant; what they may do follows their roles (no scopes).",
    "flows": {"password": {"tokenUrl": TOKEN_URL, "scopes": {}}},
}
BASIC_SCHEME = {
    "type": "http",
    "scheme": "basic",
    "description": "At the token endpoint only: a service client's `client_id` and `client_secret` (each "
    "form-urlencoded, RFC 6749 §2.3.1), instead of sending them in the form.",
}


def _clients_scheme() -> dict[str, Any]:
    scopes = {
        scope.value: f"{SCOPE_LABELS[scope].en} ({SCOPE_LABELS[scope].vi}); acts as `{SCOPE_ROLES[scope].value}` "
        "at the client's unit"
        for scope in ClientScope
    }
    return {
        "type": "oauth2",
        "description": "Service clients (integrated systems) get a token with the client-credentials grant "
        "(`client_id` and `client_secret` in the form or as HTTP Basic; `scope` narrows it). A client acts "
        "within its unit's subtree, and each operation names the one scope it needs: without it the answer "
        "is 403 `insufficient_scope`.",
        "flows": {"clientCredentials": {"tokenUrl": TOKEN_URL, "scopes": scopes}},
    }


def declare_security(document: dict[str, Any]) -> dict[str, Any]:
    """Declare the schemes, and each operation's scope for service clients. Idempotent."""
    schemes = document.setdefault("components", {}).setdefault("securitySchemes", {})
    schemes[PEOPLE] = PEOPLE_SCHEME
    schemes[CLIENTS] = _clients_scheme()
    schemes[BASIC] = BASIC_SCHEME
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            if operation.get("operationId") == "auth_token":
                operation["security"] = [{}, {BASIC: []}]
                continue
            if not any(PEOPLE in requirement for requirement in operation.get("security", [])):
                continue
            scope = required_scope(operation.get("operationId"), operation.get("tags", []), method)
            operation["security"] = [{PEOPLE: []}] + ([{CLIENTS: [scope.value]}] if scope is not None else [])
    return document
