"""The committed SDKs are what scripts/generate_clients makes from the committed contract (run it after
./scripts/export_openapi). Python always; TypeScript where Node.js and npm are (a loud skip elsewhere, a
failure under CI=true)."""

from __future__ import annotations

import filecmp
import subprocess
from pathlib import Path

from tests.sdk_clients.node import require_node
from tests.support.live_server import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "generate_clients"
STALE = "stale: run ./scripts/generate_clients and commit clients/"


def _generate(out: Path, half: str) -> None:
    done = subprocess.run(
        [str(SCRIPT), "--output", str(out), "--only", half],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"


def _differences(left: Path, right: Path) -> list[str]:
    """Files that differ, or exist on one side only, under two folders (recursively)."""
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    found = [f"{left.name}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files]
    for name in cmp.common_dirs:
        found += _differences(left / name, right / name)
    return found


def test_the_python_sdk_is_generated_from_the_committed_contract(tmp_path: Path) -> None:
    _generate(tmp_path, "python")
    committed = PROJECT_ROOT / "clients" / "python" / "dvk_api_client"
    assert _differences(committed, tmp_path / "python" / "dvk_api_client") == [], STALE


def test_the_typescript_types_are_generated_from_the_committed_contract(tmp_path: Path) -> None:
    require_node()
    _generate(tmp_path, "typescript")
    committed = PROJECT_ROOT / "clients" / "typescript" / "src" / "schema.d.ts"
    assert committed.read_bytes() == (tmp_path / "typescript" / "src" / "schema.d.ts").read_bytes(), STALE
