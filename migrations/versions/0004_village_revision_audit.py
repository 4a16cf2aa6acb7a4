"""a schema the district can merge: village id and revision on every row, UUID audit trail, live-only unique links

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 09:00:00

- `village_id` (NOT NULL, foreign key to village) on every tracked table, the village row pointing at itself;
  existing rows get the file's village (dusun had it already).
- `revision` (NOT NULL) on every tracked table, 1 for existing rows.
- audit_log: UUID ids (the old integer ids are replaced, the order of the rows is kept) and a village id.
- The unique keys on NIK and No. KK hold per village (the same NIK may be live in two villages' rows at the
  district: a person who moved).
- The link tables get a unique key among live rows, and uq_rt_unit_place ignores tombstoned rows. Live
  duplicate links already stored (none in the released demo data) are tombstoned, the earliest one kept.
Timestamps keep their storage (naive UTC text on SQLite); the models read them as aware UTC.

The table list is written out here: a migration must not change when the models do. On SQLite, adding NOT NULL
and a foreign key rebuilds each table (alembic batch mode); engine.upgrade runs migrations with foreign keys off
and checks them afterwards. The partial indexes of a rebuilt table are dropped first and made again after.
"""

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TRACKED = (
    "village", "dusun", "rt_unit", "household", "person", "placement", "life_event",
    "production_group", "group_member", "aid", "aid_item", "product", "production_batch", "batch_worker", "sale",
    "group_cost", "profit_share", "profit_share_line",
    "training", "training_group", "training_attendance", "promo_event", "promo_event_group", "socialisation",
    "socialisation_attendance",
)
LINKS = {
    "training_group": ("training_id", "group_id"),
    "training_attendance": ("training_id", "person_id"),
    "batch_worker": ("batch_id", "person_id"),
    "promo_event_group": ("event_id", "group_id"),
    "socialisation_attendance": ("socialisation_id", "person_id"),
}
LIVE = "deleted_at IS NULL"
LIVE_IN_VILLAGE_SQLITE = "deleted_at IS NULL AND in_village IS 1"
LIVE_IN_VILLAGE_PG = "deleted_at IS NULL AND in_village IS true"
# Partial indexes of the tables this revision rebuilds, before (0003) and after (0004): (name, columns, unique,
# SQLite predicate, PostgreSQL predicate). The unique keys on NIK and No. KK become per village, so the district's
# merged database can hold a person who moved in the rows of both villages.
SEARCH = ("ix_person_live_search", ["name", "id", "deleted_at", "in_village", "nik", "household_id"], False,
          LIVE_IN_VILLAGE_SQLITE, LIVE_IN_VILLAGE_PG)
PARTIAL_0003 = {
    "household": [("uq_household_no_kk", ["no_kk"], True, LIVE, LIVE)],
    "person": [("uq_person_nik", ["nik"], True, LIVE, LIVE), SEARCH],
}
PARTIAL_0004 = {
    "household": [("uq_household_no_kk", ["no_kk", "village_id"], True, LIVE, LIVE)],
    "person": [("uq_person_nik", ["nik", "village_id"], True, LIVE, LIVE), SEARCH],
}
CHUNK = 20_000


def _now(bind) -> datetime:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    return now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now  # SQLite keeps naive UTC text


def _drop_partial(table: str, partial: dict) -> None:  # type: ignore[type-arg]
    for name, *_rest in partial.get(table, ()):
        op.drop_index(name, table_name=table)


def _create_partial(table: str, partial: dict) -> None:  # type: ignore[type-arg]
    for name, columns, unique, sqlite_where, pg_where in partial.get(table, ()):
        op.create_index(name, table, columns, unique=unique, sqlite_where=sa.text(sqlite_where),
                        postgresql_where=sa.text(pg_where))


def _file_village(bind) -> str | None:  # type: ignore[no-untyped-def]
    village = bind.execute(sa.text("SELECT id FROM village ORDER BY deleted_at IS NOT NULL, created_at LIMIT 1")).scalar()
    if village is None:
        orphans = [t for t in (*TRACKED[1:], "audit_log")
                   if bind.execute(sa.text(f"SELECT 1 FROM {t} LIMIT 1")).first() is not None]
        if orphans:
            raise RuntimeError(f"revision 0004: rows in {', '.join(orphans)} but no village row to give them")
    return village


def _tombstone_duplicate_links(bind) -> None:  # type: ignore[no-untyped-def]
    """Keep the earliest live row of each pair; tombstone the others (a unique key among live rows follows)."""
    now = _now(bind)
    for table, (left, right) in LINKS.items():
        extra = [row[0] for row in bind.execute(sa.text(
            f"SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY {left}, {right} ORDER BY created_at, id) AS n"
            f" FROM {table} WHERE deleted_at IS NULL) AS ranked WHERE n > 1"))]
        for start in range(0, len(extra), CHUNK):
            bind.execute(sa.text(f"UPDATE {table} SET deleted_at = :now, updated_at = :now, revision = revision + 1"
                                 f" WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
                         {"now": now, "ids": extra[start:start + CHUNK]})


def upgrade() -> None:
    bind = op.get_bind()
    village = _file_village(bind)
    for table in TRACKED:
        if table != "dusun":
            op.add_column(table, sa.Column("village_id", sa.String(length=36), nullable=True))
        op.add_column(table, sa.Column("revision", sa.Integer(), nullable=True))
        fill = "id" if table == "village" else ":village"
        op.execute(sa.text(f"UPDATE {table} SET village_id = {fill}, revision = 1").bindparams(
            **({} if table == "village" else {"village": village})))
    _tombstone_duplicate_links(bind)
    op.drop_index("uq_rt_unit_place", table_name="rt_unit")
    for table in TRACKED:
        _drop_partial(table, PARTIAL_0003)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("revision", existing_type=sa.Integer(), nullable=False)
            if table != "dusun":
                batch_op.alter_column("village_id", existing_type=sa.String(length=36), nullable=False)
                batch_op.create_foreign_key(batch_op.f(f"fk_{table}_village_id_village"), "village", ["village_id"], ["id"])
        _create_partial(table, PARTIAL_0004)
    op.create_index("uq_rt_unit_place", "rt_unit", ["dusun_id", "rw", "rt"], unique=True,
                    sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))
    for table, columns in LINKS.items():
        op.create_index(f"uq_{table}_live", table, list(columns), unique=True,
                        sqlite_where=sa.text(LIVE), postgresql_where=sa.text(LIVE))
    _audit_to_uuid(bind, village)


def _audit_columns(id_column: sa.Column, *more: sa.Column) -> list:  # type: ignore[type-arg]
    return [
        id_column, *more,
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    ]


def _rebuild_audit(bind, columns: list, select_id: str, order: str) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Swap audit_log for a table of `columns`, copying the rows (in `order`, their new rowid order on SQLite).

    By hand, not in batch mode: a batch cannot move the primary key to a renamed column (it drops it)."""
    names = "at, officer, action, table_name, record_id, changes"
    op.execute(f"CREATE TABLE audit_log_copy AS SELECT {select_id}, {names} FROM audit_log ORDER BY {order}")
    op.drop_index(op.f("ix_audit_log_record_id"), table_name="audit_log")
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_table("audit_log")
    op.create_table("audit_log", *columns)
    kept = ", ".join(c.name for c in columns if isinstance(c, sa.Column))
    rowid = " ORDER BY rowid" if bind.dialect.name == "sqlite" else ""
    op.execute(f"INSERT INTO audit_log ({kept}) SELECT {kept} FROM audit_log_copy{rowid}")
    op.drop_table("audit_log_copy")
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index(op.f("ix_audit_log_record_id"), "audit_log", ["record_id"], unique=False)


def _audit_to_uuid(bind, village: str | None) -> None:  # type: ignore[no-untyped-def]
    op.add_column("audit_log", sa.Column("uid", sa.String(length=36), nullable=True))
    op.add_column("audit_log", sa.Column("village_id", sa.String(length=36), nullable=True))
    op.execute(sa.text("UPDATE audit_log SET village_id = :village").bindparams(village=village))
    old_ids = [row[0] for row in bind.execute(sa.text("SELECT id FROM audit_log ORDER BY id"))]
    for start in range(0, len(old_ids), CHUNK):
        bind.execute(sa.text("UPDATE audit_log SET uid = :uid WHERE id = :old"),
                     [{"uid": str(uuid.uuid4()), "old": old} for old in old_ids[start:start + CHUNK]])
    columns = _audit_columns(sa.Column("id", sa.String(length=36), nullable=False),
                             sa.Column("village_id", sa.String(length=36), nullable=False))
    _rebuild_audit(bind, columns, "uid AS id, village_id", "audit_log.id")  # the old id, not the alias


def downgrade() -> None:
    bind = op.get_bind()
    _audit_to_integer(bind)
    for table in LINKS:
        op.drop_index(f"uq_{table}_live", table_name=table)
    op.drop_index("uq_rt_unit_place", table_name="rt_unit")
    # 0003 allows one row per place, tombstoned or not: keep the live one (else the latest) of each place
    op.execute(sa.text(
        "DELETE FROM rt_unit WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY dusun_id, rw, rt"
        " ORDER BY deleted_at IS NOT NULL, updated_at DESC, id) AS n FROM rt_unit) AS ranked WHERE n > 1)"))
    for table in TRACKED:
        _drop_partial(table, PARTIAL_0004)
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table != "dusun":
                batch_op.drop_constraint(batch_op.f(f"fk_{table}_village_id_village"), type_="foreignkey")
                batch_op.drop_column("village_id")
            batch_op.drop_column("revision")
        _create_partial(table, PARTIAL_0003)
    with op.batch_alter_table("rt_unit", schema=None) as batch_op:
        batch_op.create_index("uq_rt_unit_place", ["dusun_id", "rw", "rt"], unique=True)


def _audit_to_integer(bind) -> None:  # type: ignore[no-untyped-def]
    op.add_column("audit_log", sa.Column("seq", sa.Integer(), nullable=True))
    order = "at, rowid" if bind.dialect.name == "sqlite" else "at, id"  # rowid: the order rows were written in
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM audit_log ORDER BY {order}"))]
    for start in range(0, len(ids), CHUNK):
        bind.execute(sa.text("UPDATE audit_log SET seq = :seq WHERE id = :id"),
                     [{"seq": start + n + 1, "id": i} for n, i in enumerate(ids[start:start + CHUNK])])
    columns = _audit_columns(sa.Column("id", sa.Integer(), autoincrement=True, nullable=False))
    _rebuild_audit(bind, columns, "seq AS id", "seq")
