"""The TypeScript SDK (clients/typescript) drives the whole workflow against a live server: pytest starts the
server, then `npm ci` (once), `tsc` (type-check and compile) and `node --test` run the SDK's own test."""

from __future__ import annotations

from tests.sdk_clients.live import LiveApi
from tests.sdk_clients.node import npm_ci, require_node, run


def test_typescript_sdk_drives_registration_to_public_showcase(live_api: LiveApi) -> None:
    require_node()
    npm_ci()
    run(["node_modules/.bin/tsc"])
    out = run(["node", "--test", "--test-reporter=spec", "dist/test/"],
              env={"DVK_BASE_URL": live_api.base_url, "DVK_PASSWORD": live_api.password})
    print(out)
    assert "ℹ fail 0" in out, out
    assert "✔ the TypeScript SDK drives a model from registration to the public showcase" in out, out
