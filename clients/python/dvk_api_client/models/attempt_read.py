from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttemptRead")


@_attrs_define
class AttemptRead:
    """One attempt to send a delivery: what the receiver answered, or why nothing was sent.

    Attributes:
        at (datetime.datetime):
        attempt (int):
        duration_ms (int):
        error (None | str): timeout, connect_error, redirect, http_503, refused_private, …
        outcome (str): delivered | retry | gone | failed | refused
        response_snippet (None | str): The start of the receiver's answer.
        status_code (int | None):
    """

    at: datetime.datetime
    attempt: int
    duration_ms: int
    error: None | str
    outcome: str
    response_snippet: None | str
    status_code: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        attempt = self.attempt

        duration_ms = self.duration_ms

        error: None | str
        error = self.error

        outcome = self.outcome

        response_snippet: None | str
        response_snippet = self.response_snippet

        status_code: int | None
        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "attempt": attempt,
                "duration_ms": duration_ms,
                "error": error,
                "outcome": outcome,
                "response_snippet": response_snippet,
                "status_code": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        attempt = d.pop("attempt")

        duration_ms = d.pop("duration_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        outcome = d.pop("outcome")

        def _parse_response_snippet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response_snippet = _parse_response_snippet(d.pop("response_snippet"))

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))

        attempt_read = cls(
            at=at,
            attempt=attempt,
            duration_ms=duration_ms,
            error=error,
            outcome=outcome,
            response_snippet=response_snippet,
            status_code=status_code,
        )

        attempt_read.additional_properties = d
        return attempt_read

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
