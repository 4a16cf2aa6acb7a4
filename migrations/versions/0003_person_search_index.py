"""person search: a partial covering index over the names, NIK and household of the people in the village

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 16:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


LIVE_SQLITE = sa.text('deleted_at IS NULL AND in_village IS 1')
LIVE_PG = sa.text('deleted_at IS NULL AND in_village IS true')


def upgrade() -> None:
    op.create_index('ix_person_live_search', 'person', ['name', 'id', 'deleted_at', 'in_village', 'nik', 'household_id'],
                    unique=False, sqlite_where=LIVE_SQLITE, postgresql_where=LIVE_PG)


def downgrade() -> None:
    op.drop_index('ix_person_live_search', table_name='person')
