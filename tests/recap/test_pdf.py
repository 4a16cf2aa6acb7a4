"""The recap report (PDF), read back with pypdf: words, page numbers, signatures, embedded fonts."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader

from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import CountRow, build_recap
from desmig_desktop.recap.pdf import write_recap_pdf


def _pages(path) -> list[str]:  # type: ignore[no-untyped-def]
    """Each page's text with whitespace collapsed (table cells come out one per line)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def report(world, tmp_path):  # type: ignore[no-untyped-def]
    return write_recap_pdf(world.data, tmp_path / "rekap.pdf")


def test_report_has_letterhead_period_tables_and_signatures(world, report):
    pages = _pages(report)
    text = " ".join(pages)
    for words in ("PEMERINTAH KABUPATEN WONOSOBO", "KECAMATAN WATUMALANG", "DESA KURIPAN",
                  "Jl. Raya Watumalang No. 1, Kuripan", "Kode Kemendagri 33.07.09.2001",
                  "REKAP DATA PMI DESA MIGRAN PRODUKTIF", "Periode November 2026",
                  "November 2026 (1 November 2026 s.d. 30 November 2026)", "Keadaan per tanggal : 30 November 2026",
                  "Tanggal dibuat : 23 November 2026"):
        assert words in text, words
    for row in ("Calon PMI 0 1 1", "PMI aktif 1 1 2", "PMI purna 0 1 1", "Keluarga PMI 1 1 2", "Bukan PMI 1 0 1",
                "Jumlah penduduk terdaftar 3 4 7", "Hong Kong 0 1 1", "Malaysia 1 0 1", "Non-prosedural 1 0 1",
                "Pendaftaran calon PMI 0 1 1", "Keberangkatan 1 0 1", "Kepulangan 0 1 1",
                "PMI aktif hilang kontak 1 0 1"):
        assert row in text, row
    assert "Jumlah orang dalam register PMI: 4 orang" in text
    # Signatures at the end: the head of the village and the officer, place and date.
    last = pages[-1]
    for words in ("Mengetahui,", "Kuripan, 23 November 2026", "Kepala Desa Kuripan", "Petugas Desmigratif",
                  "Bapak Kades", "Siti Petugas"):
        assert words in last, words
    assert last.index("Petugas Desmigratif") < last.index("Siti Petugas")
    meta = PdfReader(report).metadata
    assert meta.title == "Rekap Desmigratif Desa Kuripan \u2014 November 2026" and meta.creator == "Desmig Desktop"


def test_every_page_is_numbered(world, tmp_path):
    countries = tuple(CountRow(f"Negara {i:02d}", i % 3, i % 5) for i in range(80))  # forces a long table
    out = write_recap_pdf(dataclasses.replace(world.data, by_country=countries), tmp_path / "panjang.pdf")
    pages = _pages(out)
    assert len(pages) >= 3
    for n, text in enumerate(pages, 1):
        assert f"Halaman {n} dari {len(pages)}" in text
    # The long table goes on with its header repeated on the next page.
    follow = next(i for i, t in enumerate(pages) if "Negara 79" in t)
    assert "Negara tujuan Laki-laki Perempuan Jumlah" in pages[follow]


def test_no_identity_numbers_in_the_report(world, report, tmp_path):
    text = " ".join(_pages(report))
    full = " ".join(_pages(write_recap_pdf(world.data, tmp_path / "lengkap.pdf", include_nik=True)))
    for number in (*world.niks.values(), *world.kks):
        assert number not in text and number not in full
    assert "NIK dan No. KK disamarkan" in text
    assert "3307**" not in text  # the register (and its masked numbers) is Excel-only


def test_fonts_are_embedded(report):
    reader = PdfReader(report)
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            seen.add(name)
            assert "Helvetica" not in name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert any("Bold" in n for n in seen) and any("Roman" in n or "Sans" in n for n in seen)


def test_a_pillar_without_a_section_adds_nothing_and_markup_is_text(ctx, world, tmp_path):
    from desmig_desktop.activities.pillar import PILLAR as ACTIVITIES

    village = dataclasses.replace(world.data.village, name="Kuripan <b>&</b>", head_name="")
    data = dataclasses.replace(build_recap(ctx, parse_period("2026-11"), (ACTIVITIES,)), village=village)
    text = " ".join(_pages(write_recap_pdf(data, tmp_path / "r.pdf")))
    assert "DESA KURIPAN <B>&</B>" in text and "Kepala Desa Kuripan <b>&</b>" in text
    assert "(......" in text  # no head of village recorded: a dotted line to write the name on


def test_empty_village_report(ctx, village, tmp_path):
    pages = _pages(write_recap_pdf(build_recap(ctx, parse_period("2026-Q4")), tmp_path / "kosong.pdf"))
    text = " ".join(pages)
    assert "(tidak ada data)" in text and "Periode Triwulan IV 2026" in text
    assert "Jumlah penduduk terdaftar 0 0 0" in text and f"Halaman 1 dari {len(pages)}" in text


def test_failed_write_leaves_the_old_file(world, tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    out = folder / "rekap.pdf"
    out.write_bytes(b"versi lama")
    huge = (CountRow("kata " * 20_000, 1, 0),)  # one cell taller than a page: reportlab cannot lay it out
    with pytest.raises(Exception):
        write_recap_pdf(dataclasses.replace(world.data, by_country=huge), out)
    assert out.read_bytes() == b"versi lama"
    assert [p.name for p in folder.iterdir()] == ["rekap.pdf"]
