"""The "Rekap & Ekspor" page: the period recap for Disnaker (Excel / PDF), and "Kirim ke Disnaker" (the village
package, shell.send_dialog). Registers are imported from the person
list's "Impor" button (registry/ui/import_dialog.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import Pillar
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.files import FolderField, confirm_replace_all
from desmig_desktop.ui.widgets import default_output_dir, heading, hint
from desmig_desktop.ui.workers import Worker, run_with_progress


def period_of(kind: str, year: int, month: int = 1, quarter: int = 1) -> Period:
    """The period chosen on the page: a month, a quarter or a year."""
    if kind == "month":
        return Period.month(year, month)
    if kind == "quarter":
        return Period.quarter(year, quarter)
    return Period.year(year)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "desa"


def recap_paths(village_name: str, period: Period, folder: Path, formats: Sequence[str], include_nik: bool) -> list[Path]:
    """The files a recap writes into `folder`, one per format."""
    stem = f"rekap-{slug(village_name)}-{period.code}{'-nik' if include_nik else ''}"
    return [folder / f"{stem}.{fmt}" for fmt in formats]


def write_recap(ctx: ServiceContext, period: Period, folder: Path, formats: tuple[str, ...], include_nik: bool,
                report=None, pillars: Sequence[Pillar] = ()) -> list[Path]:  # type: ignore[no-untyped-def]
    """Build the recap once and render it to each format; returns the files written."""
    from desmig_desktop.recap.dataset import build_recap

    steps = 1 + len(formats)
    if report:
        report(0, steps)
    data = build_recap(ctx, period, pillars)
    if report:
        report(1, steps)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for i, (fmt, path) in enumerate(zip(formats, recap_paths(data.village.name, data.period, folder, formats,
                                                             include_nik)), start=2):
        if fmt == "xlsx":
            from desmig_desktop.recap.xlsx import write_recap_xlsx as write
        else:
            from desmig_desktop.recap.pdf import write_recap_pdf as write
        written.append(Path(write(data, path, include_nik=include_nik)))
        if report:
            report(i, steps)
    return written


class RecapPage(QWidget):
    recap_written = Signal(object)  # list[Path]
    recap_failed = Signal(str)

    def __init__(self, ctx: ServiceContext, changes: Changes, pillars: Sequence[Pillar] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._pillars = tuple(pillars)
        self._changes = changes
        self.worker: Worker | None = None
        self.written: list[Path] = []
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(14)
        outer.addWidget(heading(self.tr("Rekap untuk Disnaker"), self))
        outer.addWidget(hint(self.tr("Jumlah calon PMI, PMI aktif, PMI purna dan keluarganya per periode, dengan daftar "
                                     "namanya. NIK dan No. KK disamarkan kecuali Anda memintanya."), self))
        box = QGroupBox(self)
        box.setMaximumWidth(900)
        form = QFormLayout(box)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        today = self._ctx.today()
        period_row = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Bulan"), "month")
        self.kind.addItem(self.tr("Triwulan"), "quarter")
        self.kind.addItem(self.tr("Tahun"), "year")
        self.kind.setMinimumWidth(120)
        self.month = QComboBox(self)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat).capitalize(), m)
        self.month.setCurrentIndex(today.month - 1)
        self.month.setMinimumWidth(150)
        self.quarter = QComboBox(self)
        for q, roman in enumerate(("I", "II", "III", "IV"), start=1):
            self.quarter.addItem(self.tr("Triwulan %1").replace("%1", roman), q)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.sub = QStackedWidget(self)
        self.sub.addWidget(self.month)
        self.sub.addWidget(self.quarter)
        self.sub.addWidget(QWidget(self))
        self.sub.setMaximumHeight(self.month.sizeHint().height() + 2)
        self.year = QSpinBox(self)
        self.year.setRange(2000, today.year + 1)
        self.year.setValue(today.year)
        period_row.setSpacing(8)
        period_row.addWidget(self.kind)
        period_row.addWidget(self.sub)
        period_row.addWidget(self.year)
        period_row.addStretch(1)
        self.kind.currentIndexChanged.connect(self.sub.setCurrentIndex)
        form.addRow(self.tr("Periode"), period_row)

        formats = QHBoxLayout()
        self.xlsx_check = QCheckBox(self.tr("Excel (.xlsx)"), self)
        self.pdf_check = QCheckBox(self.tr("PDF"), self)
        self.xlsx_check.setChecked(True)
        self.pdf_check.setChecked(True)
        formats.setSpacing(24)
        formats.addWidget(self.xlsx_check)
        formats.addWidget(self.pdf_check)
        formats.addStretch(1)
        form.addRow(self.tr("Format"), formats)
        self.nik_check = QCheckBox(self.tr("Tampilkan NIK lengkap (jangan untuk dikirim)"), self)
        form.addRow("", self.nik_check)
        field = FolderField(default_output_dir(), self.tr("Pilih folder untuk rekap"), self)
        self.folder, self.browse = field.line, field.button
        form.addRow(self.tr("Simpan ke folder"), field)
        outer.addWidget(box)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Buat rekap"), self)
        self.run_button.setDefault(True)
        self.run_button.setMinimumWidth(160)
        self.run_button.clicked.connect(self.make_recap)
        run_row.addWidget(self.run_button)
        self.open_folder = QPushButton(self.tr("Buka folder"), self)
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        run_row.addWidget(self.open_folder)
        run_row.addStretch(1)
        outer.addLayout(run_row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.result)

        send_box = QGroupBox(self.tr("Kirim ke Disnaker"), self)
        send_box.setMaximumWidth(900)
        send = QVBoxLayout(send_box)
        send.addWidget(hint(self.tr("Paket terenkripsi berisi data desa dan rekap bulan yang dipilih, untuk digabung "
                                    "Disnaker dengan desa-desa lain; rekap Excel dan PDF-nya ditulis di sampingnya."),
                            send_box))
        send_row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Kirim ke Disnaker…"), send_box)
        self.send_button.setMinimumWidth(160)
        self.send_button.clicked.connect(self.send_to_district)
        send_row.addWidget(self.send_button)
        send_row.addStretch(1)
        send.addLayout(send_row)
        outer.addWidget(send_box)
        self.send_dialog: QWidget | None = None
        outer.addStretch(1)

    # ---- recap -----------------------------------------------------------------------------

    def period(self) -> Period:
        return period_of(self.kind.currentData(), self.year.value(), self.month.currentData(),
                           self.quarter.currentData())

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in (("xlsx", self.xlsx_check), ("pdf", self.pdf_check)) if box.isChecked())


    def make_recap(self) -> None:
        formats = self.formats()
        if not formats:
            self._fail(self.tr("Pilih minimal satu format: Excel atau PDF."))
            return
        folder = Path(self.folder.text().strip() or default_output_dir()).expanduser()
        ctx, period, nik, pillars = self._ctx, self.period(), self.nik_check.isChecked(), self._pillars
        village = get_village(ctx)
        if village is not None and not confirm_replace_all(self, recap_paths(village.name, period, folder, formats, nik)):
            return
        self.run_button.setEnabled(False)
        self.result.setText("")
        self.open_folder.setVisible(False)
        self.worker, _dialog = run_with_progress(
            self, self.tr("Membuat rekap"), self.tr("Menghitung dan menulis rekap %1…").replace("%1", period.code),
            lambda report, _cancelled: write_recap(ctx, period, folder, formats, nik, report, pillars), cancellable=False)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(lambda exc: self._fail(describe_failure(exc, folder)))

    def _done(self, paths: list[Path]) -> None:
        self.run_button.setEnabled(True)
        self.written = paths
        self.result.setStyleSheet("color: #1b5e20;")
        lines = [self.tr("Rekap selesai. Berkas disimpan di:")] + [f"  {p}" for p in paths]
        self.result.setText("\n".join(lines))
        self.open_folder.setVisible(True)
        self.recap_written.emit(paths)

    def _fail(self, message: str) -> None:
        self.run_button.setEnabled(True)
        self.result.setStyleSheet("color: #c62828;")
        self.result.setText(message)
        self.recap_failed.emit(message)

    def send_to_district(self) -> QWidget:
        """The "Kirim ke Disnaker" dialog (window-modal), with this page's folder as its default."""
        from desmig_desktop.shell.send_dialog import SendDialog

        folder = Path(self.folder.text().strip() or default_output_dir()).expanduser()
        dialog = SendDialog(self._ctx, self._pillars, folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _open_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))
