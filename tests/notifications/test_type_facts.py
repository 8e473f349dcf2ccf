"""The labels and the roles that must receive each type stay in step with the catalogue."""

from __future__ import annotations

from app.notifications.catalogue import CATALOGUE
from app.notifications.type_facts import LABELS, MANDATORY_ROLES, WAITED_ON, mandatory_for, mandatory_roles
from app.policy.permissions import Role


def test_every_type_has_one_label_and_no_other() -> None:
    assert set(LABELS) == set(CATALOGUE)
    assert len({label.vi for label in LABELS.values()}) == len(LABELS)
    assert len({label.en for label in LABELS.values()}) == len(LABELS)


def test_mandatory_roles_name_exactly_the_mandatory_types() -> None:
    assert set(MANDATORY_ROLES) == {name for name, entry in CATALOGUE.items() if entry.mandatory}
    assert all(roles for roles in MANDATORY_ROLES.values())
    assert {Role.REGISTRANT, Role.MOBILISER, Role.AUTHORITY} == WAITED_ON


def test_who_may_mute_what() -> None:
    assert not mandatory_roles("model.accepted")
    assert mandatory_for("reminder.list-late", {"registrant", "viewer"})
    assert not mandatory_for("reminder.list-late", {"viewer"})
    assert mandatory_for("review.member", set())  # every role must: a person with none too
    assert not mandatory_for("import.finished", {"admin"})
