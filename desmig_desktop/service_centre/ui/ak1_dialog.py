"""One AK-1 application: the applicant and where the application stands, the checklist of papers (with their
scans; ticked only while the application is a draft), the next step — only the steps the flow allows are
offered: berkas lengkap, diserahkan ke Disnaker, then kartu terbit (card number, date) or ditolak (reason) —
with each message under its field, and, once the card is issued, its six-monthly reports and what is due next.
`Ak1Dialog(ctx, ak1_id, parent=None)`; `changed` after every save (the list reads again)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.service_centre.codes import AK1_ITEMS, AK1_STATUSES
from desmig_desktop.service_centre.dto import Ak1Detail, Ak1Step
from desmig_desktop.service_centre.services.ak1 import (
    get_ak1,
    move_ak1,
    record_ak1_report,
    set_ak1_item,
)
from desmig_desktop.service_centre.ui.checklist import ChecklistWidget
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.forms import muted
from desmig_desktop.ui.widgets import (
    FieldBox,
    error_line,
    fit_height,
    heading,
    show_issues,
)


def due_text(row: Any, day: Any) -> str:
    """`Lapor 6 bulanan 01/12/2026 (8 hari lagi)` / `Perpanjangan 10/01/2027 (terlambat 3 hari)`; "" before
    kartu terbit."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # lupdate reads translate("context", "text", "", n)
    due = row.due
    if due is None:
        return ""
    what = translate("Ak1", "Lapor 6 bulanan") if due.kind == "report" else translate("Ak1", "Perpanjangan")
    left = due.days_left(day)
    when = (translate("Ak1", "hari ini") if left == 0 else translate("Ak1", "%n hari lagi", "", left) if left > 0
            else translate("Ak1", "terlambat %n hari", "", -left))
    return f"{what} {short_date(due.due_on)} ({when})"


class Ak1Dialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: Any, ak1_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ak1_id = ak1_id
        self.detail: Ak1Detail | None = None
        self.saved_any = False
        self.setWindowTitle(self.tr("Pengajuan AK-1"))
        self.setMinimumWidth(820)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        self.title = heading("", self)
        outer.addWidget(self.title)
        self.state = muted("", self)
        outer.addWidget(self.state)

        papers = QGroupBox(self.tr("Berkas"), self)
        pl = QVBoxLayout(papers)
        self.checklist = ChecklistWidget(ctx, "ak1", AK1_ITEMS, self._set_item, papers)
        self.checklist.changed.connect(self._saved)
        pl.addWidget(self.checklist)
        self.papers_hint = muted("", papers)
        pl.addWidget(self.papers_hint)
        outer.addWidget(papers)

        self.step_group = QGroupBox(self.tr("Langkah berikutnya"), self)
        form = QFormLayout(self.step_group)
        self.target = QComboBox(self.step_group)
        self.step_on = DateEdit(ctx.today(), self.step_group)
        self.card_number = QLineEdit(self.step_group)
        self.card_number.setPlaceholderText(self.tr("Salin nomor dari kartu yang terbit"))
        self.reason = QLineEdit(self.step_group)
        self.reason.setPlaceholderText(self.tr("Alasan penolakan dari Disnaker"))
        self.boxes: dict[str, FieldBox] = {}
        self._form = form
        for key, text, editor in (("status", self.tr("Langkah"), self.target), ("on", self.tr("Tanggal"), self.step_on),
                                  ("card_number", self.tr("Nomor kartu"), self.card_number),
                                  ("reason", self.tr("Alasan"), self.reason)):
            self.boxes[key] = FieldBox(editor, self.step_group)
            form.addRow(text, self.boxes[key])
        self.step_button = QPushButton(self.tr("Simpan langkah"), self.step_group)
        self.step_button.clicked.connect(self.save_step)
        button_row = QHBoxLayout()
        button_row.addWidget(self.step_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        self.step_message = error_line(self.step_group)
        form.addRow(self.step_message)
        self.target.currentIndexChanged.connect(lambda _i: self._target_changed())
        outer.addWidget(self.step_group)

        self.report_group = QGroupBox(self.tr("Kartu dan laporan 6 bulanan"), self)
        rl = QVBoxLayout(self.report_group)
        self.card_info = QLabel(self.report_group)
        self.card_info.setWordWrap(False)
        rl.addWidget(self.card_info)
        self.reports_info = muted("", self.report_group)
        rl.addWidget(self.reports_info)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Tanggal lapor"), self.report_group))
        self.report_on = DateEdit(ctx.today(), self.report_group)
        self.report_box = FieldBox(self.report_on, self.report_group)
        line.addWidget(self.report_box)
        self.report_button = QPushButton(self.tr("Catat laporan"), self.report_group)
        self.report_button.clicked.connect(self.save_report)
        line.addWidget(self.report_button)
        line.addStretch(1)
        rl.addLayout(line)
        outer.addWidget(self.report_group)

        outer.addStretch(1)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.reload()

    # ---- showing ---------------------------------------------------------------------------------

    def reload(self) -> None:
        d = self.detail = get_ak1(self.ctx, self.ak1_id)
        row = d.row
        self.title.setText(self.tr("AK-1 %1").replace("%1", row.name))
        steps = [(self.tr("Dibuka"), row.opened_on), (label(AK1_STATUSES, "lengkap"), d.complete_on),
                 (label(AK1_STATUSES, "diserahkan"), d.submitted_on), (label(AK1_STATUSES, "terbit"), row.issued_on),
                 (label(AK1_STATUSES, "ditolak"), d.rejected_on)]
        history = " · ".join(f"{text} {short_date(day)}" for text, day in steps if day is not None)
        state = self.tr("Status: %1").replace("%1", label(AK1_STATUSES, row.status)) + " — " + history
        if row.status == "ditolak" and d.reject_reason:
            state += "\n" + self.tr("Alasan penolakan: %1").replace("%1", d.reject_reason)
        self.state.setText(f"{row.nik} · {state}")
        draft = row.status == "draft"
        self.checklist.load(self.ak1_id, d.checklist, editable=draft, today=self.ctx.today())
        self.papers_hint.setText(self.tr("Centang setiap berkas yang sudah diperiksa, lalu pilih langkah "
                                         "\u201cBerkas lengkap\u201d.") if draft else
                                 self.tr("Berkas tidak dapat diubah lagi sesudah pengajuan lengkap."))
        self.target.blockSignals(True)
        self.target.clear()
        for code in d.next_steps:
            self.target.addItem(label(AK1_STATUSES, code), code)
        self.target.blockSignals(False)
        self.step_group.setVisible(bool(d.next_steps))
        self.step_on.set_value(self.ctx.today())
        self.card_number.clear()
        self.reason.clear()
        self._target_changed()
        issued = row.status == "terbit"
        self.report_group.setVisible(issued)
        if issued and row.due is not None:
            self.card_info.setText(self.tr("Nomor kartu %1, terbit %2, berlaku sampai %3.\nBerikutnya: %4")
                                   .replace("%1", row.card_number).replace("%2", short_date(row.issued_on))
                                   .replace("%3", short_date(row.due.valid_until))
                                   .replace("%4", due_text(row, self.ctx.today())))
            self.reports_info.setText(self.tr("Sudah lapor: %1").replace("%1", ", ".join(short_date(r) for r in d.reports))
                                      if d.reports else self.tr("Belum ada laporan."))
        for group in (self.step_group, self.report_group):
            group.layout().invalidate()
        self.layout().invalidate()
        fit_height(self)

    def _target_changed(self) -> None:
        target = self.target.currentData()
        self._form.setRowVisible(self.boxes["card_number"], target == "terbit")
        self._form.setRowVisible(self.boxes["reason"], target == "ditolak")
        self.show_step_issues([])

    def offered_steps(self) -> list[str]:
        return [self.target.itemData(i) for i in range(self.target.count())]

    def show_step_issues(self, issues: list[Issue]) -> None:
        # "berkas belum lengkap" shows under the step chosen
        issues = [Issue("status", i.message, i.warning) if i.field == "items" else i for i in issues]
        leftover = show_issues(self.boxes, issues)
        self.step_message.setText("\n".join(leftover))
        self.step_message.setVisible(bool(leftover))

    def step_messages(self) -> str:
        texts = {b.text() for b in self.boxes.values() if b.text()}
        if self.step_message.isVisible():
            texts.add(self.step_message.text())
        return "\n".join(sorted(texts))

    # ---- saving ----------------------------------------------------------------------------------

    def _saved(self) -> None:
        self.saved_any = True
        self.reload()
        self.changed.emit()

    def _set_item(self, item: str, day: Any) -> None:
        set_ak1_item(self.ctx, self.ak1_id, item, day)

    def choose_step(self, code: str) -> bool:
        i = self.target.findData(code)
        if i >= 0:
            self.target.setCurrentIndex(i)
        return i >= 0

    def save_step(self) -> bool:
        target = self.target.currentData()
        if target is None:
            return False
        if not self.step_on.is_valid():
            self.show_step_issues([Issue("on", self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))])
            return False
        step = Ak1Step(target, self.step_on.value(), card_number=self.card_number.text() if target == "terbit" else "",
                       reason=self.reason.text() if target == "ditolak" else "")
        try:
            move_ak1(self.ctx, self.ak1_id, step)
        except ValidationError as err:
            self.show_step_issues(err.issues)
            return False
        notify(self.parentWidget() or self, self.tr("Pengajuan AK-1 %1: %2.").replace("%1", self.detail.row.name
                                                                                    if self.detail else "")
               .replace("%2", label(AK1_STATUSES, target)))
        self._saved()
        return True

    def save_report(self) -> bool:
        self.report_box.set_message("")
        day = self.report_on.value()
        if day is None:
            self.report_box.set_message(self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))
            return False
        try:
            record_ak1_report(self.ctx, self.ak1_id, day)
        except ValidationError as err:
            self.report_box.set_message("\n".join(i.message for i in err.issues))
            return False
        self._saved()
        return True
