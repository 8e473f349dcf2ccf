"""The unit tree as the authority policy sees it, and the relations its rules walk.

Pure: facts about units in, units out. A relation (`self`, `parent`, `party_org`, …, see RELATIONS)
names a unit relative to the registrant unit. Walks follow party links (`party_org_id`: the party
organisation that leads a unit; for a party organisation, its superior committee) or, for the
province root and the area's district committee, parent links. Each walk is bounded (MAX_HOPS) and
a cycle, a missing unit or a missing link raises AuthorityUnresolvable (422
`authority_unresolvable`) naming the registrant unit and the relation: a broken tree is a clear
answer, never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core import labels
from app.core.errors import Unprocessable
from app.core.i18n import Text

MAX_HOPS = 10
REGISTRANT_KINDS = ("collective", "individual")

PROVINCE_LEVEL = "province"
GRASSROOTS_COMMITTEE = "grassroots_party_committee"
DISTRICT_COMMITTEE = "district_party_committee"
PROVINCIAL_COMMITTEE = "provincial_party_committee"
COMMITTEE_UNDER_PROVINCE = "party_committee_under_province"
MASS_MOBILISATION_BOARD = "mass_mobilisation_board"


@dataclass(frozen=True)
class UnitFacts:
    """What the policy needs to know about one unit."""

    id: int
    code: str
    name: str
    kind_code: str
    level_code: str
    is_party_organisation: bool
    parent_id: int | None
    party_org_id: int | None
    is_active: bool = True


class TreeView(Protocol):
    """Read access to the unit tree, as much of it as the relations need."""

    def get(self, unit_id: int | None) -> UnitFacts | None:
        """The unit, or None when it is not known."""

    def led_by(self, party_org_id: int, kind_code: str) -> list[UnitFacts]:
        """Units of this kind whose leading party organisation is `party_org_id`, by id."""

    def same_kind_at_level(self, kind_code: str, level_code: str, within_root_id: int) -> UnitFacts | None:
        """A unit of this kind and level in the subtree of `within_root_id` (active first, then by id)."""


class InMemoryTree:
    """A TreeView over a dict of units (tests, and the database loader's prefetched units)."""

    def __init__(self, units: Iterable[UnitFacts]) -> None:
        self.units: dict[int, UnitFacts] = {u.id: u for u in units}

    def get(self, unit_id: int | None) -> UnitFacts | None:
        """The unit, or None when it is not known."""
        return self.units.get(unit_id) if unit_id is not None else None

    def led_by(self, party_org_id: int, kind_code: str) -> list[UnitFacts]:
        """Units of this kind whose leading party organisation is `party_org_id`, by id."""
        return sorted(
            (u for u in self.units.values() if u.party_org_id == party_org_id and u.kind_code == kind_code),
            key=lambda u: u.id,
        )

    def same_kind_at_level(self, kind_code: str, level_code: str, within_root_id: int) -> UnitFacts | None:
        """A unit of this kind and level in the subtree of `within_root_id` (active first, then by id)."""
        found = [
            u
            for u in self.units.values()
            if u.kind_code == kind_code and u.level_code == level_code and self._under(u, within_root_id)
        ]
        return min(found, key=lambda u: (not u.is_active, u.id), default=None)

    def _under(self, unit: UnitFacts, root_id: int) -> bool:
        current: UnitFacts | None = unit
        for _ in range(MAX_HOPS + 1):
            if current is None:
                return False
            if current.id == root_id:
                return True
            current = self.get(current.parent_id)
        return False


class AuthorityUnresolvable(Unprocessable):
    """A relation cannot be walked on this tree (missing superior, party organisation, board …)."""

    code = "authority_unresolvable"
    message = Text(
        "Không xác định được {relation_vi} cho đơn vị “{unit_name}” ({unit_code}): {why_vi}.",
        "Cannot determine the {relation_en} for “{unit_name}” ({unit_code}): {why_en}.",
    )

    def __init__(self, unit: UnitFacts, relation: str, why: Text, **params: object) -> None:
        label = labels.AUTHORITY_RELATIONS.get(relation, Text(relation, relation))
        super().__init__(
            unit_id=unit.id,
            relation=relation,
            _unit_name=unit.name,
            _unit_code=unit.code,
            _relation_vi=label.vi,
            _relation_en=label.en,
            _why_vi=why.render("vi", **params),
            _why_en=why.render("en", **params),
        )


_MISSING = Text(
    "đơn vị {missing} mà “{at}” liên kết tới không có trong cây đơn vị",
    "unit {missing}, linked from “{at}”, is not in the unit tree",
)
_NO_PARTY_ORG = Text("“{at}” không có tổ chức đảng lãnh đạo", "“{at}” has no leading party organisation")
_NO_PARENT = Text("“{at}” không có đơn vị cấp trên", "“{at}” has no superior unit")
_NOT_ABOVE = Text(
    "đi theo các liên kết tổ chức đảng không gặp {kind_vi} nào (chuỗi dừng ở “{at}”)",
    "walking up the party links reaches no {kind_en} (the chain ends at “{at}”)",
)
_NOT_IN_AREA = Text(
    "không có huyện ủy, thành ủy nào lãnh đạo “{at}” hay các đơn vị cấp trên của nó",
    "no district party committee leads “{at}” or any unit above it",
)
_CYCLE = Text("các liên kết từ “{at}” tạo thành vòng lặp", "the links from “{at}” form a cycle")
_TOO_DEEP = Text("vượt quá {hops} bước từ “{at}”", "more than {hops} steps from “{at}”")
_NO_BOARD = Text("“{at}” không có Ban/Khối Dân vận đang hoạt động", "“{at}” has no active mass-mobilisation board")
_NO_PROVINCE = Text("không có đơn vị cấp tỉnh phía trên “{at}”", "there is no province-level unit above “{at}”")
_NO_COUNTERPART = Text(
    "không có đơn vị cùng loại đang hoạt động ở cấp tỉnh thuộc “{at}”",
    "there is no active unit of the same kind at province level under “{at}”",
)
_CLOSED = Text("“{at}” đã giải thể", "“{at}” is closed")
_OVERRIDE_UNIT = Text(
    "đơn vị {missing} được chỉ định riêng không có trong cây đơn vị",
    "unit {missing}, named by the override, is not in the unit tree",
)


def named(unit: UnitFacts) -> str:
    return f"{unit.name} ({unit.code})"


# --- walks ------------------------------------------------------------------------------------


def party_org_of(tree: TreeView, unit: UnitFacts, origin: UnitFacts, relation: str) -> UnitFacts:
    """The party organisation that leads `unit`; raises when it has none or it is unknown."""
    if unit.party_org_id is None:
        raise AuthorityUnresolvable(origin, relation, _NO_PARTY_ORG, at=named(unit))
    found = tree.get(unit.party_org_id)
    if found is None:
        raise AuthorityUnresolvable(origin, relation, _MISSING, at=named(unit), missing=unit.party_org_id)
    return found


def _parent_of(tree: TreeView, unit: UnitFacts, origin: UnitFacts, relation: str) -> UnitFacts:
    """The directly managing unit; raises when there is none or it is unknown."""
    if unit.parent_id is None:
        raise AuthorityUnresolvable(origin, relation, _NO_PARENT, at=named(unit))
    found = tree.get(unit.parent_id)
    if found is None:
        raise AuthorityUnresolvable(origin, relation, _MISSING, at=named(unit), missing=unit.parent_id)
    return found


def own_party_org(tree: TreeView, unit: UnitFacts, relation: str) -> UnitFacts:
    """The unit itself when it is a party organisation, else the one that leads it."""
    return unit if unit.is_party_organisation else party_org_of(tree, unit, unit, relation)


def _walk_up_party(tree: TreeView, unit: UnitFacts, kind: str, relation: str) -> UnitFacts:
    """The first unit of `kind` along the party links, starting with the unit itself."""
    current, seen = unit, {unit.id}
    for _ in range(MAX_HOPS):
        if current.kind_code == kind:
            return current
        if current.party_org_id is None:
            label = labels.COMMITTEE_KINDS.get(kind, Text(kind, kind))
            raise AuthorityUnresolvable(
                unit, relation, _NOT_ABOVE, at=named(current), kind_vi=label.vi, kind_en=label.en
            )
        following = party_org_of(tree, current, unit, relation)
        if following.id in seen:
            raise AuthorityUnresolvable(unit, relation, _CYCLE, at=named(unit))
        seen.add(following.id)
        current = following
    if current.kind_code == kind:
        return current
    raise AuthorityUnresolvable(unit, relation, _TOO_DEEP, at=named(unit), hops=MAX_HOPS)


def _walk_up_parents(tree: TreeView, unit: UnitFacts, relation: str) -> Iterable[UnitFacts]:
    """The unit, then its ancestors along parent links (bounded, cycle-checked)."""
    current, seen = unit, {unit.id}
    yield current
    for _ in range(MAX_HOPS):
        if current.parent_id is None:
            return
        current = _parent_of(tree, current, unit, relation)
        if current.id in seen:
            raise AuthorityUnresolvable(unit, relation, _CYCLE, at=named(unit))
        seen.add(current.id)
        yield current
    if current.parent_id is not None:
        raise AuthorityUnresolvable(unit, relation, _TOO_DEEP, at=named(unit), hops=MAX_HOPS)


def province_root(tree: TreeView, unit: UnitFacts, relation: str = "provincial_counterpart") -> UnitFacts:
    """The highest province-level unit at or above the unit along parent links."""
    found = [u for u in _walk_up_parents(tree, unit, relation) if u.level_code == PROVINCE_LEVEL]
    if not found:
        raise AuthorityUnresolvable(unit, relation, _NO_PROVINCE, at=named(unit))
    return found[-1]


def _board_of(tree: TreeView, committee: UnitFacts, origin: UnitFacts, relation: str) -> UnitFacts:
    """The (first active) mass-mobilisation board led by a committee."""
    boards = [b for b in tree.led_by(committee.id, MASS_MOBILISATION_BOARD) if b.is_active]
    if not boards:
        raise AuthorityUnresolvable(origin, relation, _NO_BOARD, at=named(committee))
    return boards[0]


def chain_reaches(tree: TreeView, unit: UnitFacts, kinds: Sequence[str]) -> bool:
    """True when the party links above the unit reach a unit of one of these kinds."""
    current, seen = unit, {unit.id}
    for _ in range(MAX_HOPS):
        if current.party_org_id is None:
            return False
        current = party_org_of(tree, current, unit, "party_org")
        if current.kind_code in kinds:
            return True
        if current.id in seen:
            raise AuthorityUnresolvable(unit, "party_org", _CYCLE, at=named(unit))
        seen.add(current.id)
    raise AuthorityUnresolvable(unit, "party_org", _TOO_DEEP, at=named(unit), hops=MAX_HOPS)


def _area_district_committee(tree: TreeView, unit: UnitFacts, relation: str) -> UnitFacts:
    """The district committee of the area: the first one that is, or leads, the unit or an ancestor."""
    for current in _walk_up_parents(tree, unit, relation):
        if current.kind_code == DISTRICT_COMMITTEE:
            return current
        if current.party_org_id is not None:
            leader = party_org_of(tree, current, unit, relation)
            if leader.kind_code == DISTRICT_COMMITTEE:
                return leader
    raise AuthorityUnresolvable(unit, relation, _NOT_IN_AREA, at=named(unit))


def _counterpart(tree: TreeView, unit: UnitFacts, relation: str) -> UnitFacts:
    root = province_root(tree, unit, relation)
    found = tree.same_kind_at_level(unit.kind_code, PROVINCE_LEVEL, root.id)
    if found is None or not found.is_active:
        raise AuthorityUnresolvable(unit, relation, _NO_COUNTERPART, at=named(root))
    return found


_Relation = Callable[[TreeView, UnitFacts, str], UnitFacts]

RELATIONS: dict[str, _Relation] = {
    "self": lambda t, u, r: u,
    "parent": lambda t, u, r: _parent_of(t, u, u, r),
    "party_org": lambda t, u, r: party_org_of(t, u, u, r),
    "own_party_org": own_party_org,
    "superior_party_committee": lambda t, u, r: party_org_of(t, own_party_org(t, u, r), u, r),
    "nearest_grassroots_committee": lambda t, u, r: _walk_up_party(t, u, GRASSROOTS_COMMITTEE, r),
    "district_committee": lambda t, u, r: _walk_up_party(t, u, DISTRICT_COMMITTEE, r),
    "provincial_committee": lambda t, u, r: _walk_up_party(t, u, PROVINCIAL_COMMITTEE, r),
    "nearest_committee_under_province": lambda t, u, r: _walk_up_party(t, u, COMMITTEE_UNDER_PROVINCE, r),
    "commune_dvk_section": lambda t, u, r: _board_of(t, _walk_up_party(t, u, GRASSROOTS_COMMITTEE, r), u, r),
    "district_mass_mobilisation_board": lambda t, u, r: _board_of(t, _walk_up_party(t, u, DISTRICT_COMMITTEE, r), u, r),
    "provincial_mass_mobilisation_board": lambda t, u, r: _board_of(
        t, _walk_up_party(t, u, PROVINCIAL_COMMITTEE, r), u, r
    ),
    "provincial_counterpart": _counterpart,
    "area_district_committee": _area_district_committee,
}

# Which relations need which prefetch (used by the database loader to stay lazy).
BOARD_RELATIONS = frozenset(
    {"commune_dvk_section", "district_mass_mobilisation_board", "provincial_mass_mobilisation_board"}
)
COUNTERPART_RELATIONS = frozenset({"provincial_counterpart"})


def walk(relation: str, unit: UnitFacts, tree: TreeView) -> UnitFacts:
    """The unit a relation names for the registrant unit; a closed result is refused."""
    found = RELATIONS[relation](tree, unit, relation)
    if found.id != unit.id and not found.is_active:
        raise AuthorityUnresolvable(unit, relation, _CLOSED, at=named(found))
    return found


def override_unit(tree: TreeView, unit: UnitFacts, unit_id: int, relation: str = "override") -> UnitFacts:
    """A unit an override names for the registrant unit; unknown or closed units are refused."""
    found = tree.get(unit_id)
    if found is None:
        raise AuthorityUnresolvable(unit, relation, _OVERRIDE_UNIT, missing=unit_id)
    if not found.is_active and found.id != unit.id:
        raise AuthorityUnresolvable(unit, relation, _CLOSED, at=named(found))
    return found
