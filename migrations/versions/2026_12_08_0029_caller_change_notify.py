"""caller change notify: NOTIFY dvk_caller when a signed-in person's row, roles, sessions or units change

The API processes cache each caller's row and grants (app/auth/caller_cache.py) and LISTEN on `dvk_caller`:
the payload is the user's id, or '*' (a unit's path or activity changed: anyone's grants may have). PostgreSQL
only; SQLite (one process, no cache) gets nothing.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-08 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTION = "dvk_notify_caller"

# Row triggers name the user (users: the row's id; role_assignments and refresh_tokens: user_id, old and new);
# statement triggers (units, TRUNCATE) say '*'. pg_notify in a transaction is sent at commit, duplicates folded.
FUNCTION_SQL = f"""
CREATE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'STATEMENT' THEN
        PERFORM pg_notify('dvk_caller', '*');
    ELSIF TG_TABLE_NAME = 'users' THEN
        PERFORM pg_notify('dvk_caller', OLD.id::text);
    ELSE
        IF TG_OP <> 'INSERT' THEN
            PERFORM pg_notify('dvk_caller', OLD.user_id::text);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM pg_notify('dvk_caller', NEW.user_id::text);
        END IF;
    END IF;
    RETURN NULL;
END
$$
"""

_USER_COLUMNS = ("username", "full_name", "position", "email", "home_unit_id", "is_active")


def _row(prefix: str) -> str:
    return "(" + ", ".join(f"{prefix}.{column}" for column in _USER_COLUMNS) + ")"


ROW, STATEMENT = "FOR EACH ROW", "FOR EACH STATEMENT"
USER_CHANGED = f"{ROW} WHEN ({_row('OLD')} IS DISTINCT FROM {_row('NEW')})"

# (trigger name, table, events, level and condition)
TRIGGERS = (
    # The columns the caller reads only: a version bump or a password change alone says nothing.
    ("dvk_caller_users_update", "users", "UPDATE", USER_CHANGED),
    ("dvk_caller_users_delete", "users", "DELETE", ROW),
    ("dvk_caller_roles", "role_assignments", "INSERT OR UPDATE OR DELETE", ROW),
    (
        "dvk_caller_tokens_revoked",
        "refresh_tokens",
        "UPDATE OF revoked_at",
        f"{ROW} WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at)",
    ),
    ("dvk_caller_tokens_insert", "refresh_tokens", "INSERT", f"{ROW} WHEN (NEW.revoked_at IS NOT NULL)"),
    # A move rewrites a whole subtree's paths in one statement: one '*' for it, not one per unit.
    ("dvk_caller_units_update", "units", "UPDATE OF path, is_active", STATEMENT),
    ("dvk_caller_units_delete", "units", "DELETE", STATEMENT),
    *(
        (f"dvk_caller_{table}_truncate", table, "TRUNCATE", STATEMENT)
        for table in ("users", "role_assignments", "refresh_tokens", "units")
    ),
)


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _postgresql():
        return
    op.execute(FUNCTION_SQL)
    for name, table, events, level in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} AFTER {events} ON {table} {level} EXECUTE FUNCTION {FUNCTION}()")


def downgrade() -> None:
    if not _postgresql():
        return
    for name, table, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
