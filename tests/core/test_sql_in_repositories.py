"""SQL lives only in repositories: outside `<domain>/repository.py` (and the few modules listed below, each
with its reason), no module of app/ builds a SQL statement or runs one.

Read from the source with `ast` (nothing is imported). A module breaks the rule when it
- imports a statement or expression builder from SQLAlchemy (`select`, `insert`, `update`, `delete`, `text`,
  `func`, `exists`, `and_`, `or_`, `case`, `bindparam`, …; `from sqlalchemy... import x` or `sa.x`), or
- runs a statement: calls `execute`, `scalar`, `scalars`, `stream`, `stream_scalars` or `get` on a session or
  connection (a name or attribute ending in `session`, `conn` or `connection`).
What stays allowed everywhere: the session's unit of work (`add`, `flush`, `delete(obj)`, `refresh`), the
session and result *types* (`AsyncSession`, `Select`, `ColumnElement` in annotations) and SQLAlchemy's
exceptions: services own the transaction's writes to objects they loaded through a repository.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

BUILDERS = frozenset(
    {
        "select",
        "insert",
        "update",
        "delete",
        "text",
        "func",
        "exists",
        "union",
        "union_all",
        "intersect",
        "except_",
        "literal",
        "literal_column",
        "column",
        "table",
        "values",
        "case",
        "cast",
        "and_",
        "or_",
        "not_",
        "tuple_",
        "bindparam",
        "true",
        "false",
        "null",
        "lambda_stmt",
        "join",
        "outerjoin",
        "distinct",
        "any_",
        "all_",
    }
)
RUNNERS = frozenset({"execute", "scalar", "scalars", "stream", "stream_scalars", "get", "get_one"})
SESSION_SUFFIXES = ("session", "conn", "connection")

# Modules that may hold SQL although they are not a repository, each with why. (The ORM tables, app/models/,
# define columns and constraints, not statements; migrations/ and scripts/ lie outside app/.)
ALLOWED = {
    # The query base itself: each aggregate's visibility rule and `scoped(caller, Entity)` build the clauses
    # every repository starts from.
    "policy/visibility.py",
    # The unit-subtree filter (a bound clause the visibility rules embed), part of that query base.
    "policy/scope.py",
    # Infrastructure below every domain (core imports no domain package, so it cannot ask one's repository):
    # the idempotency store and the rate-limit store keep their own tables with dialect-specific upserts.
    "core/idempotency.py",
    "core/ratelimit_store.py",
    # The driver's runner: it executes the statements repositories build (their fallback through the session on
    # SQLite); it builds none of its own.
    "core/driver.py",
    # The read replica's router: the primary's WAL positions and the replica's replay position and lag.
    "core/replica.py",
    # The per-year code sequences: a counter row per (kind, year) claimed with an atomic UPDATE … RETURNING on
    # its own connection, outside the request's transaction, so a rolled-back request never reuses a code.
    "registry/codes.py",
}


def _is_allowed(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name == "repository.py" or name.endswith("_repository.py") or rel.startswith("models/") or rel in ALLOWED


def _receiver_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def sql_in(source: str) -> list[str]:
    """Every place one module's source builds or runs SQL: ['line N: what']."""
    found: list[str] = []
    aliases: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "sqlalchemy":
            found.extend(
                f"line {node.lineno}: imports {a.name} from {node.module}" for a in node.names if a.name in BUILDERS
            )
        elif isinstance(node, ast.Import):
            aliases.update(a.asname or a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = _receiver_name(node.func.value)
            if node.func.attr in RUNNERS and receiver is not None and receiver.lower().endswith(SESSION_SUFFIXES):
                found.append(f"line {node.lineno}: {receiver}.{node.func.attr}(...)")
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr in BUILDERS
        ):
            found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    return found


def _modules() -> list[str]:
    return sorted(p.relative_to(APP).as_posix() for p in APP.rglob("*.py"))


@pytest.mark.parametrize("rel", [m for m in _modules() if not _is_allowed(m)])
def test_no_sql_outside_repositories(rel: str) -> None:
    found = sql_in((APP / rel).read_text(encoding="utf-8"))
    assert not found, f"app/{rel} holds SQL (move it to the package's repository.py): " + "; ".join(found)


def test_every_allowed_module_still_holds_sql() -> None:
    """An exception that no longer needs to be one is dropped from the list, so the list stays the truth."""
    stale = sorted(rel for rel in ALLOWED if not (APP / rel).is_file() or not sql_in((APP / rel).read_text("utf-8")))
    assert not stale, f"allowed but holding no SQL (drop them from ALLOWED): {stale}"


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy import select\nasync def f(session):\n    return 1\n",
        "from sqlalchemy.dialects.postgresql import insert\n",
        "import sqlalchemy as sa\nq = sa.update(T)\n",
        "async def f(session, stmt):\n    return await session.execute(stmt)\n",
        "async def f(self, m, i):\n    return await self.session.get(m, i)\n",
        "async def f(conn, stmt):\n    return await conn.scalar(stmt)\n",
    ],
)
def test_the_rule_catches_a_planted_statement(source: str) -> None:
    assert sql_in(source)


@pytest.mark.parametrize(
    "source",
    [
        "from sqlalchemy.ext.asyncio import AsyncSession\nfrom sqlalchemy.exc import IntegrityError\n",
        "from sqlalchemy import Select, ColumnElement\n",
        "async def f(session, obj):\n    session.add(obj)\n    await session.flush()\n    await session.delete(obj)\n",
        "def f(headers):\n    return headers.get('x')\n",
    ],
)
def test_the_rule_lets_the_unit_of_work_and_types_pass(source: str) -> None:
    assert not sql_in(source)
