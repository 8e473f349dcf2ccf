"""Fill a migrated database with a national-scale unit tree, users, campaigns and models (issue 7).

Usage: scripts/generate_data --preset small|tiny|national [--seed 7] [--database-url URL] [--append]

Rows go in through the app's ORM tables: Core `insert(Table)` executemany on SQLite, COPY
(asyncpg copy_records_to_table) on PostgreSQL; every constraint of the schema holds. Deterministic
by seed. Denormalised columns are set as the app sets them: units.path/depth/name_search,
registered_models.unit_path/search_text/code; authority_case/deciding_unit_id come from the real
policy (app.policy.authority.resolve, profile district_2023) over an in-memory copy of the
generated tree, cached per (unit, registrant kind).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from app.campaigns.schedule import plan_cycle, stored_window
from app.core.db import create_engine, is_sqlite
from app.core.search import fold
from app.core.security import hash_password
from app.models import Base
from app.policy.authority import InMemoryTree, UnitFacts, resolve, rules_from_rows
from app.policy.authority_data import DISTRICT_2023, RULES
from app.policy.authority_tree import AuthorityUnresolvable
from app.policy.permissions import Role
from app.registry import codes
from app.workflow.engine import next_state
from app.workflow.states import State
from app.workflow.table import BY_ACTION

T = Base.metadata.tables
DEFAULT_PASSWORD = "Perf-password-123"
YEARS = (2023, 2024, 2025)
BATCH = 20_000


@dataclass(frozen=True)
class Preset:
    """Size of a generated data set."""

    provinces: int
    districts: int  # per province
    communes: int  # per district
    villages: tuple[int, int]  # per commune, inclusive range
    models: int
    big_district_models: int = 0  # the first district gets this many, all in the last year (XLSX target)


PRESETS = {
    "tiny": Preset(1, 2, 4, (3, 5), 1_000),
    "small": Preset(2, 4, 5, (3, 5), 10_000),
    "national": Preset(63, 8, 10, (3, 5), 1_000_000, big_district_models=10_000),
}

# --- names --------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


SYLLABLES = _words(
    "An Bình Cát Châu Diên Đông Giang Hà Hải Hòa Hưng Khánh Lạc Lâm Lộc Long Mỹ Nam Ninh "
    "Phú Phúc Phong Quang Sơn Tân Thạch Thái Thanh Thành Thịnh Thuận Tiến Trung Trường "
    "Vĩnh Xuân Yên Hiệp Kim Linh Minh Nghĩa Tây Bắc Đức Hồng Lợi Thắng Hưng Định"
)
FAMILY = _words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
MIDDLE_M = _words("Văn Hữu Đức Minh Quang Công")
MIDDLE_F = _words("Thị Ngọc Thu Thanh Kim Mai")
GIVEN = _words(
    "An Bình Cường Dũng Dung Em Giang Hà Hải Hạnh Hòa Hùng Hương Khánh Lan Linh Long Mai "
    "Nam Nga Phúc Phương Quân Sơn Tâm Thảo Thắng Trang Tuấn Vân Yến"
)
ACTIVITIES: dict[str, list[str]] = {
    "economy": [
        "Dân vận khéo trong phát triển kinh tế vườn hộ",
        "Giúp nhau thoát nghèo bền vững",
        "Tổ hợp tác chăn nuôi bò sinh sản",
        "Chuyển đổi cây trồng trên đất lúa kém hiệu quả",
    ],
    "culture_society": [
        "Thanh niên giữ gìn môi trường xanh - sạch - đẹp",
        "Xây dựng gia đình văn hóa",
        "Câu lạc bộ dân ca và thể thao",
        "Khuyến học, khuyến tài",
    ],
    "defence_security": [
        "Khu dân cư an toàn về an ninh trật tự",
        "Camera an ninh vì bình yên thôn xóm",
        "Tổ tự quản phòng chống tội phạm",
    ],
    "political_system": [
        "Chi bộ lãnh đạo vận động hiến đất mở rộng đường",
        "Đảng viên nêu gương, dân tin theo",
        "Tiếp dân và đối thoại với nhân dân",
    ],
    "new_rural": [
        "Chung tay xây dựng nông thôn mới kiểu mẫu",
        "Đường hoa nông thôn mới",
        "Vận động hiến đất làm đường giao thông",
    ],
    "other": ["Dân vận khéo trong cải cách hành chính", "Chuyển đổi số phục vụ người dân"],
}
SUMMARIES = [
    "Vận động {n} hộ cải tạo vườn tạp, trồng cây ăn quả có giá trị kinh tế cao.",
    "Tổ tiết kiệm, vay vốn quay vòng giúp {n} hội viên nghèo chăn nuôi.",
    "Vận động nhân dân hiến đất, góp {n} ngày công làm đường giao thông nông thôn.",
    "Ra quân dọn vệ sinh, trồng {n} cây xanh vào ngày Chủ nhật hằng tháng.",
    "Lắp đặt {n} camera an ninh, vận động nhân dân tố giác tội phạm.",
]
# state -> the actions that led there from draft (history rows after "create"). Bulk rows cannot go through
# the workflow service at 1M-model speed, so every path is walked through the transition table here, once, at
# import: each action must be a row allowed from the state before, and the walk must end in the named state.
PATHS: dict[str, list[str]] = {
    "draft": [],
    "registered": ["submit"],
    "implementing": ["submit", "accept"],
    "reported": ["submit", "accept", "report_results"],
    "surveyed": ["submit", "accept", "report_results", "record_survey"],
    "recognized": ["submit", "accept", "report_results", "record_survey", "recognize"],
    "not_recognized": ["submit", "accept", "report_results", "record_survey", "not_recognize"],
    "returned": ["submit", "return"],
    "withdrawn": ["submit", "withdraw"],
}
STATE_WEIGHTS = {
    "draft": 10,
    "registered": 20,
    "implementing": 30,
    "reported": 12,
    "surveyed": 8,
    "recognized": 10,
    "not_recognized": 2,
    "returned": 5,
    "withdrawn": 3,
}


def _walk(state: str, actions: list[str]) -> list[tuple[str, str, bool]]:
    """(action, state reached, taken by the registrant) for each step of a path, checked against the table."""
    steps: list[tuple[str, str, bool]] = []
    current = State.DRAFT
    for action in actions:
        reached = next_state(current, action)
        if reached is None:
            raise ValueError(f"generate_data: {action!r} is not a move of the table from {current.value!r}")
        steps.append((action, reached.value, Role.REGISTRANT in BY_ACTION[action].actors))
        current = reached
    if current.value != state:
        raise ValueError(f"generate_data: the path to {state!r} ends in {current.value!r}")
    return steps


WALKS: dict[str, list[tuple[str, str, bool]]] = {state: _walk(state, actions) for state, actions in PATHS.items()}
assert set(STATE_WEIGHTS) <= set(WALKS) and set(WALKS) <= {s.value for s in State}


def _place(rng: random.Random) -> str:
    return f"{rng.choice(SYLLABLES)} {rng.choice(SYLLABLES)}"


def _person(rng: random.Random) -> str:
    middle = rng.choice(MIDDLE_F if rng.random() < 0.5 else MIDDLE_M)
    return f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)}"


@lru_cache(maxsize=200_000)
def _fold(value: str) -> str:
    return fold(value)


# --- the tree -----------------------------------------------------------------------------------


@dataclass
class GenUnit:
    """A generated unit (ids assigned up front, so paths and party links need no round trip)."""

    id: int
    code: str
    name: str
    kind: str
    level: str
    parent: GenUnit | None
    party: int | None = None
    path: str = ""
    depth: int = 0
    registrant: bool = True  # may register models


@dataclass
class District:
    """A district's units, the province it is in, and its users' ids."""

    unit: GenUnit
    province: GenUnit
    eligible: list[GenUnit] = field(default_factory=list)
    users: dict[str, uuid.UUID] = field(default_factory=dict)


class TreeBuilder:
    """Builds provinces → districts → communes → villages with their party organisations."""

    def __init__(self, preset: Preset, rng: random.Random, first_id: int, prefix: str) -> None:
        self.preset, self.rng, self.next_id, self.prefix = preset, rng, first_id, prefix
        self.units: list[GenUnit] = []
        self.districts: list[District] = []
        self.provinces: list[GenUnit] = []

    def add(
        self,
        code: str,
        name: str,
        kind: str,
        level: str,
        parent: GenUnit | None,
        party: GenUnit | None = None,
        registrant: bool = True,
    ) -> GenUnit:
        """One unit under `parent`."""
        unit = GenUnit(
            self.next_id,
            self.prefix + code,
            name,
            kind,
            level,
            parent,
            party.id if party else None,
            registrant=registrant,
        )
        self.next_id += 1
        unit.path = (parent.path if parent else "/") + f"{unit.id}/"
        unit.depth = parent.depth + 1 if parent else 0
        self.units.append(unit)
        return unit

    def build(self) -> None:
        """The whole tree."""
        for p in range(1, self.preset.provinces + 1):
            self._province(p)

    def _province(self, p: int) -> None:
        place = _place(self.rng)
        code = f"P{p:02d}"
        prov = self.add(code, f"Tỉnh {place}", "province", "province", None, registrant=False)
        tu = self.add(f"{code}-TU", f"Tỉnh ủy {place}", "provincial_party_committee", "province", prov)
        prov.party = tu.id
        for suffix, name, kind in (
            ("BDV", "Ban Dân vận Tỉnh ủy", "mass_mobilisation_board"),
            ("MTTQ", "Ủy ban MTTQ Việt Nam tỉnh", "fatherland_front"),
            ("HND", "Hội Nông dân tỉnh", "farmers_union"),
            ("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", "womens_union"),
            ("DTN", "Tỉnh Đoàn", "youth_union"),
            ("HCCB", "Hội Cựu chiến binh tỉnh", "veterans_association"),
            ("DUK", "Đảng ủy Khối các cơ quan tỉnh", "party_committee_under_province"),
        ):
            self.add(f"{code}-{suffix}", f"{name} {place}", kind, "province", prov, tu)
        self.provinces.append(prov)
        for d in range(1, self.preset.districts + 1):
            self._district(prov, tu, f"{code}-D{d:02d}")

    def _district(self, prov: GenUnit, tu: GenUnit, code: str) -> None:
        place = _place(self.rng)
        is_city = self.rng.random() < 0.15
        dist = self.add(
            code, f"{'Thành phố' if is_city else 'Huyện'} {place}", "district", "district", prov, registrant=False
        )
        hu = self.add(
            f"{code}-HU",
            f"{'Thành ủy' if is_city else 'Huyện ủy'} {place}",
            "district_party_committee",
            "district",
            dist,
            tu,
        )
        dist.party = hu.id
        district = District(dist, prov)
        lower = "thành phố" if is_city else "huyện"
        for suffix, name, kind in (
            ("BDV", f"Ban Dân vận Huyện ủy {place}", "mass_mobilisation_board"),
            ("UBND", f"Ủy ban nhân dân {lower} {place}", "peoples_committee"),
            ("MTTQ", f"Ủy ban MTTQ Việt Nam {lower} {place}", "fatherland_front"),
            ("HND", f"Hội Nông dân {lower} {place}", "farmers_union"),
            ("HLHPN", f"Hội Liên hiệp Phụ nữ {lower} {place}", "womens_union"),
            ("DTN", f"Đoàn Thanh niên {lower} {place}", "youth_union"),
            ("HCCB", f"Hội Cựu chiến binh {lower} {place}", "veterans_association"),
            ("BCHQS", f"Ban Chỉ huy Quân sự {lower} {place}", "armed_forces_unit"),
        ):
            district.eligible.append(self.add(f"{code}-{suffix}", name, kind, "district", dist, hu))
        cb = self.add(f"{code}-CBTHPT", f"Chi bộ Trường THPT {place}", "grassroots_party_cell", "district", dist, hu)
        school = self.add(f"{code}-THPT", f"Trường THPT {place}", "public_service_unit", "district", dist, cb)
        district.eligible += [hu, cb, school]
        for c in range(1, self.preset.communes + 1):
            district.eligible += self._commune(dist, hu, f"{code}-C{c:02d}", is_city)
        self.districts.append(district)

    def _commune(self, dist: GenUnit, hu: GenUnit, code: str, is_city: bool) -> list[GenUnit]:
        place = _place(self.rng)
        name = f"Phường {place}" if is_city else (f"Thị trấn {place}" if self.rng.random() < 0.08 else f"Xã {place}")
        com = self.add(code, name, "commune", "commune", dist)
        du = self.add(f"{code}-DU", f"Đảng ủy {name}", "grassroots_party_committee", "commune", com, hu)
        com.party = du.id
        out = [com, du]
        for suffix, label, kind in (
            ("KDV", "Khối Dân vận", "mass_mobilisation_board"),
            ("UBND", "Ủy ban nhân dân", "peoples_committee"),
            ("MTTQ", "Ủy ban MTTQ Việt Nam", "fatherland_front"),
            ("HND", "Hội Nông dân", "farmers_union"),
            ("HLHPN", "Hội Liên hiệp Phụ nữ", "womens_union"),
            ("DTN", "Đoàn Thanh niên", "youth_union"),
            ("HCCB", "Hội Cựu chiến binh", "veterans_association"),
        ):
            out.append(self.add(f"{code}-{suffix}", f"{label} {name}", kind, "commune", com, du))
        for v in range(1, self.rng.randint(*self.preset.villages) + 1):
            vname = f"Khu phố {v}" if is_city else f"Thôn {_place(self.rng)}"
            cell = self.add(f"{code}-V{v}-CB", f"Chi bộ {vname}", "party_cell_under_grassroots", "village", com, du)
            village = self.add(f"{code}-V{v}", vname, "village", "village", com, cell)
            team = self.add(
                f"{code}-V{v}-TDV", f"Tổ dân vận {vname}", "mass_mobilisation_team", "village", village, cell
            )
            out += [cell, village, village, team]  # villages register most often
        return out


class IndexedTree(InMemoryTree):
    """InMemoryTree with the two scans indexed, so resolving 100 000 units stays linear."""

    def __init__(self, units: Sequence[UnitFacts]) -> None:
        super().__init__(units)
        self._led: dict[tuple[int, str], list[UnitFacts]] = {}
        self._at_level: dict[tuple[str, str, int], UnitFacts] = {}
        for u in sorted(units, key=lambda u: u.id):
            if u.party_org_id is not None:
                self._led.setdefault((u.party_org_id, u.kind_code), []).append(u)
            current: UnitFacts | None = u
            while current is not None:
                self._at_level.setdefault((u.kind_code, u.level_code, current.id), u)
                current = self.get(current.parent_id)

    def led_by(self, party_org_id: int, kind_code: str) -> list[UnitFacts]:
        """Units of this kind led by the party organisation, by id."""
        return list(self._led.get((party_org_id, kind_code), []))

    def same_kind_at_level(self, kind_code: str, level_code: str, within_root_id: int) -> UnitFacts | None:
        """The first unit (by id; all are active) of this kind and level under the root."""
        return self._at_level.get((kind_code, level_code, within_root_id))


class Authority:
    """The district_2023 policy's case and deciding unit per (unit, registrant kind), cached."""

    def __init__(self, units: list[GenUnit], party_kinds: set[str]) -> None:
        self.facts = {
            u.id: UnitFacts(
                u.id, u.code, u.name, u.kind, u.level, u.kind in party_kinds, u.parent.id if u.parent else None, u.party
            )
            for u in units
        }
        self.tree = IndexedTree(list(self.facts.values()))
        self.rules = rules_from_rows(r for r in RULES if r["profile_code"] == DISTRICT_2023)
        self.cache: dict[tuple[int, str], tuple[int | None, int | None]] = {}
        self.unresolved = 0

    def of(self, unit_id: int, kind: str) -> tuple[int | None, int | None]:
        """(case number, deciding unit id), or (None, None) when the policy cannot answer."""
        key = (unit_id, kind)
        if key not in self.cache:
            try:
                answer = resolve(DISTRICT_2023, self.rules, kind, self.facts[unit_id], self.tree)
                self.cache[key] = (answer.case_number, answer.deciding_unit.id)
            except AuthorityUnresolvable:
                self.unresolved += 1
                self.cache[key] = (None, None)
            except Exception:  # AuthorityNoRule: the unit is outside every rule
                self.unresolved += 1
                self.cache[key] = (None, None)
        return self.cache[key]


# --- writing ------------------------------------------------------------------------------------


class Writer:
    """Inserts rows: COPY on PostgreSQL, executemany of insert(Table) elsewhere."""

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.postgres = conn.dialect.name == "postgresql"
        self.counts: dict[str, int] = {}

    async def write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts keyed by column name; every dict has the same keys)."""
        if not rows:
            return
        self.counts[table.name] = self.counts.get(table.name, 0) + len(rows)
        if not self.postgres:
            await self.conn.execute(insert(table), rows)
            return
        columns = list(rows[0])
        json_cols = {c for c in columns if table.c[c].type.__class__.__name__ == "JSON"}
        records = [
            tuple(json.dumps(r[c], ensure_ascii=False) if c in json_cols else r[c] for c in columns) for r in rows
        ]
        raw = (await self.conn.get_raw_connection()).driver_connection
        assert raw is not None
        await raw.copy_records_to_table(table.name, records=records, columns=columns)


def _batches(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _at(rng: random.Random, year: int) -> datetime:
    return datetime(year, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(330 * 86400))


def _history_rows(
    mid: uuid.UUID,
    created: datetime,
    path: list[tuple[str, str, bool]],
    names: dict[Any, str],
    registrant_id: Any,
    mobiliser_id: Any,
) -> list[dict[str, Any]]:
    """The model's history rows: "create", then each step of its walk through the table, 12 days apart."""
    rows: list[dict[str, Any]] = []
    previous: str | None = None
    for i, (action, to_state, by_registrant) in enumerate([("create", "draft", True), *path]):
        actor = registrant_id if by_registrant else mobiliser_id
        rows.append(
            {
                "model_id": mid,
                "at": created + timedelta(days=12 * i),
                "actor_id": actor,
                "actor_name": names[actor],
                "action": action,
                "from_state": previous,
                "to_state": to_state,
                "reason": "Bổ sung chỉ tiêu." if action == "return" else None,
                "request_id": None,
                "details": {},
            }
        )
        previous = to_state
    return rows


async def _advance_codes(w: Writer, counters: dict[int, int]) -> None:
    """Each year's model-code sequence continues after the codes generated."""
    seq = T["sequences"]
    for year, value in counters.items():
        if not value:
            continue
        updated = await w.conn.execute(seq.update().where(seq.c.name == f"model_code:{year}").values(value=value))
        if not updated.rowcount:
            await w.conn.execute(insert(seq).values(name=f"model_code:{year}", value=value))
        await codes.advance_to(w.conn, year, value)


class Generator:
    """One run: tree, users, campaigns, models with their history and events."""

    def __init__(self, preset: Preset, seed: int, password: str, prefix: str) -> None:
        self.preset, self.seed, self.password, self.prefix = preset, seed, password, prefix
        self.rng = random.Random(seed)
        # Appended runs (a code prefix) draw other ids: the same seed twice must not collide.
        self.uuid_rng = random.Random(seed + 1) if not prefix else random.Random(f"{seed + 1}:{prefix}")
        self.timings: list[tuple[str, float]] = []
        self.now = datetime(2025, 11, 1, tzinfo=UTC)

    def new_uuid(self) -> uuid.UUID:
        """A deterministic UUID4."""
        return uuid.UUID(int=self.uuid_rng.getrandbits(128), version=4)

    def _lap(self, label: str, started: float) -> float:
        now = time.perf_counter()
        self.timings.append((label, now - started))
        print(f"  {label:<34} {now - started:8.1f} s", flush=True)
        return now

    async def run(self, conn: AsyncConnection) -> Writer:
        """Generate everything on one connection (the caller commits)."""
        w = Writer(conn)
        t = time.perf_counter()
        first_id = int(await conn.scalar(select(func.coalesce(func.max(T["units"].c.id), 0))) or 0) + 1
        tree = TreeBuilder(self.preset, self.rng, first_id, self.prefix)
        tree.build()
        t = self._lap(f"tree built ({len(tree.units)} units)", t)
        await self._units(w, tree.units)
        t = self._lap("units inserted", t)
        party_kinds = set(
            (
                await conn.scalars(
                    select(T["unit_kinds"].c.code).where(T["unit_kinds"].c.is_party_organisation.is_(True))
                )
            ).all()
        )
        authority = Authority(tree.units, party_kinds)
        t = self._lap("authority tree indexed", t)
        await self._users(w, tree)
        t = self._lap("users inserted", t)
        campaigns = await self._campaigns(w, tree)
        t = self._lap("campaigns inserted", t)
        start = await self._sequence_start(conn)
        await self._models(w, tree, campaigns, authority, start)
        t = self._lap(f"models inserted (unresolved authority: {authority.unresolved})", t)
        if w.postgres:
            await conn.execute(
                text("SELECT setval(pg_get_serial_sequence('units', 'id'), (SELECT max(id) FROM units))")
            )
            for table in (
                "units",
                "users",
                "role_assignments",
                "campaigns",
                "campaign_cycles",
                "registered_models",
                "model_history",
                "events",
            ):
                await conn.execute(text(f"ANALYZE {table}"))
            self._lap("sequences set, tables analysed", t)
        return w

    async def _units(self, w: Writer, units: list[GenUnit]) -> None:
        now = self.now

        def rows() -> Iterator[dict[str, Any]]:
            for u in units:
                yield {
                    "id": u.id,
                    "code": u.code,
                    "name": u.name,
                    "name_search": _fold(u.name),
                    "kind_code": u.kind,
                    "level_code": u.level,
                    "parent_id": u.parent.id if u.parent else None,
                    "party_org_id": u.party,
                    "path": u.path,
                    "depth": u.depth,
                    "is_active": True,
                    "closed_at": None,
                    "closed_reason": None,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }

        # One statement: party links point at units inserted later in the same tree (FKs hold at the end).
        await w.write(T["units"], list(rows()))

    async def _users(self, w: Writer, tree: TreeBuilder) -> None:
        hashed = hash_password(self.password)
        users: list[dict[str, Any]] = []
        roles: list[dict[str, Any]] = []

        def user(username: str, home: GenUnit, position: str, grants: list[tuple[str, GenUnit]]) -> uuid.UUID:
            uid = self.new_uuid()
            name = _person(self.rng)
            users.append(
                {
                    "id": uid,
                    "username": username,
                    "full_name": name,
                    "full_name_search": _fold(name),
                    "position": position,
                    "email": None,
                    "home_unit_id": home.id,
                    "password_hash": hashed,
                    "is_active": True,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
            roles.extend(
                {"id": self.new_uuid(), "user_id": uid, "role": role, "unit_id": unit.id, "created_at": self.now}
                for role, unit in grants
            )
            return uid

        for prov in tree.provinces:
            user(f"{prov.code.lower()}.admin", prov, "Chuyên viên Ban Dân vận Tỉnh ủy", [("admin", prov)])
        for d in tree.districts:
            code = d.unit.code.lower()
            commune = next(u for u in d.eligible if u.kind == "commune")
            d.users = {
                "admin": user(f"{code}.admin", d.unit, "Chuyên viên Ban Dân vận", [("admin", d.unit)]),
                "mobiliser": user(
                    f"{code}.mobiliser", d.unit, "Chuyên viên Ban Dân vận Huyện ủy", [("mobiliser", d.unit)]
                ),
                "viewer": user(f"{code}.viewer", d.unit, "Cán bộ theo dõi phong trào", [("viewer", d.unit)]),
                "registrant": user(
                    f"{code}.registrant", commune, "Cán bộ xã", [("registrant", d.unit), ("viewer", d.unit)]
                ),
            }
        await w.write(T["users"], users)
        await w.write(T["role_assignments"], roles)

    async def _campaigns(self, w: Writer, tree: TreeBuilder) -> dict[int, tuple[uuid.UUID, dict[int, uuid.UUID]]]:
        """One 2023–2025 campaign per province; returns {province id: (campaign id, {year: cycle id})}."""
        campaigns, cycles, out = [], [], {}
        for prov in tree.provinces:
            cid = self.new_uuid()
            campaigns.append(
                {
                    "id": cid,
                    "name": f"Phong trào thi đua “Dân vận khéo” giai đoạn 2023–2025 ({prov.name})",
                    "description": "Dữ liệu sinh tự động để đo hiệu năng.",
                    "start_year": YEARS[0],
                    "end_year": YEARS[-1],
                    "owning_unit_id": prov.id,
                    "owning_unit_path": prov.path,
                    "timezone": "Asia/Ho_Chi_Minh",
                    "authority_profile": DISTRICT_2023,
                    "models_per_unit_min": 1,
                    "models_per_unit_max": 2,
                    "version": 1,
                    "created_at": self.now,
                    "updated_at": self.now,
                }
            )
            by_year = {}
            for year in YEARS:
                plan = plan_cycle(year)
                by_year[year] = self.new_uuid()
                cycles.append(
                    {
                        "id": by_year[year],
                        "campaign_id": cid,
                        "year": year,
                        "registration_windows": [stored_window(x) for x in plan.registration_windows],
                        "results_due_on": plan.results_due_on,
                        "recognition_starts_on": plan.recognition_starts_on,
                        "recognition_ends_on": plan.recognition_ends_on,
                    }
                )
            out[prov.id] = (cid, by_year)
        await w.write(T["campaigns"], campaigns)
        await w.write(T["campaign_cycles"], cycles)
        return out

    async def _sequence_start(self, conn: AsyncConnection) -> dict[int, int]:
        seq = T["sequences"]
        rows = await conn.execute(select(seq.c.name).where(seq.c.name.like("model_code:%")))
        years = {int(name.split(":")[1]) for (name,) in rows} | set(YEARS)
        return {year: await codes.last_number(conn, year) for year in years}

    def _per_district(self, n: int) -> list[int]:
        p = self.preset
        big = min(p.big_district_models, p.models) if n > 1 else 0
        rest, others = p.models - big, n - (1 if big else 0)
        counts = [rest // others + (1 if i < rest % others else 0) for i in range(others)]
        return ([big, *counts]) if big else counts

    async def _models(
        self,
        w: Writer,
        tree: TreeBuilder,
        campaigns: dict[int, tuple[uuid.UUID, dict[int, uuid.UUID]]],
        authority: Authority,
        start: dict[int, int],
    ) -> None:
        rng = self.rng
        states, weights = list(STATE_WEIGHTS), list(STATE_WEIGHTS.values())
        fields = list(ACTIVITIES)
        counters = {y: start.get(y, 0) for y in YEARS}
        models: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        targets = [{"what": "Hộ gia đình tham gia", "indicator": "Số hộ", "target_value": 40, "unit_of_measure": "hộ"}]

        async def flush() -> None:
            await w.write(T["registered_models"], models)
            await w.write(T["model_history"], history)
            await w.write(T["events"], events)
            models.clear()
            history.clear()
            events.clear()

        for index, (district, count) in enumerate(
            zip(tree.districts, self._per_district(len(tree.districts)), strict=True)
        ):
            # The big district registers all its models in the last year: one registration list of that size.
            big = index == 0 and self.preset.big_district_models > 0
            campaign_id, cycles = campaigns[district.province.id]
            registrant_id, mobiliser_id = district.users["registrant"], district.users["mobiliser"]
            names = {registrant_id: _person(rng), mobiliser_id: _person(rng)}
            for _ in range(count):
                unit = rng.choice(district.eligible)
                year = rng.choice(YEARS)
                if big:
                    year = YEARS[-1]
                counters[year] += 1
                kind = "individual" if rng.random() < 0.15 else "collective"
                field_code = rng.choice(fields)
                name = f"{rng.choice(ACTIVITIES[field_code])} ở {unit.name}"
                summary = rng.choice(SUMMARIES).format(n=rng.randint(5, 200))
                state = rng.choices(states, weights)[0]
                case, deciding = authority.of(unit.id, kind)
                created = _at(rng, year)
                path = WALKS[state]
                updated = created + timedelta(days=12 * len(path))
                mid = self.new_uuid()
                reported = "report_results" in PATHS[state]
                models.append(
                    {
                        "id": mid,
                        "code": f"DVK-{year}-{counters[year]:06d}",
                        "campaign_id": campaign_id,
                        "cycle_id": cycles[year],
                        "year": year,
                        "registrant_unit_id": unit.id,
                        "unit_path": unit.path,
                        "registrant_kind": kind,
                        "individual_name": _person(rng) if kind == "individual" else None,
                        "individual_position": "Chi hội trưởng" if kind == "individual" else None,
                        "name": name,
                        "summary": summary,
                        "search_text": f"{_fold(name)} {_fold(summary)}",
                        "field_code": field_code,
                        "model_type": "comprehensive" if rng.random() < 0.2 else "field_specific",
                        "situation": "",
                        "objectives": summary,
                        "targets": targets,
                        "content_methods": "Tuyên truyền, vận động, nêu gương.",
                        "area_and_target_group": unit.name,
                        "implementing_forces": "",
                        "core_members": [],
                        "resources": "",
                        "start_date": date(year, 3, 1),
                        "end_date": date(year, 12, 31),
                        "expected_outputs": "",
                        "sustainability": "",
                        "address": unit.name,
                        "continues_from_id": None,
                        "level_aimed": "district" if rng.random() < 0.1 else "grassroots",
                        "state": state,
                        "submitted_at": created + timedelta(days=12) if path else None,
                        "results": [{"target_index": 0, "achieved_value": 42, "note": ""}] if reported else None,
                        "results_report": "Đạt và vượt chỉ tiêu đề ra." if reported else None,
                        "reported_at": created + timedelta(days=36) if reported else None,
                        "is_late": reported and rng.random() < 0.1,
                        "authority_case": case,
                        "deciding_unit_id": deciding,
                        "created_by_id": registrant_id,
                        "version": 1 + len(path),
                        "created_at": created,
                        "updated_at": updated,
                    }
                )
                history += _history_rows(mid, created, path, names, registrant_id, mobiliser_id)
                if rng.random() < 0.05:
                    events.append(
                        {
                            "occurred_at": created,
                            "type": "model.created",
                            "resource_type": "model",
                            "resource_id": str(mid),
                            "unit_path": unit.path,
                            "actor_id": registrant_id,
                            "request_id": None,
                            "data": {"code": models[-1]["code"], "generated": True},
                        }
                    )
                if len(models) >= BATCH:
                    await flush()
        await flush()
        await _advance_codes(w, counters)


async def generate(
    url: str,
    preset: Preset,
    seed: int,
    *,
    append: bool = False,
    password: str = DEFAULT_PASSWORD,
    prefix: str | None = None,
    quiet: bool = False,
) -> dict[str, int]:
    """Fill the database at `url`; returns rows inserted per table. Refuses a non-empty database unless append."""
    # Bulk statements of a national data set run longer than a request's statement timeout.
    engine = (
        create_engine(url)
        if is_sqlite(url)
        else create_engine(url, connect_args={"command_timeout": None, "server_settings": {"statement_timeout": "0"}})
    )
    started = time.perf_counter()
    try:
        async with engine.begin() as conn:
            existing = int(await conn.scalar(select(func.count()).select_from(T["units"])) or 0)
            if existing and not append:
                raise SystemExit(f"the database already holds {existing} units; pass --append to add more")
            if conn.dialect.name == "sqlite":
                await conn.execute(text("PRAGMA defer_foreign_keys = ON"))
            code_prefix = prefix if prefix is not None else (f"S{seed}-" if existing else "")
            gen = Generator(preset, seed, password, code_prefix)
            writer = await gen.run(conn)
        total = time.perf_counter() - started
        if not quiet:
            print(f"  {'committed; total':<34} {total:8.1f} s")
            for table, n in writer.counts.items():
                print(f"  {table:<24} {n:>10,} rows")
        return writer.counts
    finally:
        await engine.dispose()


def main() -> None:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=sorted(PRESETS), default="small")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", default=os.environ.get("DVK_DATABASE_URL"))
    parser.add_argument("--append", action="store_true", help="add to a non-empty database (codes get a prefix)")
    parser.add_argument("--password", default=DEFAULT_PASSWORD, help="password of every generated user")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("give --database-url or set DVK_DATABASE_URL")
    print(f"generating preset {args.preset!r} (seed {args.seed}) into {args.database_url.split('@')[-1]}")
    asyncio.run(
        generate(args.database_url, PRESETS[args.preset], args.seed, append=args.append, password=args.password)
    )
    print(
        f"users: <district code>.admin|mobiliser|viewer|registrant, <province code>.admin; password {args.password!r}"
    )


if __name__ == "__main__":
    main()
