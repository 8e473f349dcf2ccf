"""Request and response bodies of /service-clients: what an administrator sets, and what they read back (the
secret in plain text only in the answer that made it)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints, field_validator
from pydantic.json_schema import SkipJsonSchema

from app.core.types import MAX_ID
from app.models import ServiceClient, ServiceClientCall, ServiceClientSecret
from app.policy.scopes import ClientScope

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)]
Scopes = Annotated[
    list[ClientScope],
    Field(min_length=1, max_length=len(ClientScope), description="Scopes from the catalogue, each once."),
]
MAX_OVERLAP = 30 * 24 * 3600  # the most DVK_SERVICE_CLIENT_MAX_OVERLAP_SECONDS allows

_CLIENT_ID = "5d0c6f1e-8a4b-4c2d-9e7f-0a1b2c3d4e5f"
_SECRET: dict[str, Any] = {
    "id": "0f4e2a6c-1b3d-4e5f-8a9b-7c6d5e4f3a2b",
    "hint": "…5Qi",
    "created_at": "2026-12-07T02:00:00Z",
    "expires_at": None,
    "last_used_at": "2026-12-07T08:30:00Z",
}
_READ: dict[str, Any] = {
    "id": _CLIENT_ID,
    "name": "Cổng dịch vụ công tỉnh Quảng Trị",
    "description": "Đồng bộ mô hình và sự kiện về hệ thống của tỉnh.",
    "unit_id": 1,
    "scopes": ["events:read", "models:read"],
    "is_active": True,
    "revoked_at": None,
    "created_by_id": "9dbf2494-f1be-4b7a-ac71-0365153c7111",
    "secrets": [_SECRET],
    "version": 1,
    "created_at": "2026-12-07T02:00:00Z",
    "updated_at": "2026-12-07T02:00:00Z",
}


def _distinct(values: list[ClientScope] | None) -> list[ClientScope] | None:
    if values is None:
        return None  # refused by the update's own check
    if len(values) != len(set(values)):
        raise ValueError("each scope may appear once / mỗi phạm vi chỉ một lần")
    return sorted(values)


class ServiceClientCreate(BaseModel):
    """A system to let in: its name, the unit whose subtree it acts in, its scopes."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Cổng dịch vụ công tỉnh Quảng Trị",
                    "description": "Đồng bộ mô hình và sự kiện về hệ thống của tỉnh.",
                    "unit_id": 1,
                    "scopes": ["models:read", "events:read"],
                }
            ]
        },
    )

    name: Name
    description: Description = ""
    unit_id: int = Field(strict=True, ge=1, le=MAX_ID, description="The client acts in this unit's subtree.")
    scopes: Scopes

    _distinct_scopes = field_validator("scopes")(_distinct)


# Fields of ServiceClientUpdate that may be omitted but never set to null.
_NOT_NULL = ("name", "description", "scopes", "is_active")


class ServiceClientUpdate(BaseModel):
    """Changes to a client; omitted fields stay as they are. Send the client's ETag in If-Match."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"scopes": ["models:read"]}, {"is_active": False}]},
    )

    name: Name | SkipJsonSchema[None] = None
    description: Description | SkipJsonSchema[None] = None
    scopes: Scopes | SkipJsonSchema[None] = Field(
        default=None, description="The whole new set; a scope removed ends at once, in tokens already issued too."
    )
    is_active: StrictBool | SkipJsonSchema[None] = Field(
        default=None, description="false suspends the client: its tokens and token requests are refused."
    )

    @field_validator(*_NOT_NULL)
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise ValueError("may not be null / không được để null")
        return value

    _distinct_scopes = field_validator("scopes")(_distinct)


class SecretRotation(BaseModel):
    """A new secret; the older ones keep working for `previous_expires_in` seconds (the overlap)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"previous_expires_in": 86400}]})

    previous_expires_in: StrictInt = Field(
        default=86400,
        ge=0,
        le=MAX_OVERLAP,
        description="Seconds the older secrets (and tokens they got) keep working: 0 ends them now; at most "
        "DVK_SERVICE_CLIENT_MAX_OVERLAP_SECONDS (7 days by default). An earlier expiry is never extended.",
    )


class SecretRead(BaseModel):
    """One live secret, never its value."""

    id: uuid.UUID
    hint: str = Field(description="The secret's last characters, to tell secrets apart.")
    created_at: datetime
    expires_at: datetime | None = Field(description="When a rotation's overlap ends; null: no expiry.")
    last_used_at: datetime | None = Field(description="When it last got a token.")

    @classmethod
    def build(cls, secret: ServiceClientSecret) -> SecretRead:
        """From a secret row."""
        return cls(
            id=secret.id,
            hint=f"…{secret.hint}",
            created_at=secret.created_at,
            expires_at=secret.expires_at,
            last_used_at=secret.last_used_at,
        )


class ServiceClientRead(BaseModel):
    """A service client, its live secrets and its version (also sent as ETag)."""

    model_config = ConfigDict(json_schema_extra={"examples": [_READ]})

    id: uuid.UUID = Field(description="The client_id of the client-credentials grant.")
    name: str
    description: str
    unit_id: int
    scopes: list[ClientScope]
    is_active: bool
    revoked_at: datetime | None = Field(description="When the client was revoked for good; null while it is not.")
    created_by_id: uuid.UUID
    secrets: list[SecretRead] = Field(description="The secrets that still work, newest first.")
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def build(cls, client: ServiceClient, secrets: list[ServiceClientSecret]) -> ServiceClientRead:
        """From a client and its live secrets."""
        return cls(
            id=client.id,
            name=client.name,
            description=client.description,
            unit_id=client.unit_id,
            scopes=[ClientScope(s) for s in client.scopes],
            is_active=client.is_active,
            revoked_at=client.revoked_at,
            created_by_id=client.created_by_id,
            secrets=[SecretRead.build(s) for s in secrets],
            version=client.version,
            created_at=client.created_at,
            updated_at=client.updated_at,
        )


class ServiceClientWithSecret(ServiceClientRead):
    """A client just made, or just given a new secret: the secret in plain text, shown this once."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{**_READ, "client_secret": "dvkcs_Jx4q9T2mZk7Lw0Rb8Yv3Nc6Hs1Pd5Gf2Ue8Ao0Qi"}]}
    )

    client_secret: str | None = Field(
        description="The new secret: store it now, it is never shown again (only its hash is kept). null when "
        "this is a replay of the answer (same Idempotency-Key): rotate to get a new one."
    )


class ScopeRead(BaseModel):
    """One scope of the catalogue: its label, and the role a client holding it acts with at its unit."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"code": "models:read", "label": "Xem mô hình, hồ sơ, bình xét và quyết định", "role": "viewer"}
            ]
        }
    )

    code: ClientScope
    label: str
    role: str = Field(description="`viewer` (reads) or `registrant` (writes), at the client's unit.")


class ClientCallRead(BaseModel):
    """One call a client made: what, when, the answer's status, the request id (history rows and events the
    call wrote carry the same)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": 1042,
                    "at": "2026-12-07T08:30:00Z",
                    "method": "GET",
                    "route": "/api/v1/models",
                    "operation_id": "models_list",
                    "status": 200,
                    "request_id": "3f2a9c1e8b7d4e6f9a0b1c2d3e4f5a6b",
                }
            ]
        }
    )

    id: int
    at: datetime
    method: str
    route: str = Field(description="The route's path template (ids not filled in).")
    operation_id: str | None
    status: int
    request_id: str | None

    @classmethod
    def build(cls, call: ServiceClientCall) -> ClientCallRead:
        """From a call row."""
        return cls(
            id=call.id,
            at=call.at,
            method=call.method,
            route=call.route,
            operation_id=call.operation_id,
            status=call.status,
            request_id=call.request_id,
        )
