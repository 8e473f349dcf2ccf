"""Who confirms what (seed 000): the unit whose user records a confirmation act, and who counts as its user.

Pure: facts about units in, a unit out; the walks are the authority policy's relations
(`app/policy/authority_tree.py`), so "directly managing unit" and "grassroots party committee" mean here
what they mean when the policy names who recognises a model.

- `other_field` — "được cơ quan, đơn vị trực tiếp quản lý xác nhận" (§2.2): for a collective, the unit
  directly managing the registrant unit (its parent in the unit tree, `parent`); for an individual, the
  unit they register through (`self`: the agency or unit that manages them).
- `achievement_report` — "có xác nhận của cấp ủy cơ sở" (§5): the grassroots party committee found by
  walking the party links up from the registrant unit (`nearest_grassroots_committee`: a commune's Đảng
  ủy for its villages, cells and organisations); where the chain reaches none, the unit's own party
  organisation (`own_party_org`: a grassroots party cell — chi bộ cơ sở — for its school or agency, or
  the committee that leads a district-level organisation); for a unit with no party organisation at
  all, its directly managing unit (`parent`, who also recognises it: case 3).

A user of that unit is one holding a role that acts for it — registrant, mobiliser or authority — at that
unit itself: not a viewer, not an administrator, and not a role held at a unit above it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from app.policy.authority_tree import AuthorityUnresolvable, TreeView, UnitFacts, walk
from app.policy.permissions import Role
from app.policy.scope import Grant

ConfirmationKind = Literal["other_field", "achievement_report"]
CONFIRMATION_KINDS: tuple[str, ...] = get_args(ConfirmationKind)

_GRASSROOTS = ("nearest_grassroots_committee", "own_party_org", "parent")

# kind -> registrant kind -> the relations tried in order; the first that resolves names the unit.
RELATIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "other_field": {"collective": ("parent",), "individual": ("self",)},
    "achievement_report": {"collective": _GRASSROOTS, "individual": _GRASSROOTS},
}

CONFIRMING_ROLES = frozenset({Role.REGISTRANT, Role.MOBILISER, Role.AUTHORITY})


def relations_for(kind: str, registrant_kind: str) -> tuple[str, ...]:
    """The relations that name the confirming unit, in the order they are tried."""
    return RELATIONS[kind][registrant_kind]


def confirming_unit(kind: str, registrant_kind: str, unit: UnitFacts, tree: TreeView) -> tuple[UnitFacts, str]:
    """The unit whose user confirms, and the relation that named it; AuthorityUnresolvable (422) when
    none of the relations resolves on this tree (the last one's explanation)."""
    relations = relations_for(kind, registrant_kind)
    for relation in relations[:-1]:
        try:
            return walk(relation, unit, tree), relation
        except AuthorityUnresolvable:
            continue
    return walk(relations[-1], unit, tree), relations[-1]


def may_confirm(grants: Iterable[Grant], unit_id: int) -> bool:
    """True when one of the grants is a role that acts for the unit, held at the unit itself."""
    return any(g.unit_id == unit_id and g.role in CONFIRMING_ROLES for g in grants)
