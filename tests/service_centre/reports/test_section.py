"""The Pusat Layanan Migrasi section of the village recap, in the workbook (sheet "Layanan Migrasi") and in the
PDF, for October 2026 of the hand-built history (tests/service_centre/recap_fixtures.py); read back."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.app import PILLARS
from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import write_recap_xlsx
from tests.service_centre.recap_fixtures import NOTE, OUTSIDER, SECRET, build_history


@pytest.fixture
def october(ctx, village):  # type: ignore[no-untyped-def]
    build_history(ctx)
    return build_recap(ctx, parse_period("2026-10"), PILLARS)


def rows_of(ws) -> list[list[object]]:  # type: ignore[no-untyped-def]
    out = []
    for row in ws.iter_rows(values_only=True):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        if values:
            out.append(values)
    return out


def line(rows: list[list[object]], text: str) -> list[object]:
    return next(r for r in rows if len(r) > 1 and r[1] == text)


def test_workbook_sheet(october, tmp_path):  # type: ignore[no-untyped-def]
    path = write_recap_xlsx(october, tmp_path / "rekap.xlsx")
    wb = load_workbook(path)
    ws = wb["Layanan Migrasi"]
    rows = rows_of(ws)
    assert rows[0] == ["Pusat Layanan Migrasi"]
    assert line(rows, "Kunjungan ke Pusat Layanan (buku tamu)")[2] == 3
    assert line(rows, "Keberangkatan non-prosedural")[2] == 1
    assert line(rows, "Median lama penyelesaian pengaduan")[2] == "22 hari"
    assert line(rows, "Informasi kerja luar negeri")[2:] == [1, 1, 2]
    assert line(rows, "Informasi migrasi aman")[2:] == [0, 1, 1]
    assert line(rows, "Ditolak")[2] == 1
    assert line(rows, "Umur di bawah 18 tahun")[2] == 1
    #                                   masuk, baru, ditindaklanjuti, dirujuk, selesai, jumlah
    assert line(rows, "Putus kontak")[2:] == [1, 0, 1, 0, 0, 1]
    assert line(rows, "Penipuan calo")[2:] == [1, 0, 0, 0, 1, 1]
    assert line(rows, "PMI putus kontak")[2] == 1  # Dedi; Wati only has an open putus-kontak complaint:
    assert line(rows, "Pengaduan putus kontak masih terbuka pada akhir periode")[2] == 1
    summary = [r[0] for r in rows_of(wb["Ringkasan"]) if isinstance(r[0], str)]
    assert any("Pusat Layanan Migrasi: lihat lembar \u201cLayanan Migrasi\u201d" in t for t in summary)
    texts = " ".join(str(v) for ws in wb.worksheets for r in ws.iter_rows(values_only=True) for v in r if v)
    assert SECRET not in texts and NOTE not in texts and OUTSIDER not in texts


def test_pdf(october, tmp_path):  # type: ignore[no-untyped-def]
    path = write_recap_pdf(october, tmp_path / "rekap.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    assert "PUSAT LAYANAN MIGRASI" in flat
    assert "Kunjungan buku tamu menurut keperluan" in flat
    assert "Pengaduan menurut kategori dan status" in flat
    assert "Calon PMI berisiko menurut alasan" in flat
    assert "22 hari" in flat
    assert SECRET not in flat and OUTSIDER not in flat and "Majikan" not in flat
