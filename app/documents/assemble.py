"""What a decision's documents say, from the data: the engine's contexts (app/documents/contexts.py), built
purely from what the service loaded (no database, no HTTP).

Which documents a decision produces (`planned`):
- model recognition: the decision with its annex, and a certificate (Giấy chứng nhận) per recognised model;
- non-recognition: the decision;
- exemplar recognition: the decision;
- commendation with the award form Giấy khen: a Giấy khen per commended exemplar (no other award form has
  a template: Bằng khen and the rest are issued by the bodies that award them);
- revocation: the revocation decision, when the decision's documents were issued.

The header comes from the unit tree: the issuing committee's name, the party organisation above it as
"Đảng bộ …" (its territory's name), the place (the issuer's territory without "Xã", "Huyện" …) and the
deciding body ("Ban Thường vụ …" for a committee). A locality changes wording in its templates, not here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.models import Campaign, Decision, DecisionModel, FieldOfWork, RegisteredModel, Review, Unit, UnitPlan

DECISION_DOCUMENT = {
    "model_recognition": "decision.recognition",
    "model_non_recognition": "decision.non_recognition",
    "exemplar_recognition": "decision.exemplar",
}
PER_MODEL_DOCUMENT = {"model_recognition": "certificate", "commendation": "commendation"}
REVOCATION = "decision.revocation"
# The only award form the engine has a template for (Giấy khen).
COMMENDATION_FORM = "certificate_of_commendation"
# What a per-model paper's symbol says instead of the decision's "QĐ".
PAPER_SYMBOL = {"certificate": "GCN", "commendation": "GK"}
# The decision's subject after "về việc ", for a revocation that cites it.
SUBJECTS = {
    "model_recognition": "công nhận mô hình “Dân vận khéo” năm {year}",
    "model_non_recognition": "không công nhận mô hình “Dân vận khéo” năm {year}",
    "exemplar_recognition": "công nhận điển hình “Dân vận khéo” năm {year}",
    "commendation": "khen thưởng điển hình “Dân vận khéo” năm {year}",
}
NON_RECOGNITION_REASON = "chưa đáp ứng đủ tiêu chí công nhận mô hình “Dân vận khéo” theo kết quả bình xét"
ACHIEVEMENT = "xuất sắc trong phong trào thi đua “Dân vận khéo” năm {year} với mô hình “{name}”"
TERRITORY_KINDS = ("province", "district", "commune", "village")
_PREFIXES = ("Thành phố ", "Thị trấn ", "Thị xã ", "Tỉnh ", "Huyện ", "Quận ", "Xã ", "Phường ", "Thôn ", "Bản ")
_SERIAL = re.compile(r"^(\d+)")


@dataclass(frozen=True)
class Planned:
    """One document a decision produces: its kind, its place (0: the decision's own text) and its model."""

    kind: str
    position: int = 0
    model_id: uuid.UUID | None = None


@dataclass
class DecisionFacts:
    """Everything the documents of one decision are written from (loaded by the service)."""

    decision: Decision
    issuer: Unit
    units: dict[int, Unit]  # the issuer's ancestors and party organisation, registrant and proposing units
    rows: list[tuple[DecisionModel, RegisteredModel]]
    fields: dict[str, FieldOfWork]
    reviews: list[Review] = field(default_factory=list)  # the chain's reviews, then the one it follows
    plan: UnitPlan | None = None
    campaign: Campaign | None = None

    @property
    def year(self) -> int:
        """The emulation year the decision is about: its models' year."""
        return self.rows[0][1].year if self.rows else self.decision.year


def planned(decision: Decision, rows: Sequence[tuple[DecisionModel, RegisteredModel]]) -> list[Planned]:
    """The documents issuing this decision produces, in order (empty: it has none to issue)."""
    out: list[Planned] = []
    if decision.kind in DECISION_DOCUMENT:
        out.append(Planned(DECISION_DOCUMENT[decision.kind]))
    per_model = PER_MODEL_DOCUMENT.get(decision.kind)
    if per_model == "commendation" and decision.award_form != COMMENDATION_FORM:
        per_model = None
    if per_model is not None:
        out.extend(Planned(per_model, i, m.id) for i, (_, m) in enumerate(rows, start=1))
    return out


def paper_number(decision: Decision, kind: str, position: int) -> str:
    """The number and symbol a document prints: the decision's own for its text; for the n-th model's paper,
    the decision's serial and n with the paper's symbol ("45-QĐ/ĐU" → certificate 2: "45.2-GCN/ĐU")."""
    if kind not in PAPER_SYMBOL:
        return decision.number
    number = _SERIAL.sub(lambda m: f"{m[1]}.{position}", decision.number, count=1)
    if "QĐ" in number:
        return number.replace("QĐ", PAPER_SYMBOL[kind], 1)
    return f"{number}/{PAPER_SYMBOL[kind]}"


# --- the header ---------------------------------------------------------------------------------------


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _territory(unit: Unit, units: dict[int, Unit]) -> Unit | None:
    """The unit itself if territorial, else the nearest territorial unit above it."""
    current: Unit | None = unit
    while current is not None:
        if current.kind_code in TERRITORY_KINDS:
            return current
        current = units.get(current.parent_id) if current.parent_id is not None else None
    return None


def place_of(unit: Unit, units: dict[int, Unit]) -> str:
    """The place in the date line: the issuer's territory without its prefix ("Xã Vĩnh Thạch" → "Vĩnh Thạch")."""
    territory = _territory(unit, units)
    if territory is None:
        return unit.name
    for prefix in _PREFIXES:
        rest = territory.name.removeprefix(prefix)
        if rest != territory.name and not rest.isdigit():
            return rest
    return territory.name


def _is_committee(unit: Unit) -> bool:
    return unit.kind_code.endswith("party_committee") or unit.kind_code == "party_committee_under_province"


def superior_body(unit: Unit, units: dict[int, Unit]) -> str | None:
    """The header's first line: the party organisation above the issuer, as its organisation ("Đảng bộ huyện
    Vĩnh Linh"); None when there is none (a provincial committee)."""
    above = units.get(unit.party_org_id) if unit.party_org_id is not None else None
    if above is None or above.id == unit.id:
        return None
    territory = units.get(above.parent_id) if above.parent_id is not None else None
    if _is_committee(above) and territory is not None and territory.kind_code in TERRITORY_KINDS:
        return f"Đảng bộ {_lower_first(territory.name)}"
    return above.name


def issuing_body(unit: Unit) -> str:
    """The body that decides, as the text names it: a committee's standing board, else the unit itself."""
    return f"Ban Thường vụ {unit.name}" if _is_committee(unit) else unit.name


def header(facts: DecisionFacts, *, number: str, issued_on: date) -> dict[str, Any]:
    """The fields every document has: the issuer, the number, the place and date, the signer."""
    issuer, decision = facts.issuer, facts.decision
    values: dict[str, Any] = {
        "issuer_name": issuer.name,
        "issuing_body": issuing_body(issuer),
        "number": number,
        "place": place_of(issuer, facts.units),
        "issued_on": issued_on,
        "signer_name": decision.signer_name,
        "signer_position": decision.signer_title,
    }
    superior = superior_body(issuer, facts.units)
    if superior:
        values["superior_body"] = superior
    if not _is_committee(issuer):
        values["signer_on_behalf"] = f"T/M {issuer.name}"
    return values


# --- the decisions ------------------------------------------------------------------------------------


def _short(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def bases(facts: DecisionFacts) -> list[str]:
    """The decision's own bases after "Căn cứ ": the issuer's plan, then the review minutes it rests on."""
    out: list[str] = []
    if facts.plan is not None:
        plan = facts.plan
        out.append(f"{plan.title} số {plan.document_number} ngày {_short(plan.issued_on)} của {plan.issued_by}")
    for review in facts.reviews:
        holder = facts.units.get(review.holding_unit_id)
        of = f" của {holder.name}" if holder is not None else ""
        out.append(f"Biên bản {_lower_first(review.title)} ngày {_short(review.held_on)}{of}")
    if not out and facts.campaign is not None:  # a commendation rests on no review: the movement's phase
        out.append(f"phong trào thi đua “Dân vận khéo” {facts.campaign.name}")
    return out


def annex_row(model: RegisteredModel, facts: DecisionFacts) -> dict[str, str]:
    """One model as the decision lists it."""
    return {
        "code": model.code,
        "name": model.name,
        "registrant_unit": _registrant(model, facts),
        "field": facts.fields[model.field_code].label_vi if model.field_code in facts.fields else model.field_code,
    }


def _registrant(model: RegisteredModel, facts: DecisionFacts) -> str:
    unit = facts.units.get(model.registrant_unit_id)
    unit_name = unit.name if unit is not None else ""
    if model.registrant_kind == "individual" and model.individual_name:
        return f"{model.individual_name}, {unit_name}" if unit_name else model.individual_name
    return unit_name


def _proposal(facts: DecisionFacts) -> str | None:
    """Who proposed the decision: the models' proposing unit, when they share one other than the issuer."""
    proposing = {m.proposing_unit_id for _, m in facts.rows}
    if len(proposing) != 1:
        return None
    [unit_id] = proposing
    unit = facts.units.get(unit_id) if unit_id is not None else None
    return unit.name if unit is not None and unit.id != facts.issuer.id else None


def decision_context(facts: DecisionFacts, kind: str) -> dict[str, Any]:
    """The context of the decision's own text (`decision.recognition`, `.non_recognition`, `.exemplar`)."""
    decision = facts.decision
    values = header(facts, number=decision.number, issued_on=decision.issued_on)
    values.update(year=facts.year, bases=bases(facts), models=[annex_row(m, facts) for _, m in facts.rows])
    proposal = _proposal(facts)
    if proposal:
        values["proposal"] = proposal
    if kind == "decision.non_recognition":
        notes = [dm.note.strip() for dm, _ in facts.rows if dm.note.strip()]
        values["reason"] = decision.note.strip() or (notes[0] if notes else NON_RECOGNITION_REASON)
    return values


def paper_context(facts: DecisionFacts, kind: str, position: int) -> dict[str, Any]:
    """The context of the n-th model's certificate or Giấy khen."""
    decision = facts.decision
    _, model = facts.rows[position - 1]
    values = header(facts, number=paper_number(decision, kind, position), issued_on=decision.issued_on)
    values.update(year=facts.year, decision_number=decision.number, decision_issued_on=decision.issued_on)
    if kind == "certificate":
        row = annex_row(model, facts)
        values.update(
            model_code=model.code, model_name=model.name, registrant_unit=row["registrant_unit"], field=row["field"]
        )
        return values
    unit = facts.units.get(model.registrant_unit_id)
    if model.registrant_kind == "individual" and model.individual_name:
        values["recipient"] = model.individual_name
        detail = ", ".join(p for p in (model.individual_position or "", unit.name if unit else "") if p)
        if detail:
            values["recipient_detail"] = detail
    else:
        values["recipient"] = unit.name if unit is not None else model.name
    values["achievement"] = ACHIEVEMENT.format(year=facts.year, name=model.name)
    return values


def revocation_context(facts: DecisionFacts, *, number: str, issued_on: date) -> dict[str, Any]:
    """The context of the revocation of the decision (its number and date are the revocation's own)."""
    decision = facts.decision
    values = header(facts, number=number, issued_on=issued_on)
    values.update(
        year=facts.year,
        bases=bases(facts),
        revoked_number=decision.number,
        revoked_issued_on=decision.issued_on,
        revoked_subject=SUBJECTS[decision.kind].format(year=facts.year),
        reason=decision.revoke_reason or "",
    )
    return values


def context_for(facts: DecisionFacts, item: Planned) -> dict[str, Any]:
    """The context of one planned document of the decision (not its revocation)."""
    if item.position == 0:
        return decision_context(facts, item.kind)
    return paper_context(facts, item.kind, item.position)
