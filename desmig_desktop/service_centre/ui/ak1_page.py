"""The "AK-1" page: the AK-1 (kartu kuning) applications the centre helps with, newest first; search as you type
(name, NIK, card number), a status filter and "Jatuh tempo": the issued cards whose six-monthly report or renewal
is due in the next 30 days or overdue, soonest first. "Ajukan AK-1" (Ctrl+N) picks the applicant and opens the
application; Enter or a double click opens the selected one; "Hapus" (Del) with Urungkan."""

from __future__ import annotations

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

from desmig_desktop.core.errors import Issue, NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.services.search import (
    PersonQuery,
    list_persons,
    person_line,
)
from desmig_desktop.service_centre.codes import AK1_ITEMS, AK1_STATUSES, DUE_DAYS
from desmig_desktop.service_centre.dto import Ak1Row
from desmig_desktop.service_centre.services.ak1 import (
    delete_ak1,
    due_cards,
    list_ak1,
    open_ak1,
)
from desmig_desktop.service_centre.ui import AK1
from desmig_desktop.service_centre.ui.ak1_dialog import Ak1Dialog, due_text
from desmig_desktop.service_centre.ui.list_export import ask_xlsx_path, export_shown
from desmig_desktop.service_centre.ui.visit_dialog import preselect_person
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo
from desmig_desktop.ui.forms import DUE_COLOUR, FormDialog, raise_local
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
from desmig_desktop.ui.picker import PersonPicker

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
DUE = "due"  # the status filter's "Jatuh tempo" entry
WATCHED = frozenset({AK1, "persons"})


def ak1_columns(today: Callable[[], Any]) -> list[Column]:
    return [
        Column(translate("Ak1Page", "Pemohon"), lambda r: r.name),
        Column(translate("Ak1Page", "NIK"), lambda r: r.nik),
        Column(translate("Ak1Page", "L/P"), lambda r: r.sex),
        Column(translate("Ak1Page", "Status"), lambda r: label(AK1_STATUSES, r.status)),
        Column(translate("Ak1Page", "Dibuka"), lambda r: short_date(r.opened_on), key=lambda r: r.opened_on),
        Column(translate("Ak1Page", "Tgl status"), lambda r: short_date(r.status_on), key=lambda r: r.status_on),
        Column(translate("Ak1Page", "Berkas"), lambda r: f"{r.items_done}/{len(AK1_ITEMS)}", key=lambda r: r.items_done, right=True),
        Column(translate("Ak1Page", "No. kartu"), lambda r: r.card_number),
        Column(translate("Ak1Page", "Jatuh tempo"), lambda r: due_text(r, today()), key=lambda r: r.due.due_on if r.due else None,
               colour=lambda r: DUE_COLOUR if r.due_soon else None),
    ]


class NewAk1Dialog(FormDialog):
    """Ajukan AK-1: the applicant (a registered person) and the day the application is opened."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, person_id: str | None = None):
        super().__init__(self.tr("Ajukan AK-1"), parent, ok_text=self.tr("Buat pengajuan"))
        self.setMinimumWidth(640)
        self._ctx = ctx
        self.picker = PersonPicker(lambda text, limit: list_persons(ctx, PersonQuery(text=text), limit=limit),
                                   person_line, self)
        self.field("person_id", self.tr("Pemohon"), self.picker)
        self.opened_on = self.field("opened_on", self.tr("Tanggal pengajuan"), DateEdit(ctx.today(), self))
        self.finish()
        if person_id:
            preselect_person(ctx, self.picker, person_id)
        self.picker.search.setFocus()

    def saved_text(self) -> str:
        return self.tr("Pengajuan AK-1 dibuat.")

    def save(self) -> None:
        pid = self.picker.person_id()
        raise_local([] if pid else [Issue("person_id", self.tr("Pilih pemohon dari hasil pencarian (ketik nama atau NIK)."))])
        self.saved_id = open_ak1(self._ctx, pid or "", self.opened_on.value()).id


class Ak1Page(QWidget):
    changed = Signal()

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self._announcing = False
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm_delete: Callable[[str], bool] = lambda what: confirm_delete(
            self, what, [self.tr("berkas, pindaian dan laporannya")])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(10)
        filters = QHBoxLayout()
        self.search = search_field(self, self.tr("Cari nama, NIK atau nomor kartu…"))
        filters.addWidget(self.search, 3)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Semua status"), None)
        for code in AK1_STATUSES:
            self.status_combo.addItem(label(AK1_STATUSES, code), code)
        self.status_combo.addItem(self.tr("Jatuh tempo lapor/perpanjangan (%1 hari)").replace("%1", str(DUE_DAYS)), DUE)
        filters.addWidget(self.status_combo, 2)
        outer.addLayout(filters)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajukan AK-1"), self)
        self.add_button.setToolTip(self.tr("Buat pengajuan AK-1 (kartu kuning) untuk warga (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Buka"), self)
        self.open_button.setToolTip(self.tr("Berkas, langkah dan laporan pengajuan yang dipilih (Enter)"))
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        for b in (self.add_button, self.open_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count_label = bold_label(self)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        self.export_button = QPushButton(self.tr("Ekspor daftar"), self)
        self.export_button.setToolTip(self.tr("Ekspor baris yang tampil sekarang ke Excel (pencarian dan saringan berlaku)"))
        actions.addWidget(self.export_button)
        outer.addLayout(actions)
        self.model = RowTableModel(ak1_columns(self.ctx.today), self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 0)
        outer.addWidget(self.table, 1)

        self._timer = search_as_you_type(self.search, self.refresh)
        self.search.returnPressed.connect(self._focus_table)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.add_button.clicked.connect(self.add_application)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        open_action = QAction(self.tr("Buka pengajuan…"), self.table)
        open_action.triggered.connect(self.open_selected)
        delete = QAction(self.tr("Hapus pengajuan…"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        context_menu(self.table, [open_action, delete])
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.ask_export_path: Callable[[], Path | None] = lambda: ask_xlsx_path(self, "ak1.xlsx")
        self.export_button.clicked.connect(self.export_list)
        list_shortcuts(self, self.table, self.focus_search, add=self.add_application, open_row=self.open_selected)
        env.changes.changed.connect(self._on_changes)
        self.refresh()

    # ---- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        status = self.status_combo.currentData()
        if status == DUE:
            needle = " ".join(self.search.text().split()).casefold()
            rows = [r for r in due_cards(self.ctx) if not needle or needle in r.name.casefold()
                    or needle in r.card_number.casefold()]
        else:
            rows = list_ak1(self.ctx, status, self.search.text())
        selected = self.selected()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%Ln pengajuan", "", len(rows)))
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def rows(self) -> list[Ak1Row]:
        return self.model.rows()

    def selected(self) -> Ak1Row | None:
        return selected_row(self.table)

    def select(self, ak1_id: str) -> bool:
        row = self.model.find(lambda r: r.id == ak1_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _update_buttons(self) -> None:
        for b in (self.open_button, self.delete_button):
            b.setEnabled(self.selected() is not None)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED and not self._announcing:
            self.refresh()

    def focus_search(self) -> None:
        focus_search_field(self.search)

    def _focus_table(self) -> None:
        self.refresh()
        focus_first_row(self.table)

    def apply_filter(self, title: str = "", status: str | None = DUE) -> None:
        """Show the applications behind a figure of Beranda (default: the cards whose report is due)."""
        self.search.clear()
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        self.refresh()

    # ---- actions ---------------------------------------------------------------------------------

    def export_list(self) -> Path | None:
        return export_shown(self, self.table, self.tr("AK-1"), self.ask_export_path)

    def _saved(self) -> None:
        self.refresh()
        self._announcing = True
        try:
            self.changed.emit()
        finally:
            self._announcing = False

    def _run(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def add_application(self) -> None:
        dialog = NewAk1Dialog(self.ctx, self)
        if self._run(dialog) and dialog.saved_id:
            self.status_combo.setCurrentIndex(0)
            self.search.clear()
            self._saved()
            self.select(dialog.saved_id)
            self.open_application(dialog.saved_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_application(row.id)

    def open_application(self, ak1_id: str) -> None:
        try:
            dialog = Ak1Dialog(self.ctx, ak1_id, self)
        except NotFoundError:
            self.refresh()
            return
        self._run(dialog)
        if dialog.saved_any:
            self._saved()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        delete_with_undo(self, self.tr("pengajuan AK-1 %1").replace("%1", row.name),
                         self.tr("Pengajuan AK-1 %1 dihapus.").replace("%1", row.name),
                         lambda: delete_ak1(self.ctx, row.id),
                         lambda gone: restore_record(self.ctx, gone.table, gone.record_id, gone.when),
                         self._saved, ask=lambda what, _goes: self.confirm_delete(what))


def make_page(env: PageEnv) -> Ak1Page:
    page = Ak1Page(env, env.parent)
    page.changed.connect(lambda: env.changes.notify(AK1))
    return page
