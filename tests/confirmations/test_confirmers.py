"""Which unit confirms what, on the Vĩnh Linh-like demo tree (seed 000 §2.2 and §5), and who is its user."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from app.models.confirmation import CONFIRMATION_KINDS as STORED_KINDS
from app.policy.authority_tree import AuthorityUnresolvable
from app.policy.scope import Grant
from app.workflow.confirmers import CONFIRMATION_KINDS, RELATIONS, may_confirm
from app.workflow.repository import unit_that_confirms


def test_the_kinds_are_one_list() -> None:
    assert STORED_KINDS == CONFIRMATION_KINDS == tuple(RELATIONS)


@pytest.mark.parametrize(
    ("unit", "registrant_kind", "kind", "expected", "relation"),
    [
        # A village's collective: the commune manages it; its cell's Đảng ủy xã is the grassroots committee.
        ("QT-VL-VT-TL", "collective", "other_field", "QT-VL-VT", "parent"),
        ("QT-VL-VT-TL", "collective", "achievement_report", "QT-VL-VT-DU", "nearest_grassroots_committee"),
        # The cell itself, and a commune organisation led by the Đảng ủy.
        ("QT-VL-VT-TL-CB", "collective", "achievement_report", "QT-VL-VT-DU", "nearest_grassroots_committee"),
        ("QT-VL-VT-HND", "collective", "achievement_report", "QT-VL-VT-DU", "nearest_grassroots_committee"),
        # An individual: the unit they register through manages them.
        ("QT-VL-VT-HLHPN", "individual", "other_field", "QT-VL-VT-HLHPN", "self"),
        ("QT-VL-VT-HLHPN", "individual", "achievement_report", "QT-VL-VT-DU", "nearest_grassroots_committee"),
        # A school under a grassroots party cell (chi bộ cơ sở): the cell is its grassroots committee.
        ("QT-VL-THPT", "collective", "other_field", "QT-VL", "parent"),
        ("QT-VL-THPT", "collective", "achievement_report", "QT-VL-CBTHPT", "own_party_org"),
        # A district organisation led by the Huyện ủy: no grassroots committee above it, its own leader confirms.
        ("QT-VL-HND", "collective", "achievement_report", "QT-VL-HU", "own_party_org"),
        # An enterprise with no party organisation: its directly managing unit.
        ("QT-VL-CTTS", "collective", "achievement_report", "QT-VL", "parent"),
        ("QT-VL-CTTS-PX", "collective", "other_field", "QT-VL-CTTS", "parent"),
    ],
)
async def test_the_unit_that_confirms(
    session: Any, demo: Any, unit: str, registrant_kind: str, kind: str, expected: str, relation: str
) -> None:
    model = SimpleNamespace(registrant_unit_id=demo.unit(unit), registrant_kind=registrant_kind)
    found, via = await unit_that_confirms(session, model, kind)  # type: ignore[arg-type]
    assert (found.code, via) == (expected, relation)


async def test_the_root_has_no_managing_unit(session: Any, demo: Any) -> None:
    model = SimpleNamespace(registrant_unit_id=demo.unit("QT"), registrant_kind="collective")
    with pytest.raises(AuthorityUnresolvable) as caught:
        await unit_that_confirms(session, model, "other_field")  # type: ignore[arg-type]
    assert caught.value.code == "authority_unresolvable"


def test_a_user_of_the_unit_holds_an_acting_role_at_the_unit_itself() -> None:
    commune, district = 12, 3
    assert may_confirm([Grant("authority", commune, "/1/3/12/")], commune)
    assert may_confirm([Grant("registrant", commune, "/1/3/12/")], commune)
    assert may_confirm([Grant("mobiliser", commune, "/1/3/12/")], commune)
    assert not may_confirm([Grant("viewer", commune, "/1/3/12/")], commune)
    assert not may_confirm([Grant("admin", commune, "/1/3/12/")], commune)
    assert not may_confirm([Grant("authority", district, "/1/3/")], commune)  # a role above is not the unit's
