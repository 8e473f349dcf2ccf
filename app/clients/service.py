"""The rules of managing service clients.

An administrator manages the clients whose unit lies in a subtree where they manage users
(Permission.MANAGE_USERS); the others are invisible to them (404). They hand a client only scopes they could
use themselves at the client's unit (policy.scopes.scopes_beyond: 422 `scope_exceeds_creator`). A client is
made with its account row in `users` (same id, a username no person can have, a password hash that never
verifies) so every column that records an actor records the client. Secrets are random, argon2-hashed and
shown once; a rotation gives the older ones an expiry (the overlap, bounded by a setting); revocation is for
good (suspension is `is_active: false`).
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.clients import repository as repo
from app.core import messages
from app.core.config import Settings
from app.core.errors import Conflict, NotFound, Unprocessable
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.core.security import hash_password
from app.core.writes import flush_versioned
from app.models import ServiceClient, ServiceClientCall, ServiceClientSecret, Unit, User
from app.models.clients import account_username
from app.policy.permissions import Permission
from app.policy.principal import Caller
from app.policy.scopes import ClientScope, scopes_beyond

CLIENT_NOT_FOUND = Text("Không tìm thấy ứng dụng tích hợp.", "The service client was not found.")
SCOPE_BEYOND = Text(
    "Bạn không thể cấp cho ứng dụng phạm vi quyền mà chính bạn không có tại đơn vị này: {scopes}.",
    "You cannot give the client scopes you do not hold yourself at this unit: {scopes}.",
)
CLIENT_REVOKED = Text(
    "Ứng dụng tích hợp đã bị thu hồi vĩnh viễn; hãy tạo ứng dụng mới.",
    "The service client was revoked for good; create a new one.",
)
OVERLAP_TOO_LONG = Text(
    "Thời gian khóa cũ còn hiệu lực tối đa {limit} giây.", "The old secrets may keep working at most {limit} seconds."
)
# The password hash of a client's account row: not an argon2 hash, so no password ever verifies against it.
NO_PASSWORD = "!service-client"
SECRET_PREFIX = "dvkcs_"  # recognisable by secret scanners


def _now() -> datetime:
    return datetime.now(UTC)


def new_secret() -> str:
    """A new client secret: 256 random bits, URL-safe, with a recognisable prefix."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


async def get_client(session: AsyncSession, caller: Caller, client_id: uuid.UUID) -> ServiceClient:
    """A client the caller manages; 404 for every other, whether it exists or not."""
    client = await repo.get_client(session, caller, client_id)
    if client is None:
        raise NotFound(CLIENT_NOT_FOUND, code="service_client_not_found")
    return client


async def secrets_of(session: AsyncSession, client: ServiceClient) -> list[ServiceClientSecret]:
    """The client's live secrets, newest first."""
    return (await repo.live_secrets(session, [client.id], _now()))[client.id]


async def _unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """A unit in a subtree where the caller manages users (404 otherwise), open (409 otherwise)."""
    unit = await repo.get_unit(session, unit_id)
    if unit is None or not caller.scope.covers(unit.path, Permission.MANAGE_USERS):
        raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
    if not unit.is_active:
        raise Conflict(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit_id)
    return unit


def _check_scopes(caller: Caller, scopes: list[ClientScope], unit_path: str) -> None:
    """422 `scope_exceeds_creator` for scopes the caller could not use themselves at the unit."""
    beyond = [s.value for s in scopes_beyond(caller, scopes, unit_path)]
    if beyond:
        detail = SCOPE_BEYOND.render(scopes=", ".join(beyond))
        raise Unprocessable(
            SCOPE_BEYOND,
            code="scope_exceeds_creator",
            scopes=beyond,
            errors=[{"code": "scope_exceeds_creator", "pointer": "#/scopes", "detail": detail}],
            _scopes=", ".join(beyond),
        )


async def _add_secret(session: AsyncSession, caller: Caller, client_id: uuid.UUID) -> str:
    """Make a secret for the client; its plain text, to show once."""
    plain = new_secret()
    hashed = await asyncio.to_thread(hash_password, plain)
    session.add(
        ServiceClientSecret(
            client_id=client_id, secret_hash=hashed, hint=plain[-4:], created_at=_now(), created_by_id=caller.id
        )
    )
    return plain


async def create_client(
    session: AsyncSession, caller: Caller, name: str, description: str, unit_id: int, scopes: list[ClientScope]
) -> tuple[ServiceClient, str]:
    """Make a client at a unit the caller manages, with scopes the caller could use there; its first secret."""
    unit = await _unit(session, caller, unit_id)
    _check_scopes(caller, scopes, unit.path)
    client_id = uuid.uuid4()
    session.add(
        User(
            id=client_id,
            username=account_username(client_id),
            full_name=name,
            position="",
            home_unit_id=unit.id,
            password_hash=NO_PASSWORD,
            is_active=True,
        )
    )
    await flush_versioned(session)
    client = ServiceClient(
        id=client_id,
        name=name,
        description=description,
        unit_id=unit.id,
        scopes=sorted(s.value for s in scopes),
        is_active=True,
        created_by_id=caller.id,
    )
    session.add(client)
    await flush_versioned(session)
    plain = await _add_secret(session, caller, client.id)
    await flush_versioned(session)
    return client, plain


def _not_revoked(client: ServiceClient) -> None:
    if client.revoked_at is not None:
        raise Conflict(CLIENT_REVOKED, code="service_client_revoked")


async def _sync_account(session: AsyncSession, client: ServiceClient) -> None:
    """Keep the account row's name and active flag the client's (readers of `users` show the actor's name)."""
    account = await repo.account_of(session, client)
    if account is not None:
        account.full_name = client.name
        account.is_active = client.is_active and client.revoked_at is None


async def update_client(
    session: AsyncSession,
    caller: Caller,
    client: ServiceClient,
    changes: dict[str, object],
) -> None:
    """Apply the sent fields; scopes added are checked against what the caller could do (removing is free)."""
    _not_revoked(client)
    if "scopes" in changes:
        wanted = [ClientScope(s) for s in changes["scopes"]]  # type: ignore[attr-defined]
        unit = await repo.get_unit(session, client.unit_id)
        added = [s for s in wanted if s.value not in client.scopes]
        _check_scopes(caller, added, unit.path if unit else "")
        client.scopes = sorted(s.value for s in wanted)
    for name in ("name", "description", "is_active"):
        if name in changes and getattr(client, name) != changes[name]:
            setattr(client, name, changes[name])
    client.updated_at = _now()  # the version moves even when only the scopes (a JSON value) change
    await _sync_account(session, client)
    await flush_versioned(session)


async def rotate_secret(
    session: AsyncSession, settings: Settings, caller: Caller, client: ServiceClient, previous_expires_in: int
) -> str:
    """A new secret; the older ones expire after the overlap (never later than they already would)."""
    _not_revoked(client)
    limit = settings.service_client_max_overlap_seconds
    if previous_expires_in > limit:
        raise Unprocessable(
            OVERLAP_TOO_LONG,
            code="overlap_too_long",
            errors=[
                {
                    "code": "overlap_too_long",
                    "pointer": "#/previous_expires_in",
                    "detail": OVERLAP_TOO_LONG.render(limit=limit),
                }
            ],
            _limit=limit,
        )
    await repo.expire_secrets(session, client.id, _now() + timedelta(seconds=previous_expires_in))
    plain = await _add_secret(session, caller, client.id)
    client.updated_at = _now()
    await flush_versioned(session)
    return plain


async def revoke_client(session: AsyncSession, caller: Caller, client: ServiceClient) -> None:
    """Revoke for good: its tokens and secrets stop working at once; the record stays for the audit."""
    _not_revoked(client)
    now = _now()
    client.revoked_at, client.revoked_by_id, client.is_active = now, caller.id, False
    await repo.expire_secrets(session, client.id, now)
    await _sync_account(session, client)
    await flush_versioned(session)


async def list_clients(
    session: AsyncSession, caller: Caller, page: PageParams, *, unit_id: int | None, active: bool | None
) -> tuple[list[ServiceClient], dict[uuid.UUID, list[ServiceClientSecret]], str | None]:
    """One page of the clients the caller manages, by name; the cursor is bound to the filters."""
    unit_path = None
    if unit_id is not None:
        unit = await repo.get_unit(session, unit_id)
        if unit is None:
            raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
        unit_path = unit.path
    filters = {"unit": unit_id, "active": active}
    after = _position(decode_cursor(page.cursor, filters)) if page.cursor else None
    found = await repo.list_clients(session, caller, unit_path, active, after, page.limit + 1)
    clients, more = found[: page.limit], len(found) > page.limit
    next_cursor = encode_cursor([clients[-1].name, str(clients[-1].id)], filters) if more else None
    return clients, await repo.live_secrets(session, [c.id for c in clients], _now()), next_cursor


def _position(raw: list[object]) -> tuple[str, str]:
    """The (name, id) a cursor carries; InvalidCursor if it has another shape."""
    if len(raw) != 2 or not all(isinstance(p, str) for p in raw):
        raise InvalidCursor()
    try:
        uuid.UUID(str(raw[1]))
    except ValueError:
        raise InvalidCursor() from None
    return str(raw[0]), str(raw[1])


async def list_calls(
    session: AsyncSession, client: ServiceClient, page: PageParams
) -> tuple[list[ServiceClientCall], str | None]:
    """One page of a client's call log, newest first."""
    filters = {"client": str(client.id)}
    before = None
    if page.cursor:
        raw = decode_cursor(page.cursor, filters)
        if len(raw) != 1 or not isinstance(raw[0], int) or isinstance(raw[0], bool):
            raise InvalidCursor()
        before = raw[0]
    found = await repo.calls_page(session, client.id, before, page.limit + 1)
    calls, more = found[: page.limit], len(found) > page.limit
    return calls, encode_cursor([calls[-1].id], filters) if more else None
