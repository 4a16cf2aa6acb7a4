"""Rekap kabupaten: the kabupaten recap of a period (district.recap.build_district_recap, the same recap code as
a village's, one row per village, sums per kecamatan and kabupaten) written as xlsx, pdf or csv on a worker
thread."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.periods import Period
from desmig_desktop.district.ui.common import PeriodPicker, last_ended_month, page_layout
from desmig_desktop.ui.files import FolderField, confirm_replace_all
from desmig_desktop.ui.widgets import ERROR_COLOUR, default_output_dir, heading, hint
from desmig_desktop.ui.workers import Worker, run_with_progress

FORMATS = ("xlsx", "pdf", "csv")
OK_COLOUR = "#1b5e20"


def district_recap_paths(kabupaten: str, period: Period, folder: Path, formats: Sequence[str]) -> list[Path]:
    slug = re.sub(r"[^a-z0-9]+", "-", kabupaten.lower()).strip("-") or "kabupaten"
    return [folder / f"rekap-kabupaten-{slug}-{period.code}.{fmt}" for fmt in formats]


def _writer(fmt: str) -> Callable[..., Any]:
    if fmt == "xlsx":
        from desmig_desktop.district.recap_xlsx import write_district_xlsx as write
    elif fmt == "pdf":
        from desmig_desktop.district.recap_pdf import write_district_pdf as write
    else:
        from desmig_desktop.district.recap_csv import write_district_csv as write
    return write


def write_district_recap(engine: Any, period: Period, pillars: Sequence[Any], paths: Sequence[Path],
                         today: date, report: Callable[[int, int], None] | None = None) -> list[Path]:
    """Build the kabupaten recap once and write each file (worker thread); the files written."""
    from desmig_desktop.district.recap import build_district_recap

    steps = 1 + len(paths)
    if report:
        report(0, steps)
    recap = build_district_recap(engine, period, pillars, today=today)
    written = []
    for i, path in enumerate(paths, start=2):
        path.parent.mkdir(parents=True, exist_ok=True)
        _writer(path.suffix.lstrip("."))(recap, path)
        written.append(path)
        if report:
            report(i, steps)
    return written


class DistrictRecapPage(QWidget):
    written = Signal(object)  # list[Path]
    failed = Signal(str)

    def __init__(self, engine: Any, pillars: Sequence[Any], today: date, kabupaten: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.pillars, self.today, self.kabupaten = engine, tuple(pillars), today, kabupaten
        self.worker: Worker | None = None
        self.paths: list[Path] = []
        outer = page_layout(self)
        outer.addWidget(heading(self.tr("Rekap kabupaten"), self))
        outer.addWidget(hint(self.tr("Rekap yang sama dengan rekap desa, dijumlah untuk seluruh kabupaten: satu baris "
                                     "per desa, jumlah per kecamatan dan kabupaten. NIK selalu disamarkan. Desa yang "
                                     "paketnya belum masuk tercatat sebagai belum melapor."), self))
        box = QGroupBox(self)
        box.setMaximumWidth(900)
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        self.picker = PeriodPicker(last_ended_month(today), today.year, kinds=True, parent=box)
        form.addRow(self.tr("Periode"), self.picker)
        formats = QHBoxLayout()
        formats.setSpacing(24)
        self.checks = {"xlsx": QCheckBox(self.tr("Excel (.xlsx)"), box), "pdf": QCheckBox(self.tr("PDF"), box),
                       "csv": QCheckBox(self.tr("CSV (untuk diolah)"), box)}
        for fmt, check in self.checks.items():
            check.setChecked(fmt != "csv")
            formats.addWidget(check)
        formats.addStretch(1)
        form.addRow(self.tr("Format"), formats)
        field = FolderField(default_output_dir(), self.tr("Pilih folder untuk rekap"), box)
        self.folder, self.browse = field.line, field.button
        form.addRow(self.tr("Simpan ke folder"), field)
        outer.addWidget(box)
        run = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Buat rekap"), self)
        self.run_button.setDefault(True)
        self.run_button.setMinimumWidth(160)
        self.run_button.clicked.connect(self.make_recap)
        self.open_folder = QPushButton(self.tr("Buka folder"), self)
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        run.addWidget(self.run_button)
        run.addWidget(self.open_folder)
        run.addStretch(1)
        outer.addLayout(run)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.result)
        outer.addStretch(1)

    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt in FORMATS if self.checks[fmt].isChecked())


    def make_recap(self) -> None:
        formats = self.formats()
        if not formats:
            self._fail(self.tr("Pilih minimal satu format: Excel, PDF atau CSV."))
            return
        period = self.picker.period()
        if period.start > self.today:
            self._fail(self.tr("Periode %1 belum dimulai: pilih periode yang sudah berjalan.").replace(
                "%1", period.label))
            return
        folder = Path(self.folder.text().strip() or default_output_dir()).expanduser()
        paths = district_recap_paths(self.kabupaten, period, folder, formats)
        if not confirm_replace_all(self, paths):
            return
        self.run_button.setEnabled(False)
        self.result.setText("")
        self.open_folder.setVisible(False)
        engine, pillars, today = self.engine, self.pillars, self.today
        self.worker, _dialog = run_with_progress(
            self, self.tr("Rekap kabupaten"), self.tr("Menghitung rekap kabupaten %1…").replace("%1", period.label),
            lambda report, _c: write_district_recap(engine, period, pillars, paths, today, report), cancellable=False)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(lambda exc: self._fail(describe_failure(exc, folder)))

    def _done(self, paths: list[Path]) -> None:
        self.run_button.setEnabled(True)
        self.paths = paths
        self.result.setStyleSheet(f"color: {OK_COLOUR};")
        self.result.setText("\n".join([self.tr("Rekap kabupaten selesai. Berkas disimpan di:")]
                                      + [f"  {p}" for p in paths]))
        self.open_folder.setVisible(True)
        self.written.emit(paths)

    def _fail(self, text: str) -> None:
        self.run_button.setEnabled(True)
        self.result.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.result.setText(text)
        self.failed.emit(text)

    def _open_folder(self) -> None:
        if self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0].parent)))
