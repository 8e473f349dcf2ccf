"""The default authority rule profiles, as data.

Migration 0003 inserts a literal copy of these rows (migrations never import app code); a test
checks that the migrated rows and this module are identical, so change both together.

`district_2023` is seed 000 §3 (the six cases of the Vĩnh Linh district plan 2023–2025), tried in
this order (lower precedence first; the first matching rule wins):

  10 case 5  a collective party organisation → its superior committee. First, because a cell or a
             committee is also "a unit of a cell" (case 1/2) and "a district-level unit" (case 6);
             the seed gives party organisations as collectives their own route.
  20 case 3  a unit with no party organisation → its directly managing unit. The party-based rules
             below cannot apply to it (they walk party links), so it is settled early.
  30 case 4  a commune-level Front / socio-political organisation / mass association as a collective
             → the commune committee on the proposal of the commune DVK section. Before case 1:
             these units are led by the commune committee and would otherwise fall into case 1.
  40 case 6  district-level Front / socio-political / social organisations → the district board
             follows them, the competent authority (default the district committee) decides.
  45 case 6  (extension) other district units led directly by the district committee (People's
             Committee, armed forces, the board itself, the committee's own individuals): the seed's
             opening sentence of §3 — the district board advises the committee, which recognises
             "according to competence". Not for grassroots party cells (case 2 below).
  50 case 1  units and people of a cell under a grassroots committee (and units led directly by the
             committee) → the committee, on its standing board's proposal.
  60 case 2  units and people of a grassroots party cell directly under the district → the cell
             committee reviews and proposes, the directly superior committee decides.

Individuals never match case 4 or case 5 (collective-only in the seed): an individual of a commune
Front falls to case 1, an individual of a party cell to case 1 or 2 by the cell's own kind.

`province_2016` is seed 001 §I.2.2 (provincial guideline 2016–2020), mapped onto the case numbers:

  10 case 1  units whose party chain reaches a committee directly under the provincial committee →
             that committee (it recognises "the cells and committees under it").
  20 case 6  province-level collectives and individuals → the provincial mass-mobilisation board.
  25 case 6  a district/city party committee itself → the provincial board (a province-level matter:
             a committee never recognises itself).
  30 case 4  the Front and socio-political organisations at every level → their provincial
             counterpart ("MTTQ và các đoàn thể chính trị - xã hội tỉnh").
  40 case 2  everything else → the district/city committee of the area ("trên địa bàn").
"""

from __future__ import annotations

from typing import Any

DISTRICT_2023 = "district_2023"
PROVINCE_2016 = "province_2016"

_FRONT_AND_SOCIO_POLITICAL = [
    "fatherland_front",
    "youth_union",
    "womens_union",
    "farmers_union",
    "veterans_association",
    "trade_union",
]

PROFILES: list[dict[str, Any]] = [
    {
        "code": DISTRICT_2023,
        "label_vi": "Kế hoạch phong trào thi đua “Dân vận khéo” giai đoạn 2023 - 2025 của Ban Thường vụ "
        "Huyện ủy Vĩnh Linh (sáu trường hợp thẩm quyền)",
        "label_en": "Vĩnh Linh district committee plan 2023–2025 (the six authority cases)",
        "source": "Kế hoạch đẩy mạnh phong trào thi đua “Dân vận khéo” giai đoạn 2023 - 2025, Ban Thường vụ "
        "Huyện ủy Vĩnh Linh, mục II.3 “Thẩm quyền, phương pháp đánh giá xét công nhận”",
        "is_default": True,
    },
    {
        "code": PROVINCE_2016,
        "label_vi": "Hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2016 - 2020 của Ban Dân "
        "vận Tỉnh ủy",
        "label_en": "Provincial mass-mobilisation board guideline 2016–2020",
        "source": "Hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo”, giai đoạn 2016 - 2020, Ban Dân vận "
        "Tỉnh ủy, mục I.2.2 “Cơ quan xét, công nhận mô hình, điển hình”",
        "is_default": False,
    },
]

RULES: list[dict[str, Any]] = [
    {
        "profile_code": DISTRICT_2023,
        "case_number": 5,
        "precedence": 10,
        "match": {"registrant_kinds": ["collective"], "unit_is_party_organisation": True},
        "reviewing_via": "superior_party_committee",
        "proposing_via": "superior_party_committee",
        "deciding_via": "superior_party_committee",
        "label_vi": "(5) Đối với tập thể chi bộ, đảng bộ hoặc Ban Chấp hành chi bộ, đảng bộ cơ sở: Do cấp ủy "
        "cấp trên cơ sở xem xét công nhận.",
        "label_en": "(5) A party cell or party committee as a collective, or the executive committee of a "
        "cell or grassroots committee: recognised by the party committee above it.",
        "citation": "KH VL 2023 §3(5)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 3,
        "precedence": 20,
        "match": {"has_party_org": False, "unit_is_party_organisation": False},
        "reviewing_via": "self",
        "proposing_via": "self",
        "deciding_via": "parent",
        "label_vi": "(3) Những nơi chưa có tổ chức Đảng: Do tập thể lãnh đạo cơ quan, đơn vị phối hợp với "
        "công đoàn, người sử dụng lao động trực tiếp chấm điểm, bình xét, đề nghị thủ trưởng đơn vị "
        "xem xét đề nghị đơn vị cấp trên quản lý trực tiếp quyết định công nhận.",
        "label_en": "(3) Where there is no party organisation: the unit's leadership with the trade union and "
        "the employer score and review, the head of the unit proposes, and the directly managing "
        "superior unit decides.",
        "citation": "KH VL 2023 §3(3)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 4,
        "precedence": 30,
        "match": {
            "registrant_kinds": ["collective"],
            "levels": ["commune"],
            "unit_kinds": [*_FRONT_AND_SOCIO_POLITICAL, "mass_association"],
        },
        "reviewing_via": "commune_dvk_section",
        "proposing_via": "commune_dvk_section",
        "deciding_via": "nearest_grassroots_committee",
        "label_vi": "(4) Đối với tập thể Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, các hội "
        "quần chúng ở cấp xã, thị trấn: Do Đảng ủy ra quyết định công nhận, trên cơ sở đề nghị của "
        "bộ phận phụ trách phong trào thi đua “Dân vận khéo” các xã, thị trấn.",
        "label_en": "(4) The Fatherland Front committee, socio-political organisations and mass associations "
        "of a commune or township as collectives: the commune party committee decides, on the "
        "proposal of the commune's section in charge of the DVK movement.",
        "citation": "KH VL 2023 §3(4)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 6,
        "precedence": 40,
        "match": {
            "levels": ["district"],
            "party_org_kinds": ["district_party_committee"],
            "unit_kinds": [*_FRONT_AND_SOCIO_POLITICAL, "mass_association"],
        },
        "reviewing_via": "district_mass_mobilisation_board",
        "proposing_via": "district_mass_mobilisation_board",
        "deciding_via": "district_committee",
        "label_vi": "(6) Đối với các đoàn thể chính trị - xã hội, tổ chức xã hội cấp huyện: Hàng năm, các hội "
        "tiến hành lựa chọn nội dung, xây dựng “Dân vận khéo” gửi Ban Dân vận Huyện ủy phân công "
        "bộ phận theo dõi, đôn đốc, kiểm tra quá trình thực hiện, xem xét trình cấp có thẩm quyền "
        "khen thưởng.",
        "label_en": "(6) District-level socio-political and social organisations: each year they choose their "
        "DVK content and send it to the district mass-mobilisation board, which assigns follow-up "
        "and inspection and submits to the competent authority (by default the district party "
        "committee; an override can name another).",
        "citation": "KH VL 2023 §3(6)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 6,
        "precedence": 45,
        "match": {"levels": ["district"], "own_party_org_kinds": ["district_party_committee"]},
        "reviewing_via": "district_mass_mobilisation_board",
        "proposing_via": "district_mass_mobilisation_board",
        "deciding_via": "district_committee",
        "label_vi": "(6, mở rộng) Các cơ quan, đơn vị cấp huyện khác do Huyện ủy trực tiếp lãnh đạo: Hàng năm, "
        "Ban Dân vận Huyện ủy tham mưu cấp ủy chỉ đạo bình xét, đánh giá, công nhận các tập thể, cá "
        "nhân điển hình “Dân vận khéo” từ cơ sở và theo thẩm quyền.",
        "label_en": "(6, extended) Other district-level agencies and units led directly by the district party "
        "committee: each year the district mass-mobilisation board advises the committee, which "
        "reviews and recognises exemplars according to its competence.",
        "citation": "KH VL 2023 §3, §3(6)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 1,
        "precedence": 50,
        "match": {"own_party_org_kinds": ["party_cell_under_grassroots", "grassroots_party_committee"]},
        "reviewing_via": "own_party_org",
        "proposing_via": "nearest_grassroots_committee",
        "deciding_via": "nearest_grassroots_committee",
        "label_vi": "(1) Đối với các đảng bộ cơ sở: Chỉ đạo các chi bộ trực thuộc tiến hành bình xét, thẩm "
        "định, gửi danh sách, biên bản họp xét về Ban Thường vụ Đảng ủy đề nghị trình Đảng ủy quyết "
        "định công nhận, tổng hợp và báo cáo cấp trên theo chế độ thông tin báo cáo.",
        "label_en": "(1) Grassroots party committees: the cells under the committee review and appraise and "
        "send the list and the minutes to the committee's standing board, which proposes; the "
        "grassroots party committee decides and reports upwards.",
        "citation": "KH VL 2023 §3(1)",
    },
    {
        "profile_code": DISTRICT_2023,
        "case_number": 2,
        "precedence": 60,
        "match": {"own_party_org_kinds": ["grassroots_party_cell"]},
        "reviewing_via": "own_party_org",
        "proposing_via": "own_party_org",
        "deciding_via": "superior_party_committee",
        "label_vi": "(2) Đối với các chi bộ cơ sở: Do cấp ủy chi bộ lãnh đạo, phối hợp với tập thể lãnh đạo "
        "cơ quan, ban chấp hành các đoàn thể chính trị - xã hội, trường học, doanh nghiệp... tiến "
        "hành chấm điểm, bình xét, đề nghị Chi ủy hoặc Bí thư, Phó Bí thư chi bộ (ở nơi không có "
        "Chi ủy) xem xét trình cấp ủy cấp trên trực tiếp quyết định công nhận.",
        "label_en": "(2) Grassroots party cells: the cell committee, with the agency's leadership and the "
        "boards of the organisations, school or enterprise, scores and reviews; the cell committee "
        "(or the secretary or deputy where there is none) proposes; the directly superior party "
        "committee decides.",
        "citation": "KH VL 2023 §3(2)",
    },
    {
        "profile_code": PROVINCE_2016,
        "case_number": 1,
        "precedence": 10,
        "match": {"party_chain_includes": ["party_committee_under_province"]},
        "reviewing_via": "nearest_committee_under_province",
        "proposing_via": "own_party_org",
        "deciding_via": "nearest_committee_under_province",
        "label_vi": "Các đảng ủy trực thuộc Tỉnh ủy xét, công nhận mô hình, điển hình “Dân vận khéo” đối với "
        "tập thể, cá nhân của các chi, đảng bộ trực thuộc.",
        "label_en": "Party committees directly under the provincial committee review and recognise the models "
        "and exemplars of the collectives and individuals of their cells and committees (mapped to "
        "case 1: a committee recognises those of its cells).",
        "citation": "HD 2016 §I.2.2",
    },
    {
        "profile_code": PROVINCE_2016,
        "case_number": 6,
        "precedence": 20,
        "match": {"levels": ["province"]},
        "reviewing_via": "provincial_mass_mobilisation_board",
        "proposing_via": "self",
        "deciding_via": "provincial_mass_mobilisation_board",
        "label_vi": "Ban Dân vận Tỉnh ủy xét công nhận điển hình “Dân vận khéo” cấp tỉnh.",
        "label_en": "The provincial mass-mobilisation board reviews and recognises province-level exemplars "
        "(mapped to case 6: the level's mass-mobilisation board handles them).",
        "citation": "HD 2016 §I.2.2",
    },
    {
        "profile_code": PROVINCE_2016,
        "case_number": 6,
        "precedence": 25,
        "match": {"unit_kinds": ["district_party_committee"]},
        "reviewing_via": "provincial_mass_mobilisation_board",
        "proposing_via": "self",
        "deciding_via": "provincial_mass_mobilisation_board",
        "label_vi": "Ban Dân vận Tỉnh ủy xét công nhận điển hình “Dân vận khéo” cấp tỉnh (tập thể, cá nhân "
        "của huyện ủy, thành ủy).",
        "label_en": "The provincial mass-mobilisation board recognises the exemplars of a district or city "
        "party committee itself (a province-level matter; mapped to case 6).",
        "citation": "HD 2016 §I.2.2",
    },
    {
        "profile_code": PROVINCE_2016,
        "case_number": 4,
        "precedence": 30,
        "match": {"unit_kinds": list(_FRONT_AND_SOCIO_POLITICAL)},
        "reviewing_via": "provincial_counterpart",
        "proposing_via": "self",
        "deciding_via": "provincial_counterpart",
        "label_vi": "MTTQ và các đoàn thể chính trị-xã hội tỉnh xét, công nhận mô hình, điển hình “Dân vận "
        "khéo” đối với tập thể, cá nhân của MTTQ và các đoàn thể chính trị-xã hội các cấp.",
        "label_en": "The provincial Fatherland Front and socio-political organisations review and recognise "
        "the models and exemplars of their own system at every level (mapped to case 4).",
        "citation": "HD 2016 §I.2.2",
    },
    {
        "profile_code": PROVINCE_2016,
        "case_number": 2,
        "precedence": 40,
        "match": {},
        "reviewing_via": "area_district_committee",
        "proposing_via": "self",
        "deciding_via": "area_district_committee",
        "label_vi": "Các huyện, thành ủy xét công nhận mô hình, điển hình “Dân vận khéo” của các tập thể, cá "
        "nhân trên địa bàn.",
        "label_en": "District and city party committees review and recognise the models and exemplars of the "
        "collectives and individuals in their area (mapped to case 2: the superior committee of "
        "the area decides).",
        "citation": "HD 2016 §I.2.2",
    },
]
