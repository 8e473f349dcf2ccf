"""The label catalogue: every label the API shows that is not stored in the database, by stable code.

One word for one thing: a decision kind, an award form or level, a kind of evidence file or of follow-up, a
review level, a role or a relation in the authority tree has exactly one label here, and every screen (a decision
read, a model's
honours, the public showcase, a model's files and dossier, a user's roles, an authority explanation)
reads it from here. The Vietnamese follows the seed documents' wording (seed 001 §III, seed 000 §3:
mô hình / điển hình "Dân vận khéo", "biểu dương, khen thưởng", "Cấp Trung ương"); the English is a plain
translation, levels as adjectives ("Provincial level").

Not here, and why:
- Workflow states and actions keep their labels beside their codes, in `app/workflow/states.py`
  (`STATE_LABELS`) and `app/workflow/table.py` (each move's `label`); `core` imports no domain package,
  so the catalogue cannot re-export them. `GET /workflow` lists both.
- Labels stored as data: fields (`fields.label_vi/label_en`), unit kinds, levels and categories (their
  tables), authority profiles and rules (`policy/authority_data.py`, loaded into their tables).
- Coverage indicators (`coverage/service.py`) keep their label beside the unit kinds they count.
- The registration form's headers (`registrations/layout.py`: "Tập thể", "Cấp huyện, thành phố" …) copy
  seed 002's printed form word for word: the import finds its columns by them.
Message texts (errors, refusals) are not labels: shared ones live in `app/core/messages.py`, a domain's
own in `<domain>/messages.py`.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core.i18n import Text

# Decision kinds (`decisions.kind`). Seed 001 §III.2: công nhận mô hình / điển hình "Dân vận khéo";
# seed 000 §3 step 4: "biểu dương, khen thưởng".
DECISION_KINDS: Mapping[str, Text] = {
    "model_recognition": Text('Quyết định công nhận mô hình "Dân vận khéo"', 'Recognition of "Dân vận khéo" models'),
    "model_non_recognition": Text(
        'Quyết định không công nhận mô hình "Dân vận khéo"', 'Non-recognition of "Dân vận khéo" models'
    ),
    "exemplar_recognition": Text(
        'Quyết định công nhận điển hình "Dân vận khéo"', 'Recognition of "Dân vận khéo" exemplars'
    ),
    "commendation": Text("Quyết định biểu dương, khen thưởng", "Commendation"),
}

# Generated documents (`documents.kind`, issue 20): a decision's own text, its revocation, and the paper each
# covered model receives (Giấy chứng nhận, Giấy khen).
DOCUMENT_KINDS: Mapping[str, Text] = {
    "decision.recognition": Text(
        'Văn bản quyết định công nhận mô hình "Dân vận khéo" (kèm danh sách)',
        "Recognition decision, with its annex",
    ),
    "decision.non_recognition": Text(
        'Văn bản quyết định không công nhận mô hình "Dân vận khéo"', "Non-recognition decision"
    ),
    "decision.exemplar": Text('Văn bản quyết định công nhận điển hình "Dân vận khéo"', "Exemplar recognition decision"),
    "decision.revocation": Text("Quyết định thu hồi quyết định", "Revocation of a decision"),
    "certificate": Text('Giấy chứng nhận mô hình "Dân vận khéo"', 'Certificate of a "Dân vận khéo" model'),
    "commendation": Text('Giấy khen điển hình "Dân vận khéo"', 'Giấy khen of a "Dân vận khéo" exemplar'),
}

# Forms of commendation (`decisions.award_form`).
AWARD_FORMS: Mapping[str, Text] = {
    "certificate_of_merit": Text("Bằng khen", "Certificate of merit"),
    "certificate_of_commendation": Text("Giấy khen", "Certificate of commendation"),
    "letter_of_commendation": Text("Thư khen", "Letter of commendation"),
    "public_commendation": Text("Biểu dương", "Public commendation"),
}

# Levels of commendation (`decisions.award_level`); "Trung ương" capitalised as the seeds write it.
AWARD_LEVELS: Mapping[str, Text] = {
    "grassroots": Text("Cấp cơ sở", "Grassroots level"),
    "district": Text("Cấp huyện", "District level"),
    "province": Text("Cấp tỉnh", "Provincial level"),
    "central": Text("Cấp Trung ương", "Central level"),
}

# Kinds of evidence file (`evidence.kind`); seed 000 §4 names the dossier's papers.
EVIDENCE_KINDS: Mapping[str, Text] = {
    "registration_form": Text("Bảng đăng ký mô hình (Mẫu 1)", "Registration form (Mẫu 1)"),
    "implementation_document": Text("Tài liệu triển khai thực hiện", "Implementation document"),
    "confirmation": Text("Xác nhận của đơn vị trực tiếp quản lý", "Confirmation by the managing unit"),
    "result_report": Text("Báo cáo kết quả thực hiện", "Results report"),
    "survey_photo": Text("Ảnh khảo sát thực tế", "Survey photo"),
    "review_minutes": Text("Biên bản họp bình xét", "Review meeting minutes"),
    "submission": Text("Tờ trình", "Submission"),
    "achievement_report": Text("Báo cáo thành tích", "Achievement report"),
    "model_photo": Text("Ảnh mô hình", "Photo of the model"),
    "portrait": Text("Ảnh chân dung", "Portrait"),
    "decision_document": Text("Quyết định công nhận", "Decision document"),
    "other": Text("Tài liệu khác", "Other document"),
}

# Kinds of follow-up of a model by the mass-mobilisation boards (`follow_ups.kind`). Seed 001 §III.2.1:
# "theo dõi quá trình thực hiện, … kịp thời biểu dương mặt tích cực, đồng thời có biện pháp giúp đỡ khắc phục
# những mặt còn khó khăn, hạn chế"; §IV.2: "theo dõi, kiểm tra, đôn đốc".
FOLLOW_UP_KINDS: Mapping[str, Text] = {
    "monitoring": Text("Theo dõi quá trình thực hiện", "Monitoring of the implementation"),
    "inspection": Text("Kiểm tra", "Inspection"),
    "praise": Text("Biểu dương mặt tích cực", "Praise of what works well"),
    "guidance": Text(
        "Hướng dẫn, giúp đỡ khắc phục những mặt còn khó khăn, hạn chế",
        "Guidance and help with difficulties and shortcomings",
    ),
    "reminder": Text("Đôn đốc", "Reminder to act"),
}


# The extra conditions of a comprehensive model (`model_conditions.entries`; app/criteria/conditions.py), in
# seed 000 §2.2(1)'s words: "Từng tổ chức trong hệ thống chính trị và hội quần chúng của các đơn vị xếp loại
# hàng năm hoàn thành tốt nhiệm vụ trở lên; trường học đạt danh hiệu tiên tiến trở lên; đơn vị đạt chuẩn văn
# hoá; thôn, bản, khu phố đạt văn hoá; 90% đảng viên, … hoàn thành tốt nhiệm vụ trở lên. Đối với cá nhân được
# cấp có thẩm quyền đánh giá hoàn thành xuất sắc nhiệm vụ trở lên."
COMPREHENSIVE_CONDITIONS: Mapping[str, Text] = {
    "organisations_rated_well": Text(
        "Từng tổ chức trong hệ thống chính trị và hội quần chúng của đơn vị xếp loại hàng năm hoàn thành tốt "
        "nhiệm vụ trở lên",
        "Every organisation of the unit's political system and mass associations rated 'completed tasks well' "
        "or better in the yearly rating",
    ),
    "schools_advanced": Text(
        "Trường học đạt danh hiệu tiên tiến trở lên", "Schools hold the 'advanced' title or better"
    ),
    "unit_cultural_standard": Text("Đơn vị đạt chuẩn văn hoá", "The unit meets the cultural standard"),
    "villages_cultural": Text(
        "Thôn, bản, khu phố đạt văn hoá", "Villages, hamlets and neighbourhoods hold the cultural title"
    ),
    "members_completing_well": Text(
        "90% đảng viên, cán bộ, công chức, viên chức (CBCC-VC) người lao động trong chi bộ đơn vị hoàn thành tốt "
        "nhiệm vụ trở lên",
        "90 % of the party members, cadres, civil servants, public employees and workers in the unit's party "
        "cell completed tasks well or better",
    ),
    "individual_rated_excellent": Text(
        "Cá nhân được cấp có thẩm quyền đánh giá hoàn thành xuất sắc nhiệm vụ trở lên",
        "The individual is rated 'excellently completed tasks' or better by the competent level",
    ),
}

# Kinds of confirmation act (`confirmations.kind`): seed 000 §2.2 ("được cơ quan, đơn vị trực tiếp quản lý
# xác nhận") and §5 ("có xác nhận của cấp ủy cơ sở").
CONFIRMATION_KINDS: Mapping[str, Text] = {
    "other_field": Text(
        "Xác nhận của đơn vị trực tiếp quản lý (mô hình lĩnh vực khác)",
        "Confirmation by the managing unit (model in field `other`)",
    ),
    "achievement_report": Text(
        "Xác nhận báo cáo thành tích của cấp ủy cơ sở",
        "Grassroots party committee's confirmation of the achievement report",
    ),
}

# Levels a review is held at in the authority chain (`reviews.level`), seed 000 §3(1): the cell "tiến hành
# bình xét, thẩm định, gửi danh sách, biên bản họp xét về Ban Thường vụ Đảng ủy đề nghị trình Đảng ủy quyết định
# công nhận" — the cell reviews, the standing board proposes, the committee decides.
REVIEW_LEVELS: Mapping[str, Text] = {
    "cell": Text("Chi bộ bình xét, thẩm định", "Cell review and appraisal"),
    "standing_board": Text("Ban Thường vụ Đảng ủy đề nghị", "Standing board proposal"),
    "deciding_body": Text("Cấp quyết định công nhận", "Deciding body"),
}

# What an indicator's target counts (`indicator_definitions.target_kind`, seed 003 §1: "ít nhất 01 cuộc",
# "100% chi bộ", a yes/no condition).
INDICATOR_TARGET_KINDS: Mapping[str, Text] = {
    "count": Text("Số lượng", "Count"),
    "yes_no": Text("Có/Không", "Yes/no"),
    "percentage": Text("Tỷ lệ (%)", "Percentage"),
}

# Roles (`role_assignments.role`, `policy.permissions.Role`).
ROLES: Mapping[str, Text] = {
    "admin": Text("Quản trị", "Administrator"),
    "registrant": Text("Đơn vị, cá nhân đăng ký", "Registrant"),
    "mobiliser": Text("Cán bộ dân vận", "Mass-mobilisation officer"),
    "authority": Text("Cấp có thẩm quyền công nhận", "Recognising authority"),
    "viewer": Text("Người xem", "Viewer"),
}

# Scopes of a service client (`service_clients.scopes`, `policy.scopes.ClientScope`): what an integrated
# system may do over the API; README "Integrate a provincial system".
CLIENT_SCOPES: Mapping[str, Text] = {
    "models:read": Text(
        "Xem mô hình, hồ sơ, bình xét và quyết định", "Read models, their files, reviews and decisions"
    ),
    "models:write": Text("Đăng ký, cập nhật mô hình và nộp hồ sơ", "Register and update models and their files"),
    "events:read": Text("Đọc dòng sự kiện thay đổi", "Read the change feed"),
    "webhooks:manage": Text("Quản lý đăng ký nhận webhook", "Manage webhook subscriptions"),
    "imports:write": Text("Nhập bảng đăng ký và số liệu chỉ tiêu", "Import registration forms and indicator values"),
    "reports:read": Text("Xem báo cáo, thống kê", "Read reports and statistics"),
    "units:read": Text("Xem cây đơn vị và thẩm quyền công nhận", "Read the unit tree and who recognises"),
}

# Party committees that recognise models (the authority tree's committee kinds).
COMMITTEE_KINDS: Mapping[str, Text] = {
    "grassroots_party_committee": Text("đảng ủy cơ sở", "grassroots party committee"),
    "district_party_committee": Text("huyện ủy, thành ủy", "district party committee"),
    "provincial_party_committee": Text("tỉnh ủy", "provincial party committee"),
    "party_committee_under_province": Text("đảng ủy trực thuộc Tỉnh ủy", "party committee under the province"),
}

# How the deciding unit relates to the model's unit, in an authority explanation. A relation that names a
# committee kind uses that kind's label, so the two never drift apart.
AUTHORITY_RELATIONS: Mapping[str, Text] = {
    "self": Text("chính đơn vị", "the unit itself"),
    "parent": Text("đơn vị cấp trên quản lý trực tiếp", "directly managing superior unit"),
    "party_org": Text("tổ chức đảng lãnh đạo", "leading party organisation"),
    "own_party_org": Text("tổ chức đảng của đơn vị", "the unit's own party organisation"),
    "superior_party_committee": Text("cấp ủy cấp trên trực tiếp", "directly superior party committee"),
    "nearest_grassroots_committee": COMMITTEE_KINDS["grassroots_party_committee"],
    "district_committee": COMMITTEE_KINDS["district_party_committee"],
    "provincial_committee": COMMITTEE_KINDS["provincial_party_committee"],
    "nearest_committee_under_province": COMMITTEE_KINDS["party_committee_under_province"],
    "commune_dvk_section": Text(
        "bộ phận phụ trách phong trào “Dân vận khéo” của xã (Khối Dân vận)",
        "commune DVK movement section (mass-mobilisation bloc)",
    ),
    "district_mass_mobilisation_board": Text("Ban Dân vận Huyện ủy", "district mass-mobilisation board"),
    "provincial_mass_mobilisation_board": Text("Ban Dân vận Tỉnh ủy", "provincial mass-mobilisation board"),
    "provincial_counterpart": Text("tổ chức cùng hệ thống cấp tỉnh", "provincial counterpart organisation"),
    "area_district_committee": Text("huyện ủy, thành ủy trên địa bàn", "district party committee of the area"),
    "override": Text("đơn vị được chỉ định riêng", "unit named by the override"),
}


def label(labels: Mapping[str, Text], code: str | None) -> str | None:
    """The label of a code in the request's language: None for no code, the code itself when unlabelled."""
    if code is None:
        return None
    text = labels.get(code)
    return text.render() if text else code
