"""What a worker can run: job kinds (a handler each) and the periodic occasions that queue them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.worker.jobs import JobContext

Handler = Callable[[JobContext], Awaitable[None]]


@dataclass(frozen=True)
class JobKind:
    """A kind of job: its handler and how many times it is tried before it is given up."""

    name: str
    handler: Handler
    max_attempts: int = 5


@dataclass(frozen=True)
class Schedule:
    """A periodic occasion: a job of `kind` is queued once per `every_seconds`-long slot of the clock (slot k
    starts at k · every_seconds since the epoch), whatever the number of workers."""

    kind: str
    every_seconds: int


@dataclass
class Registry:
    """The kinds and schedules one worker serves."""

    kinds: dict[str, JobKind] = field(default_factory=dict)
    schedules: list[Schedule] = field(default_factory=list)

    def job(self, name: str, handler: Handler, *, max_attempts: int = 5) -> None:
        """Register a job kind (a name is registered once)."""
        if name in self.kinds:
            raise ValueError(f"job kind {name!r} is registered already")
        self.kinds[name] = JobKind(name, handler, max_attempts)

    def every(self, kind: str, seconds: int) -> None:
        """Queue a job of a registered kind once every `seconds`."""
        if kind not in self.kinds:
            raise ValueError(f"job kind {kind!r} is not registered")
        if seconds < 1:
            raise ValueError("a schedule's period is at least one second")
        self.schedules.append(Schedule(kind, seconds))
