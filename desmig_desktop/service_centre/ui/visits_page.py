"""The "Buku Tamu" page: every visit to the service centre, newest first; search as you type (visitor, home,
officer), a purpose and a period filter, sortable columns; "Catat kunjungan" (Ctrl+N) and "Hapus" (Del, with
Urungkan)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.core.months import add_months
from desmig_desktop.core.records import restore_record
from desmig_desktop.service_centre.codes import PURPOSES
from desmig_desktop.service_centre.dto import VisitRow
from desmig_desktop.service_centre.services.visits import delete_visit, list_visits
from desmig_desktop.service_centre.ui import VISITS
from desmig_desktop.service_centre.ui.list_export import ask_xlsx_path, export_shown
from desmig_desktop.service_centre.ui.visit_dialog import VisitDialog
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo
from desmig_desktop.ui.forms import MUTED_COLOUR
from desmig_desktop.ui.lists import (
    Column,
    RowTableModel,
    bold_label,
    context_menu,
    fit_columns,
    focus_first_row,
    focus_search_field,
    list_shortcuts,
    make_table,
    search_as_you_type,
    search_field,
    selected_row,
)
from desmig_desktop.ui.pages import PageEnv

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
WATCHED = frozenset({VISITS, "persons", "households"})
PERIODS = ("all", "month", "last_month", "year")


def period_range(code: str, today: date) -> tuple[date | None, date | None]:
    first = today.replace(day=1)
    if code == "month":
        return first, None
    if code == "last_month":
        start = add_months(first, -1)
        return start, date.fromordinal(first.toordinal() - 1)
    if code == "year":
        return today.replace(month=1, day=1), None
    return None, None


def visit_columns() -> list[Column]:
    return [
        Column(translate("VisitsPage", "Tanggal"), lambda r: short_date(r.visited_at.date()), key=lambda r: r.visited_at),
        Column(translate("VisitsPage", "Jam"), lambda r: r.visited_at.strftime("%H:%M")),
        Column(translate("VisitsPage", "Pengunjung"), lambda r: r.name),
        Column(translate("VisitsPage", "Jenis"), lambda r: translate("VisitsPage", "Warga") if r.registered else translate("VisitsPage", "Tamu luar"),
               colour=lambda r: None if r.registered else MUTED_COLOUR),
        Column(translate("VisitsPage", "Alamat / desa asal"), lambda r: r.home),
        Column(translate("VisitsPage", "No. identitas"), lambda r: r.id_number),
        Column(translate("VisitsPage", "Keperluan"), lambda r: label(PURPOSES, r.purpose)),
        Column(translate("VisitsPage", "Dilayani oleh"), lambda r: r.served_by),
        Column(translate("VisitsPage", "Catatan"), lambda r: " ".join(r.notes.split())),
    ]


class VisitsPage(QWidget):
    changed = Signal()  # a visit was saved or deleted here

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self._announcing = False
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm_delete: Callable[[str], bool] = lambda what: confirm_delete(self, what, [])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(10)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = search_field(self, self.tr("Cari nama tamu, dusun atau desa asal, petugas…"))
        filters.addWidget(self.search, 3)
        self.purpose_combo = QComboBox(self)
        self.purpose_combo.addItem(self.tr("Semua keperluan"), None)
        for code in PURPOSES:
            self.purpose_combo.addItem(label(PURPOSES, code), code)
        filters.addWidget(self.purpose_combo, 1)
        self.period_combo = QComboBox(self)
        for code, text in zip(PERIODS, (self.tr("Semua tanggal"), self.tr("Bulan ini"), self.tr("Bulan lalu"),
                                        self.tr("Tahun ini"))):
            self.period_combo.addItem(text, code)
        filters.addWidget(self.period_combo, 1)
        outer.addLayout(filters)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Catat kunjungan"), self)
        self.add_button.setToolTip(self.tr("Catat tamu yang datang ke layanan migrasi (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        self.delete_button.setToolTip(self.tr("Hapus kunjungan yang salah catat (bisa diurungkan)"))
        actions.addWidget(self.add_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        self.count_label = bold_label(self)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        self.export_button = QPushButton(self.tr("Ekspor daftar"), self)
        self.export_button.setToolTip(self.tr("Ekspor baris yang tampil sekarang ke Excel (pencarian dan saringan berlaku)"))
        actions.addWidget(self.export_button)
        outer.addLayout(actions)
        self.model = RowTableModel(visit_columns(), self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 2, 4, 8)
        outer.addWidget(self.table, 1)

        self._timer = search_as_you_type(self.search, self.refresh)
        self.search.returnPressed.connect(self._focus_table)
        self.purpose_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(self.add_visit)
        self.delete_button.clicked.connect(self.delete_visit)
        delete = QAction(self.tr("Hapus kunjungan…"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_visit)
        self.table.addAction(delete)
        context_menu(self.table, [delete])
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.ask_export_path: Callable[[], Path | None] = lambda: ask_xlsx_path(self, "buku-tamu.xlsx")
        self.export_button.clicked.connect(self.export_list)
        list_shortcuts(self, self.table, self.focus_search, add=self.add_visit)
        env.changes.changed.connect(self._on_changes)
        self.refresh()

    # ---- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        start, end = period_range(self.period_combo.currentData(), self.ctx.today())
        rows = list_visits(self.ctx, start, end, self.purpose_combo.currentData(), self.search.text())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%Ln kunjungan", "", len(rows)))
        self._update_buttons()

    def rows(self) -> list[VisitRow]:
        return self.model.rows()

    def selected(self) -> VisitRow | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected() is not None)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED and not self._announcing:
            self.refresh()

    def focus_search(self) -> None:
        focus_search_field(self.search)

    def _focus_table(self) -> None:
        self.refresh()
        focus_first_row(self.table)

    def apply_filter(self, title: str = "", purpose: str | None = None, period: str = "month") -> None:
        """Show the visits behind a figure of Beranda (visits this month)."""
        self.search.clear()
        self.purpose_combo.setCurrentIndex(max(self.purpose_combo.findData(purpose), 0))
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        self.refresh()

    # ---- actions ---------------------------------------------------------------------------------

    def export_list(self) -> Path | None:
        return export_shown(self, self.table, self.tr("Buku Tamu"), self.ask_export_path)

    def _saved(self) -> None:
        self.refresh()
        self._announcing = True  # this page's own announcement is not read back
        try:
            self.changed.emit()
        finally:
            self._announcing = False

    def add_visit(self) -> None:
        dialog = VisitDialog(self.ctx, parent=self)
        try:
            saved = bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()
        if saved:
            self._saved()
            row = self.model.find(lambda r: r.id == dialog.saved_id)
            if row >= 0:
                self.table.selectRow(row)

    def delete_visit(self) -> None:
        row = self.selected()
        if row is None:
            return
        what = self.tr("kunjungan %1 tanggal %2").replace("%1", row.name).replace("%2", short_date(row.visited_at.date()))
        delete_with_undo(self, what, self.tr("Kunjungan %1 dihapus.").replace("%1", row.name),
                         lambda: delete_visit(self.ctx, row.id),
                         lambda gone: restore_record(self.ctx, gone.table, gone.record_id, gone.when),
                         self._saved, ask=lambda what, _goes: self.confirm_delete(what))


def make_page(env: PageEnv) -> VisitsPage:
    page = VisitsPage(env, env.parent)
    page.changed.connect(lambda: env.changes.notify(VISITS))
    return page
