"""Pinjaman baru, in three steps: the borrower (a member of the fund or a production group) → the amount, term,
purpose and disbursal date → the schedule from `preview_loan` with the fund's cash, and a representative when the
borrower is abroad on that day. Each step is checked by the service before the next one shows (its messages go
under the fields, in Indonesian); nothing is saved before "Cairkan pinjaman"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.production.services.groups import list_groups
from desmig_desktop.savings.dto import FundDTO, LoanDetailDTO, LoanInput, LoanPreviewDTO
from desmig_desktop.savings.rules import MAX_TERM_MONTHS, MIN_TERM_MONTHS
from desmig_desktop.savings.services.loans import disburse_loan, preview_loan
from desmig_desktop.savings.services.members import member_accounts
from desmig_desktop.savings.ui import percent_text
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import MoneyEdit, money_issue, muted, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table
from desmig_desktop.ui.unsaved import guard_unsaved
from desmig_desktop.ui.widgets import ERROR_COLOUR, FieldBox, fit_height, show_issues

# which step shows a field's message (the service names LoanInput's fields)
STEP_OF = {"borrower_kind": 0, "member_id": 0, "group_id": 0, "principal": 1, "term_months": 1, "purpose": 1,
           "disbursed_on": 1, "representative_name": 2, "representative_relation": 2, "representative_phone": 2}
REPRESENTATIVE = ("representative_name", "representative_relation", "representative_phone")


class LoanWizard(QDialog):
    def __init__(self, ctx, fund: FundDTO, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        guard_unsaved(self)
        self.ctx = ctx
        self.fund = fund
        self.saved: LoanDetailDTO | None = None
        self.preview: LoanPreviewDTO | None = None
        self.boxes: dict[str, FieldBox] = {}
        self.aliases: dict[str, str] = {}  # a service field shown under another field's box (group_id: the borrower)
        self.setWindowTitle(self.tr("Pinjaman baru — %1").replace("%1", fund.name))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        self.step_title = subtitle("", self)
        outer.addWidget(self.step_title)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self._borrower_step()
        self._amount_step()
        self._schedule_step()
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.setVisible(False)
        outer.addWidget(self.general)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("‹ Kembali"), self)
        self.next_button = QPushButton(self.tr("Lanjut ›"), self)
        self.save_button = QPushButton(self.tr("Cairkan pinjaman"), self)
        self.cancel_button = QPushButton(self.tr("Batal"), self)
        for b in (self.back_button, self.next_button, self.save_button, self.cancel_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        outer.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.save_button.clicked.connect(self.try_save)
        self.cancel_button.clicked.connect(self.reject)
        self.go(0)

    # ---- the steps -----------------------------------------------------------------------------

    def _page(self) -> QFormLayout:
        page = QWidget(self.stack)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.stack.addWidget(page)
        return form

    def _field(self, form: QFormLayout, key: str, text: str, editor: QWidget, *aliases: str) -> QWidget:
        box = FieldBox(editor, form.parentWidget())
        self.boxes[key] = box
        for k in aliases:
            self.aliases[k] = key
        lab = QLabel(text, form.parentWidget())
        lab.setBuddy(editor)
        form.addRow(lab, box)
        return editor

    def _borrower_step(self) -> None:
        form = self._page()
        self.kind = self._field(form, "borrower_kind", self.tr("Jenis peminjam"), QComboBox(self))
        self.kind.addItem(self.tr("Anggota dana"), "member")
        self.kind.addItem(self.tr("Kelompok produksi"), "group")
        self.borrower = self._field(form, "member_id", self.tr("Peminjam"), QComboBox(self), "group_id")
        self.borrower.setMinimumWidth(360)
        self.borrower_note = muted("", self)
        form.addRow("", self.borrower_note)
        self.members = [m for m in member_accounts(self.ctx, self.fund.id) if m.left_on is None]
        self.groups = [g for g in list_groups(self.ctx, status="aktif")]
        if self.fund.group_id and not any(g.id == self.fund.group_id for g in self.groups):
            self.groups = []  # a group fund lends to its own group only while it is active
        elif self.fund.group_id:
            self.groups = [g for g in self.groups if g.id == self.fund.group_id]
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_borrowers())
        self.borrower.currentIndexChanged.connect(lambda _i: self._borrower_changed())
        self._fill_borrowers()

    def _fill_borrowers(self) -> None:
        self.borrower.blockSignals(True)
        self.borrower.clear()
        self.borrower.addItem(self.tr("— pilih peminjam —"), None)
        if self.kind.currentData() == "member":
            for m in self.members:
                text = f"{m.number} {m.name}".strip()
                if m.abroad:
                    text += " · " + self.tr("di %1").replace("%1", m.abroad)
                self.borrower.addItem(text, m.id)
        else:
            for g in self.groups:
                self.borrower.addItem(g.name, g.id)
        self.borrower.blockSignals(False)
        self._borrower_changed()

    def _borrower_changed(self) -> None:
        m = next((m for m in self.members if m.id == self.borrower.currentData()), None)
        if m is None:
            empty = not self.members if self.kind.currentData() == "member" else not self.groups
            self.borrower_note.setText(self.tr("Belum ada anggota aktif di dana ini: tambahkan di tab Anggota & "
                                               "Simpanan.") if empty and self.kind.currentData() == "member" else "")
            return
        parts = [self.tr("Simpanan %1").replace("%1", rupiah(m.savings_total))]
        if m.open_loans:
            parts.append(self.tr("%Ln pinjaman berjalan, sisa pokok %1", "", m.open_loans)
                         .replace("%1", rupiah(m.principal_outstanding)))
        if m.wajib_owed:
            parts.append(self.tr("tunggakan wajib %1").replace("%1", rupiah(m.wajib_owed)))
        if m.phone:
            parts.append(self.tr("telepon %1").replace("%1", m.phone))
        self.borrower_note.setText(" · ".join(parts))

    def _amount_step(self) -> None:
        form = self._page()
        self.principal = self._field(form, "principal", self.tr("Jumlah pinjaman"), MoneyEdit(parent=self))
        self.term = self._field(form, "term_months", self.tr("Jangka waktu"), QSpinBox(self))
        self.term.setRange(MIN_TERM_MONTHS, MAX_TERM_MONTHS)
        self.term.setSuffix(self.tr(" bulan"))
        self.term.setValue(min(max(self.fund.default_term, MIN_TERM_MONTHS), MAX_TERM_MONTHS))
        self.term.setMaximumWidth(120)
        self.purpose = self._field(form, "purpose", self.tr("Keperluan"), QLineEdit(self))
        self.purpose.setPlaceholderText(self.tr("mis. modal dagang salak, pupuk"))
        today = self.ctx.today()
        self.disbursed_on = self._field(form, "disbursed_on", self.tr("Tanggal pencairan"),
                                        DateEdit(today, self, today=today))
        form.addRow("", muted(self.tr("Jasa %1 per bulan dari pokok awal, dibayar setiap bulan bersama angsuran "
                                      "pokok.").replace("%1", percent_text(self.fund.fee_bp)), self))

    def _schedule_step(self) -> None:
        form = self._page()
        self.summary = muted("", self)
        form.addRow(self.summary)
        self.schedule_model = RowTableModel([
            Column(self.tr("Ke"), lambda i: str(i.number), right=True),
            Column(self.tr("Jatuh tempo"), lambda i: short_date(i.due_on)),
            Column(self.tr("Pokok"), lambda i: rupiah(i.principal), right=True),
            Column(self.tr("Jasa"), lambda i: rupiah(i.fee), right=True),
            Column(self.tr("Jumlah"), lambda i: rupiah(i.total), right=True),
        ], self)
        self.schedule_table = fit_columns(make_table(form.parentWidget(), self.schedule_model), 1)
        self.schedule_table.setMinimumHeight(160)
        form.addRow(self.schedule_table)
        self.abroad_note = muted("", self)
        form.addRow(self.abroad_note)
        self.rep_name = self._field(form, "representative_name", self.tr("Nama wakil"), QLineEdit(self))
        self.rep_relation = self._field(form, "representative_relation", self.tr("Hubungan"), QLineEdit(self))
        self.rep_relation.setPlaceholderText(self.tr("mis. suami, ibu, kakak"))
        self.rep_phone = self._field(form, "representative_phone", self.tr("Telepon wakil"), QLineEdit(self))
        self._rep_rows = [form.rowCount() - 3, form.rowCount() - 2, form.rowCount() - 1]
        self._form3 = form
        self._show_representative(False)

    def _show_representative(self, on: bool) -> None:
        for row in self._rep_rows:
            self._form3.setRowVisible(row, on)
        self.abroad_note.setVisible(on)

    # ---- moving between steps ------------------------------------------------------------------

    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        titles = (self.tr("Langkah 1 dari 3: peminjam"), self.tr("Langkah 2 dari 3: jumlah dan jangka waktu"),
                  self.tr("Langkah 3 dari 3: jadwal angsuran"))
        self.step_title.setText(titles[step])
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(step < 2)
        self.save_button.setVisible(step == 2)
        (self.next_button if step < 2 else self.save_button).setDefault(True)
        first = (self.borrower, self.principal, self.rep_name if self.rep_name.isVisible() else self.schedule_table)[step]
        first.setFocus()

    def back(self) -> None:
        self.show_issues([])
        self.go(max(self.stack.currentIndex() - 1, 0))

    def data(self) -> LoanInput:
        kind = self.kind.currentData()
        chosen = self.borrower.currentData()
        return LoanInput(self.fund.id, kind, self.principal.value() or 0, self.disbursed_on.value() or self.ctx.today(),
                         self.term.value(), member_id=chosen if kind == "member" else None,
                         group_id=chosen if kind == "group" else None, purpose=self.purpose.text().strip(),
                         representative_name=self.rep_name.text().strip(),
                         representative_relation=self.rep_relation.text().strip(),
                         representative_phone=self.rep_phone.text().strip())

    def local_issues(self, upto: int) -> list[Issue]:
        issues: list[Issue] = []
        if self.borrower.currentData() is None:
            issues.append(Issue("member_id", self.tr("Peminjam: pilih anggota atau kelompok yang meminjam.")))
        if upto >= 1:
            if self.principal.value() is None:
                issues.append(money_issue("principal", self.tr("Jumlah pinjaman")))
            if not self.disbursed_on.is_valid():
                issues.append(Issue("disbursed_on", self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.")))
        return issues

    def next(self) -> bool:
        step = self.stack.currentIndex()
        self.show_issues([])
        if step == 0:
            issues = self.local_issues(0)
            if issues:
                self.show_issues(issues)
                return False
            self.go(1)
            return True
        return self.check(to_step=2)

    def check(self, to_step: int) -> bool:
        """Ask the service about what is typed; its messages go to their step (the earliest one shows)."""
        issues = self.local_issues(1)
        if issues:
            self.show_issues(issues)
            return False
        was = self.stack.currentIndex()
        data = self.data()
        try:
            self.preview = preview_loan(self.ctx, data)
        except ValidationError as err:
            early = [i for i in err.issues if STEP_OF.get(i.field, 2) < 2]
            if early or not all(i.field in REPRESENTATIVE for i in err.issues):
                self.show_issues(list(err.issues))
                return False
            # only the representative is missing: show the schedule and ask for one on the last step
            self.preview = preview_loan(self.ctx, replace(data, representative_name="-"))
            self.show_preview(self.preview)
            self.go(to_step)
            if was == to_step:  # saving: name the missing field (arriving, the note above the fields asks)
                self.show_issues(list(err.issues))
            return False
        self.show_preview(self.preview)
        self.go(to_step)
        return True

    def show_preview(self, p: LoanPreviewDTO) -> None:
        self.schedule_model.set_rows(list(p.schedule))
        self.summary.setText(self.tr(
            "Pinjaman %1 untuk %2 bulan, jasa %3 per bulan (%4 sebulan, %5 seluruhnya): dikembalikan %6. "
            "Kas dana pada %7: %8.").replace("%1", rupiah(self.principal.value() or 0))
            .replace("%2", str(len(p.schedule))).replace("%3", percent_text(p.fee_bp))
            .replace("%4", rupiah(p.monthly_fee)).replace("%5", rupiah(p.total_fee))
            .replace("%6", rupiah(p.total_to_repay)).replace("%7", short_date(self.disbursed_on.value()))
            .replace("%8", rupiah(p.available_cash)))
        self.abroad_note.setText(self.tr("Peminjam sedang bekerja di %1 pada tanggal pencairan: isi wakil yang "
                                         "menandatangani dan mengurus pinjaman.").replace("%1", p.abroad))
        self._show_representative(bool(p.abroad))

    def show_issues(self, issues: list[Issue]) -> None:
        issues = [replace(i, field=self.aliases.get(i.field, i.field)) for i in issues]
        leftover = show_issues(self.boxes, issues)
        self.general.setText("\n".join(leftover))
        self.general.setVisible(bool(leftover))
        steps = [STEP_OF[i.field] for i in issues if i.field in STEP_OF]
        if steps and min(steps) != self.stack.currentIndex():
            self.go(min(steps))
        for key, box in self.boxes.items():
            if box.text() and STEP_OF.get(key) == self.stack.currentIndex():
                box.editor.setFocus()
                break
        fit_height(self)

    def messages(self) -> str:
        """Every message shown now (tests read it as the officer would)."""
        texts = list(dict.fromkeys(b.text() for b in self.boxes.values() if b.text()))
        if self.general.isVisible():
            texts.append(self.general.text())
        return "\n".join(texts)

    def try_save(self) -> bool:
        self.show_issues([])
        if not self.check(to_step=2):
            return False
        try:
            self.saved = disburse_loan(self.ctx, self.data())
        except ValidationError as err:
            self.show_issues(list(err.issues))
            return False
        self.accept()
        return True
