"""A person's preferences for being told, and the catalogue as the settings screen shows it.

Only the person reads or writes their own (`/me/…`: no id in the path, nothing of anyone else reachable).
A person who never saved any has the defaults (immediate email, digest at 07:00, Vietnam's time zone, nothing
muted) at version 0; the first PUT (If-Match "0") stores them. A muted type stops that type reaching the person
at all (service.notify skips them), except a type their role must receive (type_facts.MANDATORY_ROLES), which
cannot be muted: 422 `mandatory_notification_type` naming it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from zoneinfo import available_timezones

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.context import RequestContext
from app.core.errors import PreconditionFailed, Unprocessable
from app.core.i18n import Text
from app.core.writes import flush_versioned
from app.models import NotificationPreference
from app.models.base import utcnow
from app.notifications import preference_repository as repository
from app.notifications.catalogue import CATALOGUE, TYPES
from app.notifications.type_facts import label, mandatory_for, mandatory_roles
from app.policy.permissions import Role
from app.policy.principal import Caller

UNKNOWN_TYPE = Text("Loại thông báo không có trong danh mục: {type}.", "Not a notification type: {type}.")
MANDATORY_TYPE = Text(
    "Vai trò của đồng chí phải nhận loại thông báo «{type}», không thể tắt.",
    "Your role must receive “{type}” notifications: they cannot be muted.",
)
UNKNOWN_TIMEZONE = Text(
    "Múi giờ không hợp lệ: {timezone} (cần tên múi giờ IANA, ví dụ Asia/Ho_Chi_Minh).",
    "Not an IANA time zone: {timezone} (for example Asia/Ho_Chi_Minh).",
)

DEFAULTS: dict[str, Any] = {
    "email_mode": "immediate",
    "digest_hour": 7,
    "timezone": "Asia/Ho_Chi_Minh",
    "muted_types": [],
    "push_enabled": False,
}


@dataclass(frozen=True)
class Preferences:
    """A person's preferences as read: stored, or the defaults (version 0, never updated)."""

    email_mode: str
    digest_hour: int
    timezone: str
    muted_types: list[str]
    push_enabled: bool
    email: str | None
    version: int
    updated_at: datetime | None


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """The IANA zone names the zone database knows (read once)."""
    return frozenset(available_timezones())


def _view(row: NotificationPreference | None, email: str | None) -> Preferences:
    if row is None:
        return Preferences(**DEFAULTS, email=email, version=0, updated_at=None)
    return Preferences(
        email_mode=row.email_mode,
        digest_hour=row.digest_hour,
        timezone=row.timezone,
        muted_types=list(row.muted_types or []),
        push_enabled=row.push_enabled,
        email=email,
        version=row.version,
        updated_at=row.updated_at,
    )


async def read(session: AsyncSession, caller: Caller) -> Preferences:
    """The caller's preferences (the defaults when they never saved any)."""
    row = await repository.preferences_of_user(session, caller.id)
    return _view(row, caller.user.email or None)


def _check_timezone(name: str) -> None:
    if name not in time_zones():
        shown = name[:64]
        raise Unprocessable(
            UNKNOWN_TIMEZONE,
            code="unknown_timezone",
            errors=[
                {"code": "unknown_timezone", "pointer": "#/timezone", "detail": UNKNOWN_TIMEZONE.render(timezone=shown)}
            ],
            _timezone=shown,
        )


def _check_muted(muted: Sequence[str], roles: set[str]) -> list[str]:
    """The muted types, each once; 422 naming every unknown type, else every type the roles must receive."""
    unknown = [(i, name) for i, name in enumerate(muted) if name not in CATALOGUE]
    if unknown:
        raise Unprocessable(
            UNKNOWN_TYPE,
            code="unknown_notification_type",
            errors=[
                {
                    "code": "unknown_notification_type",
                    "pointer": f"#/muted_types/{i}",
                    "detail": UNKNOWN_TYPE.render(type=name),
                }
                for i, name in unknown
            ],
            notification_types=[name for _, name in unknown],
            _type=unknown[0][1],
        )
    binding = [(i, name) for i, name in enumerate(muted) if mandatory_for(name, roles)]
    if binding:
        raise Unprocessable(
            MANDATORY_TYPE,
            code="mandatory_notification_type",
            errors=[
                {
                    "code": "mandatory_notification_type",
                    "pointer": f"#/muted_types/{i}",
                    "detail": MANDATORY_TYPE.render(type=name),
                }
                for i, name in binding
            ],
            notification_types=[name for _, name in binding],
            _type=binding[0][1],
        )
    return list(dict.fromkeys(muted))


async def replace(session: AsyncSession, caller: Caller, ctx: RequestContext, values: dict[str, Any]) -> Preferences:
    """PUT: check If-Match against the stored version (0: none stored), validate, store the whole."""
    row = await repository.preferences_of_user(session, caller.id)
    ctx.require_version(row.version if row is not None else 0)
    _check_timezone(values["timezone"])
    muted = _check_muted(values["muted_types"], {grant.role for grant in caller.scope.grants})
    if row is None:
        row = NotificationPreference(user_id=caller.id)
        session.add(row)
    row.email_mode = values["email_mode"]
    row.digest_hour = values["digest_hour"]
    row.timezone = values["timezone"]
    row.muted_types = muted
    row.push_enabled = values["push_enabled"]
    row.updated_at = utcnow()
    # Two first saves at once: the loser's insert clashes on the person's key; it changed since its If-Match.
    await flush_versioned(session, on_duplicate=PreconditionFailed())
    return _view(row, caller.user.email or None)


def catalogue() -> list[dict[str, Any]]:
    """Every notification type, in the catalogue's order, with its label and the roles that must receive it."""
    return [
        {
            "type": entry.name,
            "label": label(entry.name).as_dict(),
            "recipients": entry.recipients.as_dict(),
            "mandatory": entry.mandatory,
            "mandatory_for": [role.value for role in Role if role in mandatory_roles(entry.name)],
            "reminder": entry.reminder,
        }
        for entry in TYPES
    ]
