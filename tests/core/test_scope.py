"""A context scoped to one village of a district database (issue 10): every ORM read of its sessions sees that
village's rows only — entity and column-only selects, joins, subqueries, aliases, relationship loads — and the
recap leaves out the people the district counts in another village (`not_counted`)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.engine import make_engine, migrate
from desmig_desktop.core.periods import parse_period
from desmig_desktop.district.merge import merge_rows, read_rows
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.registry.models import Household, Person, Placement, Village
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PlacementInput
from desmig_desktop.registry.services.village import init_village
from tests.conftest import TODAY, person_input

NOVEMBER = parse_period("2026-11")


def _village(path, code, name, dusun, people, prefix):  # type: ignore[no-untyped-def]
    """A small village file: one household of `people` (name, sex), the first one PMI aktif in Hong Kong."""
    ctx = ServiceContext.open(path, officer="Petugas")
    ctx.today_override = TODAY
    v = init_village(ctx, code, name, "Watumalang", "Wonosobo", "Jawa Tengah", "Kades", dusuns=[dusun])
    hh = registry.create_household(ctx, HouseholdInput(prefix + "1201150003", v.dusuns[0].id, 1, 1)).id
    ids = []
    for serial, (person, sex) in enumerate(people, start=1):
        ids.append(registry.register_person(ctx, person_input(person, sex, date(1990, 1, serial), serial, hh,
                                                              "kepala" if serial == 1 else "anak", prefix)).id)
    registry.add_placement(ctx, ids[0], PlacementInput("aktif", "Hong Kong", "informal", departed_on=date(2024, 3, 1)))
    return ctx, ids


@pytest.fixture(scope="module")
def district(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Two villages' files (2 and 3 people) merged into one database; the village contexts stay open (read only)."""
    tmp_path = tmp_path_factory.mktemp("scope")
    one, one_ids = _village(tmp_path / "a.db", "3307092001", "Kuripan", "Krajan", [("Sarmi", "P"), ("Tono", "L")],
                            "330709")
    two, two_ids = _village(tmp_path / "b.db", "3307092002", "Gondang", "Sigaluh",
                            [("Wati", "P"), ("Budi", "L"), ("Rina", "P")], "330710")
    engine = make_engine(f"sqlite:///{tmp_path / 'district.db'}")
    migrate(engine, "head")
    for village in (one, two):
        with engine.begin() as conn:
            merge_rows(conn, read_rows(village.engine))
    whole = ServiceContext(engine, "Petugas Disnaker", TODAY)
    yield whole, (one, one_ids), (two, two_ids)
    for c in (whole, one, two):
        c.close()


def test_every_kind_of_read_sees_the_scoped_village_only(district):
    whole, (one, one_ids), (two, two_ids) = district
    with whole.reader() as s:
        assert s.scalar(select(func.count(Person.id))) == 5  # unscoped: both villages
    scoped = whole.scoped(two.village_id)
    with scoped.reader() as s:
        assert sorted(p.id for p in s.scalars(select(Person))) == sorted(two_ids)
        assert s.scalar(select(func.count(Person.id))) == 3
        assert sorted(s.scalars(select(Person.id))) == sorted(two_ids)  # column-only
        joined = s.execute(select(Person.name, Household.no_kk).join(Household, Household.id == Person.household_id)).all()
        assert {kk for _n, kk in joined} == {"3307101201150003"}
        other = aliased(Person)
        assert s.scalar(select(func.count(other.id))) == 3  # an alias
        in_sub = s.scalars(select(Person.id).where(Person.id.in_(select(Placement.person_id)))).all()
        assert in_sub == [two_ids[0]]  # a subquery
        village = s.scalars(select(Village)).one()
        assert village.code == "3307092002" and [d.name for d in village.dusuns] == ["Sigaluh"]  # a relationship
        assert s.get(Person, one_ids[0]) is None  # another village's row by its key


def test_a_scoped_context_reads_only(district):
    whole, (one, _ids), _two = district
    with pytest.raises(RuntimeError):
        with whole.scoped(one.village_id).unit_of_work():
            pass


def test_the_scoped_recap_is_the_village_recap_and_leaves_out_people_counted_elsewhere(district):
    whole, (one, one_ids), (two, two_ids) = district
    for village in (one, two):
        own = build_recap(village, NOVEMBER)
        scoped = build_recap(whole.scoped(village.village_id), NOVEMBER)
        assert (scoped.village, scoped.by_status, scoped.flows, scoped.register) == \
            (own.village, own.by_status, own.flows, own.register)
    without_budi = build_recap(whole.scoped(two.village_id, {two_ids[1]}), NOVEMBER)
    assert without_budi.registered.total == 2 and without_budi.registered.male == 0
    assert build_recap(whole.scoped(two.village_id), NOVEMBER).registered.total == 3


def test_a_session_scoped_to_several_villages_reads_theirs(district):
    from sqlalchemy.orm import Session

    from desmig_desktop.core.context import scope_session

    whole, (one, _one_ids), (two, _two_ids) = district
    for ids, people in (({one.village_id, two.village_id}, 5), ({two.village_id}, 3), ({"none"}, 0)):
        with Session(whole.engine) as s:
            scope_session(s, ids)
            assert s.scalar(select(func.count(Person.id))) == people
