"""People who move (issue 10 point 5): one NIK live in two villages is listed once, with both villages and their
moves, and counted in one village only (THE RULE of district/__init__.py) — the same assertions on PostgreSQL and
SQLite. The second village is the demo village again under another code, name and ids, sharing one NIK."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select, update

from desmig_desktop.core.db.engine import make_engine
from desmig_desktop.district.database import init_district
from desmig_desktop.district.merge import merge_rows, merged_tables, read_rows
from desmig_desktop.district.models import DistrictConflict
from desmig_desktop.district.movers import movers, not_counted, refresh_conflicts
from desmig_desktop.registry.models import LifeEvent, Person, Village

DAY = date(2026, 11, 23)
KURIPAN, SECOND = "3307092001", "3307092002"
NEEDED = {"person", "life_event"}  # and the tables they hang from (village, households, dusun…)


def _with_parents(names: set[str]) -> set[str]:
    tables = {t.name: t for t in merged_tables()}
    out, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name not in out:
            out.add(name)
            todo.extend(fk.column.table.name for fk in tables[name].foreign_keys)
    return out


@pytest.fixture(scope="module")
def kuripan(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    """The demo village's rows of the registry tables, and one person to share: live, with a NIK, no events."""
    engine = make_engine(f"sqlite:///{demo_file}")
    keep = _with_parents(NEEDED)
    rows = {name: r for name, r in read_rows(engine).items() if name in keep}
    engine.dispose()
    with_events = {e["person_id"] for e in rows["life_event"]}
    person = next(p for p in sorted(rows["person"], key=lambda p: p["name"])
                  if p["deleted_at"] is None and p["nik"] and p["id"] not in with_events)
    return rows, person


def second_village(rows: dict[str, list[dict]], shared_nik: str) -> dict[str, list[dict]]:
    """The same rows as another village: every id (and so every reference and village_id) new, another code and
    name, and every NIK changed but `shared_nik`."""
    new = {row["id"]: str(uuid.uuid5(uuid.NAMESPACE_URL, "second/" + row["id"])) for r in rows.values() for row in r}
    out: dict[str, list[dict]] = {}
    for name, table_rows in rows.items():
        out[name] = []
        for row in table_rows:
            copy = {k: new.get(v, v) if isinstance(v, str) else v for k, v in row.items()}
            if name == "village":
                copy.update(code=SECOND, name="Kedua")
            if name == "person" and copy["nik"] and copy["nik"] != shared_nik:
                copy["nik"] = "99" + copy["nik"][2:]
            out[name].append(copy)
    return out


@pytest.fixture(params=["sqlite", "postgresql"])
def district(request, tmp_path, kuripan):  # type: ignore[no-untyped-def]
    """A district holding Kuripan and a second village; the shared person's ids in both, and the villages' ids."""
    url = f"sqlite:///{tmp_path / 'district.db'}" if request.param == "sqlite" \
        else request.getfixturevalue("postgres_url")
    engine = init_district(url)
    rows, person = kuripan
    second = second_village(rows, person["nik"])
    with engine.begin() as conn:
        merge_rows(conn, rows)
        merge_rows(conn, second)
    twin = next(p["id"] for p in second["person"] if p["nik"] == person["nik"])
    ids = {KURIPAN: person["id"], SECOND: twin}
    villages = {KURIPAN: rows["village"][0]["id"], SECOND: second["village"][0]["id"]}
    yield engine, person["nik"], ids, villages
    engine.dispose()


def _event(engine, person_id: str, kind: str, day: date) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        village_id = conn.execute(select(Person.village_id).where(Person.id == person_id)).scalar_one()
        conn.execute(insert(LifeEvent.__table__).values(person_id=person_id, village_id=village_id, kind=kind,
                                                        event_date=day))


def _created(engine, person_id: str, when: datetime) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        conn.execute(update(Person.__table__).where(Person.id == person_id).values(created_at=when))


def test_a_pindah_datang_counts_the_person_in_the_village_they_came_to(district):
    engine, nik, ids, villages = district
    _event(engine, ids[SECOND], "pindah_datang", date(2026, 6, 1))
    found = movers(engine, DAY)
    assert [m.nik for m in found] == [nik]  # listed once, though 2,134 names are in both villages
    places = {p.village_code: p for p in found[0].places}
    assert set(places) == {KURIPAN, SECOND}
    assert places[SECOND].counted and not places[KURIPAN].counted
    assert places[SECOND].moved_in_on == date(2026, 6, 1) and places[SECOND].village_name == "Kedua"
    assert places[KURIPAN].moved_in_on is None and places[KURIPAN].moved_out_on is None
    assert places[KURIPAN].kecamatan == "Watumalang" and places[KURIPAN].person_id == ids[KURIPAN]
    assert not_counted(engine, DAY) == {villages[KURIPAN]: {ids[KURIPAN]}}
    # The day before the move, it is not known yet: still one village counts the person, never both.
    before = movers(engine, date(2026, 5, 31))[0].places
    assert [p.moved_in_on for p in before] == [None, None] and sum(p.counted for p in before) == 1


def test_without_moves_the_older_row_counts(district):
    engine, nik, ids, villages = district
    kuripan_created = datetime(2024, 1, 10, 8, 0, tzinfo=timezone.utc)
    _created(engine, ids[KURIPAN], kuripan_created)
    _created(engine, ids[SECOND], kuripan_created + timedelta(days=30))  # registered later in the second village
    counted = [p.village_code for p in movers(engine, DAY)[0].places if p.counted]
    assert counted == [KURIPAN]
    assert not_counted(engine, DAY) == {villages[SECOND]: {ids[SECOND]}}
    _created(engine, ids[SECOND], kuripan_created - timedelta(days=1))
    assert [p.village_code for p in movers(engine, DAY)[0].places if p.counted] == [SECOND]
    assert not_counted(engine, DAY) == {villages[KURIPAN]: {ids[KURIPAN]}}


def test_a_person_who_moved_out_is_counted_where_they_live_and_nowhere_else_twice(district):
    engine, nik, ids, villages = district
    _event(engine, ids[KURIPAN], "pindah_keluar", date(2026, 5, 20))
    _created(engine, ids[KURIPAN], datetime(2020, 1, 1, tzinfo=timezone.utc))  # the older row, yet no longer in Kuripan
    places = {p.village_code: p for p in movers(engine, DAY)[0].places}
    assert places[SECOND].counted and not places[KURIPAN].counted
    assert places[KURIPAN].moved_out_on == date(2026, 5, 20) and not places[KURIPAN].present
    assert not_counted(engine, DAY) == {}  # Kuripan's recap leaves them out already (not present there)


def test_refresh_conflicts_rewrites_the_table(district):
    engine, nik, ids, villages = district
    _event(engine, ids[SECOND], "pindah_datang", date(2026, 6, 1))
    with engine.begin() as conn:
        conn.execute(insert(DistrictConflict.__table__).values(nik="3307000000000000", person_id="x",
                                                               village_code="0000000000"))
        assert refresh_conflicts(conn, DAY) == 1
    with engine.connect() as conn:
        rows = conn.execute(select(DistrictConflict.nik, DistrictConflict.village_code, DistrictConflict.counted,
                                   DistrictConflict.moved_in_on).order_by(DistrictConflict.village_code)).all()
    assert [tuple(r) for r in rows] == [(nik, KURIPAN, False, None), (nik, SECOND, True, date(2026, 6, 1))]
    with engine.connect() as conn:
        assert conn.execute(select(Village.code).order_by(Village.code)).scalars().all() == [KURIPAN, SECOND]
