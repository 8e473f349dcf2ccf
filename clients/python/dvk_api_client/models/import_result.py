from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_row import ImportRow


T = TypeVar("T", bound="ImportResult")


@_attrs_define
class ImportResult:
    """The outcome of an import: per row, what would be / was created.

    Attributes:
        created (int):
        dry_run (bool):
        header_row (int):
        rows (list[ImportRow]):
        rows_ok (int):
        rows_total (int):
        sheet (str):
    """

    created: int
    dry_run: bool
    header_row: int
    rows: list[ImportRow]
    rows_ok: int
    rows_total: int
    sheet: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_row import ImportRow  # noqa: PLC0415

        created = self.created

        dry_run = self.dry_run

        header_row = self.header_row

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        rows_ok = self.rows_ok

        rows_total = self.rows_total

        sheet = self.sheet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "dry_run": dry_run,
                "header_row": header_row,
                "rows": rows,
                "rows_ok": rows_ok,
                "rows_total": rows_total,
                "sheet": sheet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_row import ImportRow  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        dry_run = d.pop("dry_run")

        header_row = d.pop("header_row")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ImportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        rows_ok = d.pop("rows_ok")

        rows_total = d.pop("rows_total")

        sheet = d.pop("sheet")

        import_result = cls(
            created=created,
            dry_run=dry_run,
            header_row=header_row,
            rows=rows,
            rows_ok=rows_ok,
            rows_total=rows_total,
            sheet=sheet,
        )

        import_result.additional_properties = d
        return import_result

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
