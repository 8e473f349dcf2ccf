"""unit plans: each unit's "Dân vận khéo" plan for a campaign (seed 000 §2.1), and the unit kinds expected
to have one

Seed 000 §2.1: "100% cấp ủy, tổ chức đảng, cơ quan, đơn vị, địa phương … có kế hoạch tổ chức thực hiện phong
trào thi đua “Dân vận khéo” và phổ biến, tuyên truyền". The expected kinds: every party organisation (cấp ủy,
tổ chức đảng), the agencies and units of the coverage category `agencies_units` (cơ quan, đơn vị), and the
localities that have a government — province, district, commune (địa phương). A village's plan is its party
cell's; mass-mobilisation teams and steering committees are working groups, not units that plan.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLAN_KINDS = [
    # cấp ủy, tổ chức đảng
    "provincial_party_committee",
    "district_party_committee",
    "party_committee_under_province",
    "grassroots_party_committee",
    "party_cell_under_grassroots",
    "grassroots_party_cell",
    # cơ quan, đơn vị (the coverage category agencies_units)
    "state_agency",
    "public_service_unit",
    "enterprise",
    "armed_forces_unit",
    "peoples_committee",
    "peoples_council",
    "fatherland_front",
    "youth_union",
    "womens_union",
    "farmers_union",
    "veterans_association",
    "trade_union",
    "mass_association",
    "mass_mobilisation_board",
    # địa phương
    "province",
    "district",
    "commune",
]

_UNIT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "plan_unit_kinds",
        sa.Column("kind_code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["kind_code"], ["unit_kinds.code"], name=op.f("fk_plan_unit_kinds_kind_code_unit_kinds")),
        sa.PrimaryKeyConstraint("kind_code", name=op.f("pk_plan_unit_kinds")),
    )
    op.bulk_insert(sa.table("plan_unit_kinds", sa.column("kind_code")), [{"kind_code": k} for k in PLAN_KINDS])
    op.create_table(
        "unit_plans",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", _UNIT_ID, nullable=False),
        sa.Column("document_number", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("issued_by", sa.String(length=300), nullable=False),
        sa.Column("disseminated_on", sa.Date(), nullable=True),
        sa.Column("dissemination_note", sa.Text(), nullable=True),
        sa.Column("document_filename", sa.String(length=255), nullable=True),
        sa.Column("document_media_type", sa.String(length=100), nullable=True),
        sa.Column("document_size", sa.BigInteger(), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "disseminated_on IS NULL OR disseminated_on >= issued_on",
            name=op.f("ck_unit_plans_dissemination_order"),
        ),
        sa.ForeignKeyConstraint(["campaign_id"], ["campaigns.id"], name=op.f("fk_unit_plans_campaign_id_campaigns")),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_unit_plans_unit_id_units")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name=op.f("fk_unit_plans_recorded_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_plans")),
        sa.UniqueConstraint("campaign_id", "unit_id", name="uq_unit_plans_campaign_unit"),
    )
    op.create_index(op.f("ix_unit_plans_unit_id"), "unit_plans", ["unit_id"])
    op.create_index(op.f("ix_unit_plans_document_sha256"), "unit_plans", ["document_sha256"])


def downgrade() -> None:
    op.drop_index(op.f("ix_unit_plans_document_sha256"), table_name="unit_plans")
    op.drop_index(op.f("ix_unit_plans_unit_id"), table_name="unit_plans")
    op.drop_table("unit_plans")
    op.drop_table("plan_unit_kinds")
