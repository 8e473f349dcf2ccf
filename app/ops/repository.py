"""The readiness probe's one statement (no table, no user data: whether the database answers)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection


async def ping(connection: AsyncConnection) -> None:
    """One round trip: `SELECT 1`."""
    await connection.execute(text("SELECT 1"))
