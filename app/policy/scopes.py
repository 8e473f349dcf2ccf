"""What a service client may do: the scope catalogue, the scope each operation needs, and the role grants a
client's scopes stand for.

A service client (an integrated provincial system) holds scopes from a fixed catalogue, within the subtree of
the unit it belongs to. Two questions, each answered here once:

- **Which scope does an operation need?** `required_scope(operation_id, tags, method)`: the operation's tag
  gives a scope for reads (GET) and one for writes (anything else), and `OVERRIDES` names the exceptions by
  operationId. `NOT_FOR_CLIENTS` (None) means no scope opens it (signing in as a person, managing users,
  units, campaigns, clients themselves). An unknown tag is refused too: a new package's routes are closed to
  clients until someone decides. auth.dependencies.get_caller applies the answer to every call a client makes
  (403 `insufficient_scope`); people's tokens carry no scopes and are not affected.
- **What may a client do where its scope lets it in?** The same as a person holding a role at the client's
  unit: `client_grants` turns the scopes into role grants (a write scope into `registrant`, a read scope into
  `viewer`), so every rule of the services (visibility, the workflow's roles) applies to a client unchanged.

An administrator hands out a scope only where they could do what it allows themselves (`scopes_beyond`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum

from app.core import labels
from app.core.i18n import Text
from app.policy.permissions import Permission, Role
from app.policy.principal import Caller
from app.policy.scope import Grant


class ClientScope(StrEnum):
    """The scopes a service client may hold (the contract's clientCredentials flow lists them)."""

    MODELS_READ = "models:read"
    MODELS_WRITE = "models:write"
    EVENTS_READ = "events:read"
    WEBHOOKS_MANAGE = "webhooks:manage"
    IMPORTS_WRITE = "imports:write"
    REPORTS_READ = "reports:read"
    UNITS_READ = "units:read"


SCOPE_LABELS: dict[ClientScope, Text] = {scope: labels.CLIENT_SCOPES[scope.value] for scope in ClientScope}

NOT_FOR_CLIENTS = None
"""The decision for an operation no scope opens."""

ScopeDecision = ClientScope | None

# By tag: (the scope a GET needs, the scope any other method needs).
TAG_SCOPES: Mapping[str, tuple[ScopeDecision, ScopeDecision]] = {
    "models": (ClientScope.MODELS_READ, ClientScope.MODELS_WRITE),
    "evidence": (ClientScope.MODELS_READ, ClientScope.MODELS_WRITE),
    "reviews": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "decisions": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    # A decision's generated papers: read with the models; issued only by people (an act of the issuing unit).
    "documents": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "campaigns": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "reference": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    # A model's confirmations, follow-ups and conditions, the campaign's criteria: read with the models; written
    # only by people (a confirmation and a follow-up are acts of a named person; criteria are administration).
    "confirmations": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "follow-ups": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "criteria": (ClientScope.MODELS_READ, NOT_FOR_CLIENTS),
    "registrations": (ClientScope.REPORTS_READ, ClientScope.MODELS_WRITE),
    "indicators": (ClientScope.REPORTS_READ, NOT_FOR_CLIENTS),
    "plans": (ClientScope.REPORTS_READ, NOT_FOR_CLIENTS),  # units' plans: what the coverage report counts
    "reports": (ClientScope.REPORTS_READ, NOT_FOR_CLIENTS),
    "units": (ClientScope.UNITS_READ, NOT_FOR_CLIENTS),
    "authority": (ClientScope.UNITS_READ, NOT_FOR_CLIENTS),
    "events": (ClientScope.EVENTS_READ, NOT_FOR_CLIENTS),
    "webhooks": (ClientScope.WEBHOOKS_MANAGE, ClientScope.WEBHOOKS_MANAGE),
    # A person's own session and profile, accounts, and the clients themselves: never a client's business.
    "auth": (NOT_FOR_CLIENTS, NOT_FOR_CLIENTS),
    "users": (NOT_FOR_CLIENTS, NOT_FOR_CLIENTS),
    "service-clients": (NOT_FOR_CLIENTS, NOT_FOR_CLIENTS),
    # A person's inbox (/me/notifications) and how they are told (/me/notification-preferences): a client is no
    # person and has none (its feed never shows them).
    "notifications": (NOT_FOR_CLIENTS, NOT_FOR_CLIENTS),
}

# Operations whose scope is not their tag's.
OVERRIDES: Mapping[str, ScopeDecision] = {
    "imports_registrations": ClientScope.IMPORTS_WRITE,  # the registration form, imported
    "indicator_values_create": ClientScope.IMPORTS_WRITE,  # a unit's reported indicator value
    "models_surveys_create": NOT_FOR_CLIENTS,  # an on-site visit by a mass-mobilisation officer
    "authority_overrides_list": NOT_FOR_CLIENTS,  # administrators' overrides of the authority rules
    "authority_overrides_get": NOT_FOR_CLIENTS,
    "notification_types_list": ClientScope.EVENTS_READ,  # the catalogue behind the notification events
}

READ_METHODS = frozenset({"GET", "HEAD"})


def has_decision(operation_id: str | None, tags: Sequence[str]) -> bool:
    """True when someone decided what this operation needs (an override, or its tag in TAG_SCOPES)."""
    return (operation_id or "") in OVERRIDES or any(tag in TAG_SCOPES for tag in tags[:1])


def required_scope(operation_id: str | None, tags: Sequence[str], method: str) -> ScopeDecision:
    """The scope a service client needs for this operation; NOT_FOR_CLIENTS when none opens it (an
    operation without a decision included)."""
    if (operation_id or "") in OVERRIDES:
        return OVERRIDES[operation_id or ""]
    if not tags or tags[0] not in TAG_SCOPES:
        return NOT_FOR_CLIENTS
    read, write = TAG_SCOPES[tags[0]]
    return read if method.upper() in READ_METHODS else write


def parse_scopes(values: Iterable[str]) -> tuple[frozenset[ClientScope], list[str]]:
    """The known scopes among the values, and the unknown ones (in their order)."""
    known: set[ClientScope] = set()
    unknown: list[str] = []
    for value in values:
        try:
            known.add(ClientScope(value))
        except ValueError:
            unknown.append(value)
    return frozenset(known), unknown


# What a scope lets a client do, as the role it acts with at its unit.
SCOPE_ROLES: Mapping[ClientScope, Role] = {
    ClientScope.MODELS_READ: Role.VIEWER,
    ClientScope.MODELS_WRITE: Role.REGISTRANT,
    ClientScope.EVENTS_READ: Role.VIEWER,
    ClientScope.WEBHOOKS_MANAGE: Role.VIEWER,
    ClientScope.IMPORTS_WRITE: Role.REGISTRANT,
    ClientScope.REPORTS_READ: Role.VIEWER,
    ClientScope.UNITS_READ: Role.VIEWER,
}

# What the administrator who hands a scope out must be allowed at the client's unit.
GRANTING_PERMISSION: Mapping[ClientScope, Permission] = {
    scope: Permission.REGISTER_MODELS if role is Role.REGISTRANT else Permission.READ
    for scope, role in SCOPE_ROLES.items()
}


def client_grants(scopes: Iterable[ClientScope], unit_id: int, unit_path: str) -> tuple[Grant, ...]:
    """The role grants a client with these scopes acts with: at most one role, at its own unit (registrant
    reads as well, so it replaces viewer)."""
    roles = {SCOPE_ROLES[scope] for scope in scopes}
    if Role.REGISTRANT in roles:
        return (Grant(Role.REGISTRANT.value, unit_id, unit_path),)
    if roles:
        return (Grant(Role.VIEWER.value, unit_id, unit_path),)
    return ()


def scopes_beyond(caller: Caller, scopes: Iterable[ClientScope], unit_path: str) -> list[ClientScope]:
    """The scopes the caller may not hand out at the unit at this path (they could not do it themselves)."""
    return sorted(s for s in set(scopes) if not caller.scope.covers(unit_path, GRANTING_PERMISSION[s]))
