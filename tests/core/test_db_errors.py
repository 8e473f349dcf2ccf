"""Which database failures are outages (503) and which are retried: the classification, without a database."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError, ProgrammingError

from app.core.db_errors import classify


class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("error", "reason", "retryable"),
    [
        (TimeoutError(), "timeout", False),
        (ConnectionResetError(), "connection_lost", False),
        (_PgError("40001"), "sqlstate_40001", True),
        (_PgError("40P01"), "sqlstate_40P01", True),
        (_PgError("25006"), "sqlstate_25006", False),
        (_PgError("57014"), "sqlstate_57014", False),
        (_PgError("08006"), "sqlstate_08006", False),
        (_PgError("53300"), "sqlstate_53300", False),
        (OperationalError("BEGIN", {}, sqlite3.OperationalError("database is locked")), "sqlite_busy", False),
    ],
)
def test_outages_are_recognised(error: BaseException, reason: str, retryable: bool) -> None:
    outage = classify(error)
    assert outage is not None and outage.reason == reason and outage.retryable is retryable


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bug"),
        _PgError("42P01"),
        _PgError("23505"),
        ProgrammingError("SELECT", {}, Exception("syntax error")),
    ],
)
def test_bugs_and_client_errors_are_not_outages(error: BaseException) -> None:
    assert classify(error) is None


def test_an_outage_wrapped_by_sqlalchemy_is_found_through_its_cause() -> None:
    wrapped = OperationalError("SELECT 1", {}, _PgError("57P01"))
    outage = classify(wrapped)
    assert outage is not None and outage.reason == "sqlstate_57P01"
