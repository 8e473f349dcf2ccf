"""The unit scope: which subtrees a caller reaches, as data and as a SQL filter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, false, or_
from sqlalchemy.orm import InstrumentedAttribute

from app.policy.permissions import Permission, grants


def minimal_paths(paths: Iterable[str]) -> tuple[str, ...]:
    """Drop paths that lie inside another path of the set (their subtree is already covered)."""
    kept: list[str] = []
    for path in sorted(set(paths), key=len):
        if not any(path.startswith(p) for p in kept):
            kept.append(path)
    return tuple(sorted(kept))


def path_in(column: ColumnElement[str] | InstrumentedAttribute[str], paths: Iterable[str]) -> ColumnElement[bool]:
    """SQL: the path column lies in one of the subtrees (an index-friendly prefix match each)."""
    clauses = [column.startswith(p) for p in minimal_paths(paths)]
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

    def roles_at(self, unit_path: str) -> set[str]:
        """The roles whose scope covers this unit."""
        return {g.role for g in self.grants if unit_path.startswith(g.unit_path)}
