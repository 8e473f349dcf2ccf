"""Database topologies for the benchmark (issue 21), started on free loopback ports and removed afterwards.

- a PgBouncer in transaction pooling mode in front of a PostgreSQL server (Debian's `pgbouncer`);
- a streaming replica of a PostgreSQL cluster, made by `pg_basebackup -R` (a hot standby on another port);
- a primary of our own (`initdb` on a free port, configured like a stock server) holding a copy of a database
  (`pg_dump -Fd -j N`, then `pg_restore -j N` and `vacuumdb --analyze`), for the replica run: the shared
  server is never reconfigured, so a replica is made of a cluster we started ourselves.

`scripts/benchmark.py --pgbouncer / --with-replica / --replica-url` use the first two for one run; the test
harness uses the same classes (`tests/support/pg_cluster.py`, `tests/support/pgbouncer.py`). PostgreSQL and
PgBouncer refuse to run as root: as root, servers run as the `postgres` user (`runuser`) and their folders are
given to it. Nothing here needs pytest.

Command line (the primary outlives the command; `stop` removes it):

  python scripts/bench_topology.py primary --copy-from postgresql://postgres@127.0.0.1:5432/dvk_national \\
      --dir /var/tmp/dvk-bench-primary [--port 55432] [--jobs 2]
  python scripts/bench_topology.py stop --dir /var/tmp/dvk-bench-primary
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PG_BIN = Path(os.environ.get("DVK_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
OWNER = "postgres"  # the user servers run as when we are root
# Debian installs PgBouncer in /usr/sbin, which a non-root PATH may lack.
PGBOUNCER = os.environ.get("DVK_TEST_PGBOUNCER") or shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"

# What every server we start has: loopback only, its own socket folder, replication allowed (a replica can be
# made of it). `extra` is the caller's (the tests' primary turns fsync off; the benchmark's primary keeps the
# stock durability and memory settings, like the shared server's).
SERVER_CONF = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{sockets}'
wal_level = replica
max_wal_senders = 5
hot_standby = on
logging_collector = off
{extra}
"""


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_owner(command: list[str]) -> list[str]:
    """The command as run by the servers' owner (`postgres` when we are root)."""
    return ["runuser", "-u", OWNER, "--", *command] if os.geteuid() == 0 else command


def run(command: list[str], timeout: float = 60, *, owner: bool = True) -> str:
    """Run a command (as the servers' owner unless `owner=False`); its output, or RuntimeError with its stderr."""
    done = subprocess.run(
        as_owner(command) if owner else command, capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def owned_tempdir(prefix: str) -> Path:
    """A new temporary folder the servers' owner may write."""
    root = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        owner = pwd.getpwnam(OWNER)
        os.chown(root, owner.pw_uid, owner.pw_gid)
    return root


def missing_tools(*tools: str) -> str | None:
    """Why PostgreSQL's server binaries cannot be used, or None."""
    for tool in tools or ("initdb", "pg_ctl", "pg_basebackup", "psql"):
        if not (PG_BIN / tool).exists():
            return f"{PG_BIN / tool} is missing (PostgreSQL's server binaries; DVK_TEST_PG_BIN names their folder)"
    return None


def sqlalchemy_url(port: int, database: str, host: str = "127.0.0.1") -> str:
    """The app's URL of a database (user postgres, trusted)."""
    return f"postgresql+asyncpg://postgres@{host}:{port}/{database}"


def with_server(url: str, host: str, port: int) -> str:
    """`url` with its host and port replaced (scheme, credentials and database kept)."""
    scheme, rest = url.split("://", 1)
    credentials, _, tail = rest.rpartition("@")
    _, _, path = tail.partition("/")
    return f"{scheme}://{credentials + '@' if credentials else ''}{host}:{port}/{path}"


def _where(url: str) -> tuple[str, int, str]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or 5432, parts.path.lstrip("/")


# --- PostgreSQL servers ------------------------------------------------------------------------------------------


@dataclass
class PgServer:
    """One PostgreSQL server: a data folder, a port, a log beside the folder."""

    data: Path
    port: int

    @property
    def log(self) -> Path:
        """The server's log (pg_ctl -l)."""
        return self.data.parent / f"{self.data.name}.log"

    def url(self, database: str) -> str:
        """The app's URL of a database on this server."""
        return sqlalchemy_url(self.port, database)

    @property
    def running(self) -> bool:
        """Whether it has a postmaster (as far as its pid file says)."""
        return (self.data / "postmaster.pid").exists()

    def init(self, extra_conf: str = "") -> PgServer:
        """`initdb` the folder (trust for local and replication connections from 127.0.0.1)."""
        run([str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync"])
        self._configure(extra_conf)
        with (self.data / "pg_hba.conf").open("a") as hba:
            hba.write("host replication all 127.0.0.1/32 trust\n")
        return self

    def _configure(self, extra_conf: str) -> None:
        conf = self.data / "postgresql.conf"
        with conf.open("a") as out:
            out.write(SERVER_CONF.format(port=self.port, sockets=self.data.parent, extra=extra_conf))
        if os.geteuid() == 0:
            owner = pwd.getpwnam(OWNER)
            os.chown(conf, owner.pw_uid, owner.pw_gid)

    @classmethod
    def replica_of(cls, host: str, port: int, data: Path, *, replica_port: int | None = None) -> PgServer:
        """A hot standby of the cluster at host:port, copied by `pg_basebackup -R` into `data` (not started).

        The primary must allow replication connections from here (a server made by `init` does)."""
        run(
            [
                str(PG_BIN / "pg_basebackup"),
                *("-h", host, "-p", str(port), "-U", "postgres"),
                *("-D", str(data), "-R", "-X", "stream", "-c", "fast", "--no-sync"),
            ],
            timeout=3600,
        )
        server = cls(data, replica_port or free_port())
        # The address is ours; a standby must allow at least what its primary does (PostgreSQL refuses to replay
        # otherwise), and a Debian cluster's settings live outside the copied folder: read them from the primary.
        at_least = "\n".join(
            f"{name} = {psql(port, f'SHOW {name}', host=host)}"
            for name in (
                "max_connections",
                "max_worker_processes",
                "max_wal_senders",
                "max_prepared_transactions",
                "max_locks_per_transaction",
            )
        )
        server._configure(at_least)
        hba = data / "pg_hba.conf"
        if not hba.exists():  # a Debian cluster keeps it in /etc/postgresql/…, outside the copied folder
            hba.write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n", "utf-8")
            if os.geteuid() == 0:
                owner = pwd.getpwnam(OWNER)
                os.chown(hba, owner.pw_uid, owner.pw_gid)
        return server

    def pg_ctl(self, action: str, *extra: str) -> None:
        """pg_ctl on this server, waiting for it."""
        run([str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "120", action, *extra])

    def start(self) -> PgServer:
        """Start it."""
        self.pg_ctl("start")
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop it (`fast`: its connections are closed; `immediate`: no shutdown checkpoint)."""
        if self.running:
            try:
                self.pg_ctl("stop", "-m", mode)
            except RuntimeError as exc:
                print(f"could not stop {self.data}: {exc}", file=sys.stderr)

    def sql(self, statement: str, *, database: str = "postgres") -> str:
        """Run one statement with psql; its output, unaligned."""
        return psql(self.port, statement, database=database)


def psql(port: int, statement: str, *, database: str = "postgres", host: str = "127.0.0.1") -> str:
    """One statement through psql as postgres; its output, unaligned, without the trailing newline."""
    command = [str(PG_BIN / "psql"), "-h", host, "-p", str(port), "-U", "postgres", "-d", database]
    return run([*command, "-v", "ON_ERROR_STOP=1", "-Atc", statement], owner=False).strip()


def wait_replayed(primary: tuple[str, int], replica: tuple[str, int], timeout: float = 30) -> None:
    """Wait until the replica has replayed everything the primary has written now."""
    target = psql(primary[1], "SELECT pg_current_wal_insert_lsn()", host=primary[0])
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            done = psql(replica[1], f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", host=replica[0])
        except RuntimeError:
            done = "f"  # still starting
        if done == "t":
            return
        time.sleep(0.05)
    raise RuntimeError(f"the replica did not replay up to {target} within {timeout} s")


@contextlib.contextmanager
def replica_of(database_url: str) -> Iterator[str]:
    """A streaming replica of the cluster holding `database_url`, for the block; yields the same database on it.

    The copy is the whole cluster (pg_basebackup), in a temporary folder removed afterwards with the server."""
    host, port, _ = _where(database_url)
    root = owned_tempdir("dvk-bench-replica-")
    server: PgServer | None = None
    try:
        started = time.monotonic()
        server = PgServer.replica_of(host, port, root / "replica").start()
        wait_replayed((host, port), ("127.0.0.1", server.port), timeout=300)
        print(f"replica of {host}:{port} on 127.0.0.1:{server.port}, made in {time.monotonic() - started:.0f} s")
        yield with_server(database_url, "127.0.0.1", server.port)
    finally:
        if server is not None:
            server.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def replica_transactions(replica_url: str) -> int:
    """Transactions the replica has run in the URL's database (each read outside a transaction is one)."""
    host, port, database = _where(replica_url)
    return int(
        psql(port, f"SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{database}'", host=host)
        or 0
    )


# --- a primary of our own with a copy of a database --------------------------------------------------------------

# Like a stock PostgreSQL 15 (the shared server keeps its defaults: 128 MB of shared buffers, fsync on), so the
# figures on it compare with the shared server's.
PRIMARY_CONF = "max_connections = 100\n"


def make_primary(root: Path, port: int, copy_from: str, *, jobs: int = 2) -> str:
    """initdb a primary in `root`, start it on `port` and copy `copy_from`'s database into it (schema, data,
    statistics refreshed by VACUUM ANALYZE); the app's URL of the copy. It keeps running: `stop_primary`."""
    host, source_port, database = _where(copy_from)
    root.mkdir(parents=True, exist_ok=False)
    if os.geteuid() == 0:
        owner = pwd.getpwnam(OWNER)
        os.chown(root, owner.pw_uid, owner.pw_gid)
    server = PgServer(root / "primary", port).init(PRIMARY_CONF).start()
    server.sql(f'CREATE DATABASE "{database}"')
    dump = root / "dump"
    timings = {}
    started = time.monotonic()
    client = ["-h", host, "-p", str(source_port), "-U", "postgres"]
    run([str(PG_BIN / "pg_dump"), *client, "-Fd", "-j", str(jobs), "-f", str(dump), database], 7200, owner=False)
    timings["pg_dump"] = time.monotonic() - started
    target = ["-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", database]
    run([str(PG_BIN / "pg_restore"), *target, "-j", str(jobs), "--no-owner", str(dump)], 7200, owner=False)
    timings["pg_restore"] = time.monotonic() - started - timings["pg_dump"]
    shutil.rmtree(dump, ignore_errors=True)
    run([str(PG_BIN / "vacuumdb"), *target[:-2], "--analyze", "-j", str(jobs), database], 7200, owner=False)
    timings["vacuum analyze"] = time.monotonic() - started - timings["pg_dump"] - timings["pg_restore"]
    print(", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    return server.url(database)


def stop_primary(root: Path) -> None:
    """Stop the primary `make_primary` made in `root` and remove the folder."""
    server = PgServer(root / "primary", 0)
    server.stop("fast")
    shutil.rmtree(root, ignore_errors=True)


# --- PgBouncer ---------------------------------------------------------------------------------------------------

PGBOUNCER_INI = """
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


def pgbouncer_installed() -> bool:
    """Whether the PgBouncer binary is there."""
    return shutil.which(PGBOUNCER) is not None


class PgBouncer:
    """One PgBouncer process in transaction pooling mode in front of `host:port`, on its own loopback port, with
    its own ini and folder; it forwards every database name (`*`) as `postgres`, trusted, and keeps `pool` server
    connections per (database, user)."""

    def __init__(self, host: str, port: int, *, pool: int) -> None:
        self.root = owned_tempdir("dvk-pgbouncer-")
        self.port = free_port()
        (self.root / "userlist.txt").write_text('"postgres" ""\n')
        self.ini = self.root / "pgbouncer.ini"
        self.ini.write_text(PGBOUNCER_INI.format(host=host, port=port, listen=self.port, root=self.root, pool=pool))
        self.as_owner = os.geteuid() == 0
        if self.as_owner:
            owner = pwd.getpwnam(OWNER)
            for path in (self.root / "userlist.txt", self.ini):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15) -> PgBouncer:
        """Start it and wait until it listens."""
        owner = OWNER if self.as_owner else None
        self.process = subprocess.Popen(
            [PGBOUNCER, str(self.ini)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, user=owner, group=owner
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
        return with_server(database_url, "127.0.0.1", self.port)

    def transactions(self, database: str) -> int:
        """How many transactions it has carried for `database` (its admin console's SHOW STATS)."""
        for line in psql(self.port, "SHOW STATS", database="pgbouncer").splitlines():
            fields = line.split("|")
            if fields[0] == database:
                return int(fields[1])  # total_xact_count
        return 0

    def log(self) -> str:
        """What PgBouncer logged (its errors name the clients' mistakes)."""
        path = self.root / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else ""


@contextlib.contextmanager
def pgbouncer_in_front(database_url: str, *, pool: int) -> Iterator[PgBouncer]:
    """A PgBouncer (transaction pooling, `pool` server connections) in front of `database_url`'s server."""
    host, port, _ = _where(database_url)
    bouncer = PgBouncer(host, port, pool=pool).start()
    try:
        yield bouncer
    finally:
        bouncer.stop()


# --- what scripts/benchmark.py asks for --------------------------------------------------------------------------


@dataclass
class Topology:
    """What the API is pointed at for a run: its settings, a description, and counters read around each load
    (the replica's transactions, PgBouncer's) that show where the load went."""

    env: dict[str, str] = field(default_factory=dict)
    description: list[str] = field(default_factory=list)
    counters: dict[str, Any] = field(default_factory=dict)  # label -> () -> int

    def read(self) -> dict[str, int]:
        """Every counter now."""
        return {label: read() for label, read in self.counters.items()}

    def note(self, before: dict[str, int]) -> str:
        """How far each counter moved since `before`, e.g. "replica 12 034 xacts"."""
        now = self.read()
        return ", ".join(f"{label} {now[label] - before[label]:,} xacts" for label in self.counters)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The benchmark's topology options."""
    group = parser.add_argument_group(
        "topology (issue 21; the floor app and the preparation always read --database-url directly)"
    )
    group.add_argument(
        "--pgbouncer",
        action="store_true",
        help="start a PgBouncer (transaction pooling, Debian's pgbouncer) on a free port in front of the "
        "--database-url's server (and another in front of the replica, if any) and run the API through it "
        "with DVK_DATABASE_POOLER=pgbouncer; stopped at the end",
    )
    group.add_argument(
        "--pgbouncer-pool",
        type=int,
        default=20,
        metavar="N",
        help="PgBouncer's server connections per database (default_pool_size; default 20)",
    )
    group.add_argument(
        "--unnamed-statements",
        action="store_true",
        help="DVK_DATABASE_POOLER=pgbouncer without a PgBouncer: the API prepares every statement unnamed (no "
        "plan reuse) against the server directly; with --pgbouncer, this splits its cost from the pooler's hop",
    )
    replica = group.add_mutually_exclusive_group()
    replica.add_argument(
        "--replica-url",
        metavar="URL",
        help="DVK_DATABASE_REPLICA_URL: the API's GET requests read from this streaming replica of --database-url",
    )
    replica.add_argument(
        "--with-replica",
        action="store_true",
        help="make a streaming replica of the --database-url's cluster for this run (pg_basebackup -R into a "
        "temporary folder, started on a free port, removed at the end) and read from it; the cluster must allow "
        "replication from 127.0.0.1 (one made by `scripts/bench_topology.py primary` does; the shared server "
        "is not to be reconfigured for it)",
    )


@contextlib.contextmanager
def started(args: argparse.Namespace, database_url: str) -> Iterator[Topology]:
    """Start what the options ask for; yields the API's settings and counters; stops everything afterwards."""
    topo = Topology(env={"DVK_DATABASE_URL": database_url})
    with contextlib.ExitStack() as stack:
        replica_url = args.replica_url
        if args.with_replica:
            replica_url = stack.enter_context(replica_of(database_url))
        if replica_url:
            topo.env["DVK_DATABASE_REPLICA_URL"] = replica_url
            topo.description.append(f"reads (GET) from the replica {_where(replica_url)[:2]}")
            topo.counters["replica"] = lambda url=replica_url: replica_transactions(url)
        if args.pgbouncer:
            primary = stack.enter_context(pgbouncer_in_front(database_url, pool=args.pgbouncer_pool))
            topo.env["DVK_DATABASE_URL"] = primary.url(database_url)
            # the caller cache LISTENs on a direct connection (as docker-compose.yml sets it): LISTEN cannot go
            # through transaction pooling
            topo.env["DVK_DATABASE_LISTEN_URL"] = database_url
            name = _where(database_url)[2]
            topo.counters["pgbouncer"] = lambda b=primary, n=name: b.transactions(n)
            if replica_url:
                second = stack.enter_context(pgbouncer_in_front(replica_url, pool=args.pgbouncer_pool))
                topo.env["DVK_DATABASE_REPLICA_URL"] = second.url(replica_url)
                topo.counters["pgbouncer (replica)"] = lambda b=second, n=name: b.transactions(n)
            topo.description.append(
                f"through PgBouncer {pgbouncer_version()} (transaction pooling, {args.pgbouncer_pool} server "
                "connections per database)"
            )
        if args.pgbouncer or args.unnamed_statements:
            topo.env["DVK_DATABASE_POOLER"] = "pgbouncer"
            topo.description.append("DVK_DATABASE_POOLER=pgbouncer: unnamed statements, no plan reuse")
        if not topo.description:
            topo.description.append("direct to the database, prepared statements reused")
        yield topo


def pgbouncer_version() -> str:
    """PgBouncer's version, e.g. "1.18.0"."""
    try:
        out = subprocess.run([PGBOUNCER, "--version"], capture_output=True, text=True, timeout=10, check=False)
    except OSError:
        return "?"
    return out.stdout.split()[1] if out.stdout.startswith("PgBouncer") else "?"


# --- command line ------------------------------------------------------------------------------------------------


def main() -> None:
    """`primary` (make and start one, copying a database into it) and `stop`."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__
    )
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("primary", help="initdb a primary on a free (or given) port and copy a database into it")
    make.add_argument("--copy-from", required=True, metavar="URL", help="the database to copy (pg_dump)")
    make.add_argument("--dir", type=Path, required=True, help="a new folder for the cluster (removed by `stop`)")
    make.add_argument("--port", type=int, default=0, help="its port (default: a free one)")
    make.add_argument("--jobs", type=int, default=2, help="parallel jobs for pg_dump, pg_restore and vacuumdb")
    stop = sub.add_parser("stop", help="stop a primary made by `primary` and remove its folder")
    stop.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "primary":
        if missing := missing_tools("initdb", "pg_ctl", "pg_dump", "pg_restore", "vacuumdb", "psql"):
            raise SystemExit(missing)
        if args.dir.exists():
            raise SystemExit(f"{args.dir} exists: give a new folder")
        started_at = time.monotonic()
        try:
            url = make_primary(args.dir, args.port or free_port(), args.copy_from, jobs=args.jobs)
        except BaseException:
            stop_primary(args.dir)
            raise
        print(f"made in {time.monotonic() - started_at:.0f} s; running: {url}")
        print(f"stop and remove it: python scripts/bench_topology.py stop --dir {args.dir}")
    else:
        stop_primary(args.dir)


if __name__ == "__main__":
    main()
