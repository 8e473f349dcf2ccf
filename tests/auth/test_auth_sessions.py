"""Sign-in sessions: rotating refresh tokens, reuse detection, logout and password change."""

from __future__ import annotations

from typing import Any

from jose import jwt

TOKEN = "/api/v1/auth/token"
REFRESH = "/api/v1/auth/refresh"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/me"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _sign_in(client: Any, username: str, password: str) -> dict[str, Any]:
    r = await client.post(TOKEN, data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return r.json()


def _assert_401(response: Any, code: str | None = None) -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["www-authenticate"].startswith("Bearer")
    if code:
        assert response.json()["code"] == code


async def test_sign_in_returns_an_access_and_a_refresh_token(client, demo) -> None:
    pair = await _sign_in(client, "demo.registrant", demo.password)
    assert pair["token_type"] == "bearer"
    assert pair["expires_in"] > 0 and pair["refresh_expires_in"] > pair["expires_in"]
    access, refresh = jwt.get_unverified_claims(pair["access_token"]), jwt.get_unverified_claims(pair["refresh_token"])
    assert access["typ"] == "access" and refresh["typ"] == "refresh"
    assert access["sid"] == refresh["sid"]
    assert (await client.get(ME, headers=_bearer(pair["access_token"]))).status_code == 200


async def test_username_is_case_and_space_insensitive(client, demo) -> None:
    await _sign_in(client, "  Demo.Registrant ", demo.password)


async def test_token_responses_are_never_cached(client, demo) -> None:
    r = await client.post(TOKEN, data={"username": "demo.viewer", "password": demo.password})
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"
    r = await client.post(REFRESH, json={"refresh_token": r.json()["refresh_token"]})
    assert r.status_code == 200
    assert r.headers["cache-control"] == "no-store"


async def test_refresh_rotates_to_a_new_pair_of_the_same_session(client, demo) -> None:
    first = await _sign_in(client, "demo.viewer", demo.password)
    r = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 200, r.text
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    assert (
        jwt.get_unverified_claims(second["refresh_token"])["sid"]
        == jwt.get_unverified_claims(first["refresh_token"])["sid"]
    )
    assert (await client.get(ME, headers=_bearer(second["access_token"]))).status_code == 200
    # And the new one rotates in turn.
    third = await client.post(REFRESH, json={"refresh_token": second["refresh_token"]})
    assert third.status_code == 200, third.text


async def test_reusing_a_rotated_refresh_token_revokes_the_whole_session(client, demo) -> None:
    first = await _sign_in(client, "demo.viewer", demo.password)
    second = (await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})).json()

    reused = await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    _assert_401(reused, "refresh_token_reused")

    # The thief's (or the owner's) newer refresh token is dead too ...
    _assert_401(await client.post(REFRESH, json={"refresh_token": second["refresh_token"]}))
    # ... and so is every access token of that session.
    _assert_401(await client.get(ME, headers=_bearer(second["access_token"])), "invalid_token")
    _assert_401(await client.get(ME, headers=_bearer(first["access_token"])), "invalid_token")


async def test_reuse_revokes_only_that_session(client, demo) -> None:
    other = await _sign_in(client, "demo.viewer", demo.password)
    first = await _sign_in(client, "demo.viewer", demo.password)
    await client.post(REFRESH, json={"refresh_token": first["refresh_token"]})
    _assert_401(await client.post(REFRESH, json={"refresh_token": first["refresh_token"]}))
    assert (await client.get(ME, headers=_bearer(other["access_token"]))).status_code == 200
    assert (await client.post(REFRESH, json={"refresh_token": other["refresh_token"]})).status_code == 200


async def test_an_access_token_cannot_be_used_to_refresh(client, demo) -> None:
    pair = await _sign_in(client, "demo.viewer", demo.password)
    _assert_401(await client.post(REFRESH, json={"refresh_token": pair["access_token"]}), "invalid_grant")


async def test_a_forged_refresh_token_is_refused(client, demo) -> None:
    _assert_401(await client.post(REFRESH, json={"refresh_token": "not.a.token-at-all"}), "invalid_grant")


async def test_logout_ends_the_session(client, demo) -> None:
    pair = await _sign_in(client, "demo.mobiliser", demo.password)
    r = await client.post(LOGOUT, headers=_bearer(pair["access_token"]))
    assert r.status_code == 204, r.text
    assert r.content == b""
    _assert_401(await client.get(ME, headers=_bearer(pair["access_token"])), "invalid_token")
    _assert_401(await client.post(REFRESH, json={"refresh_token": pair["refresh_token"]}))


async def test_logout_leaves_other_sessions_alone(client, demo) -> None:
    phone = await _sign_in(client, "demo.mobiliser", demo.password)
    laptop = await _sign_in(client, "demo.mobiliser", demo.password)
    assert (await client.post(LOGOUT, headers=_bearer(laptop["access_token"]))).status_code == 204
    assert (await client.get(ME, headers=_bearer(phone["access_token"]))).status_code == 200


async def test_logout_needs_a_token(client, demo) -> None:
    _assert_401(await client.post(LOGOUT))


async def test_changing_the_password_ends_every_session(client, demo) -> None:
    pair = await _sign_in(client, "demo.registrant", demo.password)
    other = await _sign_in(client, "demo.registrant", demo.password)
    new_password = "A-brand-new-password-42"
    r = await client.post(
        "/api/v1/me/password",
        headers=_bearer(pair["access_token"]),
        json={"current_password": demo.password, "new_password": new_password},
    )
    assert r.status_code == 204, r.text

    for session in (pair, other):
        _assert_401(await client.get(ME, headers=_bearer(session["access_token"])))
        _assert_401(await client.post(REFRESH, json={"refresh_token": session["refresh_token"]}))
    _assert_401(
        await client.post(TOKEN, data={"username": "demo.registrant", "password": demo.password}), "invalid_grant"
    )
    await _sign_in(client, "demo.registrant", new_password)


async def test_changing_the_password_needs_the_current_one(client, demo) -> None:
    pair = await _sign_in(client, "demo.registrant", demo.password)
    r = await client.post(
        "/api/v1/me/password",
        headers=_bearer(pair["access_token"]),
        json={"current_password": "wrong-password", "new_password": "Another-password-42"},
    )
    assert r.status_code == 422, r.text  # not 401: the session is fine, only the password was wrong
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "invalid_current_password"
    assert r.json()["errors"][0]["pointer"] == "#/current_password"
    # Nothing changed: the session lives and the old password still works.
    assert (await client.get(ME, headers=_bearer(pair["access_token"]))).status_code == 200
    await _sign_in(client, "demo.registrant", demo.password)


async def test_a_too_short_new_password_is_refused(client, demo) -> None:
    r = await client.post(
        "/api/v1/me/password",
        headers=demo.headers("demo.registrant"),
        json={"current_password": demo.password, "new_password": "short"},
    )
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["pointer"] == "#/new_password"
    await _sign_in(client, "demo.registrant", demo.password)


async def test_guessing_the_current_password_is_throttled(client, demo, settings_env) -> None:
    settings_env(login_pair_free_failures=2, login_backoff_base_seconds=60)
    headers = demo.headers("demo.registrant")
    for _ in range(2):
        r = await client.post(
            "/api/v1/me/password",
            headers=headers,
            json={"current_password": "a-guess", "new_password": "Another-password-42"},
        )
        assert r.json()["code"] == "invalid_current_password"
    r = await client.post(
        "/api/v1/me/password",
        headers=headers,
        json={"current_password": demo.password, "new_password": "Another-password-42"},
    )
    assert r.status_code == 429, r.text
    assert r.json()["code"] == "login_throttled"
    assert int(r.headers["retry-after"]) > 0
    # The password did not change.
    settings_env(login_pair_free_failures=100)
    await _sign_in(client, "demo.registrant", demo.password)
