"""scripts/fuzz: schemathesis against a live server with a fresh database and the demo data (see the shell script)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PASSWORD = "DanVanKheo@2025"
ROLES = {"admin": "demo.admin", "registrant": "demo.registrant"}


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _pg(admin_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(admin_url, timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


class Database:
    """A scratch database: a SQLite file in a temporary folder, or a new PostgreSQL database (dropped after)."""

    def __init__(self, kind: str, workdir: Path, postgres_url: str) -> None:
        self.kind, self.admin_url, self.name = kind, postgres_url, ""
        if kind == "sqlite":
            self.url = f"sqlite+aiosqlite:///{workdir / 'fuzz.sqlite3'}"
        else:
            self.name = f"dvk_fuzz_{secrets.token_hex(4)}"
            asyncio.run(_pg(postgres_url, f'CREATE DATABASE "{self.name}"'))
            base = postgres_url.rpartition("/")[0]
            self.url = f"{base}/{self.name}".replace("postgresql://", "postgresql+asyncpg://", 1)

    def drop(self) -> None:
        """Drop the PostgreSQL database (the SQLite file goes with its folder)."""
        if self.name:
            asyncio.run(_pg(self.admin_url, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))


class Server:
    """`dvk prestart` (migrations, demo data) then uvicorn on 127.0.0.1, in its own process group."""

    def __init__(self, database: Database, workdir: Path, password: str, quotas: bool) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DVK_DATABASE_URL": database.url,
            "DVK_DATA_DIR": str(workdir / "data"),
            "DVK_LOAD_DEMO": "true",
            "DVK_DEMO_PASSWORD": password,
            "DVK_LOG_LEVEL": "WARNING",
            "DVK_RATE_LIMIT_ENABLED": "true" if quotas else "false",
        }
        if not quotas:  # the fuzzed sign-ins fail by the hundred from one address: keep the script's own working
            self.env |= {
                "DVK_LOGIN_PAIR_FREE_FAILURES": "1000000",
                "DVK_LOGIN_MAX_FAILURES_PER_ACCOUNT": "1000000",
                "DVK_LOGIN_MAX_FAILURES_PER_ADDRESS": "1000000",
            }
        self.log = (workdir / "server.log").open("wb")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Prepare the database and wait until /healthz answers."""
        subprocess.run(["dvk", "prestart"], cwd=ROOT, env=self.env, check=True, stdout=self.log, stderr=self.log)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:create_app",
                "--factory",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                "--no-access-log",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.log.name}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        """SIGTERM its process group, then make sure."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def sign_in(base_url: str, username: str, password: str) -> str:
    """A bearer token for a demo user."""
    r = httpx.post(f"{base_url}/api/v1/auth/token", data={"username": username, "password": password}, timeout=10)
    r.raise_for_status()
    return str(r.json()["access_token"])


# Where the demo data's ids are read (as the admin), for each path parameter: (list URL, field); a `{…}` in
# the URL is filled with the first id found for that parameter. Half the generated values of a path
# parameter are drawn from these (a schemathesis dictionary), so the cases reach past the 404 of a random id.
KNOWN_IDS: tuple[tuple[str, str, str], ...] = (
    ("unit_id", "/units?limit=100", "id"),
    ("campaign_id", "/campaigns?limit=50", "id"),
    ("model_id", "/models?limit=100", "id"),
    ("review_id", "/reviews?limit=50", "id"),
    ("decision_id", "/decisions?limit=50", "id"),
    ("user_id", "/users?limit=50", "id"),
    ("evidence_id", "/models/{model_id}/evidence", "id"),
    ("assignment_id", "/users/{user_id}/roles", "id"),
    ("member_id", "/reviews/{review_id}", "members"),
    ("candidate_id", "/reviews/{review_id}", "candidates"),
    ("code", "/public/exemplars", "code"),
)


def _items(body: Any, field: str) -> list[Any]:
    """The values of `field` in a page, a list, or (members/candidates) the ids of a nested list."""
    if isinstance(body, dict) and isinstance(body.get(field), list):
        return [row["id"] for row in body[field] if isinstance(row, dict) and "id" in row]
    rows = body.get("items", []) if isinstance(body, dict) else body
    return [row[field] for row in rows if isinstance(row, dict) and field in row] if isinstance(rows, list) else []


def known_ids(base_url: str, token: str) -> dict[str, list[Any]]:
    """Ids of the demo data for each path parameter (as far as the admin sees them)."""
    found: dict[str, list[Any]] = {}
    with httpx.Client(base_url=f"{base_url}/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=30) as c:
        for name, url, field in KNOWN_IDS:
            try:
                url = url.format(**{k: v[0] for k, v in found.items() if v})
            except KeyError:
                continue
            r = c.get(url)
            if r.status_code == 200:
                values = _items(r.json(), field)[:50]
                if values:
                    found[name] = values
    return found


def id_config(ids: dict[str, list[Any]]) -> str:
    """The schemathesis dictionaries and parameter bindings for these ids."""
    lines = []
    for name, values in ids.items():
        lines += [f"[dictionaries.{name}]", f"values = {json.dumps(values, ensure_ascii=False)}", ""]
    lines.append("[parameters]")
    lines += [f'"path.{name}" = {{ dictionary = "{name}", probability = 0.5 }}' for name in ids]
    return "\n".join(lines) + "\n"


def summarise(report: Path) -> dict[str, Any]:
    """Operations, cases and failures by check, from schemathesis's NDJSON event stream."""
    operations: set[str] = set()
    failures: Counter[str] = Counter()
    statuses: Counter[int] = Counter()
    cases = 0
    seen: set[tuple[str, str, str]] = set()
    for line in report.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if not finished:
            continue
        recorder = finished.get("recorder", {})
        label = recorder.get("label", "")
        if label:
            operations.add(label)
        cases += len(recorder.get("cases", {}))
        for interaction in recorder.get("interactions", {}).values():
            statuses[(interaction.get("response") or {}).get("status_code", 0)] += 1
        for check_list in recorder.get("checks", {}).values():
            for check in check_list:
                if str(check.get("status", "")).lower() == "failure":
                    detail = json.dumps(check.get("failure_info", {}), sort_keys=True)[:300]
                    key = (label, check.get("name", "?"), detail)
                    if key not in seen:
                        seen.add(key)
                        failures[check.get("name", "?")] += 1
    return {
        "operations": len(operations),
        "cases": cases,
        "failures": dict(failures),
        "statuses": dict(sorted(statuses.items())),
    }


# Operations that end the caller's session (the token would be revoked for every later case): fuzzed last,
# in a run of their own.
SESSION_ENDING = ("auth_logout", "me_change_password")
# positive_data_acceptance: a schema-valid request may still be refused by a rule no schema can state (an id
# that does not exist, a stale If-Match, an opaque cursor, a file whose bytes are not an accepted type, a
# transition the state forbids, a body over the byte ceiling); those answers are documented, and
# status_code_conformance checks that they are.
# negative_data_rejection: a body over the byte ceiling is refused (413) before it is parsed.
# missing_required_header: a write without If-Match is 428 `precondition_required` (RFC 6585), after the checks
# that come first by design (403, 404 for a resource the caller cannot see, 409 for a move from another state).
CONFIG = """
[checks.positive_data_acceptance]
expected-statuses = ["2XX", "3XX", "400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "429"]

[checks.negative_data_rejection]
expected-statuses = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]

[checks.missing_required_header]
expected-statuses = ["400", "401", "403", "404", "406", "409", "415", "422", "428"]
"""


def run_schemathesis(
    base_url: str, token: str, args: argparse.Namespace, out: Path, select: list[str], max_time: int, ids: str
) -> tuple[int, dict[str, Any]]:
    """One schemathesis run with this caller's token; its exit code and a summary."""
    out.mkdir(parents=True, exist_ok=True)
    ndjson = out / "events.ndjson"
    config = out / "schemathesis.toml"
    config.write_text(CONFIG + ids, encoding="utf-8")
    command = [
        "st",
        "--config-file",
        str(config),
        "run",
        f"{base_url}/api/v1/openapi.json",
        "--url",
        base_url,
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {token}",
        "--max-examples",
        str(args.max_examples),
        "--max-time",
        str(max_time),
        "--seed",
        str(args.seed),
        "--continue-on-failure",
        "--request-timeout",
        "30",
        "--report",
        "ndjson,junit",
        "--report-dir",
        str(out),
        "--report-ndjson-path",
        str(ndjson),
        "--suppress-health-check",
        "all",
        "--no-color",
        "--workers",
        str(args.workers),
        *select,
    ]
    shown = [c if "Bearer" not in c else "'Authorization: Bearer …'" for c in command]
    print("  $", " ".join(shown), flush=True)
    with (out / "schemathesis.txt").open("w") as log:
        code = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT).returncode
    return code, summarise(ndjson) if ndjson.exists() else {}


def fuzz_database(kind: str, args: argparse.Namespace) -> list[tuple[str, int, dict[str, Any]]]:
    """Fresh database and server; one run per role."""
    results = []
    with tempfile.TemporaryDirectory(prefix=f"dvk-fuzz-{kind}-") as tmp:
        workdir = Path(tmp)
        database = Database(kind, workdir, args.postgres_url)
        server = Server(database, workdir, args.password, args.quotas)
        try:
            server.start()
            ids = id_config(known_ids(server.base_url, sign_in(server.base_url, ROLES["admin"], args.password)))
            for role in args.roles:
                print(f"[{kind}] as {role}", flush=True)
                runs = [
                    ("", [a for op in SESSION_ENDING for a in ("--exclude-operation-id", op)], args.max_time),
                    (
                        "-session",
                        [a for op in SESSION_ENDING for a in ("--include-operation-id", op)],
                        min(args.max_time, 20),
                    ),
                ]
                for suffix, select, max_time in runs:
                    token = sign_in(server.base_url, ROLES[role], args.password)
                    out = args.report_dir / kind / f"{role}{suffix}"
                    code, summary = run_schemathesis(server.base_url, token, args, out, select, max_time, ids)
                    print(
                        f"[{kind}] as {role}{suffix}: exit {code}, {json.dumps(summary)} (log: {out}/schemathesis.txt)",
                        flush=True,
                    )
                    results.append((f"{kind}/{role}{suffix}", code, summary))
        finally:
            server.stop()
            errors = [
                line
                for line in (workdir / "server.log").read_text(errors="replace").splitlines()
                if "Traceback" in line or "ERROR" in line
            ]
            if errors:
                print(f"[{kind}] server log has {len(errors)} error lines", flush=True)
                (args.report_dir / kind).mkdir(parents=True, exist_ok=True)
                (args.report_dir / kind / "server.log").write_text((workdir / "server.log").read_text(errors="replace"))
            database.drop()
    return results


def main() -> int:
    """Parse the options, fuzz each database, print the totals."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--databases", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--roles", default="admin,registrant", help="comma-separated: admin, registrant")
    parser.add_argument("--max-examples", type=int, default=8, help="examples per operation and phase")
    parser.add_argument("--max-time", type=int, default=90, help="seconds per run (one role on one database)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--quotas", action="store_true", help="keep the request quotas on (429s cut coverage)")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get(
            "DVK_FUZZ_POSTGRES_URL",
            os.environ.get("DVK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
        ),
    )
    parser.add_argument("--report-dir", type=Path, default=ROOT / "fuzz-report")
    args = parser.parse_args()
    args.roles = [r for r in args.roles.split(",") if r]
    args.password = os.environ.get("DVK_DEMO_PASSWORD", DEFAULT_PASSWORD)
    results = []
    for kind in [d for d in args.databases.split(",") if d]:
        results += fuzz_database(kind, args)
    print("\nsummary")
    worst = 0
    for name, code, summary in results:
        print(f"  {name}: {json.dumps(summary)}")
        worst = max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main())
