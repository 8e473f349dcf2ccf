"""coverage targets and unit categories

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 02:08:05.341323
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Seed 000 §2.1: "trên 80% các cơ quan đơn vị; 100% các xã, thị trấn; trên 75% các thôn, bản, khu phố".
UNIT_CATEGORIES = [
    {"code": "agencies_units", "label_vi": "Cơ quan, đơn vị", "label_en": "Agencies and units", "sort_order": 1},
    {"code": "communes_towns", "label_vi": "Xã, phường, thị trấn", "label_en": "Communes, wards and towns",
     "sort_order": 2},
    {"code": "villages_groups", "label_vi": "Thôn, bản, khu phố, tổ dân phố",
     "label_en": "Villages, hamlets and residential groups", "sort_order": 3},
]
CATEGORY_KINDS = {
    "agencies_units": ["state_agency", "public_service_unit", "enterprise", "armed_forces_unit", "peoples_committee",
                       "peoples_council", "fatherland_front", "youth_union", "womens_union", "farmers_union",
                       "veterans_association", "trade_union", "mass_association", "mass_mobilisation_board"],
    "communes_towns": ["commune"],
    "villages_groups": ["village"],
}


def upgrade() -> None:
    op.create_table('unit_categories',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_vi', sa.String(length=200), nullable=False),
    sa.Column('label_en', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_unit_categories'))
    )
    op.create_table('unit_category_kinds',
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.Column('kind_code', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['category_code'], ['unit_categories.code'], name=op.f('fk_unit_category_kinds_category_code_unit_categories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['kind_code'], ['unit_kinds.code'], name=op.f('fk_unit_category_kinds_kind_code_unit_kinds')),
    sa.PrimaryKeyConstraint('category_code', 'kind_code', name=op.f('pk_unit_category_kinds'))
    )
    op.create_table('campaign_targets',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('category_code', sa.String(length=40), nullable=False),
    sa.Column('comparator', sa.String(length=3), nullable=False),
    sa.Column('share_percent', sa.Float(), nullable=False),
    sa.CheckConstraint("comparator IN ('gt','gte')", name=op.f('ck_campaign_targets_comparator')),
    sa.CheckConstraint('share_percent >= 0 AND share_percent <= 100', name=op.f('ck_campaign_targets_share_range')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_targets_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['category_code'], ['unit_categories.code'], name=op.f('fk_campaign_targets_category_code_unit_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_targets')),
    sa.UniqueConstraint('campaign_id', 'category_code', name='uq_campaign_targets_campaign_category')
    )
    with op.batch_alter_table('campaign_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_targets_campaign_id'), ['campaign_id'], unique=False)

    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('models_per_unit_min', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('models_per_unit_max', sa.Integer(), server_default='2', nullable=False))

    op.bulk_insert(sa.table('unit_categories', *(sa.column(c) for c in UNIT_CATEGORIES[0])), UNIT_CATEGORIES)
    op.bulk_insert(sa.table('unit_category_kinds', sa.column('category_code'), sa.column('kind_code')),
                   [{"category_code": c, "kind_code": k} for c, kinds in CATEGORY_KINDS.items() for k in kinds])



def downgrade() -> None:
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_column('models_per_unit_max')
        batch_op.drop_column('models_per_unit_min')

    with op.batch_alter_table('campaign_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_targets_campaign_id'))

    op.drop_table('campaign_targets')
    op.drop_table('unit_category_kinds')
    op.drop_table('unit_categories')
