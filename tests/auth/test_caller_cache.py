"""The caller cache's own rules, without a database: what it keeps, what drops it, when it is not used at all."""

from __future__ import annotations

import time
import uuid

from app.auth.caller_cache import EVERYONE, CallerCache
from app.core.config import Settings
from app.core.config_checks import listen_url
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope


def _caller(user_id: uuid.UUID | None = None, session_id: str | None = "s1") -> Caller:
    user = CallerUser(user_id or uuid.uuid4(), "u", "U", "", None, 1)
    return Caller(user, Scope((Grant("viewer", 1, "/1/"),)), session_id)


def _listening(ttl: float = 60.0, max_entries: int = 100) -> CallerCache:
    cache = CallerCache(ttl, max_entries)
    cache.connected()
    return cache


def test_a_caller_read_with_no_change_since_is_kept_and_served() -> None:
    cache, caller = _listening(), _caller()
    assert cache.put(caller, cache.begin())
    assert cache.get(caller.id, "s1") is caller
    assert cache.get(caller.id, "other-session") is None


def test_nothing_is_kept_or_served_while_the_listener_is_down() -> None:
    cache, caller = CallerCache(60.0), _caller()
    assert cache.begin() is None
    assert not cache.put(caller, 0)
    cache.connected()
    cache.put(caller, cache.begin())
    cache.lost()
    assert cache.get(caller.id, "s1") is None and len(cache) == 0
    assert cache.begin() is None


def test_an_invalidation_during_the_read_prevents_storing_it() -> None:
    cache, caller = _listening(), _caller()
    generation = cache.begin()
    cache.invalidate(str(uuid.uuid4()))  # anyone's: the counter is global, so this is safe
    assert not cache.put(caller, generation)
    assert cache.get(caller.id, "s1") is None


def test_a_reconnect_during_the_read_prevents_storing_it() -> None:
    cache, caller = _listening(), _caller()
    generation = cache.begin()
    cache.lost()
    cache.connected()
    assert not cache.put(caller, generation)


def test_a_users_notification_drops_all_their_sessions_only() -> None:
    cache, user_id = _listening(), uuid.uuid4()
    mine, other_session, someone = _caller(user_id, "a"), _caller(user_id, None), _caller()
    for caller in (mine, other_session, someone):
        cache.put(caller, cache.begin())
    cache.invalidate(str(user_id))
    assert cache.get(user_id, "a") is None and cache.get(user_id, None) is None
    assert cache.get(someone.id, "s1") is someone
    assert len(cache) == 1


def test_a_star_or_an_unreadable_payload_drops_everyone() -> None:
    for payload in (EVERYONE, "not-a-uuid"):
        cache, caller = _listening(), _caller()
        cache.put(caller, cache.begin())
        cache.invalidate(payload)
        assert cache.get(caller.id, "s1") is None and len(cache) == 0


def test_entries_expire_after_the_safety_ttl() -> None:
    cache, caller = _listening(ttl=0.05), _caller()
    cache.put(caller, cache.begin())
    time.sleep(0.06)
    assert cache.get(caller.id, "s1") is None


def test_the_cache_is_bounded() -> None:
    cache = _listening(max_entries=3)
    callers = [_caller() for _ in range(4)]
    for caller in callers:
        cache.put(caller, cache.begin())
    assert len(cache) <= 3
    assert cache.get(callers[-1].id, "s1") is callers[-1]


def test_a_ttl_of_zero_turns_the_cache_off() -> None:
    cache = _listening(ttl=0)
    assert cache.begin() is None
    assert listen_url(Settings(database_url="postgresql://u@db/dvk", caller_cache_seconds=0)) == ""


def test_the_listen_url_is_the_primarys_and_never_through_pgbouncer() -> None:
    assert listen_url(Settings(database_url="")) == ""  # SQLite: no cache
    assert listen_url(Settings(database_url="postgresql://u@db/dvk")) == "postgresql://u@db/dvk"
    assert listen_url(Settings(database_url="postgresql+asyncpg://u@db/dvk")) == "postgresql://u@db/dvk"
    behind = {"database_url": "postgresql://u@bouncer:6432/dvk", "database_pooler": "pgbouncer"}
    assert listen_url(Settings(**behind)) == ""
    direct = listen_url(Settings(**behind, database_listen_url="postgres://u@db:5432/dvk"))
    assert direct == "postgresql://u@db:5432/dvk"
