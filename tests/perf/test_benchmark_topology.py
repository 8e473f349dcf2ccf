"""The benchmark's machinery runs through a PgBouncer it starts itself, on a tiny data set (so neither the
benchmark nor its topology helper can rot). Figures are never asserted here: the load runs a second per endpoint.
"""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest

from scripts.bench_topology import free_port, pgbouncer_installed
from scripts.generate_data import PRESETS, generate

# The generator writes through an engine of its own, and the benchmark's servers are other processes.
pytestmark = [pytest.mark.postgres_only, pytest.mark.committing]

ROOT = Path(__file__).resolve().parents[2]


def _ports() -> int:
    """A free port whose successor is free too (the API's and the floor's)."""
    for _ in range(20):
        port = free_port()
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.1", port + 1))
        except (OSError, OverflowError):
            continue
        return port
    raise RuntimeError("no two free ports in a row")


async def test_benchmark_runs_through_pgbouncer(database: Any, tmp_path: Path) -> None:
    if not pgbouncer_installed():
        pytest.skip("pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)")
    url = os.environ["DVK_DATABASE_URL"]
    await generate(url, PRESETS["tiny"], seed=5, quiet=True)
    out = tmp_path / "figures.json"
    command = [
        sys.executable,
        str(ROOT / "scripts" / "benchmark.py"),
        *("--database-url", url, "--pgbouncer", "--pgbouncer-pool", "8"),
        *("--duration", "1", "--warmup", "0", "--connections", "4", "--port", str(_ports())),
        *("--only", "model by id", "create", "transition", "--json", str(out)),
    ]
    run = functools.partial(subprocess.run, capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    done = await anyio.to_thread.run_sync(run, command)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert any("PgBouncer" in part for part in figures["topology"]), figures["topology"]
    results = {r["name"]: r for r in figures["results"]}
    assert set(results) == {"model by id", "create: register a draft", "transition: accept"}, results
    for name, r in results.items():
        assert r["requests"] > 0, (name, r)
        # every load went through PgBouncer (its SHOW STATS counted transactions while it ran)
        assert "pgbouncer" in r["note"] and not r["note"].startswith("pgbouncer 0 "), (name, r)
        assert r["errors"] == 0, (name, r, done.stdout[-2000:])
    assert figures["floor"]["requests"] > 0 and figures["floor"]["errors"] == 0, figures["floor"]
    assert "PgBouncer" in done.stdout
