"""Model codes: DVK-<year>-<number>, the number unique within the year and rising with registration order.

PostgreSQL draws the numbers from one database sequence per year (`model_code_<year>`): nextval takes no
lock that lasts to the end of the transaction, so registrations never queue on one counter row. A number a
rolled-back registration drew is not given out again, so codes can have gaps there; an import's codes are
consecutive unless registrations in other sessions draw numbers at the same moment. A year's sequence is
created on first use (starting after the `sequences` row of that year, if older data has one).
SQLite serialises writers anyway: there the `sequences` row is advanced in the transaction (no gaps).
"""

from __future__ import annotations

from sqlalchemy import select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession

from app.core.errors import Conflict
from app.models import Sequence

# Engines (by URL) and years whose sequence is known to exist.
_known: set[tuple[str, int]] = set()


def format_code(year: int, number: int) -> str:
    """The code of the year's number-th model."""
    return f"DVK-{year}-{number:06d}"


def _sequence_name(year: int) -> str:
    return f"model_code_{int(year)}"


def _counter_name(year: int) -> str:
    return f"model_code:{year}"


async def reserve(session: AsyncSession, year: int, count: int) -> list[int]:
    """`count` new numbers of the year, ascending."""
    bind = session.bind
    if bind is None or bind.dialect.name != "postgresql":
        return await _reserve_in_table(session, year, count)
    engine = bind if isinstance(bind, AsyncEngine) else bind.engine
    if (str(engine.url), year) not in _known:
        async with engine.connect() as conn:
            await ensure_sequence(await conn.execution_options(isolation_level="AUTOCOMMIT"), year)
        _known.add((str(engine.url), year))
    sql = f"SELECT nextval('{_sequence_name(year)}') FROM generate_series(1, :n)"
    return sorted(int(v) for v in (await session.execute(text(sql), {"n": count})).scalars())


async def ensure_sequence(conn: AsyncConnection, year: int) -> None:
    """Create the year's sequence if it is missing, starting after any `sequences` row of the year."""
    last = int(await conn.scalar(select(Sequence.value).where(Sequence.name == _counter_name(year))) or 0)
    try:
        await conn.execute(text(f"CREATE SEQUENCE IF NOT EXISTS {_sequence_name(year)} START WITH {last + 1}"))
    except (IntegrityError, DBAPIError):
        # Another process created it at the same moment (a unique violation in the catalogue): it exists.
        if not await conn.scalar(text("SELECT to_regclass(:n) IS NOT NULL"), {"n": _sequence_name(year)}):
            raise


async def advance_to(conn: AsyncConnection, year: int, value: int) -> None:
    """Make sure numbers up to `value` are never handed out again (bulk loaders that write codes directly)."""
    if conn.dialect.name != "postgresql":
        return
    await ensure_sequence(conn, year)
    name = _sequence_name(year)
    await conn.execute(text(f"SELECT setval('{name}', greatest(:v, (SELECT last_value FROM {name})))"), {"v": value})


async def last_number(conn: AsyncConnection, year: int) -> int:
    """The highest number of the year handed out so far (0 if none)."""
    value = int(await conn.scalar(select(Sequence.value).where(Sequence.name == _counter_name(year))) or 0)
    if conn.dialect.name == "postgresql" and await conn.scalar(
        text("SELECT to_regclass(:n) IS NOT NULL"), {"n": _sequence_name(year)}
    ):
        row = (await conn.execute(text(f"SELECT last_value, is_called FROM {_sequence_name(year)}"))).one()
        value = max(value, int(row.last_value) if row.is_called else int(row.last_value) - 1)
    return value


async def _reserve_in_table(session: AsyncSession, year: int, count: int) -> list[int]:
    name = _counter_name(year)
    for _ in range(3):
        last = (
            await session.execute(
                update(Sequence)
                .where(Sequence.name == name)
                .values(value=Sequence.value + count)
                .returning(Sequence.value)
            )
        ).scalar_one_or_none()
        if last is None:
            try:
                async with session.begin_nested():
                    session.add(Sequence(name=name, value=count))
                last = count
            except IntegrityError:
                continue  # another request created the counter first; advance it instead
        return list(range(int(last) - count + 1, int(last) + 1))
    raise Conflict(code="code_sequence_busy")
