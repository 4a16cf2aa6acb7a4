"""The generic merge (issue 10 points 3 and 10, groundwork): every table carried, idempotent, the newer row wins
whatever the order, tombstones carried — the same assertions on a real PostgreSQL server and on SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import Base
from desmig_desktop.core.db.engine import make_engine, migrate
from desmig_desktop.core.privacy import is_private
from desmig_desktop.district.merge import merge_rows, merged_tables, read_rows
from desmig_desktop.registry.models import Person
from tests.conftest import demo_copy


@pytest.fixture(params=["sqlite", "postgresql"])
def district(request, tmp_path):  # type: ignore[no-untyped-def]
    """An empty district database at head: an SQLite file, or a new database on the session's PostgreSQL."""
    url = f"sqlite:///{tmp_path / 'district.db'}" if request.param == "sqlite" \
        else request.getfixturevalue("postgres_url")
    engine = make_engine(url)
    migrate(engine, "head")
    yield engine
    engine.dispose()


@pytest.fixture
def village(tmp_path, demo_file):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "kuripan.db"), officer="Petugas Demo")
    ctx.today_override = date(2026, 11, 23)
    yield ctx
    ctx.close()


def counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in merged_tables()}


def merge(engine, rows):  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        return merge_rows(conn, rows)


def test_every_table_of_the_metadata_is_carried_with_all_its_rows(district, village):
    rows = read_rows(village.engine)
    private = {"sc_scan", "sc_complaint_action"}  # marked private (core.privacy): they never leave the laptop
    assert {t.name for t in Base.metadata.sorted_tables if is_private(t)} == private
    assert set(rows) == {t.name for t in Base.metadata.sorted_tables} - {"alembic_version"} - private  # a new table: carried
    done = merge(district, rows)
    assert counts(district) == {name: len(r) for name, r in rows.items()} == done.offered
    assert counts(district)["person"] > 2000 and counts(district)["journal_line"] > 1000


def test_merging_the_same_package_twice_changes_nothing(district, village):
    rows = read_rows(village.engine)
    merge(district, rows)
    before = counts(district)
    again = merge(district, rows)
    assert again.total_changed == 0 and counts(district) == before


def test_an_older_package_after_a_newer_one_changes_nothing_the_newer_set(district, village):
    older = read_rows(village.engine)
    with village.reader() as s:
        person = s.scalars(select(Person).where(Person.deleted_at.is_(None)).order_by(Person.name)).first()
    _rename(village, person.id, "Sutinah Baru")
    newer = read_rows(village.engine)
    merge(district, newer)
    done = merge(district, older)
    with district.connect() as conn:
        name, revision = conn.execute(text("SELECT name, revision FROM person WHERE id = :id"), {"id": person.id}).one()
    assert name == "Sutinah Baru" and revision > person.revision
    assert done.changed.get("person", 0) == 0


def test_a_tombstone_reaches_the_district(district, village):
    merge(district, read_rows(village.engine))
    with village.unit_of_work() as s:
        person = s.scalars(select(Person).where(Person.deleted_at.is_(None), Person.household_id.is_(None))).first() \
            or s.scalars(select(Person).where(Person.deleted_at.is_(None))).first()
        person.deleted_at = village.now()  # a tombstone, as core.records.tombstone sets it (revision up)
        pid = person.id
    merge(district, read_rows(village.engine))
    with district.connect() as conn:
        assert conn.execute(text("SELECT deleted_at IS NOT NULL FROM person WHERE id = :id"), {"id": pid}).scalar()


def _rename(ctx, person_id, name):  # type: ignore[no-untyped-def]
    """An edit in the village: the row's revision goes up (core.db.base)."""
    with ctx.unit_of_work() as s:
        s.get(Person, person_id).name = name
