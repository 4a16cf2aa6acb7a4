"""Terhapus: every record the officer deleted, from every area, newest first, each one restorable."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.formatting import long_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.pillar import Pillar, load
from desmig_desktop.core.records import DeletedItem, list_deleted, restore_record
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.forms import tell
from desmig_desktop.ui.lists import Column, RowTableModel, make_table, selected_row


def _when(item: DeletedItem) -> str:
    local = item.when.astimezone()
    return f"{long_date(local.date())} {local:%H.%M}"


class DeletedDialog(QDialog):
    """Lists what `Pillar.deleted` of each area words; "Pulihkan" undoes the chosen delete (with what went with it)."""

    def __init__(self, ctx: Any, pillars: Sequence[Pillar], changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.changes = changes
        self._describers = [load(p.deleted) for p in pillars if p.deleted]
        self._after = [load(p.restored) for p in pillars if p.restored]
        self.setWindowTitle(self.tr("Data terhapus"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Data yang pernah dihapus, yang terbaru di atas. Pulihkan mengembalikan data itu beserta data yang "
            "ikut terhapus bersamanya."), self, wordWrap=True))
        self.model = RowTableModel([
            Column(self.tr("Jenis"), lambda i: _(i.kind)),
            Column(self.tr("Data"), lambda i: i.title),
            Column(self.tr("Dihapus"), _when, key=lambda i: i.when),
        ], self)
        self.table = make_table(self, self.model, (160, 420), sortable=True)
        self.table.doubleClicked.connect(lambda _i: self.restore())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Tidak ada data yang terhapus."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Pulihkan"), self)
        self.restore_button.setToolTip(self.tr("Kembalikan data yang dipilih (Enter)"))
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_deleted(self.ctx, self._describers))
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(has)

    def restore(self) -> None:
        item = selected_row(self.table)
        if item is None:
            return
        try:
            restore_record(self.ctx, item.table, item.record_id, item.when, self._after)
        except ValidationError as err:
            tell(self, self.tr("Tidak bisa dipulihkan"), str(err), warning=True)
            return
        self.changes.notify_everything()
        self.reload()
        notify(self, self.tr("{0} dipulihkan: {1}").format(_(item.kind), item.title))
