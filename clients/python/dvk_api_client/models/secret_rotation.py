from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretRotation")


@_attrs_define
class SecretRotation:
    """A new secret; the older ones keep working for `previous_expires_in` seconds (the overlap).

    Attributes:
        previous_expires_in (int | Unset): Seconds the older secrets (and tokens they got) keep working: 0 ends them
            now; at most DVK_SERVICE_CLIENT_MAX_OVERLAP_SECONDS (7 days by default). An earlier expiry is never extended.
            Default: 86400.
    """

    previous_expires_in: int | Unset = 86400

    def to_dict(self) -> dict[str, Any]:
        previous_expires_in = self.previous_expires_in

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if previous_expires_in is not UNSET:
            field_dict["previous_expires_in"] = previous_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous_expires_in = d.pop("previous_expires_in", UNSET)

        secret_rotation = cls(
            previous_expires_in=previous_expires_in,
        )

        return secret_rotation
