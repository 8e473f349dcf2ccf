"""Helpers for the unit tree tests: acting as an admin of one district, reading ETags, checking problems."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

API = "/api/v1"


def bearer(user_id: Any) -> dict[str, str]:
    """Authorization headers with a freshly minted access token for a user id."""
    from app.core.config import get_settings
    from app.core.security import issue_token

    token, _, _ = issue_token(get_settings(), subject=user_id, token_type="access", lifetime=timedelta(minutes=5))
    return {"Authorization": f"Bearer {token}"}


async def admin_of(session: Any, demo: Any, unit_code: str, username: str | None = None) -> dict[str, str]:
    """Create a user who is admin at one unit (its subtree only) and return their auth headers."""
    from app.models import RoleAssignment, User

    unit_id = demo.unit(unit_code)
    user = User(
        username=username or f"admin.{unit_code.lower()}",
        full_name="Quản trị viên huyện",
        home_unit_id=unit_id,
        password_hash="not-used",
    )
    user.roles = [RoleAssignment(role="admin", unit_id=unit_id)]
    session.add(user)
    await session.commit()
    return bearer(user.id)


def assert_problem(response: Any, status: int, code: str) -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status and stable code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status and body["code"] == code, body
    assert body["detail"]
    return body


async def unit_of(client: Any, headers: dict[str, str], unit_id: int) -> dict[str, Any]:
    """A unit as the API shows it, with its ETag under the key "etag"."""
    r = await client.get(f"{API}/units/{unit_id}", headers=headers)
    assert r.status_code == 200, r.text
    return {**r.json(), "etag": r.headers["ETag"]}


async def all_pages(client: Any, url: str, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    """Follow next_cursor to the end and return every item in order."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        r = await client.get(url, headers=headers, params=query)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")
