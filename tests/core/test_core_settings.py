"""The service refuses unsafe configuration at start."""

from __future__ import annotations

import secrets
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.core.config import DEV_DEMO_PASSWORD, DEV_JWT_SECRET, Settings

STRONG = secrets.token_urlsafe(48)


@pytest.fixture(autouse=True)
def _no_key_set_in_the_environment(monkeypatch) -> None:
    """pydantic-settings merges a dict from the environment into the one passed in: start clean."""
    monkeypatch.delenv("DVK_JWT_KEYS", raising=False)
    monkeypatch.delenv("DVK_JWT_ACTIVE_KID", raising=False)


def _pem(key: Any) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _rsa_pem(bits: int = 2048) -> str:
    return _pem(rsa.generate_private_key(public_exponent=65537, key_size=bits))


def test_production_refuses_the_development_secret() -> None:
    with pytest.raises(ValueError, match="development JWT secret"):
        Settings(env="production", jwt_keys={"dev-1": DEV_JWT_SECRET}, jwt_active_kid="dev-1")


def test_production_refuses_the_default_key_set() -> None:
    with pytest.raises(ValueError, match="development JWT secret"):
        Settings(env="production")


def test_test_env_refuses_the_development_secret_too() -> None:
    with pytest.raises(ValueError, match="development JWT secret"):
        Settings(env="test")


def test_development_accepts_the_development_secret() -> None:
    assert Settings(env="development").jwt_keys == {"dev-1": DEV_JWT_SECRET}


def test_production_with_a_real_secret_starts_without_demo_data() -> None:
    settings = Settings(
        env="production",
        jwt_keys={"k1": STRONG},
        jwt_active_kid="k1",
        demo_password=DEV_DEMO_PASSWORD,
        metrics_token="m" * 32,
    )
    assert settings.is_production
    assert settings.load_demo is False


def test_short_hmac_key_is_refused() -> None:
    with pytest.raises(ValueError, match="shorter than 256 bits"):
        Settings(jwt_keys={"k1": "x" * 31}, jwt_active_kid="k1")
    assert Settings(jwt_keys={"k1": "x" * 32}, jwt_active_kid="k1").jwt_active_kid == "k1"


def test_a_short_retired_hmac_key_is_refused_too() -> None:
    with pytest.raises(ValueError, match="shorter than 256 bits"):
        Settings(jwt_keys={"k1": STRONG, "old": "short"}, jwt_active_kid="k1")


def test_hmac_algorithm_with_a_pem_key_is_refused() -> None:
    with pytest.raises(ValueError, match="PEM"):
        Settings(jwt_keys={"k1": _rsa_pem()}, jwt_active_kid="k1")


def test_rs256_with_a_non_pem_key_is_refused() -> None:
    with pytest.raises(ValueError, match="PEM private key"):
        Settings(jwt_algorithm="RS256", jwt_keys={"rs-1": STRONG}, jwt_active_kid="rs-1")


def test_rs256_with_a_broken_pem_is_refused() -> None:
    broken = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"
    with pytest.raises(ValueError, match="PEM private key"):
        Settings(jwt_algorithm="RS256", jwt_keys={"rs-1": broken}, jwt_active_kid="rs-1")


def test_rs256_with_an_ec_key_is_refused() -> None:
    with pytest.raises(ValueError, match="RSA"):
        Settings(
            jwt_algorithm="RS256",
            jwt_keys={"rs-1": _pem(ec.generate_private_key(ec.SECP256R1()))},
            jwt_active_kid="rs-1",
        )


def test_rs256_with_a_weak_rsa_key_is_refused() -> None:
    with pytest.raises(ValueError, match="2048"):
        Settings(jwt_algorithm="RS256", jwt_keys={"rs-1": _rsa_pem(1024)}, jwt_active_kid="rs-1")


def test_rs256_with_a_proper_key_is_accepted() -> None:
    settings = Settings(jwt_algorithm="RS256", jwt_keys={"rs-1": _rsa_pem()}, jwt_active_kid="rs-1")
    assert settings.jwt_algorithm == "RS256"


def test_es256_with_a_proper_key_is_accepted() -> None:
    key = _pem(ec.generate_private_key(ec.SECP256R1()))
    assert Settings(jwt_algorithm="ES256", jwt_keys={"es": key}, jwt_active_kid="es").jwt_active_kid == "es"


def test_active_kid_must_name_a_key() -> None:
    with pytest.raises(ValueError, match="ACTIVE_KID"):
        Settings(jwt_keys={"k1": STRONG}, jwt_active_kid="k2")


def test_unsupported_algorithm_is_refused() -> None:
    for alg in ("none", "HS1", "PS256x", ""):
        with pytest.raises(ValueError, match="not supported"):
            Settings(jwt_algorithm=alg, jwt_keys={"k1": STRONG}, jwt_active_kid="k1")


def test_key_set_from_the_environment_must_be_valid_json(monkeypatch) -> None:
    monkeypatch.setenv("DVK_JWT_KEYS", "{not json")
    with pytest.raises(ValueError):
        Settings()


def test_database_urls_are_mapped_to_the_async_drivers() -> None:
    for given, expected in (
        ("postgres://u@h/db", "postgresql+asyncpg://u@h/db"),
        ("postgresql://u@h/db", "postgresql+asyncpg://u@h/db"),
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
        ("postgresql+asyncpg://u@h/db", "postgresql+asyncpg://u@h/db"),
    ):
        settings = Settings(database_url=given, jwt_keys={"k1": STRONG}, jwt_active_kid="k1")
        assert settings.effective_database_url == expected


def test_the_pooler_setting_knows_pgbouncer_only() -> None:
    keys = {"jwt_keys": {"k": STRONG}, "jwt_active_kid": "k"}
    assert Settings(**keys).database_pooler == "none"
    assert Settings(database_pooler="pgbouncer", **keys).database_pooler == "pgbouncer"
    with pytest.raises(ValueError, match="database_pooler"):
        Settings(database_pooler="pgpool", **keys)
