"""Every ORM table, imported here so Alembic and the app see one metadata."""

from app.models.base import Base
from app.models.reference import FieldOfWork, UnitKind, UnitLevel
from app.models.unit import Unit
from app.models.user import LoginAttempt, RefreshToken, RoleAssignment, User

__all__ = ["Base", "FieldOfWork", "LoginAttempt", "RefreshToken", "RoleAssignment", "Unit", "UnitKind",
           "UnitLevel", "User"]
