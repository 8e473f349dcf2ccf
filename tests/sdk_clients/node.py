"""Node.js for the TypeScript SDK's tests: found on PATH, or a loud skip (a failure under CI=true)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TYPESCRIPT = Path(__file__).resolve().parents[2] / "clients" / "typescript"


def require_node() -> None:
    """Skip loudly where node/npm are absent; under CI=true that is a failure (CI must run the TypeScript half)."""
    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if not missing:
        return
    message = (
        f"{'/'.join(missing)} not found: the TypeScript SDK's tests did NOT run "
        "(install Node.js 20+ and npm, e.g. Debian's nodejs and npm packages)"
    )
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}, and CI=true", pytrace=False)
    print(f"\n{'#' * 80}\n### SKIPPED: {message}\n{'#' * 80}")
    pytest.skip(message)


def npm_ci() -> None:
    """`npm ci` once: again only when package-lock.json is newer than what npm last installed."""
    installed = TYPESCRIPT / "node_modules" / ".package-lock.json"
    lock = TYPESCRIPT / "package-lock.json"
    # xdist workers share clients/typescript (the drift test's scripts/generate_clients installs there too):
    # one `npm ci` at a time, behind the same lock file the script takes with flock(1).
    with (TYPESCRIPT / ".npm-ci.lock").open("w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        if installed.exists() and installed.stat().st_mtime >= lock.stat().st_mtime:
            return
        run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], timeout=600)


def run(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    """Run a command in clients/typescript; fail the test with its output when it fails."""
    done = subprocess.run(
        args,
        cwd=TYPESCRIPT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"{' '.join(args)} exited {done.returncode}\n{done.stdout}\n{done.stderr}", pytrace=False)
    return done.stdout
