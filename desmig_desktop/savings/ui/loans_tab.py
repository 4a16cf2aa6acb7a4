"""Tab Pinjaman of a fund: its loans as of a day (status in words and colour, days past due), filters, and the
actions on a loan — a new loan (the wizard), a payment, pause / resume, the reversal of a disbursal or a payment
(date and reason), the agreement and the receipts in PDF — with the selected loan's schedule and payments below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.savings.dto import FundDTO, LoanRowDTO, PaymentDTO, ReceiptDTO
from desmig_desktop.savings.services.loan_queries import list_loans, loan_detail
from desmig_desktop.savings.services.loans import pause_loan, resume_loan
from desmig_desktop.savings.services.moves import receipt, reverse_record
from desmig_desktop.savings.ui import ROWS_MEASURED
from desmig_desktop.savings.ui.documents import write_pdf
from desmig_desktop.savings.ui.loan_parts import (
    LOANS,
    DateReasonDialog,
    LoanDetailPane,
    days_text,
    default_pdf_path,
    status_choices,
    status_colour,
    status_text,
)
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import ask_confirm, muted, subtitle, tell
from desmig_desktop.ui.lists import (
    Column,
    RowTableModel,
    context_menu,
    fit_columns,
    make_table,
    selected_row,
)


class LoansTab(QWidget):
    changed = Signal()  # something was saved (the page refreshes its header and the other tabs)

    def __init__(self, env: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.env = env
        self.ctx = env.ctx
        self.fund: FundDTO | None = None
        self.stale = True
        # How a dialog is shown, where a PDF goes, and the questions: tests replace them.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.ask_path: Callable[[Path], Path | None] = lambda suggested: ask_save_path(
            self, self.tr("Simpan PDF"), suggested, self.tr("Dokumen PDF (*.pdf)"))
        self.offer_print: Callable[[str, str], bool] = lambda title, text: ask_confirm(
            self, title, text, self.tr("Cetak sekarang"))
        self.tell: Callable[[str, str], None] = lambda title, text: tell(self, title, text, True)

        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Pinjaman baru…"), self)
        self.pay_button = QPushButton(self.tr("Bayar angsuran…"), self)
        self.pause_button = QPushButton(self.tr("Hentikan sementara…"), self)
        self.resume_button = QPushButton(self.tr("Lanjutkan…"), self)
        self.reverse_button = QPushButton(self.tr("Batalkan pencairan…"), self)
        self.agreement_button = QPushButton(self.tr("Cetak perjanjian…"), self)
        for b in (self.new_button, self.pay_button, self.pause_button, self.resume_button, self.reverse_button,
                  self.agreement_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.total = subtitle("", self)
        actions.addWidget(self.total)
        outer.addLayout(actions)

        filters = QHBoxLayout()
        self.status_combo = QComboBox(self)
        for text, code in status_choices():
            self.status_combo.addItem(text, code)
        self.overdue_only = QCheckBox(self.tr("Hanya yang menunggak"), self)
        self.as_of = DateEdit(self.ctx.today(), self, today=self.ctx.today())
        as_of_label = QLabel(self.tr("Per tanggal"), self)
        as_of_label.setBuddy(self.as_of)
        status_label = QLabel(self.tr("Status"), self)
        status_label.setBuddy(self.status_combo)
        for w in (status_label, self.status_combo, self.overdue_only, as_of_label, self.as_of):
            filters.addWidget(w)
        filters.addStretch(1)
        self.note = muted("", self)
        self.note.setWordWrap(False)
        filters.addWidget(self.note)
        outer.addLayout(filters)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.model = RowTableModel([
            Column(self.tr("No."), lambda r: r.number),
            Column(self.tr("Peminjam"), lambda r: r.borrower_name),
            Column(self.tr("Cair"), lambda r: short_date(r.disbursed_on), key=lambda r: r.disbursed_on),
            Column(self.tr("Pokok"), lambda r: rupiah(r.principal), key=lambda r: r.principal, right=True),
            Column(self.tr("Sisa pokok"), lambda r: rupiah(r.principal_outstanding), key=lambda r: r.principal_outstanding,
                   right=True),
            Column(self.tr("Tunggakan"), lambda r: rupiah(r.owed_now) if r.days_past_due else "—",
                   key=lambda r: r.owed_now if r.days_past_due else 0, right=True),
            Column(self.tr("Hari terlambat"), lambda r: days_text(r.days_past_due), key=lambda r: r.days_past_due,
                   right=True, colour=lambda r: status_colour(r) if r.days_past_due else None),
            Column(self.tr("Status"), lambda r: status_text(r.status), colour=status_colour),
            Column(self.tr("Angsuran berikut"), self._next_due, key=lambda r: r.next_due_on or date.max),
        ], self)
        self.table = fit_columns(make_table(split, self.model, (), sortable=True), 1)
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)  # 2,000 loans: size from a few
        self.detail = LoanDetailPane(split)
        self.receipt_button = self.detail.payments_box.add_button(self.tr("Cetak kwitansi…"))
        self.reverse_payment_button = self.detail.payments_box.add_button(self.tr("Batalkan pembayaran…"))
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_loan)
        self.pay_button.clicked.connect(self.pay)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.reverse_button.clicked.connect(self.reverse_loan)
        self.agreement_button.clicked.connect(self.print_agreement)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.reverse_payment_button.clicked.connect(self.reverse_payment)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_only.toggled.connect(lambda _c: self.reload())
        self.as_of.date_changed.connect(lambda _d: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.pay())
        self.detail.payment_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        context_menu(self.table, self._row_actions())
        self._update_buttons()

    def _row_actions(self) -> list[QAction]:
        """The buttons of a loan, also in the list's context menu (made once)."""
        if not hasattr(self, "_actions"):
            self._actions = []
            for button in (self.pay_button, self.pause_button, self.resume_button, self.reverse_button,
                           self.agreement_button):
                action = QAction(button.text(), self.table)
                action.triggered.connect(button.click)
                self._actions.append(action)
        return self._actions

    # ---- reading -------------------------------------------------------------------------------

    def _next_due(self, r: LoanRowDTO) -> str:
        if r.next_due_on is None:
            return "—"
        return f"{short_date(r.next_due_on)} · {rupiah(r.next_due_amount)}"

    def day(self) -> date:
        return self.as_of.value() or self.ctx.today()

    def set_fund(self, fund: FundDTO | None, load: bool = True) -> None:
        """Show the loans of `fund`; with load=False the tab only remembers it must read them when shown."""
        self.fund = fund
        self.stale = True
        if load:
            self.reload()

    def reload(self) -> None:
        if self.fund is None:
            self.model.set_rows([])
            self.total.setText("")
            self._show_selected()
            return
        keep = selected_row(self.table)
        rows = list_loans(self.ctx, fund_id=self.fund.id, overdue=self.overdue_only.isChecked(), as_of=self.day(),
                          status=self.status_combo.currentData())
        self.model.set_rows(rows)
        self.stale = False
        self._show_totals(rows)
        if keep is not None:
            self.select(keep.id)
        self._show_selected()

    def _show_totals(self, rows: list[LoanRowDTO]) -> None:
        open_rows = [r for r in rows if r.status not in ("lunas", "dibatalkan")]
        late = [r for r in rows if r.days_past_due > 0]
        self.total.setText(self.tr("%Ln pinjaman, sisa pokok %1", "", len(rows))
                           .replace("%1", rupiah(sum(r.principal_outstanding for r in open_rows))))
        self.note.setText(self.tr("%Ln menunggak, tunggakan %1", "", len(late))
                          .replace("%1", rupiah(sum(r.owed_now for r in late))) if late else "")

    def select(self, loan_id: str) -> bool:
        row = self.model.find(lambda r: r.id == loan_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def selected(self) -> LoanRowDTO | None:
        return selected_row(self.table)

    def _show_selected(self) -> None:
        r = self.selected()
        self.detail.show_detail(loan_detail(self.ctx, r.id, self.day()) if r is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        r = self.selected()
        live = r is not None and r.status not in ("lunas", "dibatalkan")
        self.new_button.setEnabled(self.fund is not None)
        self.pay_button.setEnabled(live)
        self.pause_button.setEnabled(live and r is not None and r.status != "dihentikan")
        self.resume_button.setEnabled(r is not None and r.status == "dihentikan")
        self.reverse_button.setEnabled(r is not None and r.status != "dibatalkan")
        self.agreement_button.setEnabled(r is not None)
        for action, button in zip(self._row_actions(), (self.pay_button, self.pause_button, self.resume_button,
                                                         self.reverse_button, self.agreement_button)):
            action.setEnabled(button.isEnabled())
        p: PaymentDTO | None = selected_row(self.detail.payment_table)
        self.receipt_button.setEnabled(p is not None)
        self.reverse_payment_button.setEnabled(p is not None and p.reversed_on is None)

    # ---- actions -------------------------------------------------------------------------------

    def saved(self, loan_id: str | None = None, one_loan: bool = False) -> None:
        """After a save: `one_loan` (a payment, a pause, a payment reversed) reads that loan's row again, not the
        fund's 2,000 (bench/bench_loans_screen.py); anything else reads the list again."""
        self.changed.emit()  # the page marks its other tabs stale (this one reads itself, here)
        if not (one_loan and loan_id and self.refresh_loan(loan_id)):
            self.reload()
            if loan_id:
                self.select(loan_id)
        changes = getattr(self.env, "changes", None)
        if changes is not None:
            changes.notify(LOANS)  # the page announces FUNDS when told `changed`

    def refresh_loan(self, loan_id: str) -> bool:
        """Read one loan again and repaint its row; False when the whole list must be read (a filter may now
        leave the loan out, or it is not on the list)."""
        row = self.model.find(lambda r: r.id == loan_id)
        if self.fund is None or row < 0 or self.overdue_only.isChecked() or self.status_combo.currentData():
            return False
        fresh = list_loans(self.ctx, fund_id=self.fund.id, as_of=self.day(), loan_ids=[loan_id])
        if len(fresh) != 1:
            return False
        self.model.set_row(row, fresh[0])
        self.stale = False
        self._show_totals(self.model.rows())
        self._show_selected()
        return True

    def open_dialog(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def new_loan(self) -> None:
        if self.fund is None:
            return
        from desmig_desktop.savings.ui.loan_wizard import LoanWizard

        wizard = LoanWizard(self.ctx, self.fund, self)
        if self.open_dialog(wizard) and wizard.saved is not None:
            loan = wizard.saved.row
            self.saved(loan.id)
            notify(self, self.tr("Pinjaman %1 untuk %2 (%3) disimpan.").replace("%1", loan.number)
                   .replace("%2", loan.borrower_name).replace("%3", rupiah(loan.principal)))
            if self.offer_print(self.tr("Pinjaman disimpan"), self.tr(
                    "Pinjaman %1 sudah dicairkan.\n\nCetak surat perjanjian pinjaman dengan jadwal angsurannya sekarang?")
                    .replace("%1", loan.number)):
                self.print_agreement()

    def pay(self) -> None:
        r = self.selected()
        if r is None or r.status in ("lunas", "dibatalkan"):
            return
        from desmig_desktop.savings.ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.ctx, r, self)
        if self.open_dialog(dialog) and dialog.receipt is not None:
            kw = dialog.receipt
            self.saved(r.id, one_loan=True)
            if self.offer_print(self.tr("Pembayaran disimpan"), self.tr(
                    "Pembayaran %1 dari %2 disimpan dengan kwitansi %3.\n\nCetak kwitansinya sekarang?")
                    .replace("%1", rupiah(kw.amount)).replace("%2", kw.received_from).replace("%3", kw.receipt_no)):
                self.write_receipt(kw)

    def _reason_dialog(self, title: str, what: str, ok_text: str, placeholder: str, action, date_label: str = ""):  # type: ignore[no-untyped-def]
        return DateReasonDialog(self.ctx, title, what, ok_text, placeholder, action, self, date_label=date_label)

    def pause(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = self._reason_dialog(
            self.tr("Hentikan sementara %1").replace("%1", r.number),
            self.tr("Selama dihentikan, hari tidak dihitung terlambat dan denda tidak bertambah. Catatan ini tidak "
                    "dapat diubah atau dihapus; lanjutkan lagi dengan \"Lanjutkan…\"."),
            self.tr("Hentikan sementara"), self.tr("mis. kiriman uang dari luar negeri terlambat"),
            lambda on, reason: pause_loan(self.ctx, r.id, on, reason), self.tr("Mulai tanggal"))
        if self.open_dialog(dialog):
            self.saved(r.id, one_loan=True)
            notify(self, self.tr("Pinjaman %1 dihentikan sementara.").replace("%1", r.number))

    def resume(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = self._reason_dialog(
            self.tr("Lanjutkan %1").replace("%1", r.number),
            self.tr("Mulai tanggal ini hari keterlambatan dihitung lagi."),
            self.tr("Lanjutkan"), self.tr("mis. kiriman uang sudah datang"),
            lambda on, reason: resume_loan(self.ctx, r.id, on, reason), self.tr("Mulai tanggal"))
        if self.open_dialog(dialog):
            self.saved(r.id, one_loan=True)
            notify(self, self.tr("Pinjaman %1 dilanjutkan.").replace("%1", r.number))

    def reverse_loan(self) -> None:
        r = self.selected()
        if r is None or r.status == "dibatalkan":
            return
        dialog = self._reason_dialog(
            self.tr("Batalkan pencairan %1").replace("%1", r.number),
            self.tr("Pencairan %1 kepada %2 dibatalkan dengan jurnal balik: uangnya dianggap kembali ke kas. "
                    "Pinjaman yang sudah ada pembayarannya tidak dapat dibatalkan (batalkan pembayarannya dulu).")
            .replace("%1", rupiah(r.principal)).replace("%2", r.borrower_name),
            self.tr("Batalkan pencairan"), self.tr("mis. salah catat jumlah pinjaman"),
            lambda on, reason: reverse_record(self.ctx, "loan", r.id, on, reason))
        if self.open_dialog(dialog):
            self.saved(r.id)
            notify(self, self.tr("Pencairan %1 dibatalkan.").replace("%1", r.number))

    def reverse_payment(self) -> None:
        r, p = self.selected(), selected_row(self.detail.payment_table)
        if r is None or p is None or p.reversed_on is not None:
            return
        dialog = self._reason_dialog(
            self.tr("Batalkan pembayaran %1").replace("%1", p.receipt_no),
            self.tr("Pembayaran %1 tanggal %2 dibatalkan dengan jurnal balik; pembagiannya (denda, jasa, pokok) ikut "
                    "kembali.").replace("%1", rupiah(p.amount)).replace("%2", short_date(p.paid_on)),
            self.tr("Batalkan pembayaran"), self.tr("mis. uang tidak jadi diterima"),
            lambda on, reason: reverse_record(self.ctx, "loan_payment", p.id, on, reason))
        if self.open_dialog(dialog):
            self.saved(r.id, one_loan=True)
            notify(self, self.tr("Pembayaran %1 dibatalkan.").replace("%1", p.receipt_no))

    # ---- documents -----------------------------------------------------------------------------

    def _write(self, suggested: Path, write: Callable[[Path], Any]) -> Path | None:
        return write_pdf(self, suggested, self.ask_path, write, self.tr("PDF disimpan di %1"))

    def print_agreement(self) -> Path | None:
        r = self.selected()
        if r is None:
            return None
        from desmig_desktop.savings.reports import (
            agreement_pdf,  # reportlab: on first print
        )
        from desmig_desktop.savings.services.statements import loan_agreement

        return self._write(default_pdf_path("perjanjian", r.number, r.disbursed_on),
                           lambda out: agreement_pdf(loan_agreement(self.ctx, r.id), out))

    def write_receipt(self, kw: ReceiptDTO) -> Path | None:
        from desmig_desktop.savings.reports import (
            receipt_pdf,  # reportlab: on first print
        )

        return self._write(default_pdf_path("kwitansi", kw.receipt_no, kw.issued_on), lambda out: receipt_pdf(kw, out))

    def print_receipt(self) -> Path | None:
        p = selected_row(self.detail.payment_table)
        if p is None:
            return None
        return self.write_receipt(receipt(self.ctx, "loan_payment", p.id))
