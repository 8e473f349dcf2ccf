from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanDocument")


@_attrs_define
class PlanDocument:
    """The attached plan document (download at `content_url`; ETag is its SHA-256).

    Attributes:
        content_url (str):
        filename (str):
        media_type (str):
        sha256 (str):
        size (int):
    """

    content_url: str
    filename: str
    media_type: str
    sha256: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_url = self.content_url

        filename = self.filename

        media_type = self.media_type

        sha256 = self.sha256

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_url": content_url,
                "filename": filename,
                "media_type": media_type,
                "sha256": sha256,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_url = d.pop("content_url")

        filename = d.pop("filename")

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        plan_document = cls(
            content_url=content_url,
            filename=filename,
            media_type=media_type,
            sha256=sha256,
            size=size,
        )

        plan_document.additional_properties = d
        return plan_document

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
