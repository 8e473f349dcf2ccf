"""A PostgreSQL primary and a streaming replica of it, made and started by the test itself on free loopback ports,
for the read-replica and connection-pooler tests. The shared server on 5432 is never touched.

`initdb` makes the primary (wal_level=replica, a trusted replication entry for 127.0.0.1), `pg_ctl` starts it,
the `dvk` database is created and migrated, then `pg_basebackup -R` copies it into a hot standby on another port
that streams from it. PostgreSQL refuses to run as root: as root every command runs as the `postgres` user
(`runuser`), and the folders are given to that user. The servers themselves are `scripts/bench_topology.py`'s
(the benchmark makes its replica the same way). `pg_cluster` is a module-scoped fixture (import it into the
test module): both servers are stopped and their folders removed when the module's tests are done.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.bench_topology import (
    PG_BIN,
    PgServer,
    free_port,
    missing_tools,
    owned_tempdir,
    psql,
    sqlalchemy_url,
    wait_replayed,
)

__all__ = ["DATABASE", "PG_BIN", "PgCluster", "pg_cluster"]

DATABASE = "dvk"

# Fast and small: the tests' data is tiny and thrown away.
TEST_CONF = """
max_connections = 80
shared_buffers = 32MB
fsync = off
full_page_writes = off
"""


class PgCluster:
    """A primary and its streaming replica in a temporary folder (see the module's docstring)."""

    def __init__(self) -> None:
        self.root = owned_tempdir("dvk-pg-cluster-")
        self.primary = PgServer(self.root / "primary", free_port())
        self.replica: PgServer | None = None  # made by start()
        self.replica_port = free_port()

    # -- addresses ---------------------------------------------------------------------------------------------

    @staticmethod
    def url(port: int, database: str = DATABASE) -> str:
        """The SQLAlchemy URL of a database on one of the servers (user postgres, trusted)."""
        return sqlalchemy_url(port, database)

    @property
    def primary_port(self) -> int:
        """The primary's port."""
        return self.primary.port

    @property
    def primary_dir(self) -> Path:
        """The primary's data folder."""
        return self.primary.data

    @property
    def replica_dir(self) -> Path:
        """The replica's data folder."""
        return self.root / "replica"

    @property
    def primary_url(self) -> str:
        """The app's database on the primary."""
        return self.url(self.primary_port)

    @property
    def replica_url(self) -> str:
        """The same database on the replica."""
        return self.url(self.replica_port)

    # -- life cycle --------------------------------------------------------------------------------------------

    def start(self) -> PgCluster:
        """Make and start the primary, create and migrate the database, then make and start the replica."""
        from app.core.migrations import upgrade

        self.primary.init(TEST_CONF).start()
        self.primary.sql(f"CREATE DATABASE {DATABASE}")
        upgrade(self.primary_url)
        self.replica = PgServer.replica_of(
            "127.0.0.1", self.primary_port, self.replica_dir, replica_port=self.replica_port
        )
        self.start_replica()
        self.wait_replayed()
        return self

    def _replica(self) -> PgServer:
        assert self.replica is not None, "the cluster is not started"
        return self.replica

    def start_replica(self) -> None:
        """Start (or start again) the replica."""
        self._replica().start()

    def stop_replica(self) -> None:
        """Stop the replica at once (fast shutdown: its connections are closed)."""
        self._replica().pg_ctl("stop", "-m", "fast")

    def close(self) -> None:
        """Stop both servers and remove their folders."""
        for server in (self.replica, self.primary):
            if server is not None:
                server.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- statements --------------------------------------------------------------------------------------------

    def sql(self, port: int, statement: str, *, database: str = DATABASE) -> str:
        """Run one statement with psql on a server; its output, unaligned."""
        return psql(port, statement, database=database)

    def pause_replay(self) -> None:
        """The replica keeps receiving WAL but applies none of it (its data stands still)."""
        self.sql(self.replica_port, "SELECT pg_wal_replay_pause()")

    def resume_replay(self) -> None:
        """The replica applies WAL again."""
        self.sql(self.replica_port, "SELECT pg_wal_replay_resume()")

    def wait_replayed(self, timeout: float = 30) -> None:
        """Wait until the replica has replayed everything the primary has written now."""
        wait_replayed(("127.0.0.1", self.primary_port), ("127.0.0.1", self.replica_port), timeout)


@pytest.fixture(scope="module")
def pg_cluster() -> Iterator[PgCluster]:
    """A primary with the migrated `dvk` database and a streaming replica of it, for this module's tests."""
    if os.environ.get("DVK_TEST_DATABASE", "sqlite") != "postgresql":
        pytest.skip("needs PostgreSQL; runs in the PostgreSQL half")
    missing = missing_tools()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing}; CI=true, so this is an error", pytrace=False)
        pytest.skip(missing)
    cluster = PgCluster()
    try:
        cluster.start()
    except BaseException:
        cluster.close()
        raise
    try:
        yield cluster
    finally:
        cluster.close()
