"""Paket masuk: the packages the villages sent (files, or every *.desmig of a folder), opened with the district's
private key or a village's password and merged by district.intake.merge_files on a worker thread — a progress
bar fed by its `progress(i, n, name)`, "Batal" answered by its `cancelled()` between packages (a package being
merged is rolled back whole), then one result line per package."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.files import describe_failure
from desmig_desktop.district.ui.common import page_layout
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR, heading, hint
from desmig_desktop.ui.workers import Worker

OK_COLOUR = "#1b5e20"


class _Relay(QObject):
    """Carries merge_files' progress from the worker thread to the page (queued: it lives on the GUI thread)."""

    step = Signal(int, int, str)


class InboxPage(QWidget):
    merged = Signal()  # a merge run ended and changed the database (or may have)
    finished = Signal(object)  # list[PackageResult] (tests)

    def __init__(self, engine: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.files: list[Path] = []
        self.results: list[Any] = []
        self.worker: Worker | None = None
        self._relay = _Relay(self)
        self._relay.step.connect(self._on_step)
        self.status_words = {"merged": self.tr("Digabung"), "refused": self.tr("Ditolak"),
                             "skipped": self.tr("Sudah pernah")}
        self._build()

    def _build(self) -> None:
        outer = page_layout(self)
        outer.addWidget(heading(self.tr("Paket masuk"), self))
        outer.addWidget(hint(self.tr("Pilih paket .desmig yang dikirim desa (berkas atau satu folder), lalu "
                                     "Gabungkan. Paket yang sama boleh digabung lagi: tidak ada yang berubah."), self))
        top = QHBoxLayout()
        top.setSpacing(16)
        files_box = QGroupBox(self.tr("Paket"), self)
        fl = QVBoxLayout(files_box)
        self.file_list = QListWidget(files_box)
        self.file_list.setMinimumHeight(110)
        self.file_list.setMaximumHeight(150)
        fl.addWidget(self.file_list)
        row = QHBoxLayout()
        self.add_files_button = QPushButton(self.tr("Tambah berkas…"), files_box)
        self.add_folder_button = QPushButton(self.tr("Tambah folder…"), files_box)
        self.clear_button = QPushButton(self.tr("Kosongkan"), files_box)
        for b in (self.add_files_button, self.add_folder_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        fl.addLayout(row)
        self.add_files_button.clicked.connect(self._choose_files)
        self.add_folder_button.clicked.connect(self._choose_folder)
        self.clear_button.clicked.connect(self.clear_files)
        top.addWidget(files_box, 3)

        key_box = QGroupBox(self.tr("Membuka paket"), self)
        grid = QGridLayout(key_box)
        grid.setVerticalSpacing(8)
        self.use_key = QRadioButton(self.tr("Kunci distrik"), key_box)
        self.use_password = QRadioButton(self.tr("Kata sandi"), key_box)
        self.use_key.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_key)
        group.addButton(self.use_password)
        self.key_path = QLineEdit(key_box)
        self.key_path.setPlaceholderText(self.tr("district-key.txt"))
        self.key_button = QPushButton(self.tr("Pilih…"), key_box)
        self.key_button.clicked.connect(self._choose_key)
        self.password = QLineEdit(key_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kata sandi dari desa"))
        grid.addWidget(self.use_key, 0, 0)
        grid.addWidget(self.key_path, 0, 1)
        grid.addWidget(self.key_button, 0, 2)
        grid.addWidget(self.use_password, 1, 0)
        grid.addWidget(self.password, 1, 1, 1, 2)
        self.add_villages = QCheckBox(self.tr("Tambahkan desa yang belum terdaftar di kabupaten"), key_box)
        grid.addWidget(self.add_villages, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        self.use_key.toggled.connect(self._key_mode)
        self.key_path.textEdited.connect(lambda _t: self.use_key.setChecked(True))
        self.password.textEdited.connect(lambda _t: self.use_password.setChecked(True))
        top.addWidget(key_box, 2)
        outer.addLayout(top)

        run = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Gabungkan"), self)
        self.merge_button.setDefault(True)
        self.merge_button.setMinimumWidth(140)
        self.merge_button.clicked.connect(self.start_merge)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%v / %m")
        self.progress.setValue(0)
        run.addWidget(self.merge_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.progress, 1)
        outer.addLayout(run)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)

        columns = [
            Column(self.tr("Berkas"), lambda r: r.file),
            Column(self.tr("Desa"), lambda r: r.village_name or r.village_code),
            Column(self.tr("Urutan"), lambda r: "" if r.sequence is None else str(r.sequence),
                   key=lambda r: r.sequence or 0, right=True),
            Column(self.tr("Status"), lambda r: self.status_words.get(r.status, r.status),
                   colour=lambda r: ERROR_COLOUR if r.status == "refused" else None),
            Column(self.tr("Baris berubah"), lambda r: str(r.rows_changed), key=lambda r: r.rows_changed, right=True),
            Column(self.tr("Pesan / peringatan"), lambda r: " ".join((r.message, *r.warnings)).strip(),
                   colour=lambda r: ERROR_COLOUR if r.status == "refused" else WARNING_COLOUR if r.warnings else None),
        ]
        self.model = RowTableModel(columns, self)
        self.table = fit_columns(make_table(self, self.model, sortable=True), 5)
        outer.addWidget(self.table, 1)
        self.detail = QLabel(self)  # the whole message of the row selected (the table elides long ones)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.detail)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self._key_mode()

    def _show_detail(self, current: Any, _previous: Any = None) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        text = " ".join((row.message, *row.warnings)).strip() if row is not None else ""
        self.detail.setText(f"{row.file}: {text}" if text else "")

    # ---- the files -------------------------------------------------------------------------

    def add_paths(self, paths: Iterable[str | Path]) -> None:
        """Add files, and the *.desmig of folders (district.intake.package_files); each file once."""
        from desmig_desktop.district.intake import package_files

        for path in package_files([Path(p) for p in paths]):
            if path not in self.files:
                self.files.append(path)
                self.file_list.addItem(str(path))
        self._say(self.tr("%n paket dipilih.", "", len(self.files)), None)

    def clear_files(self) -> None:
        self.files.clear()
        self.file_list.clear()

    def _choose_files(self) -> None:
        paths, _f = QFileDialog.getOpenFileNames(self, self.tr("Pilih paket desa"), "",
                                                 self.tr("Paket Desmig (*.desmig);;Semua berkas (*)"))
        if paths:
            self.add_paths(paths)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder berisi paket desa"))
        if folder:
            self.add_paths([folder])

    def _choose_key(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih kunci privat distrik"), self.key_path.text(),
                                               self.tr("Kunci privat distrik (district-key.txt *.txt);;Semua berkas (*)"))
        if path:
            self.key_path.setText(path)
            self.use_key.setChecked(True)

    def _key_mode(self, *_args: object) -> None:
        key = self.use_key.isChecked()
        self.key_path.setEnabled(key)
        self.key_button.setEnabled(key)
        self.password.setEnabled(not key)

    # ---- merging ---------------------------------------------------------------------------

    def _say(self, text: str, colour: str | None) -> None:
        self.message.setStyleSheet(f"color: {colour};" if colour else "")
        self.message.setText(text)

    def _opener(self) -> dict[str, Any] | None:
        """The key or password to open the packages with, or None after saying what is missing."""
        if self.use_password.isChecked():
            if not self.password.text():
                self._say(self.tr("Tulis kata sandi paket yang diberikan desa, atau pilih kunci distrik."),
                          ERROR_COLOUR)
                return None
            return {"password": self.password.text()}
        text = self.key_path.text().strip()
        if not text:
            self._say(self.tr("Pilih berkas kunci privat distrik (district-key.txt), atau pakai kata sandi."),
                      ERROR_COLOUR)
            return None
        from desmig_desktop.district.keys import read_private_key

        try:
            return {"key": read_private_key(Path(text).expanduser())}
        except ValidationError as err:
            self._say(" ".join(i.message for i in err.issues), ERROR_COLOUR)
        except OSError as exc:
            self._say(describe_failure(exc, text), ERROR_COLOUR)
        return None

    def start_merge(self) -> None:
        if self.worker is not None:
            return
        if not self.files:
            self._say(self.tr("Belum ada paket: tambahkan berkas .desmig atau folder berisi paket."), ERROR_COLOUR)
            return
        opener = self._opener()
        if opener is None:
            return
        from desmig_desktop.district.intake import merge_files

        engine, files, add = self.engine, list(self.files), self.add_villages.isChecked()
        relay = self._relay
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.merge_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._say(self.tr("Menggabungkan %n paket…", "", len(files)), None)
        worker = Worker(lambda _report, cancelled: merge_files(
            engine, files, add_villages=add, progress=lambda i, n, name: relay.step.emit(i, n, name),
            cancelled=cancelled, **opener))
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._ended)
        self.worker = worker
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Membatalkan: paket yang sedang digabung dibatalkan utuh…"), WARNING_COLOUR)

    def _on_step(self, i: int, n: int, name: str) -> None:
        self.progress.setRange(0, max(n, 1))
        self.progress.setValue(min(i, n))
        if self.worker is not None and not self.worker.is_cancelled():
            self._say(self.tr("Menggabungkan %1 (%2 dari %3)…").replace("%1", name).replace("%2", str(min(i + 1, n)))
                      .replace("%3", str(n)), None)

    def _done(self, results: list[Any]) -> None:
        self.results = list(results)
        self.model.set_rows(self.results)
        self.detail.setText("")
        count = {s: sum(1 for r in self.results if r.status == s) for s in self.status_words}
        text = self.tr("%1 paket digabung, %2 ditolak, %3 sudah pernah digabung.").replace(
            "%1", str(count["merged"])).replace("%2", str(count["refused"])).replace("%3", str(count["skipped"]))
        if self.worker is not None and self.worker.is_cancelled() and len(self.results) < len(self.files):
            text = self.tr("Dibatalkan: %n paket belum digabung.", "",
                                                            len(self.files) - len(self.results)) + " " + text
        else:
            self.progress.setValue(self.progress.maximum())
        self._say(text, ERROR_COLOUR if count["refused"] else OK_COLOUR)

    def _failed(self, exc: BaseException) -> None:
        self.results = []
        self._say(describe_failure(exc), ERROR_COLOUR)

    def _ended(self) -> None:
        self.worker = None
        self.merge_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.merged.emit()
        self.finished.emit(self.results)

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait(60)
