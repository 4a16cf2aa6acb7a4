"""Import a register of people (CSV/XLSX): check every row first, write only when there is no error.

Both passes run on the background worker: a dry run that lists `baris N, kolom X: pesan` for every
problem, then (only if there is none) the real import with a progress bar and Batal, which writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import number
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR, hint
from desmig_desktop.ui.workers import Worker


def importer() -> Any:
    """exchange.persons_import (imported lazily: it pulls openpyxl)."""
    from desmig_desktop.registry.exchange import persons_import

    return persons_import


class ImportDialog(QDialog):
    checked = Signal(object)  # the dry run's ImportResult
    imported = Signal(object)  # the real run's ImportResult (written or cancelled)
    failed = Signal(str)

    def __init__(self, ctx: ServiceContext, path: str | Path | QWidget | None = None, parent: QWidget | None = None):
        if isinstance(path, QWidget):  # ImportDialog(ctx, parent)
            path, parent = None, path
        super().__init__(parent)
        self._ctx = ctx
        self._module = importer()
        self.worker: Worker | None = None
        self.result: Any = None
        self.written = False
        self.setWindowTitle(self.tr("Impor data penduduk"))
        self.resize(820, 560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(10)
        outer.addWidget(hint(self.tr("Pilih berkas CSV atau Excel (.xlsx) dengan satu orang per baris. Semua baris "
                                     "diperiksa dulu; data baru disimpan sesudah Anda menekan «Simpan»."), self))
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("berkas .csv atau .xlsx"))
        self.browse = QPushButton(self.tr("Pilih berkas…"), self)
        self.check_button = QPushButton(self.tr("Periksa"), self)
        self.template_button = QPushButton(self.tr("Unduh contoh…"), self)
        self.template_button.setToolTip(self.tr("Simpan contoh berkas (Excel atau CSV) dengan kolom yang dikenal dan satu "
                                                "baris contoh; kolom NIK dan No KK sudah berformat Teks."))
        self.template_button.setAutoDefault(False)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(self.check_button)
        row.addWidget(self.template_button)
        outer.addLayout(row)
        mode_row = QHBoxLayout()
        mode_label = QLabel(self.tr("NIK yang sudah terdaftar:"), self)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Tambah baru saja"), "add")
        self.mode.addItem(self.tr("Tambah baru dan perbarui yang sudah ada"), "update")
        mode_label.setBuddy(self.mode)
        mode_row.addWidget(mode_label)
        mode_row.addWidget(self.mode)
        mode_row.addStretch(1)
        outer.addLayout(mode_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.issues = QListWidget(self)
        self.issues.setAlternatingRowColors(True)
        self.issues.setWordWrap(True)
        outer.addWidget(self.issues, 1)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan"), self)
        self.save_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        for b in (self.browse, self.cancel_button, self.close_button):
            b.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.browse.clicked.connect(self._choose)
        self.check_button.clicked.connect(self.run_check)
        self.path.returnPressed.connect(self.run_check)
        self.path.textChanged.connect(lambda _t: self._reset())
        self.mode.currentIndexChanged.connect(lambda _i: self._reset())
        self.template_button.clicked.connect(self.save_template)
        self.save_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button.clicked.connect(self.reject)
        if path:
            self.path.setText(str(path))

    # ---- helpers ---------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False, ok: bool = False) -> None:
        colour = ERROR_COLOUR if error else ("#1b5e20" if ok else "")
        self.summary.setStyleSheet(f"color: {colour};" if colour else "")
        self.summary.setText(text)

    def _choose(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas penduduk"), self.path.text(),
                                               self.tr("Data penduduk (*.csv *.xlsx)"))
        if name:
            self.path.setText(name)
            self.run_check()

    def _reset(self) -> None:
        if self.worker is None or not self.worker.is_running():
            self.result = None
            self.save_button.setEnabled(False)
            self.save_button.setText(self.tr("Simpan"))
            self.issues.clear()

    def _busy(self, busy: bool) -> None:
        for w in (self.path, self.browse, self.check_button, self.close_button, self.mode, self.template_button):
            w.setEnabled(not busy)
        self.save_button.setEnabled(False)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _start(self, dry_run: bool) -> None:
        module, ctx, path, mode = self._module, self._ctx, Path(self.path.text().strip()), self.mode.currentData()

        def job(report, cancelled):  # type: ignore[no-untyped-def]
            return module.import_persons(ctx, path, dry_run=dry_run, progress=report, cancelled=cancelled, mode=mode)

        self._busy(True)
        self.worker = Worker(job)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._checked if dry_run else self._imported)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Membatalkan…"))

    def reject(self) -> None:
        if self.worker is not None and self.worker.is_running():
            self._cancel()  # Esc while importing = Batal; the dialog closes when the job has stopped
            return
        super().reject()

    # ---- the two passes --------------------------------------------------------------------

    def run_check(self) -> None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            self._say(self.tr("Berkas tidak ditemukan: pilih berkas .csv atau .xlsx yang ada."), error=True)
            return
        self._reset()
        self._say(self.tr("Memeriksa %1…").replace("%1", path.name))
        self._start(dry_run=True)

    def _checked(self, result: Any) -> None:
        self._busy(False)
        self.result = result
        self.issues.clear()
        for err in result.errors:
            self._add_issue(str(err), QColor(ERROR_COLOUR))
        for warn in result.warnings:
            self._add_issue(str(warn), QColor(WARNING_COLOUR))  # str() says "Peringatan"
        for change in getattr(result, "changes", ()):
            self._add_issue(self.change_text(change), QColor("#0d47a1"))
        if result.errors:
            self._say(self.tr("%Ln baris diperiksa: %1 kesalahan. Tidak ada yang disimpan; perbaiki berkas lalu "
                              "periksa lagi.", "", result.rows).replace("%1", number(len(result.errors))), error=True)
            self.save_button.setEnabled(False)
        elif result.rows == 0:
            self._say(self.tr("Berkas ini tidak berisi baris data."), error=True)
        elif getattr(result, "persons_updated", 0):
            self._say(self.tr("%Ln baris diperiksa: tidak ada kesalahan. %1 orang baru ditambahkan dan %2 orang yang sudah "
                              "terdaftar diperbarui (perubahannya di daftar). Tekan «Simpan» untuk menyimpan.", "", result.rows)
                      .replace("%1", number(result.persons_created)).replace("%2", number(result.persons_updated)), ok=True)
            self.save_button.setText(self.tr("Simpan %Ln baris", "", result.rows))
            self.save_button.setEnabled(True)
            self.save_button.setDefault(True)
            self.save_button.setFocus()
        else:
            self._say(self.tr("%Ln baris diperiksa: tidak ada kesalahan (%1 peringatan). Tekan «Simpan» untuk "
                              "menyimpan.", "", result.rows).replace("%1", number(len(result.warnings))), ok=True)
            self.save_button.setText(self.tr("Simpan %Ln baris", "", result.rows))
            self.save_button.setEnabled(True)
            self.save_button.setDefault(True)
            self.save_button.setFocus()
        self.checked.emit(result)

    def change_text(self, change: Any) -> str:
        """`baris 3: Sularmi (NIK …) diperbarui: Jabatan "lama" → "baru"; …`"""
        fields = "; ".join(f"{f.column} \"{f.old or '-'}\" → \"{f.new or '-'}\"" for f in change.changes)
        return (self.tr("baris %1: %2 (NIK %3) diperbarui: %4").replace("%1", str(change.row)).replace("%2", change.name)
                .replace("%3", change.nik or self.tr("belum ada")).replace("%4", fields))

    def save_template(self) -> Path | None:
        """"Unduh contoh": ask where, then write the template (XLSX or CSV, by the chosen name)."""
        from desmig_desktop.ui.files import ask_save_path

        start = Path(self.path.text().strip()).parent if self.path.text().strip() else Path.home()
        target = ask_save_path(self, self.tr("Simpan contoh berkas impor"), start / "contoh-impor-penduduk.xlsx",
                               self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if target is None:
            return None
        return self.write_template_to(target)

    def write_template_to(self, target: Path) -> Path | None:
        from desmig_desktop.core.files import describe_os_error
        from desmig_desktop.registry.exchange.template import write_template

        try:
            written = write_template(target)
        except OSError as exc:
            self._say(describe_os_error(exc, target), error=True)
            return None
        self._say(self.tr("Contoh disimpan: %1. Isi satu orang per baris (hapus baris contohnya), lalu pilih berkas itu "
                          "di sini.").replace("%1", str(written)), ok=True)
        return written

    def _add_issue(self, text: str, colour: QColor) -> None:
        item = QListWidgetItem(text)
        item.setForeground(colour)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.issues.addItem(item)

    def run_import(self) -> None:
        if self.result is None or self.result.errors:
            return
        self._say(self.tr("Menyimpan…"))
        self._start(dry_run=False)

    def _imported(self, result: Any) -> None:
        self._busy(False)
        self.result = result
        if result.written:
            self.written = True
            text = (self.tr("%Ln baris disimpan: %1 orang, %2 keluarga baru, %3 riwayat migrasi.", "", result.rows)
                    .replace("%1", number(result.persons_created)).replace("%2", number(result.households_created))
                    .replace("%3", number(result.placements_created)))
            if getattr(result, "persons_updated", 0):
                text += " " + self.tr("%Ln orang yang sudah terdaftar diperbarui.", "",
                                           result.persons_updated)
            self._say(text, ok=True)
            self.close_button.setDefault(True)
            self.close_button.setFocus()
        elif result.errors:
            self._checked(result)
            return
        else:
            self._say(self.tr("Dibatalkan: tidak ada yang disimpan."))
            self.save_button.setEnabled(True)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        cancelled = self.worker is not None and self.worker.is_cancelled()
        if cancelled:
            self._say(self.tr("Dibatalkan: tidak ada yang disimpan."))
            self.save_button.setEnabled(self.result is not None and not self.result.errors)
        else:
            if isinstance(exc, OSError):
                from desmig_desktop.core.files import describe_os_error

                reason = describe_os_error(exc, self.path.text().strip())
            else:
                reason = str(exc)
            self._say(self.tr("Impor gagal, tidak ada yang disimpan: %1").replace("%1", reason), error=True)
        self.failed.emit(str(exc))
