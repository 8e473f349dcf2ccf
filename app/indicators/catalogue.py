"""Seed 003 §1 ("Các chỉ tiêu phấn đấu" of the commune's mass-mobilisation plan for 2025): the default
catalogue a campaign year loads. Vietnamese labels are the seed's words; the seed's year is the cycle's.
§1.6 (each unit builds at least one model) is the coverage report's (GET /reports/coverage), not repeated here.
"""

from __future__ import annotations

from dataclasses import dataclass

_ORGANISATIONS = ("farmers_union", "womens_union", "youth_union", "veterans_association")


@dataclass(frozen=True)
class DefaultIndicator:
    """One entry of the default catalogue ({year} in the labels is the cycle's year)."""

    code: str
    label_vi: str
    label_en: str
    target_kind: str
    target_value: float
    unit_kinds: tuple[str, ...]
    source: str


DEFAULTS: tuple[DefaultIndicator, ...] = (
    DefaultIndicator(
        "government_mobilisation_programme",
        "Ủy ban nhân dân xã xây dựng chương trình kế hoạch thực hiện công tác dân vận chính quyền năm {year}.",
        "The commune People's Committee draws up its programme for government mass mobilisation in {year}.",
        "yes_no",
        1,
        ("peoples_committee",),
        "seed 003 §I.1.1",
    ),
    DefaultIndicator(
        "direct_dialogue",
        "Trong năm, người đứng đầu cấp ủy, chính quyền các cấp tổ chức tiếp xúc, đối thoại trực tiếp, "
        "định kỳ với Nhân dân ít nhất 01 cuộc.",
        "During the year the heads of the party committee and of the government at each level hold at least one "
        "regular direct meeting and dialogue with the people.",
        "count",
        1,
        ("grassroots_party_committee", "district_party_committee", "peoples_committee"),
        "seed 003 §I.1.2",
    ),
    DefaultIndicator(
        "grassroots_democracy_regulation",
        "100% các chi bộ trực thuộc thực hiện quy chế dân chủ ở cơ sở năm {year}.",
        "Every party cell under the committee applies the grassroots democracy regulation in {year}.",
        "yes_no",
        1,
        ("party_cell_under_grassroots",),
        "seed 003 §I.1.3",
    ),
    DefaultIndicator(
        "government_mobilisation_rating",
        "Phấn đấu đơn vị được xếp loại công tác dân vận chính quyền đạt loại tốt.",
        "The unit's government mass-mobilisation work is rated good.",
        "yes_no",
        1,
        ("peoples_committee",),
        "seed 003 §I.1.3",
    ),
    DefaultIndicator(
        "community_investment_supervision_board",
        "100% thôn thành lập Ban Giám sát đầu tư của cộng đồng để giám sát thực hiện đầu tư theo quy định.",
        "Every village sets up a community investment supervision board to supervise investment as regulated.",
        "yes_no",
        1,
        ("village",),
        "seed 003 §I.1.3",
    ),
    DefaultIndicator(
        "no_religious_hot_spot",
        "100% các thôn trên địa bàn xã không để xảy ra “điểm nóng” liên quan đến tôn giáo; phòng ngừa, "
        "ngăn chặn không để các tổ chức tôn giáo bất hợp pháp xâm nhập vào địa bàn.",
        "No village of the commune lets a religious “hot spot” arise; illegal religious organisations are "
        "prevented from entering the area (yes: none arose).",
        "yes_no",
        1,
        ("village",),
        "seed 003 §I.1.4",
    ),
    DefaultIndicator(
        "membership_growth",
        "Công tác phát triển đoàn viên, hội viên của các tổ chức chính trị - xã hội đạt và vượt so với chỉ "
        "tiêu ngành dọc cấp trên giao.",
        "Each socio-political organisation recruits at least the members its superior organisation set "
        "(percent of that target).",
        "percentage",
        100,
        _ORGANISATIONS,
        "seed 003 §I.1.5",
    ),
    DefaultIndicator(
        "policy_supervision",
        "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội chủ trì giám sát được ít nhất 01 chính sách liên "
        "quan đến đoàn viên, hội viên và Nhân dân.",
        "The Fatherland Front and each socio-political organisation lead the supervision of at least one policy "
        "concerning their members and the people.",
        "count",
        1,
        ("fatherland_front", *_ORGANISATIONS),
        "seed 003 §I.1.5",
    ),
)
