"""Settings read from DVK_* environment variables (pydantic-settings)."""

from __future__ import annotations

import ipaddress
import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.core.config_checks import DEV_DEMO_PASSWORD, DEV_JWT_SECRET, check_email, check_replica, check_secrets

# The development passphrase of the signing key store (the demo CA's keys): public, refused in production.
DEV_KEYSTORE_PASSPHRASE = "dvk-development-keystore-passphrase"
# The request quotas' settings (each must parse as a `limits` item, or be empty).
_QUOTA_NAMES = "default client anonymous create_user create_unit upload_user upload_unit import_user import_unit"
RATE_LIMIT_FIELDS = tuple(f"rate_limit_{name}" for name in _QUOTA_NAMES.split())


class Settings(BaseSettings):
    """Every knob of the service; each maps to an environment variable DVK_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="DVK_", env_file=None, extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str = ""
    # PostgreSQL pool: test every connection with a round trip when it is taken from the pool (costs one
    # round trip per request; off by default: a dropped connection is discarded on its first error, and
    # connections are replaced after database_pool_recycle_seconds anyway).
    database_pre_ping: bool = False
    database_pool_size: int = Field(default=20, ge=1, le=200)
    database_pool_recycle_seconds: int = Field(default=1800, ge=-1)
    # Outage bounds: a request that needs the database answers 503 `database_unavailable` within about
    # pool_timeout + connect_timeout + command_timeout seconds, never hangs. connect: opening a connection
    # (TCP + start-up); pool: waiting for a free pooled connection; statement: the server cancels a
    # statement running longer (PostgreSQL statement_timeout); the client gives up on a silent server one
    # second after that (asyncpg command_timeout), which is what ends a network partition.
    database_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    database_pool_timeout_seconds: float = Field(default=5.0, gt=0, le=120)
    database_statement_timeout_seconds: float = Field(default=15.0, gt=0, le=3600)
    # Serialization failures and deadlocks: how many times a request with a buffered body is run again
    # before it answers 503.
    database_retry_attempts: int = Field(default=3, ge=0, le=10)
    # What stands between the app and PostgreSQL. `pgbouncer`: PgBouncer in transaction pooling mode (any
    # transaction, and any statement outside one, may run on another server connection), so the engine prepares no
    # named statement that outlives its round trip (asyncpg's statement caches off) and sends no start-up parameter
    # PgBouncer refuses (statement_timeout: set it on the role instead; README "Scaling out").
    database_pooler: Literal["none", "pgbouncer"] = "none"
    # A PostgreSQL streaming replica for reads that tolerate staleness (GET and HEAD requests; app/core/replica.py).
    # Empty: every read goes to the primary. Refused with a SQLite primary.
    database_replica_url: str = ""
    # Reads go back to the primary while the replica's replay is further behind than this.
    replica_max_lag_seconds: float = Field(default=5.0, gt=0, le=3600)
    # Read-your-writes: a caller who wrote reads from the primary until the replica has replayed the write (the
    # commit's WAL position in a cookie) and, in the process that served the write, for this long (by token).
    # At least replica_max_lag_seconds: a write older than that is on the replica or the replica is not used.
    replica_sticky_seconds: float = Field(default=10.0, ge=0, le=3600)
    # The replica's position and lag are read this often (by each API process); a reading is trusted while its lag
    # plus its age stays within replica_max_lag_seconds.
    replica_check_interval_seconds: float = Field(default=1.0, ge=0.1, le=60)
    # Opening a connection to the replica, and its status check, give up after this (the primary stays usable).
    replica_connect_timeout_seconds: float = Field(default=1.0, gt=0, le=30)
    # A replica found down is left alone this long before it is checked again (the circuit breaker).
    replica_retry_seconds: float = Field(default=5.0, ge=0.1, le=600)
    # The caller cache (app/auth/caller_cache.py): a signed-in person's row and grants are kept this long at most
    # (0: off), dropped when PostgreSQL NOTIFYs a change to them; DVK_DATABASE_LISTEN_URL is the direct connection
    # that LISTENs (empty: the database URL; none behind DVK_DATABASE_POOLER=pgbouncer, where LISTEN cannot work).
    caller_cache_seconds: float = Field(default=60.0, ge=0, le=3600)
    database_listen_url: str = ""
    # /readyz answers within this, whatever the database or the network does.
    readyz_timeout_seconds: float = Field(default=2.0, gt=0, le=60)
    # How long a duplicate request (same Idempotency-Key) waits for the first one before 409.
    idempotency_wait_seconds: float = Field(default=10.0, gt=0, le=120)
    data_dir: Path = Path("data")
    # The address the public reaches this API at: generated documents print their verification address
    # (`<public_base_url>/api/v1/public/verify/<code>`) and its QR code with it: set it in production.
    public_base_url: str = "http://127.0.0.1:8000"
    log_level: str = "INFO"
    log_json: bool = True
    # JSON list or comma-separated: https://a.example.vn,https://b.example.vn
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # When set, GET /metrics needs "Authorization: Bearer <metrics_token>" (the scraper's secret); required
    # in production (the service refuses to start without it).
    metrics_token: str = ""
    # Proxies whose X-Forwarded-For is believed (CIDR list, JSON or comma form). Empty: nobody's; the client
    # address is the TCP peer's.
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)

    jwt_algorithm: str = "HS256"
    # JSON object kid -> key. For HS* the key is the shared secret; for RS*/ES* a PEM private key
    # (the public key is derived from it). Several kids let keys rotate: only jwt_active_kid signs.
    jwt_keys: dict[str, str] = Field(default_factory=lambda: {"dev-1": DEV_JWT_SECRET})
    jwt_active_kid: str = "dev-1"
    jwt_issuer: str = "dvk-api"
    jwt_audience: str = "dvk-clients"
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=365)
    # Service clients (client-credentials grant): their access tokens' lifetime (no refresh token: a client
    # asks again), and the longest overlap an administrator may give the old secrets when rotating.
    service_client_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    service_client_max_overlap_seconds: int = Field(default=7 * 24 * 3600, ge=0, le=30 * 24 * 3600)

    # argon2id cost; the defaults are argon2-cffi's recommended profile (RFC 9106 low-memory).
    argon2_time_cost: int = Field(default=3, ge=1, le=20)
    argon2_memory_kib: int = Field(default=65536, ge=8, le=4_194_304)

    # Sign-in throttling. Per (account, address) pair: after login_pair_free_failures failures within
    # login_window_seconds each further try waits login_backoff_base_seconds * 2^(extra failures), at most
    # login_backoff_max_seconds. Per account from all addresses: login_max_failures_per_account within
    # login_account_window_seconds (high, so a stranger cannot lock a user out quickly). Per address across
    # accounts: login_max_failures_per_address within login_window_seconds.
    login_pair_free_failures: int = Field(default=3, ge=0)
    login_backoff_base_seconds: int = Field(default=1, ge=1)
    login_backoff_max_seconds: int = Field(default=900, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    login_max_failures_per_account: int = Field(default=100, ge=1)
    login_account_window_seconds: int = Field(default=3600, ge=1)
    login_max_failures_per_address: int = Field(default=50, ge=1)
    # Tokens whose iat lies further in the future than this are refused (clock skew allowance).
    token_iat_leeway_seconds: int = Field(default=60, ge=0, le=3600)

    # Request quotas, in the notation of the `limits` library ("600/minute", "20/hour"; empty = off), fixed
    # windows counted where every worker and replica sees them: the database, or Redis when redis_url is set.
    rate_limit_enabled: bool = True
    # auto: Redis when redis_url is set, else the database on PostgreSQL and the process's memory on SQLite
    # (one writer: a counter row per request would queue behind the requests' own writes).
    rate_limit_store: Literal["auto", "database", "memory", "redis"] = "auto"
    # The quota counter's answer is awaited this long; a store that is slower, or fails, lets the request
    # through uncounted (fail open: quotas must not take the API down with the database or Redis).
    rate_limit_store_timeout_seconds: float = Field(default=1.0, gt=0, le=30)
    # Database store: the per-caller quotas (default, client, anonymous) counted in the process and added to the
    # shared rows every this many seconds (0: a statement per request); creates, uploads, imports stay exact.
    rate_limit_flush_seconds: float = Field(default=0.2, ge=0, le=5)
    redis_url: str = ""
    redis_key_prefix: str = "dvk"
    rate_limit_default: str = "600/minute"  # every request of one signed-in user
    rate_limit_client: str = "1200/minute"  # every request of one service client (instead of the default)
    rate_limit_anonymous: str = "300/minute"  # every request without a valid token, per client address
    rate_limit_create_user: str = "30/minute"  # creating requests (201) of one user ...
    rate_limit_create_unit: str = "120/minute"  # ... and of all users of one unit (the caller's home unit)
    rate_limit_upload_user: str = "30/minute"  # evidence and decision document uploads
    rate_limit_upload_unit: str = "120/minute"
    rate_limit_import_user: str = "10/minute"  # registration imports (dry runs included)
    rate_limit_import_unit: str = "30/hour"

    max_json_body_bytes: int = Field(default=1_048_576, ge=1024)
    page_size_default: int = Field(default=50, ge=1)
    page_size_max: int = Field(default=200, ge=1)

    # Evidence files: where the bytes go and how much a model may hold.
    storage_backend: Literal["local", "s3"] = "local"
    s3_endpoint_url: str = ""
    s3_bucket: str = "dvk-evidence"
    s3_access_key: str = ""
    s3_secret_key: str = ""
    s3_region: str = "us-east-1"
    max_upload_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    model_quota_bytes: int = Field(default=200 * 1024 * 1024, ge=1024)
    # Photos are decoded and re-encoded; above this many pixels (width × height, read from the header) they
    # are refused with 422 image_too_large before decoding. Decoding costs 3-4 bytes per pixel of memory.
    image_max_pixels: int = Field(default=40_000_000, ge=1_000_000)

    # Bulk import of the registration list form: data rows per file, and the file's size in bytes
    # (the body is cut off with 413 as soon as it passes this, whether it has a Content-Length or is chunked).
    import_max_rows: int = Field(default=10_000, ge=1, le=1_000_000)
    import_max_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    # Cells per row of the imported sheet (the form has 20 columns): a wider row is refused before parsing.
    import_max_columns: int = Field(default=100, ge=20, le=16_384)

    # Zip-based office files (XLSX, DOCX, ODT, ODS), checked before anything parses them: the total size of
    # their parts once expanded, how many parts, and how far one part (over 1 MiB) may expand per byte.
    archive_max_expanded_bytes: int = Field(default=100 * 1024 * 1024, ge=1024 * 1024)
    archive_max_entries: int = Field(default=10_000, ge=10)
    archive_max_ratio: int = Field(default=100, ge=10)

    demo_password: str = DEV_DEMO_PASSWORD
    load_demo: bool = True

    # The background worker (`dvk worker`; app/worker). worker_in_process: the API process runs one worker
    # beside itself (./scripts/serve sets it, so the embedded SQLite default delivers webhooks too).
    worker_in_process: bool = False
    worker_concurrency: int = Field(default=4, ge=1, le=64)
    worker_poll_interval_seconds: float = Field(default=1.0, ge=0.05, le=60)
    # A claimed job belongs to its worker this long, renewed while it runs; a killed worker's job is claimed
    # again once it runs out.
    worker_lease_seconds: int = Field(default=60, ge=5, le=3600)
    # On SIGTERM/SIGINT: how long the jobs in hand may finish before they are released for another worker.
    worker_shutdown_grace_seconds: float = Field(default=20.0, ge=0, le=600)
    # Finished and failed jobs are kept this long (done periodic occasions: an hour).
    worker_job_retention_hours: int = Field(default=72, ge=1, le=24 * 90)
    # A service client's call log (GET /clients/{id}/calls) keeps this many days; older rows are deleted daily.
    client_call_retention_days: int = Field(default=90, ge=1, le=3650)
    # A person's inbox: a read notification is deleted this many days after it was read, any notification this
    # many days after it was made (read or not); daily, by notifications.purge. The second is at least the first.
    notification_read_retention_days: int = Field(default=180, ge=30, le=3650)
    notification_retention_days: int = Field(default=730, ge=90, le=7300)

    # Webhooks (app/webhooks). http:// URLs only when allowed (development); refused in production.
    webhook_allow_http: bool = False
    # Hosts, addresses or networks exempt from the address checks (the test suite's loopback receiver, e.g.
    # 127.0.0.1). JSON list or comma-separated; refused in production.
    webhook_allow_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Extra certificate authorities (a PEM file) trusted for receivers' TLS, beside the default roots (e.g. a
    # provincial CA).
    webhook_ca_file: Path | None = None
    # After a secret rotation, the previous secret keeps signing (a second signature) this long.
    webhook_secret_overlap_hours: int = Field(default=24, ge=0, le=24 * 30)
    webhook_connect_timeout_seconds: float = Field(default=5.0, gt=0, le=60)
    # One attempt, from resolving the host to the last byte read, ends after this whatever the receiver does.
    webhook_timeout_seconds: float = Field(default=15.0, gt=0, le=120)
    # Of the receiver's answer this many bytes are read and kept in the delivery log; the rest is never read.
    webhook_response_snippet_bytes: int = Field(default=1024, ge=0, le=65_536)
    webhook_max_attempts: int = Field(default=15, ge=1, le=30)
    # Wait before attempt n+1: uniform in [0, min(base · 2^(n−1), max)] (full jitter); Retry-After is honoured
    # up to max.
    webhook_retry_base_seconds: float = Field(default=5.0, gt=0, le=3600)
    webhook_retry_max_seconds: float = Field(default=43_200.0, ge=1, le=7 * 86_400)
    # How often the outbox dispatcher turns new events into deliveries, and how many events per run.
    webhook_dispatch_interval_seconds: int = Field(default=2, ge=1, le=3600)
    webhook_dispatch_batch: int = Field(default=500, ge=1, le=10_000)
    # An event id missing below newer ones (its transaction still open, or rolled back) is looked for again
    # until it is this old.
    webhook_dispatch_gap_seconds: int = Field(default=600, ge=10, le=86_400)

    # Email (app/notifications/email). The worker sends; a request never does. `file`: each email is written as
    # an .eml file under email_file_dir (default <data_dir>/emails), so ./scripts/serve needs no mail server;
    # `smtp`: sent through the SMTP server below (aiosmtplib).
    email_backend: Literal["file", "smtp"] = "file"
    email_file_dir: Path | None = None
    # The From header: "Name <address>".
    email_from: str = "Dân vận khéo <no-reply@dvk.invalid>"
    email_smtp_host: str = ""
    email_smtp_port: int = Field(default=587, ge=1, le=65_535)
    # starttls: plain connection upgraded by STARTTLS (port 587); tls: TLS from the first byte (port 465);
    # none: no encryption (a relay on the same machine or network only; refused in production with a password).
    # Certificates are always verified (the system's roots plus email_smtp_ca_file).
    email_smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    email_smtp_username: str = ""
    email_smtp_password: SecretStr = SecretStr("")
    email_smtp_ca_file: Path | None = None
    # One sending attempt (connect, greet, authenticate, send), start to end.
    email_smtp_timeout_seconds: float = Field(default=30.0, gt=0, le=300)
    # Attempts before a message is given up (failed); the wait before attempt n+1 is uniform in
    # [0, min(base · 2^(n−1), max)] (the worker's full-jitter back-off).
    email_max_attempts: int = Field(default=10, ge=1, le=30)
    email_retry_base_seconds: float = Field(default=30.0, gt=0, le=3600)
    email_retry_max_seconds: float = Field(default=6 * 3600.0, ge=1, le=7 * 86_400)
    # How often new notifications become immediate emails (or wait for a digest), and how many per run.
    email_produce_interval_seconds: int = Field(default=10, ge=1, le=3600)
    email_produce_batch: int = Field(default=500, ge=1, le=10_000)
    # How often the digest job looks for people whose digest hour has come (a digest goes out within this
    # after the hour), and the most notifications one digest lists (the others are counted).
    email_digest_interval_seconds: int = Field(default=300, ge=60, le=3600)
    email_digest_max_items: int = Field(default=50, ge=1, le=500)
    # Sent, failed, bounced and skipped emails are deleted after this (daily); queued ones are kept.
    email_retention_days: int = Field(default=90, ge=1, le=3650)

    # Notifications (app/notifications): how often the fan-out turns new events into notifications, how many
    # events per run, and how long an event id missing below newer ones is looked for again (as the webhooks').
    notification_fanout_interval_seconds: int = Field(default=5, ge=1, le=3600)
    notification_fanout_batch: int = Field(default=500, ge=1, le=10_000)
    notification_fanout_gap_seconds: int = Field(default=600, ge=10, le=86_400)

    # Generated documents (app/documents): a folder of YAML files laid over the built-in templates, one per
    # kind (`decision.recognition.yaml`, `certificate.yaml`, …); empty: the built-in wording only.
    document_templates_dir: Path | None = None
    # The units' signing keys: `<unit id>.p12` (PKCS#12) or `<unit id>.key.pem` (encrypted PKCS#8) +
    # `<unit id>.cert.pem` (certificate, then its chain), and `trust/*.pem` (the roots verification
    # trusts). Default: data_dir/signing. The passphrase opens every key file; the development default is
    # public, so in production the key store opens no key with it (every unit is "without a signer").
    signing_keystore_dir: Path | None = None
    signing_keystore_passphrase: SecretStr = SecretStr(DEV_KEYSTORE_PASSPHRASE)
    # RFC 3161 timestamp authority; empty: signatures carry the signer's clock only (PAdES B-B). When set,
    # a signature without its timestamp is never issued (TimestampUnavailable).
    signing_tsa_url: str = ""
    signing_tsa_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    # The largest PDF verification reads (an upload to verify, a document to sign).
    document_max_bytes: int = Field(default=20 * 1024 * 1024, ge=64 * 1024, le=200 * 1024 * 1024)

    @field_validator("cors_origins", "trusted_proxies", "webhook_allow_hosts", mode="before")
    @classmethod
    def _split_list(cls, value: object) -> object:
        """Accept a comma-separated list as well as JSON."""
        if isinstance(value, str):
            if value.strip().startswith("["):
                return json.loads(value)
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _check_networks(cls, value: list[str]) -> list[str]:
        """Every entry must be an address or a CIDR network."""
        for entry in value:
            ipaddress.ip_network(entry, strict=False)
        return value

    @field_validator(*RATE_LIMIT_FIELDS)
    @classmethod
    def _check_rate(cls, value: str) -> str:
        """A quota must parse as one `limits` item ("N/period"), or be empty (off)."""
        if value.strip():
            from limits import parse

            parse(value)
        return value.strip()

    @field_validator("jwt_keys", mode="before")
    @classmethod
    def _parse_keys(cls, value: object) -> object:
        """Accept the key set as a JSON string."""
        if isinstance(value, str):
            return json.loads(value)
        return value

    @model_validator(mode="after")
    def _check_secrets(self) -> Settings:
        """Refuse unsafe key material; refuse the public development secret outside development."""
        check_secrets(self)
        return self

    @model_validator(mode="after")
    def _check_services(self) -> Settings:
        """Settings that name another service must name one the app can use."""
        if self.signing_tsa_url and not self.signing_tsa_url.startswith(("https://", "http://")):
            raise ValueError("DVK_SIGNING_TSA_URL must be an http(s) URL")
        if self.rate_limit_store == "redis" and not self.redis_url:
            raise ValueError("DVK_RATE_LIMIT_STORE=redis needs DVK_REDIS_URL")
        if self.database_replica_url:
            check_replica(self)
        return self

    @model_validator(mode="after")
    def _check_email(self) -> Settings:
        """The email channel's settings (config_checks.check_email)."""
        check_email(self)
        return self

    @model_validator(mode="after")
    def _check_retention(self) -> Settings:
        """A read notification cannot outlive every notification."""
        if self.notification_retention_days < self.notification_read_retention_days:
            raise ValueError("DVK_NOTIFICATION_RETENTION_DAYS must be at least DVK_NOTIFICATION_READ_RETENTION_DAYS")
        return self

    @model_validator(mode="after")
    def _check_public_url(self) -> Settings:
        """The address documents print: an http(s) URL."""
        if not self.public_base_url.startswith(("https://", "http://")):
            raise ValueError("DVK_PUBLIC_BASE_URL must be an http(s) URL")
        return self

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the embedded SQLite database in the data folder."""
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{(self.data_dir / 'dvk.sqlite3').as_posix()}"

    @property
    def effective_replica_url(self) -> str:
        """The replica's URL with the async driver, or empty when none is configured."""
        return normalise_database_url(self.database_replica_url) if self.database_replica_url else ""

    @property
    def effective_keystore_dir(self) -> Path:
        """The signing key store folder: the configured one, or `signing` in the data folder."""
        return self.signing_keystore_dir or self.data_dir / "signing"

    @property
    def is_production(self) -> bool:
        """True when running for real."""
        return self.env == "production"

    @property
    def email_folder(self) -> Path:
        """Where the file backend writes emails."""
        return self.email_file_dir or self.data_dir / "emails"


def normalise_database_url(url: str) -> str:
    """Map plain postgres:// and sqlite:// URLs to the async drivers the app uses."""
    for prefix, driver in (
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql://", "postgresql+asyncpg://"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ):
        if url.startswith(prefix):
            return driver + url[len(prefix) :]
    return url


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
