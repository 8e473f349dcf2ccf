from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_error_message import RowErrorMessage


T = TypeVar("T", bound="RowError")


@_attrs_define
class RowError:
    """A problem with one cell or row of an imported sheet.

    Attributes:
        code (str):
        column (None | str): Column letter, when the problem is in one cell.
        detail (str): The message in the request's language.
        message (RowErrorMessage): The message in Vietnamese and English: {vi, en}.
        row (int): The sheet's row number, as Excel shows it (1-based).
    """

    code: str
    column: None | str
    detail: str
    message: RowErrorMessage
    row: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.row_error_message import RowErrorMessage  # noqa: PLC0415

        code = self.code

        column: None | str
        column = self.column

        detail = self.detail

        message = self.message.to_dict()

        row = self.row

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "column": column,
                "detail": detail,
                "message": message,
                "row": row,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error_message import RowErrorMessage  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_column(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        column = _parse_column(d.pop("column"))

        detail = d.pop("detail")

        message = RowErrorMessage.from_dict(d.pop("message"))

        row = d.pop("row")

        row_error = cls(
            code=code,
            column=column,
            detail=detail,
            message=message,
            row=row,
        )

        row_error.additional_properties = d
        return row_error

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
