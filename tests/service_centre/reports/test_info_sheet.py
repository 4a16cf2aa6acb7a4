"""The printed handouts read back: each information sheet is one A4 portrait page on the village letterhead, in
Indonesian, with the embedded font only and the safe-migration points a villager needs; no invented phone
numbers. The vacancy sheet lists what it is given."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.service_centre.dto import VacancyDTO
from desmig_desktop.service_centre.reports.info_sheet import INFO_SHEETS, write_info_sheet, write_vacancy_sheet

A4 = (595.28, 841.89)
# The village profile as registry.services.village hands it to the screens (tests/conftest.py's `village`).
VILLAGE = VillageDTO("v1", "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades",
                     "Jl. Raya Kuripan No. 1")


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Every information sheet, printed once for this module: code -> (reader, text)."""
    folder = tmp_path_factory.mktemp("info-sheets")
    return {code: read(write_info_sheet(folder / f"{code}.pdf", code, VILLAGE)) for code in INFO_SHEETS}


def read(path):  # type: ignore[no-untyped-def]
    reader = PdfReader(str(path))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return reader, text


def fonts(reader):  # type: ignore[no-untyped-def]
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    return found


def test_there_are_the_four_sheets():
    assert set(INFO_SHEETS) >= {"migrasi_aman", "dokumen", "waspada_calo", "hak_pmi"}


@pytest.mark.parametrize("code", sorted(INFO_SHEETS))
def test_each_sheet_is_one_a4_page_on_the_letterhead(sheets, code):
    reader, text = sheets[code]
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == (round(A4[0], 1), round(A4[1], 1))
    assert "PEMERINTAH KABUPATEN WONOSOBO" in text and "DESA KURIPAN" in text and "PUSAT LAYANAN MIGRASI" in text
    assert "Halaman 1 dari 1" in text
    assert "Pusat Layanan Migrasi Desa Kuripan" in text
    assert reader.metadata.title and "{" not in text  # every placeholder filled in
    embedded = fonts(reader)
    assert embedded and all(embedded.values()) and not any("Helvetica" in name for name in embedded)
    assert not re.search(r"\b0\d{2,4}[- ]?\d{3,4}[- ]?\d{3,4}\b|\(0\d+\)", text)  # no telephone numbers


def test_safe_migration_points(sheets):
    _reader, text = sheets["migrasi_aman"]
    for point in ("BEKERJA KE LUAR NEGERI DENGAN AMAN DAN RESMI", "Undang-Undang Nomor 18 Tahun 2017",
                  "paling sedikit 18 tahun", "LTSA", "P3MI", "izin resmi", "Jangan pernah membayar calo",
                  "bahasa yang Anda pahami", "Simpan fotokopi", "Laporkan rencana keberangkatan ke Pemerintah Desa",
                  "BPJS Ketenagakerjaan", "Dinas Tenaga Kerja Kabupaten Wonosobo", "BP2MI/KP2MI", "KBRI/KJRI"):
        assert point in text, point


def test_documents_sheet_lists_the_papers(sheets):
    _reader, text = sheets["dokumen"]
    for paper in ("KTP", "Kartu Keluarga", "Akta kelahiran atau ijazah", "status perkawinan",
                  "diketahui kepala desa", "Sertifikat kompetensi", "sehat dan psikologi", "Paspor", "Visa kerja",
                  "Perjanjian penempatan", "Perjanjian kerja", "BPJS Ketenagakerjaan", "AK-1"):
        assert paper in text, paper


def test_calo_and_rights_sheets(sheets):
    _r, calo = sheets["waspada_calo"]
    assert "WASPADA CALO" in calo and "Meminta uang di muka" in calo and "visa turis" in calo
    _r, rights = sheets["hak_pmi"]
    assert "Menguasai dokumen perjalanan (paspor)" in rights and "Melaporkan kedatangan" in rights
    assert "Jaminan Kecelakaan Kerja (JKK)" in rights


def test_vacancy_sheet_on_the_villages_own_profile(tmp_path, sc_village):
    jobs = [
        VacancyDTO("luar_negeri", "Operator produksi", date(2026, 11, 1), country="Malaysia",
                   employer="Penang Electronics", requirements="Sehat", sex="P", age_min=18, age_max=35,
                   education_min="sma", source="Disnaker Kab. Wonosobo", valid_until=date(2026, 12, 31), id="1"),
        VacancyDTO("dalam_negeri", "Pemetik teh", date(2026, 11, 5), employer="Perkebunan Tambi", age_max=45, id="2"),
    ]
    reader, text = read(write_vacancy_sheet(tmp_path / "v.pdf", jobs, sc_village, date(2026, 11, 23)))
    assert len(reader.pages) == 1
    for shown in ("INFORMASI LOWONGAN KERJA", "Keadaan per 23 November 2026", "Operator produksi",
                  "Penang Electronics", "Malaysia", "Perempuan, 18\u201335 tahun, min. SMA/SMK/Sederajat. Sehat",
                  "31/12/2026", "Pemetik teh", "Dalam negeri", "maks. 45 tahun", "tidak dipungut biaya"):
        assert shown in text, shown
    _r, empty = read(write_vacancy_sheet(tmp_path / "e.pdf", [], sc_village))
    assert "Belum ada lowongan yang dibuka." in empty
