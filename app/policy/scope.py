"""The unit scope: which subtrees a caller reaches, as data and as a SQL filter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, ColumnElement, String, bindparam, false, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.sql.visitors import InternalTraversal

from app.policy.permissions import Permission, grants


def minimal_paths(paths: Iterable[str]) -> tuple[str, ...]:
    """Drop paths that lie inside another path of the set (their subtree is already covered)."""
    kept: list[str] = []
    for path in sorted(set(paths), key=len):
        if not any(path.startswith(p) for p in kept):
            kept.append(path)
    return tuple(sorted(kept))


def subtree_bounds(path: str) -> tuple[str, str]:
    """[low, high): every path that starts with `path`, byte-wise ('/1/7/' -> '/1/7/', '/1/70')."""
    return path, path[:-1] + chr(ord(path[-1]) + 1)


class InSubtree(ColumnElement[bool]):
    """SQL: the path column lies in the subtree whose path is `low` (low <= column < high, byte-wise).

    A range, not `LIKE :path || '%'`: PostgreSQL can use a text_pattern_ops index for a range whose
    bounds are parameters (~>=~ and ~<~, byte-wise), so a prepared statement's generic plan (reused
    without planning) still reads one index range; a LIKE prefix needs its value at plan time. On
    SQLite (BINARY collation, byte-wise) the plain comparisons do the same.
    """

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a comparison: no "= 1" where booleans are integers (SQLite)
    _traverse_internals = [  # SQLAlchemy's traversal spec: what the statement cache key covers
        ("column", InternalTraversal.dp_clauseelement),
        ("low", InternalTraversal.dp_clauseelement),
        ("high", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, low: Any, high: Any) -> None:
        self.column = column.expression if hasattr(column, "expression") else column
        self.low = low if isinstance(low, BindParameter) else bindparam(None, low, type_=String())
        self.high = high if isinstance(high, BindParameter) else bindparam(None, high, type_=String())


@compiles(InSubtree)
def _in_subtree_default(element: InSubtree, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"({column} >= {compiler.process(element.low, **kw)} AND {column} < {compiler.process(element.high, **kw)})"


@compiles(InSubtree, "postgresql")
def _in_subtree_postgresql(element: InSubtree, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    low, high = compiler.process(element.low, **kw), compiler.process(element.high, **kw)
    return f"({column} ~>=~ {low} AND {column} ~<~ {high})"


def in_subtree(column: ColumnElement[str] | InstrumentedAttribute[str], path: str) -> ColumnElement[bool]:
    """SQL: the path column lies in the subtree at `path` (the unit itself and everything below it)."""
    return InSubtree(column, *subtree_bounds(path))


def in_subtree_param(column: ColumnElement[str] | InstrumentedAttribute[str], name: str) -> ColumnElement[bool]:
    """SQL: the path column lies in the subtree given as parameters `{name}_low` and `{name}_high` (fill them with
    subtree_param()): for a statement built once and run with any subtree."""
    return InSubtree(column, bindparam(f"{name}_low"), bindparam(f"{name}_high"))


def subtree_param(name: str, path: str) -> dict[str, str]:
    """The parameters of in_subtree_param(column, name) for the subtree at `path`."""
    low, high = subtree_bounds(path)
    return {f"{name}_low": low, f"{name}_high": high}


def path_in(column: ColumnElement[str] | InstrumentedAttribute[str], paths: Iterable[str]) -> ColumnElement[bool]:
    """SQL: the path column lies in one of the subtrees (one index range each)."""
    clauses = [in_subtree(column, p) for p in minimal_paths(paths)]
    if not clauses:
        return false()
    return or_(*clauses)


@dataclass(frozen=True)
class Grant:
    """One role held at one unit."""

    role: str
    unit_id: int
    unit_path: str


@dataclass(frozen=True)
class Scope:
    """The caller's grants, answering where a permission applies."""

    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def paths(self, permission: Permission = Permission.READ) -> tuple[str, ...]:
        """The subtrees where the permission applies."""
        return minimal_paths(g.unit_path for g in self.grants if grants(g.role, permission))

    def covers(self, unit_path: str, permission: Permission = Permission.READ) -> bool:
        """True if the unit at this path lies in a subtree where the permission applies."""
        return any(unit_path.startswith(p) for p in self.paths(permission))

    def has(self, permission: Permission) -> bool:
        """True if the permission applies anywhere."""
        return bool(self.paths(permission))
