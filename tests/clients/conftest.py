"""Fixtures for service-client tests: administrators of the demo tree (one who may also register models, one of
another district), and helpers to make a client, get its token and call as it."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import pytest

from app.models import RoleAssignment, User

API = "/api/v1"
TOKEN = f"{API}/auth/token"


@dataclass
class Clients:
    """Helpers to act as administrators and as service clients."""

    client: Any
    demo: Any

    async def create(
        self,
        scopes: list[str],
        unit: str = "QT-VL",
        admin: str = "demo.admin",
        name: str = "Cổng dịch vụ công tỉnh Quảng Trị",
        expect: int = 201,
        **headers: str,
    ) -> dict[str, Any]:
        """Make a client as an administrator; its answer (with `client_secret`)."""
        r = await self.client.post(
            f"{API}/service-clients",
            json={"name": name, "unit_id": self.demo.unit(unit), "scopes": scopes},
            headers=self.demo.headers(admin, **headers),
        )
        assert r.status_code == expect, r.text
        return dict(r.json())

    async def token_response(
        self, client_id: str, secret: str, scope: str | None = None, *, basic: bool = False
    ) -> Any:
        """POST /auth/token with the client-credentials grant (form or HTTP Basic)."""
        data = {"grant_type": "client_credentials"}
        headers = {}
        if basic:
            raw = f"{client_id}:{secret}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
        else:
            data |= {"client_id": client_id, "client_secret": secret}
        if scope is not None:
            data["scope"] = scope
        return await self.client.post(TOKEN, data=data, headers=headers)

    async def token(self, client_id: str, secret: str, scope: str | None = None) -> str:
        """An access token for the client (asserting it is given)."""
        r = await self.token_response(client_id, secret, scope)
        assert r.status_code == 200, r.text
        return str(r.json()["access_token"])

    async def headers_for(self, made: dict[str, Any], scope: str | None = None) -> dict[str, str]:
        """Authorization headers of a freshly made client."""
        return {"Authorization": f"Bearer {await self.token(made['id'], made['client_secret'], scope)}"}

    async def etag(self, client_id: str, admin: str = "demo.admin") -> str:
        """The client's current ETag."""
        r = await self.client.get(f"{API}/service-clients/{client_id}", headers=self.demo.headers(admin))
        assert r.status_code == 200, r.text
        return str(r.headers["ETag"])


async def add_user(session: Any, demo: Any, username: str, home: str, roles: list[tuple[str, str]]) -> None:
    """A user with roles, committed (the demo's password hash)."""
    template = await session.get(User, demo.users["demo.admin"])
    user = User(
        username=username,
        full_name=username,
        position="",
        home_unit_id=demo.unit(home),
        password_hash=template.password_hash,
    )
    user.roles = [RoleAssignment(role=role, unit_id=demo.unit(code)) for role, code in roles]
    session.add(user)
    await session.commit()
    demo.users[username] = user.id


@pytest.fixture
async def clients(client: Any, demo: Any, session: Any) -> Clients:
    """The helpers, with two more administrators: `vl.admin` (admin and registrant in Huyện Vĩnh Linh) and
    `dh.admin` (admin of Thành phố Đông Hà)."""
    await add_user(session, demo, "vl.admin", "QT-VL", [("admin", "QT-VL"), ("registrant", "QT-VL")])
    await add_user(session, demo, "dh.admin", "QT-DH", [("admin", "QT-DH")])
    return Clients(client, demo)
