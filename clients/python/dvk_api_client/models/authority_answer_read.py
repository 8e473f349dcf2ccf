from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registrant_kind import RegistrantKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authority_relations import AuthorityRelations
    from ..models.authority_unit_read import AuthorityUnitRead
    from ..models.bilingual import Bilingual


T = TypeVar("T", bound="AuthorityAnswerRead")


@_attrs_define
class AuthorityAnswerRead:
    """Who reviews, proposes and decides for a registrant of a unit, and why.

    Attributes:
        case_number (int | None): The case (1–6) of the matching rule; null when an override applies and no rule
            matched.
        citation (None | str): Where the rule comes from, e.g. `KH VL 2023 §3(4)`.
        deciding_unit (AuthorityUnitRead): A unit the policy names.
        explanation (Bilingual): A text in Vietnamese and English.
        overridden (bool): True when an administrator's override for the unit applies.
        override_reason (None | str):
        profile (str): The rule profile that answered.
        proposing_unit (AuthorityUnitRead): A unit the policy names.
        registrant_kind (RegistrantKind): Who registers a model: a collective or a person.
        relations (AuthorityRelations): The relation each competent unit was found through (`override` when an
            administrator named it).
        reviewing_unit (AuthorityUnitRead): A unit the policy names.
        rule_label (Bilingual | None): The matching rule in the source document's words.
        unit (AuthorityUnitRead): A unit the policy names.
    """

    case_number: int | None
    citation: None | str
    deciding_unit: AuthorityUnitRead
    explanation: Bilingual
    overridden: bool
    override_reason: None | str
    profile: str
    proposing_unit: AuthorityUnitRead
    registrant_kind: RegistrantKind
    relations: AuthorityRelations
    reviewing_unit: AuthorityUnitRead
    rule_label: Bilingual | None
    unit: AuthorityUnitRead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authority_relations import AuthorityRelations  # noqa: PLC0415
        from ..models.authority_unit_read import AuthorityUnitRead  # noqa: PLC0415
        from ..models.bilingual import Bilingual  # noqa: PLC0415

        case_number: int | None
        case_number = self.case_number

        citation: None | str
        citation = self.citation

        deciding_unit = self.deciding_unit.to_dict()

        explanation = self.explanation.to_dict()

        overridden = self.overridden

        override_reason: None | str
        override_reason = self.override_reason

        profile = self.profile

        proposing_unit = self.proposing_unit.to_dict()

        registrant_kind = self.registrant_kind.value

        relations = self.relations.to_dict()

        reviewing_unit = self.reviewing_unit.to_dict()

        rule_label: dict[str, Any] | None
        if isinstance(self.rule_label, Bilingual):
            rule_label = self.rule_label.to_dict()
        else:
            rule_label = self.rule_label

        unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_number": case_number,
                "citation": citation,
                "deciding_unit": deciding_unit,
                "explanation": explanation,
                "overridden": overridden,
                "override_reason": override_reason,
                "profile": profile,
                "proposing_unit": proposing_unit,
                "registrant_kind": registrant_kind,
                "relations": relations,
                "reviewing_unit": reviewing_unit,
                "rule_label": rule_label,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authority_relations import AuthorityRelations  # noqa: PLC0415
        from ..models.authority_unit_read import AuthorityUnitRead  # noqa: PLC0415
        from ..models.bilingual import Bilingual  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_case_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        case_number = _parse_case_number(d.pop("case_number"))

        def _parse_citation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        citation = _parse_citation(d.pop("citation"))

        deciding_unit = AuthorityUnitRead.from_dict(d.pop("deciding_unit"))

        explanation = Bilingual.from_dict(d.pop("explanation"))

        overridden = d.pop("overridden")

        def _parse_override_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        override_reason = _parse_override_reason(d.pop("override_reason"))

        profile = d.pop("profile")

        proposing_unit = AuthorityUnitRead.from_dict(d.pop("proposing_unit"))

        registrant_kind = RegistrantKind(d.pop("registrant_kind"))

        relations = AuthorityRelations.from_dict(d.pop("relations"))

        reviewing_unit = AuthorityUnitRead.from_dict(d.pop("reviewing_unit"))

        def _parse_rule_label(data: object) -> Bilingual | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rule_label_type_0 = Bilingual.from_dict(data)

                return rule_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bilingual | None, data)

        rule_label = _parse_rule_label(d.pop("rule_label"))

        unit = AuthorityUnitRead.from_dict(d.pop("unit"))

        authority_answer_read = cls(
            case_number=case_number,
            citation=citation,
            deciding_unit=deciding_unit,
            explanation=explanation,
            overridden=overridden,
            override_reason=override_reason,
            profile=profile,
            proposing_unit=proposing_unit,
            registrant_kind=registrant_kind,
            relations=relations,
            reviewing_unit=reviewing_unit,
            rule_label=rule_label,
            unit=unit,
        )

        authority_answer_read.additional_properties = d
        return authority_answer_read

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
