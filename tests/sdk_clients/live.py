"""What the SDK tests share: the live server's address and the first admin's sign-in, and the seeding of its
database with what the API cannot create (the unit tree with its party links, and the first administrator, as
`dvk create-admin` makes one). Everything else the SDK tests create through the API."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

ADMIN = "sdk.admin"


@dataclass
class LiveApi:
    """A running server and what an SDK needs to sign in to it as the first admin."""

    base_url: str
    admin: str
    password: str


async def _seed(url: str, password: str) -> None:
    from app.core.db import Database
    from app.core.security import hash_password
    from app.demo.data import DEMO_TREE, add_tree
    from app.models import RoleAssignment, User

    db = Database(url)
    try:
        async with db.sessionmaker() as session:
            units = await add_tree(session, DEMO_TREE)
            admin = User(
                username=ADMIN,
                full_name="Quản trị hệ thống",
                home_unit_id=units["QT-BDV"].id,
                password_hash=hash_password(password),
            )
            admin.roles = [RoleAssignment(role="admin", unit_id=units["QT"].id)]
            session.add(admin)
            await session.commit()
    finally:
        await db.dispose()


def seed(url: str, password: str) -> None:
    """The demo unit tree and the first admin (password `password`) in a migrated database."""
    asyncio.run(_seed(url, password))
