"""The settings' checks that need more than a field's bounds: key material, the services a setting names, the
email channel, the replica. Each takes the whole settings and raises ValueError (pydantic reports it at start)."""

from __future__ import annotations

from email.utils import parseaddr
from typing import Any

# `settings` is app.core.config.Settings, which imports this module (so it is not imported here: no cycle).
Settings = Any

# The development signing secret and demo password. They are public (they are in this file), so the app
# refuses the secret anywhere but development, and never loads demo data in production with the password.
DEV_JWT_SECRET = "dvk-development-only-secret-change-me-0123456789abcdef"
DEV_DEMO_PASSWORD = "DanVanKheo@2025"
HMAC_ALGORITHMS = {"HS256", "HS384", "HS512"}
ASYMMETRIC_ALGORITHMS = {"RS256", "RS384", "RS512", "ES256", "ES384", "ES512"}


def check_secrets(settings: Settings) -> None:
    """Refuse unsafe key material; refuse the public development secret outside development."""
    alg = settings.jwt_algorithm
    if alg not in HMAC_ALGORITHMS | ASYMMETRIC_ALGORITHMS:
        raise ValueError(f"DVK_JWT_ALGORITHM {alg!r} is not supported")
    if settings.jwt_active_kid not in settings.jwt_keys:
        raise ValueError("DVK_JWT_ACTIVE_KID must name a key in DVK_JWT_KEYS")
    for kid, key in settings.jwt_keys.items():
        _check_jwt_key(kid, key, alg)
        if settings.env != "development" and key == DEV_JWT_SECRET:
            raise ValueError("the development JWT secret is refused outside development")
    if settings.env == "production" and len(settings.metrics_token) < 16:
        raise ValueError("DVK_METRICS_TOKEN (16+ characters) is required in production: /metrics is private")
    if settings.env == "production" and settings.demo_password == DEV_DEMO_PASSWORD:
        # Demo data is never loaded in production; the default password must not linger either.
        settings.load_demo = False
    if settings.env == "production" and (settings.webhook_allow_http or settings.webhook_allow_hosts):
        raise ValueError("DVK_WEBHOOK_ALLOW_HTTP and DVK_WEBHOOK_ALLOW_HOSTS are refused in production")


def check_email(settings: Settings) -> None:
    """Refuse email settings that cannot work, and in production those that are unsafe: a password over an
    unencrypted connection, or a From address nobody can answer (the placeholder .invalid domain)."""
    _, address = parseaddr(settings.email_from)
    if "@" not in address:
        raise ValueError("DVK_EMAIL_FROM must hold an address: 'Name <user@domain>'")
    password = settings.email_smtp_password.get_secret_value()
    if bool(settings.email_smtp_username) != bool(password):
        raise ValueError("DVK_EMAIL_SMTP_USERNAME and DVK_EMAIL_SMTP_PASSWORD go together")
    if settings.email_backend != "smtp":
        return
    if not settings.email_smtp_host:
        raise ValueError("DVK_EMAIL_BACKEND=smtp needs DVK_EMAIL_SMTP_HOST")
    if settings.env != "production":
        return
    if password and settings.email_smtp_security == "none":
        raise ValueError("production refuses an SMTP password over an unencrypted connection (DVK_EMAIL_SMTP_SECURITY)")
    if address.lower().endswith(".invalid"):
        raise ValueError("production needs a real DVK_EMAIL_FROM address (not the .invalid placeholder)")


def listen_url(settings: Settings) -> str:
    """The caller cache's LISTEN connection as a plain postgresql:// URL (asyncpg's own), or empty: no cache (the
    cache is off, the database is SQLite, or PgBouncer stands in the way and no direct URL is given)."""
    if settings.caller_cache_seconds <= 0 or not settings.effective_database_url.startswith("postgresql"):
        return ""
    url = settings.database_listen_url
    if not url and settings.database_pooler == "pgbouncer":
        return ""
    url = url or settings.effective_database_url
    for prefix in ("postgresql+asyncpg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url.removeprefix(prefix)
    return url if url.startswith("postgresql://") else ""


def check_replica(settings: Settings) -> None:
    """A replica needs PostgreSQL on both ends, and read-your-writes must outlast the lag that is tolerated."""
    if settings.effective_database_url.startswith("sqlite") or not settings.effective_replica_url.startswith(
        "postgresql"
    ):
        raise ValueError(
            "DVK_DATABASE_REPLICA_URL needs PostgreSQL for both DVK_DATABASE_URL and the replica (a streaming "
            "replica of the primary); the embedded SQLite database has no replica: leave it empty"
        )
    if settings.replica_sticky_seconds < settings.replica_max_lag_seconds:
        raise ValueError(
            "DVK_REPLICA_STICKY_SECONDS must be at least DVK_REPLICA_MAX_LAG_SECONDS: a caller's write must stay "
            "read from the primary until the replica can be trusted to hold it"
        )


_EC_CURVES = {"ES256": "secp256r1", "ES384": "secp384r1", "ES512": "secp521r1"}


def _check_jwt_key(kid: str, key: str, alg: str) -> None:
    """Refuse key material the algorithm cannot use: a short or PEM secret for HMAC, a wrong private key else."""
    if alg not in HMAC_ALGORITHMS:
        _check_private_key(kid, key, alg)
        return
    if len(key.encode()) < 32:
        raise ValueError(f"JWT key {kid!r} is shorter than 256 bits")
    if "BEGIN" in key:
        raise ValueError("an HMAC algorithm cannot use a PEM key")


def _check_private_key(kid: str, pem: str, alg: str) -> None:
    """Refuse at start a key that would only fail when the first token is signed or checked."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(pem.encode(), password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise ValueError(f"JWT key {kid!r} must be a PEM private key for {alg}") from None
    if alg.startswith("RS"):
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError(f"JWT key {kid!r} must be an RSA key for {alg}")
        if key.key_size < 2048:
            raise ValueError(f"JWT key {kid!r}: RSA keys need at least 2048 bits")
    elif not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != _EC_CURVES[alg]:
        raise ValueError(f"JWT key {kid!r} must be an EC key on {_EC_CURVES[alg]} for {alg}")
