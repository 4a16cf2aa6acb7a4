"""Importing a person register from real CSV/XLSX files into a real SQLite village database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desmig_desktop.registry.exchange.persons_import import ImportCancelled, import_persons
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons
from desmig_desktop.registry.services.village import get_village, init_village


def statuses(ctx) -> dict[str, str]:
    return {r.name: r.status for r in list_persons(ctx, PersonQuery(), limit=1000)}


def test_good_csv_imports_people_families_and_migration_history(ctx, village, files):
    result = import_persons(ctx, files.csv(files.good_rows()))
    assert (result.errors, result.written) == ((), True)
    assert (result.rows, result.persons_created, result.households_created, result.placements_created) == (7, 7, 3, 3)
    assert statuses(ctx) == {
        "Slamet Riyadi": "keluarga", "Sularmi": "aktif", "Dwi Lestari": "keluarga",
        "Paiman": "purna", "Ngatini": "keluarga", "Rina Wulandari": "calon", "Wagiyo": "none",
    }
    sularmi = registry.get_person(ctx, [r.id for r in list_persons(ctx, PersonQuery(text="Sularmi"))][0])
    assert sularmi.no_kk == files.KK1 and sularmi.relationship_to_head == "istri"
    (pl,) = sularmi.placements
    assert (pl.country, pl.sector, pl.route, pl.departed_on) == ("Hong Kong", "informal", "prosedural", date(2024, 3, 1))
    wagiyo = registry.get_person(ctx, list_persons(ctx, PersonQuery(text="Wagiyo"))[0].id)
    assert wagiyo.relationship_to_head == "lainnya"  # empty Hubungan Keluarga
    family = registry.get_household(ctx, sularmi.household_id)
    assert (family.dusun, family.rw, family.rt) == ("Kuripan", 1, 2)
    sigaluh = {d.name: d for d in get_village(ctx).dusuns}["Sigaluh"]
    assert [(r.rw, r.rt) for r in sigaluh.rts] == [(2, 3)]  # the new RT was added to the village


def test_semicolon_csv_with_bom(ctx, village, files):
    path = files.csv(files.good_rows(), delimiter=";", bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfNIK;No KK")
    result = import_persons(ctx, path)
    assert result.written and result.persons_created == 7
    assert count_persons(ctx, PersonQuery(text="Sularmi")) == 1  # the BOM did not end up in the NIK header


def test_xlsx_with_real_date_cells(ctx, village, files):
    rows = files.good_rows()
    for row in rows:  # real Excel dates (datetime cells) instead of text
        row[5] = datetime.strptime(row[5], "%d/%m/%Y")
        row[16] = datetime.strptime(row[16], "%d/%m/%Y") if row[16] else None
        row[17] = datetime.strptime(row[17], "%d/%m/%Y").date() if row[17] else None
    result = import_persons(ctx, files.xlsx(rows))
    assert (result.errors, result.persons_created, result.placements_created) == ((), 7, 3)
    paiman = registry.get_person(ctx, list_persons(ctx, PersonQuery(text="Paiman"))[0].id)
    assert paiman.birth_date == date(1975, 1, 30)
    assert (paiman.placements[0].departed_on, paiman.placements[0].returned_on) == (date(2015, 6, 1), date(2019, 8, 17))


def test_header_case_spacing_and_punctuation_variants(ctx, village, files):
    header = ["nik", " No. KK ", "NAMA", "jenis_kelamin", "Tempat  Lahir", "tanggal lahir (dd/mm/yyyy)", "Hubungan Keluarga",
              "dusun", "rw", "rt", "No. HP", "STATUS PMI (calon/aktif/purna)", "negara tujuan", "Sektor (formal/informal)",
              "jabatan", "JALUR", "Tanggal_Berangkat", "tanggal pulang"]
    rows = files.good_rows()
    rows[0][5] = "1980-05-01"  # YYYY-MM-DD
    rows[1][5] = "14-02-1985"  # DD-MM-YYYY
    rows[1][3] = "Perempuan"
    rows[0][3] = "laki-laki"
    result = import_persons(ctx, files.csv(rows, header=header))
    assert (result.errors, result.persons_created) == ((), 7)
    assert statuses(ctx)["Sularmi"] == "aktif"


def test_one_bad_row_lists_every_error_and_writes_nothing(ctx, village, files):
    rows = files.good_rows()
    rows[3][0] = "330709300175000"  # 15 digits
    rows[3][5] = "31/02/1975"
    rows[3][3] = "X"
    rows[5][8] = "dua"  # RW
    header = list(files.HEADER)
    header[0] = "nik"  # errors name the header as written in the file
    result = import_persons(ctx, files.csv(rows, header=header))
    assert not result.written and result.persons_created == 0
    text = [str(e) for e in result.errors]
    assert "baris 5, kolom nik: NIK harus 16 angka (sekarang 15 karakter): periksa kembali sesuai KTP/KK." in text
    assert "baris 5, kolom Tanggal Lahir: tanggal tidak ada: 31 Februari 1975. Periksa lagi tanggalnya di dokumen." in text
    assert any(t.startswith("baris 5, kolom Jenis Kelamin (L/P): Jenis kelamin \"X\" tidak dikenal") for t in text)
    assert any(t.startswith("baris 7, kolom RW: RW \"dua\" harus bilangan bulat") for t in text)
    assert {e.row for e in result.errors} == {5, 7}
    assert count_persons(ctx, PersonQuery(include_gone=True)) == 0
    assert registry.find_household(ctx, files.KK1) is None


def test_missing_required_column_is_one_error_naming_it(ctx, village, files):
    header = [h for h in files.HEADER if h != "Tanggal Lahir"]
    rows = [row[:5] + row[6:] for row in files.good_rows()]
    result = import_persons(ctx, files.csv(rows, header=header))
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith("baris 1, kolom Tanggal Lahir: Kolom wajib \"Tanggal Lahir\" tidak ada")
    assert count_persons(ctx, PersonQuery()) == 0


def test_unknown_dusun_names_the_known_ones(ctx, village, files):
    rows = files.good_rows()
    rows[2][7] = "Krajan"
    result = import_persons(ctx, files.csv(rows))
    (err,) = result.errors
    assert (err.row, err.column) == (4, "Dusun")
    assert "Dusun \"Krajan\" tidak ada di desa ini" in err.message and "Kuripan, Sigaluh" in err.message
    assert count_persons(ctx, PersonQuery()) == 0


def test_village_without_dusun_list_gets_dusun_and_rt_from_the_file(ctx, files):
    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah")
    rows = files.good_rows()
    rows[0][7] = " kuripan"  # same dusun, other spelling: one dusun
    result = import_persons(ctx, files.csv(rows))
    assert result.written, result.errors
    dusuns = {d.name: sorted((r.rw, r.rt) for r in d.rts) for d in get_village(ctx).dusuns}
    assert dusuns == {"Kuripan": [(1, 1), (1, 2)], "Sigaluh": [(2, 3)]}


def test_duplicate_nik_in_the_file_names_the_other_row(ctx, village, files):
    rows = files.good_rows()
    rows[6][0] = rows[0][0]
    rows[6][4:6] = rows[0][4:6]
    result = import_persons(ctx, files.csv(rows))
    (err,) = result.errors
    assert str(err) == f"baris 8, kolom NIK: NIK {rows[0][0]} sudah dipakai di baris 2: satu NIK hanya untuk satu orang."
    assert count_persons(ctx, PersonQuery()) == 0


def test_duplicate_nik_against_the_database_names_the_person(ctx, village, files):
    first = import_persons(ctx, files.csv(files.good_rows()[:1], name="pertama.csv"))
    assert first.written
    result = import_persons(ctx, files.csv(files.good_rows()))
    (err,) = result.errors
    assert (err.row, err.column) == (2, "NIK") and "sudah terdaftar atas nama Slamet Riyadi" in err.message
    assert count_persons(ctx, PersonQuery()) == 1


def test_people_join_a_family_card_already_in_the_database(ctx, village, files):
    assert import_persons(ctx, files.csv(files.good_rows()[:1], name="kepala.csv")).written
    result = import_persons(ctx, files.csv(files.good_rows()[1:3]))
    assert (result.households_created, result.persons_created) == (0, 2)
    household = registry.find_household(ctx, files.KK1)
    assert sorted(m.name for m in household.members) == ["Dwi Lestari", "Slamet Riyadi", "Sularmi"]
    assert statuses(ctx)["Slamet Riyadi"] == "keluarga"  # the head already there now has a migrant in the family


def test_under_18_departure_is_refused(ctx, village, files):
    rows = files.good_rows()
    rows[2][11:18] = ["aktif", "Malaysia", "informal", "", "", "05/01/2026", ""]  # Dwi, born 2010
    result = import_persons(ctx, files.csv(rows))
    (err,) = result.errors
    assert (err.row, err.column) == (4, "Tanggal Berangkat")
    assert "15 tahun" in err.message and "minimal 18 tahun" in err.message
    assert count_persons(ctx, PersonQuery()) == 0


def test_placement_rules_and_choices(ctx, village, files):
    rows = files.good_rows()
    rows[1][16] = ""  # aktif without departure date
    rows[3][15] = "lewat calo"
    rows[6][12] = "Arab Saudi"  # a country without Status PMI
    result = import_persons(ctx, files.csv(rows))
    text = [str(e) for e in result.errors]
    assert "baris 3, kolom Tanggal Berangkat: Tanggal berangkat wajib diisi untuk PMI aktif." in text
    assert any(t.startswith("baris 5, kolom Jalur: Jalur \"lewat calo\" tidak dikenal") for t in text)
    assert any(t.startswith("baris 8, kolom Status PMI: Status PMI kosong padahal Negara Tujuan diisi") for t in text)


def test_foreign_nik_prefix_is_a_warning_and_does_not_block(ctx, village, files):
    rows = files.good_rows()
    rows[6] = files.person("Wagiyo", "L", date(1960, 8, 17), 7, files.KK3, prefix="320101")
    result = import_persons(ctx, files.csv(rows))
    assert result.written and result.errors == ()
    (warning,) = result.warnings
    assert warning.warning and warning.row == 8
    assert str(warning).startswith("Peringatan: baris 8, kolom NIK: Kode wilayah NIK (3201) berbeda")


def test_dry_run_checks_everything_and_writes_nothing(ctx, village, files):
    result = import_persons(ctx, files.csv(files.good_rows()), dry_run=True)
    assert (result.written, result.errors, result.persons_created, result.households_created) == (False, (), 7, 3)
    assert count_persons(ctx, PersonQuery(include_gone=True)) == 0
    assert get_village(ctx).dusuns[1].rts == ()


def test_progress_is_reported_up_to_the_total(ctx, village, files):
    seen: list[tuple[int, int]] = []
    assert import_persons(ctx, files.csv(files.good_rows()), progress=lambda d, t: seen.append((d, t))).written
    assert seen[0] == (0, 14) and seen[-1] == (14, 14)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


@pytest.mark.parametrize("stop_after", [3, 10])  # while checking / while writing (7 rows: 1 + 7 checks, then writes)
def test_cancellation_writes_nothing(ctx, village, files, stop_after):
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > stop_after

    with pytest.raises(ImportCancelled):
        import_persons(ctx, files.csv(files.good_rows()), cancelled=cancelled)
    assert count_persons(ctx, PersonQuery(include_gone=True)) == 0
    assert registry.find_household(ctx, files.KK1) is None


def test_the_sample_file_imports_into_a_new_village(ctx, files):
    from desmig_desktop.core.paths import resources_dir

    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah")
    result = import_persons(ctx, resources_dir() / "samples" / "contoh-impor-penduduk.csv")
    assert result.written and result.warnings == ()
    assert (result.persons_created, result.households_created, result.placements_created) == (11, 3, 4)
    assert count_persons(ctx, PersonQuery(status="pmi")) == 4
