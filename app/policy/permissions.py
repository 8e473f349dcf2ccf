"""Who may do what: the role → permission table.

A role is held at a unit and its scope is that unit's subtree. A permission answers "may this
role do X at all"; the unit scope answers "where". Later issues add permissions here, not checks
scattered through endpoints.
"""

from __future__ import annotations

from enum import StrEnum

from app.core import labels
from app.core.i18n import Text


class Role(StrEnum):
    """The five roles; each assignment binds one to a unit."""

    ADMIN = "admin"
    REGISTRANT = "registrant"
    MOBILISER = "mobiliser"
    AUTHORITY = "authority"
    VIEWER = "viewer"


# Each role's label is the catalogue's (app/core/labels.py).
ROLE_LABELS: dict[Role, Text] = {role: labels.ROLES[role.value] for role in Role}


class Permission(StrEnum):
    """Things a caller may do within the scope of a role that grants them."""

    READ = "read"  # read private data (models, users …) in scope
    MANAGE_UNITS = "units:manage"
    MANAGE_USERS = "users:manage"
    REGISTER_MODELS = "models:register"  # create, edit, submit, report on, withdraw models of units in scope
    REVIEW_MODELS = "models:review"  # accept, return, survey models of units in scope
    DECIDE = "models:decide"  # issue decisions as the competent unit (the role's own unit)
    FOLLOW_UP = "models:follow_up"  # record the boards' follow-ups (theo dõi, kiểm tra) of models in scope


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset({Permission.READ, Permission.MANAGE_UNITS, Permission.MANAGE_USERS, Permission.FOLLOW_UP}),
    Role.REGISTRANT: frozenset({Permission.READ, Permission.REGISTER_MODELS}),
    Role.MOBILISER: frozenset({Permission.READ, Permission.REVIEW_MODELS, Permission.FOLLOW_UP}),
    Role.AUTHORITY: frozenset({Permission.READ, Permission.DECIDE}),
    Role.VIEWER: frozenset({Permission.READ}),
}


def grants(role: str, permission: Permission) -> bool:
    """True if the role carries the permission."""
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
