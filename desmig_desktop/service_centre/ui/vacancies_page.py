"""The "Lowongan" page: the vacancies the centre posts (still valid or expired), their form, the registered job
seekers and calon PMI who fit the selected one, and the printed sheets: the safe-migration information sheets and
the notice-board list of open vacancies (PDF, opened once written)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.core.records import restore_record
from desmig_desktop.registry.enums import EDUCATION, SEXES
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.service_centre.codes import VACANCY_SCOPES
from desmig_desktop.service_centre.dto import Candidate, VacancyDTO
from desmig_desktop.service_centre.services.vacancies import (
    candidates,
    delete_vacancy,
    list_vacancies,
)
from desmig_desktop.service_centre.ui import VACANCIES
from desmig_desktop.service_centre.ui.vacancy_dialog import VacancyDialog
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo, notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import muted, tell
from desmig_desktop.ui.lists import Column, TitledTable, context_menu, fit_columns
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import default_output_dir

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
EXPIRED_COLOUR = "#5f6368"
SHOW_ALL, SHOW_OPEN, SHOW_EXPIRED = "all", "open", "expired"


def place_text(v: VacancyDTO) -> str:
    return v.country if v.scope == "luar_negeri" and v.country else label(VACANCY_SCOPES, v.scope)


def who_text(v: VacancyDTO) -> str:
    """Who may apply, in a few words: `Perempuan, 18–35 th, min. SMP/Sederajat`."""
    parts = [label(SEXES, v.sex)] if v.sex else []
    if v.age_min is not None and v.age_max is not None:
        parts.append(translate("VacanciesPage", "%1–%2 th").replace("%1", str(v.age_min)).replace("%2", str(v.age_max)))
    elif v.age_min is not None:
        parts.append(translate("VacanciesPage", "min. %1 th").replace("%1", str(v.age_min)))
    elif v.age_max is not None:
        parts.append(translate("VacanciesPage", "maks. %1 th").replace("%1", str(v.age_max)))
    if v.education_min:
        parts.append(translate("VacanciesPage", "min. %1").replace("%1", label(EDUCATION, v.education_min)))
    return ", ".join(parts) or translate("VacanciesPage", "Terbuka untuk semua")


def state_text(v: VacancyDTO) -> str:
    return translate("VacanciesPage", "Berlaku") if v.open else translate("VacanciesPage", "Kedaluwarsa")


def source_text(c: Candidate) -> str:
    return translate("VacanciesPage", "Calon PMI") if c.source == "calon" else translate("VacanciesPage", "Pemohon AK-1")


def vacancy_columns() -> list[Column]:
    return [
        Column(translate("VacanciesPage", "Jabatan"), lambda v: v.position),
        Column(translate("VacanciesPage", "Tempat"), place_text),
        Column(translate("VacanciesPage", "Pemberi kerja"), lambda v: v.employer),
        Column(translate("VacanciesPage", "Syarat"), who_text),
        Column(translate("VacanciesPage", "Berlaku s.d."), lambda v: short_date(v.valid_until) or "—",
               key=lambda v: v.valid_until),
        Column(translate("VacanciesPage", "Status"), state_text, colour=lambda v: None if v.open else EXPIRED_COLOUR),
    ]


def candidate_columns() -> list[Column]:
    return [
        Column(translate("VacanciesPage", "Nama"), lambda c: c.name),
        Column(translate("VacanciesPage", "L/P"), lambda c: c.sex),
        Column(translate("VacanciesPage", "Umur"), lambda c: "" if c.age is None else str(c.age), key=lambda c: c.age,
               right=True),
        Column(translate("VacanciesPage", "Pendidikan"), lambda c: label(EDUCATION, c.education) if c.education else "—"),
        Column(translate("VacanciesPage", "Terdaftar sebagai"), source_text),
        Column(translate("VacanciesPage", "Telepon"), lambda c: c.phone or "—"),
    ]


def open_file(path: Path) -> None:
    """Open a written document with the system's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VacanciesPage(QWidget):
    changed = Signal()  # a vacancy was saved or deleted on this page

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.out_of_date = False
        # Tests replace these: how a dialog is shown, where a PDF goes, how it is opened, the delete question.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.ask_path: Callable[[Path], Path | None] = lambda suggested: ask_save_path(
            self, self.tr("Simpan PDF"), suggested, self.tr("Dokumen PDF (*.pdf)"))
        self.open_file: Callable[[Path], None] = open_file
        self.confirm_delete: Callable[[str, list[str]], bool] = lambda what, goes: confirm_delete(self, what, goes)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tampilkan"), self))
        self.show_filter = QComboBox(self)
        for key, text in ((SHOW_OPEN, self.tr("Yang masih berlaku")), (SHOW_EXPIRED, self.tr("Yang sudah kedaluwarsa")),
                          (SHOW_ALL, self.tr("Semua lowongan"))):
            self.show_filter.addItem(text, key)
        top.addWidget(self.show_filter)
        top.addStretch(1)
        self.sheets_button = QPushButton(self.tr("Cetak lembar informasi (PDF)"), self)
        self.sheets_button.setToolTip(self.tr("Lembar informasi migrasi aman untuk dibagikan kepada warga"))
        self.sheets_menu = QMenu(self.sheets_button)
        self.sheets_button.setMenu(self.sheets_menu)
        self.sheets_menu.aboutToShow.connect(self.fill_sheets_menu)
        top.addWidget(self.sheets_button)
        self.board_button = QPushButton(self.tr("Cetak papan lowongan (PDF)"), self)
        self.board_button.setToolTip(self.tr("Daftar lowongan yang masih berlaku, untuk papan pengumuman"))
        self.board_button.clicked.connect(self.print_board)
        top.addWidget(self.board_button)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.list = TitledTable(self.tr("Lowongan"), vacancy_columns(), parent=split)
        self.add_button = self.list.add_button(self.tr("Lowongan baru…"))
        self.edit_button = self.list.add_button(self.tr("Ubah…"))
        self.delete_button = self.list.add_button(self.tr("Hapus…"))
        fit_columns(self.list.table, 0, 2)
        split.addWidget(self.list)
        lower = QWidget(split)
        lay = QVBoxLayout(lower)
        lay.setContentsMargins(0, 6, 0, 0)
        self.details = muted("", lower)
        lay.addWidget(self.details)
        self.fitting = TitledTable(self.tr("Pencari kerja yang cocok"), candidate_columns(), parent=lower)
        fit_columns(self.fitting.table, 0)
        lay.addWidget(self.fitting, 1)
        self.no_fit = muted("", lower)
        self.no_fit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.no_fit)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)

        self._actions()
        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.table.selectionModel().selectionChanged.connect(lambda *_a: self.show_selected())
        self.refresh()

    def fill_sheets_menu(self) -> None:
        """The information sheets, one line each (filled when the menu first opens: reportlab loads then)."""
        if self.sheets_menu.actions():
            return
        from desmig_desktop.service_centre.reports.info_sheet import INFO_SHEETS

        for code in INFO_SHEETS:
            action = self.sheets_menu.addAction(label(INFO_SHEETS, code))
            action.setData(code)
            action.triggered.connect(lambda _c=False, code=code: self.print_sheet(code))

    def _actions(self) -> None:
        table = self.list.table
        edit = QAction(self.tr("Ubah…"), table)
        edit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        delete = QAction(self.tr("Hapus…"), table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, run in ((edit, self.edit_vacancy), (delete, self.delete_vacancy)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, run=run: run())
            table.addAction(action)
        context_menu(table, [edit, delete])
        table.doubleClicked.connect(lambda _i: self.edit_vacancy())
        self.add_button.clicked.connect(self.add_vacancy)
        self.edit_button.clicked.connect(self.edit_vacancy)
        self.delete_button.clicked.connect(self.delete_vacancy)

    # ---- reading -------------------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        keep = select or (self.selected().id if self.selected() else None)
        shown = self.show_filter.currentData()
        rows = list_vacancies(self.ctx, open_only=shown == SHOW_OPEN)
        if shown == SHOW_EXPIRED:
            rows = [v for v in rows if not v.open]
        self.list.show_rows(rows, self.tr("Lowongan (%1)").replace("%1", str(len(rows))),
                            (lambda v: v.id == keep) if keep else None)
        self.show_selected()

    def selected(self) -> VacancyDTO | None:
        return self.list.selected()

    def show_selected(self) -> None:
        v = self.selected()
        self.edit_button.setEnabled(v is not None)
        self.delete_button.setEnabled(v is not None)
        if v is None:
            self.details.setText(self.tr("Belum ada lowongan di daftar ini. Klik \"Lowongan baru…\" untuk mencatat "
                                         "lowongan dari Disnaker, BP2MI, atau sumber resmi lain."))
            self.fitting.model.set_rows([])
            self.fitting.title.setText(self.tr("Pencari kerja yang cocok"))
            self.no_fit.setVisible(False)
            return
        lines = [f"{v.position} — {place_text(v)}" + (f" ({v.employer})" if v.employer else "")]
        if v.requirements:
            lines.append(self.tr("Persyaratan: %1").replace("%1", v.requirements))
        if v.source:
            lines.append(self.tr("Sumber: %1, diumumkan %2").replace("%1", v.source).replace("%2", short_date(v.posted_on)))
        self.details.setText("\n".join(lines))
        found = candidates(self.ctx, v.id)
        self.fitting.model.set_rows(found)
        self.fitting.title.setText(self.tr("Pencari kerja yang cocok (%1)").replace("%1", str(len(found))))
        self.no_fit.setText(self.tr("Belum ada pemohon AK-1 atau calon PMI yang memenuhi syarat %1.")
                            .replace("%1", who_text(v)))
        self.no_fit.setVisible(not found)

    # ---- changes --------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def add_vacancy(self) -> None:
        dialog = VacancyDialog(self.ctx, parent=self)
        if self._open(dialog) and dialog.saved_id:
            self._saved(dialog.saved_id)

    def edit_vacancy(self) -> None:
        v = self.selected()
        if v is None:
            return
        dialog = VacancyDialog(self.ctx, v, parent=self)
        if self._open(dialog):
            self._saved(v.id)

    def delete_vacancy(self) -> None:
        v = self.selected()
        if v is None:
            return
        delete_with_undo(self, self.tr("lowongan %1").replace("%1", v.position),
                         self.tr("Lowongan %1 dihapus.").replace("%1", v.position),
                         lambda: delete_vacancy(self.ctx, v.id),
                         lambda gone: restore_record(self.ctx, gone.table, gone.record_id, gone.when),
                         lambda: self._saved(None), after_undo=lambda: self._saved(v.id), ask=self.confirm_delete,
                         refuse=lambda text: tell(self, self.tr("Tidak dapat dihapus"), text, True))

    def _saved(self, select: str | None) -> None:
        if select is not None and self.show_filter.currentData() != SHOW_ALL:
            listed = {v.id: v.open for v in list_vacancies(self.ctx)}
            if select in listed and listed[select] != (self.show_filter.currentData() == SHOW_OPEN):
                self.show_filter.blockSignals(True)  # show the saved vacancy, whichever list it now belongs to
                self.show_filter.setCurrentIndex(self.show_filter.findData(SHOW_ALL))
                self.show_filter.blockSignals(False)
        self.refresh(select=select)
        self.changed.emit()

    def announce(self) -> None:
        self.env.changes.notify(VACANCIES)

    def on_changes(self, kinds: frozenset[str]) -> None:
        """Who fits changes with the register and the AK-1 and calon lists: read again when next shown."""
        if not self.isVisible() and kinds & {VACANCIES, "persons", "placements", "sc_ak1", "sc_documents"}:
            self.out_of_date = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.out_of_date:
            self.out_of_date = False
            self.refresh()

    # ---- printing -------------------------------------------------------------------------------------------

    def _write(self, suggested: Path, write: Callable[[Path, Any], Path]) -> Path | None:
        title = self.tr("Cetak PDF")
        village = get_village(self.ctx)
        if village is None:
            tell(self, title, self.tr("Isi profil desa dulu: kop surat PDF memakai nama desa."), True)
            return None
        chosen = self.ask_path(suggested)
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            written = Path(write(out, village))
        except OSError as err:
            from desmig_desktop.core.files import describe_os_error

            tell(self, title, self.tr("PDF tidak dapat disimpan: %1").replace("%1", describe_os_error(err, out)), True)
            return None
        notify(self, self.tr("PDF disimpan di %1").replace("%1", str(written)))
        self.open_file(written)
        return written

    def print_sheet(self, code: str) -> Path | None:
        from desmig_desktop.service_centre.reports.info_sheet import write_info_sheet

        suggested = default_output_dir() / f"lembar-info-{code.replace('_', '-')}.pdf"
        return self._write(suggested, lambda out, village: write_info_sheet(out, code, village))

    def print_board(self) -> Path | None:
        from desmig_desktop.service_centre.reports.info_sheet import write_vacancy_sheet

        rows = list_vacancies(self.ctx, open_only=True)
        if not rows:
            tell(self, self.tr("Cetak PDF"), self.tr("Tidak ada lowongan yang masih berlaku untuk dicetak."))
            return None
        suggested = default_output_dir() / f"papan-lowongan-{self.ctx.today().isoformat()}.pdf"
        return self._write(suggested, lambda out, village: write_vacancy_sheet(out, rows, village))


def make_page(env: PageEnv) -> VacanciesPage:
    page = VacanciesPage(env, env.parent)
    page.changed.connect(page.announce)
    env.changes.changed.connect(page.on_changes)
    return page
