"""Migrations on real history: the stored databases of every released schema (tests/data/schemas) upgrade with
their data intact, and every revision goes down and up again.

The stored files are copied first: opening a file writes `backups/` beside it.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from desmig_desktop.app import load_all_models
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import Base, Tracked
from desmig_desktop.core.db.engine import SCHEMA_HEAD, alembic_config, make_engine, migrate, open_database
from desmig_desktop.production.models import GroupMember, ProductionGroup, ProfitShare, ProfitShareLine
from desmig_desktop.production.services.groups import get_group
from desmig_desktop.registry.models import Household, LifeEvent, Person, Placement, Village
from desmig_desktop.registry.services.people import get_person

load_all_models()

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
EXPECTED = json.loads((SCHEMAS / "expected.json").read_text(encoding="utf-8"))
STORED = sorted(EXPECTED)  # schema_0001.sqlite, schema_0002.sqlite, schema_0003.sqlite, schema_0005.sqlite


def copy_of(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(SCHEMAS / name, target)
    return target


def tracked_models() -> list[type]:
    return sorted((m.class_ for m in Base.registry.mappers if issubclass(m.class_, Tracked)),
                  key=lambda cls: cls.__tablename__)


def schema_of(engine) -> dict:  # type: ignore[no-untyped-def]
    """Tables with their columns, keys, foreign keys and indexes (with the SQL that made them: partial WHEREs)."""
    insp = inspect(engine)
    with engine.connect() as conn:
        index_sql = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
    return {
        table: {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"])
                          for fk in insp.get_foreign_keys(table)),
            "unique": sorted((u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)),
            "indexes": sorted((ix["name"], index_sql[ix["name"]]) for ix in insp.get_indexes(table)),
        }
        for table in insp.get_table_names()
    }


def engine_at(path: Path, revision: str):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine, revision)
    return engine


def revisions() -> list[str]:
    """base -> head."""
    return [r.revision for r in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]


def assert_models_match(engine) -> None:  # type: ignore[no-untyped-def]
    """compare_metadata finds nothing, and every primary key is the models' (which compare_metadata skips)."""
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    insp = inspect(engine)
    assert {t.name: [c.name for c in t.primary_key] for t in Base.metadata.sorted_tables} \
        == {name: insp.get_pk_constraint(name)["constrained_columns"] for name in Base.metadata.tables}


def content(engine) -> dict:  # type: ignore[no-untyped-def]
    """What a user would miss if a migration lost it (no village ids, revisions or audit ids)."""
    with engine.connect() as conn:
        q = conn.exec_driver_sql
        return {
            "people": q("SELECT id, nik, name, birth_date, status, in_village, household_id, deleted_at FROM person"
                        " ORDER BY id").all(),
            "households": q("SELECT id, no_kk, dusun_id, rw, rt FROM household ORDER BY id").all(),
            "placements": q("SELECT id, person_id, stage, country, departed_on FROM placement ORDER BY id").all(),
            "members": q("SELECT id, group_id, person_id, role, joined_on, left_on FROM group_member ORDER BY id").all(),
            "shares": q("SELECT id, group_id, profit, distributed, remainder, finalised_at FROM profit_share"
                        " ORDER BY id").all(),
            "lines": q("SELECT id, share_id, person_id, amount FROM profit_share_line ORDER BY id").all(),
            "workers": q("SELECT id, batch_id, person_id, deleted_at FROM batch_worker ORDER BY id").all(),
            "rts": q("SELECT id, dusun_id, rw, rt FROM rt_unit ORDER BY id").all(),
            "audit": q("SELECT at, officer, action, table_name, record_id, changes FROM audit_log ORDER BY rowid").all(),
        }


# ---- the stored databases of every released schema --------------------------------------------------

@pytest.mark.parametrize("name", STORED)
def test_a_stored_database_upgrades_with_its_people_groups_and_share_outs(tmp_path, name):
    facts = EXPECTED[name]
    path = copy_of(name, tmp_path)
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone() == (facts["alembic_version"],)

    ctx = ServiceContext.open(path, officer="Petugas Uji")
    try:
        assert len(list((tmp_path / "backups").glob(f"{path.stem}-pre-upgrade-*"))) == 1
        with ctx.reader() as s:
            assert s.scalar(select(func.count()).select_from(Village)) == 1
            village = s.scalars(select(Village)).one()
            assert ctx.village_id == village.id
            live = Person.deleted_at.is_(None)
            assert s.scalar(select(func.count()).where(live)) == facts["live_people"]
            assert s.scalar(select(func.count()).where(live, Person.in_village.is_(True))) == facts["live_people_in_village"]
            assert dict(s.execute(select(Person.status, func.count()).where(live).group_by(Person.status)).all()) \
                == facts["people_by_status"]
            assert s.scalar(select(func.count()).where(Household.deleted_at.is_(None))) == facts["households"]
            assert s.scalar(select(func.count()).select_from(Placement)) == facts["placements"]
            assert s.scalar(select(func.count()).select_from(LifeEvent)) == facts["life_events"]
            if "production_groups" in facts:
                assert s.scalar(select(func.count()).select_from(ProductionGroup)) == facts["production_groups"]
                assert s.scalar(select(func.count()).where(GroupMember.deleted_at.is_(None))) == facts["group_member_rows_live"]
                assert s.scalar(select(func.count()).select_from(ProfitShare)) == facts["profit_shares"]
                assert s.scalar(select(func.sum(ProfitShareLine.amount))) == facts["profit_share_line_amount_sum"]
                group_id = s.scalars(select(ProductionGroup.id)).one()
        for sample in facts["sample_people"]:  # the three people, exactly, as the person screen reads them
            person = get_person(ctx, sample["id"])
            assert (person.name, person.nik, person.birth_date.isoformat()) == (sample["name"], sample["nik"],
                                                                                 sample["birth_date"])
        if "production_groups" in facts:
            group = get_group(ctx, group_id)
            assert group.name == "Kelompok Produksi Salak"
            assert len([m for m in group.members if m.left_on is None]) == facts["group_members_current"]

        with ctx.reader() as s:  # every row: the village, aware UTC timestamps, revision 1
            for model in tracked_models():
                for row in s.scalars(select(model)):
                    assert row.village_id == village.id, model.__tablename__
                    assert row.revision == 1, model.__tablename__
                    assert row.created_at.tzinfo is timezone.utc and row.updated_at.tzinfo is timezone.utc
            entries = s.scalars(select(AuditEntry)).all()
            assert entries and all(e.village_id == village.id and e.at.tzinfo is timezone.utc for e in entries)
            assert len({uuid.UUID(e.id).version for e in entries}) == 1 and uuid.UUID(entries[0].id).version == 4
    finally:
        ctx.close()
    assert_models_match(ctx.engine)
    fresh = schema_of(open_database(tmp_path / "fresh.db"))
    upgraded = schema_of(make_engine(f"sqlite:///{path}"))
    assert upgraded == fresh  # the same tables, keys and indexes (partial WHEREs included) as a new file


@pytest.mark.parametrize("name", STORED)
def test_audit_rows_keep_their_order_and_content_through_the_upgrade(tmp_path, name):
    path = copy_of(name, tmp_path)
    before = sqlite3.connect(path).execute(
        "SELECT at, officer, action, table_name, record_id, changes FROM audit_log ORDER BY rowid").fetchall()
    engine = open_database(path)
    assert content(engine)["audit"] == before


def test_live_duplicate_links_are_tombstoned_by_the_upgrade_keeping_the_first(tmp_path):
    """The link tables get a unique key among live rows: a duplicate stored before 0004 is tombstoned."""
    path = copy_of("schema_0003.sqlite", tmp_path)
    con = sqlite3.connect(path)
    first = con.execute("SELECT id, batch_id, person_id FROM batch_worker ORDER BY created_at, id LIMIT 1").fetchone()
    con.execute("INSERT INTO batch_worker (id, batch_id, person_id, created_at, updated_at)"
                " VALUES ('dup-1', ?, ?, '2026-12-01 23:00:00', '2026-12-01 23:00:00')", first[1:])
    con.execute("INSERT INTO batch_worker (id, batch_id, person_id, created_at, updated_at, deleted_at)"
                " VALUES ('gone-1', ?, ?, '2026-12-01 22:00:00', '2026-12-01 22:00:00', '2026-12-01 22:30:00')",
                first[1:])
    con.commit()
    con.close()

    engine = open_database(path)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, deleted_at IS NULL, revision FROM batch_worker"
                                    " WHERE batch_id = ? AND person_id = ? ORDER BY id", first[1:]).all()
    assert sorted(rows) == sorted([(first[0], 1, 1), ("dup-1", 0, 2), ("gone-1", 0, 1)])


def test_rows_without_a_village_stop_the_upgrade_before_anything_is_lost(tmp_path):
    path = tmp_path / "orphan.db"
    engine = engine_at(path, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO training (id, title, kind, provider, provider_name, start_on, place,"
                             " created_at, updated_at) VALUES ('t1', 'Pelatihan', 'teknis', 'blk', '', '2026-01-05',"
                             " '', '2026-01-01', '2026-01-01')")
    with pytest.raises(RuntimeError, match="no village row"):
        migrate(engine, "head")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0003"
        assert conn.exec_driver_sql("SELECT title FROM training").all() == [("Pelatihan",)]


def test_a_new_file_has_the_schema_every_revision_in_turn_makes(tmp_path):
    """open_database makes a new file from the models (stamped head): the same tables, keys and indexes."""
    made = open_database(tmp_path / "new.db")
    with made.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    assert schema_of(made) == schema_of(engine_at(tmp_path / "migrated.db", "head"))


# ---- every revision down and up again ------------------------------------------------------------------

def test_0004_goes_down_to_0003_and_up_again_with_the_data_intact(tmp_path):
    path = copy_of("schema_0003.sqlite", tmp_path)
    engine = open_database(path)
    upgraded = content(engine)
    assert upgraded["lines"] and upgraded["workers"] and upgraded["audit"]

    migrate(engine, "0003", down=True)
    assert schema_of(engine) == schema_of(engine_at(tmp_path / "fresh_0003.db", "0003"))
    assert content(engine) == upgraded
    with engine.connect() as conn:  # integer audit ids again, in the order the entries were written
        ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM audit_log ORDER BY rowid")]
    assert ids == list(range(1, len(upgraded["audit"]) + 1))

    migrate(engine, "head")
    assert content(engine) == upgraded
    assert_models_match(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(DISTINCT village_id), min(revision) FROM person").one() == (1, 1)


def test_every_revision_goes_down_and_up_again_on_the_empty_schema(tmp_path):
    chain = revisions()
    assert chain[-1] == SCHEMA_HEAD and chain[0] == "0001"
    fresh = {rev: schema_of(engine_at(tmp_path / f"at_{rev}.db", rev)) for rev in chain}
    engine = engine_at(tmp_path / "walk.db", "head")
    for rev, below in reversed(list(zip(chain, [None, *chain[:-1]]))):  # head -> base, one step at a time
        migrate(engine, below or "base", down=True)
        if below is None:
            assert set(schema_of(engine)) == {"alembic_version"}
        else:
            assert schema_of(engine) == fresh[below], f"down from {rev}"
    for rev in chain:  # base -> head
        migrate(engine, rev)
        assert schema_of(engine) == fresh[rev], f"up to {rev}"
    assert_models_match(engine)


def test_0005_keeps_lost_contact_as_an_open_stretch_and_goes_down_and_up_again(tmp_path):
    path = copy_of("schema_0003.sqlite", tmp_path)
    before = sqlite3.connect(path).execute(
        "SELECT id, last_contact_on FROM placement WHERE lost_contact = 1 ORDER BY id").fetchall()
    assert before
    engine = open_database(path)
    with engine.connect() as conn:
        q = conn.exec_driver_sql
        assert q("SELECT placement_id, lost_on, found_on, revision FROM placement_contact_loss ORDER BY placement_id"
                 ).all() == [(pid, since, None, 1) for pid, since in before]
        assert q("SELECT DISTINCT share_rounding FROM production_group").all() == [(1000,)]
        assert q("SELECT count(*) FROM placement WHERE cancelled_on IS NOT NULL OR cancel_reason != ''"
                 " OR departure_note != ''").scalar() == 0
    upgraded = content(engine)
    migrate(engine, "0004", down=True)
    assert schema_of(engine) == schema_of(engine_at(tmp_path / "fresh_0004.db", "0004"))
    assert content(engine) == upgraded
    migrate(engine, "head")
    assert_models_match(engine)
