"""The SDKs' end-to-end harness: a live server (tests/support/live_server.py) on a fresh database of the run's
kind, migrated, with the unit tree and the first admin seeded (tests/sdk_clients/live.py); each SDK test then
creates its users, their roles and its campaign through the API and drives the workflow itself."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sdk_clients.live import ADMIN, LiveApi, seed
from tests.support.live_server import PROJECT_ROOT, LiveServer

HARNESS = PROJECT_ROOT / "tests" / "conftest.py"
# The Python SDK is not installed in the project's environment (./scripts/serve's runtime install stays as it
# is): this folder's tests import it from clients/python.
sys.path.insert(0, str(PROJECT_ROOT / "clients" / "python"))


@pytest.fixture
def live_api(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveApi]:
    """A server of its own: fresh database, migrated, the tree and the first admin; files under tmp_path."""
    from app.core.migrations import upgrade

    # The harness module pytest loaded (never `tests.conftest`: a second copy re-runs its set-up).
    harness = request.config.pluginmanager.get_plugin(str(HARNESS))
    assert harness is not None, f"{HARNESS} is not loaded"
    url = harness.create_scratch_database("sdk")
    upgrade(url)
    seed(url, harness.DEMO_PASSWORD)
    server = LiveServer(
        env={"DVK_DATABASE_URL": url, "DVK_DATA_DIR": str(tmp_path / "data"), "DVK_STORAGE_BACKEND": "local"}
    ).start()
    try:
        yield LiveApi(server.base_url, ADMIN, harness.DEMO_PASSWORD)
    finally:
        server.stop()
