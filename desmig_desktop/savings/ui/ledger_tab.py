"""Tab Kas & Jurnal: the fund's cash and savings as of a day at the top, its journal below (filters by date range,
kind and member), money into or out of the fund's own cash, and THE reversal action for any entry (toolbar, context
menu, Del): a date (today unless changed) and a reason; the reversed entry stays, marked, beside its reversal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.savings.dto import FundSummaryDTO, LedgerFilter, LedgerRowDTO
from desmig_desktop.savings.services.funds import fund_summary
from desmig_desktop.savings.services.members import member_accounts
from desmig_desktop.savings.services.ledger_view import fund_ledger
from desmig_desktop.savings.services.moves import reverse_record
from desmig_desktop.savings.ui import ENTRY_KINDS, ROWS_MEASURED, FundTab, kind_text, percent_text
from desmig_desktop.savings.ui.loan_parts import DateReasonDialog, default_pdf_path
from desmig_desktop.savings.ui.documents import print_receipt, write_pdf
from desmig_desktop.savings.ui.fund_dialogs import MonthlyReportDialog
from desmig_desktop.savings.ui.money_dialogs import FundCashDialog
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import MUTED_COLOUR, muted, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, context_menu, fit_columns, make_table, selected_row

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")
REVERSED_COLOUR = MUTED_COLOUR


def row_colour(r: LedgerRowDTO) -> str | None:
    return REVERSED_COLOUR if r.reversed_by or r.reverses else None


class LedgerTab(FundTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        # Where a PDF is written; tests replace it (the save dialog is modal).
        self.ask_path = lambda suggested: ask_save_path(self, self.tr("Simpan PDF"), suggested,
                                                        self.tr("Dokumen PDF (*.pdf)"))
        outer = QVBoxLayout(self)
        outer.addLayout(self._summary_row())
        outer.addLayout(self._filter_row())
        actions = QHBoxLayout()
        self.capital_button = QPushButton(self.tr("Modal masuk…"), self)
        self.cost_button = QPushButton(self.tr("Catat biaya…"), self)
        self.reverse_button = QPushButton(self.tr("Batalkan catatan…"), self)
        self.reverse_button.setToolTip(self.tr("Del: membuat catatan pembatalan dengan alasan; catatan asli tetap ada"))
        self.print_button = QPushButton(self.tr("Cetak kwitansi…"), self)
        self.month_button = QPushButton(self.tr("Laporan bulanan…"), self)
        for b in (self.capital_button, self.cost_button, self.reverse_button, self.print_button, self.month_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count = muted("", self)
        actions.addWidget(self.count)
        outer.addLayout(actions)
        self.model = RowTableModel([
            Column(self.tr("Tanggal"), lambda r: short_date(r.posted_on), key=lambda r: r.posted_on, colour=row_colour),
            Column(self.tr("Jenis"), lambda r: kind_text(r.kind), colour=row_colour),
            Column(self.tr("Keterangan"), lambda r: r.description, colour=row_colour),
            Column(self.tr("Anggota"), lambda r: r.member_name, colour=row_colour),
            Column(self.tr("Masuk"), lambda r: rupiah(r.cash_in) if r.cash_in else "", key=lambda r: r.cash_in, right=True,
                   colour=row_colour),
            Column(self.tr("Keluar"), lambda r: rupiah(r.cash_out) if r.cash_out else "", key=lambda r: r.cash_out,
                   right=True, colour=row_colour),
            Column(self.tr("No. kwitansi"), lambda r: r.receipt_no, colour=row_colour),
            Column(self.tr("Status"), self._status, colour=row_colour),
        ], self)
        self.table = fit_columns(make_table(self, self.model, (), sortable=True), 2, 7)
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        outer.addWidget(self.table, 1)
        self._actions()
        self.capital_button.clicked.connect(lambda: self.add_cash("capital"))
        self.cost_button.clicked.connect(lambda: self.add_cash("cost"))
        self.reverse_button.clicked.connect(self.reverse)
        self.print_button.clicked.connect(self.print_receipt)
        self.month_button.clicked.connect(self.print_month)

    # ---- layout ----------------------------------------------------------------------------------------

    def _summary_row(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(QLabel(self.tr("Per tanggal"), self), 0, 0)
        self.as_of = DateEdit(self.ctx.today(), self)
        self.as_of.setMinimumWidth(self.as_of.sizeHint().width())  # the whole date, never "2/2026"
        grid.addWidget(self.as_of, 1, 0, Qt.AlignmentFlag.AlignTop)
        self.cash = subtitle("", self)
        self.savings = subtitle("", self)
        self.loans = subtitle("", self)
        self.capital = subtitle("", self)
        self.savings_split = muted("", self)
        self.loans_note = muted("", self)
        self.capital_note = muted("", self)
        self.cash_note = muted("", self)
        for note in (self.savings_split, self.loans_note, self.capital_note, self.cash_note):
            note.setWordWrap(True)  # a long line takes two, never cut at the window's edge
            note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for col, (head, note) in enumerate(((self.cash, self.cash_note), (self.savings, self.savings_split),
                                            (self.loans, self.loans_note), (self.capital, self.capital_note)), start=1):
            grid.addWidget(head, 0, col)
            grid.addWidget(note, 1, col)
        for col in range(1, 5):
            grid.setColumnStretch(col, 1)
        self.as_of.date_changed.connect(lambda _d: self.load_summary())
        return grid

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jurnal dari"), self))
        self.start = DateEdit(None, self, optional=True, today=self.ctx.today())
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("sampai"), self))
        self.end = DateEdit(None, self, optional=True, today=self.ctx.today())
        row.addWidget(self.end)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Semua jenis"), None)
        for k in ENTRY_KINDS:
            self.kind.addItem(kind_text(k), k)
        row.addWidget(self.kind)
        self.member = QComboBox(self)
        self.member.setMinimumWidth(200)
        row.addWidget(self.member)
        row.addStretch(1)
        for d in (self.start, self.end):
            d.date_changed.connect(lambda _d: self.load_journal())
        self.kind.currentIndexChanged.connect(lambda _i: self.load_journal())
        self.member.currentIndexChanged.connect(lambda _i: self.load_journal())
        return row

    def _actions(self) -> None:
        self.reverse_action = QAction(self.tr("Batalkan catatan…"), self.table)
        self.reverse_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.reverse_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reverse_action.triggered.connect(self.reverse)
        self.print_action = QAction(self.tr("Cetak kwitansi…"), self.table)
        self.print_action.triggered.connect(self.print_receipt)
        self.table.addAction(self.reverse_action)
        context_menu(self.table, [self.reverse_action, self.print_action])
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _status(self, r: LedgerRowDTO) -> str:
        if r.reversed_by:
            return self.tr("Dibatalkan: %1").replace("%1", r.reason) if r.reason else self.tr("Dibatalkan")
        if r.reverses:
            return self.tr("Pembatalan: %1").replace("%1", r.reason) if r.reason else self.tr("Pembatalan")
        return ""

    # ---- data ------------------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.fund is not None
        chosen = self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("Semua anggota"), None)
        for m in member_accounts(self.ctx, self.fund.id):
            self.member.addItem(f"{m.name} ({m.number})", m.id)
        index = self.member.findData(chosen)
        self.member.setCurrentIndex(max(index, 0))
        self.member.blockSignals(False)
        self.load_summary()
        self.load_journal()

    def load_summary(self) -> None:
        day = self.as_of.value()
        if self.fund is None or day is None:
            return
        s: FundSummaryDTO = fund_summary(self.ctx, self.fund.id, day)
        self.cash.setText(self.tr("Kas %1").replace("%1", rupiah(s.cash)))
        self.cash_note.setText(self.tr("%Ln anggota aktif", "", s.members))
        self.savings.setText(self.tr("Simpanan %1").replace("%1", rupiah(s.savings_total)))
        self.savings_split.setText(self.tr("pokok %1 · wajib %2 · sukarela %3")
                                   .replace("%1", rupiah(s.savings.get("pokok", 0)))
                                   .replace("%2", rupiah(s.savings.get("wajib", 0)))
                                   .replace("%3", rupiah(s.savings.get("sukarela", 0))))
        self.loans.setText(self.tr("Pinjaman beredar %1").replace("%1", rupiah(s.principal_outstanding)))
        self.loans_note.setText(self.tr("%Ln pinjaman berjalan", "", s.open_loans) + " · " +
                                self.tr("PAR30 %1").replace("%1", percent_text(s.par30_bp)))
        self.loans_note.setToolTip(self.tr("Sisa pokok pinjaman yang terlambat lebih dari 30 hari: %1")
                                   .replace("%1", rupiah(s.par30_principal)))
        self.capital.setText(self.tr("Modal %1").replace("%1", rupiah(s.capital)))
        self.capital_note.setText(self.tr("jasa tahun ini %1 · denda %2").replace("%1", rupiah(s.fee_income))
                                  .replace("%2", rupiah(s.late_fee_income)))

    def current_filter(self) -> LedgerFilter:
        return LedgerFilter(self.start.value(), self.end.value(), self.kind.currentData(), self.member.currentData())

    def load_journal(self) -> None:
        if self.fund is None:
            return
        rows = fund_ledger(self.ctx, self.fund.id, self.current_filter())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%Ln catatan", "", len(rows)))

    def _update_buttons(self) -> None:
        r = selected_row(self.table)
        self.reverse_action.setEnabled(r is not None and r.can_reverse)
        self.reverse_button.setEnabled(r is not None and r.can_reverse)
        self.print_action.setEnabled(r is not None and bool(r.receipt_no))
        self.print_button.setEnabled(r is not None and bool(r.receipt_no))

    # ---- actions ---------------------------------------------------------------------------------------

    def add_cash(self, kind: str) -> None:
        if self.fund is not None and self.open_dialog(FundCashDialog(self.ctx, self.fund, kind, self)):
            self.saved()

    def reverse(self) -> None:
        r: LedgerRowDTO | None = selected_row(self.table)
        if r is None or not r.can_reverse:
            return
        what = self.tr("%1 tanggal %2: %3%4. Catatan ini tetap ada; pembatalannya dicatat sebagai catatan baru "
                       "dengan jumlah yang sama berlawanan arah.") \
            .replace("%1", kind_text(r.kind)).replace("%2", short_date(r.posted_on)).replace("%3", r.description) \
            .replace("%4", f" ({rupiah(r.cash_in or r.cash_out)})" if r.cash_in or r.cash_out else "")

        def action(on: date, reason: str) -> None:
            try:
                reverse_record(self.ctx, r.source_table, r.source_id, on, reason)
            except ValidationError as err:  # the service names the day "reversed_on": shown under the date
                raise ValidationError([Issue("on", i.message, i.warning) if i.field == "reversed_on" else i
                                       for i in err.issues]) from None

        dialog = DateReasonDialog(self.ctx, self.tr("Batalkan catatan"), what, self.tr("Batalkan catatan"),
                                  self.tr("mis. jumlah salah ketik, seharusnya Rp50.000"), action, self,
                                  date_label=self.tr("Tanggal pembatalan"))
        if self.open_dialog(dialog):
            self.saved()
            notify(self, self.tr("%1 %2 dibatalkan.").replace("%1", kind_text(r.kind)).replace("%2", r.description))

    def print_month(self) -> Path | None:
        """Laporan bulanan: opening cash, the month's movements by kind, closing cash, loans and savings."""
        if self.fund is None:
            return None
        dialog = MonthlyReportDialog(self.ctx, self.fund, self)
        if not self.open_dialog(dialog) or dialog.report is None:
            return None
        from desmig_desktop.savings.reports import monthly_report_pdf  # reportlab: on first print

        dto = dialog.report
        return write_pdf(self, default_pdf_path("laporan", self.fund.name, date(dto.year, dto.month, 1)), self.ask_path,
                         lambda out: monthly_report_pdf(dto, out, officer=self.ctx.officer),
                         self.tr("Laporan bulanan disimpan di %1"))

    def print_receipt(self) -> Path | None:
        r: LedgerRowDTO | None = selected_row(self.table)
        if r is None or not r.receipt_no:
            return None
        return print_receipt(self, self.ctx, r.source_table, r.source_id, self.ask_path)
