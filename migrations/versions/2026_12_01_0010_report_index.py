"""report index: a campaign's models of a year within a subtree, with their state and registrant unit

Every report (coverage, summary, the registration list) starts from "the campaign's models of the year
registered in this subtree". With (campaign_id, year, unit_path) and, on PostgreSQL, state and
registrant_unit_id included, the coverage report's seed (the registrant units of the models that count)
is an index-only range scan; before, a bitmap AND of the campaign and path indexes read every model of
the subtree from the table (`national` data, district P01-D01 with 10 000 models in a year: 66 → 5 ms
per statement). On SQLite a plain index of the three columns, which is what the ORM's declaration
compiles to there.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 00:30:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_registered_models_campaign_year_unit_path"


def upgrade() -> None:
    op.create_index(NAME, "registered_models", ["campaign_id", "year", "unit_path"],
                    postgresql_ops={"unit_path": "text_pattern_ops"},
                    postgresql_include=["state", "registrant_unit_id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="registered_models")
