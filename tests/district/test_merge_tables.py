"""merge_tables on a package's raw values (issue 10 point 3), on SQLite and PostgreSQL with the same assertions:
every row carried and read back as the village reads it (dates, UTC timestamps, booleans), merged again changes
nothing, an older row never overwrites a newer one, a column an older package lacks takes its default."""

# ruff: noqa: F811  (the shared fixtures are imported from test_database and named as test arguments)

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, text

from desmig_desktop.district.merge import merge_connection, merge_tables
from desmig_desktop.district.package import TableRows
from desmig_desktop.registry.models import Person
from tests.district.test_database import district, row_counts, url, village_tables  # noqa: F401 (fixtures)


def merge(engine, tables):  # type: ignore[no-untyped-def]
    with merge_connection(engine) as conn, conn.begin():
        return merge_tables(conn, tables)


def with_row(tables: dict[str, TableRows], table: str, row_id: str, **changes) -> dict[str, TableRows]:  # type: ignore[no-untyped-def]
    """A copy of `tables` where one row of `table` has other values (raw, as SQLite stores them)."""
    data = tables[table]
    index = {c: i for i, c in enumerate(data.columns)}
    rows = []
    for row in data.rows:
        if row[index["id"]] == row_id:
            row = list(row)
            for column, value in changes.items():
                row[index[column]] = value
        rows.append(row)
    return {**tables, table: TableRows(data.columns, rows)}


def later(raw: str, seconds: int = 60) -> str:
    return (datetime.fromisoformat(raw) + timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S.%f")


def test_every_row_is_carried_and_reads_back_as_in_the_village(district, village_tables):
    done = merge(district, village_tables)
    assert row_counts(district) == {name: len(t.rows) for name, t in village_tables.items()} == done.offered
    assert done.total_changed == sum(len(t.rows) for t in village_tables.values()) > 26_000
    person = village_tables["person"]
    cols = {c: i for i, c in enumerate(person.columns)}
    raw = person.rows[0]
    with district.connect() as conn:
        got = conn.execute(select(Person.created_at, Person.birth_date, Person.in_village, Person.name)
                           .where(Person.id == raw[cols["id"]])).one()
    assert got.created_at == datetime.fromisoformat(raw[cols["created_at"]] + "+00:00")  # UTC on both backends
    assert got.birth_date.isoformat() == raw[cols["birth_date"]]
    assert got.in_village is bool(raw[cols["in_village"]])
    assert got.name == raw[cols["name"]]


def test_merging_again_changes_nothing_and_an_older_row_never_wins(district, village_tables):
    person = village_tables["person"]
    cols = {c: i for i, c in enumerate(person.columns)}
    first = person.rows[0]
    pid, revision, updated = first[cols["id"]], first[cols["revision"]], first[cols["updated_at"]]
    newer = with_row(village_tables, "person", pid, name="Sutinah Baru", revision=revision + 1,
                     updated_at=later(updated))
    merge(district, newer)
    again = merge(district, newer)
    assert again.total_changed == 0
    older = merge(district, village_tables)
    assert older.total_changed == 0
    same_revision_later = with_row(newer, "person", pid, name="Sutinah Lagi", updated_at=later(updated, 120))
    assert merge(district, same_revision_later).changed["person"] == 1  # equal revision: the later edit wins
    with district.connect() as conn:
        assert conn.execute(text("SELECT name FROM person WHERE id = :id"), {"id": pid}).scalar() == "Sutinah Lagi"


def test_a_column_an_older_package_lacks_takes_its_default(district, village_tables):
    placement = village_tables["placement"]
    keep = [i for i, c in enumerate(placement.columns) if c != "cancel_reason"]
    older = {**village_tables, "placement": TableRows(tuple(placement.columns[i] for i in keep),
                                                      [[r[i] for i in keep] for r in placement.rows])}
    merge(district, older)
    with district.connect() as conn:
        reasons = conn.execute(text("SELECT DISTINCT cancel_reason FROM placement")).scalars().all()
    assert reasons == [""] and len(placement.rows) > 100
