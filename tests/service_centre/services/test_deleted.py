"""The service centre's lines in the "Terhapus" view: each deleted record worded so the officer recognises it,
and only what the officer deleted (not the checklist rows that went with an application)."""

from __future__ import annotations

from datetime import date, datetime

from desmig_desktop.core.records import list_deleted, tombstone
from desmig_desktop.service_centre.dto import VacancyInput, VisitInput
from desmig_desktop.service_centre.models import Complaint
from desmig_desktop.service_centre.services.ak1 import delete_ak1, open_ak1, set_ak1_item
from desmig_desktop.service_centre.services.deleted import deleted_items
from desmig_desktop.service_centre.services.vacancies import delete_vacancy, save_vacancy
from desmig_desktop.service_centre.services.visits import delete_visit, record_visit


def test_deleted_records_are_worded(ctx, sc_people):
    ids = sc_people.ids
    v1 = record_visit(ctx, VisitInput(datetime(2026, 11, 20, 9, 15), "pengaduan", ids["Bambang Sutrisno"])).id
    v2 = record_visit(ctx, VisitInput(datetime(2026, 11, 21, 13, 5), "info_kerja", outsider_name="Suparmi",
                                      outsider_id_number="3307085506880002")).id
    a = open_ak1(ctx, ids["Agus Setiawan"], date(2026, 11, 2)).id
    set_ak1_item(ctx, a, "ktp", date(2026, 11, 2))
    job = save_vacancy(ctx, VacancyInput("luar_negeri", "Operator pabrik", date(2026, 11, 1), country="Malaysia",
                                         employer="PT Contoh")).id
    with ctx.unit_of_work() as s:
        c = Complaint(reporter_id=ids["Bambang Sutrisno"], person_id=ids["Wartini"], category="putus_kontak",
                      description="Tidak bisa dihubungi sejak Agustus", opened_on=date(2026, 11, 5))
        s.add(c)
        s.flush()
        tombstone(s, c)
    for gone in (delete_visit(ctx, v1), delete_visit(ctx, v2), delete_ak1(ctx, a), delete_vacancy(ctx, job)):
        assert gone.count >= 1
    with ctx.reader() as s:
        items = deleted_items(s)
    assert sorted((i.kind, i.title) for i in items) == sorted([
        ("Kunjungan (buku tamu)", "20/11/2026 09:15 · Bambang Sutrisno · Pengaduan"),
        ("Kunjungan (buku tamu)", "21/11/2026 13:05 · Suparmi (tamu) · Informasi kerja luar negeri"),
        ("Pengajuan AK-1", "Agus Setiawan · AK-1 Draf · dibuka 02/11/2026"),
        ("Lowongan", "Operator pabrik · Malaysia · PT Contoh · 01/11/2026"),
        ("Pengaduan", "Wartini · Putus kontak · Baru · 05/11/2026"),
    ])
    # the "Terhapus" view lists them newest first, the complaint (deleted first) last
    assert list_deleted(ctx, [deleted_items])[-1].table == "sc_complaint"


def test_a_deleted_scan_names_its_paper_and_owner(ctx, sc_people, tmp_path):
    from desmig_desktop.service_centre.services.scans import attach_scan, delete_scan

    a = open_ak1(ctx, sc_people.ids["Agus Setiawan"], date(2026, 11, 2)).id
    source = tmp_path / "ktp agus.pdf"
    source.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    scan = attach_scan(ctx, "ak1", a, "ktp", source).id
    delete_scan(ctx, scan)
    with ctx.reader() as s:
        assert [(i.kind, i.title) for i in deleted_items(s)] == [
            ("Berkas pindaian", "ktp agus.pdf · KTP · Agus Setiawan")]
