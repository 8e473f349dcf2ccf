"""Helpers of the confirmation tests: people of the demo tree's units, the confirmations' URLs and reads."""

from __future__ import annotations

from typing import Any

from app.models import RoleAssignment, User
from tests.registry.conftest import Ctx


async def person(ctx: Ctx, session: Any, username: str, full_name: str, role: str, unit: str) -> str:
    """A user holding one role at one unit (homed there)."""
    user = User(username=username, full_name=full_name, home_unit_id=ctx.demo.unit(unit), password_hash="x")
    user.roles = [RoleAssignment(role=role, unit_id=ctx.demo.unit(unit))]
    session.add(user)
    await session.commit()
    ctx.demo.users[username] = user.id
    return username


async def commune_chair(ctx: Ctx, session: Any) -> str:
    """The chair of Ủy ban nhân dân xã Vĩnh Thạch, acting for the commune that manages Thôn Tân Lập."""
    return await person(ctx, session, "chutich.vinhthach", "Hồ Văn Tâm", "authority", "QT-VL-VT")


def url(mid: str, tail: str = "") -> str:
    return f"/api/v1/models/{mid}/confirmations{tail}"


async def confirmations(ctx: Ctx, mid: str, user: str = "demo.viewer") -> list[dict[str, Any]]:
    r = await ctx.client.get(url(mid), headers=ctx.demo.headers(user))
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


async def history(ctx: Ctx, mid: str) -> list[dict[str, Any]]:
    r = await ctx.client.get(f"/api/v1/models/{mid}/history", headers=ctx.demo.headers("demo.viewer"))
    return list(r.json())


async def withdraw(ctx: Ctx, mid: str, cid: str, user: str, expect: int = 200, **body: Any) -> Any:
    r = await ctx.client.post(url(mid, f"/{cid}/withdraw"), json=body, headers=ctx.demo.headers(user))
    assert r.status_code == expect, r.text
    return r.json()
