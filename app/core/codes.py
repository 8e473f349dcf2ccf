"""The labelled codes of `core.labels` as schema types (award forms and levels, evidence and follow-up kinds,
relations).

The fields stay plain strings in Python; the contract lists the values, read from the label catalogue,
and `app.contract.enums` gives each value set its one name.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import WithJsonSchema

from app.core.labels import AUTHORITY_RELATIONS, AWARD_FORMS, AWARD_LEVELS, EVIDENCE_KINDS, FOLLOW_UP_KINDS

AwardFormCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(AWARD_FORMS)})]
AwardLevelCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(AWARD_LEVELS)})]
EvidenceKindCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(EVIDENCE_KINDS)})]
AuthorityRelationCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(AUTHORITY_RELATIONS)})]
FollowUpKindCode = Annotated[str, WithJsonSchema({"type": "string", "enum": list(FOLLOW_UP_KINDS)})]
