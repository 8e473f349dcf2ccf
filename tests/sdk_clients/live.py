"""What the SDK tests share: the live server's address and sign-in secret, and the seeding of its database."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass


@dataclass
class LiveApi:
    """A running server and what an SDK needs to sign in to it."""

    base_url: str
    password: str
    units: dict[str, int]


async def _seed(url: str, password: str) -> dict[str, int]:
    from app.core.db import Database
    from app.demo.data import load_demo

    db = Database(url)
    try:
        async with db.sessionmaker() as session:
            units = await load_demo(session, password)
            await session.commit()
            return {code: unit.id for code, unit in units.items()}
    finally:
        await db.dispose()


def seed(url: str, password: str) -> dict[str, int]:
    """Load the demo tree and one user per role (password `password`) into a migrated database; unit ids by code."""
    return asyncio.run(_seed(url, password))
