"""Money in and out of a fund: a member's deposit (pokok / wajib / sukarela), a sukarela withdrawal, and the fund's
own cash (capital in, a cost out). Each saves through its service, which checks the amounts against the ledger on
that day; the receipt the service returns is kept on the dialog (`receipt`) for printing."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.savings.dto import FundDTO, MemberAccountDTO, ReceiptDTO
from desmig_desktop.savings.services.funds import add_fund_cash
from desmig_desktop.savings.services.moves import deposit, withdraw
from desmig_desktop.savings.ui import SAVINGS_KINDS, savings_text
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, MoneyEdit, money_issue, muted, raise_local
from desmig_desktop.ui.widgets import set_combo_value


class MoneyDialog(FormDialog):
    """The date and amount every money form has; `receipt` is what the service returned."""

    def __init__(self, ctx: ServiceContext, title: str, parent: QWidget | None = None, ok_text: str | None = None):
        super().__init__(title, parent, ok_text=ok_text)
        self._ctx = ctx
        self.receipt: ReceiptDTO | None = None

    def amount_or_issue(self, edit: MoneyEdit, what: str) -> int:
        value = edit.value()
        raise_local([] if value is not None else [money_issue("amount", what)])
        return value or 0

    def saved_text(self) -> str:
        r = self.receipt
        return self.tr("%1 tersimpan, kwitansi %2.").replace("%1", rupiah(r.amount)).replace("%2", r.receipt_no) if r else ""


class DepositDialog(MoneyDialog):
    """Setor simpanan: the kind (wajib first), the day, the amount (the fund's wajib or pokok amount to start with),
    who brought it when not the member (a relative paying from remittances), a note."""

    def __init__(self, ctx: ServiceContext, fund: FundDTO, member: MemberAccountDTO, parent: QWidget | None = None,
                 kind: str = "wajib"):
        super().__init__(ctx, self.tr("Setor simpanan %1").replace("%1", member.name), parent, ok_text=self.tr("Setor"))
        self._fund, self._member = fund, member
        self.form.addRow(muted(self.tr("No. anggota %1 · pokok %2 · wajib %3 · sukarela %4").replace("%1", member.number)
                               .replace("%2", rupiah(member.pokok)).replace("%3", rupiah(member.wajib))
                               .replace("%4", rupiah(member.sukarela)), self))
        self.kind = self.field("savings_kind", self.tr("Jenis simpanan"), QComboBox(self))
        for k in SAVINGS_KINDS:
            self.kind.addItem(savings_text(k), k)
        self.on = self.field("on", self.tr("Tanggal setor"), DateEdit(ctx.today(), self))
        self.amount = self.field("amount", self.tr("Jumlah"), MoneyEdit(parent=self))
        self.owed = muted("", self)
        self.form.addRow("", self.owed)
        self.payer = self.field("payer_name", self.tr("Disetor oleh"), QLineEdit(self))
        self.payer.setPlaceholderText(self.tr("kosongkan bila anggota sendiri"))
        self.payer.setToolTip(self.tr("Nama yang membawa uang, mis. suami yang menyetor dari kiriman luar negeri"))
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        set_combo_value(self.kind, kind)
        self._kind_changed()
        self.finish()
        self.kind.setFocus()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        suggested = {"wajib": self._fund.wajib_amount, "pokok": self._fund.pokok_amount}.get(kind)
        self.amount.set_value(suggested or None)
        owed = self._member.wajib_owed
        self.owed.setText(self.tr("Tunggakan simpanan wajib: %1").replace("%1", rupiah(owed)) if kind == "wajib" and owed
                          else "")
        self.owed.setVisible(bool(self.owed.text()))

    def save(self) -> None:
        amount = self.amount_or_issue(self.amount, self.tr("Jumlah"))
        self.receipt = deposit(self._ctx, self._member.id, self.kind.currentData(), amount, self.on.value(),
                               payer_name=self.payer.text(), note=self.note.text())
        self.saved_id = self.receipt.source_id


class WithdrawDialog(MoneyDialog):
    """Tarik simpanan sukarela: never more than the balance that day (the service says how much there is)."""

    def __init__(self, ctx: ServiceContext, member: MemberAccountDTO, parent: QWidget | None = None):
        super().__init__(ctx, self.tr("Tarik simpanan sukarela %1").replace("%1", member.name), parent,
                         ok_text=self.tr("Tarik"))
        self._member = member
        self.form.addRow(muted(self.tr("Saldo sukarela sekarang %1. Simpanan pokok dan wajib tidak dapat ditarik selama "
                                       "masih anggota.").replace("%1", rupiah(member.sukarela)), self))
        self.on = self.field("on", self.tr("Tanggal tarik"), DateEdit(ctx.today(), self))
        self.amount = self.field("amount", self.tr("Jumlah"), MoneyEdit(parent=self))
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.finish()
        self.amount.setFocus()

    def save(self) -> None:
        amount = self.amount_or_issue(self.amount, self.tr("Jumlah"))
        self.receipt = withdraw(self._ctx, self._member.id, amount, self.on.value(), note=self.note.text())
        self.saved_id = self.receipt.source_id


class FundCashDialog(MoneyDialog):
    """Kas dana: capital coming in (a grant, the group's own money) or a cost paid out (stationery, transport).
    A cost larger than the cash that day is refused by the service, naming the cash."""

    def __init__(self, ctx: ServiceContext, fund: FundDTO, kind: str, parent: QWidget | None = None):
        title = self.tr("Modal masuk %1") if kind == "capital" else self.tr("Biaya dana %1")
        super().__init__(ctx, title.replace("%1", fund.name), parent)
        self._fund, self._kind = fund, kind
        self.on = self.field("on", self.tr("Tanggal"), DateEdit(ctx.today(), self))
        self.description = self.field("description", self.tr("Keterangan"), QLineEdit(self))
        self.description.setPlaceholderText(self.tr("mis. modal awal dari kas kelompok") if kind == "capital"
                                            else self.tr("mis. buku kas dan materai"))
        self.amount = self.field("amount", self.tr("Jumlah"), MoneyEdit(parent=self))
        self.finish()
        self.on.setFocus()

    def save(self) -> None:
        amount = self.amount_or_issue(self.amount, self.tr("Jumlah"))
        self.receipt = add_fund_cash(self._ctx, self._fund.id, self._kind, amount, self.on.value(),
                                     self.description.text())
        self.saved_id = self.receipt.source_id
