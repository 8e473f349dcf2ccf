from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.replica_state import ReplicaState
from ..types import UNSET, Unset

T = TypeVar("T", bound="Readiness")


@_attrs_define
class Readiness:
    """The database answers and its schema is at the newest migration; the read replica's state.

    Attributes:
        database (str): Always `ok`.
        migration (str): The Alembic revision the database is at (the code's newest).
        replica (ReplicaState): The read replica in /readyz: not configured, usable, lagging beyond the limit, or
            unreachable.
        replica_lag_seconds (float | None): The replica's replay lag found by this check; null without a replica, or
            when down.
        status (str): Always `ready` (a database not ready is a 503 problem).
    """

    database: str
    migration: str
    replica: ReplicaState
    replica_lag_seconds: float | None
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database = self.database

        migration = self.migration

        replica = self.replica.value

        replica_lag_seconds: float | None
        replica_lag_seconds = self.replica_lag_seconds

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "database": database,
                "migration": migration,
                "replica": replica,
                "replica_lag_seconds": replica_lag_seconds,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database = d.pop("database")

        migration = d.pop("migration")

        replica = ReplicaState(d.pop("replica"))

        def _parse_replica_lag_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        replica_lag_seconds = _parse_replica_lag_seconds(d.pop("replica_lag_seconds"))

        status = d.pop("status")

        readiness = cls(
            database=database,
            migration=migration,
            replica=replica,
            replica_lag_seconds=replica_lag_seconds,
            status=status,
        )

        readiness.additional_properties = d
        return readiness

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
