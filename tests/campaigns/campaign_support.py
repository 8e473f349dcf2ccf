"""Fixtures for campaign tests: an app with the campaigns routes, the authority profiles, scoped users.

Not a conftest.py: a second module named `conftest` would shadow tests/conftest.py for the tests that
import from it. Test modules import the fixtures from here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest

_app: Any = None


def campaigns_app() -> Any:
    """The app, with the campaigns router included if app/main.py does not include it yet."""
    global _app
    if _app is None:
        from app.campaigns.endpoints import router
        from app.main import API_PREFIX, create_app

        _app = create_app()
        if not any(getattr(r, "path", "").startswith(f"{API_PREFIX}/campaigns") for r in _app.routes):
            _app.include_router(router, prefix=API_PREFIX)
    return _app


async def _ensure_profiles(database: Any) -> None:
    """The two authority profiles campaigns refer to (seeded by a migration once it exists)."""
    from app.models import AuthorityProfile

    async with database.sessionmaker() as s:
        for code, label, default in (
            ("district_2023", "Kế hoạch huyện 2023–2025", True),
            ("province_2016", "Hướng dẫn tỉnh 2016", False),
        ):
            if await s.get(AuthorityProfile, code) is None:
                s.add(AuthorityProfile(code=code, label_vi=label, label_en=code, is_default=default))
        await s.commit()


@pytest.fixture(name="client")
async def campaigns_client(database: Any) -> AsyncIterator[Any]:
    """An HTTP client on the app with the campaigns routes, profiles in place."""
    import httpx

    await _ensure_profiles(database)
    transport = httpx.ASGITransport(app=campaigns_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


def headers_for(user_id: Any) -> dict[str, str]:
    """Authorization headers for a user id (a freshly minted access token)."""
    from app.core.config import get_settings
    from app.core.security import issue_token

    token, _, _ = issue_token(get_settings(), subject=user_id, token_type="access", lifetime=timedelta(minutes=5))
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(name="make_user")
def user_maker(session: Any, demo: Any) -> Callable[..., Awaitable[dict[str, str]]]:
    """make_user("vl.admin", ("admin", "QT-VL")) → headers of a new user holding those roles."""
    from app.models import RoleAssignment, User

    async def make(username: str, *roles: tuple[str, str]) -> dict[str, str]:
        user = User(
            username=username,
            full_name=username,
            home_unit_id=demo.unit(roles[0][1]),
            password_hash="x",
            is_active=True,
        )
        user.roles = [RoleAssignment(role=role, unit_id=demo.unit(code)) for role, code in roles]
        session.add(user)
        await session.commit()
        return headers_for(user.id)

    return make
