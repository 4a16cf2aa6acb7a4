"""A person's Kegiatan gains the service centre: their guest-book visits, AK-1 applications, and the complaints they
filed or that are about them — category, status and dates, never the description."""

from __future__ import annotations

from datetime import date, datetime

from desmig_desktop.service_centre.dto import ComplaintInput, ComplaintStep, VisitInput
from desmig_desktop.service_centre.services.ak1 import open_ak1, set_ak1_item
from desmig_desktop.service_centre.services.complaints import file_complaint, move_complaint
from desmig_desktop.service_centre.services.visits import record_visit
from tests.service_centre.conftest import AKTIF, CALON, FAMILY, SEEKER

SECRET = "Majikan menahan gaji empat bulan"


def _cells(dialog, key: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = dialog.models[key]
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_visits_ak1_and_complaints_of_a_person(qtbot, ctx, sc_people):
    from desmig_desktop.service_centre.ui.person_section import activity_section
    from desmig_desktop.ui.activity import PersonActivityDialog

    ids = sc_people.ids
    record_visit(ctx, VisitInput(datetime(2026, 11, 2, 9, 30), "ak1", ids[SEEKER], served_by="Siti Petugas"))
    record_visit(ctx, VisitInput(datetime(2026, 11, 16, 13, 5), "info_kerja", ids[SEEKER], served_by="Pak Darto"))
    record_visit(ctx, VisitInput(datetime(2026, 11, 3, 10, 0), "pengaduan", ids[FAMILY], served_by="Siti Petugas"))
    ak1 = open_ak1(ctx, ids[SEEKER], date(2026, 11, 2)).id
    set_ak1_item(ctx, ak1, "ktp", date(2026, 11, 2))
    complaint = file_complaint(ctx, ComplaintInput(ids[FAMILY], ids[AKTIF], "gaji", SECRET, date(2026, 11, 3))).id
    move_complaint(ctx, complaint, ComplaintStep("ditindaklanjuti", date(2026, 11, 10), note="Menghubungi P3MI"))

    seeker = PersonActivityDialog(ctx, ids[SEEKER], [activity_section])
    qtbot.addWidget(seeker)
    assert seeker.person_name == SEEKER
    assert seeker.summary.text() == "Layanan migrasi: 2 kunjungan, 1 pengajuan AK-1."
    assert _cells(seeker, "sc_visits") == [["16/11/2026 13:05", "Informasi kerja luar negeri", "Pak Darto"],
                                           ["02/11/2026 09:30", "AK-1 (kartu kuning)", "Siti Petugas"]]
    assert _cells(seeker, "sc_ak1") == [["02/11/2026", "Draf", "02/11/2026", "", "1/4", ""]]
    assert seeker.tabs.tabText(2) == "Pengaduan (0)"

    family = PersonActivityDialog(ctx, ids[FAMILY], [activity_section])
    qtbot.addWidget(family)
    assert _cells(family, "sc_complaints") == [["03/11/2026", "Pelapor", "Gaji tidak dibayar", "Ditindaklanjuti",
                                                "10/11/2026", "20"]]
    migrant = PersonActivityDialog(ctx, ids[AKTIF], [activity_section])
    qtbot.addWidget(migrant)
    assert _cells(migrant, "sc_complaints")[0][1] == "Yang diadukan"
    assert migrant.summary.text() == "Layanan migrasi: 1 pengaduan (1 masih berjalan)."
    for dialog in (seeker, family, migrant):  # the complaint's text stays on its own screen
        assert not any(SECRET in (cell or "") for key in dialog.models for row in _cells(dialog, key) for cell in row)
    migrant.resize(1000, 460)
    migrant.tabs.setCurrentIndex(migrant.tabs.count() - 1)
    migrant.grab().save("/tmp/s11/shot-person-section.png")  # for the eye (rendered without showing the window)


def test_someone_the_centre_never_served(qtbot, ctx, sc_people):
    from desmig_desktop.service_centre.ui.person_section import activity_section

    section = activity_section(ctx, sc_people.ids[CALON])
    assert section.person_name == CALON
    assert section.summary == ""  # nothing to say: the other areas speak alone
    assert [(t.title, len(t.rows)) for t in section.tabs] == [("Buku tamu", 0), ("AK-1", 0), ("Pengaduan", 0)]
