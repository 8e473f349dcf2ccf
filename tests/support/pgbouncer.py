"""A PgBouncer the test starts itself (Debian's `pgbouncer`, installed by .ci/run), in transaction pooling mode
with a tiny server pool, so many client connections share few server connections: what breaks prepared
statements and session state if the app does not expect it. Its own ini, folder and loopback port; it forwards
every database name (`*`) to the server it is given (the shared one on 5432, or a test cluster's primary) as
`postgres`, trusted. PgBouncer refuses to run as root: as root it runs as the `postgres` user.

`pgbouncer` is a module-scoped fixture (import it into the test module) pointing at the harness's server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.support.live_server import free_port

# Debian installs it in /usr/sbin, which a non-root PATH may lack.
BINARY = os.environ.get("DVK_TEST_PGBOUNCER") or shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
OWNER = "postgres"
SERVER_POOL = 3  # server connections per (database, user): far fewer than the app's clients

INI = """
[databases]
* = host={host} port={port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {listen}
unix_socket_dir =
auth_type = trust
auth_file = {root}/userlist.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = {pool}
min_pool_size = 0
reserve_pool_size = 0
max_client_conn = 400
server_reset_query =
logfile = {root}/pgbouncer.log
pidfile = {root}/pgbouncer.pid
"""


class PgBouncer:
    """One PgBouncer process in front of `host:port` (see the module's docstring)."""

    def __init__(self, host: str, port: int, *, pool: int = SERVER_POOL) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dvk-pgbouncer-"))
        self.port = free_port()
        (self.root / "userlist.txt").write_text('"postgres" ""\n')
        self.ini = self.root / "pgbouncer.ini"
        self.ini.write_text(INI.format(host=host, port=port, listen=self.port, root=self.root, pool=pool))
        self.as_owner = os.geteuid() == 0
        if self.as_owner:
            owner = pwd.getpwnam(OWNER)
            for path in (self.root, self.root / "userlist.txt", self.ini):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15) -> PgBouncer:
        """Start it and wait until it listens."""
        owner = OWNER if self.as_owner else None
        self.process = subprocess.Popen(
            [BINARY, str(self.ini)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, user=owner, group=owner
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                said = self.process.stderr.read().decode() if self.process.stderr else ""
                raise RuntimeError(f"pgbouncer exited: {said}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"pgbouncer did not listen on {self.port}")

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL) and remove its folder."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database_url: str) -> str:
        """`database_url` reached through PgBouncer (its host and port replaced)."""
        scheme, rest = database_url.split("://", 1)
        credentials, _, tail = rest.rpartition("@")
        _, _, path = tail.partition("/")
        return f"{scheme}://{credentials + '@' if credentials else ''}127.0.0.1:{self.port}/{path}"

    def log(self) -> str:
        """What PgBouncer logged (its errors name the clients' mistakes)."""
        path = self.root / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else ""


def installed() -> bool:
    """Whether the binary is there."""
    return shutil.which(BINARY) is not None


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
