"""Pusat Layanan Migrasi's part of a person's Kegiatan: their visits to the guest book, their AK-1 applications,
and the complaints they filed or that concern them (category, status and dates: the texts stay on the complaint's
own screen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.service_centre import codes
from desmig_desktop.service_centre.services.person_activity import (
    PersonComplaint,
    ServiceActivity,
    person_activity,
)
from desmig_desktop.ui.activity import ActivitySection, ActivityTab
from desmig_desktop.ui.lists import Column

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def role_text(c: PersonComplaint) -> str:
    if c.filed and c.concerned:
        return translate("PersonActivityDialog", "Pelapor dan yang diadukan")
    return translate("PersonActivityDialog", "Pelapor") if c.filed else translate("PersonActivityDialog", "Yang diadukan")


def due_text(row) -> str:  # type: ignore[no-untyped-def]
    if row.due is None:
        return ""
    kind = (translate("PersonActivityDialog", "Lapor") if row.due.kind == "report"
            else translate("PersonActivityDialog", "Perpanjang"))
    return f"{kind} {short_date(row.due.due_on)}"


def summary_text(a: ServiceActivity) -> str:
    """`Layanan migrasi: 2 kunjungan, 1 pengajuan AK-1, 1 pengaduan (1 masih berjalan).` (the parts that apply)."""
    parts = []
    if a.visits:
        parts.append(translate("PersonActivityDialog", "%n kunjungan", "", len(a.visits)))
    if a.ak1:
        parts.append(translate("PersonActivityDialog", "%n pengajuan AK-1", "", len(a.ak1)))
    if a.complaints:
        running = sum(1 for c in a.complaints if c.row.status != "selesai")
        parts.append(translate("PersonActivityDialog", "%n pengaduan (%1 masih berjalan)", "", len(a.complaints))
                     .replace("%1", str(running)))
    if not parts:
        return ""  # never came to the centre: the other areas' summaries speak alone
    return translate("PersonActivityDialog", "Layanan migrasi: %1.").replace("%1", ", ".join(parts))


def activity_section(ctx: ServiceContext, person_id: str) -> ActivitySection:
    a = person_activity(ctx, person_id)
    tabs = (
        ActivityTab("sc_visits", translate("PersonActivityDialog", "Buku tamu"), a.visits, (
            Column(translate("PersonActivityDialog", "Tanggal"), lambda v: f"{short_date(v.visited_at.date())} "
                   f"{v.visited_at:%H:%M}", key=lambda v: v.visited_at),
            Column(translate("PersonActivityDialog", "Keperluan"), lambda v: label(codes.PURPOSES, v.purpose)),
            Column(translate("PersonActivityDialog", "Dilayani oleh"), lambda v: v.served_by),
        ), (130, 260), translate("PersonActivityDialog", "Belum pernah tercatat di buku tamu.")),
        ActivityTab("sc_ak1", translate("PersonActivityDialog", "AK-1"), a.ak1, (
            Column(translate("PersonActivityDialog", "Diajukan"), lambda r: short_date(r.opened_on), key=lambda r: r.opened_on),
            Column(translate("PersonActivityDialog", "Status"), lambda r: label(codes.AK1_STATUSES, r.status)),
            Column(translate("PersonActivityDialog", "Sejak"), lambda r: short_date(r.status_on), key=lambda r: r.status_on),
            Column(translate("PersonActivityDialog", "No. kartu"), lambda r: r.card_number),
            Column(translate("PersonActivityDialog", "Berkas"), lambda r: f"{r.items_done}/{len(codes.AK1_ITEMS)}",
                   key=lambda r: r.items_done, right=True),
            Column(translate("PersonActivityDialog", "Berikutnya"), due_text,
                   key=lambda r: r.due.due_on if r.due else None),
        ), (90, 170, 90, 150, 70), translate("PersonActivityDialog", "Belum pernah mengajukan AK-1.")),
        ActivityTab("sc_complaints", translate("PersonActivityDialog", "Pengaduan"), a.complaints, (
            Column(translate("PersonActivityDialog", "Dibuka"), lambda c: short_date(c.row.opened_on),
                   key=lambda c: c.row.opened_on),
            Column(translate("PersonActivityDialog", "Peran"), role_text),
            Column(translate("PersonActivityDialog", "Kategori"), lambda c: label(codes.COMPLAINT_CATEGORIES, c.row.category)),
            Column(translate("PersonActivityDialog", "Status"), lambda c: label(codes.COMPLAINT_STATUSES, c.row.status)),
            Column(translate("PersonActivityDialog", "Sejak"), lambda c: short_date(c.row.status_on),
                   key=lambda c: c.row.status_on),
            Column(translate("PersonActivityDialog", "Lama (hari)"), lambda c: str(c.row.days_open),
                   key=lambda c: c.row.days_open, right=True),
        ), (90, 170, 190, 130, 90), translate("PersonActivityDialog", "Tidak ada pengaduan dari atau tentang orang ini.")),
    )
    return ActivitySection(a.name, summary_text(a), tabs)
