"""The district database (issue 10 point 2): made by init on SQLite and on a real PostgreSQL server with the same
assertions — opened again, made twice harmlessly, a village database refused, the village schema's unique
indexes gone, the villages the district expects listed. The fixtures here are shared by the merge and intake tests.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from desmig_desktop.app import load_all_models
from desmig_desktop.core.db.engine import SCHEMA_HEAD, make_engine, migrate
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.district.database import (add_village, district_info, district_revision, district_url,
                                              init_district, open_district, villages)
from desmig_desktop.district.merge import merge_connection, merge_tables, merged_tables
from desmig_desktop.district.package import snapshot
from tests.conftest import demo_copy

load_all_models()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):  # type: ignore[no-untyped-def]
    """Where a district database goes: an SQLite file, or a new empty database on the session's PostgreSQL."""
    return f"sqlite:///{tmp_path / 'district.db'}" if request.param == "sqlite" \
        else request.getfixturevalue("postgres_url")


@pytest.fixture
def district(url):  # type: ignore[no-untyped-def]
    engine = init_district(url, "Wonosobo")
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def village_tables(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    """The demo village's raw rows (package.snapshot), read once per module from a copy."""
    engine = create_engine(f"sqlite:///{demo_copy(demo_file, tmp_path_factory.mktemp('village') / 'kuripan.db')}")
    try:
        return snapshot(engine)
    finally:
        engine.dispose()


def row_counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t.name: conn.execute(text(f'SELECT COUNT(*) FROM "{t.name}"')).scalar_one() for t in merged_tables()}


def test_init_then_open(url):
    made = init_district(url, "Wonosobo")
    made.dispose()
    engine = open_district(url)
    try:
        assert district_revision(engine) == SCHEMA_HEAD
        assert district_info(engine)["kabupaten"] == "Wonosobo"
        names = set(inspect(engine).get_table_names())
        assert {"district_village", "district_package", "district_conflict", "district_info", "person"} <= names
        add_village(engine, "3307092001", "Kuripan", "Watumalang")
        add_village(engine, "3307092002", "Bumiroso", "Watumalang")
        add_village(engine, "3307092001", "Kuripan", "Watumalang")  # again: no second row
        assert [(v.code, v.name, v.kecamatan, v.kabupaten) for v in villages(engine)] == [
            ("3307092002", "Bumiroso", "Watumalang", "Wonosobo"), ("3307092001", "Kuripan", "Watumalang", "Wonosobo")]
        with pytest.raises(ValidationError, match="Kode desa 33070 tidak sah"):
            add_village(engine, "33070", "Salah")
    finally:
        engine.dispose()


def test_init_twice_is_harmless_and_keeps_what_is_there(url):
    engine = init_district(url, "Wonosobo")
    add_village(engine, "3307092001", "Kuripan", "Watumalang")
    engine.dispose()
    engine = init_district(url)
    try:
        assert [v.code for v in villages(engine)] == ["3307092001"]
        assert district_info(engine)["kabupaten"] == "Wonosobo"
    finally:
        engine.dispose()


def test_the_village_schemas_unique_indexes_are_gone_and_village_id_is_indexed(district):
    inspector = inspect(district)
    for table in merged_tables():
        unique = [i["name"] for i in inspector.get_indexes(table.name) if i["unique"]]
        unique += [c["name"] for c in inspector.get_unique_constraints(table.name)]
        assert unique == [], table.name
    person_indexes = {i["name"]: i for i in inspector.get_indexes("person")}
    assert "ix_district_person_village" in person_indexes
    # ... and each unique index is kept as a plain one for reading (the movers' GROUP BY nik), same columns.
    assert person_indexes["ix_district_uq_person_nik"]["column_names"] == ["nik", "village_id"]
    assert not person_indexes["ix_district_uq_person_nik"]["unique"]
    # Two villages may hold the same NIK (a person who moved): the district takes both rows.
    with district.begin() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM person")).scalar() == 0


def test_a_village_database_is_refused_by_init_and_open(url, village_tables):
    engine = make_engine(url)
    migrate(engine, "head", from_models=True)
    with merge_connection(engine) as conn, conn.begin():
        merge_tables(conn, {"village": village_tables["village"]})
    engine.dispose()
    for action in (init_district, open_district):
        with pytest.raises(ValidationError, match="adalah basis data desa, bukan basis data kabupaten"):
            action(url)
    engine = make_engine(url)
    try:
        assert "district_info" not in inspect(engine).get_table_names()  # nothing was added to it
    finally:
        engine.dispose()


def test_open_refuses_what_is_not_a_current_district(url, tmp_path):
    with pytest.raises(ValidationError, match="tidak ada: buat dulu dengan `desmig district init"):
        open_district(district_url(str(tmp_path / "missing.db")))
    assert not (tmp_path / "missing.db").exists()
    engine = make_engine(url)
    migrate(engine, "head", from_models=True)  # the village schema, empty, no district tables
    engine.dispose()
    with pytest.raises(ValidationError, match="bukan basis data kabupaten Desmig Desktop"):
        open_district(url)
    init_district(url).dispose()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    engine.dispose()
    with pytest.raises(ValidationError, match="skema lama .*jalankan `desmig district init --db"):
        open_district(url)


def test_district_url_takes_a_path_or_a_url(tmp_path):
    assert district_url(str(tmp_path / "kab.db")) == f"sqlite:///{tmp_path / 'kab.db'}"
    assert district_url("postgresql+psycopg://disnaker@localhost/desmig") == \
        "postgresql+psycopg://disnaker@localhost/desmig"
