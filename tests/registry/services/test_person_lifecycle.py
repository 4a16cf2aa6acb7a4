"""A person's rows over time, on the stored demo data of release 0003 upgraded to head: deleting an entry mistake
tombstones everything that hangs on the person (in every area, imported or not), and a person who moves keeps
their history (the NIK-in-two-villages rule of the registry package's docstring, village side)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desmig_desktop.app import load_all_models
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import Base
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, list_persons
from desmig_desktop.registry.services.village import init_village
from tests.conftest import TODAY

load_all_models()

STORED = Path(__file__).resolve().parents[2] / "data" / "schemas" / "schema_0003.sqlite"
# Parsiyem, a Salak member: 2 placements, 1 membership, 11 batches worked, 2 share lines, 3 trainings, 2 socialisations
WAGINAH = {"placement": 2, "group_member": 1, "batch_worker": 11, "profit_share_line": 2, "training_attendance": 3,
           "socialisation_attendance": 2}


@pytest.fixture
def kuripan(tmp_path):
    path = tmp_path / "kuripan.db"
    shutil.copyfile(STORED, path)
    ctx = ServiceContext.open(path, officer="Petugas Uji")  # upgraded to head, after a backup
    ctx.today_override = TODAY
    yield ctx
    ctx.close()


def person_named(ctx: ServiceContext, name: str) -> Person:
    with ctx.reader() as s:
        return s.scalars(select(Person).where(Person.name == name)).one()


def references_to_person() -> list[tuple[str, str]]:
    """Every (table, column) of every area with a foreign key to `person` (the pillars still to come included)."""
    return [(table.name, fk.parent.name) for table in Base.metadata.sorted_tables for fk in table.foreign_keys
            if fk.column.table.name == "person"]


def live_rows_of_deleted_people(ctx: ServiceContext) -> dict[str, int]:
    found = {}
    with ctx.engine.connect() as conn:
        for table, column in references_to_person():
            found[f"{table}.{column}"] = conn.exec_driver_sql(
                f"SELECT count(*) FROM {table} JOIN person ON person.id = {table}.{column}"
                f" WHERE person.deleted_at IS NOT NULL AND {table}.deleted_at IS NULL").scalar()
    return found


def live_counts(ctx: ServiceContext, person_id: str) -> dict[str, int]:
    with ctx.engine.connect() as conn:
        return {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {column} = ? AND deleted_at IS NULL",
                                            (person_id,)).scalar()
                for table, column in references_to_person()}


# ---- deleting an entry mistake ------------------------------------------------------------------------

def test_deleting_a_person_tombstones_everything_that_hangs_on_them(kuripan):
    ctx = kuripan
    assert {t for t, _c in references_to_person()} >= {"placement", "life_event", "group_member", "batch_worker",
                                                       "profit_share_line", "training_attendance",
                                                       "socialisation_attendance"}
    parsiyem = person_named(ctx, "Parsiyem").id
    registry.record_life_event(ctx, parsiyem, "pindah_datang", date(2010, 5, 1), "Pindah dari Kab. Temanggung")
    assert live_counts(ctx, parsiyem) == {**dict.fromkeys(live_counts(ctx, parsiyem), 0), **WAGINAH, "life_event": 1}
    with ctx.engine.connect() as conn:
        workers_before = conn.exec_driver_sql("SELECT count(*) FROM batch_worker WHERE deleted_at IS NULL").scalar()

    registry.delete_person(ctx, parsiyem)

    assert set(live_counts(ctx, parsiyem).values()) == {0}
    assert set(live_rows_of_deleted_people(ctx).values()) == {0}
    with ctx.engine.connect() as conn:  # nobody else's rows were touched
        assert conn.exec_driver_sql("SELECT count(*) FROM batch_worker WHERE deleted_at IS NULL").scalar() \
            == workers_before - WAGINAH["batch_worker"]
        # one tombstone moment for the person and all of it (one unit of work), each row's revision raised
        moments = conn.exec_driver_sql(
            "SELECT count(DISTINCT deleted_at), min(revision) FROM (SELECT deleted_at, revision FROM person WHERE id = ?"
            " UNION ALL SELECT deleted_at, revision FROM batch_worker WHERE person_id = ?"
            " UNION ALL SELECT deleted_at, revision FROM group_member WHERE person_id = ?)",
            (parsiyem, parsiyem, parsiyem)).one()
    assert moments == (1, 2)
    with ctx.reader() as s:
        deletes = dict(s.execute(select(AuditEntry.table_name, func.count()).where(AuditEntry.action == "delete")
                                 .group_by(AuditEntry.table_name)).all())
    assert deletes == {**WAGINAH, "life_event": 1, "person": 1}
    assert "Parsiyem" not in [r.name for r in list_persons(ctx, PersonQuery(text="Parsiyem", include_gone=True))]


def test_a_process_that_never_imported_an_areas_models_still_tombstones_its_rows(kuripan):
    """The GUI imports production's models only when a production screen opens: deleting a person before that
    must still reach their memberships, batch work and share lines (found in the database's own foreign keys)."""
    ctx = kuripan
    parsiyem = person_named(ctx, "Parsiyem").id
    code = ("import sys\n"
            "from desmig_desktop.core.context import ServiceContext\n"
            "from desmig_desktop.registry.services.people import delete_person\n"
            f"ctx = ServiceContext.open({str(ctx.engine.url.database)!r}, officer='Petugas Uji')\n"
            f"delete_person(ctx, {parsiyem!r})\n"
            "print(sorted(m for m in sys.modules if m.endswith('.models')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['desmig_desktop.registry.models']"

    assert set(live_counts(ctx, parsiyem).values()) == {0}
    assert set(live_rows_of_deleted_people(ctx).values()) == {0}
    with ctx.reader() as s:
        deletes = dict(s.execute(select(AuditEntry.table_name, func.count()).where(AuditEntry.action == "delete")
                                 .group_by(AuditEntry.table_name)).all())
        assert s.scalar(select(func.min(AuditEntry.village_id == ctx.village_id))) == 1
    assert deletes == {**WAGINAH, "person": 1}
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT DISTINCT revision FROM batch_worker WHERE person_id = ?",
                                    (parsiyem,)).all() == [(2,)]


# ---- a NIK in two villages: the village side ----------------------------------------------------------

def test_a_person_who_moved_out_leaves_the_lists_keeps_the_history_and_comes_back_on_the_same_row(kuripan):
    ctx = kuripan
    edi = person_named(ctx, "Edi Irawan")
    assert not edi.in_village and edi.deleted_at is None  # moved out in 2026 (pindah_keluar), not deleted
    assert [r.name for r in list_persons(ctx, PersonQuery(text="Edi Irawan"))] == []
    assert [r.name for r in list_persons(ctx, PersonQuery(text="Edi Irawan", include_gone=True))] == ["Edi Irawan"]
    kept = registry.get_person(ctx, edi.id)
    assert [e.kind for e in kept.life_events] == ["pindah_keluar"] and kept.household_id == edi.household_id

    again = registry.PersonInput(nik=edi.nik, name="Edi Irawan", sex="L", birth_date=edi.birth_date,
                                 relationship_to_head="anak", household_id=edi.household_id)
    with pytest.raises(ValidationError, match=f"NIK {edi.nik} sudah terdaftar atas nama Edi Irawan"):
        registry.register_person(ctx, again)  # one live row per NIK in a village

    registry.record_life_event(ctx, edi.id, "pindah_datang", date(2026, 11, 2), "Kembali dari Kab. Bekasi")
    back = registry.get_person(ctx, edi.id)
    assert back.in_village and [e.kind for e in back.life_events] == ["pindah_keluar", "pindah_datang"]
    assert [r.id for r in list_persons(ctx, PersonQuery(text="Edi Irawan"))] == [edi.id]
    assert person_named(ctx, "Edi Irawan").revision == edi.revision + 1
    with ctx.reader() as s:
        assert s.scalar(select(func.count()).where(Person.nik == edi.nik)) == 1


def test_the_same_nik_is_live_in_both_villages_rows_at_the_district_but_twice_in_one_village_never(kuripan, tmp_path):
    edi = person_named(kuripan, "Edi Irawan")
    bekasi = ServiceContext.open(tmp_path / "bekasi.db", officer="Petugas Bekasi")
    bekasi.today_override = TODAY
    init_village(bekasi, "3216062005", "Sukadami")
    moved = registry.register_person(bekasi, registry.PersonInput(nik=edi.nik, name="Edi Irawan", sex="L",
                                                                  birth_date=edi.birth_date)).id
    registry.record_life_event(bekasi, moved, "pindah_datang", date(2026, 4, 20), "Pindah dari Kab. Wonosobo")
    bekasi.close()
    kuripan.close()

    # the district's merged database: both villages' rows side by side (the same schema, the same unique keys)
    con = sqlite3.connect(kuripan.engine.url.database)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("ATTACH DATABASE ? AS bekasi", (str(tmp_path / "bekasi.db"),))
    for table in ("village", "person"):
        columns = ", ".join(row[1] for row in con.execute(f"PRAGMA table_info({table})"))
        con.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM bekasi.{table}")
    rows = con.execute("SELECT v.name, p.in_village FROM person p JOIN village v ON v.id = p.village_id"
                       " WHERE p.nik = ? AND p.deleted_at IS NULL ORDER BY v.name", (edi.nik,)).fetchall()
    assert rows == [("Kuripan", 0), ("Sukadami", 1)]  # live in both, on the active list of one
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed: person.nik, person.village_id"):
        con.execute("INSERT INTO person (id, village_id, nik, name, sex, birth_place, birth_date, relationship_to_head,"
                    " occupation, phone, status, in_village, created_at, updated_at, revision)"
                    " SELECT 'second-row', village_id, nik, name, sex, birth_place, birth_date, relationship_to_head,"
                    " occupation, phone, status, in_village, created_at, updated_at, 1 FROM person WHERE id = ?",
                    (edi.id,))
    con.close()
