"""Bayar angsuran: the day, the amount and who brought it; the split (denda, jasa, pokok, what is left) from
`preview_payment` is shown as the amount is typed, before anything is saved. More than is needed to close the loan
is refused, unless the officer puts the excess into the borrower's simpanan sukarela (members only)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.savings.dto import (
    LoanRowDTO,
    PaymentInput,
    PaymentPreviewDTO,
    ReceiptDTO,
)
from desmig_desktop.savings.services.payments import preview_payment, record_payment
from desmig_desktop.savings.ui.loan_parts import status_text
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import (
    FormDialog,
    MoneyEdit,
    money_issue,
    muted,
    raise_local,
    subtitle,
)
from desmig_desktop.ui.widgets import fit_height, show_issues


class PaymentDialog(FormDialog):
    def __init__(self, ctx, loan: LoanRowDTO, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(self.tr("Bayar angsuran %1 — %2").replace("%1", loan.number).replace("%2", loan.borrower_name),
                         parent, ok_text=self.tr("Simpan pembayaran"))
        self.setMinimumWidth(560)
        self._ctx = ctx
        self.loan = loan
        self.receipt: ReceiptDTO | None = None
        self.preview: PaymentPreviewDTO | None = None
        self.form.addRow(muted(self.tr("Sisa pokok %1 · harus dibayar sekarang %2 · %3").replace(
            "%1", rupiah(loan.principal_outstanding)).replace("%2", rupiah(loan.owed_now))
            .replace("%3", status_text(loan.status)), self))
        today = ctx.today()
        self.paid_on = self.field("paid_on", self.tr("Tanggal bayar"), DateEdit(today, self, today=today))
        self.amount = self.field("amount", self.tr("Jumlah bayar"), MoneyEdit(parent=self))
        self.other_payer = QCheckBox(self.tr("Dibayar oleh orang lain (mis. keluarga dari kiriman uang)"), self)
        self.form.addRow("", self.other_payer)
        self.payer_name = self.field("payer_name", self.tr("Nama pembayar"), QLineEdit(self))
        self.payer_relation = self.field("payer_relation", self.tr("Hubungan dengan peminjam"), QLineEdit(self))
        self.payer_relation.setPlaceholderText(self.tr("mis. suami, anak, kakak"))
        self.split_title = subtitle(self.tr("Pembagian pembayaran"), self)
        self.form.addRow(self.split_title)
        self.split = muted("", self)
        self.form.addRow(self.split)
        self.excess = QCheckBox(self.tr("Masukkan kelebihan ke simpanan sukarela peminjam"), self)
        self.form.addRow("", self.excess)
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self._payer_rows(False)
        self.excess.setVisible(False)
        self.other_payer.toggled.connect(self._payer_rows)
        self.amount.textChanged.connect(lambda _t: self.update_preview())
        self.paid_on.date_changed.connect(lambda _d: self.update_preview())
        self.excess.toggled.connect(lambda _c: self.update_preview())
        if loan.owed_now:
            self.amount.set_value(loan.owed_now)
        elif loan.next_due_amount:
            self.amount.set_value(loan.next_due_amount)
        self.finish()
        self.update_preview()
        self.amount.setFocus()
        self.amount.selectAll()

    def _payer_rows(self, on: bool) -> None:
        for key in ("payer_name", "payer_relation"):
            self.form.setRowVisible(self.boxes[key], on)
        if on:
            self.payer_name.setFocus()

    def data(self) -> PaymentInput:
        other = self.other_payer.isChecked()
        return PaymentInput(self.loan.id, self.paid_on.value() or self._ctx.today(), self.amount.value() or 0,
                            self.payer_name.text().strip() if other else "",
                            self.payer_relation.text().strip() if other else "",
                            self.excess.isChecked() and not self.excess.isHidden(), self.note.text().strip())

    def update_preview(self) -> None:
        """The split of what is typed now; a refusal (too much, before the disbursal…) shows under its field."""
        self.preview = None
        show_issues(self.boxes, [])
        if self.amount.value() is None or not self.paid_on.is_valid():
            self.split.setText(self.tr("Tulis jumlah dan tanggal bayar untuk melihat pembagiannya."))
            return
        data = self.data()
        try:
            self.preview = preview_payment(self._ctx, data)
        except ValidationError as err:
            show_issues(self.boxes, list(err.issues))
            fit_height(self)
            shown = None
            if self.loan.borrower_kind == "member" and not data.excess_to_savings:
                try:  # the split it would have with the excess saved, so the officer sees what the excess is
                    shown = preview_payment(self._ctx, replace(data, excess_to_savings=True))
                except ValidationError:
                    shown = None
            self.excess.setVisible(bool(shown and shown.allocation.excess))
            self.split.setText(self.split_text(shown) if shown else "")
            return
        self.excess.setVisible(bool(self.preview.allocation.excess and self.preview.excess_allowed))
        self.split.setText(self.split_text(self.preview))

    def split_text(self, p: PaymentPreviewDTO) -> str:
        a = p.allocation
        lines = [self.tr("Denda: %1").replace("%1", rupiah(a.late_fee)),
                 self.tr("Jasa: %1").replace("%1", rupiah(a.fee)),
                 self.tr("Pokok: %1").replace("%1", rupiah(a.principal))]
        left = p.owed_to_close - a.applied
        if a.excess:
            lines.append(self.tr("Kelebihan: %1").replace("%1", rupiah(a.excess)))
        lines.append(self.tr("Pinjaman lunas dengan pembayaran ini.") if p.closes_loan else
                     self.tr("Sisa untuk melunasi sesudah ini: %1").replace("%1", rupiah(left)))
        return "\n".join(lines)

    def saved_text(self) -> str:
        return ""  # the tab tells it, and offers the receipt

    def save(self) -> None:
        issues: list[Issue] = []
        if self.amount.value() is None:
            issues.append(money_issue("amount", self.tr("Jumlah bayar")))
        if self.other_payer.isChecked() and not self.payer_name.text().strip():
            issues.append(Issue("payer_name", self.tr("Nama pembayar: isi nama orang yang membawa uangnya, atau "
                                                      "hapus centang \"Dibayar oleh orang lain\".")))
        raise_local(issues)
        self.receipt = record_payment(self._ctx, self.data())
        self.saved_id = self.receipt.source_id
