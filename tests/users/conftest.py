"""Fixtures for the users tests: a district administrator and people of two districts."""

from __future__ import annotations

from typing import Any

import pytest

# (username, home unit, [(role, unit)]) added on top of the demo users.
PEOPLE: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("vl.admin", "QT-VL-BDV", [("admin", "QT-VL")]),
    ("vl.officer", "QT-VL-VT-HND", [("registrant", "QT-VL-VT")]),
    ("dh.officer", "QT-DH-BDV", [("mobiliser", "QT-DH")]),
    ("dh.admin", "QT-DH-BDV", [("admin", "QT-DH")]),
]


async def add_person(
    session: Any,
    demo: Any,
    username: str,
    home: str,
    roles: list[tuple[str, str]],
    *,
    full_name: str | None = None,
) -> Any:
    """Insert a user with roles (committed) and make demo.headers work for them."""
    from app.models import RoleAssignment, User

    hashed = (await session.get(User, demo.users["demo.admin"])).password_hash
    user = User(
        username=username,
        full_name=full_name or f"Cán bộ {username}",
        position="Chuyên viên",
        home_unit_id=demo.unit(home),
        password_hash=hashed,
    )
    user.roles = [RoleAssignment(role=role, unit_id=demo.unit(code)) for role, code in roles]
    session.add(user)
    await session.commit()
    demo.users[username] = user.id
    return user.id


@pytest.fixture
async def people(demo: Any, session: Any) -> Any:
    """The demo plus an admin of Vĩnh Linh (QT-VL), an officer there, and two people of Đông Hà (QT-DH)."""
    for username, home, roles in PEOPLE:
        await add_person(session, demo, username, home, roles)
    return demo


@pytest.fixture
def add_user(demo: Any, session: Any) -> Any:
    """add_user(username, home_code, [(role, unit_code)]): insert one more person."""

    async def add(username: str, home: str, roles: list[tuple[str, str]], **kwargs: Any) -> Any:
        return await add_person(session, demo, username, home, roles, **kwargs)

    return add
