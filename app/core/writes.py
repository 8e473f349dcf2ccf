"""Writing a unit of work: the one translation of the database's refusals of a flush into answers.

A versioned row changed by another request since it was read (SQLAlchemy's compare-and-swap on the version
column fails: StaleDataError) is a 412; a unique key or reference clash (IntegrityError, the loser of a race
the service's own checks could not see) is the conflict the caller names, else a plain 409."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from app.core.errors import AppError, Conflict, PreconditionFailed


async def flush_versioned(session: AsyncSession, on_duplicate: AppError | None = None) -> None:
    """Flush; a concurrent change of a versioned row → 412, a unique-key or reference clash → `on_duplicate`
    (a 409 `conflict` when none is given)."""
    try:
        await session.flush()
    except StaleDataError:
        raise PreconditionFailed() from None
    except IntegrityError:
        raise (on_duplicate or Conflict()) from None
