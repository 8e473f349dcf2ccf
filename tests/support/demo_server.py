"""A live server on its own database holding the demo data, as `./scripts/serve` leaves it (migrated, demo
province, demo users with the development password), for tests that act as a newcomer following README."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from app.core.config import DEV_DEMO_PASSWORD
from tests.support.live_server import PROJECT_ROOT, LiveServer


@contextmanager
def demo_server(database_url: str, password: str = DEV_DEMO_PASSWORD) -> Iterator[LiveServer]:
    """`dvk prestart` (migrate, load the demo data) on `database_url`, then a live server on it."""
    env = {"DVK_DATABASE_URL": database_url, "DVK_LOAD_DEMO": "true", "DVK_DEMO_PASSWORD": password}
    subprocess.run(
        [sys.executable, "-m", "app.cli", "prestart"],
        cwd=PROJECT_ROOT,
        env={**os.environ, **env},
        check=True,
        timeout=180,
        capture_output=True,
    )
    server = LiveServer(env={**env, "DVK_LOAD_DEMO": "false"}).start()
    try:
        yield server
    finally:
        server.stop()
