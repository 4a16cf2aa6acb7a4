"""Kegiatan: one person's groups, socialisation meetings, trainings and share-outs, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desmig_desktop.domain import group_rules as gr
from desmig_desktop.domain.enums import label
from desmig_desktop.domain.formatting import rupiah, short_date
from desmig_desktop.services.context import ServiceContext
from desmig_desktop.services.person_activity import PersonActivityDTO, person_activity
from desmig_desktop.ui.groups.common import Column, RowTableModel, make_table, period_text
from desmig_desktop.ui.widgets import heading, hint


class PersonActivityDialog(QDialog):
    def __init__(self, ctx: ServiceContext, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.activity: PersonActivityDTO = person_activity(ctx, person_id)
        a = self.activity
        self.setWindowTitle(self.tr("Kegiatan %1").replace("%1", a.name))
        self.resize(920, 460)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(a.name, self))
        self.summary = hint(self._summary_text(), self)
        outer.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)

        self.groups = self._tab(self.tr("Kelompok"), list(a.memberships), [
            Column(self.tr("Kelompok"), lambda m: m.group),
            Column(self.tr("Jabatan"), lambda m: label(gr.ROLES, m.role)),
            Column(self.tr("Masuk"), lambda m: short_date(m.joined_on), key=lambda m: m.joined_on),
            Column(self.tr("Keluar"), lambda m: short_date(m.left_on), key=lambda m: m.left_on or m.joined_on),
            Column(self.tr("Alasan keluar"), lambda m: ", ".join(
                x for x in (label(gr.LEAVE_REASONS, m.leave_reason), m.leave_note) if x)),
        ], (220, 110, 90, 90), self.tr("Belum pernah menjadi anggota kelompok produksi."))
        self.socialisations = self._tab(self.tr("Sosialisasi"), list(a.socialisations), [
            Column(self.tr("Tanggal"), lambda s: short_date(s.held_on), key=lambda s: s.held_on),
            Column(self.tr("Jenis"), lambda s: label(gr.SOCIALISATION_KINDS, s.kind)),
            Column(self.tr("Topik"), lambda s: s.topic),
            Column(self.tr("Kelompok"), lambda s: s.group),
            Column(self.tr("Tempat"), lambda s: s.place),
        ], (90, 160, 240, 180), self.tr("Belum tercatat hadir di sosialisasi."))
        self.trainings = self._tab(self.tr("Pelatihan"), list(a.trainings), [
            Column(self.tr("Tanggal"), lambda t: period_text(t.start_on, t.end_on), key=lambda t: t.start_on),
            Column(self.tr("Judul"), lambda t: t.title),
            Column(self.tr("Jenis"), lambda t: label(gr.TRAINING_KINDS, t.kind)),
            Column(self.tr("Penyelenggara"), lambda t: t.provider_name or label(gr.TRAINING_PROVIDERS, t.provider)),
            Column(self.tr("Tempat"), lambda t: t.place),
        ], (180, 280, 130, 110), self.tr("Belum pernah mengikuti pelatihan."))
        self.shares = self._tab(self.tr("Bagi hasil"), list(a.shares), [
            Column(self.tr("Kelompok"), lambda s: s.group),
            Column(self.tr("Periode"), lambda s: period_text(s.period_start, s.period_end), key=lambda s: s.period_end),
            Column(self.tr("Ikut produksi"), lambda s: f"{s.batches}×", key=lambda s: s.batches, right=True),
            Column(self.tr("Bagian"), lambda s: rupiah(s.amount), key=lambda s: s.amount, right=True),
            Column(self.tr("Keterangan"), lambda s: self.tr("Dibatalkan") if s.reversed else ""),
        ], (220, 190, 100, 120), self.tr("Belum pernah menerima bagi hasil."))

        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _summary_text(self) -> str:
        a = self.activity
        active = [m.group for m in a.memberships if m.left_on is None]
        where = (self.tr("Anggota aktif %1.").replace("%1", ", ".join(active)) if active
                 else self.tr("Bukan anggota aktif kelompok produksi."))
        return " ".join((where, self.tr("%1 sosialisasi, %2 pelatihan, bagi hasil diterima %3.")
                         .replace("%1", str(len(a.socialisations))).replace("%2", str(len(a.trainings)))
                         .replace("%3", rupiah(a.shares_received))))

    def _tab(self, title: str, rows: list, columns: list[Column], widths: tuple[int, ...], empty: str):  # type: ignore[no-untyped-def]
        page = QWidget(self.tabs)
        lay = QVBoxLayout(page)
        model = RowTableModel(columns, page)
        model.set_rows(rows)
        table = make_table(page, model, widths, sortable=True)
        lay.addWidget(table, 1)
        note = QLabel(empty, page)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setVisible(not rows)
        table.setVisible(bool(rows))
        lay.addWidget(note)
        self.tabs.addTab(page, f"{title} ({len(rows)})")
        return model
