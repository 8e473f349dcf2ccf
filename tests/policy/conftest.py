"""Fixtures for the authority policy: the demo tree as resolver facts, with synthetic ids."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

import pytest

from app.demo.data import DEMO_TREE, U
from app.policy.authority import InMemoryTree, Rule, UnitFacts, rules_from_rows
from app.policy.authority_data import RULES

PARTY_KINDS = frozenset(
    {
        "provincial_party_committee",
        "district_party_committee",
        "party_committee_under_province",
        "grassroots_party_committee",
        "party_cell_under_grassroots",
        "grassroots_party_cell",
    }
)


class DemoFacts:
    """The demo tree as UnitFacts (ids numbered depth-first from 1), looked up by code."""

    def __init__(self, root: U, extra: Iterable[tuple[U, str]] = ()) -> None:
        self.by_code: dict[str, UnitFacts] = {}
        ids: dict[str, int] = {}
        nodes: list[tuple[U, str | None]] = []

        def number(node: U, parent: str | None) -> None:
            ids[node.code] = len(ids) + 1
            nodes.append((node, parent))
            for child in node.children:
                number(child, node.code)

        number(root, None)
        for node, parent in extra:
            number(node, parent)
        for node, parent in nodes:
            self.by_code[node.code] = UnitFacts(
                id=ids[node.code],
                code=node.code,
                name=node.name,
                kind_code=node.kind,
                level_code=node.level,
                is_party_organisation=node.kind in PARTY_KINDS,
                parent_id=ids[parent] if parent else None,
                party_org_id=ids[node.party] if node.party else None,
            )

    def __getitem__(self, code: str) -> UnitFacts:
        return self.by_code[code]

    def tree(self, *changed: UnitFacts, without: Iterable[str] = ()) -> InMemoryTree:
        """An InMemoryTree of the units, with some replaced and some left out."""
        units = dict(self.by_code)
        for unit in changed:
            units[unit.code] = unit
        for code in without:
            units.pop(code)
        return InMemoryTree(units.values())

    def edit(self, code: str, **changes: object) -> UnitFacts:
        """A copy of a unit with some facts changed."""
        return replace(self.by_code[code], **changes)  # type: ignore[arg-type]


# Units the demo tree lacks, to exercise the provincial guideline: a provincial department whose party
# cell sits under the provincial agencies' party committee.
PROVINCE_EXTRAS: list[tuple[U, str]] = [
    (
        U(
            "QT-SNN-CB",
            "Chi bộ Sở Nông nghiệp và Phát triển nông thôn",
            "party_cell_under_grassroots",
            "province",
            "QT-DUK",
        ),
        "QT",
    ),
    (U("QT-SNN", "Sở Nông nghiệp và Phát triển nông thôn", "state_agency", "province", "QT-SNN-CB"), "QT"),
    (U("QT-SNN-PKH", "Phòng Kế hoạch - Tài chính Sở Nông nghiệp", "state_agency", "province", "QT-SNN-CB"), "QT-SNN"),
]


@pytest.fixture(scope="session")
def facts() -> DemoFacts:
    """The demo tree plus a few provincial units."""
    return DemoFacts(DEMO_TREE, PROVINCE_EXTRAS)


@pytest.fixture(scope="session")
def profile_rules() -> Callable[[str], list[Rule]]:
    """The default rules of a profile, from authority_data."""
    return lambda code: rules_from_rows(r for r in RULES if r["profile_code"] == code)


_policy_app = None


def policy_app():
    """The app with the authority router (included here until app/main.py wires it in)."""
    global _policy_app
    if _policy_app is None:
        from app.authority.endpoints import router
        from app.main import create_app

        _policy_app = create_app()
        if not any(getattr(r, "path", None) == "/api/v1/authority/profiles" for r in _policy_app.routes):
            _policy_app.include_router(router, prefix="/api/v1")
    return _policy_app


@pytest.fixture
async def api(database):
    """An HTTP client on the app with the authority routes."""
    import httpx

    transport = httpx.ASGITransport(app=policy_app(), raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
async def district_admin(demo, database):
    """An administrator of Thành phố Đông Hà only (another district than Vĩnh Linh); returns the username."""
    from app.models import RoleAssignment, User

    async with database.sessionmaker() as s:
        user = User(
            username="dh.admin",
            full_name="Võ Thị Giang",
            position="Chuyên viên Thành ủy Đông Hà",
            home_unit_id=demo.unit("QT-DH-TU"),
            password_hash="not-used",
        )
        user.roles = [RoleAssignment(role="admin", unit_id=demo.unit("QT-DH"))]
        s.add(user)
        await s.commit()
        demo.users[user.username] = user.id
    return "dh.admin"
