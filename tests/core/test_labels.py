"""One word for one thing: one label per code in the catalogue, and no text written twice in app/.

The catalogue (app/core/labels.py) is checked against the codes the database allows; the whole of app/ is
read with `ast` (nothing imported) for `Text("…", "…")` literals, so a second copy of a label or a message
(the way "Không tìm thấy đơn vị." once stood in six modules) fails here, not on a user's screen.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import pytest

from app.core import labels
from app.core.i18n import Text
from app.models.confirmation import CONFIRMATION_KINDS
from app.models.document import DOCUMENT_KINDS
from app.models.evidence import EVIDENCE_KINDS
from app.models.indicators import TARGET_KINDS
from app.models.recognition import AWARD_FORMS, AWARD_LEVELS, DECISION_KINDS, REVIEW_LEVELS
from app.policy.permissions import ROLE_LABELS, Role
from app.policy.scopes import ClientScope

APP = Path(__file__).resolve().parents[2] / "app"

CATALOGUES: dict[str, Mapping[str, Text]] = {
    "DECISION_KINDS": labels.DECISION_KINDS,
    "DOCUMENT_KINDS": labels.DOCUMENT_KINDS,
    "AWARD_FORMS": labels.AWARD_FORMS,
    "AWARD_LEVELS": labels.AWARD_LEVELS,
    "EVIDENCE_KINDS": labels.EVIDENCE_KINDS,
    "CONFIRMATION_KINDS": labels.CONFIRMATION_KINDS,
    "REVIEW_LEVELS": labels.REVIEW_LEVELS,
    "INDICATOR_TARGET_KINDS": labels.INDICATOR_TARGET_KINDS,
    "ROLES": labels.ROLES,
    "COMMITTEE_KINDS": labels.COMMITTEE_KINDS,
    "AUTHORITY_RELATIONS": labels.AUTHORITY_RELATIONS,
    "COMPREHENSIVE_CONDITIONS": labels.COMPREHENSIVE_CONDITIONS,
    "CLIENT_SCOPES": labels.CLIENT_SCOPES,
}

# The same Vietnamese words for two different things, each said once: a state and the action leading to it,
# an action and the paper it produces. Their English tells them apart.
HOMOGRAPHS = {
    "Trả lại để bổ sung",  # the state `returned` and the action `return` (app/workflow)
    "Báo cáo kết quả thực hiện",  # the action `report_results` (app/workflow) and the evidence kind `result_report`
}


def _texts() -> dict[str, list[tuple[str, str]]]:
    """Every literal Text in app/: Vietnamese → [(English, where)]."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Text"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                vi, en = (a.value for a in node.args if isinstance(a, ast.Constant))
                found[vi].append((en, f"{path.relative_to(APP.parent)}:{node.lineno}"))
    return found


@pytest.mark.parametrize(
    ("labelled", "codes"),
    [
        (labels.DECISION_KINDS, DECISION_KINDS),
        (labels.DOCUMENT_KINDS, DOCUMENT_KINDS),
        (labels.AWARD_FORMS, AWARD_FORMS),
        (labels.AWARD_LEVELS, AWARD_LEVELS),
        (labels.EVIDENCE_KINDS, EVIDENCE_KINDS),
        (labels.CONFIRMATION_KINDS, CONFIRMATION_KINDS),
        (labels.REVIEW_LEVELS, REVIEW_LEVELS),
        (labels.INDICATOR_TARGET_KINDS, TARGET_KINDS),
        (labels.ROLES, tuple(Role)),
        (labels.CLIENT_SCOPES, tuple(ClientScope)),
    ],
    ids=[
        "decision kinds",
        "document kinds",
        "award forms",
        "award levels",
        "evidence kinds",
        "confirmation kinds",
        "review levels",
        "target kinds",
        "roles",
        "client scopes",
    ],
)
def test_every_code_the_database_allows_has_exactly_one_label(
    labelled: Mapping[str, Text], codes: tuple[str, ...]
) -> None:
    assert sorted(labelled) == sorted(codes)


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_no_two_codes_of_one_catalogue_share_a_word(name: str) -> None:
    catalogue = CATALOGUES[name]
    for lang in ("vi", "en"):
        words = [text.render(lang) for text in catalogue.values()]
        assert len(words) == len(set(words)), (name, lang, sorted(w for w in words if words.count(w) > 1))


def test_the_catalogue_uses_the_seeds_words() -> None:
    assert labels.AWARD_LEVELS["central"].as_dict() == {"vi": "Cấp Trung ương", "en": "Central level"}
    assert labels.AWARD_LEVELS["province"].as_dict() == {"vi": "Cấp tỉnh", "en": "Provincial level"}
    assert labels.DECISION_KINDS["model_recognition"].vi == 'Quyết định công nhận mô hình "Dân vận khéo"'
    assert labels.DECISION_KINDS["exemplar_recognition"].vi == 'Quyết định công nhận điển hình "Dân vận khéo"'
    # Seed 000 §3(1): the cells "tiến hành bình xét, thẩm định", the standing board "đề nghị", the committee decides.
    assert labels.REVIEW_LEVELS["cell"].vi == "Chi bộ bình xét, thẩm định"
    assert labels.REVIEW_LEVELS["standing_board"].vi == "Ban Thường vụ Đảng ủy đề nghị"
    assert labels.REVIEW_LEVELS["deciding_body"].as_dict() == {
        "vi": "Cấp quyết định công nhận",
        "en": "Deciding body",
    }


def test_roles_and_authority_relations_read_the_catalogue() -> None:
    assert all(ROLE_LABELS[role] is labels.ROLES[role.value] for role in Role)
    assert labels.AUTHORITY_RELATIONS["district_committee"] is labels.COMMITTEE_KINDS["district_party_committee"]


def test_no_label_or_message_is_written_twice_in_app() -> None:
    repeated = {vi: places for vi, places in _texts().items() if len(places) > 1 and vi not in HOMOGRAPHS}
    assert not repeated, "import the one constant (core/labels.py, core/messages.py, <domain>/messages.py)"


def test_one_meaning_is_not_worded_two_ways() -> None:
    by_english: dict[str, set[str]] = defaultdict(set)
    for vi, places in _texts().items():
        for en, _ in places:
            by_english[en].add(vi)
    assert {en: vis for en, vis in by_english.items() if len(vis) > 1} == {}


def test_the_exceptions_are_still_needed() -> None:
    found = _texts()
    assert all(len(found.get(vi, [])) > 1 for vi in HOMOGRAPHS), (
        "a text listed here is written once now: remove it from the list"
    )
