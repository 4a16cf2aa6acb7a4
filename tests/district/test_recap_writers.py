"""The district recap's workbook and PDF at scale (issue 10 point 9), from a recap made in memory (the writers never
query): every village row's values, number formats and total row are in the workbook as written, a name that
starts like a formula stays text, a name too long for its PDF column is wrapped and still read, and both files are
written quickly for hundreds of villages."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import date

import openpyxl
import pytest

from desmig_desktop.core.periods import parse_period
from desmig_desktop.district.recap import Column, DistrictRecap, VillageRecap
from desmig_desktop.district.recap_pdf import write_district_pdf
from desmig_desktop.district.recap_xlsx import MONEY_FORMAT, write_district_xlsx
from desmig_desktop.reports.xlsx_kit import COUNT_FORMAT

VILLAGES = 300
COLUMNS = (
    Column("registry.registered", "", "L", "Terdaftar", False, "Penduduk dan PMI"),
    Column("registry.registered", "", "P", "Terdaftar", False, "Penduduk dan PMI"),
    Column("registry.by_status", "aktif", "L", "PMI aktif", False, "Penduduk dan PMI"),
    Column("registry.by_status", "aktif", "P", "PMI aktif", False, "Penduduk dan PMI"),
    Column("production.groups", "", "", "Kelompok", False, "Usaha Produktif"),
    Column("production.sales_total", "", "", "Penjualan", True, "Usaha Produktif"),
    Column("savings.savings_balance", "", "", "Saldo simpanan", True, "Simpan Pinjam"),
)
LONG_NAME = "Sukaraja Kidul Wetan Kulon Lor Tengah Makmur Sejahtera"


def _name(n: int) -> str:
    if n == 0:
        return "=HYPERLINK(\"http://x\")"
    return LONG_NAME if n == 1 else f"Desa {n:03d}"


@pytest.fixture(scope="module")
def recap() -> DistrictRecap:
    villages = tuple(
        VillageRecap(f"3307{n:06d}", _name(n), f"Kecamatan {n % 7}", None,  # type: ignore[arg-type]
                     (n, n + 1, 2 * n, 2 * n + 1, n % 5, 1_000 * n, 250_000 * n), reported=n % 10 != 3)
        for n in range(VILLAGES))
    villages = tuple(sorted(villages, key=lambda v: (v.kecamatan, v.name)))
    missing = tuple(v.code for v in villages if not v.reported)
    return DistrictRecap("Wonosobo", parse_period("2026-10"), date(2026, 11, 5), villages, missing,
                         column_list=COLUMNS)


def test_the_workbook_keeps_every_value_format_and_text(recap, tmp_path):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    path = write_district_xlsx(recap, tmp_path / "rekap.xlsx")
    assert time.perf_counter() - started < 5  # ~0.3 s; a loaded machine has room
    ws = openpyxl.load_workbook(path)["Per desa"]
    rows = list(ws.iter_rows(min_row=2))
    by_code = {r[2].value: r for r in rows[:-1]}
    assert len(by_code) == VILLAGES
    for v in recap.villages:
        row = by_code[v.code]
        assert [c.value for c in row[3:5]] == [v.name, "ya" if v.reported else "belum"]
        assert [c.value for c in row[5:]] == list(v.values)
        assert [c.number_format for c in row[5:]] == [COUNT_FORMAT] * 5 + [MONEY_FORMAT] * 2
        assert not row[5].font.b and row[5].border.left.style == "thin"
    formula = by_code["3307000000"][3]
    assert formula.data_type == "s" and formula.value == "=HYPERLINK(\"http://x\")" and formula.quotePrefix
    total = rows[-1]
    assert total[1].value == "Kabupaten Wonosobo" and total[1].font.b and total[-1].font.b
    assert [c.value for c in total[5:]] == [sum(v.values[i] for v in recap.villages) for i in range(len(COLUMNS))]
    assert total[-1].number_format == MONEY_FORMAT and total[-1].fill.fgColor.rgb == "FFF2F2F2"


def test_the_pdf_wraps_a_long_name_and_lists_every_village(recap, tmp_path):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    path = write_district_pdf(recap, tmp_path / "rekap.pdf")
    assert time.perf_counter() - started < 10  # ~0.5 s; a loaded machine has room
    if shutil.which("pdftotext") is None:
        assert path.read_bytes().startswith(b"%PDF")
        return
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    for word in ("Sukaraja", "Sejahtera", "Desa 299", "Desa 123", "Angka utama per desa", "Desa belum lapor"):
        assert word in words
    total = sum(v.values[6] for v in recap.villages)
    assert f"Rp{total:,}".replace(",", ".") in words.replace("Rp ", "Rp")
