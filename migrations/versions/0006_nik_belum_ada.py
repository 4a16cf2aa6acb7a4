"""nik belum ada: a person may be registered before their NIK is known (a newborn, a KTP not at hand)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:45:00

- person.nik becomes nullable: NULL is "NIK belum ada", marked explicitly by the officer, never invented. The
  partial unique index on live rows stays as it is (a unique index treats NULLs as distinct, on SQLite and on
  PostgreSQL), so it still holds one live row per NIK for the people who have one.

SQLite cannot change a column's nullability in place: the table is rebuilt (alembic's batch mode); its partial
indexes are dropped before and made again after, spelled as 0004 made them. Downgrade refuses while a live or
tombstoned person has no NIK (there is no NIK to put back); otherwise it makes the column NOT NULL again.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
LIVE_IN_VILLAGE_SQLITE = "deleted_at IS NULL AND in_village IS 1"
LIVE_IN_VILLAGE_PG = "deleted_at IS NULL AND in_village IS true"
PARTIAL = [
    ("uq_person_nik", ["nik", "village_id"], True, LIVE, LIVE),
    ("ix_person_live_search", ["name", "id", "deleted_at", "in_village", "nik", "household_id"], False,
     LIVE_IN_VILLAGE_SQLITE, LIVE_IN_VILLAGE_PG),
]


def _set_nullable(nullable: bool) -> None:
    for name, *_rest in PARTIAL:
        op.drop_index(name, table_name="person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.alter_column("nik", existing_type=sa.String(length=16), nullable=nullable)
    for name, columns, unique, sqlite_where, pg_where in PARTIAL:
        op.create_index(name, "person", columns, unique=unique, sqlite_where=sa.text(sqlite_where),
                        postgresql_where=sa.text(pg_where))


def upgrade() -> None:
    _set_nullable(True)


def downgrade() -> None:
    missing = op.get_bind().execute(sa.text("SELECT count(*) FROM person WHERE nik IS NULL")).scalar()
    if missing:
        raise RuntimeError(f"revision 0006 down: {missing} people have no NIK yet (NIK belum ada); "
                           "fill their NIK before going back to 0005")
    _set_nullable(False)
