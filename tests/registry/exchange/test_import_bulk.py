"""The register import at scale: a constant number of SQL statements, what every written row gets (the same as
through the one-at-a-time use cases, audit entry included), and all or nothing — also against `kill -9`."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.exchange.persons_import import import_persons
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput, PlacementInput
from desmig_desktop.registry.services.search import PersonQuery, count_persons
from desmig_desktop.registry.services.village import get_village

TABLES = ("household", "person", "placement", "audit_log")


def family_rows(files, families: int, first_family: int = 0) -> list[list[object]]:
    """Families of four (a head, a wife working in Hong Kong, two children): unique No KK and NIK per family
    number; every other family lives in Sigaluh RW 2 / RT 3, an RT the village does not list yet."""
    rows: list[list[object]] = []
    for f in range(first_family, first_family + families):
        kk = f"330709{f % 28 + 1:02d}0115{f // 28 + 1:04d}"  # issued on day 1..28 of January 2015; serials from 0001
        place = ("Kuripan", 1, 1 + f % 2) if f % 2 else ("Sigaluh", 2, 3)
        serial = f % 9000 + 1  # a NIK is kecamatan + birth date + serial: unique per family for each role
        rows += [
            files.person(f"Kepala {f}", "L", date(1980, 5, 1), serial, kk, "Kepala Keluarga", *place, phone="081227345611"),
            files.person(f"Istri {f}", "P", date(1985, 2, 14), serial, kk, "Istri", *place, stage="aktif",
                         country="Hong Kong", sector="informal", job="Penata Laksana Rumah Tangga", route="prosedural",
                         departed=date(2024, 3, 1)),
            files.person(f"Anak {f}", "P", date(2010, 7, 9), serial, kk, "Anak", *place),
            files.person(f"Bungsu {f}", "L", date(2012, 9, 3), serial, kk, "Anak", *place),
        ]
    return rows


def statements_of(ctx, path: Path) -> list[str]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _executemany):  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()[:3]))

    event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        result = import_persons(ctx, path)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", count)
    assert result.written and result.errors == (), result.errors
    return seen


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)  # a plain connection: it also recovers the file after a killed writer
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # noqa: S608
    finally:
        con.close()


def test_the_number_of_statements_does_not_grow_with_the_rows(tmp_path, files):
    by_size = {}
    for families in (12, 125):  # 48 and 500 rows, each into a fresh village
        ctx = ServiceContext.open(tmp_path / f"desa-{families}.db", officer="Siti Petugas")
        registry_village(ctx)
        by_size[families] = statements_of(ctx, files.csv(family_rows(files, families), name=f"{families}.csv"))
        assert count_persons(ctx, PersonQuery()) == 4 * families
        ctx.close()
    assert by_size[12] == by_size[125]
    assert len(by_size[125]) <= 25


def registry_village(ctx) -> None:
    from desmig_desktop.registry.services.village import add_dusun, init_village

    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", dusuns=["Kuripan", "Sigaluh"])
    add_dusun(ctx, "Kuripan", [(1, 1), (1, 2)])


def test_imported_rows_equal_rows_registered_one_at_a_time(ctx, village, files, tmp_path):
    """Every column and every audit entry of an imported family equals what the use cases write for it."""
    rows = family_rows(files, 2)
    assert import_persons(ctx, files.csv(rows)).written

    by_hand = ServiceContext.open(tmp_path / "by_hand.db", officer="Siti Petugas")
    by_hand.today_override = ctx.today_override
    registry_village(by_hand)
    dusuns = {d.name: d.id for d in get_village(by_hand).dusuns}
    from desmig_desktop.registry.services.village import add_dusun

    add_dusun(by_hand, "Sigaluh", [(2, 3)])
    relationship = {"Kepala Keluarga": "kepala", "Istri": "istri", "Anak": "anak"}
    for first in range(0, len(rows), 4):
        family = rows[first:first + 4]
        kk, dusun, rw, rt = family[0][1], family[0][7], family[0][8], family[0][9]
        hid = registry.create_household(by_hand, HouseholdInput(kk, dusuns[dusun], rw, rt)).id
        for r in family:
            born = date(*reversed([int(x) for x in r[5].split("/")]))
            pid = registry.register_person(by_hand, PersonInput(r[0], r[2], r[3], born, r[4], relationship[r[6]],
                                                                phone=r[10], household_id=hid)).id
            if r[11]:
                departed = date(*reversed([int(x) for x in r[16].split("/")]))
                registry.add_placement(by_hand, pid, PlacementInput(r[11], r[12], r[13], r[14], route=r[15],
                                                                    departed_on=departed))
    by_hand.close()

    def table(db: Path | str, name: str) -> list[dict[str, object]]:
        """The rows without the columns that differ by nature (ids, stamps, and `revision`: the use cases insert a
        person and then update its status, the import inserts it with its status)."""
        skip = {"id", "household_id", "person_id", "dusun_id", "village_id", "created_at", "updated_at", "revision"}
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        try:
            found = [{k: row[k] for k in row.keys() if k not in skip} for row in con.execute(f"SELECT * FROM {name}")]  # noqa: S608
            return sorted(found, key=lambda r: json.dumps(r, default=str))
        finally:
            con.close()

    def audit(db: Path | str) -> list[str]:
        """The create entries of households, people and placements, without the ids they name."""
        con = sqlite3.connect(db)
        try:
            return sorted(json.dumps([table_name, action, officer,
                                      {k: v for k, v in json.loads(changes).items() if not k.endswith("_id")}], sort_keys=True)
                          for table_name, action, officer, changes in con.execute(
                              "SELECT table_name, action, officer, changes FROM audit_log WHERE table_name IN "
                              "('household', 'person', 'placement') AND action = 'create'"))
        finally:
            con.close()

    imported, hand = ctx.engine.url.database, tmp_path / "by_hand.db"
    for name in ("household", "person", "placement"):
        assert table(imported, name) == table(hand, name), name
    assert [r["status"] for r in table(imported, "person")].count("keluarga") == 6
    entries = audit(imported)
    assert len(entries) == 2 + 8 + 2  # one "create" per household, person and placement
    assert entries == audit(hand)
    sigaluh = {d.name: d for d in get_village(ctx).dusuns}["Sigaluh"]
    assert [(r.rw, r.rt) for r in sigaluh.rts] == [(2, 3)]


def test_a_nik_registered_while_the_file_is_checked_is_reported_and_nothing_is_written(ctx, village, files, db_path):
    rows = family_rows(files, 3)
    other = ServiceContext.open(db_path, officer="Petugas Lain")
    other.today_override = ctx.today_override
    calls = 0

    def cancelled() -> bool:  # the only hook into the middle of an import: another officer saves a person then
        nonlocal calls
        calls += 1
        if calls == 5:
            registry.register_person(other, PersonInput(rows[9][0], "Orang Lain", "P", date(1985, 2, 14)))
        return False

    result = import_persons(ctx, files.csv(rows), cancelled=cancelled)
    other.close()
    assert not result.written
    (err,) = result.errors
    assert (err.row, err.column) == (11, "NIK") and "sudah terdaftar atas nama Orang Lain" in err.message
    assert count_persons(ctx, PersonQuery()) == 1
    assert registry.find_household(ctx, rows[0][1]) is None


@pytest.mark.slow
def test_kill_9_at_any_moment_leaves_every_row_or_none(tmp_path, files):
    """`desmig import persons` of 2,000 rows in a real process, killed with SIGKILL after random delays."""
    template = tmp_path / "template.db"
    ctx = ServiceContext.open(template, officer="Siti Petugas")
    registry_village(ctx)
    ctx.close()
    register = files.csv(family_rows(files, 500), name="register.csv")
    exe = Path(sys.executable).with_name("desmig")

    def fresh(name: str) -> Path:
        db = tmp_path / name
        src, dst = sqlite3.connect(template), sqlite3.connect(db)
        src.backup(dst)
        dst.close()
        src.close()
        return db

    def start(db: Path, stderr: int = subprocess.DEVNULL) -> subprocess.Popen:
        return subprocess.Popen([str(exe), "--db", str(db), "import", "persons", str(register)],
                                stdout=subprocess.DEVNULL, stderr=stderr)

    before = counts(template)
    full = fresh("full.db")
    t0 = time.perf_counter()
    done = start(full, subprocess.PIPE)
    _out, err = done.communicate(timeout=120)
    whole = time.perf_counter() - t0
    assert done.returncode == 0, err
    after = counts(full)
    assert after["person"] - before["person"] == 2000 and after["placement"] - before["placement"] == 500
    assert after["household"] - before["household"] == 500
    assert after["audit_log"] - before["audit_log"] == 3000 + 1  # and the new RT 3 of RW 2 in Sigaluh

    t0 = time.perf_counter()  # the same start-up (Python, SQLAlchemy, opening the file) without the import
    assert subprocess.run([str(exe), "--db", str(full), "village", "show"], capture_output=True).returncode == 0
    startup = min(time.perf_counter() - t0, whole)

    outcomes = []
    rng = random.Random(20261201)
    for attempt in range(8):
        db = fresh(f"killed-{attempt}.db")
        proc = start(db)
        time.sleep(startup + rng.uniform(0.0, 1.1) * (whole - startup))  # reading, checking, writing, committing
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        found = counts(db)
        assert found in (before, after), (attempt, found)
        outcomes.append("all" if found == after else "none")
    assert "none" in outcomes  # the kills did land before the commit (and "all" when after it)
