"""One complaint: its facts, the status steps baru -> ditindaklanjuti -> dirujuk -> selesai (only the legal next
steps are offered), the dated action log with "Tambah catatan", and "Cetak surat rujukan" (a PDF written where the
officer chooses, then opened). Reading it goes through `get_complaint`, which writes the audit entry."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.registry.enums import RELATIONSHIPS
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.service_centre.codes import COMPLAINT_STATUSES
from desmig_desktop.service_centre.dto import ComplaintDetail
from desmig_desktop.service_centre.services.complaints import get_complaint
from desmig_desktop.service_centre.ui.complaint_steps import (
    ActionDialog,
    EditComplaintDialog,
    LetterDialog,
    StepDialog,
)
from desmig_desktop.service_centre.ui.complaint_words import (
    category_text,
    days_text,
    status_text,
    step_button_text,
    target_text,
)
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import muted, subtitle, tell
from desmig_desktop.ui.lists import Column, TitledTable, fit_columns
from desmig_desktop.ui.widgets import default_output_dir, heading


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ComplaintDetailDialog(QDialog):
    changed = Signal()  # a step, a log line or an edit was saved

    def __init__(self, ctx: Any, complaint_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx, self.complaint_id = ctx, complaint_id
        self.detail: ComplaintDetail | None = None
        # How a form is shown, where the letter goes and how it is opened: tests replace them.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.ask_path: Callable[[Path], Path | None] = lambda suggested: ask_save_path(
            self, self.tr("Simpan surat rujukan"), suggested, self.tr("Dokumen PDF (*.pdf)"))
        self.open_file: Callable[[Path], None] = open_with_system
        self.setMinimumSize(940, 600)
        self.resize(1040, 680)
        self._build()
        self.reload(opening=True)

    # ---- layout ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        self.title = heading("", self)
        outer.addWidget(self.title)
        self.steps = QLabel(self)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        outer.addWidget(self.steps)
        self.step_row = QHBoxLayout()
        self.step_hint = muted("", self)
        self.step_hint.setWordWrap(False)
        self.step_row.addWidget(self.step_hint)
        self.step_row.addStretch(1)
        self.step_buttons: list[QPushButton] = []
        self.edit_button = QPushButton(self.tr("Ubah kategori/uraian…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.step_row.addWidget(self.edit_button)
        outer.addLayout(self.step_row)
        body = QHBoxLayout()
        body.setSpacing(16)
        facts = QWidget(self)
        self.facts = QFormLayout(facts)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.facts.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(facts)
        body.addWidget(scroll, 5)
        self.log = TitledTable(self.tr("Catatan tindakan"), [
            Column(self.tr("Tanggal"), lambda a: short_date(a.acted_on), key=lambda a: a.acted_on),
            Column(self.tr("Langkah"), lambda a: status_text(a.status)),
            Column(self.tr("Tindakan"), lambda a: a.text),
        ], parent=self, sortable=False)
        fit_columns(self.log.table, 2)
        self.log.table.setWordWrap(True)  # a long line of the log is shown whole, on several lines
        self.log.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = self.log.add_button(self.tr("Tambah catatan…"))
        self.add_button.clicked.connect(self.add_action)
        body.addWidget(self.log, 6)
        outer.addLayout(body, 1)
        bottom = QHBoxLayout()
        self.letter_button = QPushButton(self.tr("Cetak surat rujukan…"), self)
        self.letter_button.clicked.connect(self.print_letter)
        bottom.addWidget(self.letter_button)
        bottom.addStretch(1)
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        outer.addLayout(bottom)

    def _fact(self, text: str, value: str) -> None:
        if not value:
            return
        shown = QLabel(value, self)
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.addRow(subtitle(text, self), shown)

    # ---- reading -------------------------------------------------------------------------------------------

    def reload(self, opening: bool = False) -> None:
        """Read the complaint; `opening` (the first reading) is written to the audit trail, the readings after
        this dialog's own changes are not."""
        d = self.detail = get_complaint(self._ctx, self.complaint_id, audited=opening)
        row = d.row
        self.setWindowTitle(self.tr("Pengaduan: %1").replace("%1", row.person_name or self.tr("(tanpa nama)")))
        self.title.setText(f"{category_text(row.category)} · {row.person_name}")
        self.steps.setText(self._steps_html(d))
        for button in self.step_buttons:
            self.step_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        for n, target in enumerate(d.next_steps):
            button = QPushButton(step_button_text(target), self)
            button.setProperty("target", target)
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            self.step_row.insertWidget(1 + n, button)
            self.step_buttons.append(button)
        self.step_hint.setText(self.tr("Pengaduan ini sudah selesai.") if not d.next_steps
                               else self.tr("Langkah berikutnya:"))
        self.edit_button.setEnabled(row.status != "selesai")
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self._facts(d)
        self.log.model.set_rows(d.actions)

    def _steps_html(self, d: ComplaintDetail) -> str:
        dates = {"baru": d.row.opened_on, "ditindaklanjuti": d.followed_on, "dirujuk": d.referred_on,
                 "selesai": d.row.closed_on}
        parts = []
        for code in COMPLAINT_STATUSES:
            text = escape(status_text(code))
            if code == "dirujuk" and d.row.referred_to:
                text += f" ({escape(target_text(d.row.referred_to))})"
            when = dates.get(code)
            if when is not None:
                text += f" {short_date(when)}"
            if code == d.row.status:
                parts.append(f"<b style='color:#0b3d91'>{text}</b>")
            elif when is not None:
                parts.append(f"<span>{text}</span>")
            else:
                parts.append(f"<span style='color:#9aa0a6'>{text}</span>")
        return " &nbsp;→&nbsp; ".join(parts)

    def _facts(self, d: ComplaintDetail) -> None:
        row = d.row
        relation = label(RELATIONSHIPS, d.reporter_relationship) if d.reporter_relationship else ""
        self._fact(self.tr("Pelapor"), " · ".join(x for x in (d.reporter_name, relation, d.reporter_phone) if x))
        self._fact(self.tr("Alamat pelapor"), d.reporter_address)
        self._fact(self.tr("Pekerja migran"), " · ".join(x for x in (row.person_name, mask_number(d.person_nik)) if x))
        self._fact(self.tr("Alamat"), d.person_address)
        self._fact(self.tr("Negara tujuan"), " · ".join(x for x in (d.placement_country, d.placement_job) if x))
        self._fact(self.tr("P3MI"), d.placement_agency or self.tr("belum disebut"))
        self._fact(self.tr("Berangkat"), short_date(d.placement_departed_on))
        self._fact(self.tr("Kontak terakhir"), short_date(d.placement_last_contact_on) or self.tr("belum tercatat"))
        self._fact(self.tr("Kategori"), category_text(row.category))
        self._fact(self.tr("Dibuka"), self.tr("%1 · %2 terbuka").replace("%1", short_date(row.opened_on))
                   .replace("%2", days_text(row.days_open)) if row.closed_on is None
                   else short_date(row.opened_on))
        if row.referred_to:
            self._fact(self.tr("Dirujuk ke"), f"{target_text(row.referred_to)} · {short_date(d.referred_on)}")
        if row.closed_on is not None:
            self._fact(self.tr("Selesai"), self.tr("%1 · setelah %2").replace("%1", short_date(row.closed_on))
                       .replace("%2", days_text(row.days_open)))
        self._fact(self.tr("Uraian"), d.description or self.tr("(kosong)"))
        self._fact(self.tr("Hasil"), d.outcome)

    # ---- actions -------------------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()

    def step(self, target: str) -> None:
        if self.detail is not None and target in self.detail.next_steps:
            if self._open(StepDialog(self._ctx, self.detail, target, self)):
                self._saved()

    def add_action(self) -> None:
        if self._open(ActionDialog(self._ctx, self.complaint_id, self)):
            self._saved()

    def edit(self) -> None:
        if self.detail is not None and self._open(EditComplaintDialog(self._ctx, self.detail, self)):
            self._saved()

    def print_letter(self) -> Path | None:
        """Ask to whom and when, where to write the PDF; write it and open it."""
        from desmig_desktop.service_centre.reports.referral_letter import (
            write_referral_letter,  # reportlab: now
        )

        title = self.tr("Cetak surat rujukan")
        village = get_village(self._ctx)
        if village is None or self.detail is None:
            tell(self, title, self.tr("Isi profil desa dulu: kop surat memakai nama desa."), True)
            return None
        choice = LetterDialog(self._ctx, self.detail, self)
        if not self._open(choice):
            return None
        target, day = choice.chosen()
        name = "surat-rujukan-" + "-".join((self.detail.row.person_name or "pengaduan").lower().split())
        path = self.ask_path(default_output_dir() / f"{name}-{day.isoformat()}.pdf")
        if not path:
            return None
        out = Path(path) if str(path).lower().endswith(".pdf") else Path(f"{path}.pdf")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            written = Path(write_referral_letter(out, self.detail, village, self._ctx.officer, day, target))
        except OSError as err:
            from desmig_desktop.core.files import describe_os_error

            tell(self, title, self.tr("PDF tidak dapat disimpan: %1").replace("%1", describe_os_error(err, out)), True)
            return None
        notify(self, self.tr("Surat rujukan disimpan di %1").replace("%1", str(written)))
        self.open_file(written)
        return written
