"""A PostgreSQL primary and a streaming replica of it, made and started by the test itself on free loopback ports,
for the read-replica and connection-pooler tests. The shared server on 5432 is never touched.

`initdb` makes the primary (wal_level=replica, a trusted replication entry for 127.0.0.1), `pg_ctl` starts it,
the `dvk` database is created and migrated, then `pg_basebackup -R` copies it into a hot standby on another port
that streams from it. PostgreSQL refuses to run as root: as root every command runs as the `postgres` user
(`runuser`), and the folders are given to that user. `pg_cluster` is a module-scoped fixture (import it into the
test module): both servers are stopped and their folders removed when the module's tests are done.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.live_server import free_port

PG_BIN = Path(os.environ.get("DVK_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
DATABASE = "dvk"
OWNER = "postgres"  # the user the servers run as when the tests run as root

PRIMARY_CONF = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{sockets}'
max_connections = 80
shared_buffers = 32MB
wal_level = replica
max_wal_senders = 5
hot_standby = on
fsync = off
full_page_writes = off
logging_collector = off
"""


def _as_owner(command: list[str]) -> list[str]:
    """The command as run by the servers' owner (`postgres` when we are root)."""
    return ["runuser", "-u", OWNER, "--", *command] if os.geteuid() == 0 else command


def _run(command: list[str], timeout: float = 60) -> str:
    done = subprocess.run(_as_owner(command), capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


class PgCluster:
    """A primary and its streaming replica in a temporary folder (see the module's docstring)."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dvk-pg-cluster-"))
        if os.geteuid() == 0:
            owner = pwd.getpwnam(OWNER)
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
        self.primary_dir = self.root / "primary"
        self.replica_dir = self.root / "replica"
        self.primary_port = free_port()
        self.replica_port = free_port()

    # -- addresses ---------------------------------------------------------------------------------------------

    @staticmethod
    def url(port: int, database: str = DATABASE) -> str:
        """The SQLAlchemy URL of a database on one of the servers (user postgres, trusted)."""
        return f"postgresql+asyncpg://postgres@127.0.0.1:{port}/{database}"

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

        _run([str(PG_BIN / "initdb"), "-D", str(self.primary_dir), "-A", "trust", "-U", "postgres", "--no-sync"])
        with (self.primary_dir / "postgresql.conf").open("a") as conf:
            conf.write(PRIMARY_CONF.format(port=self.primary_port, sockets=self.root))
        with (self.primary_dir / "pg_hba.conf").open("a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        self._pg_ctl(self.primary_dir, "start")
        self.sql(self.primary_port, f"CREATE DATABASE {DATABASE}", database="postgres")
        upgrade(self.primary_url)
        _run(
            [
                str(PG_BIN / "pg_basebackup"),
                *("-h", "127.0.0.1", "-p", str(self.primary_port), "-U", "postgres"),
                *("-D", str(self.replica_dir), "-R", "-X", "stream", "-c", "fast", "--no-sync"),
            ]
        )
        with (self.replica_dir / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {self.replica_port}\n")
        self.start_replica()
        self.wait_replayed()
        return self

    def _pg_ctl(self, data: Path, action: str, *extra: str) -> None:
        log = self.root / f"{data.name}.log"
        _run([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", action, *extra])

    def start_replica(self) -> None:
        """Start (or start again) the replica."""
        self._pg_ctl(self.replica_dir, "start")

    def stop_replica(self) -> None:
        """Stop the replica at once (fast shutdown: its connections are closed)."""
        self._pg_ctl(self.replica_dir, "stop", "-m", "fast")

    def close(self) -> None:
        """Stop both servers and remove their folders."""
        for data in (self.replica_dir, self.primary_dir):
            if (data / "postmaster.pid").exists():
                try:
                    self._pg_ctl(data, "stop", "-m", "immediate")
                except RuntimeError as exc:
                    print(f"could not stop {data}: {exc}")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- statements --------------------------------------------------------------------------------------------

    def sql(self, port: int, statement: str, *, database: str = DATABASE) -> str:
        """Run one statement with psql on a server; its output, unaligned."""
        command = [str(PG_BIN / "psql"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", database]
        return _run([*command, "-v", "ON_ERROR_STOP=1", "-Atc", statement]).strip()

    def pause_replay(self) -> None:
        """The replica keeps receiving WAL but applies none of it (its data stands still)."""
        self.sql(self.replica_port, "SELECT pg_wal_replay_pause()")

    def resume_replay(self) -> None:
        """The replica applies WAL again."""
        self.sql(self.replica_port, "SELECT pg_wal_replay_resume()")

    def wait_replayed(self, timeout: float = 30) -> None:
        """Wait until the replica has replayed everything the primary has written now."""
        target = self.sql(self.primary_port, "SELECT pg_current_wal_insert_lsn()")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                done = self.sql(self.replica_port, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn")
            except RuntimeError:
                done = "f"  # still starting
            if done == "t":
                return
            time.sleep(0.05)
        raise RuntimeError(f"the replica did not replay up to {target} within {timeout} s")


def _missing_tools() -> str | None:
    for tool in ("initdb", "pg_ctl", "pg_basebackup", "psql"):
        if not (PG_BIN / tool).exists():
            return f"{PG_BIN / tool} is missing (PostgreSQL's server binaries; DVK_TEST_PG_BIN names their folder)"
    return None


@pytest.fixture(scope="module")
def pg_cluster() -> Iterator[PgCluster]:
    """A primary with the migrated `dvk` database and a streaming replica of it, for this module's tests."""
    if os.environ.get("DVK_TEST_DATABASE", "sqlite") != "postgresql":
        pytest.skip("needs PostgreSQL; runs in the PostgreSQL half")
    missing = _missing_tools()
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
