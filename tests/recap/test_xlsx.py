"""The recap workbook, read back with openpyxl (and as raw SpreadsheetML where formulas could hide)."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import CountRow, build_recap
from desmig_desktop.recap.xlsx import write_recap_xlsx

MASKED = re.compile(r"^3307\*{10}\d{2}$")
FORMULA_NAME = '=HYPERLINK("http://x","klik")'
PHONE_JOB = "+6281234567890"


def _tables(ws) -> dict[str, dict[str, tuple]]:  # type: ignore[no-untyped-def]
    """Summary tables by title (without its number): label -> (L, P, Jumlah)."""
    tables: dict[str, dict[str, tuple]] = {}
    current = None
    for row in ws.iter_rows(values_only=True):
        first = row[0]
        if isinstance(first, str) and re.match(r"^\d+\. ", first):
            current = tables.setdefault(first.split(". ", 1)[1], {})
        elif current is not None and isinstance(row[1], str) and row[1] != "Laki-laki" and row[2] != "Laki-laki":
            current[row[1]] = tuple(row[2:5])
    return tables


def _sheet_xml(path, name_part: str) -> str:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if name_part in n)


@pytest.fixture
def book(world, tmp_path):  # type: ignore[no-untyped-def]
    out = write_recap_xlsx(world.data, tmp_path / "rekap.xlsx")
    return out, load_workbook(out)


def test_summary_sheet_shows_the_period_totals_as_values(book):
    out, wb = book
    assert wb.sheetnames == ["Ringkasan", "Register PMI"]
    ws = wb["Ringkasan"]
    texts = [c for row in ws.iter_rows(max_row=9, values_only=True) for c in row if c]
    assert texts[:3] == ["Rekap Desmigratif", "Data PMI Desa Migran Produktif", "Desa Kuripan"]
    assert "Kode Kemendagri: 33.07.09.2001" in texts
    assert "Kec. Watumalang, Kab. Wonosobo, Prov. Jawa Tengah" in texts
    assert "Periode: November 2026 (1 November 2026 s.d. 30 November 2026)" in texts
    assert "Tanggal dibuat: 23 November 2026" in texts and "Petugas: Siti Petugas" in texts

    t = _tables(ws)
    assert t["Penduduk menurut status dan jenis kelamin"] == {
        "Calon PMI": (0, 1, 1), "PMI aktif": (1, 1, 2), "PMI purna": (0, 1, 1), "Keluarga PMI": (1, 1, 2),
        "Bukan PMI": (1, 0, 1), "Jumlah penduduk terdaftar": (3, 4, 7),
    }
    assert t["PMI aktif menurut negara tujuan"] == {"Hong Kong": (0, 1, 1), "Malaysia": (1, 0, 1), "Jumlah": (1, 1, 2)}
    assert t["PMI aktif menurut sektor"] == {"Formal": (1, 0, 1), "Informal": (0, 1, 1), "Jumlah": (1, 1, 2)}
    assert t["PMI aktif menurut jalur penempatan"] == {"Non-prosedural": (1, 0, 1), "Prosedural": (0, 1, 1),
                                                       "Jumlah": (1, 1, 2)}
    assert t["Pendaftaran, keberangkatan dan kepulangan dalam periode"] == {
        "Pendaftaran calon PMI": (0, 1, 1), "Keberangkatan": (1, 0, 1), "Kepulangan": (0, 1, 1)}
    assert t["PMI aktif yang hilang kontak"] == {"PMI aktif hilang kontak": (1, 0, 1)}
    # Totals are stored numbers with an integer format, never formulas a non-recalculating reader shows empty.
    total = next(r for r in ws.iter_rows() if r[1].value == "Jumlah penduduk terdaftar")
    assert [(c.data_type, c.number_format) for c in total[2:5]] == [("n", "#,##0")] * 3
    assert "<f>" not in _sheet_xml(out, "worksheets/")
    assert any("Register PMI" in str(c) for row in ws.iter_rows(values_only=True) for c in row)


def test_register_masks_nik_and_kk_by_default(world, book):
    out, wb = book
    ws = wb["Register PMI"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("No.", "NIK", "No. KK", "Nama", "L/P", "Tanggal Lahir")
    assert rows[0][-3:] == ("Tgl Berangkat", "Tgl Pulang", "Hilang Kontak")
    assert len(rows) == 1 + 4  # the four people with a placement
    by_name = {r[3]: r for r in rows[1:]}
    assert set(by_name) == {"Sularmi", FORMULA_NAME, "Wartini", "Rini Astuti"}
    for r in rows[1:]:
        assert MASKED.match(r[1]) and MASKED.match(r[2])
    assert by_name["Sularmi"][1] == "3307**********02"
    sularmi = by_name["Sularmi"]
    assert sularmi[4:10] == ("P", datetime(1985, 2, 14), "Kuripan", 1, 2, "PMI aktif")
    assert sularmi[10:] == ("Hong Kong", "Informal", "Prosedural", "Perawat lansia", "PT Maju Jaya",
                             datetime(2024, 3, 1), None, "Tidak")
    assert by_name[FORMULA_NAME][-1] == "Ya" and by_name[FORMULA_NAME][12] == "Non-prosedural"
    assert by_name["Wartini"][9] == "PMI purna" and by_name["Wartini"][16] == datetime(2026, 11, 10)
    assert by_name["Rini Astuti"][9] == "Calon PMI"
    birth = ws.cell(row=2, column=6)
    assert birth.is_date and birth.number_format == "DD/MM/YYYY"
    raw = _sheet_xml(out, "xl/")
    for nik in (*world.niks.values(), *world.kks):
        assert nik not in raw


def test_register_shows_full_numbers_when_asked(world, tmp_path):
    wb = load_workbook(write_recap_xlsx(world.data, tmp_path / "lengkap.xlsx", include_nik=True))
    rows = {r[3]: r for r in wb["Register PMI"].iter_rows(min_row=2, values_only=True)}
    assert rows["Sularmi"][1] == world.niks["Sularmi"] and rows["Sularmi"][2] == world.kks[0]
    notes = [c for row in wb["Ringkasan"].iter_rows(values_only=True) for c in row if c]
    assert not any("disamarkan" in str(c) for c in notes)


def test_formula_like_text_is_stored_as_text(world, tmp_path):
    data = dataclasses.replace(world.data, by_country=(CountRow("=2+3", 1, 0), CountRow("-1", 0, 1)),
                               officer="@Petugas")
    out = write_recap_xlsx(data, tmp_path / "rumus.xlsx")
    wb = load_workbook(out)
    reg = wb["Register PMI"]
    cells = {c.value: c for row in reg.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
    for text in (FORMULA_NAME, PHONE_JOB, "@Agen Mandiri"):
        assert cells[text].data_type == "s" and cells[text].value == text
        assert cells[text].quotePrefix  # Excel keeps it text even when the cell is edited
    summary = {c.value: c for row in wb["Ringkasan"].iter_rows() for c in row if isinstance(c.value, str)}
    assert summary["=2+3"].data_type == "s" and summary["-1"].data_type == "s"
    raw = _sheet_xml(out, "worksheets/")
    assert "<f>" not in raw and "<f " not in raw
    assert "HYPERLINK" in raw  # it is there, as text


def test_register_sheet_is_ready_to_filter_and_print(world, book):
    _, wb = book
    ws = wb["Register PMI"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:R5"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.column_dimensions["D"].width >= len(FORMULA_NAME)  # names are not cut
    assert wb.properties.creator == "Desmig Desktop"
    assert wb.properties.title == "Rekap Desmigratif Desa Kuripan \u2014 November 2026"


def test_a_pillar_without_a_recap_section_adds_nothing(ctx, world, tmp_path):
    from desmig_desktop.activities.pillar import PILLAR as ACTIVITIES

    data = build_recap(ctx, parse_period("2026-11"), (ACTIVITIES,))
    wb = load_workbook(write_recap_xlsx(data, tmp_path / "r.xlsx"))
    assert wb.sheetnames == ["Ringkasan", "Register PMI"]


def test_empty_village_still_gives_a_readable_workbook(ctx, village, tmp_path):
    wb = load_workbook(write_recap_xlsx(build_recap(ctx, parse_period("2026")), tmp_path / "kosong.xlsx"))
    values = [c for row in wb["Ringkasan"].iter_rows(values_only=True) for c in row if c is not None]
    assert "(tidak ada data)" in values and "Tahun 2026 (1 Januari 2026 s.d. 31 Desember 2026)" in " ".join(map(str, values))
    assert wb["Register PMI"].max_row == 1


def test_failed_write_leaves_the_old_file_and_no_temp(world, tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "rekap.xlsx"
    out.write_bytes(b"versi lama")
    bad = dataclasses.replace(world.data.register[0], birth_date=object())  # not a date: the writer fails mid-way
    with pytest.raises(TypeError):
        write_recap_xlsx(dataclasses.replace(world.data, register=(*world.data.register, bad)), out)
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in folder.iterdir()] == ["rekap.xlsx"]


def test_large_register_is_written_whole(world, tmp_path):
    """~30,000 register rows (a 100,000-person village) are all written (speed: bench/bench_recap.py)."""
    from desmig_desktop.recap.pdf import write_recap_pdf

    base = world.data.register
    many = tuple(dataclasses.replace(base[i % len(base)], name=f"Orang {i}") for i in range(30_000))
    data = dataclasses.replace(world.data, register=many)
    write_recap_xlsx(data, tmp_path / "besar.xlsx")
    write_recap_pdf(data, tmp_path / "besar.pdf")
    raw = _sheet_xml(tmp_path / "besar.xlsx", "worksheets/sheet2")
    assert '<row r="30001">' in raw and "Orang 29999" in raw and '<row r="30002">' not in raw


def test_register_text_with_markup_control_characters_and_spaces(world, tmp_path):
    odd = dataclasses.replace(world.data.register[0], name=" Ani & <Budi>\x07 ", agency="PT \"Maju\" 'Jaya'\nCabang 2")
    out = write_recap_xlsx(dataclasses.replace(world.data, register=(odd,)), tmp_path / "aneh.xlsx")
    row = next(load_workbook(out)["Register PMI"].iter_rows(min_row=2, values_only=True))
    assert row[3] == " Ani & <Budi> " and row[14] == "PT \"Maju\" 'Jaya'\nCabang 2"
