"""What every row carries for the district merge: the village, aware UTC timestamps, a revision, and an audit
trail written in one statement per flush; partial indexes without the PostgreSQL dialect at import."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError, StatementError

from desmig_desktop.activities.models import TrainingAttendance
from desmig_desktop.activities.services.trainings import TrainingInput, create_training, set_attendance
from desmig_desktop.app import load_all_models
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import Base, Tracked
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.production.services.groups import GroupInput, create_group
from desmig_desktop.registry.models import Dusun, Person, Village
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.village import init_village
from tests.conftest import demo_copy, person_input

load_all_models()


def tracked_models() -> list[type]:
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Tracked)]


def statements(engine):  # type: ignore[no-untyped-def]
    """The SQL statements the engine runs while the returned list is alive (with their executemany flag)."""
    seen: list[tuple[str, bool]] = []

    def count(_conn, _cursor, statement, _params, _context, executemany):  # type: ignore[no-untyped-def]
        seen.append((statement, executemany))

    event.listen(engine, "before_cursor_execute", count)
    return seen


# ---- the village of every row ------------------------------------------------------------------------

def test_a_new_file_learns_its_village_from_the_unit_of_work_that_creates_it(db_path):
    ctx = ServiceContext.open(db_path, officer="Siti Petugas")
    assert ctx.village_id is None  # a new, empty file
    with pytest.raises(ValidationError, match="Desa belum dibuat"):  # nothing can be written before the village
        create_group(ctx, GroupInput("Kelompok Salak"))
    village = init_village(ctx, "3307092001", "Kuripan", dusuns=["Kuripan", "Sigaluh"])
    assert ctx.village_id == village.id
    group = create_group(ctx, GroupInput("Kelompok Salak")).id
    with ctx.reader() as s:
        row = s.get(Village, village.id)
        assert row.village_id == row.id  # the village row points at itself
        assert {d.village_id for d in s.scalars(select(Dusun))} == {village.id}
        assert s.scalars(select(AuditEntry.village_id).where(AuditEntry.record_id == group)).all() == [village.id]
    ctx.close()
    again = ServiceContext.open(db_path)
    assert again.village_id == village.id  # read when the file opens
    again.close()


def test_the_demo_creates_its_village_and_every_row_in_one_unit_of_work_with_one_audit_insert_per_flush(
        tmp_path, demo_build):
    # the session's demo build (conftest `demo_build`) counted the audit INSERTs after each flush as it ran
    after_each_flush = demo_build.audit_inserts_after_each_flush
    per_flush = [b - a for a, b in zip([0, *after_each_flush], after_each_flush)]
    assert set(per_flush) == {0, 1}  # at most one audit INSERT per flush, whatever the number of rows
    assert demo_build.audit_executemany > 0  # executemany batches

    ctx = ServiceContext.open(demo_copy(demo_build.path, tmp_path / "demo.db"), officer="Petugas Demo")
    with ctx.reader() as s:
        village = s.scalars(select(Village)).one()
        assert demo_build.village_id == village.id  # the building context learned its village
        created = 0
        for model in tracked_models():
            rows = s.scalars(select(model)).all()
            assert all(r.village_id == village.id for r in rows), model.__tablename__
            created += len(rows)
        entries = s.scalars(select(AuditEntry)).all()
    assert len([e for e in entries if e.action == "create"]) == created  # one `create` entry per row
    # the only later changes: a demo loan's closed_on, set when its last instalment is paid; the service centre's
    # demo gives a few placements of the register a later contact (closing their lost-contact stretch), a route
    # or a calon who gives up (service_centre/demo_register.py)
    assert {(e.table_name, e.action) for e in entries if e.action != "create"} <= {
        ("loan", "update"), ("placement", "update"), ("placement_contact_loss", "update")}
    assert {e.village_id for e in entries} == {village.id}
    assert all(uuid.UUID(e.id).version == 4 and e.at.tzinfo is timezone.utc for e in entries)
    ctx.close()


def test_a_unit_of_work_writes_its_audit_entries_in_one_insert(ctx, village):
    seen = statements(ctx.engine)
    with ctx.unit_of_work() as s:
        household = registry.create_household_in(s, ctx, registry.HouseholdInput("3307091201150003",
                                                                                  village.dusuns[0].id, 1, 2))
        for serial, name in enumerate(["Slamet", "Sularmi", "Dwi"], start=1):
            registry.register_person_in(s, ctx, person_input(name, "L", date(1980, 1, serial), serial, household.id))
    inserts = [(sql, many) for sql, many in seen if sql.startswith("INSERT INTO audit_log")]
    assert inserts == [(inserts[0][0], True)]
    with ctx.reader() as s:
        assert sorted(s.scalars(select(AuditEntry.table_name).where(AuditEntry.action == "create")).all()) \
            .count("person") == 3


def test_the_audit_trail_keeps_old_and_new_values_of_updates_and_tombstones(ctx, people):
    slamet = people.ids["Slamet Riyadi"]
    registry.update_person(ctx, slamet, person_input("Slamet R.", "L", date(1980, 5, 1), 1, people.households[0]))
    registry.delete_person(ctx, people.ids["Ani Rahayu"])
    with ctx.reader() as s:
        updates = s.scalars(select(AuditEntry).where(AuditEntry.record_id == slamet, AuditEntry.action == "update")).all()
        deletes = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()
    assert [json.loads(e.changes)["name"] for e in updates] == [["Slamet Riyadi", "Slamet R."]]
    assert {e.table_name for e in deletes} == {"person", "placement"}  # Ani and her calon placement
    assert all(json.loads(e.changes)["deleted_at"][0] is None for e in deletes)


# ---- timestamps ---------------------------------------------------------------------------------------

def test_timestamps_read_back_as_aware_utc_and_are_stored_as_utc(ctx, people):
    slamet = people.ids["Slamet Riyadi"]
    with ctx.reader() as s:
        person = s.get(Person, slamet)
        assert person.created_at.tzinfo is timezone.utc and person.updated_at.tzinfo is timezone.utc
    wib = timezone(timedelta(hours=7))
    with ctx.unit_of_work() as s:
        s.get(Person, slamet).deleted_at = datetime(2026, 11, 23, 9, 30, tzinfo=wib)  # 09:30 WIB
    with ctx.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT deleted_at FROM person WHERE id = ?", (slamet,)).scalar()
    assert stored == "2026-11-23 02:30:00.000000"  # naive UTC text, as every release has written it
    with ctx.reader() as s:
        assert s.get(Person, slamet).deleted_at == datetime(2026, 11, 23, 2, 30, tzinfo=timezone.utc)


def test_a_naive_timestamp_is_refused(ctx, people):
    with pytest.raises(StatementError, match="naive datetime"):
        with ctx.unit_of_work() as s:
            s.get(Person, people.ids["Slamet Riyadi"]).deleted_at = datetime(2026, 11, 23, 9, 30)
    assert registry.get_person(ctx, people.ids["Slamet Riyadi"]).name == "Slamet Riyadi"  # nothing written


# ---- revision -----------------------------------------------------------------------------------------

def test_every_update_through_a_use_case_raises_the_revision(ctx, people):
    slamet, household = people.ids["Slamet Riyadi"], people.households[0]

    def revision() -> int:
        with ctx.reader() as s:
            return s.get(Person, slamet).revision

    start = revision()
    assert start == 2  # registered (1), then `keluarga` when his wife's placement was added
    registry.update_person(ctx, slamet, person_input("Slamet R.", "L", date(1980, 5, 1), 1, household))
    assert revision() == start + 1
    registry.update_person(ctx, slamet, person_input("Slamet R.", "L", date(1980, 5, 1), 1, household))
    assert revision() == start + 1  # saving the same values changes nothing
    registry.record_life_event(ctx, slamet, "pindah_keluar", date(2026, 10, 1))  # in_village: a derived change
    assert revision() == start + 2
    registry.delete_person(ctx, slamet)
    assert revision() == start + 3


# ---- unique links among live rows -----------------------------------------------------------------------

def test_a_link_is_unique_among_live_rows_and_can_be_made_again_after_its_tombstone(ctx, people):
    ani = people.ids["Ani Rahayu"]
    training = create_training(ctx, TrainingInput("Pelatihan olahan salak", "pengolahan_pangan", "blk", start_on=date(2026, 3, 2),
                                                   attendee_ids=(ani,))).id
    set_attendance(ctx, training, ())
    set_attendance(ctx, training, (ani,))  # again: a new live row beside the tombstoned one
    with ctx.reader() as s:
        rows = s.scalars(select(TrainingAttendance).where(TrainingAttendance.person_id == ani)).all()
    assert sorted(r.deleted_at is None for r in rows) == [False, True]
    with pytest.raises(IntegrityError, match="UNIQUE"):
        with ctx.unit_of_work() as s:
            s.add(TrainingAttendance(training_id=training, person_id=ani))


# ---- partial indexes and the PostgreSQL dialect --------------------------------------------------------

def test_importing_the_models_does_not_import_the_postgresql_dialect():
    code = ("import sys; import desmig_desktop.app as a; a.load_all_models(); "
            "print(sorted(m for m in sys.modules if 'dialects.postgresql' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_postgresql_ddl_keeps_the_partial_where_of_every_partial_index():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateIndex

    ddl = {ix.name: str(CreateIndex(ix).compile(dialect=postgresql.dialect()))
           for table in Base.metadata.sorted_tables for ix in table.indexes}
    partial = {ix.name: str(ix.dialect_options["sqlite"]["where"]) for table in Base.metadata.sorted_tables
               for ix in table.indexes if ix.dialect_options["sqlite"]["where"] is not None}
    assert {"ix_person_live_birth", "uq_person_nik", "uq_training_attendance_live", "ix_journal_entry_book_date"} \
        <= {name for name, where in partial.items() if where == "deleted_at IS NULL"}
    for name, where in partial.items():  # every area's partial index keeps a WHERE on PostgreSQL
        assert " WHERE " in ddl[name], name
    assert ddl["uq_person_nik"] == "CREATE UNIQUE INDEX uq_person_nik ON person (nik, village_id) WHERE deleted_at IS NULL"
    assert ddl["ix_person_live_search"].endswith("WHERE deleted_at IS NULL AND in_village IS true")
    for name in ("ix_person_live_country", "ix_person_live_departed"):
        assert ddl[name].endswith("WHERE deleted_at IS NULL AND current_country IS NOT NULL")
    assert "WHERE" not in ddl["ix_person_name"]
