"""Usaha Produktif's part of a person's Kegiatan: groups, socialisation meetings, trainings and share-outs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desmig_desktop.activities import rules as ar
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.services.person_activity import PersonActivityDTO, person_activity
from desmig_desktop.ui.activity import ActivitySection, ActivityTab
from desmig_desktop.ui.forms import period_text
from desmig_desktop.ui.lists import Column

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def summary_text(a: PersonActivityDTO) -> str:
    active = [m.group for m in a.memberships if m.left_on is None]
    where = (translate("PersonActivityDialog", "Anggota aktif %1.").replace("%1", ", ".join(active)) if active
             else translate("PersonActivityDialog", "Bukan anggota aktif kelompok produksi."))
    return " ".join((where, translate("PersonActivityDialog", "%1 sosialisasi, %2 pelatihan, bagi hasil diterima %3.")
                     .replace("%1", str(len(a.socialisations))).replace("%2", str(len(a.trainings)))
                     .replace("%3", rupiah(a.shares_received))))


def activity_section(ctx: ServiceContext, person_id: str) -> ActivitySection:
    a = person_activity(ctx, person_id)
    tabs = (
        ActivityTab("groups", translate("PersonActivityDialog", "Kelompok"), a.memberships, (
            Column(translate("PersonActivityDialog", "Kelompok"), lambda m: m.group),
            Column(translate("PersonActivityDialog", "Jabatan"), lambda m: label(gr.ROLES, m.role)),
            Column(translate("PersonActivityDialog", "Masuk"), lambda m: short_date(m.joined_on), key=lambda m: m.joined_on),
            Column(translate("PersonActivityDialog", "Keluar"), lambda m: short_date(m.left_on), key=lambda m: m.left_on or m.joined_on),
            Column(translate("PersonActivityDialog", "Alasan keluar"), lambda m: ", ".join(
                x for x in (label(gr.LEAVE_REASONS, m.leave_reason), m.leave_note) if x)),
        ), (220, 110, 90, 90), translate("PersonActivityDialog", "Belum pernah menjadi anggota kelompok produksi.")),
        ActivityTab("socialisations", translate("PersonActivityDialog", "Sosialisasi"), a.socialisations, (
            Column(translate("PersonActivityDialog", "Tanggal"), lambda s: short_date(s.held_on), key=lambda s: s.held_on),
            Column(translate("PersonActivityDialog", "Jenis"), lambda s: label(ar.SOCIALISATION_KINDS, s.kind)),
            Column(translate("PersonActivityDialog", "Topik"), lambda s: s.topic),
            Column(translate("PersonActivityDialog", "Kelompok"), lambda s: s.group),
            Column(translate("PersonActivityDialog", "Tempat"), lambda s: s.place),
        ), (90, 160, 240, 180), translate("PersonActivityDialog", "Belum tercatat hadir di sosialisasi.")),
        ActivityTab("trainings", translate("PersonActivityDialog", "Pelatihan"), a.trainings, (
            Column(translate("PersonActivityDialog", "Tanggal"), lambda t: period_text(t.start_on, t.end_on), key=lambda t: t.start_on),
            Column(translate("PersonActivityDialog", "Judul"), lambda t: t.title),
            Column(translate("PersonActivityDialog", "Jenis"), lambda t: label(ar.TRAINING_KINDS, t.kind)),
            Column(translate("PersonActivityDialog", "Penyelenggara"), lambda t: t.provider_name or label(ar.TRAINING_PROVIDERS, t.provider)),
            Column(translate("PersonActivityDialog", "Tempat"), lambda t: t.place),
        ), (180, 280, 130, 110), translate("PersonActivityDialog", "Belum pernah mengikuti pelatihan.")),
        ActivityTab("shares", translate("PersonActivityDialog", "Bagi hasil"), a.shares, (
            Column(translate("PersonActivityDialog", "Kelompok"), lambda s: s.group),
            Column(translate("PersonActivityDialog", "Periode"), lambda s: period_text(s.period_start, s.period_end), key=lambda s: s.period_end),
            Column(translate("PersonActivityDialog", "Ikut produksi"), lambda s: f"{s.batches}×", key=lambda s: s.batches, right=True),
            Column(translate("PersonActivityDialog", "Bagian"), lambda s: rupiah(s.amount), key=lambda s: s.amount, right=True),
            Column(translate("PersonActivityDialog", "Keterangan"), lambda s: translate("PersonActivityDialog", "Dibatalkan") if s.reversed else ""),
        ), (220, 190, 100, 120), translate("PersonActivityDialog", "Belum pernah menerima bagi hasil.")),
    )
    return ActivitySection(a.name, summary_text(a), tabs)
