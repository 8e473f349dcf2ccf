"""Command line: dvk prestart | migrate | create-admin | seed-demo | export-openapi | blobs orphans | keys demo |
documents preview | worker."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.config import get_settings
from app.core.db import get_database
from app.core.migrations import upgrade
from app.core.security import hash_password

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def _ensure_data_dir() -> None:
    settings = get_settings()
    if not settings.database_url:
        settings.data_dir.mkdir(parents=True, exist_ok=True)


async def _seed_demo() -> str:
    from app.demo.data import database_is_empty, load_demo
    from app.demo.movement import load_demo_movement

    settings = get_settings()
    if settings.is_production:
        return "demo data is never loaded in production"
    async with get_database().sessionmaker() as session:
        if not await database_is_empty(session):
            return "database is not empty; demo data not loaded"
        units = await load_demo(session, settings.demo_password)
        await load_demo_movement(session, units)
        await session.commit()
    await get_database().dispose()
    return "demo data loaded"


async def _backfill_authority() -> str:
    from app.authority.sync import backfill_roles

    async with get_database().sessionmaker() as session:
        completed = await backfill_roles(session)
        await session.commit()
    await get_database().dispose()
    return f"authority: {completed} models given their reviewing and proposing units"


def _upgrade() -> None:
    """Migrate to head, then complete what the migrations cannot compute (the authority answer's units)."""
    upgrade()
    print("migrations: at head")
    print(asyncio.run(_backfill_authority()))


def prestart(args: argparse.Namespace) -> int:
    """Migrate to head, then load demo data into an empty database (never in production)."""
    _ensure_data_dir()
    _upgrade()
    settings = get_settings()
    if settings.load_demo and not settings.is_production:
        print(asyncio.run(_seed_demo()))
    return 0


def migrate(args: argparse.Namespace) -> int:
    """Apply migrations up to head (run once per deployment, not per replica)."""
    _ensure_data_dir()
    _upgrade()
    return 0


def seed_demo(args: argparse.Namespace) -> int:
    """Load demo data into an empty, migrated database."""
    _ensure_data_dir()
    upgrade()
    print(asyncio.run(_seed_demo()))
    return 0


async def _create_admin(username: str, full_name: str, password: str, unit_code: str) -> str:
    from app.auth.repository import user_by_username
    from app.models import RoleAssignment, User
    from app.units.repository import unit_by_code

    async with get_database().sessionmaker() as session:
        unit = await unit_by_code(session, unit_code)
        if unit is None:
            raise SystemExit(f"no unit with code {unit_code!r}")
        if await user_by_username(session, username):
            raise SystemExit(f"user {username!r} exists already")
        user = User(username=username, full_name=full_name, home_unit_id=unit.id, password_hash=hash_password(password))
        user.roles = [RoleAssignment(role="admin", unit_id=unit.id)]
        session.add(user)
        await session.commit()
    await get_database().dispose()
    return f"admin {username} created at {unit_code}"


def create_admin(args: argparse.Namespace) -> int:
    """Create an administrator bound to a unit (the first admin of a fresh installation)."""
    password = os.environ.get("DVK_ADMIN_PASSWORD") or getpass.getpass("Password: ")
    if len(password) < 10:
        print("the password must have at least 10 characters", file=sys.stderr)
        return 2
    print(asyncio.run(_create_admin(args.username.lower(), args.full_name, password, args.unit)))
    return 0


def export_openapi(args: argparse.Namespace) -> int:
    """Write the app's OpenAPI document (sorted, stable) to a file."""
    from app.main import create_app

    document = create_app().openapi()
    Path(args.output).write_text(
        json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {args.output}")
    return 0


async def _blob_orphans(delete: bool, grace_minutes: int) -> int:
    from datetime import timedelta

    from app.storage import get_store
    from app.storage.orphans import (
        DEFAULT_TEMP_GRACE,
        delete_orphans,
        find_orphans,
        find_stale_temp_files,
        sweep_temp_files,
    )

    store = get_store()
    async with get_database().sessionmaker() as session:
        orphans = await find_orphans(session, store, grace=timedelta(minutes=grace_minutes))
        for orphan in orphans:
            when = orphan.stored_at.isoformat(timespec="seconds") if orphan.stored_at else "-"
            print(f"{orphan.key}\t{orphan.size if orphan.size is not None else '-'}\t{when}")
        total = sum(o.size or 0 for o in orphans)
        print(f"{len(orphans)} orphaned blob(s), {total} bytes", file=sys.stderr)
        if delete and orphans:
            deleted = await delete_orphans(session, store, orphans)
            print(f"deleted {deleted} blob(s)", file=sys.stderr)
    await get_database().dispose()
    # Upload temp files of killed workers (data_dir/tmp/*.part), with the temp files' own grace period.
    temp_grace = timedelta(minutes=min(grace_minutes, int(DEFAULT_TEMP_GRACE.total_seconds() // 60)))
    stale = sweep_temp_files(grace=temp_grace) if delete else find_stale_temp_files(grace=temp_grace)
    for item in stale:
        print(f"{item.path}\t{item.size}\t{item.modified_at.isoformat(timespec='seconds')}")
    print(
        f"{len(stale)} stale upload temp file(s), {sum(i.size for i in stale)} bytes"
        + (" (deleted)" if delete and stale else ""),
        file=sys.stderr,
    )
    return 0


def blob_orphans(args: argparse.Namespace) -> int:
    """List (and with --delete remove) stored blobs that no evidence row references."""
    return asyncio.run(_blob_orphans(args.delete, args.min_age_minutes))


async def _work(concurrency: int | None, once: bool, metrics_host: str, metrics_port: int | None) -> int:
    import signal

    from app.background import worker_registry
    from app.worker.runner import Worker

    worker = Worker(get_database(), worker_registry(), concurrency=concurrency)
    if metrics_port:
        from prometheus_client import start_http_server

        start_http_server(metrics_port, addr=metrics_host)
    if once:
        print(f"{await worker.run_once()} job(s) run")
        await get_database().dispose()
        return 0
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def _signalled() -> None:
        # The first signal: stop claiming, let the jobs in hand finish (grace period), release the rest.
        # A second one: release them now.
        (worker.hurry if stop.is_set() else stop).set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, _signalled)
    try:
        await worker.run(stop)
    finally:
        await get_database().dispose()
    return 0


async def demo_signing_units(session: AsyncSession) -> list[tuple[int, str]]:
    """(id, name) of the demo units that sign documents (demo_ca.SIGNING_KINDS), those the database holds."""
    from app.demo.data import DEMO_TREE, U
    from app.documents.demo_ca import SIGNING_KINDS
    from app.units.repository import unit_by_code

    def walk(unit: U) -> list[U]:
        return [unit, *(d for child in unit.children for d in walk(child))]

    found = []
    for demo in walk(DEMO_TREE):
        unit = await unit_by_code(session, demo.code) if demo.kind in SIGNING_KINDS else None
        if unit is not None:
            found.append((unit.id, unit.name))
    return found


async def _demo_signing_units() -> list[tuple[int, str]]:
    async with get_database().sessionmaker() as session:
        found = await demo_signing_units(session)
    await get_database().dispose()
    return found


def keys_demo(args: argparse.Namespace) -> int:
    """Create (or complete) the demo CA and a certificate per demo committee in the key store folder."""
    from types import SimpleNamespace

    from app.documents.demo_ca import ensure_demo_keystore

    settings = get_settings()
    if settings.is_production:
        print("the demo certificate authority is never used in production", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else settings.effective_keystore_dir
    units = asyncio.run(_demo_signing_units())
    if not units:
        print("no demo unit in the database: load the demo data first (dvk seed-demo)", file=sys.stderr)
        return 1
    ensure_demo_keystore(out, [SimpleNamespace(id=i, name=n) for i, n in units])
    print(f"demo key store at {out}: the root in trust/, {len(units)} unit certificate(s)")
    return 0


def documents_preview(args: argparse.Namespace) -> int:
    """Render a kind of document with the sample data and the configured templates (a locality's check)."""
    from app.documents.errors import DocumentEngineError
    from app.documents.render import render_pdf
    from app.documents.samples import sample_context

    try:
        pdf = render_pdf(args.kind, sample_context(args.kind), verification_code="MAU-0000", verify_url=args.url)
    except DocumentEngineError as exc:
        print(exc, file=sys.stderr)
        return 1
    Path(args.out).write_bytes(pdf)
    print(f"wrote {args.out} ({len(pdf)} bytes)")
    return 0


def _concurrency(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 64:
        raise argparse.ArgumentTypeError("between 1 and 64")
    return number


def worker(args: argparse.Namespace) -> int:
    """Run the background worker (webhook deliveries, scheduled jobs) until SIGTERM/SIGINT."""
    return asyncio.run(_work(args.concurrency, args.once, args.metrics_host, args.metrics_port))


def _document_kinds() -> tuple[str, ...]:
    from app.documents.contexts import KINDS

    return KINDS


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `dvk` command."""
    parser = argparse.ArgumentParser(prog="dvk")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("prestart", help="migrate, then load demo data if the database is empty").set_defaults(func=prestart)
    sub.add_parser("migrate", help="apply migrations up to head").set_defaults(func=migrate)
    sub.add_parser("seed-demo", help="load demo data into an empty database").set_defaults(func=seed_demo)
    p = sub.add_parser("create-admin", help="create an admin (password from DVK_ADMIN_PASSWORD or a prompt)")
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--unit", required=True, help="code of the unit the admin role is bound to")
    p.set_defaults(func=create_admin)
    p = sub.add_parser("export-openapi", help="write the OpenAPI document")
    p.add_argument("--output", default="openapi/openapi.json")
    p.set_defaults(func=export_openapi)
    blobs = sub.add_parser("blobs", help="maintenance of the evidence blob store").add_subparsers(
        dest="blobs_command", required=True
    )
    p = blobs.add_parser(
        "orphans",
        help="list stored blobs no evidence references (key, size, stored at), "
        "then upload temp files killed workers left in data_dir/tmp",
    )
    p.add_argument("--delete", action="store_true", help="remove them too")
    p.add_argument(
        "--min-age-minutes",
        type=int,
        default=60,
        help="spare blobs younger than this (uploads in flight); default 60. Temp files are "
        "spared for at most 15 minutes since their last write",
    )
    p.set_defaults(func=blob_orphans)
    keys = sub.add_parser("keys", help="the signing key store").add_subparsers(dest="keys_command", required=True)
    p = keys.add_parser("demo", help="make the demo CA and a certificate per demo committee (never in production)")
    p.add_argument("--out", help="the key store folder (default DVK_SIGNING_KEYSTORE_DIR, or data_dir/signing)")
    p.set_defaults(func=keys_demo)
    documents = sub.add_parser("documents", help="generated documents").add_subparsers(
        dest="documents_command", required=True
    )
    p = documents.add_parser("preview", help="render a kind with sample data and the configured templates")
    p.add_argument("kind", choices=list(_document_kinds()))
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--url", default="http://127.0.0.1:8000/api/v1/public/verify/MAU-0000", help="the QR code's URL")
    p.set_defaults(func=documents_preview)
    p = sub.add_parser("worker", help="run the background worker: webhook deliveries and scheduled jobs")
    p.add_argument("--concurrency", type=_concurrency, help="jobs at once, 1-64 (default DVK_WORKER_CONCURRENCY)")
    p.add_argument("--once", action="store_true", help="run the jobs due now, then exit")
    p.add_argument("--metrics-port", type=int, help="serve this worker's Prometheus metrics on this port")
    p.add_argument("--metrics-host", default="127.0.0.1", help="address for --metrics-port (default 127.0.0.1)")
    p.set_defaults(func=worker)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
