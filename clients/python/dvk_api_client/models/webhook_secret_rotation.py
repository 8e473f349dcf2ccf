from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSecretRotation")


@_attrs_define
class WebhookSecretRotation:
    """A new signing secret; the old one keeps signing beside it for `previous_expires_in` seconds.

    Attributes:
        previous_expires_in (int | Unset): Seconds both secrets sign every message (two `v1,` signatures); omitted:
            DVK_WEBHOOK_SECRET_OVERLAP_HOURS (24 h by default); 0 ends the old secret now.
    """

    previous_expires_in: int | Unset = UNSET

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

        webhook_secret_rotation = cls(
            previous_expires_in=previous_expires_in,
        )

        return webhook_secret_rotation
