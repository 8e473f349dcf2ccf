"""Which workflow roles a caller acts with on a given model."""

from __future__ import annotations

from app.auth.dependencies import Caller
from app.models import RegisteredModel
from app.policy.permissions import Permission, Role


def acting_roles(caller: Caller, model: RegisteredModel) -> set[Role]:
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
