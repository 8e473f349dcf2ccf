"""CPU time of the API per request, in process: the app called straight through ASGI (no server, no sockets,
no client), one request at a time, against generated `national` data on PostgreSQL. Bounded and quiet.

Usage: python scripts/cpu_per_request.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/dvk_national
                                         [--requests 2000] [--repeat 3] [--profile DIR]

What scripts/benchmark.py measures under load, less everything that is not the app's own Python (uvicorn's
HTTP parsing, the kernel's sockets, other processes on a shared machine): process CPU seconds (user + system,
which includes the asyncpg protocol and the loopback round trips to PostgreSQL) over a fixed number of
requests, the best of --repeat rounds. Requests: one model by id (the same 500 ids in turn), the district +
field list's first page and a deep page, as scripts/benchmark.py sends them (the same users and filters).
With --profile DIR, a CPU-time sampler (SIGPROF, as scripts/reuseport_worker.py carries) records each round
into DIR in py-spy's raw format, for scripts/profile_top.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


async def call(app: Any, path: str, query: str, headers: list[tuple[bytes, bytes]]) -> tuple[int, bytes]:
    """One GET through the ASGI interface: (status, body)."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"127.0.0.1"), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    sent: dict[str, Any] = {"status": 0, "body": b""}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            sent["status"] = message["status"]
        elif message["type"] == "http.response.body":
            sent["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return sent["status"], sent["body"]


class Sampler:
    """SIGPROF stacks (process CPU time only), written in py-spy's raw format."""

    def __init__(self) -> None:
        from reuseport_worker import _frame

        self.frame_name = _frame
        self.counts: Counter[str] = Counter()

    def _sample(self, _signum: int, frame: FrameType | None) -> None:
        from greenlet import getcurrent

        stack, glet = [], getcurrent()
        while frame is not None:
            stack.append(self.frame_name(frame))
            frame = frame.f_back
            if frame is None and glet is not None and glet.parent is not None:
                glet = glet.parent
                frame = glet.gr_frame
        self.counts[";".join(reversed(stack))] += 1

    def __enter__(self) -> Sampler:
        self.counts.clear()
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, 0.004, 0.004)
        return self

    def __exit__(self, *_: object) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def raw(self) -> str:
        """The stacks, `frame;…;leaf COUNT` per line."""
        return "".join(f"{stack} {n}\n" for stack, n in self.counts.most_common())


async def measure(url: str, requests: int, repeat: int, profile: bool, only: list[str]) -> dict[str, str]:
    """Warm up, then time each request kind `repeat` times; print the best CPU ms per request. With `profile`,
    the raw profiles of the rounds by file name."""
    import asyncpg
    from benchmark import _token

    from app.main import create_app

    dsn = url.replace("postgresql+asyncpg://", "postgresql://", 1)
    conn = await asyncpg.connect(dsn)
    try:
        mobiliser = await conn.fetchval("SELECT id FROM users WHERE username = 'p01-d01.mobiliser'")
        if mobiliser is None:
            raise SystemExit("no generated data here: run scripts/generate_data --preset national first")
        district = await conn.fetchrow("SELECT id, path FROM units WHERE code = 'P01-D01'")
        ids = [
            str(r["id"])
            for r in await conn.fetch(
                "SELECT id FROM registered_models WHERE unit_path LIKE $1 ORDER BY id LIMIT 500", district["path"] + "%"
            )
        ]
    finally:
        await conn.close()
    auth = [(b"authorization", _token(mobiliser).encode())]
    app = create_app()
    profiles: dict[str, str] = {}
    list_query = f"unit={district['id']}&field=economy&limit=50"
    async with app.router.lifespan_context(app):
        deep = list_query
        for _ in range(25):  # page 26, as the benchmark reads it
            status, body = await call(app, "/api/v1/models", deep, auth)
            assert status == 200, body
            import json

            cursor = json.loads(body)["next_cursor"]
            deep = f"{list_query}&cursor={cursor}"
        kinds = {
            "model by id": [("/api/v1/models/" + i, "") for i in ids],
            "list: district+field, page 1": [("/api/v1/models", list_query)],
            "list: district+field, page 26": [("/api/v1/models", deep)],
        }
        for name, targets in kinds.items():
            if only and not any(word in name for word in only):
                continue
            for i in range(200):  # warm-up: statement caches, prepared statements, the pool
                path, query = targets[i % len(targets)]
                status, body = await call(app, path, query, auth)
                assert status == 200, (status, body[:300])
            best = float("inf")
            for round_ in range(repeat):
                sampler = Sampler() if profile else None
                started = time.process_time()
                if sampler:
                    sampler.__enter__()
                for i in range(requests):
                    path, query = targets[i % len(targets)]
                    await call(app, path, query, auth)
                if sampler:
                    sampler.__exit__()
                    slug = name.replace(":", "").replace("+", "-").replace(",", "").replace(" ", "-")
                    profiles[f"{slug}-{round_}.txt"] = sampler.raw()
                best = min(best, (time.process_time() - started) / requests)
            print(f"{name:<32} {best * 1000:6.3f} ms CPU per request (best of {repeat} × {requests})", flush=True)
    return profiles


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DVK_DATABASE_URL"))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--only", nargs="*", default=[], help="only the kinds whose name holds one of these")
    args = parser.parse_args()
    url = args.database_url
    if not url or not url.startswith("postgresql"):
        parser.error("give a PostgreSQL --database-url (or DVK_DATABASE_URL) holding `national` data")
    os.environ |= {"DVK_DATABASE_URL": url, "DVK_LOG_LEVEL": "WARNING", "DVK_LOG_JSON": "false"}
    os.environ["DVK_RATE_LIMIT_DEFAULT"] = "100000000/minute"  # as the benchmark: counted, never refused
    work = measure(url, args.requests, args.repeat, args.profile is not None, args.only)
    try:
        import uvloop
    except ImportError:
        profiles = asyncio.run(work)
    else:
        profiles = uvloop.run(work)
    for name, text in profiles.items():
        args.profile.mkdir(parents=True, exist_ok=True)
        (args.profile / name).write_text(text)


if __name__ == "__main__":
    main()
