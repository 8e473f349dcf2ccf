"""Request and response bodies of the auth endpoints."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from app.workflow.codes import RoleCode


class TokenResponse(BaseModel):
    """An OAuth2 token response with a rotating refresh token."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_token: str
    refresh_expires_in: int

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImRldi0xIn0...",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "refresh_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImRldi0xIn0...",
                    "refresh_expires_in": 1209600,
                }
            ]
        }
    )


class ClientTokenResponse(BaseModel):
    """An OAuth2 token response to the client-credentials grant: no refresh token (RFC 6749 §4.4.3), and the
    scopes the token carries."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires; then ask for a new one.")
    scope: str = Field(description="The token's scopes, space-separated (RFC 6749 §3.3).")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6ImRldi0xIn0...",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "scope": "events:read models:read",
                }
            ]
        }
    )


_PASSWORD_ANSWER = TokenResponse.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]
_CLIENT_ANSWER = ClientTokenResponse.model_config["json_schema_extra"]["examples"][0]  # type: ignore[index]

# The token endpoint's two grants, shown side by side in the contract.
TOKEN_REQUEST_EXAMPLES = {
    "password": {
        "summary": "A person signs in (password grant)",
        "value": {"grant_type": "password", "username": "demo.registrant", "password": "DanVanKheo@2025"},
    },
    "client_credentials": {
        "summary": "A service client gets a token (client-credentials grant; or send the id and secret as HTTP Basic)",
        "value": {
            "grant_type": "client_credentials",
            "client_id": "5d0c6f1e-8a4b-4c2d-9e7f-0a1b2c3d4e5f",
            "client_secret": "dvkcs_Jx4q9T2mZk7Lw0Rb8Yv3Nc6Hs1Pd5Gf2Ue8Ao0Qi",
            "scope": "models:read events:read",
        },
    },
}
TOKEN_EXAMPLES = {
    "password": {"summary": "Password grant: with a refresh token", "value": _PASSWORD_ANSWER},
    "client_credentials": {"summary": "Client-credentials grant: the token's scopes", "value": _CLIENT_ANSWER},
}


class RefreshRequest(BaseModel):
    """A refresh token to rotate."""

    model_config = ConfigDict(extra="forbid")
    refresh_token: str = Field(min_length=10, max_length=4096)


class LogoutRequest(BaseModel):
    """Optionally the refresh token of the session to end (else the access token's session)."""

    model_config = ConfigDict(extra="forbid")
    refresh_token: str | None = Field(default=None, min_length=10, max_length=4096)


class PasswordChange(BaseModel):
    """Change one's own password."""

    model_config = ConfigDict(extra="forbid")
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(min_length=10, max_length=256)


class RoleGrant(BaseModel):
    """One role held at one unit."""

    id: uuid.UUID
    role: RoleCode
    role_label: str
    unit_id: int
    unit_code: str
    unit_name: str


class MeResponse(BaseModel):
    """The caller: who they are, their roles and the units those roles reach."""

    id: uuid.UUID
    username: str
    full_name: str
    position: str
    email: str | None
    home_unit_id: int
    roles: list[RoleGrant]
    permissions: list[str] = Field(description="Permissions some role grants (where: see `roles`).")
