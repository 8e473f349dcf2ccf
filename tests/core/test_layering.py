"""The layers: the request context, the error classes, policy and the workflow engine know nothing of HTTP;
core imports no domain package; the ORM tables import no other package of the app.

Read from the source with `ast` (nothing is imported), following the app's own imports, so a module that
reaches FastAPI or Starlette through another app module is caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
HTTP = ("fastapi", "starlette")
# Not listed: app.models (the ORM tables, the bottom layer shared by every layer: core/idempotency stores its
# records in one) and app.text (below the tables).
CORE_MAY_NOT_IMPORT = (
    "app.ops",
    "app.registry",
    "app.reviews",
    "app.evidence",
    "app.decisions",
    "app.workflow",
    "app.policy",
    "app.registrations",
    "app.campaigns",
    "app.clients",
    "app.units",
    "app.users",
    "app.public",
    "app.auth",
    "app.authority",
    "app.coverage",
    "app.demo",
    "app.events",
    "app.fields",
    "app.criteria",
    "app.plans",
    "app.storage",
    "app.webhooks",
    "app.worker",
    "app.background",
    "app.main",
    "app.cli",
)
# The ORM tables use nothing of the app but each other and app.text.
MODELS_MAY_IMPORT = ("app.models", "app.text")


def _file_of(module: str) -> Path | None:
    rel = Path(*module.split(".")[1:])
    for candidate in (APP / rel.with_suffix(".py"), APP / rel / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path) -> set[str]:
    """Every module a file imports (at the top or inside a function), `from x import y` giving x and x.y."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _reached(module: str) -> dict[str, str]:
    """Every module reached from one app module through app modules: {module: the app module importing it}."""
    seen: dict[str, str] = {}
    todo = [module]
    while todo:
        current = todo.pop()
        path = _file_of(current)
        if path is None:
            continue
        for name in _imports(path):
            if name not in seen:
                seen[name] = current
                if name.startswith("app.") and _file_of(name) is not None:
                    todo.append(name)
    return seen


POLICY = sorted(f"app.policy.{p.stem}" for p in (APP / "policy").glob("*.py") if p.stem != "__init__")
WORKFLOW = sorted(f"app.workflow.{p.stem}" for p in (APP / "workflow").glob("*.py") if p.stem != "__init__")
# The workflow as a whole (engine, table, states, the service that applies moves) and the services that move
# models through it with a RequestContext (issuing and revoking decisions, a user's move) know nothing of HTTP.
MOVERS = ["app.decisions.issue", "app.decisions.revoke", "app.registry.moves"]
PURE = ["app.core.context", "app.core.errors", *WORKFLOW, *MOVERS, *POLICY]


@pytest.mark.parametrize("module", PURE)
def test_module_reaches_no_fastapi_or_starlette(module: str) -> None:
    http = {name: via for name, via in _reached(module).items() if name.split(".")[0] in HTTP}
    assert not http, f"{module} reaches HTTP: " + ", ".join(f"{n} (imported by {v})" for n, v in sorted(http.items()))


def test_the_policy_list_is_not_empty() -> None:
    assert {"app.policy.principal", "app.policy.scope", "app.policy.permissions"} <= set(PURE)


@pytest.mark.parametrize("path", sorted((APP / "core").glob("*.py")), ids=lambda p: p.name)
def test_core_imports_no_domain_package(path: Path) -> None:
    domain = sorted(n for n in _imports(path) if n.startswith(CORE_MAY_NOT_IMPORT))
    assert not domain, f"app/core/{path.name} imports {domain}"


@pytest.mark.parametrize("path", sorted((APP / "models").glob("*.py")), ids=lambda p: p.name)
def test_models_import_no_other_app_package(path: Path) -> None:
    app = sorted(n for n in _imports(path) if n.startswith("app.") and not n.startswith(MODELS_MAY_IMPORT))
    assert not app, f"app/models/{path.name} imports {app}"
