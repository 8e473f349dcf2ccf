from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeRequest")


@_attrs_define
class RevokeRequest:
    """Why the decision is revoked.

    Attributes:
        reason (str):
        revocation_number (None | str | Unset): The number of the revocation decision (party or state style, like a
            decision's). Required when the decision's documents were issued (422 `revocation_number_required`): its signed
            revocation document bears it, and it may not be a number the issuing unit already gave that year (409
            `duplicate_decision_number`). Ignored otherwise.
    """

    reason: str
    revocation_number: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        revocation_number: None | str | Unset
        if isinstance(self.revocation_number, Unset):
            revocation_number = UNSET
        else:
            revocation_number = self.revocation_number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )
        if revocation_number is not UNSET:
            field_dict["revocation_number"] = revocation_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_revocation_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revocation_number = _parse_revocation_number(d.pop("revocation_number", UNSET))

        revoke_request = cls(
            reason=reason,
            revocation_number=revocation_number,
        )

        return revoke_request
