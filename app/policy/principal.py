"""The signed-in principal: who is calling and what they may reach (built from the token by app.auth)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.core.errors import Forbidden
from app.policy.permissions import Permission
from app.policy.scope import Scope


@dataclass(frozen=True)
class CallerUser:
    """The signed-in user's own fields, as read with their grants (not an ORM object: nothing to refresh
    or flush; code that changes the user loads it)."""

    id: uuid.UUID
    username: str
    full_name: str
    position: str | None
    email: str | None
    home_unit_id: int | None


@dataclass(frozen=True)
class CallerClient:
    """A service client acting through a client-credentials token: its id (also the `user.id` its actions are
    recorded under) and the scopes of the token (policy.scopes.ClientScope values)."""

    id: uuid.UUID
    scopes: frozenset[str]


@dataclass(frozen=True)
class Caller:
    """The signed-in user, or a service client acting through its account, and what they may reach."""

    user: CallerUser
    scope: Scope
    session_id: str | None
    client: CallerClient | None = None

    @property
    def id(self) -> uuid.UUID:
        """The user's id (a service client's id for a client: its account row in `users` has the same id, so
        every actor column records the client)."""
        return self.user.id

    def require(self, permission: Permission) -> None:
        """403 unless some role grants the permission somewhere."""
        if not self.scope.has(permission):
            raise Forbidden()
