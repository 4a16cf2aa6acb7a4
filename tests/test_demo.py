"""The demo village Desa Kuripan on a real SQLite file: the study's numbers, valid data, determinism."""

from __future__ import annotations

import hashlib
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
from desmig_desktop.registry.models import LifeEvent, Person, Placement
from desmig_desktop.registry.nik import check_kk, check_nik
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.status import age_on
from tests.conftest import demo_copy

TODAY = date(2026, 11, 23)
GROUP_SIZES = {"Kelompok Produksi Salak": 13, "Kelompok Produksi Daging": 11, "Kelompok Produksi Singkong": 13,
               "Kelompok Produksi Batik": 13}


# The 50 participants' names printed in Tabel 1 of seed 002, kept here only as the first 16 hex digits of the
# SHA-256 of each name (lower case, single spaces): the test can tell a real name without the repository
# holding one.
TABEL_1_DIGESTS = frozenset({
    "01a38e259d1a755a",
    "0aa2f0ceb960e4da",
    "0b4c82b0393b8c2f",
    "1f01bcdd330e2c62",
    "25d6a8e23e9a8db3",
    "27cc9ab7bad9f75b",
    "2dc962f8071d8d9a",
    "30316089e40588aa",
    "3563f284c5618f4c",
    "3573060cdd352140",
    "3acbccf1a016498d",
    "3cf6467b410e527b",
    "42d9b9539b32dce3",
    "4ed3c38302a5686d",
    "579ba6bf4b151917",
    "5a22b0ebb8624d2a",
    "5cdb728ad6a44b52",
    "5cf870bd947da3a9",
    "625795b2472f6a0c",
    "7494c4884415e09a",
    "7fdd5dc80335c025",
    "80655d5fa549992e",
    "843f6eb08b75346d",
    "8468a25024ea14ac",
    "8482c167c5c651e1",
    "86d5c165eb345c33",
    "877646dd975ba1be",
    "87e9a2a806977524",
    "8974fcc649980232",
    "8f61fb3fcc07fec5",
    "9096c31262c7b37a",
    "9180db2077bbf2bb",
    "9ab6f6484ac75df3",
    "9cb20b431475fffa",
    "9ded5a0fc888782d",
    "a61d267dd9014fe9",
    "a907eb8bfe7290b7",
    "b2dcfa68c0c68701",
    "b3493b14ec7d77bd",
    "c35c28de34b12a95",
    "c596a69619a6e1fa",
    "c7691d57aae84cca",
    "cfb973aeab637216",
    "cfc6e71dadae4364",
    "d917fdfd4cebe97a",
    "de569cb4f2fc36e8",
    "e127ddb7c5fcb9f7",
    "e35c53eb84305e72",
    "eecad8f86c0c1820",
    "f88face1e9a297ec",
})


def _is_tabel_1_name(name: str) -> bool:
    return hashlib.sha256(" ".join(name.lower().split()).encode()).hexdigest()[:16] in TABEL_1_DIGESTS


def _open(path, today=TODAY) -> ServiceContext:
    ctx = ServiceContext.open(path, officer="Petugas Demo")
    ctx.today_override = today
    return ctx


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_build):
    """One demo database for the module: a copy of the session's demo build (officer "Petugas Demo", today =
    TODAY, conftest `demo_build`) and the summary `create_demo_village` returned for it."""
    ctx = _open(demo_copy(demo_build.path, tmp_path_factory.mktemp("demo") / "kuripan.db"))
    yield ctx, demo_build.summary
    ctx.close()


def _people(ctx: ServiceContext) -> list:
    return list_persons(ctx, PersonQuery(include_gone=True, sort="nik"), limit=100_000)


def test_counts_match_the_kuripan_study(demo):
    ctx, summary = demo
    assert count_persons(ctx, PersonQuery(status="aktif")) == 75
    assert count_persons(ctx, PersonQuery(status="purna")) == 413
    assert count_persons(ctx, PersonQuery(status="calon")) == 25
    assert count_persons(ctx, PersonQuery(status="keluarga")) > 500
    assert count_persons(ctx, PersonQuery(status="none")) > 50  # households with no migrant
    assert (summary.pmi_aktif, summary.pmi_purna, summary.calon_pmi) == (75, 413, 25)
    assert (summary.households, summary.persons) == (510, 2134)
    assert summary.persons == len(_people(ctx))
    assert "75 PMI aktif, 413 PMI purna" in str(summary)


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
    then = build_recap(ctx, parse_period("2017-12"), PILLARS)
    sectors = {r.key: r.total for r in then.by_sector}
    assert 0.82 <= sectors["informal"] / then.status_total("aktif") <= 0.90  # Wonosobo 2017: about 86%
    recap = build_recap(ctx, parse_period("2026-11"), PILLARS)
    sectors = {r.key: r.total for r in recap.by_sector}
    assert sectors["informal"] > sectors["formal"]
    top3 = {r.key for r in recap.by_country[:3]}
    assert top3 == {"Malaysia", "Hong Kong", "Taiwan"}
    assert {r.key for r in recap.by_country} <= {"Malaysia", "Hong Kong", "Taiwan", "Singapura", "Arab Saudi",
                                                 "Korea Selatan"}
    assert 0 < recap.lost_contact < 20


@pytest.mark.parametrize("period", ["2017-12", "2017"])
def test_recap_of_december_2017_and_of_2017_shows_the_study_numbers(demo, period):
    ctx, _summary = demo
    recap = build_recap(ctx, parse_period(period), PILLARS)
    assert (recap.status_total("aktif"), recap.status_total("purna")) == (170, 178)


def test_recap_of_november_2026_shows_the_village_today(demo):
    ctx, _summary = demo
    recap = build_recap(ctx, parse_period("2026-11"), PILLARS)
    assert (recap.status_total("aktif"), recap.status_total("purna"), recap.status_total("calon")) == (75, 413, 25)


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
    assert gone == 8  # 4 deaths, 3 moved out, and a group member who moved away with her husband in 2017


def test_no_name_of_tabel_1_is_given_to_a_demo_person(demo):
    ctx, _summary = demo
    assert len(TABEL_1_DIGESTS) == 50
    assert [p.name for p in _people(ctx) if _is_tabel_1_name(p.name)] == []
    for seed in (2017, 2018):
        assert [m.name for h in build_demo_homes(seed) for m in h.members if _is_tabel_1_name(m.name)] == []


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
        assert build_recap(later, parse_period("2026-11"), PILLARS).status_total("aktif") == 75
        assert build_recap(later, parse_period("2017-12"), PILLARS).status_total("aktif") == 170
    finally:
        later.close()


def test_the_four_groups_have_the_sizes_of_tabel_1_with_women_at_home_when_they_joined(demo):
    from desmig_desktop.production.services.groups import check_leave, get_group, list_groups

    ctx, _summary = demo
    groups = {g.name: get_group(ctx, g.id) for g in list_groups(ctx)}
    assert {name: len(g.active_members) for name, g in groups.items()} == GROUP_SIZES
    assert sum(len(g.members) for g in groups.values()) == 60  # 50 of an initial 60
    people = {p.id: p for p in _people(ctx)}
    with ctx.reader() as s:
        placements = s.execute(select(Placement.person_id, Placement.departed_on, Placement.returned_on)).all()
    for g in groups.values():
        for m in g.members:
            assert people[m.person_id].sex == "P"
            assert not any(pid == m.person_id and dep and dep <= m.joined_on and (ret is None or ret > m.joined_on)
                           for pid, dep, ret in placements), m.name  # at home on the day she joined
            if m.left_on is None:  # a member today has stayed home since
                assert people[m.person_id].status in ("purna", "keluarga") and people[m.person_id].in_village
            else:
                assert check_leave(ctx, m.id, m.left_on, m.leave_reason) is None, (m.name, m.leave_reason)
    reasons = [m.leave_reason for g in groups.values() for m in g.members if m.left_on]
    assert len(reasons) == 10 and {"kerja_luar_negeri", "pindah"} <= set(reasons)


def test_groups_produce_sell_and_share_out_in_2017_and_in_the_last_twelve_months(demo):
    from desmig_desktop.production.services.groups import list_groups
    from desmig_desktop.production.services.products import list_batches, list_sales
    from desmig_desktop.production.services.sharing import list_shares

    ctx, _summary = demo
    year_ago = date(2025, 11, 1)
    for g in list_groups(ctx):
        batches = [b.produced_on for b in list_batches(ctx, g.id)]
        sales = [x.sold_on for x in list_sales(ctx, g.id)]
        shares = [(x.period_start, x.period_end) for x in list_shares(ctx, g.id) if x.id]
        for days in (batches, sales, [end for _start, end in shares]):
            assert any(d.year == 2017 for d in days), g.name
            assert any(year_ago <= d <= DATA_END for d in days), g.name
        if g.name.endswith("Salak"):  # after every 4 runs: two share-outs in each year
            assert sum(end.year == 2017 for _s, end in shares) == 2
        else:  # before Lebaran (25 June 2017, 20 March 2026)
            assert {end for _s, end in shares} == {date(2017, 6, 15), date(2026, 3, 10)}
