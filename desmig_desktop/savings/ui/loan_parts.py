"""Parts of the loan screens: how a loan's status is worded and coloured, the date-and-reason form behind pause,
resume and every reversal, the loan's detail pane (schedule and payments), and where its PDFs are suggested."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.savings.dto import LoanDetailDTO, LoanRowDTO, PaymentDTO
from desmig_desktop.savings.rules import InstallmentState
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import MUTED_COLOUR, FormDialog, muted, subtitle
from desmig_desktop.ui.lists import Column, TitledTable, fit_columns
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

LOANS = "loans"  # the change-bus kind of a saved loan, payment, pause or reversal
OK_COLOUR = "#2e7d32"
STATUS_COLOURS = {"lancar": OK_COLOUR, "menunggak": ERROR_COLOUR, "lunas": MUTED_COLOUR,
                  "dihentikan": WARNING_COLOUR, "dibatalkan": MUTED_COLOUR}


def status_text(status: str) -> str:
    """The words of a loan status code (dto.LoanRowDTO.status)."""
    words = {
        "lancar": translate("LoanStatus", "Lancar"),
        "menunggak": translate("LoanStatus", "Menunggak"),
        "lunas": translate("LoanStatus", "Lunas"),
        "dihentikan": translate("LoanStatus", "Dihentikan sementara"),
        "dibatalkan": translate("LoanStatus", "Dibatalkan"),
    }
    return words.get(status, status)


def status_choices() -> list[tuple[str, str | None]]:
    """The status filter: (words, code), "semua" first."""
    return [(translate("LoanStatus", "Semua status"), None)] + [
        (status_text(code), code) for code in ("lancar", "menunggak", "dihentikan", "lunas", "dibatalkan")]


def status_colour(row: LoanRowDTO) -> str | None:
    return STATUS_COLOURS.get(row.status)


def days_text(days: int) -> str:
    return translate("LoanStatus", "%Ln hari", "", days) if days > 0 else "—"


def default_pdf_path(kind: str, number: str, day: date) -> Path:
    """`Documents/Desmig/perjanjian-pj-2017-0003-2017-03-10.pdf`."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    slug = re.sub(r"[^a-z0-9]+", "-", number.lower()).strip("-") or "dokumen"
    return Path(docs or Path.home()) / "Desmig" / f"{kind}-{slug}-{day.isoformat()}.pdf"


class DateReasonDialog(FormDialog):
    """A date (default today, or the day given) and a reason: pausing or resuming a loan, reversing a disbursal or
    a payment. `action(on, reason)` calls the service; its ValidationError is shown under the fields."""

    def __init__(self, ctx: ServiceContext, title: str, what: str, ok_text: str, placeholder: str, action,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None, day: date | None = None, date_label: str = ""):
        super().__init__(title, parent, ok_text=ok_text)
        self._action = action
        self._done = ""
        self.form.addRow(muted(what, self))
        self.on = self.field("on", date_label or self.tr("Tanggal"), DateEdit(day or ctx.today(), self, today=ctx.today()))
        self.reason = self.field("reason", self.tr("Alasan"), QLineEdit(self))
        self.reason.setPlaceholderText(placeholder)
        self.finish()
        self.reason.setFocus()

    def saved_text(self) -> str:
        return ""  # the tab tells what was done

    def save(self) -> None:
        self._action(self.on.value(), self.reason.text().strip())
        self.saved_id = "done"


def installment_columns() -> list[Column]:
    return [
        Column(translate("LoanDetail", "Ke"), lambda i: str(i.number), key=lambda i: i.number, right=True),
        Column(translate("LoanDetail", "Jatuh tempo"), lambda i: short_date(i.due_on), key=lambda i: i.due_on),
        Column(translate("LoanDetail", "Pokok"), lambda i: rupiah(i.principal), key=lambda i: i.principal, right=True),
        Column(translate("LoanDetail", "Jasa"), lambda i: rupiah(i.fee), key=lambda i: i.fee, right=True),
        Column(translate("LoanDetail", "Denda"), lambda i: rupiah(i.late_fee), key=lambda i: i.late_fee, right=True),
        Column(translate("LoanDetail", "Dibayar"), lambda i: rupiah(i.paid_principal + i.paid_fee + i.paid_late_fee),
               key=lambda i: i.paid_principal + i.paid_fee + i.paid_late_fee, right=True),
        Column(translate("LoanDetail", "Sisa"), lambda i: rupiah(i.unpaid), key=lambda i: i.unpaid, right=True,
               colour=lambda i: ERROR_COLOUR if i.unpaid and i.days_late else None),
        Column(translate("LoanDetail", "Lunas pada"), lambda i: short_date(i.paid_off_on), key=lambda i: i.paid_off_on or date.max),
        Column(translate("LoanDetail", "Terlambat"), lambda i: days_text(i.days_late), key=lambda i: i.days_late, right=True),
    ]


def payment_columns() -> list[Column]:
    return [
        Column(translate("LoanDetail", "Tanggal"), lambda p: short_date(p.paid_on), key=lambda p: p.paid_on),
        Column(translate("LoanDetail", "Kwitansi"), lambda p: p.receipt_no),
        Column(translate("LoanDetail", "Jumlah"), lambda p: rupiah(p.amount), key=lambda p: p.amount, right=True),
        Column(translate("LoanDetail", "Denda"), lambda p: rupiah(p.late_fee), key=lambda p: p.late_fee, right=True),
        Column(translate("LoanDetail", "Jasa"), lambda p: rupiah(p.fee), key=lambda p: p.fee, right=True),
        Column(translate("LoanDetail", "Pokok"), lambda p: rupiah(p.principal), key=lambda p: p.principal, right=True),
        Column(translate("LoanDetail", "Ke simpanan"), lambda p: rupiah(p.excess_to_savings) if p.excess_to_savings else "—",
               key=lambda p: p.excess_to_savings, right=True),
        Column(translate("LoanDetail", "Dibayar oleh"), lambda p: p.payer or translate("LoanDetail", "peminjam sendiri")),
        Column(translate("LoanDetail", "Keterangan"), payment_note, colour=lambda p: MUTED_COLOUR if p.reversed_on else None),
    ]


def payment_note(p: PaymentDTO) -> str:
    if p.reversed_on is None:
        return ""
    return translate("LoanDetail", "Dibatalkan %1: %2").replace("%1", short_date(p.reversed_on)) \
        .replace("%2", p.reversal_reason)


class LoanDetailPane(QWidget):
    """The selected loan: a line about it, then its schedule as of the list's day and its payments with who paid
    (two tabs: each table keeps the full width of a 1366-pixel screen)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.title = subtitle(translate("LoanDetail", "Rincian pinjaman"), self)
        lay.addWidget(self.title)
        self.about = muted("", self)
        lay.addWidget(self.about)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs, 1)
        self.schedule_box = TitledTable(translate("LoanDetail", "Jadwal angsuran"), installment_columns(), (), self.tabs,
                                        margins=(4, 4, 4, 4))
        self.payments_box = TitledTable(translate("LoanDetail", "Pembayaran"), payment_columns(), (), self.tabs,
                                        margins=(4, 4, 4, 4))
        self.schedule_model, self.schedule_table = self.schedule_box.model, self.schedule_box.table
        self.payment_model, self.payment_table = self.payments_box.model, self.payments_box.table
        fit_columns(self.schedule_table, 8)
        fit_columns(self.payment_table, 8)
        self.tabs.addTab(self.schedule_box, translate("LoanDetail", "Jadwal angsuran"))
        self.tabs.addTab(self.payments_box, translate("LoanDetail", "Pembayaran"))
        self.detail: LoanDetailDTO | None = None
        self.show_detail(None)

    def show_detail(self, d: LoanDetailDTO | None) -> None:
        self.detail = d
        rows: list[InstallmentState] = list(d.state.installments) if d else []
        self.schedule_model.set_rows(rows)
        self.payment_model.set_rows(list(d.payments) if d else [])
        self.schedule_box.title.setText(translate("LoanDetail", "%Ln angsuran", "", len(rows)))
        self.payments_box.title.setText(translate("LoanDetail", "%Ln pembayaran", "", len(d.payments) if d else 0))
        self.tabs.setTabText(1, translate("LoanDetail", "Pembayaran (%1)").replace("%1", str(len(d.payments) if d else 0)))
        if d is None:
            self.title.setText(translate("LoanDetail", "Rincian pinjaman"))
            self.about.setText(translate("LoanDetail", "Pilih pinjaman di daftar untuk melihat jadwal dan pembayarannya."))
            return
        r = d.row
        self.title.setText(translate("LoanDetail", "%1 — %2 (%3)").replace("%1", r.number)
                           .replace("%2", r.borrower_name).replace("%3", status_text(r.status)))
        parts = [translate("LoanDetail", "Per %1: sisa pokok %2, harus dibayar sekarang %3, untuk melunasi %4.")
                 .replace("%1", short_date(d.state.as_of)).replace("%2", rupiah(r.principal_outstanding))
                 .replace("%3", rupiah(r.owed_now)).replace("%4", rupiah(d.state.owed_to_close))]
        if d.late_fee_rule:
            parts.append(d.late_fee_rule)
        if r.representative:
            parts.append(translate("LoanDetail", "Wakil: %1").replace("%1", r.representative))
        if r.purpose:
            parts.append(translate("LoanDetail", "Keperluan: %1").replace("%1", r.purpose))
        pauses = [(translate("LoanDetail", "dihentikan %1 (%2)") if p.kind == "pause"
                   else translate("LoanDetail", "dilanjutkan %1 (%2)")).replace("%1", short_date(p.on)).replace("%2", p.reason)
                  for p in d.pauses]
        if pauses:
            parts.append(translate("LoanDetail", "Riwayat: %1").replace("%1", "; ".join(pauses)))
        self.about.setText(" · ".join(parts))
