"""The referral letter of a complaint, read back from the PDF: addressee, the full NIK, case facts, the action
log, the signatures; A4, on the village letterhead."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from desmig_desktop.registry.services.village import get_village
from desmig_desktop.service_centre.dto import ComplaintInput, ComplaintStep
from desmig_desktop.service_centre.reports.referral_letter import write_referral_letter
from desmig_desktop.service_centre.services import complaints as svc
from tests.service_centre.conftest import AGENCY, AKTIF, FAMILY

DAY = date(2026, 11, 20)


@pytest.fixture
def detail(ctx, sc_people):
    cid = svc.file_complaint(ctx, ComplaintInput(
        sc_people.ids[FAMILY], sc_people.ids[AKTIF], "putus_kontak",
        "Sejak Agustus 2026 tidak ada kabar; nomor WhatsApp tidak aktif & majikan <tidak menjawab>.",
        date(2026, 9, 1))).id
    svc.move_complaint(ctx, cid, ComplaintStep("ditindaklanjuti", date(2026, 9, 2),
                                               note="Menghubungi P3MI lewat telepon"))
    svc.add_action(ctx, cid, date(2026, 9, 15), "P3MI belum dapat menghubungi majikan")
    return svc.get_complaint(ctx, cid)


def _text(path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_the_letter_carries_the_case_facts_for_disnaker(ctx, sc_people, detail, tmp_path):
    village = get_village(ctx)
    out = write_referral_letter(tmp_path / "rujukan.pdf", detail, village, "Siti Petugas", DAY, "disnaker")
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = _text(out)
    for expected in ("PEMERINTAH KABUPATEN WONOSOBO", "DESA KURIPAN", "SURAT RUJUKAN",
                     "Kepada Yth.", "Kepala Dinas Tenaga Kerja Kabupaten Wonosobo", "Kuripan, 20 November 2026",
                     sc_people.niks[AKTIF], AKTIF, "Taiwan", "Operator pabrik", AGENCY, "10 Mei 2024",
                     "30 Oktober 2026", FAMILY, "Bambang Sutrisno (Kepala Keluarga)", "081234500011", "Jl. Melati No. 7",
                     "Putus kontak", "1 September 2026", "Ditindaklanjuti (83 hari)",
                     "majikan <tidak menjawab>", "Menghubungi P3MI lewat telepon",
                     "15/09/2026", "P3MI belum dapat menghubungi majikan", "Kepala Desa Kuripan", "Bapak Kades",
                     "Siti Petugas", "tidak untuk disebarluaskan"):
        assert expected in text, expected
    assert "Halaman 1 dari 1" in text
    assert reader.metadata.title.startswith("Surat Rujukan")


@pytest.mark.parametrize("target, expected", [
    ("kbri", "KBRI/KJRI) di Taiwan"), ("polisi", "Kepala Kepolisian Resor Wonosobo"),
    ("bp2mi", "BP2MI/KP2MI"), ("kemnaker", "Menteri Ketenagakerjaan"), ("LBH Wonosobo", "LBH Wonosobo")])
def test_addressee_of_each_institution(ctx, detail, tmp_path, target, expected):
    out = write_referral_letter(tmp_path / "r.pdf", detail, get_village(ctx), "Siti Petugas", DAY, target)
    assert expected in _text(out)


def test_a_long_action_log_flows_onto_a_second_page(ctx, sc_people, detail, tmp_path):
    for n in range(40):
        svc.add_action(ctx, detail.row.id, date(2026, 10, 1), f"Tindakan nomor {n} " + "sangat panjang " * 8)
    full = svc.get_complaint(ctx, detail.row.id)
    out = write_referral_letter(tmp_path / "r.pdf", full, get_village(ctx), "Siti Petugas", DAY, "disnaker")
    text = _text(out)
    assert len(PdfReader(str(out)).pages) >= 2 and "Tindakan nomor 39" in text
    assert re.search(r"Halaman 2 dari \d", text) and "Bapak Kades" in text
