"""The TypeScript SDK (clients/typescript) drives the whole workflow against a live server: pytest starts the
server, then `npm ci` (once), `tsc` (type-check and compile) and `node --test` run the SDK's own test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sdk_clients.live import LiveApi
from tests.sdk_clients.node import npm_ci, require_node, run


@pytest.fixture
def compiled() -> Iterator[None]:
    """Node and npm found (else a loud skip, or a failure under CI), dependencies installed, the SDK and its
    tests type-checked and compiled, all before a server is started."""
    require_node()
    npm_ci()
    run(["node_modules/.bin/tsc"])
    yield


def test_typescript_sdk_drives_registration_to_public_showcase(compiled: None, live_api: LiveApi) -> None:
    out = run(
        ["node", "--test", "--test-reporter=spec", "dist/test/"],
        env={"DVK_BASE_URL": live_api.base_url, "DVK_ADMIN": live_api.admin, "DVK_PASSWORD": live_api.password},
    )
    print(out)
    assert "ℹ fail 0" in out, out
    assert "✔ the TypeScript SDK drives a model from registration to the public showcase" in out, out
