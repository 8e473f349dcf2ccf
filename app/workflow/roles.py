"""Which workflow roles a caller acts with on a given model."""

from __future__ import annotations

from typing import Protocol

from app.policy.permissions import Permission, Role
from app.policy.principal import Caller


class Placed(Protocol):
    """What the roles depend on: a RegisteredModel, or a row of its columns."""

    @property
    def unit_path(self) -> str: ...

    @property
    def deciding_unit_id(self) -> int | None: ...


def acting_roles(caller: Caller, model: Placed) -> set[Role]:
    """The roles the caller holds over this model: by scope for registrant and mobiliser, by the
    deciding unit for authority."""
    roles: set[Role] = set()
    if caller.scope.covers(model.unit_path, Permission.REGISTER_MODELS):
        roles.add(Role.REGISTRANT)
    if caller.scope.covers(model.unit_path, Permission.REVIEW_MODELS):
        roles.add(Role.MOBILISER)
    if model.deciding_unit_id is not None and any(
        g.role == Role.AUTHORITY and g.unit_id == model.deciding_unit_id for g in caller.scope.grants
    ):
        roles.add(Role.AUTHORITY)
    return roles
