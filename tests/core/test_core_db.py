"""Sessions: writes in one transaction per request; reads (GET, HEAD) on PostgreSQL without one."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select, text

from app.core.db import WriteInReadRequest, is_sqlite
from app.models import FieldOfWork as Field


async def _two_clock_readings(maker) -> tuple:
    async with maker() as s:
        first = (await s.execute(text("SELECT now()"))).scalar_one()
        await asyncio.sleep(0.02)
        return first, (await s.execute(text("SELECT now()"))).scalar_one()


@pytest.mark.committing  # statements outside any transaction
@pytest.mark.postgres_only
async def test_read_sessions_take_no_transaction_and_refuse_writes(database) -> None:
    # now() is the transaction's start: equal within one transaction, different when each statement is its own.
    first, second = await _two_clock_readings(database.read_sessionmaker)
    assert first != second
    first, second = await _two_clock_readings(database.sessionmaker)
    assert first == second

    async with database.read_sessionmaker() as s:
        before = await s.scalar(select(func.count()).select_from(Field))
        with pytest.raises(WriteInReadRequest):
            await s.execute(text("UPDATE fields SET label_en = 'x'"))
        with pytest.raises(WriteInReadRequest):
            await s.execute(text("INSERT INTO fields (code, label_vi, label_en) VALUES ('zz', 'zz', 'zz')"))
    async with database.read_sessionmaker() as s:
        assert await s.scalar(select(func.count()).select_from(Field)) == before
        assert await s.scalar(select(func.count()).select_from(Field).where(Field.label_en == "x")) == 0


async def test_get_and_head_use_read_sessions_and_other_methods_a_transaction(database, client, demo) -> None:
    # On SQLite the two factories are one (a transaction is cheap there); on PostgreSQL they differ.
    assert (database.read_sessionmaker is database.sessionmaker) == is_sqlite(database.url)
    used: list[str] = []

    def counting(kind: str, maker):
        def make():
            used.append(kind)
            return maker()

        return make

    database.read_sessionmaker = counting("read", database.read_sessionmaker)
    database.sessionmaker = counting("write", database.sessionmaker)
    headers = demo.headers("demo.admin")
    assert (await client.get("/api/v1/models", headers=headers)).status_code == 200
    assert (await client.head("/api/v1/me", headers=headers)).status_code in (200, 405)
    assert (await client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
    assert used[0] == "read" and used[-1] == "write"
    assert used.count("write") == 1
