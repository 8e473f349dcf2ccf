"""The rule profiles migration 0003 seeds are exactly app/policy/authority_data.py, and valid."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from app.models import AuthorityProfile, AuthorityRule
from app.policy.authority import rules_from_rows
from app.policy.authority_data import PROFILES, RULES

_RULE_COLUMNS = (
    "profile_code",
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
_PROFILE_COLUMNS = ("code", "label_vi", "label_en", "source", "is_default")


async def test_migrated_rules_are_identical_to_authority_data(session) -> None:
    rows = (
        await session.scalars(select(AuthorityRule).order_by(AuthorityRule.profile_code, AuthorityRule.precedence))
    ).all()
    migrated = [{c: getattr(r, c) for c in _RULE_COLUMNS} for r in rows]
    expected = sorted(RULES, key=lambda r: (r["profile_code"], r["precedence"]))
    assert migrated == expected


async def test_migrated_profiles_are_identical_to_authority_data(session) -> None:
    rows = (await session.scalars(select(AuthorityProfile).order_by(AuthorityProfile.code))).all()
    assert [{c: getattr(p, c) for c in _PROFILE_COLUMNS} for p in rows] == sorted(PROFILES, key=lambda p: p["code"])


def test_every_default_rule_is_valid_and_precedences_are_unique() -> None:
    for profile in PROFILES:
        rows = [r for r in RULES if r["profile_code"] == profile["code"]]
        assert len(rules_from_rows(rows)) == len(rows)  # Rule() refuses unknown keys and relations
        assert len({r["precedence"] for r in rows}) == len(rows)


def test_exactly_one_profile_is_the_default() -> None:
    assert [p["code"] for p in PROFILES if p["is_default"]] == ["district_2023"]


def test_the_district_profile_covers_all_six_cases_and_cites_the_seed() -> None:
    district = [r for r in RULES if r["profile_code"] == "district_2023"]
    assert set(Counter(r["case_number"] for r in district)) == {1, 2, 3, 4, 5, 6}
    assert all(r["citation"].startswith("KH VL 2023 §3") for r in district)
    province = [r for r in RULES if r["profile_code"] == "province_2016"]
    assert all(r["citation"] == "HD 2016 §I.2.2" for r in province)
