"""service centre: Pusat Layanan Migrasi (issue 11)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 07:18:27

The guest book (sc_visit), AK-1 applications and their six-monthly reports (sc_ak1, sc_ak1_report), the file of
a calon placement (sc_preparation), checklist items of both (sc_document) and their scans (sc_scan), vacancies
(sc_vacancy), complaints and their action log (sc_complaint, sc_complaint_action). New tables only; downgrade
drops them (and with them the service centre's records).
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sc_vacancy',
    sa.Column('scope', sa.String(length=12), nullable=False),
    sa.Column('country', sa.String(length=60), server_default='', nullable=False),
    sa.Column('position', sa.String(length=150), nullable=False),
    sa.Column('employer', sa.String(length=150), server_default='', nullable=False),
    sa.Column('requirements', sa.Text(), server_default='', nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('age_min', sa.Integer(), nullable=True),
    sa.Column('age_max', sa.Integer(), nullable=True),
    sa.Column('education_min', sa.String(length=20), nullable=True),
    sa.Column('source', sa.String(length=200), server_default='', nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_vacancy_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_vacancy'))
    )
    op.create_table('sc_ak1',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('complete_on', sa.Date(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('card_number', sa.String(length=40), server_default='', nullable=False),
    sa.Column('rejected_on', sa.Date(), nullable=True),
    sa.Column('reject_reason', sa.String(length=300), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_sc_ak1_person_id_person')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_ak1_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_ak1'))
    )
    with op.batch_alter_table('sc_ak1', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_ak1_person_id'), ['person_id'], unique=False)

    op.create_table('sc_visit',
    sa.Column('visited_at', sa.DateTime(), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('outsider_name', sa.String(length=100), server_default='', nullable=False),
    sa.Column('outsider_id_number', sa.String(length=30), server_default='', nullable=False),
    sa.Column('outsider_village', sa.String(length=100), server_default='', nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('served_by', sa.String(length=100), server_default='', nullable=False),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_sc_visit_person_id_person')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_visit_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_visit'))
    )
    with op.batch_alter_table('sc_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_visit_person_id'), ['person_id'], unique=False)

    op.create_table('sc_ak1_report',
    sa.Column('ak1_id', sa.String(length=36), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ak1_id'], ['sc_ak1.id'], name=op.f('fk_sc_ak1_report_ak1_id_sc_ak1')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_ak1_report_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_ak1_report'))
    )
    with op.batch_alter_table('sc_ak1_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_ak1_report_ak1_id'), ['ak1_id'], unique=False)

    op.create_table('sc_complaint',
    sa.Column('reporter_id', sa.String(length=36), nullable=True),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('placement_id', sa.String(length=36), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('followed_on', sa.Date(), nullable=True),
    sa.Column('referred_on', sa.Date(), nullable=True),
    sa.Column('referred_to', sa.String(length=12), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_sc_complaint_person_id_person')),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_sc_complaint_placement_id_placement')),
    sa.ForeignKeyConstraint(['reporter_id'], ['person.id'], name=op.f('fk_sc_complaint_reporter_id_person')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_complaint_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_complaint'))
    )
    with op.batch_alter_table('sc_complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_complaint_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sc_complaint_placement_id'), ['placement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sc_complaint_reporter_id'), ['reporter_id'], unique=False)

    op.create_table('sc_document',
    sa.Column('ak1_id', sa.String(length=36), nullable=True),
    sa.Column('placement_id', sa.String(length=36), nullable=True),
    sa.Column('item', sa.String(length=30), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ak1_id'], ['sc_ak1.id'], name=op.f('fk_sc_document_ak1_id_sc_ak1')),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_sc_document_placement_id_placement')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_document_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_document'))
    )
    with op.batch_alter_table('sc_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_document_ak1_id'), ['ak1_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sc_document_placement_id'), ['placement_id'], unique=False)
        batch_op.create_index('uq_sc_document_ak1_item', ['ak1_id', 'item'], unique=True, sqlite_where=sa.text('deleted_at IS NULL AND ak1_id IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND ak1_id IS NOT NULL'))
        batch_op.create_index('uq_sc_document_placement_item', ['placement_id', 'item'], unique=True, sqlite_where=sa.text('deleted_at IS NULL AND placement_id IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NULL AND placement_id IS NOT NULL'))

    op.create_table('sc_preparation',
    sa.Column('placement_id', sa.String(length=36), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_sc_preparation_placement_id_placement')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_preparation_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_preparation'))
    )
    with op.batch_alter_table('sc_preparation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_preparation_placement_id'), ['placement_id'], unique=False)
        batch_op.create_index('uq_sc_preparation_live', ['placement_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('sc_complaint_action',
    sa.Column('complaint_id', sa.String(length=36), nullable=False),
    sa.Column('acted_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['complaint_id'], ['sc_complaint.id'], name=op.f('fk_sc_complaint_action_complaint_id_sc_complaint')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_complaint_action_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_complaint_action')),
    info={'private': True}
    )
    with op.batch_alter_table('sc_complaint_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_complaint_action_complaint_id'), ['complaint_id'], unique=False)

    op.create_table('sc_scan',
    sa.Column('document_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('suffix', sa.String(length=10), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('village_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['sc_document.id'], name=op.f('fk_sc_scan_document_id_sc_document')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_sc_scan_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sc_scan')),
    info={'private': True}
    )
    with op.batch_alter_table('sc_scan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sc_scan_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sc_scan_sha256'), ['sha256'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sc_scan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_scan_sha256'))
        batch_op.drop_index(batch_op.f('ix_sc_scan_document_id'))

    op.drop_table('sc_scan')
    with op.batch_alter_table('sc_complaint_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_complaint_action_complaint_id'))

    op.drop_table('sc_complaint_action')
    with op.batch_alter_table('sc_preparation', schema=None) as batch_op:
        batch_op.drop_index('uq_sc_preparation_live', sqlite_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_sc_preparation_placement_id'))

    op.drop_table('sc_preparation')
    with op.batch_alter_table('sc_document', schema=None) as batch_op:
        batch_op.drop_index('uq_sc_document_placement_item', sqlite_where=sa.text('deleted_at IS NULL AND placement_id IS NOT NULL'))
        batch_op.drop_index('uq_sc_document_ak1_item', sqlite_where=sa.text('deleted_at IS NULL AND ak1_id IS NOT NULL'))
        batch_op.drop_index(batch_op.f('ix_sc_document_placement_id'))
        batch_op.drop_index(batch_op.f('ix_sc_document_ak1_id'))

    op.drop_table('sc_document')
    with op.batch_alter_table('sc_complaint', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_complaint_reporter_id'))
        batch_op.drop_index(batch_op.f('ix_sc_complaint_placement_id'))
        batch_op.drop_index(batch_op.f('ix_sc_complaint_person_id'))

    op.drop_table('sc_complaint')
    with op.batch_alter_table('sc_ak1_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_ak1_report_ak1_id'))

    op.drop_table('sc_ak1_report')
    with op.batch_alter_table('sc_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_visit_person_id'))

    op.drop_table('sc_visit')
    with op.batch_alter_table('sc_ak1', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sc_ak1_person_id'))

    op.drop_table('sc_ak1')
    op.drop_table('sc_vacancy')
