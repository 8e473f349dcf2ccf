"""Demo data: a province → districts → communes → villages tree in the style of the seeds,
and one demo user per role.

Each unit is (code, name, kind, level, party organisation code or None, children). The party
organisation is the one that leads the unit; for a party organisation it is its superior committee.
The shape covers every authority case of DOMAIN §6 (see tests/policy).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.search import fold
from app.core.security import hash_password
from app.demo import repository
from app.models import RoleAssignment, Unit, User


@dataclass
class U:
    """A unit of the demo tree."""

    code: str
    name: str
    kind: str
    level: str
    party: str | None = None
    children: list[U] = field(default_factory=list)


def _commune(code: str, name: str, district_committee: str, villages: list[tuple[str, str]]) -> U:
    """A commune with its committee, bloc, government, Front, the four organisations and villages."""
    du = f"{code}-DU"
    kids = [
        U(du, f"Đảng ủy {name}", "grassroots_party_committee", "commune", district_committee),
        U(f"{code}-KDV", f"Khối Dân vận {name}", "mass_mobilisation_board", "commune", du),
        U(f"{code}-UBND", f"Ủy ban nhân dân {name}", "peoples_committee", "commune", du),
        U(f"{code}-MTTQ", f"Ủy ban MTTQ Việt Nam {name}", "fatherland_front", "commune", du),
        U(f"{code}-HND", f"Hội Nông dân {name}", "farmers_union", "commune", du),
        U(f"{code}-HLHPN", f"Hội Liên hiệp Phụ nữ {name}", "womens_union", "commune", du),
        U(f"{code}-DTN", f"Đoàn Thanh niên {name}", "youth_union", "commune", du),
        U(f"{code}-HCCB", f"Hội Cựu chiến binh {name}", "veterans_association", "commune", du),
    ]
    for vcode, vname in villages:
        cell = f"{code}-{vcode}-CB"
        kids.append(U(cell, f"Chi bộ {vname}", "party_cell_under_grassroots", "village", du))
        kids.append(
            U(
                f"{code}-{vcode}",
                vname,
                "village",
                "village",
                cell,
                [
                    U(f"{code}-{vcode}-TDV", f"Tổ dân vận {vname}", "mass_mobilisation_team", "village", cell),
                ],
            )
        )
    return U(code, name, "commune", "commune", du, kids)


DEMO_TREE = U(
    "QT",
    "Tỉnh Quảng Trị",
    "province",
    "province",
    "QT-TU",
    [
        U("QT-TU", "Tỉnh ủy Quảng Trị", "provincial_party_committee", "province"),
        U("QT-BDV", "Ban Dân vận Tỉnh ủy Quảng Trị", "mass_mobilisation_board", "province", "QT-TU"),
        U("QT-MTTQ", "Ủy ban MTTQ Việt Nam tỉnh Quảng Trị", "fatherland_front", "province", "QT-TU"),
        U("QT-HND", "Hội Nông dân tỉnh Quảng Trị", "farmers_union", "province", "QT-TU"),
        U("QT-HLHPN", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", "womens_union", "province", "QT-TU"),
        U("QT-DTN", "Tỉnh Đoàn Quảng Trị", "youth_union", "province", "QT-TU"),
        U("QT-HCCB", "Hội Cựu chiến binh tỉnh Quảng Trị", "veterans_association", "province", "QT-TU"),
        U("QT-DUK", "Đảng ủy Khối các cơ quan tỉnh", "party_committee_under_province", "province", "QT-TU"),
        U(
            "QT-VL",
            "Huyện Vĩnh Linh",
            "district",
            "district",
            "QT-VL-HU",
            [
                U("QT-VL-HU", "Huyện ủy Vĩnh Linh", "district_party_committee", "district", "QT-TU"),
                U("QT-VL-BDV", "Ban Dân vận Huyện ủy Vĩnh Linh", "mass_mobilisation_board", "district", "QT-VL-HU"),
                U("QT-VL-UBND", "Ủy ban nhân dân huyện Vĩnh Linh", "peoples_committee", "district", "QT-VL-HU"),
                U("QT-VL-MTTQ", "Ủy ban MTTQ Việt Nam huyện Vĩnh Linh", "fatherland_front", "district", "QT-VL-HU"),
                U("QT-VL-HND", "Hội Nông dân huyện Vĩnh Linh", "farmers_union", "district", "QT-VL-HU"),
                U("QT-VL-HLHPN", "Hội Liên hiệp Phụ nữ huyện Vĩnh Linh", "womens_union", "district", "QT-VL-HU"),
                U("QT-VL-CBTHPT", "Chi bộ Trường THPT Vĩnh Linh", "grassroots_party_cell", "district", "QT-VL-HU"),
                U("QT-VL-THPT", "Trường THPT Vĩnh Linh", "public_service_unit", "district", "QT-VL-CBTHPT"),
                U("QT-VL-BCHQS", "Ban Chỉ huy Quân sự huyện Vĩnh Linh", "armed_forces_unit", "district", "QT-VL-HU"),
                U(
                    "QT-VL-CTTS",
                    "Công ty TNHH Thủy sản Cửa Tùng",
                    "enterprise",
                    "district",
                    None,
                    [
                        U("QT-VL-CTTS-PX", "Phân xưởng chế biến Cửa Tùng", "enterprise", "district", None),
                    ],
                ),
                U(
                    "QT-VL-BCD",
                    'Ban Chỉ đạo phong trào "Dân vận khéo" huyện Vĩnh Linh',
                    "steering_committee",
                    "district",
                    "QT-VL-HU",
                ),
                _commune("QT-VL-VT", "Xã Vĩnh Thạch", "QT-VL-HU", [("TL", "Thôn Tân Lập"), ("TLA", "Thôn Thái Lai")]),
                _commune("QT-VL-HX", "Thị trấn Hồ Xá", "QT-VL-HU", [("KP1", "Khu phố 1"), ("KP2", "Khu phố 2")]),
            ],
        ),
        U(
            "QT-DH",
            "Thành phố Đông Hà",
            "district",
            "district",
            "QT-DH-TU",
            [
                U("QT-DH-TU", "Thành ủy Đông Hà", "district_party_committee", "district", "QT-TU"),
                U("QT-DH-BDV", "Ban Dân vận Thành ủy Đông Hà", "mass_mobilisation_board", "district", "QT-DH-TU"),
                U("QT-DH-HND", "Hội Nông dân thành phố Đông Hà", "farmers_union", "district", "QT-DH-TU"),
                _commune("QT-DH-P1", "Phường 1", "QT-DH-TU", [("KP1", "Khu phố 1"), ("KP3", "Khu phố 3")]),
            ],
        ),
    ],
)

# (username, full name, position, home unit, [(role, unit)])
DEMO_USERS: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    ("demo.admin", "Nguyễn Văn An", "Chuyên viên Ban Dân vận Tỉnh ủy", "QT-BDV", [("admin", "QT")]),
    (
        "demo.registrant",
        "Trần Thị Bình",
        "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã",
        "QT-VL-VT-HLHPN",
        [("registrant", "QT-VL-VT")],
    ),
    (
        "demo.mobiliser",
        "Lê Văn Cường",
        "Chuyên viên Ban Dân vận Huyện ủy Vĩnh Linh",
        "QT-VL-BDV",
        [("mobiliser", "QT-VL")],
    ),
    (
        "demo.authority",
        "Phạm Thị Dung",
        "Phó Bí thư Thường trực Đảng ủy xã Vĩnh Thạch",
        "QT-VL-VT-DU",
        [("authority", "QT-VL-VT-DU"), ("viewer", "QT-VL-VT")],
    ),
    ("demo.viewer", "Hoàng Văn Em", "Cán bộ theo dõi phong trào", "QT-VL", [("viewer", "QT-VL")]),
]


async def add_tree(session: AsyncSession, root: U, parent: Unit | None = None) -> dict[str, Unit]:
    """Insert a tree level by level (one flush per level), then the party links; returns units by code."""
    units: dict[str, Unit] = {}
    level: list[tuple[U, Unit | None]] = [(root, parent)]
    while level:
        created = []
        for node, parent_unit in level:
            unit = Unit(
                code=node.code,
                name=node.name,
                name_search=fold(node.name),
                kind_code=node.kind,
                level_code=node.level,
                parent_id=parent_unit.id if parent_unit else None,
                path="",
                depth=0,
            )
            session.add(unit)
            created.append((node, unit, parent_unit))
        await session.flush()
        next_level: list[tuple[U, Unit | None]] = []
        for node, unit, parent_unit in created:
            unit.path = (parent_unit.path if parent_unit else "/") + f"{unit.id}/"
            unit.depth = parent_unit.depth + 1 if parent_unit else 0
            units[node.code] = unit
            next_level.extend((child, unit) for child in node.children)
        level = next_level
    for code, party in _party_links(root, {}).items():
        units[code].party_org_id = units[party].id
    await session.flush()
    return units


def _party_links(node: U, out: dict[str, str]) -> dict[str, str]:
    if node.party:
        out[node.code] = node.party
    for child in node.children:
        _party_links(child, out)
    return out


async def load_demo(
    session: AsyncSession, password: str | None = None, *, password_hash: str | None = None
) -> dict[str, Unit]:
    """Insert the demo tree and demo users (caller commits). Returns units by code."""
    units = await add_tree(session, DEMO_TREE)
    hashed = password_hash or hash_password(password or "")
    for username, full_name, position, home, roles in DEMO_USERS:
        user = User(
            username=username,
            full_name=full_name,
            position=position,
            # An address on the reserved .example domain: the demo's emails go to .eml files (DVK_EMAIL_BACKEND=file).
            email=f"{username}@dvk.example",
            home_unit_id=units[home].id,
            password_hash=hashed,
        )
        user.roles = [RoleAssignment(role=role, unit_id=units[code].id) for role, code in roles]
        session.add(user)
    await session.flush()
    return units


async def database_is_empty(session: AsyncSession) -> bool:
    """True when no unit exists yet."""
    return await repository.unit_count(session) == 0
