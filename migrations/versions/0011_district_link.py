"""district link: the district's public key and e-mail on the village, and the packages sent to it

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 04:30:00

Issue 10: a village encrypts its packages to the district's (Disnaker's) public key `village.district_key` and
records each package written in `sent_package` (its sequence in the village's chain, the recap period, the
file's name and SHA-256). Downgrade drops them.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('village', sa.Column('district_key', sa.Text(), nullable=True))
    op.add_column('village', sa.Column('district_email', sa.String(length=200), server_default='',
                                       nullable=False))
    op.create_table('sent_package',
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sent_package_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sent_package'))
    )


def downgrade() -> None:
    op.drop_table('sent_package')
    for column in ('district_email', 'district_key'):
        if op.get_bind().dialect.name == 'sqlite':  # SQLite >= 3.35 drops a column in place (no rebuild)
            op.execute(f'ALTER TABLE village DROP COLUMN {column}')
        else:
            op.drop_column('village', column)
