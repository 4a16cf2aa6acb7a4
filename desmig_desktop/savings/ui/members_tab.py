"""Tab Anggota & Simpanan: the fund's member accounts (no., name, pokok, wajib, sukarela, wajib owed, active loans),
joining a registered person, deposits, sukarela withdrawals, a receipt for the last one, a member's statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.registry.services.search import PersonQuery, list_persons, person_line
from desmig_desktop.savings.dto import FundDTO, MemberAccountDTO
from desmig_desktop.savings.services.members import join_fund, leave_fund, member_accounts
from desmig_desktop.savings.ui import ROWS_MEASURED, FundTab
from desmig_desktop.savings.ui.documents import print_receipt, write_pdf
from desmig_desktop.savings.ui.loan_parts import default_pdf_path
from desmig_desktop.savings.ui.money_dialogs import DepositDialog, WithdrawDialog
from desmig_desktop.ui.dates import DateEdit, end_follows_start
from desmig_desktop.ui.files import ask_save_path
from desmig_desktop.ui.forms import DUE_COLOUR, FormDialog, muted, raise_local, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, context_menu, fit_columns, make_table, selected_row
from desmig_desktop.ui.picker import PersonPicker


class JoinDialog(FormDialog):
    """Tambah anggota dana: a registered person (the kit's picker), the day they joined, and the simpanan pokok paid
    that day when the fund asks for one."""

    def __init__(self, ctx: ServiceContext, fund: FundDTO, members: list[MemberAccountDTO], parent: QWidget | None = None):
        super().__init__(self.tr("Tambah anggota %1").replace("%1", fund.name), parent)
        self.setMinimumWidth(660)
        self._ctx, self._fund = ctx, fund
        active = {m.person_id for m in members if m.left_on is None}
        self.picker = PersonPicker(lambda text, limit: list_persons(ctx, PersonQuery(text=text), limit=limit),
                                   lambda r: person_line(r) + (self.tr(" — sudah anggota") if r.id in active else ""),
                                   self)
        self.search, self.results = self.picker.search, self.picker.results
        self.field("person", self.tr("Orang"), self.picker)
        self.joined_on = self.field("joined_on", self.tr("Tanggal masuk"), DateEdit(ctx.today(), self))
        self.pay_pokok = QCheckBox(self.tr("Bayar simpanan pokok %1 hari itu").replace("%1", rupiah(fund.pokok_amount)), self)
        self.pay_pokok.setChecked(True)
        self.payer = QLineEdit(self)
        self.payer.setPlaceholderText(self.tr("kosongkan bila anggota sendiri"))
        if fund.pokok_amount:
            self.field("pay_pokok", self.tr("Simpanan pokok"), self.pay_pokok)
            self.field("payer_name", self.tr("Disetor oleh"), self.payer)
            self.pay_pokok.toggled.connect(self.payer.setEnabled)
        else:
            self.pay_pokok.setChecked(False)
            self.pay_pokok.hide()
            self.payer.hide()
        self.finish()
        self.search.setFocus()

    def saved_text(self) -> str:
        return self.tr("Anggota ditambahkan ke %1.").replace("%1", self._fund.name)

    def save(self) -> None:
        pid = self.picker.person_id()
        raise_local([] if pid else [Issue("person", self.tr("Pilih orang dari hasil pencarian (ketik nama atau NIK)."))])
        saved = join_fund(self._ctx, self._fund.id, pid or "", self.joined_on.value(),
                          pay_pokok=self.pay_pokok.isChecked(), payer_name=self.payer.text())
        self.saved_id = saved.id


class LeaveDialog(FormDialog):
    """Keluar dari dana: the day; the service pays back pokok and wajib that day, and refuses while a loan is open
    or sukarela savings remain (saying which to settle first)."""

    def __init__(self, ctx: ServiceContext, member: MemberAccountDTO, parent: QWidget | None = None):
        super().__init__(self.tr("%1 keluar dari dana").replace("%1", member.name), parent, ok_text=self.tr("Keluarkan"))
        self._ctx, self._member = ctx, member
        self.form.addRow(muted(self.tr("Simpanan pokok %1 dan wajib %2 dikembalikan pada tanggal keluar.")
                               .replace("%1", rupiah(member.pokok)).replace("%2", rupiah(member.wajib)), self))
        self.left_on = self.field("left_on", self.tr("Tanggal keluar"), DateEdit(ctx.today(), self))
        self.finish()
        self.left_on.setFocus()

    def saved_text(self) -> str:
        return self.tr("%1 keluar dari dana.").replace("%1", self._member.name)

    def save(self) -> None:
        self.saved_id = leave_fund(self._ctx, self._member.id, self.left_on.value()).id


class StatementDialog(FormDialog):
    """Cetak rekening anggota: the period (this year up to today to start with); the tab writes the PDF."""

    def __init__(self, ctx: ServiceContext, member: MemberAccountDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Rekening %1").replace("%1", member.name), parent, ok_text=self.tr("Cetak PDF"))
        today = ctx.today()
        self._ctx, self._member = ctx, member
        self.start = self.field("start", self.tr("Dari tanggal"), DateEdit(max(member.joined_on, date(today.year, 1, 1)), self))
        self.end = self.field("end", self.tr("Sampai tanggal"), DateEdit(today, self))
        end_follows_start(self.start, self.end)
        self.statement = None
        self.finish()
        self.start.setFocus()

    def saved_text(self) -> str:
        return ""

    def save(self) -> None:
        from desmig_desktop.savings.services.statements import member_statement  # written with the documents

        self.statement = member_statement(self._ctx, self._member.id, self.start.value(), self.end.value())


class MembersTab(FundTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ask_path = lambda suggested: ask_save_path(self, self.tr("Simpan PDF"), suggested,
                                                        self.tr("Dokumen PDF (*.pdf)"))
        self.last_receipt: tuple[str, str] | None = None  # (source_table, source_id) of the last deposit/withdrawal
        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Tambah anggota…"), self)
        self.deposit_button = QPushButton(self.tr("Setor simpanan…"), self)
        self.withdraw_button = QPushButton(self.tr("Tarik sukarela…"), self)
        self.receipt_button = QPushButton(self.tr("Cetak kwitansi terakhir"), self)
        self.statement_button = QPushButton(self.tr("Cetak rekening…"), self)
        for b in (self.join_button, self.deposit_button, self.withdraw_button, self.receipt_button,
                  self.statement_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.totals = subtitle("", self)
        actions.addWidget(self.totals)
        outer.addLayout(actions)
        self.arrears = muted("", self)
        outer.addWidget(self.arrears)
        self.model = RowTableModel([
            Column(self.tr("No."), lambda m: m.number),
            Column(self.tr("Nama"), lambda m: m.name + (self.tr(" (keluar %1)").replace("%1", m.left_on.strftime("%d/%m/%Y"))
                                                   if m.left_on else "")),
            Column(self.tr("Pokok"), lambda m: rupiah(m.pokok), key=lambda m: m.pokok, right=True),
            Column(self.tr("Wajib"), lambda m: rupiah(m.wajib), key=lambda m: m.wajib, right=True),
            Column(self.tr("Sukarela"), lambda m: rupiah(m.sukarela), key=lambda m: m.sukarela, right=True),
            Column(self.tr("Tunggakan wajib"), lambda m: rupiah(m.wajib_owed) if m.wajib_owed else "—",
                   key=lambda m: m.wajib_owed, right=True, colour=lambda m: DUE_COLOUR if m.wajib_owed else None),
            Column(self.tr("Pinjaman aktif"), lambda m: rupiah(m.principal_outstanding) if m.open_loans else "—",
                   key=lambda m: m.principal_outstanding, right=True),
            Column(self.tr("Di luar negeri"), lambda m: m.abroad),
        ], self)
        self.table = fit_columns(make_table(self, self.model, (), sortable=True), 1)
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        outer.addWidget(self.table, 1)
        self.join_button.clicked.connect(self.join)
        self.deposit_button.clicked.connect(self.deposit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.receipt_button.clicked.connect(self.print_last_receipt)
        self.statement_button.clicked.connect(self.print_statement)
        deposit = QAction(self.tr("Setor simpanan…"), self.table)
        deposit.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        deposit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        deposit.triggered.connect(self.deposit)
        withdraw = QAction(self.tr("Tarik sukarela…"), self.table)
        withdraw.triggered.connect(self.withdraw)
        statement = QAction(self.tr("Cetak rekening…"), self.table)
        statement.triggered.connect(self.print_statement)
        leave = QAction(self.tr("Keluar dari dana…"), self.table)
        leave.triggered.connect(self.leave)
        self.table.addAction(deposit)
        self.table.doubleClicked.connect(lambda _i: self.deposit())
        context_menu(self.table, [deposit, withdraw, statement, leave])
        self.row_actions = (deposit, withdraw, statement, leave)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def load(self) -> None:
        assert self.fund is not None
        chosen = self.selected()
        rows = member_accounts(self.ctx, self.fund.id)
        self.model.set_rows(rows)
        active = [m for m in rows if m.left_on is None]
        self.totals.setText(self.tr("%Ln anggota, simpanan %1", "", len(active))
                            .replace("%1", rupiah(sum(m.savings_total for m in rows))))
        behind = [m for m in active if m.wajib_owed]
        self.arrears.setText(self.tr("%Ln anggota menunggak simpanan wajib, jumlah %1", "", len(behind))
                             .replace("%1", rupiah(sum(m.wajib_owed for m in behind))) if behind else "")
        self.arrears.setVisible(bool(behind))
        if chosen is not None:
            row = self.model.find(lambda m: m.id == chosen.id)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> MemberAccountDTO | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        m = self.selected()
        on = m is not None and m.left_on is None
        for w in (self.deposit_button, self.withdraw_button, self.row_actions[0], self.row_actions[1],
                  self.row_actions[3]):
            w.setEnabled(on)
        self.withdraw_button.setEnabled(on and m is not None and m.sukarela > 0)
        self.row_actions[1].setEnabled(self.withdraw_button.isEnabled())
        self.statement_button.setEnabled(m is not None)
        self.row_actions[2].setEnabled(m is not None)
        self.receipt_button.setEnabled(self.last_receipt is not None)

    def join(self) -> None:
        if self.fund is None:
            return
        dialog = JoinDialog(self.ctx, self.fund, self.model.rows(), self)
        if self.open_dialog(dialog):
            self.saved()
            row = self.model.find(lambda m: m.id == dialog.saved_id)
            if row >= 0:
                self.table.selectRow(row)

    def _money(self, dialog) -> None:  # type: ignore[no-untyped-def]
        if self.open_dialog(dialog):
            r = dialog.receipt
            self.last_receipt = (r.source_table, r.source_id) if r is not None and r.source_id else None
            self.saved()

    def deposit(self) -> None:
        m = self.selected()
        if self.fund is not None and m is not None and m.left_on is None:
            self._money(DepositDialog(self.ctx, self.fund, m, self))

    def withdraw(self) -> None:
        m = self.selected()
        if m is not None and m.left_on is None:
            self._money(WithdrawDialog(self.ctx, m, self))

    def leave(self) -> None:
        m = self.selected()
        if m is not None and m.left_on is None and self.open_dialog(LeaveDialog(self.ctx, m, self)):
            self.saved()

    def print_last_receipt(self) -> Path | None:
        if self.last_receipt is None:
            return None
        return print_receipt(self, self.ctx, *self.last_receipt, self.ask_path)

    def print_statement(self) -> Path | None:
        m = self.selected()
        if m is None:
            return None
        dialog = StatementDialog(self.ctx, m, self)
        if not self.open_dialog(dialog) or dialog.statement is None:
            return None
        from desmig_desktop.savings.reports import statement_pdf  # reportlab: on first print

        dto = dialog.statement
        return write_pdf(self, default_pdf_path("rekening", m.number or m.name, dto.end), self.ask_path,
                         lambda out: statement_pdf(dto, out, officer=self.ctx.officer),
                         self.tr("Rekening %1 disimpan di %2").replace("%1", m.name).replace("%2", "%1"))
