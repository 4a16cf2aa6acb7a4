"""A checklist of papers seen, each with its date and its scans: the AK-1 application's and the calon PMI's
pre-departure documents use the same widget.

    ChecklistWidget(ctx, owner, labels, set_item, parent=None)

- `ctx`: the ServiceContext (the widget attaches, opens and deletes scans itself through services.scans).
- `owner`: "ak1" or "placement" (services.scans.attach_scan's owner kind).
- `labels`: the item codes and their N_() labels, in checklist order (codes.AK1_ITEMS, codes.DEPARTURE_ITEMS).
- `set_item(item, done_on)`: the page's save of a tick (`done_on` a date) or an untick (None), e.g.
  `lambda item, day: set_ak1_item(ctx, ak1_id, item, day)`; a ValidationError it raises is shown in the widget's
  message line and the rows go back to what was saved.

`load(owner_id, items, editable=True, today=None)` shows the saved `dto.ChecklistItem`s (missing codes show as
not ticked); with `editable=False` the ticks and dates are read-only (scans can still be opened). Ticking a box
saves it with the date in its date box (today when empty); changing the date of a ticked item saves the new date.

Signals: `changed()` after every save (a tick, a date, a scan attached or deleted): the page reads the record
again and calls `load` with the new items. `message_text()` is the inline message shown now.

For tests (and only there) the dialogs are replaceable: `choose_file() -> Path | None` (default: QFileDialog),
`open_file(path)` (default: QDesktopServices, the system viewer) and `confirm_delete(what) -> bool`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import NotFoundError, ValidationError
from desmig_desktop.core.i18n import label
from desmig_desktop.service_centre.dto import ChecklistItem, ScanDTO
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import confirm_delete, notify
from desmig_desktop.ui.widgets import error_line

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class _Row:
    """The widgets of one item: its box, date, scans and attach button."""

    def __init__(self, code: str, text: str, host: "ChecklistWidget"):
        self.code = code
        self.item: ChecklistItem | None = None
        self.box = QCheckBox(text, host)
        self.box.setObjectName(f"check_{code}")
        self.day = DateEdit(None, host, optional=True, today=host.today)
        self.scans = QWidget(host)
        self.scan_row = QHBoxLayout(self.scans)
        self.scan_row.setContentsMargins(0, 0, 0, 0)
        self.scan_row.setSpacing(4)
        self.attach = QPushButton(translate("ChecklistWidget", "Lampirkan…"), host)
        self.attach.setToolTip(translate("ChecklistWidget", "Pilih berkas pindaian (PDF, JPG atau PNG, paling besar 10 MB)"))


class ChecklistWidget(QWidget):
    changed = Signal()

    def __init__(self, ctx, owner: str, labels: Mapping[str, str],  # type: ignore[no-untyped-def]
                 set_item: Callable[[str, date | None], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.owner = owner
        self.labels = dict(labels)
        self.set_item = set_item
        self.owner_id: str | None = None
        self.editable = True
        self.today = ctx.today()
        self.choose_file: Callable[[], Path | None] = self._choose_file
        self.open_file: Callable[[Path], object] = lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.confirm_delete: Callable[[str], bool] = lambda what: confirm_delete(self, what, [])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.summary = QLabel(self)
        outer.addWidget(self.summary)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        self.rows: dict[str, _Row] = {}
        self._loading = False
        for n, (code, text) in enumerate(self.labels.items()):
            row = _Row(code, label(self.labels, code), self)
            grid.addWidget(row.box, n, 0)
            grid.addWidget(row.day, n, 1)
            grid.addWidget(row.scans, n, 2)
            grid.addWidget(row.attach, n, 3)
            row.box.toggled.connect(lambda on, r=row: self._ticked(r, on))
            row.day.date_changed.connect(lambda day, r=row: self._dated(r, day))
            row.attach.clicked.connect(lambda _c=False, r=row: self.attach_to(r.code))
            self.rows[code] = row
        outer.addLayout(grid)
        self.message = error_line(self)
        outer.addWidget(self.message)
        self.load(None, ())

    # ---- showing ---------------------------------------------------------------------------------

    def load(self, owner_id: str | None, items: Sequence[ChecklistItem], editable: bool = True,
             today: date | None = None) -> None:
        self.owner_id = owner_id
        self.editable = editable and owner_id is not None
        if today is not None:
            self.today = today
        found = {i.item: i for i in items}
        self._loading = True
        try:
            for code, row in self.rows.items():
                row.item = found.get(code)
                done_on = row.item.done_on if row.item else None
                row.box.setChecked(done_on is not None)
                row.box.setEnabled(self.editable)
                row.day.set_value(done_on)
                row.day.today = self.today
                row.day.setEnabled(self.editable)
                row.attach.setEnabled(owner_id is not None)
                row.box.setToolTip(row.item.note if row.item and row.item.note else "")
                self._show_scans(row)
        finally:
            self._loading = False
        done = sum(1 for r in self.rows.values() if r.item and r.item.done_on)
        self.summary.setText(self.tr("%1 dari %2 berkas sudah diperiksa.").replace("%1", str(done))
                             .replace("%2", str(len(self.rows))))

    def _show_scans(self, row: _Row) -> None:
        while row.scan_row.count():
            old = row.scan_row.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.setObjectName("")  # gone from findChild at once; deleted when back in the event loop
                old.deleteLater()
        for scan in row.item.scans if row.item else ():
            name = QToolButton(row.scans)
            name.setText(scan.file_name if len(scan.file_name) <= 28 else scan.file_name[:25] + "…")
            name.setToolTip(self.tr("Buka %1 dengan penampil sistem").replace("%1", scan.file_name))
            name.setObjectName(f"scan_{scan.id}")
            name.setAutoRaise(True)
            name.setStyleSheet("QToolButton { color: #0b57d0; text-decoration: underline; }")
            name.clicked.connect(lambda _c=False, s=scan: self.open_scan(s.id))
            drop = QToolButton(row.scans)
            drop.setText("×")
            drop.setToolTip(self.tr("Hapus pindaian %1").replace("%1", scan.file_name))
            drop.setObjectName(f"delete_scan_{scan.id}")
            drop.setAutoRaise(True)
            drop.clicked.connect(lambda _c=False, s=scan: self.delete_scan(s))
            row.scan_row.addWidget(name)
            row.scan_row.addWidget(drop)
            name.show()
            drop.show()
        row.scan_row.addStretch(1)
        row.scan_row.activate()

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisible() else ""

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ---- ticks and dates -------------------------------------------------------------------------

    def _ticked(self, row: _Row, on: bool) -> None:
        if self._loading:
            return
        if on:
            day = row.day.value() or self.today
            self._save(row, day)
        else:
            self._save(row, None)

    def _dated(self, row: _Row, day: date | None) -> None:
        if self._loading or not row.box.isChecked() or day is None:
            return
        if row.item is not None and row.item.done_on == day:
            return
        self._save(row, day)

    def _save(self, row: _Row, day: date | None) -> None:
        self._say("")
        try:
            self.set_item(row.code, day)
        except ValidationError as err:
            self._say("\n".join(i.message for i in err.issues))
            self._reset(row)
            return
        self.changed.emit()

    def _reset(self, row: _Row) -> None:
        self._loading = True
        try:
            done_on = row.item.done_on if row.item else None
            row.box.setChecked(done_on is not None)
            row.day.set_value(done_on)
        finally:
            self._loading = False

    def tick(self, code: str, day: date | None = None) -> None:
        """Tick `code` on `day` as the officer would (type the date, then tick the box)."""
        row = self.rows[code]
        if day is not None:
            self._loading = True
            row.day.set_value(day)
            self._loading = False
        row.box.setChecked(True)

    # ---- scans -----------------------------------------------------------------------------------

    def _choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas pindaian"), "",
            self.tr("Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)"))
        return Path(name) if name else None

    def attach_to(self, code: str) -> None:
        if self.owner_id is None:
            return
        source = self.choose_file()
        if source is None:
            return
        from desmig_desktop.service_centre.services.scans import attach_scan

        self._say("")
        try:
            attach_scan(self.ctx, self.owner, self.owner_id, code, Path(source))
        except ValidationError as err:
            self._say("\n".join(i.message for i in err.issues))
            return
        notify(self, self.tr("Pindaian %1 dilampirkan.").replace("%1", Path(source).name))
        self.changed.emit()

    def open_scan(self, scan_id: str) -> None:
        from desmig_desktop.service_centre.services.scans import scan_file

        self._say("")
        try:
            path = scan_file(self.ctx, scan_id)
        except (ValidationError, NotFoundError) as err:
            issues = getattr(err, "issues", None)
            self._say("\n".join(i.message for i in issues) if issues else
                      self.tr("Berkas pindaian tidak ditemukan di folder data desa."))
            return
        self.open_file(path)

    def delete_scan(self, scan: ScanDTO) -> None:
        if not self.confirm_delete(self.tr("pindaian %1").replace("%1", scan.file_name)):
            return
        from desmig_desktop.service_centre.services.scans import delete_scan

        delete_scan(self.ctx, scan.id)
        notify(self, self.tr("Pindaian %1 dihapus.").replace("%1", scan.file_name))
        self.changed.emit()
