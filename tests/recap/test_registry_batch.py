"""The registry part of the recap made fast (issue 10, point 9: 500 villages in seconds) without changing a result:
its rows read by Core statements naming the villages (a village file: every row) are the rows the scoped ORM
session read, a batch split by village gives each village those rows, and the figures equal the ones the
registry's own definitions (`in_village`, `current_placement`, `status_of`) give, person by person."""

from __future__ import annotations

import gc
import pickle
import sqlite3
from collections import Counter
from dataclasses import FrozenInstanceError, replace
from datetime import date, timedelta
from itertools import product
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.app import PILLARS
from desmig_desktop.core.context import ServiceContext, scope_session
from desmig_desktop.core.periods import parse_period
from desmig_desktop.district.database import add_village, init_district
from desmig_desktop.district.merge import merge_connection, merge_tables
from desmig_desktop.district.package import snapshot
from desmig_desktop.district.recap import build_district_recap
from desmig_desktop.recap import dataset as ds
from desmig_desktop.recap.dataset import (
    CountRow, RecapData, RegisterRow, RegistryRows, read_registry_batch, read_registry_rows, registry_recap,
)
from desmig_desktop.registry.models import ContactLoss, Dusun, Household, LifeEvent, Person, Placement
from desmig_desktop.registry.rules import departed_under_age
from desmig_desktop.registry.services.village import require_village, to_dto
from desmig_desktop.registry.status import current_placement, in_village, status_of
from tests.conftest import TODAY, demo_copy
from tests.district.test_recap_district import GONDANG, KURIPAN, make_second_village

PERIODS = [parse_period(p) for p in ("2020", "2024", "2025-Q2", "2026-01", "2026-Q3", "2026-10", "2026-11", "2026")]


def _orm_rows(s: Session) -> RegistryRows:
    """The rows as the recap read them before (ORM statements through the session, its scope applying)."""
    people = s.execute(select(Person.id, Person.sex, Person.birth_date, Person.household_id)
                       .where(Person.deleted_at.is_(None))).all()
    placements = s.execute(select(
        Placement.id, Placement.person_id, Placement.stage, Placement.registered_on, Placement.departed_on,
        Placement.returned_on, Placement.country, Placement.sector, Placement.route, Placement.job, Placement.agency,
        Placement.lost_contact, Placement.cancelled_on).where(Placement.deleted_at.is_(None))).all()
    losses = s.execute(select(ContactLoss.placement_id, ContactLoss.lost_on, ContactLoss.found_on)
                       .where(ContactLoss.deleted_at.is_(None))).all()
    events = s.execute(select(LifeEvent.person_id, LifeEvent.kind, LifeEvent.event_date)
                       .where(LifeEvent.deleted_at.is_(None))).all()
    no_nik = set(s.execute(select(Person.id).where(Person.deleted_at.is_(None), Person.nik.is_(None))).scalars())
    details = {r[0]: r for r in s.execute(
        select(Person.id, Person.nik, Person.name, Household.no_kk, Dusun.name, Household.rw, Household.rt)
        .outerjoin(Household, Household.id == Person.household_id)
        .outerjoin(Dusun, Dusun.id == Household.dusun_id)
        .where(Person.deleted_at.is_(None),
               Person.id.in_(select(Placement.person_id).where(Placement.deleted_at.is_(None)))))}
    return RegistryRows(people, placements, losses, events, no_nik, details)


def _orm_batch(engine, village_ids: list[str]) -> dict[str, RegistryRows]:  # type: ignore[no-untyped-def]
    """The rows of a batch as the district recap read and split them before: one session scoped to the batch,
    each row to the village of its person (a loss: of its placement)."""
    with Session(engine) as s:
        scope_session(s, village_ids)
        owner = dict(s.connection().execute(
            select(Person.id, Person.village_id).where(Person.village_id.in_(village_ids))).all())
        rows = _orm_rows(s)
    split = {vid: RegistryRows([], [], [], [], set(), {}) for vid in village_ids}
    placement_owner = {}
    for r in rows.people:
        split[owner[r[0]]].people.append(r)
    for r in rows.placements:
        if owner.get(r.person_id) in split:
            split[owner[r.person_id]].placements.append(r)
            placement_owner[r.id] = owner[r.person_id]
    for r in rows.losses:
        if r[0] in placement_owner:
            split[placement_owner[r[0]]].losses.append(r)
    for r in rows.events:
        if owner.get(r[0]) in split:
            split[owner[r[0]]].events.append(r)
    for pid in rows.no_nik:
        split[owner[pid]].no_nik.add(pid)
    for pid, r in rows.details.items():
        split[owner[pid]].details[pid] = r
    return split


def _plain(rows: RegistryRows) -> tuple:
    """Rows as comparable values: people by their first four columns (the Core read carries more)."""
    return (sorted(tuple(r)[:4] for r in rows.people), [tuple(r) for r in rows.placements],
            sorted(tuple(r) for r in rows.losses), sorted(tuple(r) for r in rows.events), rows.no_nik,
            {k: tuple(v) for k, v in rows.details.items()})


def _reference_recap(village, rows: RegistryRows, period, today, officer, not_counted=frozenset()) -> RecapData:
    """The registry part as the definitions state it, one person at a time (the recap's code before it was made
    fast): the fast one must give exactly this."""
    day = period.end
    events_of: dict = {}
    for e in rows.events:
        events_of.setdefault(e.person_id, []).append(e)
    people = [tuple(r)[:4] for r in rows.people]
    present = {pid for pid, _s, born, _h in people if in_village(events_of.get(pid, ()), born, day)} - set(not_counted)
    sex_of = {pid: sex for pid, sex, _b, _h in people}
    born_of = {pid: born for pid, _s, born, _h in people}
    household_of = {pid: hh for pid, _s, _b, hh in people}
    flows: Counter = Counter()
    placements_of: dict = {}
    for pl in rows.placements:
        sex = sex_of.get(pl.person_id)
        if sex is None:
            continue
        for key, when in zip(ds.FLOWS, (pl.registered_on, pl.departed_on, pl.returned_on)):
            if period.contains(when):
                flows[(key, sex)] += 1
        if pl.person_id in present:
            placements_of.setdefault(pl.person_id, []).append(pl)
    decisive = {pid: found for pid, own in placements_of.items() if (found := current_placement(own, day))}
    migrants = {household_of[pid] for pid in decisive if household_of.get(pid)}
    statuses = Counter((status_of(decisive[pid][0] if pid in decisive else None, hh in migrants), sex)
                       for pid, sex, _b, hh in people if pid in present)
    lost_ids = {i for i, since, until in rows.losses
                if (since is None or since <= day) and (until is None or until > day)}
    countries, sectors, routes, register, lost = [], [], [], [], 0
    for pid, (stage, pl) in decisive.items():
        sex = sex_of[pid]
        if stage == "aktif":
            countries.append((pl.country or "", sex))
            sectors.append((pl.sector or "", sex))
            routes.append((ds.UNDERAGE if departed_under_age(born_of[pid], pl.departed_on) else pl.route or "", sex))
        lost_then = stage == "aktif" and pl.id in lost_ids
        lost += lost_then
        _i, nik, name, no_kk, dusun, rw, rt = rows.details[pid]
        register.append(RegisterRow(nik or "", no_kk or "", name, sex, born_of[pid], dusun or "", rw, rt, stage,
                                    pl.country, pl.sector, pl.route, pl.job, pl.agency, ds._by(pl.departed_on, day),
                                    ds._by(pl.returned_on, day), lost_then))
    by_status = tuple(CountRow(k, statuses[(k, "L")], statuses[(k, "P")]) for k in ds.STATUS_ORDER)
    register.sort(key=lambda r: (ds.STATUS_ORDER.index(r.status), r.dusun, r.name))
    missing = rows.no_nik & present
    return RecapData(
        village, period, today, officer, by_status,
        CountRow("", sum(r.male for r in by_status), sum(r.female for r in by_status)),
        ds._count(countries), ds._count(sectors), ds._count(routes),
        tuple(CountRow(k, flows[(k, "L")], flows[(k, "P")]) for k in ds.FLOWS), tuple(register), lost,
        nik_missing=CountRow("", sum(sex_of[p] == "L" for p in missing), sum(sex_of[p] == "P" for p in missing)))


@pytest.fixture(scope="module")
def district(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Kuripan and Gondang (the demo twice, no shared row) merged into a district database, where Gondang has a
    tombstoned person with a placement, a person whose household is tombstoned, and one whose household belongs
    to the other village (a join the scope must not make). -> (engine, {code: village id})."""
    folder = tmp_path_factory.mktemp("registry-batch")
    kuripan = demo_copy(demo_file, folder / "kuripan.db")
    gondang = demo_copy(demo_file, folder / "gondang.db")
    make_second_village(gondang)
    con = sqlite3.connect(gondang)
    placed = [r[0] for r in con.execute("SELECT DISTINCT person_id FROM placement WHERE deleted_at IS NULL "
                                        "ORDER BY person_id LIMIT 3")]
    con.execute("UPDATE person SET deleted_at = '2026-01-05 10:00:00' WHERE id = ?", (placed[0],))
    con.execute("UPDATE household SET deleted_at = '2026-01-05 10:00:00' WHERE id = "
                "(SELECT household_id FROM person WHERE id = ?)", (placed[1],))
    # Its household id made Kuripan's twin household's (same id but for the first character 'z' -> the demo's).
    kuripan_household = sqlite3.connect(kuripan).execute("SELECT household_id FROM person WHERE substr(id, 2) = ?",
                                                         (placed[2][1:],)).fetchone()
    con.execute("UPDATE person SET household_id = ? WHERE id = ?",
                (kuripan_household[0] if kuripan_household else None, placed[2]))
    con.commit()
    con.close()
    engine = init_district(f"sqlite:///{folder / 'district.db'}", "Wonosobo")
    ids = {}
    for code, path, name in ((KURIPAN, kuripan, "Kuripan"), (GONDANG, gondang, "Gondang")):
        add_village(engine, code, name, "Watumalang")
        source = ServiceContext.open(path, create=False)
        ids[code] = source.village_id
        with merge_connection(engine) as conn, conn.begin():
            merge_tables(conn, snapshot(source.engine))
        source.close()
    yield engine, ids, kuripan
    engine.dispose()


def test_the_batch_gives_each_village_the_rows_it_was_given_before(district):
    engine, ids, _file = district
    vids = sorted(ids.values())
    with Session(engine) as s:
        batch = read_registry_batch(s, vids)  # Core: no scope needed
    before = _orm_batch(engine, vids)
    assert set(batch) == set(vids)
    for vid in vids:
        assert _plain(batch[vid]) == _plain(before[vid])
    gondang, kuripan = batch[ids[GONDANG]], batch[ids[KURIPAN]]
    assert len(gondang.people) == len(kuripan.people) - 1  # the tombstoned one is not read...
    assert len(gondang.placements) == len(kuripan.placements)  # ...its placements are its village's still


def test_a_context_scoped_to_one_village_reads_its_rows_and_a_village_file_every_row(district):
    engine, ids, kuripan = district
    scoped = ServiceContext(engine, officer="").scoped(ids[GONDANG])
    with scoped.reader() as s:
        assert _plain(read_registry_rows(s, scoped.read_ids())) == _plain(_orm_rows(s))
    own = ServiceContext.open(kuripan, create=False)
    with own.reader() as s:
        assert own.read_ids() is None
        assert _plain(read_registry_rows(s, None)) == _plain(_orm_rows(s))
    own.close()


def test_the_figures_are_the_definitions_figures_for_every_period(district):
    engine, ids, _file = district
    with Session(engine) as s:
        scope_session(s, list(ids.values()))
        batch = read_registry_batch(s, list(ids.values()))
    with Session(engine) as s:
        scope_session(s, ids[KURIPAN])
        village = to_dto(require_village(s))
    some = {r[0] for r in batch[ids[KURIPAN]].people[:40]}  # shared with another village: not present here
    for rows, period, shared in product(batch.values(), PERIODS, (set(), some)):
        fast = registry_recap(village, rows, period, TODAY, "Petugas", shared)
        assert fast == _reference_recap(village, rows, period, TODAY, "Petugas", shared)
    november = registry_recap(village, batch[ids[KURIPAN]], parse_period("2026-11"), TODAY, "")
    assert november.registered.total > 1000 and november.status_total("aktif") > 0 and november.register


def test_the_district_recap_is_unchanged_by_the_batch(district):
    engine, ids, _file = district
    recap = build_district_recap(engine, parse_period("2026-10"), PILLARS, today=TODAY)
    before = _orm_batch(engine, sorted(ids.values()))
    assert {v.code for v in recap.villages} == set(ids)
    for v in recap.villages:
        own = _reference_recap(v.data.village, before[ids[v.code]], recap.period, TODAY, "")
        assert replace(v.data, sections=()) == own


def test_the_current_placement_is_the_registry_definition():
    days = [date(2025, 1, 1) + timedelta(days=d) for d in (0, 1, 2, 3)]
    dated = [None, *days]
    own_rows = []
    for n, (registered, departed, returned, cancelled) in enumerate(product(dated, dated, dated, [None, *days[1:3]])):
        row = (f"p{n}", "x", "calon", registered, departed, returned, "", "", "", "", "", False, cancelled)
        own_rows.append(row)
    as_objects = {row[0]: SimpleNamespace(stage=row[2], registered_on=row[3], departed_on=row[4],
                                          returned_on=row[5], cancelled_on=row[12]) for row in own_rows}
    for day in [date(2024, 12, 31), *days, date(2025, 2, 1)]:
        for i in range(0, len(own_rows), 7):  # groups of three placements, ties included
            group = own_rows[i:i + 3]
            fast = ds._current(group, day)
            slow = current_placement([as_objects[r[0]] for r in group], day)
            assert (fast and (fast[0], fast[1][0])) == (slow and (slow[0], next(
                r[0] for r in group if as_objects[r[0]] is slow[1])))


def test_a_register_row_made_fast_is_the_dataclass():
    values = ("3307", "3307KK", "Sari", "P", date(1990, 1, 2), "Kuripan", 1, 2, "aktif", "Taiwan", "formal",
              "prosedural", "pabrik", "PT X", date(2025, 3, 1), None, True)
    fast, slow = ds._register_row(*values), RegisterRow(*values)
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    with pytest.raises(FrozenInstanceError):
        fast.name = "x"  # type: ignore[misc]


def test_read_ids_names_the_villages_a_context_reads(district):
    engine, _ids, _file = district
    base = ServiceContext(engine, officer="")
    assert base.read_ids() is None
    assert base.scoped("b").read_ids() == ("b",)
    assert replace(base, scope_village_id=("c", "a")).read_ids() == ("a", "c")


def test_the_collector_is_left_as_it_was(district):
    engine, ids, _file = district
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            with Session(engine) as s:
                read_registry_batch(s, list(ids.values()))
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
