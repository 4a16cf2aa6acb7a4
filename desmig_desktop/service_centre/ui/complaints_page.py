"""The "Pengaduan" page: the complaints (search, status and category filters, days open), each opened in its detail
(steps, action log, referral letter); "Buat pengaduan…" files a new one. A second tab, "Putus kontak", is the
lost-contact register with its "Catat kontak" action."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.records import restore_record
from desmig_desktop.service_centre.codes import COMPLAINT_CATEGORIES, COMPLAINT_STATUSES
from desmig_desktop.service_centre.dto import ComplaintRow
from desmig_desktop.service_centre.services.complaints import (
    delete_complaint,
    list_complaints,
)
from desmig_desktop.service_centre.ui import COMPLAINTS
from desmig_desktop.service_centre.ui.complaint_detail import ComplaintDetailDialog
from desmig_desktop.service_centre.ui.complaint_dialog import ComplaintDialog
from desmig_desktop.service_centre.ui.complaint_words import (
    category_text,
    days_text,
    status_text,
    target_text,
)
from desmig_desktop.service_centre.ui.lost_contact_tab import LostContactTab
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo, notify
from desmig_desktop.ui.forms import DUE_COLOUR, muted, tell
from desmig_desktop.ui.lists import (
    Column,
    RowTableModel,
    context_menu,
    fit_columns,
    list_shortcuts,
    make_table,
    search_as_you_type,
    search_field,
    selected_row,
)
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import fill_combo

OPEN = "open"  # the status filter "masih terbuka": every status but selesai
LONG_OPEN_DAYS = 30  # an open complaint older than this is shown in amber
# What this page shows may change when these are saved elsewhere: a complaint filed from a person's page, a
# person's name or placement (Penduduk).
WATCHED = frozenset({COMPLAINTS, "persons", "placements"})


def matches(row: ComplaintRow, text: str) -> bool:
    low = text.lower()
    return not low or any(low in s.lower() for s in (row.person_name, row.country, category_text(row.category),
                                                        target_text(row.referred_to)))


class ComplaintsPage(QWidget):
    changed = Signal()  # something was saved on this page

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env, self.ctx = env, env.ctx
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.warn: Callable[[str], None] = lambda text: tell(self, self.tr("Tersimpan, dengan peringatan"), text, True)
        self.confirm_delete: Callable[[str, list[str]], bool] = lambda what, goes: confirm_delete(self, what, goes)
        self.announcing = False
        self.out_of_date = False
        self._rows: list[ComplaintRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        self.list_tab = QWidget(self.tabs)
        self._build_list(self.list_tab)
        self.lost = LostContactTab(self.ctx, self.tabs)
        self.tabs.addTab(self.list_tab, self.tr("Pengaduan"))
        self.tabs.addTab(self.lost, self.tr("Putus kontak"))
        self.lost.changed.connect(self._saved)
        self.lost.open_complaint.connect(self.open_complaint)
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.reload()

    # ---- the list ------------------------------------------------------------------------------------------

    def _build_list(self, tab: QWidget) -> None:
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 8, 0, 0)
        filters = QHBoxLayout()
        self.search = search_field(tab, self.tr("Cari nama pekerja migran, negara, kategori…"))
        filters.addWidget(self.search, 3)
        self.status = QComboBox(tab)
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Masih terbuka"), OPEN)
        for code in COMPLAINT_STATUSES:
            self.status.addItem(status_text(code), code)
        filters.addWidget(self.status, 1)
        self.category = QComboBox(tab)
        fill_combo(self.category, COMPLAINT_CATEGORIES, empty=self.tr("Semua kategori"))
        filters.addWidget(self.category, 1)
        self.add_button = QPushButton(self.tr("Buat pengaduan…"), tab)
        self.add_button.setToolTip(self.tr("Ctrl+N"))
        self.open_button = QPushButton(self.tr("Buka…"), tab)
        self.open_button.setToolTip(self.tr("Enter atau klik dua kali"))
        self.delete_button = QPushButton(self.tr("Hapus…"), tab)
        self.delete_button.setToolTip(self.tr("Del"))
        for button in (self.open_button, self.delete_button, self.add_button):
            filters.addWidget(button)
        lay.addLayout(filters)
        self.model = RowTableModel([
            Column(self.tr("Dibuka"), lambda r: short_date(r.opened_on), key=lambda r: r.opened_on),
            Column(self.tr("Pekerja migran"), lambda r: r.person_name),
            Column(self.tr("Negara"), lambda r: r.country),
            Column(self.tr("Kategori"), lambda r: category_text(r.category)),
            Column(self.tr("Status"), lambda r: status_text(r.status)),
            Column(self.tr("Dirujuk ke"), lambda r: target_text(r.referred_to)),
            Column(self.tr("Sejak"), lambda r: short_date(r.status_on), key=lambda r: r.status_on),
            Column(self.tr("Lama"), lambda r: days_text(r.days_open), key=lambda r: r.days_open, right=True,
                   colour=lambda r: DUE_COLOUR if r.closed_on is None and r.days_open > LONG_OPEN_DAYS else None),
        ], self)
        self.table = fit_columns(make_table(tab, self.model, sortable=True), 1)
        lay.addWidget(self.table, 1)
        self.count = muted("", tab)
        lay.addWidget(self.count)
        self.timer = search_as_you_type(self.search, self.show_rows)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.category.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(lambda: self.add_complaint())
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        list_shortcuts(tab, self.table, self.focus_search, add=lambda: self.add_complaint(), open_row=self.open_selected)
        delete_action = QAction(self.tr("Hapus pengaduan…"), self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)
        open_action = QAction(self.tr("Buka pengaduan…"), self.table)
        open_action.triggered.connect(self.open_selected)
        context_menu(self.table, [open_action, delete_action])
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)

    def _enable(self) -> None:
        on = selected_row(self.table) is not None
        self.open_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.list_tab)
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self, status: str | None = None, category: str | None = None) -> None:
        """Show the list of complaints in `status` (a COMPLAINT_STATUSES code, or OPEN: all but selesai) and
        `category`, the search cleared (the home page's tile opens the open complaints this way)."""
        self.tabs.setCurrentWidget(self.list_tab)
        for combo, value in ((self.status, status), (self.category, category)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.clear()
        self.reload()

    def show_lost_contact(self) -> None:
        self.tabs.setCurrentWidget(self.lost)

    def reload(self) -> None:
        """Read the complaints again (the filters' status and category), then show those the search matches."""
        status = self.status.currentData()
        rows = list_complaints(self.ctx, status=None if status in (None, OPEN) else status,
                               category=self.category.currentData())
        self._rows = [r for r in rows if status != OPEN or r.status != "selesai"]
        self.show_rows()
        self.lost.stale = True  # read again when shown (now, when it is the tab shown)
        self._load_current()

    def show_rows(self, select: str | None = None) -> None:
        self.timer.stop()
        keep = select or (selected_row(self.table).id if selected_row(self.table) is not None else None)
        shown = [r for r in self._rows if matches(r, self.search.text().strip())]
        self.model.set_rows(shown)
        still_open = sum(1 for r in shown if r.closed_on is None)
        self.count.setText(self.tr("%n pengaduan", "", len(shown)) + " · "
                           + self.tr("%n masih terbuka", "", still_open))
        index = self.model.find(lambda r: r.id == keep) if keep else -1
        if index >= 0:
            self.table.selectRow(index)
        self._enable()

    def _load_current(self) -> None:
        if self.tabs.currentWidget() is self.lost and self.lost.stale:
            self.lost.reload()

    # ---- actions ------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def add_complaint(self, person_id: str | None = None) -> str | None:
        dialog = ComplaintDialog(self.ctx, person_id, self)
        if not self._open(dialog):
            return None
        if dialog.warnings:
            self.warn("\n".join(dialog.warnings))
        self._saved(select=dialog.saved_id)
        return dialog.saved_id

    def open_selected(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.open_complaint(row.id)

    def open_complaint(self, complaint_id: str) -> None:
        try:
            dialog = ComplaintDetailDialog(self.ctx, complaint_id, self)
        except NotFoundError:
            notify(self, self.tr("Pengaduan ini sudah dihapus."))
            self.reload()
            return
        saved = []
        dialog.changed.connect(lambda: saved.append(True))
        self._open(dialog)
        if saved:
            self._saved(select=complaint_id)

    def delete_selected(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        what = self.tr("pengaduan %1 tentang %2").replace("%1", category_text(row.category)).replace("%2", row.person_name)

        def undone() -> None:
            self._saved(select=row.id)
            notify(self, self.tr("Dipulihkan: %1").replace("%1", what))

        delete_with_undo(self, what, self.tr("Pengaduan dihapus."), lambda: delete_complaint(self.ctx, row.id),
                         lambda gone: restore_record(self.ctx, gone.table, gone.record_id, gone.when),
                         self._saved, after_undo=undone, goes_with=[self.tr("catatan tindakannya")],
                         ask=self.confirm_delete,
                         refuse=lambda text: tell(self, self.tr("Tidak dapat dihapus"), text, True))

    def _saved(self, select: str | None = None) -> None:
        self.reload()
        if select:
            self.show_rows(select)
        self.changed.emit()

    # ---- changes made elsewhere -------------------------------------------------------------------------------

    def announce(self) -> None:
        self.announcing = True
        try:
            self.env.changes.notify(COMPLAINTS)
        finally:
            self.announcing = False

    def on_changes(self, kinds: frozenset[str]) -> None:
        if self.announcing or not (kinds & WATCHED):
            return
        if self.isVisible():
            self.reload()
        else:
            self.out_of_date = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.out_of_date:
            self.out_of_date = False
            self.reload()


def make_page(env: PageEnv) -> ComplaintsPage:
    page = ComplaintsPage(env, env.parent)
    page.changed.connect(page.announce)
    env.changes.changed.connect(page.on_changes)
    return page
