"""A PgBouncer the test starts itself (Debian's `pgbouncer`, installed by .ci/run), in transaction pooling mode
with a tiny server pool, so many client connections share few server connections: what breaks prepared
statements and session state if the app does not expect it. Its own ini, folder and loopback port; it forwards
every database name (`*`) to the server it is given (the shared one on 5432, or a test cluster's primary) as
`postgres`, trusted. PgBouncer refuses to run as root: as root it runs as the `postgres` user. The process is
`scripts/bench_topology.py`'s (the benchmark's `--pgbouncer` runs the same).

`pgbouncer` is a module-scoped fixture (import it into the test module) pointing at the harness's server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from scripts.bench_topology import PGBOUNCER as BINARY
from scripts.bench_topology import PgBouncer as _PgBouncer
from scripts.bench_topology import pgbouncer_installed as installed

__all__ = ["BINARY", "SERVER_POOL", "PgBouncer", "installed", "pgbouncer"]

SERVER_POOL = 3  # server connections per (database, user): far fewer than the app's clients


class PgBouncer(_PgBouncer):
    """PgBouncer in front of `host:port`, with the tests' tiny server pool unless told otherwise."""

    def __init__(self, host: str, port: int, *, pool: int = SERVER_POOL) -> None:
        super().__init__(host, port, pool=pool)


@pytest.fixture(scope="module")
def pgbouncer() -> Iterator[PgBouncer]:
    """PgBouncer (transaction pooling, 3 server connections per database) in front of the harness's server."""
    if os.environ.get("DVK_TEST_DATABASE", "sqlite") != "postgresql":
        pytest.skip("needs PostgreSQL; runs in the PostgreSQL half")
    if not installed():
        message = "pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI=true, so this is an error", pytrace=False)
        pytest.skip(message)
    server = urlsplit(os.environ.get("DVK_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))
    bouncer = PgBouncer(server.hostname or "127.0.0.1", server.port or 5432).start()
    try:
        yield bouncer
    finally:
        bouncer.stop()
