"""Password sign-in: one answer for every bad credential, and throttling of repeated failures."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.models import LoginAttempt

TOKEN = "/api/v1/auth/token"


async def _login(client: Any, username: str, password: str, **extra: str) -> Any:
    return await client.post(TOKEN, data={"username": username, "password": password, **extra})


def _assert_throttled(response: Any) -> None:
    assert response.status_code == 429, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "login_throttled"
    retry_after = response.headers["retry-after"]
    assert retry_after.isdigit() and int(retry_after) > 0


async def _failures(session: Any, **where: str) -> int:
    query = select(func.count()).select_from(LoginAttempt)
    for column, value in where.items():
        query = query.where(getattr(LoginAttempt, column) == value)
    count = (await session.execute(query)).scalar_one()
    await session.rollback()  # end the read transaction: on SQLite it holds the write lock
    return count


async def test_unknown_user_and_wrong_password_get_the_same_answer(client, demo) -> None:
    wrong = await _login(client, "demo.admin", "not-the-password")
    unknown = await _login(client, "nobody.at.all", "not-the-password")
    for r in (wrong, unknown):
        assert r.status_code == 401, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "invalid_grant"
    assert wrong.json()["detail"] == unknown.json()["detail"]


async def test_a_deactivated_user_cannot_sign_in(client, demo, session) -> None:
    from app.models import User

    user = await session.get(User, demo.users["demo.viewer"])
    user.is_active = False
    await session.commit()
    r = await _login(client, "demo.viewer", demo.password)
    assert r.status_code == 401
    assert r.json()["code"] == "invalid_grant"


async def test_failed_sign_ins_are_recorded_although_the_answer_is_401(client, demo, session) -> None:
    for _ in range(2):
        assert (await _login(client, "demo.admin", "wrong")).status_code == 401
    assert (await _login(client, "ghost.user", "wrong")).status_code == 401
    assert await _failures(session, username="demo.admin") == 2
    assert await _failures(session, username="ghost.user") == 1


async def test_the_pair_is_throttled_after_its_free_failures_even_with_the_right_password(
    client, demo, settings_env
) -> None:
    settings_env(login_pair_free_failures=3, login_backoff_base_seconds=60)
    for _ in range(3):
        r = await _login(client, "demo.admin", "wrong")
        assert r.status_code == 401 and r.json()["code"] == "invalid_grant"
    _assert_throttled(await _login(client, "demo.admin", demo.password))
    # Another account from the same address is not affected by this account's limit.
    assert (await _login(client, "demo.viewer", demo.password)).status_code == 200


async def test_throttled_message_follows_the_language(client, demo, settings_env) -> None:
    settings_env(login_pair_free_failures=1, login_backoff_base_seconds=60)
    await _login(client, "demo.admin", "wrong")
    r = await client.post(
        TOKEN, data={"username": "demo.admin", "password": "wrong"}, headers={"Accept-Language": "en"}
    )
    _assert_throttled(r)
    assert r.json()["detail"].startswith("Too many failed sign-ins")
    assert r.headers["retry-after"] in r.json()["detail"]


async def test_throttling_counts_the_username_however_it_is_spelled(client, demo, settings_env) -> None:
    settings_env(login_pair_free_failures=2, login_backoff_base_seconds=60)
    await _login(client, "demo.admin", "wrong")
    await _login(client, " DEMO.ADMIN ", "wrong")
    _assert_throttled(await _login(client, "Demo.Admin", demo.password))


async def test_address_is_throttled_across_usernames(client, demo, settings_env) -> None:
    settings_env(login_pair_free_failures=100, login_max_failures_per_address=3)
    for username in ("demo.admin", "demo.viewer", "no.such.user"):
        assert (await _login(client, username, "wrong")).status_code == 401
    _assert_throttled(await _login(client, "demo.mobiliser", demo.password))


async def test_failures_outside_the_window_do_not_count(client, demo, session, settings_env) -> None:
    from datetime import UTC, datetime, timedelta

    settings_env(
        login_pair_free_failures=2,
        login_window_seconds=60,
        login_account_window_seconds=60,
        login_backoff_base_seconds=60,
    )
    old = datetime.now(UTC) - timedelta(minutes=10)
    session.add_all([LoginAttempt(username="demo.admin", address="127.0.0.1", attempted_at=old) for _ in range(5)])
    await session.commit()
    assert (await _login(client, "demo.admin", demo.password)).status_code == 200


async def test_a_successful_sign_in_forgets_earlier_failures(client, demo, session, settings_env) -> None:
    settings_env(login_pair_free_failures=3, login_backoff_base_seconds=60)
    for _ in range(2):
        await _login(client, "demo.admin", "wrong")
    assert (await _login(client, "demo.admin", demo.password)).status_code == 200
    assert await _failures(session, username="demo.admin") == 0
    for _ in range(2):
        await _login(client, "demo.admin", "wrong")
    assert (await _login(client, "demo.admin", demo.password)).status_code == 200


async def test_unsupported_grant_type_is_refused(client, demo) -> None:
    r = await _login(client, "demo.admin", demo.password, grant_type="client_credentials_xyz")
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "unsupported_grant_type"


async def test_sign_in_without_a_password_is_a_validation_problem(client, demo) -> None:
    r = await client.post(TOKEN, data={"username": "demo.admin"})
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "validation_failed"
