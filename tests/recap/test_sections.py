"""A pillar plugs its recap section into both renderers through the section's writers."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.recap import pdf as recap_pdf
from desmig_desktop.recap import xlsx as recap_xlsx
from desmig_desktop.recap.dataset import RecapSection


def _xlsx_section(sheet, section, data, include_nik=False):  # type: ignore[no-untyped-def]
    sheet.table("Kelompok produksi", ["Kelompok", "Anggota", "Berdiri"],
                [(name, members, founded) for name, members, founded in section])


def _pdf_section(kit, section, data, include_nik=False):  # type: ignore[no-untyped-def]
    return kit.table("Kelompok produksi", ["Kelompok", "Anggota", "Berdiri"],
                     [(name, members, founded.strftime("%d/%m/%Y")) for name, members, founded in section],
                     numeric=(1,))


def test_a_registered_section_is_rendered_after_the_fixed_tables(world, tmp_path):
    groups = [("Kelompok Salak", 13, date(2017, 1, 10)), ("=Kelompok Batik", 1_250, date(2017, 2, 1))]
    data = dataclasses.replace(world.data, sections=(RecapSection("produksi", groups, _xlsx_section, _pdf_section),))

    ws = load_workbook(recap_xlsx.write_recap_xlsx(data, tmp_path / "r.xlsx"))["Ringkasan"]
    rows = [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]
    at = next(i for i, r in enumerate(rows) if r[0] == "7. Kelompok produksi")
    assert rows[at + 1][:3] == ("Kelompok", "Anggota", "Berdiri")
    assert rows[at + 2][:3] == ("Kelompok Salak", 13, datetime(2017, 1, 10))
    batik = next(c for r in ws.iter_rows() for c in r if c.value == "=Kelompok Batik")
    assert batik.data_type == "s"

    pdf = recap_pdf.write_recap_pdf(data, tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "7. Kelompok produksi" in text and "=Kelompok Batik 1.250 01/02/2017" in text
    assert text.index("6. PMI aktif yang hilang kontak") < text.index("7. Kelompok produksi") < text.index("Mengetahui")
