"""docker-compose.yml cannot run here (no Docker engine on the machine it was written on), so it is held to
the code it starts: every DVK_ variable it sets is a setting (or one the entrypoint reads), the settings each
app container gets are accepted by the production checks, every file it mounts or builds exists, and the
commands it runs are the image's own."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.core.config import Settings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / "deploy" / "compose.env.example"
# Read by docker-entrypoint.sh, not by the settings.
ENTRYPOINT_VARIABLES = {"DVK_SKIP_MIGRATIONS", "DVK_WORKERS", "DVK_PORT"}
APP_SERVICES = ("migrate", "api", "worker")
_VARIABLE = re.compile(r"\$\{(?P<name>[A-Z0-9_]+)(?:(?P<op>:\?|:-)(?P<arg>[^}]*))?\}")


def _compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def _example_env() -> dict[str, str]:
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def _interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${NAME}`, `${NAME:?message}` and `${NAME:-default}`."""

    def one(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        if env.get(name):
            return env[name]
        if op == ":-":
            return arg or ""
        if op == ":?":
            raise AssertionError(f"{name} is required: {arg}")
        raise AssertionError(f"{name} is not in {ENV_EXAMPLE.name} and has no default")

    return _VARIABLE.sub(one, value)


def _environment(service: dict[str, Any], env: dict[str, str]) -> dict[str, str]:
    return {name: _interpolate(str(value), env) for name, value in (service.get("environment") or {}).items()}


def test_every_dvk_variable_is_a_setting_or_the_entrypoints() -> None:
    fields = {f"DVK_{name.upper()}" for name in Settings.model_fields}
    for name, service in _compose()["services"].items():
        for variable in service.get("environment") or {}:
            if variable.startswith("DVK_"):
                assert variable in fields | ENTRYPOINT_VARIABLES, f"{name}: {variable} is no setting"


@pytest.mark.parametrize("service_name", APP_SERVICES)
def test_each_app_container_gets_settings_production_accepts(
    service_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    environment = _environment(_compose()["services"][service_name], _example_env())
    for variable in list(os.environ):
        if variable.startswith("DVK_"):
            monkeypatch.delenv(variable)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    settings = Settings()
    assert settings.is_production
    assert settings.effective_database_url.startswith("postgresql+asyncpg://")
    assert not settings.load_demo or settings.demo_password != "DanVanKheo@2025"
    if service_name == "migrate":
        # DDL and the migration lock run on the primary itself, not through the pooler or on the replica.
        assert settings.database_pooler == "none" and not settings.database_replica_url
        assert "@postgres-primary:" in settings.database_url
    else:
        assert settings.database_pooler == "pgbouncer" and "@pgbouncer:6432/" in settings.database_url
        assert "@postgres-replica:" in settings.database_replica_url
        assert settings.storage_backend == "s3" and settings.rate_limit_store == "redis"


def test_every_file_it_builds_or_mounts_exists() -> None:
    for name, service in _compose()["services"].items():
        if "build" in service:
            context = ROOT / service["build"]
            assert (context / "Dockerfile").is_file(), f"{name}: no Dockerfile in {context}"
        for volume in service.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                path = ROOT / source
                assert path.is_file(), f"{name}: {source} is missing"
                if path.suffix == ".sh":
                    assert path.stat().st_mode & stat.S_IXUSR, f"{source} is not executable"
    for script in (ROOT / "deploy").rglob("*.sh"):
        assert script.read_text(encoding="utf-8").startswith("#!/bin/sh"), script
        assert script.stat().st_mode & stat.S_IXUSR, f"{script} is not executable"


def test_the_commands_are_the_images_own() -> None:
    services = _compose()["services"]
    entrypoint = (ROOT / "docker-entrypoint.sh").read_text(encoding="utf-8")
    assert services["worker"]["command"][0] == "worker" and '"${1:-}" = "worker"' in entrypoint
    assert services["worker"]["healthcheck"] == {"disable": True}  # the image's check is the API's HTTP one
    assert services["migrate"]["entrypoint"] == ["dvk", "migrate"]
    # The app containers wait for the migration; the API and the worker never migrate themselves.
    for name in ("api", "worker"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert services["api"]["environment"]["DVK_WORKERS"]
    shared = services["api"]["environment"]
    assert shared["DVK_SKIP_MIGRATIONS"] == "1"


def test_pgbouncer_runs_the_pooling_mode_the_app_is_set_for() -> None:
    script = (ROOT / "deploy" / "pgbouncer" / "entrypoint.sh").read_text(encoding="utf-8")
    assert "pool_mode = transaction" in script
    dockerfile = (ROOT / "deploy" / "pgbouncer" / "Dockerfile").read_text(encoding="utf-8")
    assert "apt-get install" in dockerfile and "pgbouncer" in dockerfile
