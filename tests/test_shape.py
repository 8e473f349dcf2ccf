"""The shape issue 15 asks for holds and stays: no module of app/ over 400 lines (after `ruff format`)."""

from __future__ import annotations

from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
MAX_LINES = 400


def test_no_module_in_app_is_over_400_lines() -> None:
    long = {
        str(path.relative_to(APP)): n
        for path in sorted(APP.rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, "split these into cohesive modules (CONTRIBUTING: files stay small)"
