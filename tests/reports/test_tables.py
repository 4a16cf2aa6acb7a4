"""The report kit's recap tables (`reports.tables`, `reports.tables_xlsx`), which every area's recap section draws
with: values shown by their column's kind, a banded two-row header, a sheet read back, and the renderers'
libraries loaded only when drawn."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from types import SimpleNamespace

from openpyxl import Workbook, load_workbook

from desmig_desktop.core.periods import parse_period
from desmig_desktop.reports import xlsx_kit as rx
from desmig_desktop.reports.tables import (
    COUNT,
    DASH,
    DATE,
    MONEY,
    NO,
    PERCENT,
    TEXT,
    Band,
    Column,
    ReportTable,
    header_grid,
    shown,
)
from desmig_desktop.reports.tables_xlsx import write_tables_sheet

TABLE = ReportTable(
    "Pengaduan", (Column("No.", NO), Column("Kategori", TEXT), Column("Masuk"), Column("Baru"), Column("Selesai")),
    ((1, "Putus kontak", 2, 1, 1), (2, "Lainnya", 0, None, "3 hari")), ("", "Jumlah", 2, 1, 1),
    (Band(None, 3), Band("Status", 2)), "Catatan.")


def test_values_are_shown_by_their_columns_kind():
    assert shown(8_000_000, MONEY) == "Rp8.000.000"
    assert shown(1_046, COUNT) == "1.046"
    assert shown(0.75, PERCENT) == "75,0%"
    assert shown(date(2026, 8, 15), DATE) == "15/08/2026"
    assert shown(None, COUNT) == DASH and shown("22 hari", COUNT) == "22 hari"


def test_a_band_heads_its_columns_and_the_others_fill_both_header_rows():
    rows, merged = header_grid(TABLE)
    assert rows == [["No.", "Kategori", "Masuk", "Status", ""], ["", "", "", "Baru", "Selesai"]]
    assert merged == [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 4, 0)]
    assert header_grid(ReportTable("", TABLE.columns, ())) == ([["No.", "Kategori", "Masuk", "Baru", "Selesai"]], [])


def test_a_sheet_of_tables_reads_back_and_ringkasan_points_to_it(tmp_path):
    wb = Workbook(write_only=True)
    summary = rx.SummarySheet(wb, wb.create_sheet("Ringkasan"))
    summary.number = 6
    data = SimpleNamespace(village=SimpleNamespace(code="3307092001", name="Kuripan"),
                           period=parse_period("2026-10"))
    write_tables_sheet(summary, [TABLE], "Lembar", "Judul", data, "{first}\u2013{last}: lihat \u201c{sheet}\u201d")
    wb.save(tmp_path / "t.xlsx")
    book = load_workbook(tmp_path / "t.xlsx")
    ws = book["Lembar"]
    values = [[v for v in row if v is not None] for row in ws.iter_rows(values_only=True)]
    assert values[0] == ["Judul"] and values[1] == ["Desa Kuripan"]
    assert ["7. Pengaduan"] in values
    assert [1, "Putus kontak", 2, 1, 1] in values and ["Jumlah", 2, 1, 1] in values
    lainnya = next(row for row in ws.iter_rows() if row[1].value == "Lainnya")
    assert lainnya[3].value == DASH and lainnya[4].value == "3 hari"
    assert lainnya[4].alignment.horizontal == "right"  # a figure written as a text stands where the figures do
    assert ["Catatan."] in values
    assert any(row[0] == "7\u20137: lihat \u201cLembar\u201d" for row in book["Ringkasan"].iter_rows(values_only=True))
    assert summary.number == 7


def test_importing_the_tables_loads_neither_renderers_library():
    code = ("import sys, desmig_desktop.reports.tables; "
            "print(sorted(m for m in ('reportlab', 'openpyxl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
