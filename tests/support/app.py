"""The one app of a test run (it holds no database state), for tests that need it without the `client`
fixture. Import it from here, never `tests.conftest`: a second copy of the harness would run its set-up
again, with a new signing secret and data folder in the environment of every server started afterwards."""

from __future__ import annotations

from typing import Any

_app: Any = None


def get_app() -> Any:
    """One app for the run, built on first use."""
    global _app
    if _app is None:
        from app.main import create_app

        _app = create_app()
    return _app
