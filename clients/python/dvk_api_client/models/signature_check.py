from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureCheck")


@_attrs_define
class SignatureCheck:
    """What the signature of an uploaded PDF says (the verdict says whether it holds).

    Attributes:
        detail (str): What the check found, in one line (English).
        signed_at (datetime.datetime | None): The signing time the signature claims (or its timestamp's).
        signer (None | str): The signing certificate's subject.
        timestamped (bool): The signature carries a timestamp authority's token.
    """

    detail: str
    signed_at: datetime.datetime | None
    signer: None | str
    timestamped: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        signer: None | str
        signer = self.signer

        timestamped = self.timestamped

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "signed_at": signed_at,
                "signer": signer,
                "timestamped": timestamped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail")

        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))

        def _parse_signer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signer = _parse_signer(d.pop("signer"))

        timestamped = d.pop("timestamped")

        signature_check = cls(
            detail=detail,
            signed_at=signed_at,
            signer=signer,
            timestamped=timestamped,
        )

        signature_check.additional_properties = d
        return signature_check

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
