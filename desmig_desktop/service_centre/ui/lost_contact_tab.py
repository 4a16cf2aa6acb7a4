"""Tab "Putus kontak": the migrants abroad whose family has lost touch (an open putus-kontak complaint, the
registry's lost-contact flag, or more than 90 days without news), and "Catat kontak", which records the day the
family heard from them again (the flag is closed with that date)."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.core.formatting import short_date
from desmig_desktop.service_centre.dto import LostContactRow
from desmig_desktop.service_centre.services.contact import (
    lost_contact_register,
    record_contact,
)
from desmig_desktop.service_centre.ui.complaint_words import days_text, reason_text
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import DUE_COLOUR, FormDialog, muted
from desmig_desktop.ui.lists import (
    Column,
    RowTableModel,
    context_menu,
    fit_columns,
    make_table,
    selected_row,
)


class ContactDialog(FormDialog):
    """Catat kontak: the day the family (or the officer) heard from the migrant again."""

    def __init__(self, ctx: Any, row: LostContactRow, parent: QWidget | None = None):
        super().__init__(self.tr("Catat kontak: %1").replace("%1", row.name), parent, ok_text=self.tr("Catat kontak"))
        self._ctx, self._row = ctx, row
        self.setMinimumWidth(540)
        self.outer.insertWidget(0, muted(self.tr("Kabar dari %1 (%2) diterima kembali. Tanda putus kontak ditutup "
                                                 "pada tanggal ini; pengaduan putus kontak yang masih terbuka mendapat "
                                                 "catatan, dan diselesaikan di halaman pengaduannya.")
                                         .replace("%1", row.name).replace("%2", row.country or "-"), self))
        self.on = self.field("on", self.tr("Tanggal kontak"), DateEdit(ctx.today(), self))
        self.finish()

    def saved_text(self) -> str:
        return self.tr("Kontak dengan %1 dicatat.").replace("%1", self._row.name)

    def save(self) -> None:
        self.saved_id = record_contact(self._ctx, self._row.placement_id, self.on.value()).id  # type: ignore[arg-type]


class LostContactTab(QWidget):
    changed = Signal()  # a contact was recorded
    open_complaint = Signal(str)  # the complaint id of a row's open putus-kontak complaint

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.stale = True
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        self.count = muted("", self)
        head.addWidget(self.count, 1)
        self.contact_button = QPushButton(self.tr("Catat kontak…"), self)
        self.contact_button.setToolTip(self.tr("Enter atau klik dua kali"))
        self.complaint_button = QPushButton(self.tr("Buka pengaduan…"), self)
        head.addWidget(self.complaint_button)
        head.addWidget(self.contact_button)
        lay.addLayout(head)
        lay.addWidget(muted(self.tr("Pekerja migran di luar negeri dengan pengaduan putus kontak yang masih terbuka, "
                                    "tanda putus kontak di data penduduk, atau lebih dari 90 hari tanpa kabar. "
                                    "Catat kontak begitu keluarga mendapat kabar lagi."), self))
        self.model = RowTableModel([
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Negara"), lambda r: r.country),
            Column(self.tr("Berangkat"), lambda r: short_date(r.departed_on), key=lambda r: r.departed_on),
            Column(self.tr("Kontak terakhir"), lambda r: short_date(r.last_contact_on) or self.tr("belum pernah"),
                   key=lambda r: r.last_contact_on or date.min),
            Column(self.tr("Tanpa kabar"), lambda r: days_text(r.days_without_contact),
                   key=lambda r: r.days_without_contact, right=True,
                   colour=lambda r: DUE_COLOUR if (r.days_without_contact or 0) > 90 else None),
            Column(self.tr("Alasan"), lambda r: " · ".join(reason_text(c) for c in r.reasons)),
        ], self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 5)
        lay.addWidget(self.table, 1)
        self.empty = muted(self.tr("Tidak ada pekerja migran yang putus kontak."), self)
        lay.addWidget(self.empty)
        self.contact_action = QAction(self.tr("Catat kontak…"), self.table)
        self.contact_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.contact_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.contact_action.triggered.connect(self.record_contact)
        self.table.addAction(self.contact_action)
        self.complaint_action = QAction(self.tr("Buka pengaduan…"), self.table)
        self.complaint_action.triggered.connect(self._open_complaint)
        context_menu(self.table, [self.contact_action, self.complaint_action])
        self.table.doubleClicked.connect(lambda _i: self.record_contact())
        self.contact_button.clicked.connect(self.record_contact)
        self.complaint_button.clicked.connect(self._open_complaint)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        row = selected_row(self.table)
        for w in (self.contact_button, self.contact_action):
            w.setEnabled(row is not None)
        for w in (self.complaint_button, self.complaint_action):
            w.setEnabled(row is not None and row.complaint_id is not None)

    def reload(self) -> None:
        rows = lost_contact_register(self._ctx)
        keep = selected_row(self.table)
        self.model.set_rows(rows)
        self.stale = False
        self.count.setText(self.tr("%n pekerja migran putus kontak", "", len(rows)))
        self.empty.setVisible(not rows)
        if keep is not None:
            index = self.model.find(lambda r: r.placement_id == keep.placement_id)
            if index >= 0:
                self.table.selectRow(index)

    def _open_complaint(self) -> None:
        row = selected_row(self.table)
        if row is not None and row.complaint_id:
            self.open_complaint.emit(row.complaint_id)

    def record_contact(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        dialog = ContactDialog(self._ctx, row, self)
        try:
            done = bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()
        if done:
            self.reload()
            self.changed.emit()
