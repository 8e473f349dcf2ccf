"""The registration list form (Biểu mẫu, seed 002): its columns, header labels and marks."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.search import fold

TITLE = "DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH CÔNG TÁC “DÂN VẬN KHÉO” Ở CƠ SỞ NĂM {year}"
TOTAL_LABEL = "Tổng"
MARK = "x"
# What people type for "this one applies" (compared after strip + lower-case).
MARKS = frozenset({"x", "✓", "✔", "√"})

# The form's fields in column order, then the two extra fields (not on the 2023 paper form).
FIELD_GROUPS: tuple[tuple[str, str], ...] = (
    ("economy", "Lĩnh vực Kinh tế"),
    ("culture_society", "Lĩnh vực VH - XH"),
    ("defence_security", "Lĩnh vực QP - AN"),
    (
        "political_system",
        "Lĩnh vực Xây dựng hệ thống chính trị (xây dựng tổ chức Đảng, chính quyền, MTTQ, tổ chức chính trị - xã hội)",
    ),
    ("new_rural", "Lĩnh vực Xây dựng nông thôn mới"),
    ("other", "Lĩnh vực khác"),
)
KINDS: tuple[tuple[str, str], ...] = (("collective", "Tập thể"), ("individual", "Cá nhân"))
LEVELS: tuple[tuple[str, str], ...] = (("grassroots", "Cấp cơ sở"), ("district", "Cấp huyện, thành phố"))


@dataclass(frozen=True)
class Column:
    """One column of the form: its key in JSON/CSV, its header label(s) and print width."""

    key: str
    group: str  # the top header row's label (merged over a group's columns)
    label: str  # the second header row's label ("" when the top label spans both rows)
    width: float


def columns(year: int) -> list[Column]:
    """The form's columns, left to right."""
    cols = [
        Column("no", "Số TT", "", 5),
        Column("unit", "Tên đơn vị đăng ký", "", 24),
        Column("model_name", "Tên mô hình công tác “DVK”", "", 30),
        Column("targets", f"Mục tiêu (chỉ tiêu) cần đạt được trong năm {year}", "", 30),
    ]
    for code, label in FIELD_GROUPS:
        cols += [Column(f"{code}_{kind}", label, kind_label, 7) for kind, kind_label in KINDS]
    period = f"Thời gian tiến hành vận động trong năm {year}"
    cols += [
        Column("start_date", period, "Thời gian bắt đầu", 11),
        Column("end_date", period, "Thời gian kết thúc", 11),
    ]
    aimed = f"Đăng ký đạt mô hình công tác, điển hình “Dân vận khéo” tiêu biểu năm {year}"
    cols += [Column(f"level_{code}", aimed, label, 10) for code, label in LEVELS]
    return cols


# The paper form has no column for an individual registrant's name: the XLSX carries it (and the position) in
# two hidden columns right of the form, which print nothing and which the importer reads back.
PERSON_COLUMNS: tuple[Column, ...] = (
    Column("individual_name", "Họ tên cá nhân đăng ký", "", 24),
    Column("individual_position", "Chức vụ cá nhân đăng ký", "", 24),
)

MARK_KEYS: tuple[str, ...] = tuple(f"{code}_{kind}" for code, _ in FIELD_GROUPS for kind, _ in KINDS) + tuple(
    f"level_{code}" for code, _ in LEVELS
)

# How the importer recognises each header group (folded text it must contain).
HEADER_KEYS: dict[str, tuple[str, ...]] = {
    "no": ("so tt", "stt"),
    "unit": ("ten don vi",),
    "model_name": ("ten mo hinh",),
    "targets": ("muc tieu",),
    "economy": ("kinh te",),
    "culture_society": ("vh - xh", "van hoa"),
    "defence_security": ("qp - an", "quoc phong"),
    "political_system": ("he thong chinh tri",),
    "new_rural": ("nong thon moi",),
    "other": ("linh vuc khac",),
    "period": ("thoi gian tien hanh",),
    "level": ("dang ky dat",),
    "individual_name": ("ho ten ca nhan",),
    "individual_position": ("chuc vu ca nhan",),
}


def header_key(text: str) -> str | None:
    """Which group a header cell's text names, if any."""
    folded = " ".join(fold(text).split())
    for key, needles in HEADER_KEYS.items():
        if any(folded.startswith(n) or (len(n) > 6 and n in folded) for n in needles):
            return key
    return None
