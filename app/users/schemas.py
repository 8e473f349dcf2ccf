"""Request and response bodies of /users and role assignments.

Write schemas list exactly what an administrator may set (extra fields → 422); nothing here ever
carries a password hash.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.types import UnitId
from app.models import RoleAssignment, Unit, User
from app.policy.permissions import ROLE_LABELS, Role

Username = Annotated[
    str,
    StringConstraints(min_length=3, max_length=64, pattern=r"^[a-z0-9._-]+$"),
    Field(description="Lower-case letters, digits, `.`, `_` and `-`; 3–64 characters; unique."),
]
FullName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Position = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
# An e-mail address, checked for a plausible shape only.
Email = Annotated[str, StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Password = Annotated[str, StringConstraints(min_length=10, max_length=256)]
# Ids stay within what a JavaScript client can hold exactly (and far below BIGINT's limit).

MAX_ROLES_ON_CREATE = 20


class RoleAssignmentCreate(BaseModel):
    """A role to grant, bound to a unit; its scope is that unit's subtree."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"role": "registrant", "unit_id": 17}]})

    role: Role
    unit_id: UnitId


class RoleAssignmentRead(BaseModel):
    """One role held at one unit."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b",
                    "role": "registrant",
                    "role_label": "Đơn vị, cá nhân đăng ký",
                    "unit_id": 17,
                    "unit_code": "QT-VL-VT",
                    "unit_name": "Xã Vĩnh Thạch",
                    "created_at": "2026-01-05T02:30:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    role: Role
    role_label: str = Field(description="The role's name in the response language.")
    unit_id: int
    unit_code: str
    unit_name: str
    created_at: datetime

    @classmethod
    def build(cls, assignment: RoleAssignment, unit: Unit) -> RoleAssignmentRead:
        """From an assignment and its unit."""
        role = Role(assignment.role)
        return cls(
            id=assignment.id,
            role=role,
            role_label=ROLE_LABELS[role].render(),
            unit_id=unit.id,
            unit_code=unit.code,
            unit_name=unit.name,
            created_at=assignment.created_at,
        )


class UserCreate(BaseModel):
    """A new account, created by an administrator for a person of a unit in their scope."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "username": "tran.thi.hoa",
                    "full_name": "Trần Thị Hoa",
                    "position": "Chủ tịch Hội Nông dân xã",
                    "email": "hoa.tt@vinhthach.quangtri.gov.vn",
                    "home_unit_id": 21,
                    "password": "Mot-mat-khau-dai-2026",
                    "roles": [{"role": "registrant", "unit_id": 17}],
                }
            ]
        },
    )

    username: Username
    full_name: FullName
    position: Position = ""
    email: Email | None = None
    home_unit_id: UnitId = Field(description="The unit the person works in; must lie in the caller's scope.")
    password: Password = Field(description="10–256 characters.")
    roles: list[RoleAssignmentCreate] = Field(default_factory=list, max_length=MAX_ROLES_ON_CREATE)

    @model_validator(mode="after")
    def _distinct_roles(self) -> UserCreate:
        pairs = [(r.role, r.unit_id) for r in self.roles]
        if len(pairs) != len(set(pairs)):
            raise ValueError("each (role, unit_id) may appear once / mỗi cặp vai trò – đơn vị chỉ một lần")
        return self


# Fields of UserUpdate that may be omitted but never set to null.
_NOT_NULL = ("full_name", "position", "home_unit_id", "is_active", "password")


class UserUpdate(BaseModel):
    """Changes to an account; omitted fields stay as they are. Send the user's ETag in If-Match."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"position": "Phó Chủ tịch Hội Nông dân xã", "email": None},
                {"is_active": False},
                {"password": "Mat-khau-moi-cap-lai-2026"},
            ]
        },
    )

    full_name: FullName | SkipJsonSchema[None] = None
    position: Position | SkipJsonSchema[None] = None
    email: Email | None = Field(default=None, description="null removes the address.")
    home_unit_id: UnitId | SkipJsonSchema[None] = Field(default=None, description="Must lie in the caller's scope.")
    is_active: StrictBool | SkipJsonSchema[None] = Field(
        default=None, description="false deactivates: sign-in refused, sessions and tokens end at once."
    )
    password: Password | SkipJsonSchema[None] = Field(
        default=None, description="Reset the password (10–256 characters); all sessions end."
    )

    @field_validator(*_NOT_NULL)
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("may not be null / không được để null")
        return value


class UserRead(BaseModel):
    """An account, its roles and its version (also sent as ETag)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "0b7e4c1a-9d2f-4a3b-8c5d-6e7f8a9b0c1d",
                    "username": "tran.thi.hoa",
                    "full_name": "Trần Thị Hoa",
                    "position": "Chủ tịch Hội Nông dân xã",
                    "email": "hoa.tt@vinhthach.quangtri.gov.vn",
                    "home_unit_id": 21,
                    "is_active": True,
                    "roles": [RoleAssignmentRead.model_config["json_schema_extra"]["examples"][0]],  # type: ignore[index]
                    "version": 3,
                    "created_at": "2026-01-05T02:30:00Z",
                    "updated_at": "2026-02-11T08:15:00Z",
                }
            ]
        }
    )

    id: uuid.UUID
    username: str
    full_name: str
    position: str
    email: str | None
    home_unit_id: int
    is_active: bool
    roles: list[RoleAssignmentRead]
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def build(cls, user: User, roles: list[tuple[RoleAssignment, Unit]]) -> UserRead:
        """From a user and their assignments with units."""
        return cls(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            position=user.position,
            email=user.email,
            home_unit_id=user.home_unit_id,
            is_active=user.is_active,
            roles=[RoleAssignmentRead.build(a, u) for a, u in roles],
            version=user.version,
            created_at=user.created_at,
            updated_at=user.updated_at,
        )
