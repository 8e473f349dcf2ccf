"""Who reviews, proposes and decides on a registrant's model: the six-case authority policy.

Pure: facts about units in, an answer out; no database, no HTTP. The rules are data (see
authority_data.py and the `authority_rules` table); this module only knows how to *match* a rule
and resolve the relations it names (authority_tree.py), so a locality changes who is competent by
editing rows, never code.

Rules are tried in ascending precedence; the first match wins. A rule's `match` is a dict of
optional keys, all of which must hold:
  registrant_kinds       ["collective", "individual"]: who registers
  unit_kinds, levels     the registrant unit's kind / level codes
  unit_is_party_organisation, has_party_org   booleans about the unit itself
  party_org_kinds        kind of the party organisation that leads the unit (for a party
                         organisation: its superior committee)
  own_party_org_kinds    kind of the unit's *own* party organisation: the unit itself when it is one,
                         else the one that leads it — so an individual of a cell routes like the
                         cell's units do
  party_chain_includes   walking party links up from the unit reaches one of these kinds
Its `reviewing_via`, `proposing_via` and `deciding_via` name relations (authority_tree.RELATIONS).
An override for the registrant unit wins over the rules and the explanation says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import Unprocessable
from app.core.i18n import Text
from app.policy.authority_tree import (
    REGISTRANT_KINDS,
    RELATIONS,
    AuthorityUnresolvable,
    InMemoryTree,
    TreeView,
    UnitFacts,
    chain_reaches,
    named,
    override_unit,
    own_party_org,
    party_org_of,
    walk,
)

__all__ = [
    "AuthorityAnswer",
    "AuthorityNoRule",
    "AuthorityUnresolvable",
    "InMemoryTree",
    "Override",
    "Rule",
    "TreeView",
    "UnitFacts",
    "first_match",
    "matches",
    "resolve",
    "rule_problems",
    "rules_from_rows",
]

MATCH_KEYS = frozenset(
    {
        "registrant_kinds",
        "unit_kinds",
        "levels",
        "unit_is_party_organisation",
        "has_party_org",
        "party_org_kinds",
        "own_party_org_kinds",
        "party_chain_includes",
    }
)
_BOOL_KEYS = frozenset({"unit_is_party_organisation", "has_party_org"})


@dataclass(frozen=True)
class Rule:
    """One rule of a profile: whom it matches and which relations name the competent units."""

    case_number: int
    precedence: int
    match: Mapping[str, Any]
    reviewing_via: str
    proposing_via: str
    deciding_via: str
    label_vi: str
    label_en: str
    citation: str = ""

    def __post_init__(self) -> None:
        problems = rule_problems(self)
        if problems:
            raise ValueError(
                f"authority rule (case {self.case_number}, precedence {self.precedence}): " + "; ".join(problems)
            )


@dataclass(frozen=True)
class Override:
    """An administrator's choice of competent units for one registrant unit; wins over the rules."""

    unit_id: int
    deciding_unit_id: int
    reviewing_unit_id: int | None = None
    proposing_unit_id: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class AuthorityAnswer:
    """The policy's answer for one registrant: the case, the competent units and why."""

    profile: str
    registrant_kind: str
    unit: UnitFacts
    case_number: int | None
    rule_label: dict[str, str] | None
    reviewing_unit: UnitFacts
    proposing_unit: UnitFacts
    deciding_unit: UnitFacts
    explanation: dict[str, str]
    overridden: bool = False
    citation: str | None = None
    override_reason: str | None = None
    vias: dict[str, str] = field(default_factory=dict)


class AuthorityNoRule(Unprocessable):
    """No rule of the profile matches the registrant."""

    code = "authority_no_rule"
    message = Text(
        "Không có quy tắc nào của bộ quy tắc “{profile}” áp dụng cho {registrant_vi}.",
        "No rule of the profile “{profile}” applies to {registrant_en}.",
    )

    def __init__(self, profile: str, registrant_kind: str, unit: UnitFacts) -> None:
        who = _registrant(registrant_kind, unit)
        super().__init__(
            unit_id=unit.id, profile=profile, _profile=profile, _registrant_vi=who.vi, _registrant_en=who.en
        )


# --- rules ------------------------------------------------------------------------------------


def rule_problems(rule: Rule) -> list[str]:
    """What is wrong with a rule's data (unknown keys, relations or value types); empty when valid."""
    problems = [f"unknown match key {k!r}" for k in rule.match if k not in MATCH_KEYS]
    for key, value in rule.match.items():
        if key in _BOOL_KEYS and not isinstance(value, bool):
            problems.append(f"{key} must be true or false")
        elif key in MATCH_KEYS - _BOOL_KEYS and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            problems.append(f"{key} must be a list of codes")
    unknown = set(rule.match.get("registrant_kinds") or []) - set(REGISTRANT_KINDS)
    problems += [f"unknown registrant kind {k!r}" for k in sorted(unknown)]
    vias = (rule.reviewing_via, rule.proposing_via, rule.deciding_via)
    problems += [f"unknown relation {v!r}" for v in vias if v not in RELATIONS]
    return problems


def rules_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[Rule]:
    """Rules from rows (dicts or ORM-like mappings), in the order they are tried."""
    fields = (
        "case_number",
        "precedence",
        "match",
        "reviewing_via",
        "proposing_via",
        "deciding_via",
        "label_vi",
        "label_en",
        "citation",
    )
    rules = [Rule(**{f: row[f] for f in fields}) for row in rows]
    return sorted(rules, key=lambda r: (r.precedence, r.case_number))


def matches(rule: Rule, registrant_kind: str, unit: UnitFacts, tree: TreeView) -> bool:
    """True when every key of the rule's `match` holds (cheap keys first, tree walks last)."""
    m = rule.match
    if "registrant_kinds" in m and registrant_kind not in m["registrant_kinds"]:
        return False
    if "unit_kinds" in m and unit.kind_code not in m["unit_kinds"]:
        return False
    if "levels" in m and unit.level_code not in m["levels"]:
        return False
    if "unit_is_party_organisation" in m and unit.is_party_organisation != m["unit_is_party_organisation"]:
        return False
    if "has_party_org" in m and (unit.party_org_id is not None) != m["has_party_org"]:
        return False
    if "party_org_kinds" in m and (
        unit.party_org_id is None or party_org_of(tree, unit, unit, "party_org").kind_code not in m["party_org_kinds"]
    ):
        return False
    if "own_party_org_kinds" in m and (
        (unit.party_org_id is None and not unit.is_party_organisation)
        or own_party_org(tree, unit, "own_party_org").kind_code not in m["own_party_org_kinds"]
    ):
        return False
    return not ("party_chain_includes" in m and not chain_reaches(tree, unit, m["party_chain_includes"]))


def first_match(rules: Sequence[Rule], registrant_kind: str, unit: UnitFacts, tree: TreeView) -> Rule | None:
    """The first rule, in ascending precedence, that matches."""
    for rule in sorted(rules, key=lambda r: (r.precedence, r.case_number)):
        if matches(rule, registrant_kind, unit, tree):
            return rule
    return None


# --- answers ----------------------------------------------------------------------------------


def _registrant(kind: str, unit: UnitFacts) -> Text:
    if kind == "collective":
        return Text(f"tập thể “{unit.name}” ({unit.code})", f"the collective “{unit.name}” ({unit.code})")
    return Text(f"cá nhân thuộc “{unit.name}” ({unit.code})", f"an individual of “{unit.name}” ({unit.code})")


def _units_text(reviewing: UnitFacts, proposing: UnitFacts, deciding: UnitFacts) -> Text:
    r, p, d = named(reviewing), named(proposing), named(deciding)
    return Text(
        f"bình xét, thẩm định: {r}; đề nghị: {p}; quyết định công nhận: {d}",
        f"reviewed and appraised by {r}; proposed by {p}; recognised by {d}",
    )


def _rule_explanation(rule: Rule, who: Text, units: Text) -> dict[str, str]:
    return {
        "vi": f"Trường hợp {rule.case_number} ({rule.citation}) áp dụng cho {who.vi}: {units.vi}.",
        "en": f"Case {rule.case_number} ({rule.citation}) applies to {who.en}: {units.en}.",
    }


def _override_explanation(rule: Rule | None, override: Override, who: Text, units: Text) -> dict[str, str]:
    if rule is not None:
        instead = Text(
            f"thay cho trường hợp {rule.case_number} ({rule.citation})",
            f"instead of case {rule.case_number} ({rule.citation})",
        )
    else:
        instead = Text("không có quy tắc nào của bộ quy tắc áp dụng", "no rule of the profile applies")
    return {
        "vi": f"Quản trị viên đã chỉ định riêng cấp có thẩm quyền cho {who.vi} (lý do: {override.reason}); "
        f"{instead.vi}: {units.vi}.",
        "en": f"An administrator set the competent units for {who.en} (reason: {override.reason}), "
        f"{instead.en}: {units.en}.",
    }


def _with_override(
    profile: str, rules: Sequence[Rule], kind: str, unit: UnitFacts, tree: TreeView, override: Override
) -> AuthorityAnswer:
    """The override's units; reviewing/proposing it leaves open come from the rule, else the decider."""
    try:
        rule = first_match(rules, kind, unit, tree)
    except AuthorityUnresolvable:
        rule = None
    deciding = override_unit(tree, unit, override.deciding_unit_id, "override")

    def pick(unit_id: int | None, via: str | None) -> tuple[UnitFacts, str]:
        if unit_id is not None:
            return override_unit(tree, unit, unit_id, "override"), "override"
        if via is not None:
            try:
                return walk(via, unit, tree), via
            except AuthorityUnresolvable:
                pass
        return deciding, "override"

    reviewing, reviewing_via = pick(override.reviewing_unit_id, rule.reviewing_via if rule else None)
    proposing, proposing_via = pick(override.proposing_unit_id, rule.proposing_via if rule else None)
    who = _registrant(kind, unit)
    return AuthorityAnswer(
        profile=profile,
        registrant_kind=kind,
        unit=unit,
        case_number=rule.case_number if rule else None,
        rule_label={"vi": rule.label_vi, "en": rule.label_en} if rule else None,
        reviewing_unit=reviewing,
        proposing_unit=proposing,
        deciding_unit=deciding,
        explanation=_override_explanation(rule, override, who, _units_text(reviewing, proposing, deciding)),
        overridden=True,
        citation=rule.citation if rule else None,
        override_reason=override.reason,
        vias={"reviewing": reviewing_via, "proposing": proposing_via, "deciding": "override"},
    )


def resolve(
    profile_code: str,
    rules: Sequence[Rule],
    registrant_kind: str,
    unit: UnitFacts,
    tree: TreeView,
    override: Override | None = None,
) -> AuthorityAnswer:
    """The competent units for a registrant of `unit` under a profile's rules (or the unit's override)."""
    if registrant_kind not in REGISTRANT_KINDS:
        raise ValueError(f"registrant_kind must be one of {REGISTRANT_KINDS}")
    if override is not None and override.unit_id == unit.id:
        return _with_override(profile_code, rules, registrant_kind, unit, tree, override)
    rule = first_match(rules, registrant_kind, unit, tree)
    if rule is None:
        raise AuthorityNoRule(profile_code, registrant_kind, unit)
    reviewing = walk(rule.reviewing_via, unit, tree)
    proposing = walk(rule.proposing_via, unit, tree)
    deciding = walk(rule.deciding_via, unit, tree)
    who = _registrant(registrant_kind, unit)
    return AuthorityAnswer(
        profile=profile_code,
        registrant_kind=registrant_kind,
        unit=unit,
        case_number=rule.case_number,
        rule_label={"vi": rule.label_vi, "en": rule.label_en},
        reviewing_unit=reviewing,
        proposing_unit=proposing,
        deciding_unit=deciding,
        explanation=_rule_explanation(rule, who, _units_text(reviewing, proposing, deciding)),
        citation=rule.citation,
        vias={"reviewing": rule.reviewing_via, "proposing": rule.proposing_via, "deciding": rule.deciding_via},
    )


# What a model stores of an answer: case, reviewing, proposing and deciding unit ids (lists filter on them,
# the model rule of visibility.py and the reviews' holding-unit check read them).
StoredAnswer = tuple[int | None, int | None, int | None, int | None]
NO_ANSWER: StoredAnswer = (None, None, None, None)
_STORED = ("authority_case", "reviewing_unit_id", "proposing_unit_id", "deciding_unit_id")


def stored_answer(answer: AuthorityAnswer) -> StoredAnswer:
    """The parts of an answer a model stores."""
    units = (answer.reviewing_unit, answer.proposing_unit, answer.deciding_unit)
    reviewing, proposing, deciding = (u.id if u is not None else None for u in units)
    return answer.case_number, reviewing, proposing, deciding


def store_answer(model: Any, stored: StoredAnswer) -> bool:
    """Set a model's stored answer; True when it changed."""
    if tuple(getattr(model, name) for name in _STORED) == stored:
        return False
    for name, value in zip(_STORED, stored, strict=True):
        setattr(model, name, value)
    return True
