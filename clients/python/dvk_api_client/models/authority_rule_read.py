from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_rule_read_match import AuthorityRuleReadMatch


T = TypeVar("T", bound="AuthorityRuleRead")


@_attrs_define
class AuthorityRuleRead:
    """One rule: whom it matches (`match`) and the relations naming the competent units.

    Attributes:
        case_number (int):
        citation (str):
        deciding_via (str):
        label_en (str):
        label_vi (str):
        match (AuthorityRuleReadMatch): Conditions, all of which must hold (see the policy docs).
        precedence (int): Rules are tried in ascending precedence; the first match wins.
        proposing_via (str):
        reviewing_via (str):
    """

    case_number: int
    citation: str
    deciding_via: str
    label_en: str
    label_vi: str
    match: AuthorityRuleReadMatch
    precedence: int
    proposing_via: str
    reviewing_via: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_rule_read_match import AuthorityRuleReadMatch  # noqa: PLC0415

        case_number = self.case_number

        citation = self.citation

        deciding_via = self.deciding_via

        label_en = self.label_en

        label_vi = self.label_vi

        match = self.match.to_dict()

        precedence = self.precedence

        proposing_via = self.proposing_via

        reviewing_via = self.reviewing_via

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "citation": citation,
                "deciding_via": deciding_via,
                "label_en": label_en,
                "label_vi": label_vi,
                "match": match,
                "precedence": precedence,
                "proposing_via": proposing_via,
                "reviewing_via": reviewing_via,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_rule_read_match import AuthorityRuleReadMatch  # noqa: PLC0415

        d = dict(src_dict)
        case_number = d.pop("case_number")

        citation = d.pop("citation")

        deciding_via = d.pop("deciding_via")

        label_en = d.pop("label_en")

        label_vi = d.pop("label_vi")

        match = AuthorityRuleReadMatch.from_dict(d.pop("match"))

        precedence = d.pop("precedence")

        proposing_via = d.pop("proposing_via")

        reviewing_via = d.pop("reviewing_via")

        authority_rule_read = cls(
            case_number=case_number,
            citation=citation,
            deciding_via=deciding_via,
            label_en=label_en,
            label_vi=label_vi,
            match=match,
            precedence=precedence,
            proposing_via=proposing_via,
            reviewing_via=reviewing_via,
        )

        authority_rule_read.additional_properties = d
        return authority_rule_read

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
