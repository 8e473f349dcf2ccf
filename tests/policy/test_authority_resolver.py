"""The six-case authority policy, resolved on the demo tree without a database (seed 000 §3, seed 001 §I.2.2)."""

from __future__ import annotations

import random

import pytest

from app.policy.authority import (
    AuthorityAnswer,
    AuthorityNoRule,
    AuthorityUnresolvable,
    InMemoryTree,
    Override,
    Rule,
    UnitFacts,
    first_match,
    matches,
    resolve,
)
from app.policy.authority_data import DISTRICT_2023, PROVINCE_2016


@pytest.fixture
def district(facts, profile_rules):
    """Resolve under the district plan on the (unchanged) demo tree."""
    rules, tree = profile_rules(DISTRICT_2023), facts.tree()

    def answer(code: str, kind: str = "collective") -> AuthorityAnswer:
        return resolve(DISTRICT_2023, rules, kind, facts[code], tree)

    return answer


@pytest.fixture
def province(facts, profile_rules):
    """Resolve under the provincial guideline on the (unchanged) demo tree."""
    rules, tree = profile_rules(PROVINCE_2016), facts.tree()

    def answer(code: str, kind: str = "collective") -> AuthorityAnswer:
        return resolve(PROVINCE_2016, rules, kind, facts[code], tree)

    return answer


def _codes(answer: AuthorityAnswer) -> tuple[int | None, str, str, str]:
    return answer.case_number, answer.reviewing_unit.code, answer.proposing_unit.code, answer.deciding_unit.code


# --- case 1: cells under a grassroots committee ------------------------------------------------------------


@pytest.mark.parametrize("kind", ["collective", "individual"])
def test_case_1_village_is_reviewed_by_its_cell_and_recognised_by_commune_committee(district, kind) -> None:
    assert _codes(district("QT-VL-VT-TL", kind)) == (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")


def test_case_1_mass_mobilisation_team_of_a_village_follows_its_cell(district) -> None:
    assert _codes(district("QT-VL-VT-TL-TDV")) == (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")


def test_case_1_commune_government_led_directly_by_the_committee_is_recognised_by_it(district) -> None:
    assert _codes(district("QT-VL-VT-UBND")) == (1, "QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")


def test_case_1_a_ward_of_the_city_is_recognised_by_its_own_committee(district) -> None:
    assert _codes(district("QT-DH-P1-KP3", "individual")) == (1, "QT-DH-P1-KP3-CB", "QT-DH-P1-DU", "QT-DH-P1-DU")


# --- case 2: grassroots party cells directly under the district --------------------------------------------


@pytest.mark.parametrize("kind", ["collective", "individual"])
def test_case_2_school_is_recognised_by_the_district_committee_above_its_cell(district, kind) -> None:
    assert _codes(district("QT-VL-THPT", kind)) == (2, "QT-VL-CBTHPT", "QT-VL-CBTHPT", "QT-VL-HU")


def test_case_2_individual_of_the_grassroots_cell_itself(district) -> None:
    assert _codes(district("QT-VL-CBTHPT", "individual")) == (2, "QT-VL-CBTHPT", "QT-VL-CBTHPT", "QT-VL-HU")


# --- case 3: no party organisation --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["collective", "individual"])
def test_case_3_enterprise_without_party_organisation_is_recognised_by_its_managing_unit(district, kind) -> None:
    assert _codes(district("QT-VL-CTTS", kind)) == (3, "QT-VL-CTTS", "QT-VL-CTTS", "QT-VL")


def test_case_3_workshop_under_an_enterprise_is_recognised_by_the_enterprise(district) -> None:
    assert _codes(district("QT-VL-CTTS-PX")) == (3, "QT-VL-CTTS-PX", "QT-VL-CTTS-PX", "QT-VL-CTTS")


# --- case 4: commune Front and organisations, collectives only --------------------------------------------


def test_case_4_commune_front_is_recognised_by_commune_committee(district) -> None:
    answer = district("QT-VL-VT-MTTQ")
    assert _codes(answer) == (4, "QT-VL-VT-KDV", "QT-VL-VT-KDV", "QT-VL-VT-DU")
    assert answer.citation == "KH VL 2023 §3(4)"
    assert answer.rule_label is not None and answer.rule_label["vi"].startswith("(4) Đối với tập thể Ủy ban Mặt")


@pytest.mark.parametrize("organisation", ["HND", "HLHPN", "DTN", "HCCB"])
def test_case_4_covers_every_socio_political_organisation_of_the_commune(district, organisation) -> None:
    assert _codes(district(f"QT-VL-HX-{organisation}")) == (4, "QT-VL-HX-KDV", "QT-VL-HX-KDV", "QT-VL-HX-DU")


def test_case_4_is_for_collectives_an_individual_of_the_commune_front_falls_to_case_1(district) -> None:
    assert _codes(district("QT-VL-VT-MTTQ", "individual")) == (1, "QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")


# --- case 5: party organisations as collectives -------------------------------------------------------------


def test_case_5_party_cell_collective_is_recognised_by_commune_committee(district) -> None:
    assert _codes(district("QT-VL-VT-TL-CB")) == (5, "QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")


def test_case_5_commune_committee_collective_is_recognised_by_district_committee(district) -> None:
    assert _codes(district("QT-VL-VT-DU")) == (5, "QT-VL-HU", "QT-VL-HU", "QT-VL-HU")


def test_case_5_grassroots_cell_collective_is_recognised_by_district_committee(district) -> None:
    assert _codes(district("QT-VL-CBTHPT")) == (5, "QT-VL-HU", "QT-VL-HU", "QT-VL-HU")


def test_case_5_is_for_collectives_an_individual_of_a_party_cell_is_reviewed_by_the_cell(district) -> None:
    assert _codes(district("QT-VL-VT-TL-CB", "individual")) == (1, "QT-VL-VT-TL-CB", "QT-VL-VT-DU", "QT-VL-VT-DU")


# --- case 6: district-level organisations --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["collective", "individual"])
def test_case_6_district_farmers_union_is_followed_by_the_board_and_recognised_by_district_committee(
    district, kind
) -> None:
    assert _codes(district("QT-VL-HND", kind)) == (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-HU")


def test_case_6_city_organisations_go_to_the_city_board_and_committee(district) -> None:
    assert _codes(district("QT-DH-HND")) == (6, "QT-DH-BDV", "QT-DH-BDV", "QT-DH-TU")


@pytest.mark.parametrize("code", ["QT-VL-UBND", "QT-VL-BCHQS", "QT-VL-BCD"])
def test_case_6_other_district_units_led_by_the_committee_are_recognised_by_it(district, code) -> None:
    answer = district(code)
    assert _codes(answer) == (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-HU")
    assert answer.citation == "KH VL 2023 §3, §3(6)"


# --- precedence -----------------------------------------------------------------------------------------------


def test_commune_front_collective_matches_case_4_not_case_1(facts, profile_rules) -> None:
    rules, tree, front = profile_rules(DISTRICT_2023), facts.tree(), facts["QT-VL-VT-MTTQ"]
    case_1 = next(r for r in rules if r.case_number == 1)
    assert matches(case_1, "collective", front, tree)  # both apply; the lower precedence wins
    for seed in range(5):
        shuffled = list(rules)
        random.Random(seed).shuffle(shuffled)
        chosen = first_match(shuffled, "collective", front, tree)
        assert chosen is not None and chosen.case_number == 4


def test_party_cell_collective_matches_case_5_before_case_1(facts, profile_rules) -> None:
    rules, cell = profile_rules(DISTRICT_2023), facts["QT-VL-VT-TL-CB"]
    chosen = first_match(list(reversed(rules)), "collective", cell, facts.tree())
    assert chosen is not None and (chosen.case_number, chosen.precedence) == (5, 10)


# --- explanations ---------------------------------------------------------------------------------------------


def test_explanation_names_the_case_the_registrant_and_the_units(district) -> None:
    answer = district("QT-VL-VT-MTTQ")
    vi, en = answer.explanation["vi"], answer.explanation["en"]
    assert vi.startswith("Trường hợp 4 (KH VL 2023 §3(4)) áp dụng cho tập thể “Ủy ban MTTQ Việt Nam Xã Vĩnh Thạch”")
    assert "quyết định công nhận: Đảng ủy Xã Vĩnh Thạch (QT-VL-VT-DU)" in vi
    assert en.startswith("Case 4 (KH VL 2023 §3(4)) applies to the collective")
    assert "recognised by Đảng ủy Xã Vĩnh Thạch (QT-VL-VT-DU)" in en
    assert "proposed by Khối Dân vận Xã Vĩnh Thạch (QT-VL-VT-KDV)" in en
    assert not answer.overridden


def test_explanation_of_an_individual_says_individual(district) -> None:
    explanation = district("QT-VL-THPT", "individual").explanation
    assert "an individual of “Trường THPT Vĩnh Linh” (QT-VL-THPT)" in explanation["en"]


# --- overrides ------------------------------------------------------------------------------------------------


def test_override_wins_and_the_explanation_says_so(facts, profile_rules) -> None:
    hnd, ubnd = facts["QT-VL-HND"], facts["QT-VL-UBND"]
    override = Override(unit_id=hnd.id, deciding_unit_id=ubnd.id, reason="Theo quy chế thi đua của huyện")
    answer = resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "collective", hnd, facts.tree(), override)
    assert answer.overridden and answer.override_reason == "Theo quy chế thi đua của huyện"
    assert _codes(answer) == (6, "QT-VL-BDV", "QT-VL-BDV", "QT-VL-UBND")  # reviewing/proposing from the rule
    assert answer.vias == {
        "reviewing": "district_mass_mobilisation_board",
        "proposing": "district_mass_mobilisation_board",
        "deciding": "override",
    }
    assert "Quản trị viên đã chỉ định riêng" in answer.explanation["vi"]
    assert "thay cho trường hợp 6" in answer.explanation["vi"]
    assert "An administrator set the competent units" in answer.explanation["en"]
    assert "reason: Theo quy chế thi đua của huyện" in answer.explanation["en"]
    assert "instead of case 6" in answer.explanation["en"]


def test_override_can_name_every_unit(facts, profile_rules) -> None:
    village = facts["QT-VL-VT-TL"]
    override = Override(village.id, facts["QT-VL-HU"].id, facts["QT-VL-BDV"].id, facts["QT-VL-VT-KDV"].id, "x")
    answer = resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "individual", village, facts.tree(), override)
    assert _codes(answer) == (1, "QT-VL-BDV", "QT-VL-VT-KDV", "QT-VL-HU")


def test_override_where_no_rule_applies_has_no_case_number(facts, profile_rules) -> None:
    front = facts["QT-MTTQ"]
    override = Override(front.id, facts["QT-TU"].id, reason="Cấp tỉnh")
    answer = resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "collective", front, facts.tree(), override)
    assert answer.case_number is None and answer.rule_label is None and answer.citation is None
    assert _codes(answer)[1:] == ("QT-TU", "QT-TU", "QT-TU")
    assert "no rule of the profile applies" in answer.explanation["en"]


def test_override_of_another_unit_is_ignored(facts, profile_rules) -> None:
    override = Override(facts["QT-VL-HND"].id, facts["QT-VL-UBND"].id, reason="x")
    answer = resolve(
        DISTRICT_2023, profile_rules(DISTRICT_2023), "collective", facts["QT-VL-VT-MTTQ"], facts.tree(), override
    )
    assert not answer.overridden and answer.deciding_unit.code == "QT-VL-VT-DU"


def test_override_wins_even_where_the_tree_is_broken(facts, profile_rules) -> None:
    village = facts.edit("QT-VL-VT-TL", party_org_id=99_999)
    override = Override(village.id, facts["QT-VL-VT-DU"].id, reason="Chi bộ đang kiện toàn")
    answer = resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "collective", village, facts.tree(village), override)
    assert answer.overridden and answer.case_number is None
    assert _codes(answer)[1:] == ("QT-VL-VT-DU", "QT-VL-VT-DU", "QT-VL-VT-DU")


def test_override_naming_an_unknown_unit_is_unresolvable(facts, profile_rules) -> None:
    village = facts["QT-VL-VT-TL"]
    with pytest.raises(AuthorityUnresolvable) as caught:
        resolve(
            DISTRICT_2023,
            profile_rules(DISTRICT_2023),
            "collective",
            village,
            facts.tree(),
            Override(village.id, 99_999, reason="x"),
        )
    assert caught.value.extensions["relation"] == "override"


# --- broken trees answer 422, never crash ----------------------------------------------------------------------


def _unresolvable(
    facts, profile_rules, code: str, tree: InMemoryTree, kind: str = "collective", unit: UnitFacts | None = None
) -> AuthorityUnresolvable:
    with pytest.raises(AuthorityUnresolvable) as caught:
        resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), kind, unit or facts[code], tree)
    error = caught.value
    assert (error.status, error.code) == (422, "authority_unresolvable")
    return error


def test_party_organisation_missing_from_the_tree_is_unresolvable(facts, profile_rules) -> None:
    village = facts.edit("QT-VL-VT-TL", party_org_id=99_999)
    error = _unresolvable(facts, profile_rules, "QT-VL-VT-TL", facts.tree(village), unit=village)
    assert error.extensions == {"unit_id": village.id, "relation": "own_party_org"}
    assert "99999" in error.message.render("en", **error.params)
    assert "Thôn Tân Lập” (QT-VL-VT-TL)" in error.message.render("vi", **error.params)


def test_grassroots_walk_that_finds_no_committee_is_unresolvable(facts, profile_rules) -> None:
    cell = facts.edit("QT-VL-VT-TL-CB", party_org_id=facts["QT-VL-HU"].id)  # the commune committee link lost
    error = _unresolvable(facts, profile_rules, "QT-VL-VT-TL", facts.tree(cell))
    assert error.extensions["relation"] == "nearest_grassroots_committee"
    message = error.message.render("en", **error.params)
    assert message.startswith("Cannot determine the grassroots party committee for “Thôn Tân Lập” (QT-VL-VT-TL)")
    assert "reaches no grassroots party committee" in message


def test_a_cycle_of_party_links_is_unresolvable(facts, profile_rules) -> None:
    cell = facts.edit("QT-VL-VT-TL-CB", party_org_id=facts["QT-VL-VT-TL"].id)
    error = _unresolvable(facts, profile_rules, "QT-VL-VT-TL", facts.tree(cell))
    assert "cycle" in error.message.render("en", **error.params)


def test_an_endless_chain_of_cells_is_cut_after_ten_steps(facts, profile_rules) -> None:
    chain = [
        UnitFacts(1000 + i, f"C{i}", f"Chi bộ {i}", "party_cell_under_grassroots", "village", True, None, 1000 + i + 1)
        for i in range(15)
    ]
    tree = InMemoryTree([*facts.by_code.values(), *chain])
    error = _unresolvable(facts, profile_rules, "", tree, kind="individual", unit=chain[0])
    assert "more than 10 steps" in error.message.render("en", **error.params)


def test_commune_without_mass_mobilisation_bloc_is_unresolvable_for_case_4(facts, profile_rules) -> None:
    error = _unresolvable(facts, profile_rules, "QT-VL-VT-MTTQ", facts.tree(without=["QT-VL-VT-KDV"]))
    assert error.extensions["relation"] == "commune_dvk_section"
    assert "no active mass-mobilisation board" in error.message.render("en", **error.params)


def test_closed_deciding_committee_is_unresolvable(facts, profile_rules) -> None:
    closed = facts.edit("QT-VL-VT-DU", is_active=False)
    error = _unresolvable(facts, profile_rules, "QT-VL-VT-TL", facts.tree(closed))
    assert "is closed" in error.message.render("en", **error.params)


def test_missing_superior_unit_is_unresolvable_for_case_3(facts, profile_rules) -> None:
    orphan = facts.edit("QT-VL-CTTS", parent_id=None)
    error = _unresolvable(facts, profile_rules, "", facts.tree(orphan), unit=orphan)
    assert error.extensions["relation"] == "parent"


def test_top_committee_as_a_collective_has_no_superior(facts, profile_rules) -> None:
    error = _unresolvable(facts, profile_rules, "QT-TU", facts.tree())
    assert error.extensions["relation"] == "superior_party_committee"


def test_unit_no_rule_covers_answers_authority_no_rule(facts, profile_rules) -> None:
    with pytest.raises(AuthorityNoRule) as caught:
        resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "collective", facts["QT-MTTQ"], facts.tree())
    assert (caught.value.status, caught.value.code) == (422, "authority_no_rule")
    assert "QT-MTTQ" in caught.value.message.render("en", **caught.value.params)


# --- the provincial guideline ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "kind"), [("QT-SNN", "collective"), ("QT-SNN-PKH", "individual")])
def test_province_case_1_department_is_recognised_by_the_committee_under_the_province(province, code, kind) -> None:
    assert _codes(province(code, kind)) == (1, "QT-DUK", "QT-SNN-CB", "QT-DUK")


@pytest.mark.parametrize(
    ("code", "kind"), [("QT-MTTQ", "collective"), ("QT-DUK", "collective"), ("QT-BDV", "individual")]
)
def test_province_case_6_province_level_exemplars_are_recognised_by_the_provincial_board(province, code, kind) -> None:
    answer = province(code, kind)
    assert _codes(answer) == (6, "QT-BDV", code, "QT-BDV")
    assert answer.citation == "HD 2016 §I.2.2"


def test_province_district_committee_itself_is_recognised_by_the_provincial_board(province) -> None:
    assert _codes(province("QT-VL-HU", "individual")) == (6, "QT-BDV", "QT-VL-HU", "QT-BDV")


@pytest.mark.parametrize(
    ("code", "counterpart"),
    [("QT-VL-VT-MTTQ", "QT-MTTQ"), ("QT-VL-MTTQ", "QT-MTTQ"), ("QT-VL-HND", "QT-HND"), ("QT-DH-P1-HND", "QT-HND")],
)
def test_province_case_4_front_and_organisations_are_recognised_by_their_provincial_body(
    province, code, counterpart
) -> None:
    for kind in ("collective", "individual"):
        assert _codes(province(code, kind)) == (4, counterpart, code, counterpart)


def test_province_case_4_without_a_provincial_counterpart_is_unresolvable(facts, profile_rules) -> None:
    tree = facts.tree(without=["QT-HLHPN"])
    with pytest.raises(AuthorityUnresolvable) as caught:
        resolve(PROVINCE_2016, profile_rules(PROVINCE_2016), "collective", facts["QT-VL-VT-HLHPN"], tree)
    assert caught.value.extensions["relation"] == "provincial_counterpart"


@pytest.mark.parametrize(
    ("code", "committee"),
    [
        ("QT-VL-VT-TL", "QT-VL-HU"),
        ("QT-VL-CTTS-PX", "QT-VL-HU"),
        ("QT-VL-VT-DU", "QT-VL-HU"),
        ("QT-DH-P1-KP1-TDV", "QT-DH-TU"),
    ],
)
def test_province_case_2_everyone_else_is_recognised_by_the_district_committee_of_the_area(
    province, code, committee
) -> None:
    for kind in ("collective", "individual"):
        assert _codes(province(code, kind)) == (2, committee, code, committee)


# --- rule data ------------------------------------------------------------------------------------------------


def test_a_rule_with_an_unknown_relation_or_key_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown relation 'mayor'"):
        Rule(1, 1, {}, "self", "self", "mayor", "", "")
    with pytest.raises(ValueError, match="unknown match key 'colour'"):
        Rule(1, 1, {"colour": ["red"]}, "self", "self", "self", "", "")
    with pytest.raises(ValueError, match="has_party_org must be true or false"):
        Rule(1, 1, {"has_party_org": "no"}, "self", "self", "self", "", "")


def test_registrant_kind_must_be_collective_or_individual(facts, profile_rules) -> None:
    with pytest.raises(ValueError):
        resolve(DISTRICT_2023, profile_rules(DISTRICT_2023), "family", facts["QT-VL"], facts.tree())
