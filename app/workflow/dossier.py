"""Which files each workflow action needs (the dossier rules), as data; and their evaluation.

Pure: no database, no HTTP. The workflow engine enforces these through guards named in the
transition table (a requirement's `guard` is the guard code); `GET /models/{id}/dossier` reports
them as a checklist. `nominate` is guarded by `exemplar_dossier_complete`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core import labels
from app.core.i18n import Text


@dataclass(frozen=True)
class EvidenceFact:
    """What the rules need to know about one file of the dossier."""

    id: str
    kind: str


@dataclass(frozen=True)
class ConfirmationFact:
    """A confirmation act that counts: not withdrawn, not legacy, by a user of the unit that confirms
    (app/workflow/confirmers.py) — the workflow's repository keeps only those."""

    id: str
    kind: str  # other_field | achievement_report
    evidence_id: str | None = None


@dataclass(frozen=True)
class EvidenceFacts:
    """The model's files and confirmation acts, as the guards and the checklist see them."""

    files: tuple[EvidenceFact, ...] = ()
    field_requires_confirmation: bool = False  # the model's field (`other`) needs the managing unit's confirmation
    confirmations: tuple[ConfirmationFact, ...] = ()

    def acts(self, kind: str) -> list[ConfirmationFact]:
        """The confirmation acts of a kind that count."""
        return [c for c in self.confirmations if c.kind == kind]

    def matching(self, kind: str, *, confirmed_by: str | None = None) -> list[str]:
        """Ids of the files of a kind (only those a counted act of `confirmed_by` confirms, if given)."""
        confirmed = {c.evidence_id for c in self.acts(confirmed_by)} if confirmed_by else set()
        return [f.id for f in self.files if f.kind == kind and (confirmed_by is None or f.id in confirmed)]

    def count(self, kind: str) -> int:
        """How many files of a kind there are."""
        return len(self.matching(kind))


@dataclass(frozen=True)
class Requirement:
    """One line of a dossier: at least `min_count` files of `kind`, or (`act`) a confirmation act."""

    code: str  # stable code of the checklist line
    guard: str  # the workflow guard that enforces it
    kind: str
    label: Text
    min_count: int = 1
    confirmed_by: str | None = None  # only files a counted confirmation act of this kind confirms
    act: str | None = None  # met by a counted confirmation act of this kind (a file of `kind` is optional)
    only_if_field_requires_confirmation: bool = False
    # A payload field of the action that satisfies the requirement instead of a file.
    text_alternative: str | None = None
    alternative_label: Text | None = None

    @property
    def confirmation(self) -> str | None:
        """The kind of confirmation act the line needs, if any."""
        return self.act or self.confirmed_by

    def applies(self, facts: EvidenceFacts) -> bool:
        """False when the requirement does not concern this model (e.g. confirmation outside `other`)."""
        return facts.field_requires_confirmation or not self.only_if_field_requires_confirmation


REGISTRATION_FORM = Requirement(
    "registration_form", "registration_form_attached", "registration_form", labels.EVIDENCE_KINDS["registration_form"]
)
OTHER_FIELD_CONFIRMATION = Requirement(
    "confirmation",
    "other_field_confirmed",
    "confirmation",
    labels.CONFIRMATION_KINDS["other_field"],
    act="other_field",
    only_if_field_requires_confirmation=True,
)
RESULT_REPORT = Requirement(
    "result_report",
    "result_report_given",
    "result_report",
    labels.EVIDENCE_KINDS["result_report"],
    text_alternative="results_report",
    alternative_label=Text(
        "hoặc nhập nội dung báo cáo (results_report) khi báo cáo kết quả",
        "or send the report as text (results_report) with report_results",
    ),
)
REVIEW_MINUTES = Requirement(
    "review_minutes", "exemplar_dossier_complete", "review_minutes", labels.EVIDENCE_KINDS["review_minutes"]
)
SUBMISSION = Requirement(
    "submission",
    "exemplar_dossier_complete",
    "submission",
    Text("Tờ trình đề nghị kèm danh sách", "Submission to the competent authority with the list"),
)
ACHIEVEMENT_REPORT = Requirement(
    "achievement_report_confirmed",
    "exemplar_dossier_complete",
    "achievement_report",
    Text(
        "Báo cáo thành tích có xác nhận của cấp ủy cơ sở",
        "Achievement report confirmed by the grassroots party committee",
    ),
    confirmed_by="achievement_report",
)
MODEL_PHOTOS = Requirement(
    "model_photos",
    "exemplar_dossier_complete",
    "model_photo",
    Text("Ảnh mô hình (ít nhất 2)", "Photos of the model (at least 2)"),
    min_count=2,
)
PORTRAITS = Requirement(
    "portraits",
    "exemplar_dossier_complete",
    "portrait",
    Text("Ảnh chân dung (ít nhất 2)", "Portraits (at least 2)"),
    min_count=2,
)

# action -> the files it needs.
DOSSIERS: dict[str, tuple[Requirement, ...]] = {
    "submit": (REGISTRATION_FORM, OTHER_FIELD_CONFIRMATION),
    # Checked again when the board accepts: a confirmation withdrawn meanwhile stops the acceptance.
    "accept": (OTHER_FIELD_CONFIRMATION,),
    "report_results": (RESULT_REPORT,),
    "nominate": (REVIEW_MINUTES, SUBMISSION, ACHIEVEMENT_REPORT, MODEL_PHOTOS, PORTRAITS),
}


@dataclass(frozen=True)
class RequirementStatus:
    """A requirement judged against a model's files (and, for a move, its payload)."""

    requirement: Requirement
    evidence_ids: list[str]
    satisfied_by_text: bool = False
    confirmation_ids: list[str] = field(default_factory=list)
    unconfirmed_count: int = 0  # files of the kind no counted act confirms (when it needs one)

    @property
    def present_count(self) -> int:
        """How many qualifying files (or, for an act, counted acts) there are."""
        return len(self.confirmation_ids) if self.requirement.act else len(self.evidence_ids)

    @property
    def satisfied(self) -> bool:
        """Enough files, or the text alternative was given."""
        return self.satisfied_by_text or self.present_count >= self.requirement.min_count


def evaluate(
    requirement: Requirement, facts: EvidenceFacts, payload: Mapping[str, Any] | None = None
) -> RequirementStatus:
    """Judge one requirement."""
    text = requirement.text_alternative
    by_text = bool(text and payload and str(payload.get(text) or "").strip())
    if requirement.act:
        acts = facts.acts(requirement.act)
        files = [c.evidence_id for c in acts if c.evidence_id]
        return RequirementStatus(requirement, files, by_text, [c.id for c in acts])
    ids = facts.matching(requirement.kind, confirmed_by=requirement.confirmed_by)
    confirmation_ids = [c.id for c in facts.acts(requirement.confirmed_by)] if requirement.confirmed_by else []
    unconfirmed = facts.count(requirement.kind) - len(ids) if requirement.confirmed_by else 0
    return RequirementStatus(requirement, ids, by_text, confirmation_ids, unconfirmed)


def requirements_for(action: str, facts: EvidenceFacts) -> list[Requirement]:
    """The requirements of an action that apply to this model."""
    return [r for r in DOSSIERS.get(action, ()) if r.applies(facts)]


def by_guard(guard: str) -> list[Requirement]:
    """Every requirement a guard enforces (once, though it may be listed for more than one action)."""
    found = [r for reqs in DOSSIERS.values() for r in reqs if r.guard == guard]
    return list(dict.fromkeys(found))


def missing_message(status: RequirementStatus) -> tuple[Text, dict[str, Any]]:
    """Why a requirement is not met, as a bilingual text with its parameters."""
    req = status.requirement
    params: dict[str, Any] = {
        "what": req.label.vi,
        "what_en": req.label.en,
        "n": req.min_count,
        "have": status.present_count,
    }
    if req.act:
        return Text(
            "Thiếu {what}: một người dùng của đơn vị đó xác nhận (POST /models/{{id}}/confirmations).",
            "Missing: {what_en}, confirmed by a user of that unit (POST /models/{{id}}/confirmations).",
        ), params
    if req.confirmed_by and status.unconfirmed_count:
        kind = labels.EVIDENCE_KINDS[req.kind]
        return Text(
            "Có {unconfirmed} tệp “{kind_vi}” nhưng chưa tệp nào được cấp ủy cơ sở xác nhận "
            "(POST /models/{{id}}/confirmations).",
            "{unconfirmed} “{kind_en}” file(s), none confirmed by the grassroots party committee "
            "(POST /models/{{id}}/confirmations).",
        ), {**params, "unconfirmed": status.unconfirmed_count, "kind_vi": kind.vi, "kind_en": kind.en}
    if req.text_alternative:
        return Text(
            "Thiếu {what} (tệp loại {kind}) hoặc nội dung báo cáo.",
            "Missing: {what_en} (a {kind} file) or a text report.",
        ), {**params, "kind": req.kind}
    if req.min_count > 1:
        return Text(
            "Cần ít nhất {n} tệp: {what} (hiện có {have}).", "At least {n} files needed: {what_en} (now {have})."
        ), params
    return Text("Thiếu {what}.", "Missing: {what_en}."), params


def facts_from(
    files: Iterable[tuple[Any, str]],
    field_requires_confirmation: bool,
    confirmations: Iterable[tuple[Any, str, Any]] = (),
) -> EvidenceFacts:
    """Build the facts from (id, kind) file rows and (id, kind, evidence_id) rows of counted acts."""
    return EvidenceFacts(
        tuple(EvidenceFact(str(i), k) for i, k in files),
        field_requires_confirmation,
        tuple(ConfirmationFact(str(i), k, str(e) if e else None) for i, k, e in confirmations),
    )
