"""criteria and the recognition standard: the five general criteria of seed 001 §II as reference data,
a campaign's standard (minimum per criterion, minimum total; NULL = the documented defaults), and the
exception a decision may record for a model below the standard

The criteria rows are a literal copy of app/criteria/catalogue.py (migrations never import app code).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 03:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CRITERIA = [
    {
        "code": "identity",
        "position": 1,
        "label_vi": "Có tên, địa chỉ, nội dung thuộc một trong các lĩnh vực phát triển kinh tế, văn hóa - xã hội, "
        "an ninh - quốc phòng, xây dựng hệ thống chính trị.",
        "label_en": "Has a name, an address and content in one of the fields: economic development, culture and "
        "society, security and defence, building the political system.",
        "max_score": 10,
    },
    {
        "code": "leadership",
        "position": 2,
        "label_vi": "Phải gắn liền với sự lãnh đạo, chỉ đạo của cấp ủy và đăng ký với cơ quan phát động, triển khai. "
        "Chấp hành chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; phối hợp và huy động được "
        "nhiều lực lượng cùng tham gia, có sức lan tỏa lớn, mang lại hiệu quả thiết thực, tránh hình thức.",
        "label_en": "Tied to the party committee's leadership and direction and registered with the launching "
        "body; follows the Party's line and the State's laws; brings many forces together, spreads widely, "
        "brings practical results, avoids formalism.",
        "max_score": 10,
    },
    {
        "code": "consent",
        "position": 3,
        "label_vi": "Mô hình được nhân dân đồng tình hưởng ứng tham gia, đáp ứng nguyện vọng chính đáng, hợp pháp "
        "của nhân dân. Giải quyết được việc khó khăn, cấp bách, những nhiệm vụ chính trị mà cấp uỷ, chính quyền "
        "đã có chủ trương và đang tập trung tổ chức thực hiện.",
        "label_en": "Supported and joined by the people, meets their legitimate aspirations; solves difficult, "
        "urgent matters and political tasks the committee and government have set and are carrying out.",
        "max_score": 10,
    },
    {
        "code": "interests",
        "position": 4,
        "label_vi": "Kết hợp hài hoà 3 lợi ích cá nhân, tập thể và cộng đồng; có đóng góp tích cực đối với việc "
        "phát triển kinh tế, văn hóa-xã hội, bảo đảm an ninh trật tự, củng cố quốc phòng, xây dựng hệ thống chính "
        "trị vững mạnh.",
        "label_en": "Balances the interests of individuals, the collective and the community; contributes to "
        "economic, cultural and social development, public order, defence and a strong political system.",
        "max_score": 10,
    },
    {
        "code": "sustainability",
        "position": 5,
        "label_vi": "Mô hình có tính bền vững, sức lan tỏa, kế thừa và phát triển (có thể nhân rộng được ở địa "
        "phương, cơ quan, đơn vị).",
        "label_en": "Sustainable, spreading, carried on and developed (can be replicated in the locality, agency "
        "or unit).",
        "max_score": 10,
    },
]


def upgrade() -> None:
    criteria = op.create_table(
        "criteria",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label_vi", sa.Text(), nullable=False),
        sa.Column("label_en", sa.Text(), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_criteria")),
        sa.UniqueConstraint("position", name=op.f("uq_criteria_position")),
    )
    op.bulk_insert(criteria, CRITERIA)
    with op.batch_alter_table("campaigns") as batch:
        batch.add_column(sa.Column("standard_min_score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("standard_min_total", sa.Float(), nullable=True))
    with op.batch_alter_table("decision_models") as batch:
        batch.add_column(sa.Column("standard_exception", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decision_models") as batch:
        batch.drop_column("standard_exception")
    with op.batch_alter_table("campaigns") as batch:
        batch.drop_column("standard_min_total")
        batch.drop_column("standard_min_score")
    op.drop_table("criteria")
