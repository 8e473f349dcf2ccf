"""Benchmark the API on PostgreSQL with generated `national` data (issue 7). Loopback only, bounded.

Usage: scripts/benchmark --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/dvk_national
                         [--workers 1|2] [--duration 10] [--connections 16]

It starts the API (uvicorn, app.main:create_app --factory) and a floor app (one row by primary key
through raw asyncpg; when lists are measured, also a list page of 50 that way) on 127.0.0.1, each as
--workers processes sharing the port with SO_REUSEPORT (the kernel balances connections evenly;
`uvicorn --workers` may not), warms each endpoint up, runs wrk (Debian package `wrk`; an httpx loop if
it is missing) for --duration seconds per endpoint and prints req/s, p50, p99, errors and the ratio to
the floor; then times the XLSX export and samples the workers' resident memory. Servers are stopped on
exit. The data is not generated here: run scripts/generate_data --preset national first.
Transitions (accept) consume `registered` models.

Topologies (scripts/bench_topology.py): `--pgbouncer` runs the API through a PgBouncer it starts in transaction
pooling mode, `--with-replica` makes a streaming replica of the database's cluster for the run and
`--replica-url` names one, and the API's GET requests read from it; `--unnamed-statements` gives the API
PgBouncer's setting (statements prepared unnamed, no plan reuse) without a PgBouncer. The floor always reads
--database-url directly, so each run's ratios are to the same floor; each load's line says how many transactions
the replica or PgBouncer carried, which shows where it went. Everything started is stopped and removed on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"
PASSWORD = "Perf-password-123"
API = "/api/v1"
MAX_DURATION = 120  # seconds per endpoint, whatever --duration says
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# --- the floor: one row by primary key through raw asyncpg -------------------------------------


def floor_app() -> Any:
    """A minimal FastAPI app: GET /floor/{id} reads one model row with asyncpg (the stack's floor);
    GET /floor-page, a list page of 50 the same way (the floor for list pages)."""
    from contextlib import asynccontextmanager

    import asyncpg
    from fastapi import FastAPI, Response
    from pydantic_core import to_json

    dsn = os.environ["FLOOR_DSN"]
    state: dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        state["pool"] = await asyncpg.create_pool(dsn, min_size=4, max_size=10)
        yield
        await state["pool"].close()

    app = FastAPI(lifespan=lifespan)

    @app.get("/floor/{model_id}")
    async def one(model_id: uuid.UUID) -> dict[str, Any]:
        """One row by primary key."""
        row = await state["pool"].fetchrow(
            "SELECT id, code, name, state, year FROM registered_models WHERE id = $1", model_id
        )
        return {
            "id": str(row["id"]),
            "code": row["code"],
            "name": row["name"],
            "state": row["state"],
            "year": row["year"],
        }

    @app.get("/floor-page", response_model=None)
    async def page(path: str, field: str) -> Any:
        """A list page's rows (the API's page SQL, no scope, no cursor) as JSON by pydantic-core."""
        rows = await state["pool"].fetch(PAGE_SQL, path, path[:-1] + chr(ord(path[-1]) + 1), field)
        return Response(
            to_json({"items": [dict(r) for r in rows[:50]], "next_cursor": None, "limit": 50}),
            media_type="application/json",
        )

    return app


# The list page the API runs for a subtree + field, first page of 50 by code (ids from the covering index,
# then the page's rows and registrant units), written by hand: the second floor, for list pages.
PAGE_SQL = """
SELECT m.id, m.code, m.year, m.registrant_unit_id, u.name AS registrant_unit_name, m.registrant_kind, m.name,
       m.field_code, m.model_type, m.state, m.is_late, m.authority_case, m.replicates_id, m.updated_at
FROM (SELECT id, code FROM registered_models WHERE unit_path ~>=~ $1 AND unit_path ~<~ $2 AND field_code = $3
      ORDER BY code DESC, id DESC LIMIT 51) AS p
JOIN registered_models m ON m.id = p.id JOIN units u ON u.id = m.registrant_unit_id
ORDER BY p.code DESC, p.id DESC
"""


# --- servers --------------------------------------------------------------------------------------


class Servers:
    """`workers` uvicorn processes on one loopback port (SO_REUSEPORT); stopped on exit."""

    def __init__(self, target: str, port: int, workers: int, env: dict[str, str], app_dir: Path = ROOT) -> None:
        self.target, self.port, self.workers, self.env, self.app_dir = target, port, workers, env, app_dir
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Servers:
        # Each worker binds its own AF_INET socket with SO_REUSEPORT (scripts/reuseport_worker.py): not
        # `uvicorn --fd`, whose AF_UNIX wrapping leaves TCP_NODELAY off and adds ~40 ms to every response.
        worker = str(ROOT / "scripts" / "reuseport_worker.py")
        for _ in range(self.workers):
            self.procs.append(
                subprocess.Popen(
                    [sys.executable, worker, self.target, HOST, str(self.port), str(self.app_dir)],
                    env={**os.environ, **self.env},
                    cwd=ROOT,
                )
            )
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        import httpx

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.procs):
                raise SystemExit(f"{self.target} exited during start-up")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://{HOST}:{self.port}/openapi.json", timeout=2).status_code < 500:
                    return
            time.sleep(0.3)
        raise SystemExit(f"{self.target} did not start within 60 s")

    def cpu_seconds(self) -> float:
        """User + system CPU time the workers have used so far (seconds, from /proc; 0 where unreadable)."""
        total = 0.0
        for p in self.procs:
            with contextlib.suppress(OSError, IndexError, ValueError):
                # Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
                fields = Path(f"/proc/{p.pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        return total

    def rss_mb(self) -> list[float]:
        """Resident memory of each worker process, MB."""
        out = []
        for p in self.procs:
            try:
                text = Path(f"/proc/{p.pid}/status").read_text()
                out.append(int(re.search(r"VmRSS:\s+(\d+)", text).group(1)) / 1024)  # type: ignore[union-attr]
            except (OSError, AttributeError):
                out.append(0.0)
        return out

    def __exit__(self, *_exc: object) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=5)


class RssSampler:
    """Samples the workers' peak resident memory while a load runs."""

    def __init__(self, servers: Servers) -> None:
        self.servers, self.peak = servers, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self.peak = max([self.peak, *self.servers.rss_mb()])

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)


# --- load -----------------------------------------------------------------------------------------


@dataclass
class Result:
    """One endpoint's figures."""

    name: str
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    connections: int
    rss_peak_mb: float = 0.0
    note: str = ""
    cpu_ms: float = float("nan")  # the workers' CPU time (user + system) per request served, ms


# A transition needs If-Match: the accept scenario takes only registered models still at the version the
# generator wrote (created, then submitted), so every request carries its model's current ETag.
ACCEPT_VERSION = 2
ACCEPT_ETAG = f'"{ACCEPT_VERSION}"'


@dataclass
class Load:
    """What to send: a fixed request, or a Lua-chosen one from a list of (path, header value) lines."""

    name: str
    path: str = ""
    method: str = "GET"
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    lines: list[tuple[str, str]] = field(default_factory=list)  # (path, Authorization) per request
    connections: int | None = None
    once_each: bool = False  # never send a line twice (state-changing requests)


LUA_FIXED = """
wrk.method = {method}
wrk.body = {body}
{headers}
"""

LUA_LINES = """
local lines = {{}}
for l in io.lines({file}) do
  local p, a = l:match("^(%S+) (.+)$")
  lines[#lines + 1] = {{p, a}}
end
local counter = 0
local nthreads = 1
local id = 0
function setup(thread)
  id = id + 1
  thread:set("tid", id)
end
function init(args)
  nthreads = tonumber(args[1]) or 1
  counter = (tid or 1) - 1
end
request = function()
  local i
  if {once} then
    i = counter + 1
    counter = counter + nthreads
    if i > #lines then i = ((i - 1) % #lines) + 1 end
  else
    i = math.random(#lines)
  end
  local line = lines[i]
  local headers = {{["Authorization"] = line[2]}}
  if {method} == "POST" then
    headers["Content-Type"] = "application/json"
    headers["If-Match"] = {if_match}
  end
  return wrk.format({method}, line[1], headers, {body})
end
"""


def _lua_str(value: str) -> str:
    return json.dumps(value)


def _ms(text: str) -> float:
    found = re.match(r"([\d.]+)(us|ms|s|m)", text)
    if not found:  # wrk prints nan when no request completed
        return float("nan")
    number, unit = found.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def _field(pattern: str, out: str, default: str = "nan") -> str:
    found = re.search(pattern, out)
    return found.group(1) if found else default


def run_wrk(base: str, load: Load, duration: float, connections: int, tmp: Path) -> Result:
    """One wrk run; parses req/s, p50, p99 and non-2xx counts."""
    threads = max(1, min(2, connections))
    script = tmp / f"{load.name}.lua"
    if load.lines:
        data = tmp / f"{load.name}.txt"
        data.write_text("".join(f"{p} {a}\n" for p, a in load.lines))
        script.write_text(
            LUA_LINES.format(
                file=_lua_str(str(data)),
                method=_lua_str(load.method),
                body=_lua_str(load.body) if load.body else "nil",
                once="true" if load.once_each else "false",
                if_match=_lua_str(ACCEPT_ETAG),
            )
        )
        url = base + "/"
    else:
        headers = "\n".join(f"wrk.headers[{_lua_str(k)}] = {_lua_str(v)}" for k, v in load.headers.items())
        script.write_text(
            LUA_FIXED.format(
                method=_lua_str(load.method), body=_lua_str(load.body) if load.body else "nil", headers=headers
            )
        )
        url = base + load.path
    seconds = max(1, round(min(duration, MAX_DURATION)))
    cmd = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{seconds}s",
        "--timeout",
        "30s",
        "--latency",
        "-s",
        str(script),
        url,
        "--",
        str(threads),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60, check=False).stdout
    rps = float(_field(r"Requests/sec:\s+([\d.]+)", out, "0"))
    total = int(_field(r"(\d+) requests in", out, "0"))
    # Anchored: the thread stats' "+/- Stdev" column also ends in "%" (e.g. "69.50%").
    p50, p99 = _ms(_field(r"(?m)^\s+50%\s+(\S+)", out)), _ms(_field(r"(?m)^\s+99%\s+(\S+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sock_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = int(non2xx.group(1)) if non2xx else 0
    if sock_errors:
        errors += sum(int(g) for g in sock_errors.groups())
    return Result(load.name, rps, p50, p99, total, errors, connections)


async def _httpx_loop(base: str, load: Load, duration: float, connections: int) -> Result:
    """Fallback without wrk: `connections` clients for `duration` seconds (bounded count too)."""
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.monotonic() + min(duration, MAX_DURATION)
    cap = 200_000
    index = 0

    async def client(c: httpx.AsyncClient) -> None:
        nonlocal errors, index
        while time.monotonic() < deadline and len(latencies) < cap:
            if load.lines:
                path, auth = load.lines[index % len(load.lines)]
                index += 1
                headers = {"Authorization": auth}
                if load.method == "POST":
                    headers |= {"Content-Type": "application/json", "If-Match": ACCEPT_ETAG}
            else:
                path, headers = load.path, load.headers
            start = time.perf_counter()
            r = await c.request(load.method, path, headers=headers, content=load.body or None)
            latencies.append((time.perf_counter() - start) * 1000)
            errors += r.status_code >= 400

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=30) as c:
        await asyncio.gather(*(client(c) for _ in range(connections)))
    elapsed = time.monotonic() - started
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Result(load.name, len(latencies) / elapsed, q[49], q[98], len(latencies), errors, connections)


# --- preparation ---------------------------------------------------------------------------------


@dataclass
class Plan:
    """Ids, tokens and cursors the loads need, found in the generated data."""

    loads: list[Load]
    export_path: str
    export_rows: int
    export_auth: str


def _token(user_id: uuid.UUID) -> str:
    from app.core.config import get_settings
    from app.core.security import issue_token

    token, _, _ = issue_token(get_settings(), subject=user_id, token_type="access", lifetime=timedelta(hours=2))
    return f"Bearer {token}"


async def prepare(dsn: str, base: str, password: str) -> Plan:
    """Read what the loads need from the database, and walk the cursor to a deep page."""
    import asyncpg
    import httpx

    conn = await asyncpg.connect(dsn)
    try:
        users = {r["username"]: r["id"] for r in await conn.fetch("SELECT id, username FROM users")}
        if "p01-d01.mobiliser" not in users:
            raise SystemExit("no generated data here: run scripts/generate_data --preset national first")
        district = await conn.fetchrow("SELECT id, path FROM units WHERE code = 'P01-D01'")
        province = await conn.fetchrow("SELECT id, path FROM units WHERE code = 'P01'")
        campaign = await conn.fetchval("SELECT id FROM campaigns WHERE owning_unit_id = $1", province["id"])
        year = await conn.fetchval(
            "SELECT year FROM registered_models WHERE unit_path LIKE $1 GROUP BY year ORDER BY count(*) DESC LIMIT 1",
            district["path"] + "%",
        )
        export_rows = await conn.fetchval(
            "SELECT count(*) FROM registered_models WHERE unit_path LIKE $1 AND campaign_id = $2 AND year = $3",
            district["path"] + "%",
            campaign,
            year,
        )
        ids = [
            str(r["id"])
            for r in await conn.fetch(
                "SELECT id FROM registered_models WHERE unit_path LIKE $1 ORDER BY random() LIMIT 5000",
                district["path"] + "%",
            )
        ]
        # accept: registered models anywhere, each moved by its district's mobiliser (consumed once)
        mobilisers = {code: _token(uid) for code, uid in users.items() if code.endswith(".mobiliser")}
        accept = await conn.fetch(
            "SELECT m.id, d.code FROM registered_models m JOIN units d ON d.path = substring(m.unit_path from "
            "'^/[0-9]+/[0-9]+/') WHERE m.state = 'registered' AND m.version = $1 "
            # not in a field whose models need a confirmation act first (`other`): their accept is refused (422)
            "AND m.field_code IN (SELECT code FROM fields WHERE NOT requires_confirmation) ORDER BY m.code LIMIT 40000",
            ACCEPT_VERSION,
        )
        commune = await conn.fetchval(
            "SELECT id FROM units WHERE path LIKE $1 AND kind_code = 'commune' ORDER BY path LIMIT 1",
            district["path"] + "%",
        )
    finally:
        await conn.close()
    registration = json.dumps(
        {
            "campaign_id": str(campaign),
            "year": year,
            "registrant_unit_id": commune,
            "registrant_kind": "collective",
            "name": "Dân vận khéo trong xây dựng nông thôn mới (benchmark)",
            "summary": "Vận động nhân dân hiến đất",
            "field_code": "economy",
            "model_type": "field_specific",
            "objectives": "Mở rộng 2 km đường",
            "targets": [{"what": "Đường giao thông", "target_value": 2, "unit_of_measure": "km"}],
        }
    )
    mob = _token(users["p01-d01.mobiliser"])
    admin = _token(users["p01.admin"])
    list_path = f"{API}/models?unit={district['id']}&field=economy&limit=50"
    deep = list_path
    async with httpx.AsyncClient(base_url=base, timeout=60, headers={"Authorization": mob}) as c:
        for _ in range(25):  # page 26
            r = await c.get(deep)
            r.raise_for_status()
            cursor = r.json()["next_cursor"]
            if not cursor:
                break
            deep = f"{list_path}&cursor={cursor}"
    report = f"campaign={campaign}&year={year}"
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    loads = [
        Load(
            "sign-in", f"{API}/auth/token", "POST", form, f"username=p01-d01.viewer&password={password}", connections=4
        ),
        Load("model by id", lines=[(f"{API}/models/{i}", mob) for i in ids]),
        Load("list: district+field, page 1", list_path, headers={"Authorization": mob}),
        Load("list: district+field, page 26", deep, headers={"Authorization": mob}),
        Load(
            "q search (province admin)",
            f"{API}/models?q=camera%20an%20ninh&limit=50",
            headers={"Authorization": admin},
            connections=4,
        ),
        Load(
            "q search rare (province admin)",
            f"{API}/models?q=thon%20an%20binh&limit=50",
            headers={"Authorization": admin},
            connections=4,
        ),
        Load(
            "transition: accept",
            method="POST",
            body='{"action": "accept"}',
            once_each=True,
            lines=[
                (f"{API}/models/{r['id']}/transitions", mobilisers[f"{r['code'].lower()}.mobiliser"]) for r in accept
            ],
        ),
        # Every request registers a new draft in one commune of one year: the path that used to queue on
        # one counter row per year (now a sequence per year, registry.codes).
        Load(
            "create: register a draft",
            f"{API}/models",
            "POST",
            {"Authorization": _token(users["p01-d01.registrant"]), "Content-Type": "application/json"},
            registration,
        ),
        Load(
            "coverage: district",
            f"{API}/reports/coverage?{report}&unit={district['id']}",
            headers={"Authorization": admin},
            connections=4,
        ),
        Load(
            "coverage: province",
            f"{API}/reports/coverage?{report}&unit={province['id']}",
            headers={"Authorization": admin},
            connections=2,
        ),
    ]
    export = f"{API}/reports/registrations?{report}&unit={district['id']}&format=xlsx"
    return Plan(loads, export, int(export_rows), admin)


def time_export(base: str, plan: Plan, servers: Servers, repeats: int = 3) -> tuple[list[float], float, int]:
    """Download the XLSX export `repeats` times, one at a time; seconds each, RSS growth (MB), bytes."""
    import httpx

    before = max(servers.rss_mb())
    times, size = [], 0
    with RssSampler(servers) as sampler:
        for _ in range(repeats):
            start = time.perf_counter()
            with httpx.stream(
                "GET", base + plan.export_path, headers={"Authorization": plan.export_auth}, timeout=120
            ) as r:
                if r.status_code != 200:
                    r.read()
                    print(f"XLSX export: HTTP {r.status_code}: {r.text[:300]}")
                    return [], 0.0, -1
                size = sum(len(chunk) for chunk in r.iter_bytes())
            times.append(time.perf_counter() - start)
    return times, sampler.peak - before, size


def _iter_loads(plan: Plan, only: set[str] | None) -> Iterator[Load]:
    for load in plan.loads:
        if not only or any(word in load.name for word in only):
            yield load


def print_table(results: list[Result], floor: Result, workers: int) -> None:
    """The figures, with each endpoint's throughput as a share of the floor's."""
    print(f"\n== {workers} worker(s) ==")
    print(
        f"{'endpoint':<34} {'conns':>5} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7} "
        f"{'vs floor':>9} {'CPU ms/req':>10} {'RSS MB':>7}"
    )
    for r in [floor, *results]:
        ratio = r.rps / floor.rps if floor.rps else 0
        print(
            f"{r.name:<34} {r.connections:>5} {r.rps:>9.1f} {r.p50_ms:>9.1f} {r.p99_ms:>9.1f} {r.errors:>7} "
            f"{ratio:>8.0%} {r.cpu_ms:>10.2f} {r.rss_peak_mb:>7.0f}{'  ' + r.note if r.note else ''}"
        )
    pages = [r for r in results if r.name.startswith("list")]
    page_floor = next((r for r in results if r.name.startswith("floor: asyncpg list")), None)
    if pages:
        # The issue's measure: the worker processes' CPU time over the requests they served in the run.
        print(
            "Python CPU per list request (worker CPU seconds / requests): "
            + ", ".join(f"{r.name.removeprefix('list: ')} {r.cpu_ms:.2f} ms" for r in pages)
            + (f"; page floor {page_floor.cpu_ms:.2f} ms" if page_floor else "")
        )


def main() -> None:
    """Command line entry point."""
    from scripts import bench_topology

    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], epilog=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default=os.environ.get("DVK_DATABASE_URL"))
    parser.add_argument("--workers", type=int, choices=(1, 2), default=1)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per endpoint (max 120)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up per endpoint (0: none)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=18700)
    parser.add_argument("--password", default=PASSWORD)
    parser.add_argument("--only", nargs="*", help="run only endpoints whose name contains one of these words")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    bench_topology.add_arguments(parser)
    parser.add_argument(
        "--profile",
        type=Path,
        help="record each measured API run of the first worker with py-spy (raw format) into this folder; "
        "summarise a file with scripts/profile_top.py",
    )
    parser.add_argument(
        "--profiler",
        choices=("py-spy", "cpu"),
        default="py-spy",
        help="py-spy: wall-clock samples while the worker is busy (py-spy on PATH); cpu: the worker's own "
        "SIGPROF sampler, which counts only CPU time (truer on a machine shared with other load)",
    )
    args = parser.parse_args()
    # SIGTERM (e.g. from `timeout`) unwinds like Ctrl-C, so every started server is stopped on the way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    url = args.database_url
    if not url or not url.startswith("postgresql"):
        parser.error("give a PostgreSQL --database-url (or DVK_DATABASE_URL) holding `national` data")
    dsn = url.replace("postgresql+asyncpg://", "postgresql://", 1)
    use_wrk = shutil.which("wrk") is not None
    if not use_wrk:
        print("wrk not found (apt-get install -y wrk); using the slower httpx loop")
    env = {"DVK_DATABASE_URL": url, "DVK_LOG_LEVEL": "WARNING", "DVK_LOG_JSON": "false", "FLOOR_DSN": dsn}
    # A handful of benchmark users send thousands of requests a second: the quotas stay on (their counter is
    # part of every request's cost) but far above what the load reaches.
    env |= {
        f"DVK_RATE_LIMIT_{name}": "100000000/minute"
        for name in (
            "DEFAULT",
            "ANONYMOUS",
            "CREATE_USER",
            "CREATE_UNIT",
            "UPLOAD_USER",
            "UPLOAD_UNIT",
            "IMPORT_USER",
            "IMPORT_UNIT",
        )
    }
    os.environ.update({k: v for k, v in env.items() if k != "FLOOR_DSN"})
    if args.profile is not None and args.profiler == "cpu":
        env["DVK_BENCH_CPU_PROFILE_DIR"] = str(args.profile.resolve())
    api_base, floor_base = f"http://{HOST}:{args.port}", f"http://{HOST}:{args.port + 1}"

    def load_once(base: str, load: Load, seconds: float, servers: Servers, profile: bool = False) -> Result:
        conns = min(load.connections or args.connections, args.connections)
        spy = Profile(args.profile, args.profiler, load, args.workers, seconds, servers) if profile else None
        cpu_before = servers.cpu_seconds()
        with RssSampler(servers) as sampler:
            if use_wrk:
                result = run_wrk(base, load, seconds, conns, tmp)
            else:
                result = asyncio.run(_httpx_loop(base, load, seconds, conns))
        cpu = servers.cpu_seconds() - cpu_before
        if spy is not None:
            spy.finish(seconds)
        result.rss_peak_mb = sampler.peak
        if result.requests:
            result.cpu_ms = 1000.0 * cpu / result.requests
        return result

    with tempfile.TemporaryDirectory(prefix="dvk-bench-") as tmpdir, bench_topology.started(args, url) as topo:
        env_api = env | topo.env
        print("topology: " + "; ".join(topo.description), flush=True)
        tmp = Path(tmpdir)
        with Servers("benchmark:floor_app", args.port + 1, args.workers, env, app_dir=ROOT / "scripts") as floor_srv:
            floor_ids, district_path = asyncio.run(_floor_inputs(dsn))
            plan_floor = Load("floor: asyncpg row by id", lines=[(f"/floor/{i}", "-") for i in floor_ids])
            if args.warmup > 0:
                load_once(floor_base, plan_floor, args.warmup, floor_srv)
            floor = load_once(floor_base, plan_floor, args.duration, floor_srv)
            floor_page = None
            if not args.only or any("list" in w for w in args.only):
                plan_page = Load("floor: asyncpg list page of 50", f"/floor-page?path={district_path}&field=economy")
                if args.warmup > 0:
                    load_once(floor_base, plan_page, args.warmup, floor_srv)
                floor_page = load_once(floor_base, plan_page, args.duration, floor_srv)
        results: list[Result] = []
        with Servers("app.main:create_app", args.port, args.workers, env_api) as api:
            plan = asyncio.run(prepare(dsn, api_base, args.password))
            for load in _iter_loads(plan, set(args.only) if args.only else None):
                if not load.once_each and args.warmup > 0:
                    load_once(api_base, load, args.warmup, api)
                counted = topo.read()
                result = load_once(api_base, load, args.duration, api, profile=args.profile is not None)
                result.note = topo.note(counted)
                results.append(result)
                print(
                    f"  {result.name:<34} {result.rps:8.1f} req/s  p50 {result.p50_ms:7.1f} ms  "
                    f"p99 {result.p99_ms:7.1f} ms  errors {result.errors}  {result.note}",
                    flush=True,
                )
            export = None
            if not args.only or any("export" in w for w in args.only):
                times, growth, size = time_export(api_base, plan, api)
                export = (times, growth, size)
            idle = api.rss_mb()
        if floor_page is not None:  # list pages measured against the page floor as well
            for r in results:
                if r.name.startswith("list") and floor_page.rps:
                    r.note = ", ".join(filter(None, [f"{r.rps / floor_page.rps:.0%} of the page floor", r.note]))
            results.insert(0, floor_page)
        print_table(results, floor, args.workers)
        print("topology: " + "; ".join(topo.description))
        if export is not None:
            times, growth, size = export
            if size < 0:
                print("XLSX export: failed (see above)")
            else:
                print(
                    f"XLSX export of {plan.export_rows} models (district P01-D01, one campaign year): "
                    + ", ".join(f"{t:.2f} s" for t in times)
                    + f"; {size / 1e6:.1f} MB; "
                    f"worker RSS growth {growth:.0f} MB"
                )
        print(f"worker RSS at the end: {', '.join(f'{m:.0f} MB' for m in idle)}")
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "workers": args.workers,
                        "topology": topo.description,
                        "floor": floor.__dict__,
                        "results": [r.__dict__ for r in results],
                        "export": export,
                    },
                    indent=2,
                    default=str,
                )
            )


class Profile:
    """One measured run of the first API worker, profiled: by py-spy (wall-clock samples of a busy worker, raw
    format) or by the worker's own CPU-time sampler (scripts/reuseport_worker.py, same format). Either file is
    summarised by scripts/profile_top.py."""

    def __init__(self, folder: Path, profiler: str, load: Load, workers: int, seconds: float, servers: Servers):
        slug = re.sub(r"[^a-z0-9]+", "-", load.name.lower()).strip("-")
        folder.mkdir(parents=True, exist_ok=True)
        self.output = folder / f"{slug}-{workers}w-{profiler}.txt"
        self.pid, self.folder, self.spy = servers.procs[0].pid, folder, None
        if profiler == "cpu":
            os.kill(self.pid, signal.SIGUSR1)
            return
        spy = shutil.which("py-spy")
        if spy is None:
            raise SystemExit("py-spy not found (pip install py-spy; it needs ptrace rights)")
        command = [spy, "record", "--pid", str(self.pid), "--format", "raw", "--nolineno", "--rate", "200"]
        command += ["--duration", str(max(1, round(seconds))), "--output", str(self.output)]
        self.spy = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def finish(self, seconds: float) -> None:
        """Wait for py-spy, or stop the sampler and take its file."""
        if self.spy is not None:
            self.spy.wait(timeout=seconds + 30)
            return
        written = self.folder / f"cpu-{self.pid}.txt"
        written.unlink(missing_ok=True)
        os.kill(self.pid, signal.SIGUSR2)
        deadline = time.monotonic() + 10
        while not written.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)  # the worker writes the file in one call; give it the moment to finish
        written.replace(self.output)


async def _floor_inputs(dsn: str) -> tuple[list[str], str]:
    """Model ids for the row floor, and the path of district P01-D01 for the page floor."""
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        ids = [
            str(r["id"]) for r in await conn.fetch("SELECT id FROM registered_models TABLESAMPLE SYSTEM (1) LIMIT 5000")
        ]
        if len(ids) < 100:  # a small data set: 1 % of its pages holds few rows, or none
            ids = [str(r["id"]) for r in await conn.fetch("SELECT id FROM registered_models LIMIT 5000")]
        return ids, str(await conn.fetchval("SELECT path FROM units WHERE code = 'P01-D01'"))
    finally:
        await conn.close()


if __name__ == "__main__":
    main()
