from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCallRead")


@_attrs_define
class ClientCallRead:
    """One call a client made: what, when, the answer's status, the request id (history rows and events the
    call wrote carry the same).

        Attributes:
            at (datetime.datetime):
            id (int):
            method (str):
            operation_id (None | str):
            request_id (None | str):
            route (str): The route's path template (ids not filled in).
            status (int):
    """

    at: datetime.datetime
    id: int
    method: str
    operation_id: None | str
    request_id: None | str
    route: str
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        id = self.id

        method = self.method

        operation_id: None | str
        operation_id = self.operation_id

        request_id: None | str
        request_id = self.request_id

        route = self.route

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "id": id,
                "method": method,
                "operation_id": operation_id,
                "request_id": request_id,
                "route": route,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        id = d.pop("id")

        method = d.pop("method")

        def _parse_operation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_id = _parse_operation_id(d.pop("operation_id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        route = d.pop("route")

        status = d.pop("status")

        client_call_read = cls(
            at=at,
            id=id,
            method=method,
            operation_id=operation_id,
            request_id=request_id,
            route=route,
            status=status,
        )

        client_call_read.additional_properties = d
        return client_call_read

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
