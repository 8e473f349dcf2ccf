"""One way to see: every aggregate's visibility rule is in app/policy/visibility.py, and no other module
turns a caller's scope into SQL.

The structural half reads the source with `ast` (nothing is imported for it); the rest runs the rules on
the demo data.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ColumnElement, Select, func, select

from app.models import (
    Campaign,
    Confirmation,
    Decision,
    Document,
    Event,
    Evidence,
    FollowUp,
    IndicatorValue,
    ModelConditions,
    ModelHistory,
    Notification,
    RegisteredModel,
    Review,
    SentRegistrationList,
    ServiceClient,
    Survey,
    Unit,
    UnitPlan,
    User,
    WebhookSubscription,
)
from app.policy import visibility
from app.policy.permissions import Role
from app.policy.principal import Caller, CallerUser
from app.policy.scope import Grant, Scope

APP = Path(__file__).resolve().parents[2] / "app"
AGGREGATES = (
    RegisteredModel,
    Review,
    Decision,
    Document,
    Campaign,
    User,
    Evidence,
    Survey,
    ModelHistory,
    FollowUp,
    ModelConditions,
    Confirmation,
    IndicatorValue,
    SentRegistrationList,
    UnitPlan,
    Event,
    Notification,
    ServiceClient,
    WebhookSubscription,
)
# What turns a scope into SQL: the range filter's pieces (in_subtree stays free: it narrows a list to a unit
# the client names, after the scope has been applied).
SCOPE_TO_SQL = {"path_in", "InSubtree", "subtree_bounds"}
# Repositories whose reads return user data: each reads through the base.
SCOPED_REPOSITORIES = (
    "registry",
    "reviews",
    "decisions",
    "campaigns",
    "users",
    "evidence",
    "registrations",
    "followups",
    "plans",
    "criteria",
    "confirmations",
    "feed",
    "clients",
    "webhooks",
    "documents",
)


def _caller(*grants: tuple[str, int, str]) -> Caller:
    import uuid

    user = CallerUser(id=uuid.uuid4(), username="t", full_name="T", position=None, email=None, home_unit_id=None)
    return Caller(user=user, scope=Scope(tuple(Grant(r, u, p) for r, u, p in grants)), session_id=None)


def _outside_policy() -> list[Path]:
    return [p for p in APP.rglob("*.py") if "policy" not in p.relative_to(APP).parts[:1]]


def test_every_aggregate_has_one_rule_and_a_scoped_base() -> None:
    caller = _caller(("viewer", 7, "/1/7/"))
    assert set(visibility.RULES) == set(AGGREGATES)
    for entity in AGGREGATES:
        assert isinstance(visibility.RULES[entity](caller), ColumnElement)
        assert isinstance(visibility.scoped(caller, entity), Select)


def test_no_module_outside_policy_turns_a_scope_into_sql() -> None:
    offenders = []
    for path in _outside_policy():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
            if name in SCOPE_TO_SQL:
                offenders.append(f"{path.relative_to(APP)}:{node.lineno} uses {name}")
            # caller.scope.paths(...): the subtrees a filter would be built from
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "paths"
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "scope"
            ):
                offenders.append(f"{path.relative_to(APP)}:{node.lineno} reads scope.paths")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in {"visible_to", "_in_scope"}:
                offenders.append(f"{path.relative_to(APP)}:{node.lineno} defines {node.name}")
    assert offenders == []


@pytest.mark.parametrize("package", SCOPED_REPOSITORIES)
def test_each_scoped_repository_reads_through_the_base(package: str) -> None:
    tree = ast.parse((APP / package / "repository.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        f"{node.module}.{a.name}" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names
    }
    assert imported & {"app.policy.visibility", "app.policy.visibility.scoped"}


def test_the_prepared_model_rule_is_the_same_rule() -> None:
    caller = _caller(("viewer", 7, "/1/7/"), ("authority", 9, "/1/9/"))
    (paths, deciding), params = visibility.model_rule_params(caller)
    assert (paths, deciding) == (2, True)
    assert params == {"low_0": "/1/7/", "high_0": "/1/70", "low_1": "/1/9/", "high_1": "/1/90", "deciding": [9]}
    assert visibility.model_rule_params(_caller()) == ((0, False), {})


async def _count(session: Any, caller: Caller, entity: Any) -> int:
    query = select(func.count()).select_from(visibility.scoped(caller, entity).subquery())
    return int(await session.scalar(query) or 0)


async def test_a_caller_without_grants_sees_nothing_and_the_root_sees_every_model(session: Any, demo: Any) -> None:
    nobody = _caller()
    for entity in AGGREGATES:
        assert await _count(session, nobody, entity) == 0
    root_path = str(await session.scalar(select(Unit.path).where(Unit.code == "QT")))
    root = _caller((Role.VIEWER.value, demo.unit("QT"), root_path))
    for entity in (Campaign, User):  # the demo has both; a viewer manages no users
        assert await _count(session, root, entity) == (0 if entity is User else await _total(session, entity))
    assert await _count(session, root, RegisteredModel) == await _total(session, RegisteredModel)


async def _total(session: Any, entity: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(entity)) or 0)
