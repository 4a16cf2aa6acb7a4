"""The demo village Desa Kuripan on a real SQLite file: the study's numbers, valid data, determinism."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.app import PILLARS, create_demo_village
from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.registry.demo_homes import DATA_END, build_demo_homes
from desmig_desktop.registry.demo_names import PARTICIPANTS, PRODUCTION_GROUPS
from desmig_desktop.registry.models import LifeEvent, Person, Placement
from desmig_desktop.registry.nik import check_kk, check_nik
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.status import age_on

TODAY = date(2026, 11, 23)


def _open(path, today=TODAY) -> ServiceContext:
    ctx = ServiceContext.open(path, officer="Petugas Demo")
    ctx.today_override = today
    return ctx


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database for the module (building it takes a few seconds)."""
    ctx = _open(tmp_path_factory.mktemp("demo") / "kuripan.db")
    summary = create_demo_village(ctx)
    yield ctx, summary
    ctx.close()


def _people(ctx: ServiceContext) -> list:
    return list_persons(ctx, PersonQuery(include_gone=True, sort="nik"), limit=100_000)


def test_counts_match_the_kuripan_study(demo):
    ctx, summary = demo
    assert count_persons(ctx, PersonQuery(status="aktif")) == 170
    assert count_persons(ctx, PersonQuery(status="purna")) == 178
    assert 20 <= count_persons(ctx, PersonQuery(status="calon")) <= 30
    assert count_persons(ctx, PersonQuery(status="keluarga")) > 500
    assert count_persons(ctx, PersonQuery(status="none")) > 50  # households with no migrant
    assert (summary.pmi_aktif, summary.pmi_purna, summary.calon_pmi) == (170, 178, 25)
    assert 1_500 <= summary.persons <= 2_500
    assert summary.persons == len(_people(ctx))
    assert "170 PMI aktif, 178 PMI purna" in str(summary)


def test_village_has_six_dusun_twelve_rw_and_56_rt(demo):
    ctx, summary = demo
    v = get_village(ctx)
    assert (v.code, v.name, v.kecamatan, v.kabupaten, v.provinsi) == (
        "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah")
    assert v.head_name and v.formatted_code == "33.07.09.2001"
    assert sorted(d.name for d in v.dusuns) == ["Banjaran", "Bedali", "Kuripan", "Lenggerang", "Sigaok", "Temanggung"]
    assert len({(d.name, r.rw) for d in v.dusuns for r in d.rts}) == 12
    assert sum(len(d.rts) for d in v.dusuns) == 56
    assert (summary.dusun, summary.rw, summary.rt) == (6, 12, 56)
    people = _people(ctx)
    used = {(p.dusun, p.rw, p.rt) for p in people}
    assert used == {(d.name, r.rw, r.rt) for d in v.dusuns for r in d.rts}  # every RT has families


def test_every_nik_and_no_kk_is_valid_unique_and_from_watumalang(demo):
    ctx, _summary = demo
    people = _people(ctx)
    for p in people:
        assert check_nik(p.nik, p.birth_date, p.sex, "3307") == [], p.nik
        assert p.nik.startswith("330709")
        assert check_kk(p.no_kk) == [] and p.no_kk.startswith("330709")
    assert len({p.nik for p in people}) == len(people)
    households = {(p.no_kk) for p in people}
    assert len(households) == demo[1].households


def test_women_and_the_informal_sector_dominate_among_migrants(demo):
    ctx, _summary = demo
    pmi = count_persons(ctx, PersonQuery(status="pmi"))
    women = count_persons(ctx, PersonQuery(status="pmi", sex="P"))
    assert 0.8 <= women / pmi <= 0.92
    recap = build_recap(ctx, parse_period("2026-11"), PILLARS)
    sectors = {r.key: r.total for r in recap.by_sector}
    assert sectors["informal"] > sectors["formal"]
    top3 = {r.key for r in recap.by_country[:3]}
    assert top3 == {"Malaysia", "Hong Kong", "Taiwan"}
    assert {r.key for r in recap.by_country} <= {"Malaysia", "Hong Kong", "Taiwan", "Singapura", "Arab Saudi",
                                                 "Korea Selatan"}
    assert 0 < recap.lost_contact < 20


def test_recap_of_november_2026_shows_the_study_numbers(demo):
    ctx, _summary = demo
    recap = build_recap(ctx, parse_period("2026-11"), PILLARS)
    assert recap.status_total("aktif") == 170
    assert recap.status_total("purna") == 178
    assert recap.status_total("calon") == 25


def test_placements_are_lawful_and_dated_2008_to_october_2026(demo):
    ctx, _summary = demo
    with ctx.reader() as s:
        rows = s.execute(select(Placement, Person.birth_date, Person.status).join(Person)).all()
        events = s.scalars(select(LifeEvent)).all()
    assert rows
    twice = {}
    for pl, born, _status in rows:
        dates = [d for d in (pl.registered_on, pl.departed_on, pl.returned_on, pl.last_contact_on) if d]
        assert all(date(2008, 1, 1) <= d <= DATA_END for d in dates)
        if pl.departed_on:
            assert age_on(born, pl.departed_on) >= 18
        if pl.lost_contact:
            assert pl.last_contact_on is not None
        twice[pl.person_id] = twice.get(pl.person_id, 0) + 1
    aktif_years = [pl.departed_on.year for pl, _b, st in rows if pl.stage == "aktif"]
    assert sum(2023 <= y <= 2026 for y in aktif_years) / len(aktif_years) > 0.8
    purna_returns = [pl.returned_on for pl, _b, st in rows if st == "purna"]
    assert min(purna_returns).year <= 2010 and max(purna_returns).year == 2026
    assert sum(date(2016, 12, 1) <= d <= date(2017, 12, 31) for d in purna_returns) > 40
    purna_twice = {pl.person_id for pl, _b, st in rows if st == "purna" and twice[pl.person_id] >= 2}
    assert len(purna_twice) >= 10
    assert any(pl.route == "non_prosedural" for pl, _b, _s in rows)
    assert {pl.return_reason for pl, _b, _s in rows if pl.stage == "purna"} >= {"Kontrak selesai", "Sakit", "PHK"}
    assert all(pl.agency.startswith("PT ") for pl, _b, _s in rows if pl.scheme == "p_to_p")
    assert {e.kind for e in events} == {"lahir", "pindah_datang", "pindah_keluar", "meninggal"}


def test_life_events_take_people_off_the_active_list(demo):
    ctx, _summary = demo
    gone = count_persons(ctx, PersonQuery(include_gone=True)) - count_persons(ctx, PersonQuery())
    assert gone == 7  # 4 deaths, 3 moved out


def test_tabel_1_participants_are_purna_or_keluarga_women_with_unique_names(demo):
    ctx, _summary = demo
    assert len(PARTICIPANTS) == 50 and [len(v) for v in PRODUCTION_GROUPS.values()] == [13, 11, 13, 13]
    by_name: dict[str, list] = {}
    for p in _people(ctx):
        by_name.setdefault(p.name, []).append(p)
    statuses = []
    for name in PARTICIPANTS:
        assert len(by_name.get(name, [])) == 1, name
        person = by_name[name][0]
        assert person.sex == "P" and person.in_village
        statuses.append(person.status)
    assert set(statuses) == {"purna", "keluarga"} and statuses.count("purna") > 35


def test_demo_goes_through_the_audit_trail(demo):
    ctx, summary = demo
    with ctx.reader() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "person")).all()
    assert len(entries) == summary.persons
    assert {e.officer for e in entries} == {"Petugas Demo"} and {e.action for e in entries} == {"create"}


def test_refuses_a_database_that_is_not_empty(demo, ctx, village):
    with pytest.raises(ValidationError) as err:
        create_demo_village(ctx)
    assert "basis data baru yang masih kosong" in str(err.value)
    assert count_persons(ctx, PersonQuery(include_gone=True)) == 0
    demo_ctx, summary = demo
    with pytest.raises(ValidationError):
        create_demo_village(demo_ctx)
    assert len(_people(demo_ctx)) == summary.persons


def test_same_seed_same_households_other_seed_other_people():
    def key(homes):
        return [(h.no_kk, [(m.nik, m.name, m.rel, len(m.placements)) for m in h.members]) for h in homes]

    assert key(build_demo_homes(2017)) == key(build_demo_homes(2017))
    assert key(build_demo_homes(2017)) != key(build_demo_homes(2018))


@pytest.mark.slow
def test_two_databases_hold_identical_people_even_on_a_later_day(demo, tmp_path):
    first, _summary = demo
    later = _open(tmp_path / "again.db", today=date(2031, 5, 2))
    try:
        create_demo_village(later)
        assert sorted((p.nik, p.name, p.status) for p in _people(later)) == \
            sorted((p.nik, p.name, p.status) for p in _people(first))
        assert build_recap(later, parse_period("2026-11"), PILLARS).status_total("aktif") == 170
    finally:
        later.close()


def test_tabel_1_participants_form_the_four_production_groups(demo):
    from desmig_desktop.production.services.groups import get_group, list_groups

    ctx, _summary = demo
    groups = {g.name: get_group(ctx, g.id) for g in list_groups(ctx)}
    assert set(groups) == set(PRODUCTION_GROUPS)
    for name, members in PRODUCTION_GROUPS.items():
        assert sorted(m.name for m in groups[name].active_members) == sorted(members)
    assert sum(len(g.members) for g in groups.values()) == 60  # 50 of an initial 60
