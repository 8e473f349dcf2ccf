"""The rules of managing accounts and role assignments.

An administrator manages the users whose home unit lies in a subtree where some admin role of theirs
applies (Permission.MANAGE_USERS); everyone else is invisible to them (404). They grant roles only at
units inside those subtrees, so nobody can hand out more than they hold.
"""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import messages
from app.core.errors import Conflict, Forbidden, NotFound
from app.core.i18n import Text
from app.core.pagination import InvalidCursor, PageParams, decode_cursor, encode_cursor
from app.core.security import hash_password
from app.core.writes import flush_versioned
from app.models import RoleAssignment, Unit, User
from app.policy.permissions import Permission, Role
from app.policy.principal import Caller
from app.users import repository as repo
from app.users.repository import UserFilters
from app.users.schemas import RoleAssignmentCreate, UserCreate, UserUpdate

USER_NOT_FOUND = Text("Không tìm thấy người dùng.", "The user was not found.")
USERNAME_TAKEN = Text("Tên đăng nhập '{username}' đã được dùng.", "The username '{username}' is taken.")
ROLE_OUT_OF_SCOPE = Text(
    "Chỉ được giao vai trò tại đơn vị thuộc phạm vi bạn quản trị; đơn vị {unit_id} nằm ngoài phạm vi đó.",
    "You may grant roles only at units inside the subtree you administer; unit {unit_id} is outside it.",
)
ROLE_EXISTS = Text(
    "Người dùng đã có vai trò '{role}' tại đơn vị {unit_id}.",
    "The user already holds '{role}' at unit {unit_id}.",
)
ASSIGNMENT_NOT_FOUND = Text("Không tìm thấy phân quyền này.", "The role assignment was not found.")
SELF_DEACTIVATION = Text("Bạn không thể tự khóa tài khoản của mình.", "You cannot deactivate your own account.")
LAST_ADMIN_ROLE = Text(
    "Không thể gỡ vai trò quản trị cuối cùng của chính bạn.", "You cannot remove your own last admin role."
)
OUTRANKED = Text(
    "Người dùng này giữ vai trò ngoài phạm vi bạn quản trị; "
    "bạn không thể đặt lại mật khẩu, khóa hay mở khóa tài khoản.",
    "This user holds roles outside the subtree you administer; you cannot reset their password or "
    "deactivate or reactivate them.",
)


def _covers(caller: Caller, unit: Unit) -> bool:
    return caller.scope.covers(unit.path, Permission.MANAGE_USERS)


def _touch(user: User) -> None:
    """Mark the user changed, so the version (and ETag) moves when only their roles change."""
    user.updated_at = datetime.now(UTC)


async def get_user(session: AsyncSession, caller: Caller, user_id: uuid.UUID) -> User:
    """A user the caller manages; 404 for everyone else, whether they exist or not."""
    user = await repo.get_user(session, user_id, caller)
    if user is None:
        raise NotFound(USER_NOT_FOUND, code="user_not_found")
    return user


async def roles_of(session: AsyncSession, user: User) -> list[tuple[RoleAssignment, Unit]]:
    """The user's assignments with their units."""
    return (await repo.roles_with_units(session, [user.id]))[user.id]


async def list_users(
    session: AsyncSession,
    caller: Caller,
    page: PageParams,
    *,
    q: str | None,
    unit_id: int | None,
    role: Role | None,
    active: bool | None,
) -> tuple[list[User], dict[uuid.UUID, list[tuple[RoleAssignment, Unit]]], str | None]:
    """One page of the users the caller manages, by username; the cursor is bound to the filters."""
    unit_path = None
    if unit_id is not None:
        unit = await repo.get_unit(session, unit_id)
        if unit is None:
            raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
        unit_path = unit.path
    q = q.strip() if q and q.strip() else None
    role_code = role.value if role else None
    filters = {"q": q, "unit": unit_id, "role": role_code, "active": active}
    after = _position(decode_cursor(page.cursor, filters)) if page.cursor else None
    found = await repo.list_users(
        session,
        caller,
        UserFilters(q=q, unit_path=unit_path, role=role_code, active=active),
        after,
        page.limit + 1,
    )
    users, more = found[: page.limit], len(found) > page.limit
    next_cursor = encode_cursor([users[-1].username, str(users[-1].id)], filters) if more else None
    return users, await repo.roles_with_units(session, [u.id for u in users]), next_cursor


def _position(raw: list[object]) -> tuple[str, str]:
    """The (username, id) a cursor carries; InvalidCursor if it has another shape."""
    if len(raw) != 2 or not all(isinstance(p, str) for p in raw):
        raise InvalidCursor()
    try:
        uuid.UUID(str(raw[1]))
    except ValueError:
        raise InvalidCursor() from None
    return str(raw[0]), str(raw[1])


async def _home_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """A home unit inside the caller's subtrees (404 otherwise: users may not be moved out of sight)."""
    unit = await repo.get_unit(session, unit_id)
    if unit is None or not _covers(caller, unit):
        raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
    if not unit.is_active:
        raise Conflict(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit_id)
    return unit


async def _role_unit(session: AsyncSession, caller: Caller, unit_id: int) -> Unit:
    """A unit where the caller may grant roles: it exists, is open and lies in their subtrees."""
    unit = await repo.get_unit(session, unit_id)
    if unit is None:
        raise NotFound(messages.UNIT_NOT_IN_SCOPE, code="unit_not_found", _unit_id=unit_id)
    if not _covers(caller, unit):
        raise Forbidden(ROLE_OUT_OF_SCOPE, code="role_unit_out_of_scope", _unit_id=unit_id)
    if not unit.is_active:
        raise Conflict(messages.UNIT_CLOSED, code="unit_closed", _unit_id=unit_id)
    return unit


async def create_user(session: AsyncSession, caller: Caller, data: UserCreate) -> User:
    """Create an account at a unit in the caller's scope, with roles at units in that scope."""
    await _home_unit(session, caller, data.home_unit_id)
    for grant in data.roles:
        await _role_unit(session, caller, grant.unit_id)
    taken = Conflict(USERNAME_TAKEN, code="username_taken", _username=data.username)
    if await repo.username_taken(session, data.username):
        raise taken
    user = User(
        username=data.username,
        full_name=data.full_name,
        position=data.position,
        email=data.email,
        home_unit_id=data.home_unit_id,
        password_hash=await asyncio.to_thread(hash_password, data.password),
        is_active=True,
    )
    user.roles = [RoleAssignment(role=g.role.value, unit_id=g.unit_id) for g in data.roles]
    session.add(user)
    await flush_versioned(session, taken)
    return user


async def _ensure_not_outranked(session: AsyncSession, caller: Caller, user: User) -> None:
    """403 if the user holds a role outside the caller's subtrees (taking over their account would
    let the caller act above their own scope)."""
    if any(not _covers(caller, unit) for _, unit in await roles_of(session, user)):
        raise Forbidden(OUTRANKED, code="user_outranks_caller")


async def update_user(session: AsyncSession, caller: Caller, user: User, data: UserUpdate) -> None:
    """Apply the sent fields; a password reset or a deactivation ends all the user's sessions."""
    changes = data.model_dump(exclude_unset=True)
    deactivating = changes.get("is_active") is False
    if deactivating and user.id == caller.id:
        raise Conflict(SELF_DEACTIVATION, code="cannot_deactivate_self")
    if "home_unit_id" in changes and changes["home_unit_id"] != user.home_unit_id:
        await _home_unit(session, caller, changes["home_unit_id"])
    if "password" in changes or "is_active" in changes:
        await _ensure_not_outranked(session, caller, user)
    ends_sessions = deactivating or "password" in changes
    for name in ("full_name", "position", "email", "home_unit_id", "is_active"):
        if name in changes and getattr(user, name) != changes[name]:
            setattr(user, name, changes[name])
    if "password" in changes:
        user.password_hash = await asyncio.to_thread(hash_password, changes["password"])
    if ends_sessions:
        await repo.revoke_all_sessions(session, user.id)
    await flush_versioned(session, Conflict())


def find_assignment(user: User, assignment_id: uuid.UUID) -> RoleAssignment:
    """One of the user's assignments; 404 if it is not theirs."""
    for assignment in user.roles:
        if assignment.id == assignment_id:
            return assignment
    raise NotFound(ASSIGNMENT_NOT_FOUND, code="role_assignment_not_found")


async def grant_role(
    session: AsyncSession, caller: Caller, user: User, data: RoleAssignmentCreate
) -> tuple[RoleAssignment, Unit]:
    """Give the user a role at a unit in the caller's subtrees; the user's version moves."""
    unit = await _role_unit(session, caller, data.unit_id)
    exists = Conflict(ROLE_EXISTS, code="role_exists", _role=data.role.value, _unit_id=data.unit_id)
    if any(a.role == data.role.value and a.unit_id == data.unit_id for a in user.roles):
        raise exists
    assignment = RoleAssignment(role=data.role.value, unit_id=unit.id, created_at=datetime.now(UTC))
    user.roles.append(assignment)
    _touch(user)
    await flush_versioned(session, exists)
    return assignment, unit


async def revoke_role(session: AsyncSession, caller: Caller, user: User, assignment_id: uuid.UUID) -> None:
    """Remove an assignment bound to a unit in the caller's subtrees; never the caller's last admin role."""
    assignment = find_assignment(user, assignment_id)
    unit = await repo.get_unit(session, assignment.unit_id)
    if unit is None or not _covers(caller, unit):
        raise Forbidden(ROLE_OUT_OF_SCOPE, code="role_unit_out_of_scope", _unit_id=assignment.unit_id)
    if (
        user.id == caller.id
        and assignment.role == Role.ADMIN
        and not any(a.role == Role.ADMIN and a is not assignment for a in user.roles)
    ):
        raise Conflict(LAST_ADMIN_ROLE, code="last_admin_role")
    user.roles.remove(assignment)
    _touch(user)
    await flush_versioned(session, Conflict())
