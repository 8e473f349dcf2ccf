"""Request and response bodies of /authority: profiles, the policy's answer, overrides."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.codes import AuthorityRelationCode
from app.core.types import UnitId
from app.models import AuthorityOverride, AuthorityProfile, AuthorityRule, Unit
from app.policy.authority import AuthorityAnswer
from app.policy.authority_tree import UnitFacts

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class RegistrantKind(StrEnum):
    """Who registers a model."""

    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"


class Bilingual(BaseModel):
    """A text in Vietnamese and English."""

    vi: str
    en: str


class AuthorityUnitRead(BaseModel):
    """A unit the policy names."""

    id: int
    code: str
    name: str
    kind_code: str
    level_code: str

    @classmethod
    def build(cls, unit: UnitFacts | Unit) -> AuthorityUnitRead:
        """From resolver facts or an ORM unit."""
        return cls(id=unit.id, code=unit.code, name=unit.name, kind_code=unit.kind_code, level_code=unit.level_code)


class AuthorityRelations(BaseModel):
    """The relation each competent unit was found through (`override` when an administrator named it)."""

    reviewing: AuthorityRelationCode
    proposing: AuthorityRelationCode
    deciding: AuthorityRelationCode


_ANSWER_EXAMPLE: dict[str, Any] = {
    "profile": "district_2023",
    "registrant_kind": "collective",
    "unit": {
        "id": 57,
        "code": "QT-VL-VT-MTTQ",
        "name": "Ủy ban MTTQ Việt Nam Xã Vĩnh Thạch",
        "kind_code": "fatherland_front",
        "level_code": "commune",
    },
    "case_number": 4,
    "rule_label": {
        "vi": "(4) Đối với tập thể Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, các hội "
        "quần chúng ở cấp xã, thị trấn: Do Đảng ủy ra quyết định công nhận …",
        "en": "(4) The Fatherland Front committee, socio-political organisations and mass "
        "associations of a commune or township as collectives: …",
    },
    "citation": "KH VL 2023 §3(4)",
    "reviewing_unit": {
        "id": 54,
        "code": "QT-VL-VT-KDV",
        "name": "Khối Dân vận Xã Vĩnh Thạch",
        "kind_code": "mass_mobilisation_board",
        "level_code": "commune",
    },
    "proposing_unit": {
        "id": 54,
        "code": "QT-VL-VT-KDV",
        "name": "Khối Dân vận Xã Vĩnh Thạch",
        "kind_code": "mass_mobilisation_board",
        "level_code": "commune",
    },
    "deciding_unit": {
        "id": 53,
        "code": "QT-VL-VT-DU",
        "name": "Đảng ủy Xã Vĩnh Thạch",
        "kind_code": "grassroots_party_committee",
        "level_code": "commune",
    },
    "explanation": {
        "vi": "Trường hợp 4 (KH VL 2023 §3(4)) áp dụng cho tập thể “Ủy ban MTTQ Việt Nam Xã Vĩnh Thạch” "
        "(QT-VL-VT-MTTQ): bình xét, thẩm định: Khối Dân vận Xã Vĩnh Thạch (QT-VL-VT-KDV); đề nghị: Khối "
        "Dân vận Xã Vĩnh Thạch (QT-VL-VT-KDV); quyết định công nhận: Đảng ủy Xã Vĩnh Thạch (QT-VL-VT-DU).",
        "en": "Case 4 (KH VL 2023 §3(4)) applies to the collective “Ủy ban MTTQ Việt Nam Xã Vĩnh Thạch” "
        "(QT-VL-VT-MTTQ): reviewed and appraised by Khối Dân vận Xã Vĩnh Thạch (QT-VL-VT-KDV); proposed "
        "by Khối Dân vận Xã Vĩnh Thạch (QT-VL-VT-KDV); recognised by Đảng ủy Xã Vĩnh Thạch (QT-VL-VT-DU).",
    },
    "overridden": False,
    "override_reason": None,
    "relations": {
        "reviewing": "commune_dvk_section",
        "proposing": "commune_dvk_section",
        "deciding": "nearest_grassroots_committee",
    },
}


class AuthorityAnswerRead(BaseModel):
    """Who reviews, proposes and decides for a registrant of a unit, and why."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ANSWER_EXAMPLE]})

    profile: str = Field(description="The rule profile that answered.")
    registrant_kind: RegistrantKind
    unit: AuthorityUnitRead = Field(description="The registrant's unit.")
    case_number: int | None = Field(
        description="The case (1–6) of the matching rule; null when an override applies and no rule matched."
    )
    rule_label: Bilingual | None = Field(description="The matching rule in the source document's words.")
    citation: str | None = Field(description="Where the rule comes from, e.g. `KH VL 2023 §3(4)`.")
    reviewing_unit: AuthorityUnitRead = Field(description="Reviews, appraises and scores.")
    proposing_unit: AuthorityUnitRead = Field(description="Proposes recognition to the deciding unit.")
    deciding_unit: AuthorityUnitRead = Field(description="Decides recognition.")
    explanation: Bilingual = Field(description="A sentence naming the rule, the registrant and the units.")
    overridden: bool = Field(description="True when an administrator's override for the unit applies.")
    override_reason: str | None
    relations: AuthorityRelations

    @classmethod
    def build(cls, answer: AuthorityAnswer) -> AuthorityAnswerRead:
        """From the resolver's answer."""
        return cls(
            profile=answer.profile,
            registrant_kind=RegistrantKind(answer.registrant_kind),
            unit=AuthorityUnitRead.build(answer.unit),
            case_number=answer.case_number,
            rule_label=Bilingual(**answer.rule_label) if answer.rule_label else None,
            citation=answer.citation,
            reviewing_unit=AuthorityUnitRead.build(answer.reviewing_unit),
            proposing_unit=AuthorityUnitRead.build(answer.proposing_unit),
            deciding_unit=AuthorityUnitRead.build(answer.deciding_unit),
            explanation=Bilingual(**answer.explanation),
            overridden=answer.overridden,
            override_reason=answer.override_reason,
            relations=AuthorityRelations(**answer.vias),
        )


class AuthorityRuleRead(BaseModel):
    """One rule: whom it matches (`match`) and the relations naming the competent units."""

    model_config = ConfigDict(from_attributes=True)

    case_number: int
    precedence: int = Field(description="Rules are tried in ascending precedence; the first match wins.")
    match: dict[str, Any] = Field(description="Conditions, all of which must hold (see the policy docs).")
    reviewing_via: str
    proposing_via: str
    deciding_via: str
    label_vi: str
    label_en: str
    citation: str


class AuthorityProfileRead(BaseModel):
    """A rule profile with its rules in the order they are tried."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "code": "district_2023",
                    "label_vi": "Kế hoạch … Huyện ủy Vĩnh Linh (sáu trường hợp thẩm quyền)",
                    "label_en": "Vĩnh Linh district committee plan 2023–2025 (the six authority cases)",
                    "source": "…, mục II.3",
                    "is_default": True,
                    "rules": [
                        {
                            "case_number": 5,
                            "precedence": 10,
                            "match": {"registrant_kinds": ["collective"], "unit_is_party_organisation": True},
                            "reviewing_via": "superior_party_committee",
                            "proposing_via": "superior_party_committee",
                            "deciding_via": "superior_party_committee",
                            "label_vi": "(5) …",
                            "label_en": "(5) …",
                            "citation": "KH VL 2023 §3(5)",
                        }
                    ],
                }
            ]
        }
    )

    code: str
    label_vi: str
    label_en: str
    source: str
    is_default: bool
    rules: list[AuthorityRuleRead]

    @classmethod
    def build(cls, profile: AuthorityProfile, rules: list[AuthorityRule]) -> AuthorityProfileRead:
        """From a profile row and its rule rows."""
        return cls(
            code=profile.code,
            label_vi=profile.label_vi,
            label_en=profile.label_en,
            source=profile.source,
            is_default=profile.is_default,
            rules=[AuthorityRuleRead.model_validate(r) for r in rules],
        )


class AuthorityOverrideWrite(BaseModel):
    """The competent units an administrator names for one unit; they win over the rules."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "deciding_unit_id": 12,
                    "reviewing_unit_id": 13,
                    "reason": "Theo Quyết định số 15-QĐ/HU, Hội Nông dân huyện trình Ban Thường vụ Huyện ủy công nhận.",
                }
            ]
        },
    )

    deciding_unit_id: UnitId
    reviewing_unit_id: UnitId | None = Field(
        default=None, description="Omitted: the rule's reviewing unit, else the deciding unit."
    )
    proposing_unit_id: UnitId | None = Field(
        default=None, description="Omitted: the rule's proposing unit, else the deciding unit."
    )
    reason: Reason = Field(description="Why the rules do not fit this unit (shown in every explanation).")


class AuthorityOverrideRead(BaseModel):
    """A unit's override."""

    unit: AuthorityUnitRead
    deciding_unit: AuthorityUnitRead
    reviewing_unit: AuthorityUnitRead | None
    proposing_unit: AuthorityUnitRead | None
    reason: str
    created_by_id: uuid.UUID = Field(description="The administrator who last set it.")
    created_at: datetime = Field(description="When it was last set.")

    @classmethod
    def build(cls, override: AuthorityOverride, units: dict[int, Unit]) -> AuthorityOverrideRead:
        """From an override and its units by id."""

        def ref(unit_id: int | None) -> AuthorityUnitRead | None:
            return AuthorityUnitRead.build(units[unit_id]) if unit_id is not None else None

        unit, deciding = ref(override.unit_id), ref(override.deciding_unit_id)
        assert unit is not None and deciding is not None
        return cls(
            unit=unit,
            deciding_unit=deciding,
            reviewing_unit=ref(override.reviewing_unit_id),
            proposing_unit=ref(override.proposing_unit_id),
            reason=override.reason,
            created_by_id=override.created_by_id,
            created_at=override.created_at,
        )
