"""Waiting for work with a hard bound, without waiting for its clean-up."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def finished_within(work: Coroutine[Any, Any, T], seconds: float) -> asyncio.Future[T] | None:
    """Run `work` for at most `seconds`: its finished future (read it with .result()), or None past the bound.

    A task, not a cancelled await: cancelling a database call waits for the connection's clean-up, which on a
    silent network lasts as long as the hang itself; past the bound the work is cancelled and left to end in
    the background."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        task.cancel()
        return None
    return task
