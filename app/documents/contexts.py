"""What each kind of document needs from the data: one TypedDict per kind (the `context` of `render_pdf`).

Text is given as it is written in Vietnamese (NFC or not: the renderer normalises it); the layout puts
the header's names in capitals itself. Dates are `datetime.date`; a template writes them as
`{issued_on}` (15/10/2026) or `{issued_on:long}` (ngày 15 tháng 10 năm 2026). A field marked
`NotRequired` may be left out; any other field missing, `None` or blank raises
`TemplateFieldMissing(field)` before a byte of PDF is produced. A locality's template may name more
fields (its own wording): they are required too (`templates.Template.fields()` lists them).
"""

# No `from __future__ import annotations` here: TypedDict reads NotRequired[...] from evaluated annotations
# only (Python 3.11), and __required_keys__ is what the tests check the templates against.
from collections.abc import Sequence
from datetime import date
from typing import NotRequired, TypedDict


class AnnexRow(TypedDict):
    """One model in a decision's list (the recognition annex, or the list in a decision's article)."""

    code: str  # the model's code, e.g. "VL-2026-0007"
    name: str  # the model's name as registered
    registrant_unit: str  # the unit that registered it, e.g. "Hội Liên hiệp Phụ nữ xã Vĩnh Thạch"
    field: str  # its field (lĩnh vực), e.g. "Kinh tế"


class DocumentHeader(TypedDict):
    """Every document: the issuer as the header names it, the number, the place and date, the signer."""

    # The party organisation above the issuer, first line of the header ("Đảng bộ tỉnh Quảng Trị");
    # left out for a committee with none above it in the header (the provincial committee).
    superior_body: NotRequired[str]
    issuer_name: str  # the issuing committee as the header names it ("Huyện ủy Vĩnh Linh")
    issuing_body: str  # the body that decides, as the text names it ("Ban Thường vụ Huyện ủy Vĩnh Linh")
    number: str  # number and symbol, party style ("45-QĐ/HU"); certificates: "12-GCN/HU"
    place: str  # the place in the date line ("Vĩnh Linh")
    issued_on: date
    signer_name: str  # "Nguyễn Thị Hương"
    signer_position: str  # "Phó Bí thư" (written in capitals under "T/M …")
    # "T/M Ban Thường vụ" by default (the template's); "K/T …" or another when the signer signs otherwise.
    signer_on_behalf: NotRequired[str]


class DecisionContext(DocumentHeader):
    """Every decision: the campaign year, its own bases, and who receives it."""

    year: int  # the emulation year the decision is about
    # The decision's own bases after the template's fixed ones (the charter, the working rules): the plan
    # and the review minutes, each written as it follows "Căn cứ " ("Kế hoạch số 88-KH/HU ngày …").
    bases: Sequence[str]
    proposal: NotRequired[str]  # who proposed it, after "Xét đề nghị của " ("Ban Dân vận Huyện ủy")
    recipients: NotRequired[Sequence[str]]  # "Nơi nhận" lines; the template's when left out


class RecognitionDecisionContext(DecisionContext):
    """`decision.recognition`: the models recognised, listed in the annex (at least one)."""

    models: Sequence[AnnexRow]


class NonRecognitionDecisionContext(DecisionContext):
    """`decision.non_recognition`: the models not recognised (at least one) and why."""

    models: Sequence[AnnexRow]
    reason: str  # the ground, one sentence ("chưa đạt tiêu chí về hiệu quả …")


class ExemplarDecisionContext(DecisionContext):
    """`decision.exemplar`: the models recognised as exemplars (điển hình "Dân vận khéo")."""

    models: Sequence[AnnexRow]


class RevocationDecisionContext(DecisionContext):
    """`decision.revocation`: the decision revoked and why."""

    revoked_number: str  # "45-QĐ/HU"
    revoked_issued_on: date
    revoked_subject: str  # its subject as written after "về việc " ("công nhận mô hình …")
    reason: str


class CertificateContext(DocumentHeader):
    """`certificate`: Giấy chứng nhận mô hình "Dân vận khéo", one per recognised model."""

    year: int
    model_code: str
    model_name: str
    registrant_unit: str
    field: str
    decision_number: str  # the recognition decision it follows from
    decision_issued_on: date


class CommendationContext(DocumentHeader):
    """`commendation`: Giấy khen for an exemplar (a collective or a person)."""

    year: int
    recipient: str  # "Hội Liên hiệp Phụ nữ xã Vĩnh Thạch" or "Bà Trần Thị Bình"
    recipient_detail: NotRequired[str]  # a person's position and unit, a second line
    achievement: str  # after "Đã có thành tích " ("xuất sắc trong phong trào thi đua …")
    decision_number: str
    decision_issued_on: date


def required_fields(kind: str) -> frozenset[str]:
    """The fields a context of `kind` must hold (its TypedDict's required keys)."""
    keys: frozenset[str] = getattr(CONTEXTS[kind], "__required_keys__")  # noqa: B009 (a TypedDict's attribute)
    return keys


CONTEXTS: dict[str, type] = {
    "decision.recognition": RecognitionDecisionContext,
    "decision.non_recognition": NonRecognitionDecisionContext,
    "decision.exemplar": ExemplarDecisionContext,
    "decision.revocation": RevocationDecisionContext,
    "certificate": CertificateContext,
    "commendation": CommendationContext,
}
"""The context type of each kind (the kinds the engine renders)."""

KINDS: tuple[str, ...] = tuple(CONTEXTS)
