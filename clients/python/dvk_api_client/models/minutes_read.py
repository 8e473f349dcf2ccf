from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinutesRead")


@_attrs_define
class MinutesRead:
    """The minutes file of the meeting.

    Attributes:
        content_url (str):
        filename (str):
        media_type (str):
        sha256 (str):
        size (int):
        title (str):
        uploaded_at (datetime.datetime):
    """

    content_url: str
    filename: str
    media_type: str
    sha256: str
    size: int
    title: str
    uploaded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_url = self.content_url

        filename = self.filename

        media_type = self.media_type

        sha256 = self.sha256

        size = self.size

        title = self.title

        uploaded_at = self.uploaded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_url": content_url,
                "filename": filename,
                "media_type": media_type,
                "sha256": sha256,
                "size": size,
                "title": title,
                "uploaded_at": uploaded_at,
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

        title = d.pop("title")

        uploaded_at = datetime.datetime.fromisoformat(d.pop("uploaded_at"))

        minutes_read = cls(
            content_url=content_url,
            filename=filename,
            media_type=media_type,
            sha256=sha256,
            size=size,
            title=title,
            uploaded_at=uploaded_at,
        )

        minutes_read.additional_properties = d
        return minutes_read

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
