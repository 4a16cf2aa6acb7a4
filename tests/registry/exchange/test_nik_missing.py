"""People registered without a NIK ("belum ada"): the export writes it, the import reads it back as "NIK not yet
known" (never a NIK), in --mode add and --mode update, and an export made with the full NIK round-trips."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from openpyxl import load_workbook

from desmig_desktop.core import i18n
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.exchange.persons_export import export_persons
from desmig_desktop.registry.exchange.persons_import import import_persons, is_nik_missing
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons
from desmig_desktop.registry.services.village import add_dusun, init_village

NEWBORN, GRANDMA = "Bayi Laksmi", "Mbah Sainem"


@pytest.fixture
def with_newborns(ctx, village, files):
    """The seven people of `good_rows`, and two more in KK1 registered through the form's path without a NIK."""
    assert import_persons(ctx, files.csv(files.good_rows())).written
    slamet = next(r for r in list_persons(ctx, PersonQuery(), limit=100) if r.no_kk == files.KK1)
    kk1 = registry.get_person(ctx, slamet.id).household_id
    registry.register_person(ctx, PersonInput("", NEWBORN, "P", date(2026, 10, 2), "Wonosobo", "anak",
                                              household_id=kk1, nik_missing=True))
    registry.register_person(ctx, PersonInput("", GRANDMA, "P", date(1941, 1, 1), "Wonosobo", "orang_tua",
                                              household_id=kk1, nik_missing=True))
    return ctx


def no_nik_in_the_database(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the people whose NIK column is NULL in the file itself (not "", not a made-up number)."""
    con = sqlite3.connect(ctx.engine.url.database)
    try:
        return sorted(name for (name,) in con.execute("SELECT name FROM person WHERE nik IS NULL"))
    finally:
        con.close()


def people(ctx) -> set[tuple]:  # type: ignore[no-untyped-def]
    out = set()
    for row in list_persons(ctx, PersonQuery(include_gone=True), limit=1000):
        p = registry.get_person(ctx, row.id)
        pl = tuple((x.stage, x.country, x.sector, x.job, x.route, x.departed_on, x.returned_on) for x in p.placements)
        out.add((p.nik, p.no_kk, p.name, p.sex, p.birth_place, p.birth_date, p.relationship_to_head, row.dusun, row.rw,
                 row.rt, p.phone, p.status, pl))
    return out


def fresh_village(tmp_path, today) -> ServiceContext:  # type: ignore[no-untyped-def]
    second = ServiceContext.open(tmp_path / "desa-kedua.db", officer="Petugas Kedua")
    second.today_override = today
    init_village(second, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", dusuns=["Kuripan", "Sigaluh"])
    add_dusun(second, "Kuripan", [(1, 1), (1, 2)])
    return second


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_export_with_nik_reimports_into_a_fresh_village_and_the_nikless_stay_nikless(with_newborns, tmp_path, fmt,
                                                                                   language):
    out = tmp_path / f"penduduk.{fmt}"
    i18n.set_language(language)
    assert export_persons(with_newborns, out, fmt, include_nik=True) == 9
    i18n.set_language("id")
    if fmt == "xlsx":
        cells = [r[0] for r in load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True)]
        assert cells.count("belum ada" if language == "id" else "not yet known") == 2
    second = fresh_village(tmp_path, with_newborns.today_override)
    try:
        result = import_persons(second, out)
        assert result.errors == () and result.written
        assert (result.persons_created, result.households_created) == (9, 3)
        assert people(second) == people(with_newborns)
        missing = list_persons(second, PersonQuery(nik_missing=True), limit=100)
        assert sorted(r.name for r in missing) == [NEWBORN, GRANDMA] and all(not r.nik for r in missing)
        assert count_persons(second, PersonQuery()) == 9
        assert no_nik_in_the_database(second) == [NEWBORN, GRANDMA]
    finally:
        second.close()


@pytest.mark.parametrize("typed", ["belum ada", "BELUM ADA", " Belum  Ada ", "NIK belum ada", "not yet known", "Not Yet Known"])
def test_belum_ada_in_any_case_is_a_nik_not_yet_known(typed):
    assert is_nik_missing(typed)


@pytest.mark.parametrize("typed", ["", "-", "0", "3307091205850001", "belum", "tidak ada", "kosong"])
def test_other_text_is_not_read_as_nik_missing(typed):
    assert not is_nik_missing(typed)


def test_an_empty_nik_is_still_an_error_and_nothing_is_invented(ctx, village, files):
    rows = files.good_rows()
    rows[2][0] = ""
    rows[6][0] = "Belum Ada"
    result = import_persons(ctx, files.csv(rows))
    assert not result.written
    assert [(e.row, e.field) for e in result.errors] == [(4, "nik")]
    assert "belum ada" in result.errors[0].message
    rows[2][0] = "belum ada"
    result = import_persons(ctx, files.xlsx(rows))
    assert result.errors == () and result.written and result.persons_created == 7
    missing = list_persons(ctx, PersonQuery(nik_missing=True), limit=100)
    assert sorted(r.name for r in missing) == ["Dwi Lestari", "Wagiyo"] and all(not r.nik for r in missing)
    assert no_nik_in_the_database(ctx) == ["Dwi Lestari", "Wagiyo"]


def test_the_same_nikless_person_twice_in_a_file_is_an_error(ctx, village, files):
    rows = [*files.good_rows(), files.person("Bayi Laksmi", "P", date(2026, 10, 2), 9, files.KK1, "Anak")]
    rows[-1][0] = "belum ada"
    rows.append(list(rows[-1]))
    result = import_persons(ctx, files.csv(rows))
    assert not result.written
    assert [(e.row, e.code) for e in result.errors] == [(10, "person_repeated")]
    assert "baris 9" in result.errors[0].message


def test_add_mode_refuses_a_nikless_person_already_registered(with_newborns, tmp_path):
    out = tmp_path / "penduduk.csv"
    export_persons(with_newborns, out, "csv", include_nik=True)
    result = import_persons(with_newborns, out)
    assert not result.written
    codes = sorted((e.code, e.message) for e in result.errors if e.code == "person_registered")
    assert len(codes) == 2 and any(NEWBORN in m and "--mode update" in m for _, m in codes)
    assert count_persons(with_newborns, PersonQuery()) == 9


def test_update_mode_matches_nikless_rows_by_name_birth_date_and_kk_else_adds_them(with_newborns, tmp_path, files):
    out = tmp_path / "penduduk.xlsx"
    export_persons(with_newborns, out, "xlsx", include_nik=True)
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("Nama")].value == NEWBORN:
            row[header.index("No HP")].value = "081234567890"  # a change to the registered newborn
        if row[header.index("Nama")].value == GRANDMA:
            row[header.index("Tanggal Lahir")].value = date(1941, 1, 2)  # not the registered one: a new person
    wb.save(out)

    dry = import_persons(with_newborns, out, dry_run=True, mode="update")
    assert dry.errors == () and not dry.written
    rule = [w for w in dry.warnings if w.code == "nik_missing_rows"]
    assert len(rule) == 1 and rule[0].row == 0
    assert rule[0].message == ("2 baris dengan NIK belum ada: dicocokkan dengan orang terdaftar tanpa NIK yang nama, "
                               "tanggal lahir dan No KK-nya sama. 1 cocok (diperbarui bila ada yang berubah), 1 "
                               "ditambahkan sebagai orang baru tanpa NIK.")
    assert dry.persons_created == 1 and dry.persons_updated == 1
    (change,) = dry.changes
    assert (change.name, change.nik, [(f.field, f.old, f.new) for f in change.changes]) == (
        NEWBORN, "", [("phone", "", "081234567890")])

    done = import_persons(with_newborns, out, mode="update")
    assert done.written and (done.persons_created, done.persons_updated) == (1, 1)
    missing = list_persons(with_newborns, PersonQuery(nik_missing=True), limit=100)
    assert sorted(r.name for r in missing) == [NEWBORN, GRANDMA, GRANDMA] and all(not r.nik for r in missing)
    newborn = next(r for r in missing if r.name == NEWBORN)
    assert registry.get_person(with_newborns, newborn.id).phone == "081234567890"
    assert count_persons(with_newborns, PersonQuery()) == 10
    assert no_nik_in_the_database(with_newborns) == [NEWBORN, GRANDMA, GRANDMA]
