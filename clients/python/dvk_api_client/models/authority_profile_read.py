from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_rule_read import AuthorityRuleRead


T = TypeVar("T", bound="AuthorityProfileRead")


@_attrs_define
class AuthorityProfileRead:
    """A rule profile with its rules in the order they are tried.

    Attributes:
        code (str):
        is_default (bool):
        label_en (str):
        label_vi (str):
        rules (list[AuthorityRuleRead]):
        source (str):
    """

    code: str
    is_default: bool
    label_en: str
    label_vi: str
    rules: list[AuthorityRuleRead]
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_rule_read import AuthorityRuleRead  # noqa: PLC0415

        code = self.code

        is_default = self.is_default

        label_en = self.label_en

        label_vi = self.label_vi

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "is_default": is_default,
                "label_en": label_en,
                "label_vi": label_vi,
                "rules": rules,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_rule_read import AuthorityRuleRead  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        is_default = d.pop("is_default")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = AuthorityRuleRead.from_dict(rules_item_data)

            rules.append(rules_item)

        source = d.pop("source")

        authority_profile_read = cls(
            code=code,
            is_default=is_default,
            label_en=label_en,
            label_vi=label_vi,
            rules=rules,
            source=source,
        )

        authority_profile_read.additional_properties = d
        return authority_profile_read

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
