"""campaigns, registered models, workflow history, events, surveys, authority policy

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:01:01.153591
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('authority_profiles',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('label_vi', sa.String(length=300), nullable=False),
    sa.Column('label_en', sa.String(length=300), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('is_default', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_authority_profiles'))
    )
    op.create_table('sequences',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sequences'))
    )
    op.create_table('authority_rules',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('profile_code', sa.String(length=40), nullable=False),
    sa.Column('case_number', sa.Integer(), nullable=False),
    sa.Column('precedence', sa.Integer(), nullable=False),
    sa.Column('match', sa.JSON(), nullable=False),
    sa.Column('reviewing_via', sa.String(length=60), nullable=False),
    sa.Column('proposing_via', sa.String(length=60), nullable=False),
    sa.Column('deciding_via', sa.String(length=60), nullable=False),
    sa.Column('label_vi', sa.Text(), nullable=False),
    sa.Column('label_en', sa.Text(), nullable=False),
    sa.Column('citation', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['profile_code'], ['authority_profiles.code'], name=op.f('fk_authority_rules_profile_code_authority_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority_rules')),
    sa.UniqueConstraint('profile_code', 'precedence', name='uq_authority_rules_profile_precedence')
    )
    with op.batch_alter_table('authority_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authority_rules_profile_code'), ['profile_code'], unique=False)

    op.create_table('campaigns',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=False),
    sa.Column('owning_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('owning_unit_path', sa.String(length=1000), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('authority_profile', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('end_year >= start_year', name=op.f('ck_campaigns_year_order')),
    sa.ForeignKeyConstraint(['authority_profile'], ['authority_profiles.code'], name=op.f('fk_campaigns_authority_profile_authority_profiles')),
    sa.ForeignKeyConstraint(['owning_unit_id'], ['units.id'], name=op.f('fk_campaigns_owning_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns'))
    )
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaigns_owning_unit_id'), ['owning_unit_id'], unique=False)

    op.create_table('authority_overrides',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('deciding_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reviewing_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('proposing_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_authority_overrides_created_by_id_users')),
    sa.ForeignKeyConstraint(['deciding_unit_id'], ['units.id'], name=op.f('fk_authority_overrides_deciding_unit_id_units')),
    sa.ForeignKeyConstraint(['proposing_unit_id'], ['units.id'], name=op.f('fk_authority_overrides_proposing_unit_id_units')),
    sa.ForeignKeyConstraint(['reviewing_unit_id'], ['units.id'], name=op.f('fk_authority_overrides_reviewing_unit_id_units')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_authority_overrides_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_authority_overrides')),
    sa.UniqueConstraint('unit_id', name=op.f('uq_authority_overrides_unit_id'))
    )
    op.create_table('campaign_cycles',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('registration_windows', sa.JSON(), nullable=False),
    sa.Column('results_due_on', sa.Date(), nullable=False),
    sa.Column('recognition_starts_on', sa.Date(), nullable=False),
    sa.Column('recognition_ends_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_cycles_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_cycles')),
    sa.UniqueConstraint('campaign_id', 'year', name='uq_campaign_cycles_campaign_year')
    )
    with op.batch_alter_table('campaign_cycles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_cycles_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('type', sa.String(length=60), nullable=False),
    sa.Column('resource_type', sa.String(length=40), nullable=False),
    sa.Column('resource_id', sa.String(length=64), nullable=False),
    sa.Column('unit_path', sa.String(length=1000), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('request_id', sa.String(length=128), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_events_actor_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_resource', ['resource_type', 'resource_id'], unique=False)

    op.create_table('idempotency_keys',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('path', sa.String(length=500), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=False),
    sa.Column('response_body', sa.Text(), nullable=False),
    sa.Column('response_headers', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_idempotency_keys_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idempotency_keys')),
    sa.UniqueConstraint('user_id', 'key', name='uq_idempotency_keys_user_key')
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_created_at'), ['created_at'], unique=False)

    op.create_table('registered_models',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('cycle_id', sa.Uuid(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('registrant_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('unit_path', sa.String(length=1000), nullable=False),
    sa.Column('registrant_kind', sa.String(length=20), nullable=False),
    sa.Column('individual_name', sa.String(length=200), nullable=True),
    sa.Column('individual_position', sa.String(length=200), nullable=True),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('field_code', sa.String(length=40), nullable=False),
    sa.Column('model_type', sa.String(length=20), nullable=False),
    sa.Column('situation', sa.Text(), nullable=False),
    sa.Column('objectives', sa.Text(), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('content_methods', sa.Text(), nullable=False),
    sa.Column('area_and_target_group', sa.Text(), nullable=False),
    sa.Column('implementing_forces', sa.Text(), nullable=False),
    sa.Column('core_members', sa.JSON(), nullable=False),
    sa.Column('resources', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('expected_outputs', sa.Text(), nullable=False),
    sa.Column('sustainability', sa.Text(), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('continues_from_id', sa.Uuid(), nullable=True),
    sa.Column('level_aimed', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('results', sa.JSON(), nullable=True),
    sa.Column('results_report', sa.Text(), nullable=True),
    sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_late', sa.Boolean(), nullable=False),
    sa.Column('authority_case', sa.Integer(), nullable=True),
    sa.Column('deciding_unit_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('created_by_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("level_aimed IN ('grassroots','district')", name=op.f('ck_registered_models_level_aimed')),
    sa.CheckConstraint("model_type IN ('comprehensive','field_specific')", name=op.f('ck_registered_models_model_type')),
    sa.CheckConstraint("registrant_kind IN ('collective','individual')", name=op.f('ck_registered_models_registrant_kind')),
    sa.CheckConstraint("state IN ('draft','registered','implementing','reported','surveyed','recognized','not_recognized','returned','withdrawn','nominated','exemplar')", name=op.f('ck_registered_models_state')),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_registered_models_date_order')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_registered_models_campaign_id_campaigns')),
    sa.ForeignKeyConstraint(['continues_from_id'], ['registered_models.id'], name=op.f('fk_registered_models_continues_from_id_registered_models')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_registered_models_created_by_id_users')),
    sa.ForeignKeyConstraint(['cycle_id'], ['campaign_cycles.id'], name=op.f('fk_registered_models_cycle_id_campaign_cycles')),
    sa.ForeignKeyConstraint(['deciding_unit_id'], ['units.id'], name=op.f('fk_registered_models_deciding_unit_id_units')),
    sa.ForeignKeyConstraint(['field_code'], ['fields.code'], name=op.f('fk_registered_models_field_code_fields')),
    sa.ForeignKeyConstraint(['registrant_unit_id'], ['units.id'], name=op.f('fk_registered_models_registrant_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registered_models')),
    sa.UniqueConstraint('code', name=op.f('uq_registered_models_code'))
    )
    with op.batch_alter_table('registered_models', schema=None) as batch_op:
        batch_op.create_index('ix_registered_models_authority_case', ['authority_case'], unique=False)
        batch_op.create_index(batch_op.f('ix_registered_models_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_registered_models_cycle_id'), ['cycle_id'], unique=False)
        batch_op.create_index('ix_registered_models_field_year', ['field_code', 'year'], unique=False)
        batch_op.create_index(batch_op.f('ix_registered_models_registrant_unit_id'), ['registrant_unit_id'], unique=False)
        batch_op.create_index('ix_registered_models_state', ['state'], unique=False)
        batch_op.create_index('ix_registered_models_unit_path', ['unit_path'], unique=False, postgresql_ops={'unit_path': 'text_pattern_ops'})
        batch_op.create_index('ix_registered_models_year_created', ['year', 'created_at'], unique=False)

    op.create_table('model_history',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('model_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=True),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('request_id', sa.String(length=128), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_model_history_actor_id_users')),
    sa.ForeignKeyConstraint(['model_id'], ['registered_models.id'], name=op.f('fk_model_history_model_id_registered_models')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_history'))
    )
    with op.batch_alter_table('model_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_model_history_model_id'), ['model_id'], unique=False)

    op.create_table('surveys',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('model_id', sa.Uuid(), nullable=False),
    sa.Column('surveyed_on', sa.Date(), nullable=False),
    sa.Column('officers', sa.JSON(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('total_score', sa.Float(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('recorded_by_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['registered_models.id'], name=op.f('fk_surveys_model_id_registered_models')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_surveys_recorded_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_surveys'))
    )
    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_surveys_model_id'), ['model_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_surveys_model_id'))

    op.drop_table('surveys')
    with op.batch_alter_table('model_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_model_history_model_id'))

    op.drop_table('model_history')
    with op.batch_alter_table('registered_models', schema=None) as batch_op:
        batch_op.drop_index('ix_registered_models_year_created')
        batch_op.drop_index('ix_registered_models_unit_path', postgresql_ops={'unit_path': 'text_pattern_ops'})
        batch_op.drop_index('ix_registered_models_state')
        batch_op.drop_index(batch_op.f('ix_registered_models_registrant_unit_id'))
        batch_op.drop_index('ix_registered_models_field_year')
        batch_op.drop_index(batch_op.f('ix_registered_models_cycle_id'))
        batch_op.drop_index(batch_op.f('ix_registered_models_campaign_id'))
        batch_op.drop_index('ix_registered_models_authority_case')

    op.drop_table('registered_models')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_created_at'))

    op.drop_table('idempotency_keys')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_resource')

    op.drop_table('events')
    with op.batch_alter_table('campaign_cycles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_cycles_campaign_id'))

    op.drop_table('campaign_cycles')
    op.drop_table('authority_overrides')
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaigns_owning_unit_id'))

    op.drop_table('campaigns')
    with op.batch_alter_table('authority_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authority_rules_profile_code'))

    op.drop_table('authority_rules')
    op.drop_table('sequences')
    op.drop_table('authority_profiles')

