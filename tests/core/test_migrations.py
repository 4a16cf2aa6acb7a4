"""alembic head equals the models; opening an old database backs it up and upgrades it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.util.exc import CommandError
from alembic.migration import MigrationContext

from desmig_desktop.app import load_all_models
from desmig_desktop.core.db.base import Base
from desmig_desktop.core.db.engine import SCHEMA_HEAD, head_revision, make_engine, migrate, open_database

load_all_models()


@pytest.mark.parametrize("made_by", ["every revision in turn", "open_database (a new file from the models)"])
def test_head_matches_models(tmp_path, made_by):
    if made_by == "every revision in turn":  # `alembic upgrade head` on an empty database
        engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
        migrate(engine, "head")
    else:
        engine = open_database(tmp_path / "fresh.db")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_wal_and_foreign_keys(tmp_path):
    engine = open_database(tmp_path / "w.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_open_is_idempotent_and_backs_up_before_upgrade(tmp_path):
    path = tmp_path / "desa.db"
    open_database(path).dispose()  # a new file: nothing to back up
    assert not (tmp_path / "backups").exists()
    open_database(path).dispose()  # the first open of the day keeps a copy ...
    open_database(path).dispose()  # ... once
    daily = list((tmp_path / "backups").iterdir())
    assert len(daily) == 1 and daily[0].name.startswith("desa-harian-")
    assert sqlite3.connect(daily[0]).execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'stale'")  # pretend an older schema
    con.commit()
    con.close()
    with pytest.raises(CommandError, match="stale"):  # not a real revision; what matters is the backup taken first
        open_database(path)
    backups = [b for b in (tmp_path / "backups").iterdir() if "harian" not in b.name]
    assert len(backups) == 1 and backups[0].name.startswith("desa-pre-upgrade-")
    assert head_revision() is not None


def test_schema_head_constant_is_alembic_head_and_spares_alembic_at_launch(tmp_path):
    """Add a revision, raise SCHEMA_HEAD: otherwise new files would be opened without the upgrade."""
    import subprocess
    import sys

    assert SCHEMA_HEAD == head_revision()
    path = tmp_path / "desa.db"
    open_database(path).dispose()
    code = ("import sys; from desmig_desktop.core.db.engine import open_database; "
            f"open_database({str(path)!r}); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_registry_database_of_revision_0001_upgrades_with_data_intact(tmp_path):
    """A village database made by the first release (schema 0001) opens in this version."""
    from alembic import command

    from desmig_desktop.core.db.engine import alembic_config, current_revision, make_engine

    path = tmp_path / "lama.db"
    engine = make_engine(f"sqlite:///{path}")
    cfg = alembic_config(str(engine.url))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO village (id, code, name, kecamatan, kabupaten, provinsi, head_name, address, created_at, updated_at)"
            " VALUES ('v1', '3307092001', 'Kuripan', 'Watumalang', 'Wonosobo', 'Jawa Tengah', '', '', '2026-01-01', '2026-01-01')")
        conn.exec_driver_sql(
            "INSERT INTO person (id, relationship_to_head, nik, name, sex, birth_place, birth_date, occupation, phone, status,"
            " in_village, created_at, updated_at) VALUES ('p1', 'kepala', '3307095205900003', 'Sularmi', 'P', 'Wonosobo',"
            " '1990-05-12', '', '', 'purna', 1, '2026-01-01', '2026-01-01')")
    engine.dispose()

    upgraded = open_database(path)
    assert current_revision(upgraded) == head_revision()
    with upgraded.connect() as conn:
        assert conn.exec_driver_sql("SELECT name, status FROM person").all() == [("Sularmi", "purna")]
        assert conn.exec_driver_sql("SELECT count(*) FROM production_group").scalar() == 0
    assert len(list((tmp_path / "backups").glob("lama-pre-upgrade-*.db"))) == 1


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path, capsys):
    from desmig_desktop.app import cli_main as main

    path = tmp_path / "baru.db"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "village", "show"]) == 3
    err = capsys.readouterr().err
    assert "dibuat oleh Desmig Desktop versi yang lebih baru (skema 0099" in err and "berkas tidak diubah" in err
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_0005_database_upgrades_and_then_takes_a_person_whose_nik_is_not_known_yet(tmp_path):
    """The stored 0005 file (tests/data/schemas) upgrades to 0006: person.nik becomes nullable, the unique NIK
    index still refuses a second live row with the same NIK, and two newborns without a NIK are both kept."""
    import shutil
    from datetime import date

    from sqlalchemy.exc import IntegrityError

    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.core.db.engine import migrate
    from desmig_desktop.registry.rules import PersonInput
    from desmig_desktop.registry.services import people as registry

    path = tmp_path / "desa.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schemas" / "schema_0005.sqlite", path)
    ctx = ServiceContext.open(path, officer="Petugas Uji")
    try:
        ctx.today_override = date(2026, 11, 23)
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
            nik, village = conn.exec_driver_sql("SELECT nik, village_id FROM person LIMIT 1").one()
            household = conn.exec_driver_sql("SELECT id FROM household LIMIT 1").scalar()
        for name in ("Bayi Satu", "Bayi Dua"):
            registry.register_person(ctx, PersonInput(nik="", name=name, sex="L", birth_date=date(2026, 11, 1),
                                                      relationship_to_head="anak", household_id=household,
                                                      nik_missing=True))
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM person WHERE nik IS NULL").scalar() == 2
            assert conn.exec_driver_sql("SELECT count(*) FROM person WHERE deleted_at IS NULL").scalar() == 102
        with pytest.raises(IntegrityError), ctx.engine.begin() as conn:  # one live row per NIK, as before
            conn.exec_driver_sql(
                "INSERT INTO person (id, village_id, revision, relationship_to_head, nik, name, sex, birth_place,"
                " birth_date, occupation, phone, status, in_village, created_at, updated_at) VALUES ('x', ?, 1,"
                " 'anak', ?, 'Kembar NIK', 'L', '', '2000-01-01', '', '', 'none', 1, '2026-01-01', '2026-01-01')",
                (village, nik))
        with pytest.raises(RuntimeError, match="2 people have no NIK yet"):  # no NIK to put back: refused
            migrate(ctx.engine, "0005", down=True)
        with ctx.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
            assert conn.exec_driver_sql("SELECT count(*) FROM person WHERE nik IS NULL").scalar() == 2
    finally:
        ctx.close()


def test_0007_fills_the_current_placement_of_the_people_already_there_and_goes_down_and_up(tmp_path):
    """The stored 0005 file upgrades to 0007: every person's current_country / current_departed_on are those of
    the placement a window function picks (aktif > calon > purna, batal never, the latest date, the last
    recorded); going down to 0006 drops the columns and coming back fills them again."""
    from desmig_desktop.core.db.engine import migrate

    path = tmp_path / "desa.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schemas" / "schema_0005.sqlite", path)
    reference = """
        WITH ranked AS (
          SELECT person_id, country, departed_on, ROW_NUMBER() OVER (
            PARTITION BY person_id
            ORDER BY CASE stage WHEN 'aktif' THEN 3 WHEN 'calon' THEN 2 ELSE 1 END DESC,
                     coalesce(returned_on, departed_on, registered_on) DESC, created_at DESC, id DESC) AS n
          FROM placement WHERE deleted_at IS NULL AND stage IN ('aktif', 'calon', 'purna'))
        SELECT p.id, r.country, r.departed_on FROM person p LEFT JOIN ranked r ON r.person_id = p.id AND r.n = 1
        ORDER BY p.id"""
    engine = open_database(path)
    for _round in range(2):
        with engine.connect() as conn:
            expected = conn.exec_driver_sql(reference).all()
            kept = conn.exec_driver_sql(
                "SELECT id, current_country, current_departed_on FROM person ORDER BY id").all()
        assert kept == expected
        assert sum(1 for _id, country, _d in kept if country) >= 20  # the file's PMI: not a vacuous check
        migrate(engine, "0006", down=True)
        with engine.connect() as conn:
            assert "current_country" not in [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(person)")]
        migrate(engine, "head")
    engine.dispose()


@pytest.mark.parametrize("stored", ["schema_0002", "schema_0003", "schema_0005"])
def test_0009_posts_the_production_money_of_a_stored_database_to_the_ledger(tmp_path, stored):
    """A stored file with a production group (55 sales, costs, cash aid, 2 share-outs) upgrades to head: one entry
    per live money record, each balanced, the group's cash on the ledger equal to the records' formula, and every
    finalised share-out's period closed by "migrasi"."""
    path = tmp_path / "desa.db"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schemas" / f"{stored}.sqlite", path)
    engine = open_database(path)
    with engine.connect() as conn:
        def q(sql: str) -> list:
            return conn.exec_driver_sql(sql).all()

        records = q("SELECT (SELECT count(*) FROM sale WHERE deleted_at IS NULL AND quantity * unit_price > 0)"
                    " + (SELECT count(*) FROM group_cost WHERE deleted_at IS NULL)"
                    " + (SELECT count(*) FROM production_batch WHERE deleted_at IS NULL AND material_cost > 0)"
                    " + (SELECT count(*) FROM aid WHERE deleted_at IS NULL AND kind = 'modal_uang')"
                    " + (SELECT count(*) FROM profit_share WHERE deleted_at IS NULL AND reversed_at IS NULL)")[0][0]
        assert q("SELECT count(*) FROM journal_entry")[0][0] == records > 50
        assert q("SELECT entry_id FROM journal_line GROUP BY entry_id HAVING sum(amount) != 0 OR count(*) != 2") == []
        cash = q("SELECT coalesce(sum(l.amount), 0) FROM journal_line l JOIN ledger_account a ON a.id = l.account_id"
                 " WHERE a.code = 'cash'")[0][0]
        formula = q("SELECT (SELECT coalesce(sum(i.value), 0) FROM aid a JOIN aid_item i ON i.aid_id = a.id"
                    "  WHERE a.kind = 'modal_uang' AND a.deleted_at IS NULL AND i.deleted_at IS NULL)"
                    " + (SELECT coalesce(sum(quantity * unit_price), 0) FROM sale WHERE deleted_at IS NULL)"
                    " - (SELECT coalesce(sum(material_cost), 0) FROM production_batch WHERE deleted_at IS NULL)"
                    " - (SELECT coalesce(sum(amount), 0) FROM group_cost WHERE deleted_at IS NULL)"
                    " - (SELECT coalesce(sum(distributed), 0) FROM profit_share"
                    "    WHERE deleted_at IS NULL AND reversed_at IS NULL)")[0][0]
        assert cash == formula != 0
        assert q("SELECT count(*), min(closed_by), max(closed_by) FROM period_lock WHERE source_table = 'profit_share'"
                 ) == [(2, "migrasi", "migrasi")]
    engine.dispose()
