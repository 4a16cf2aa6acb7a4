"""Export what the person list shows (its search, filters and sort) to Excel or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.files import describe_failure
from desmig_desktop.registry.services.search import PersonQuery
from desmig_desktop.ui.files import ask_save_path, confirm_replace
from desmig_desktop.ui.widgets import ERROR_COLOUR, default_output_dir, dialog_buttons, hint
from desmig_desktop.ui.workers import Worker, run_with_progress


class ExportDialog(QDialog):
    exported = Signal(object)  # (path, number of people)

    def __init__(self, ctx: ServiceContext, query: PersonQuery, shown: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._query = query
        self.worker: Worker | None = None
        self._confirmed: Path | None = None  # the file the officer already agreed to replace
        self.setWindowTitle(self.tr("Ekspor daftar penduduk"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addWidget(hint(self.tr("Yang diekspor: %Ln orang yang tampil sekarang (pencarian, saringan dan urutan "
                                     "berlaku).", "", shown) if shown is not None else
                             self.tr("Yang diekspor: orang yang tampil sekarang (pencarian, saringan dan urutan berlaku)."),
                             self))
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Excel (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        self.format.currentIndexChanged.connect(self._fix_suffix)
        form.addRow(self.tr("Format"), self.format)
        row = QHBoxLayout()
        self.path = QLineEdit(str(default_output_dir() / "daftar-penduduk.xlsx"), self)
        browse = QPushButton(self.tr("Pilih…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Simpan sebagai"), row)
        self.nik_check = QCheckBox(self.tr("Tampilkan NIK lengkap (jangan untuk dikirim)"), self)
        form.addRow("", self.nik_check)
        outer.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        buttons, self.ok = dialog_buttons(self.tr("Ekspor"), self.tr("Batal"), self)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _fix_suffix(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix("." + self.format.currentData())))

    def _choose(self) -> None:
        chosen = ask_save_path(self, self.tr("Simpan daftar sebagai"), Path(self.path.text()),
                               self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if chosen is not None:
            self.path.setText(str(chosen))
            self._confirmed = chosen
            index = self.format.findData(chosen.suffix.lstrip(".").lower())
            if index >= 0:
                self.format.setCurrentIndex(index)

    def export(self) -> None:
        from desmig_desktop.registry.exchange.persons_export import export_persons  # openpyxl: on first export

        out = Path(self.path.text().strip()).expanduser()
        if not out.name:
            self._error(self.tr("Tulis nama berkas tujuan."))
            return
        if out != self._confirmed and not confirm_replace(self, out):  # asked once, in the save dialog or here
            return
        ctx, fmt, query, nik = self._ctx, self.format.currentData(), self._query, self.nik_check.isChecked()

        def job(_report, _cancelled):  # type: ignore[no-untyped-def]
            out.parent.mkdir(parents=True, exist_ok=True)
            return export_persons(ctx, out, fmt, query=query, include_nik=nik)

        self.ok.setEnabled(False)
        self.worker, _dialog = run_with_progress(self, self.tr("Ekspor daftar"), self.tr("Menulis %1…").replace(
            "%1", out.name), job, cancellable=False)
        self.worker.done.connect(lambda n: self._done(out, n))
        self.worker.failed.connect(lambda exc: self._error(describe_failure(exc, out)))

    def _done(self, out: Path, n: object) -> None:
        self.exported.emit((out, n))
        self.accept()

    def _error(self, text: str) -> None:
        self.ok.setEnabled(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)
