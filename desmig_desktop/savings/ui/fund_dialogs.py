"""Dana baru / Ubah pengaturan dana: the fund's name and group, its savings amounts, the jasa in % per month, the
denda rule, the default term, the open loans a borrower may have, and how the year's surplus (SHU) is split."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.production.services.groups import list_groups
from desmig_desktop.savings.dto import FundDTO, FundInput
from desmig_desktop.savings.services.funds import create_fund, update_fund
from desmig_desktop.savings.ui import LATE_FEE_KINDS, late_fee_text, parse_percent, rate_text
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import (
    CountEdit,
    FormDialog,
    MoneyEdit,
    count_issue,
    money_issue,
    muted,
    parse_money,
    raise_local,
)
from desmig_desktop.ui.widgets import set_combo_value

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def percent_edit(parent: QWidget, bp: int | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaximumWidth(120)
    edit.setPlaceholderText(translate("FundDialog", "mis. 2 atau 2,5"))
    if bp is not None:
        edit.setText(rate_text(bp))
    return edit


class FundDialog(FormDialog):
    """A new fund (`fund` None) or its settings changed. Rates are typed in percent (2,5) and kept in basis points."""

    def __init__(self, ctx: ServiceContext, fund: FundDTO | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah pengaturan %1").replace("%1", fund.name) if fund else self.tr("Dana simpan pinjam baru"),
                         parent)
        self.setMinimumWidth(560)
        self._ctx = ctx
        self._fund = fund
        f = fund or FundInput(name="", opened_on=ctx.today())
        self.name = self.field("name", self.tr("Nama dana"), QLineEdit(self))
        self.name.setPlaceholderText(self.tr("mis. Simpan Pinjam Kelompok Salak"))
        self.group = self.field("group_id", self.tr("Kelompok"), QComboBox(self))
        self.group.addItem(self.tr("(dana desa, bukan milik satu kelompok)"), None)
        for g in list_groups(ctx):
            if g.status == "aktif" or g.id == f.group_id:
                self.group.addItem(g.name, g.id)
        self.opened_on = self.field("opened_on", self.tr("Tanggal mulai"), DateEdit(f.opened_on, self))
        self.pokok = self.field("pokok_amount", self.tr("Simpanan pokok"), MoneyEdit(f.pokok_amount, self))
        self.pokok.setToolTip(self.tr("Sekali, saat menjadi anggota (Rp0: tidak ada)"))
        self.wajib = self.field("wajib_amount", self.tr("Simpanan wajib per bulan"), MoneyEdit(f.wajib_amount, self))
        self.fee = self.field("fee_bp", self.tr("Jasa pinjaman (% per bulan)"), percent_edit(self, f.fee_bp))
        self.fee.setToolTip(self.tr("Dari pokok pinjaman awal, sama setiap bulan; paling tinggi 10 %"))
        self.late_kind = self.field("late_fee_kind", self.tr("Denda keterlambatan"), QComboBox(self))
        for kind in LATE_FEE_KINDS:
            self.late_kind.addItem(late_fee_text(kind), kind)
        self.late_amount = self.field("late_fee_amount", self.tr("Besar denda"), QLineEdit(self))
        self.late_amount.setMaximumWidth(220)
        self.grace = self.field("late_fee_grace_days", self.tr("Masa tenggang (hari)"), CountEdit(f.late_fee_grace_days, self))
        self.term = self.field("default_term", self.tr("Jangka waktu biasa (bulan)"), CountEdit(f.default_term, self))
        self.max_open = self.field("max_open_loans", self.tr("Pinjaman berjalan per peminjam"),
                                   CountEdit(f.max_open_loans, self))
        self.shu_savings = self.field("shu_savings_pct", self.tr("SHU untuk jasa simpanan (%)"),
                                      CountEdit(f.shu_savings_pct, self))
        self.shu_fees = self.field("shu_fees_pct", self.tr("SHU untuk jasa pinjaman (%)"), CountEdit(f.shu_fees_pct, self))
        self.reserve = muted("", self)
        self.form.addRow("", self.reserve)
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.form.addRow(muted(self.tr("Tarif dan aturan denda disalin ke setiap pinjaman saat dicairkan: mengubahnya "
                                       "tidak mengubah pinjaman yang sudah ada."), self))
        set_combo_value(self.group, f.group_id)
        set_combo_value(self.late_kind, f.late_fee_kind)
        self._show_late_amount(f.late_fee_amount)
        self.late_kind.currentIndexChanged.connect(lambda _i: self._show_late_amount(None))
        self.shu_savings.textChanged.connect(lambda _t: self._show_reserve())
        self.shu_fees.textChanged.connect(lambda _t: self._show_reserve())
        self._show_reserve()
        if fund is not None:
            self.name.setText(fund.name)
            self.note.setText(fund.note)
        self.finish()
        self.name.setFocus()

    def _show_late_amount(self, amount: int | None) -> None:
        kind = self.late_kind.currentData()
        self.late_amount.setEnabled(kind != "none")
        self.grace.setEnabled(kind != "none")
        if kind == "flat":
            self.late_amount.setPlaceholderText(self.tr("Rupiah per angsuran, mis. Rp5.000"))
            if amount is not None:
                self.late_amount.setText(rupiah(amount) if amount else "")
        elif kind == "percent":
            self.late_amount.setPlaceholderText(self.tr("% dari angsuran, mis. 1 atau 0,5"))
            if amount is not None:
                self.late_amount.setText(rate_text(amount) if amount else "")
        else:
            self.late_amount.setPlaceholderText("")
            self.late_amount.clear()

    def _show_reserve(self) -> None:
        a, b = self.shu_savings.value(), self.shu_fees.value()
        self.reserve.setText(self.tr("Sisanya, %1 %, menjadi cadangan dana.").replace("%1", str(100 - a - b))
                             if a is not None and b is not None else "")

    def saved_text(self) -> str:
        return self.tr("Dana %1 disimpan.").replace("%1", self.name.text().strip())

    def _data(self) -> FundInput:
        issues: list[Issue] = []
        pokok, wajib = self.pokok.value(), self.wajib.value()
        if pokok is None:
            issues.append(money_issue("pokok_amount", self.tr("Simpanan pokok")))
        if wajib is None:
            issues.append(money_issue("wajib_amount", self.tr("Simpanan wajib")))
        fee = parse_percent(self.fee.text())
        if fee is None:
            issues.append(Issue("fee_bp", self.tr("Jasa pinjaman: tulis persen per bulan, mis. 2 atau 2,5.")))
        kind = self.late_kind.currentData()
        late = 0
        if kind == "flat":
            late = parse_money(self.late_amount.text())  # type: ignore[assignment]
            if late is None:
                issues.append(money_issue("late_fee_amount", self.tr("Besar denda")))
        elif kind == "percent":
            late = parse_percent(self.late_amount.text())  # type: ignore[assignment]
            if late is None:
                issues.append(Issue("late_fee_amount", self.tr("Besar denda: tulis persen dari angsuran, mis. 1 atau 0,5.")))
        counts = {}
        for key, edit, what in (("late_fee_grace_days", self.grace, self.tr("Masa tenggang")),
                                ("default_term", self.term, self.tr("Jangka waktu")),
                                ("max_open_loans", self.max_open, self.tr("Pinjaman berjalan per peminjam")),
                                ("shu_savings_pct", self.shu_savings, self.tr("Bagian jasa simpanan")),
                                ("shu_fees_pct", self.shu_fees, self.tr("Bagian jasa pinjaman"))):
            counts[key] = edit.value() if edit.isEnabled() else 0
            if counts[key] is None:
                issues.append(count_issue(key, what))
        raise_local(issues)
        return FundInput(name=self.name.text(), opened_on=self.opened_on.value(), group_id=self.group.currentData(),
                         pokok_amount=pokok or 0, wajib_amount=wajib or 0, fee_bp=fee or 0, late_fee_kind=kind,
                         late_fee_amount=late or 0, note=self.note.text(), **counts)  # type: ignore[arg-type]

    def save(self) -> None:
        data = self._data()
        saved = create_fund(self._ctx, data) if self._fund is None else update_fund(self._ctx, self._fund.id, data)
        self.saved_id = saved.id


class MonthlyReportDialog(FormDialog):
    """Laporan bulanan: choose the month (last month to start with); the tab writes the PDF of `report`."""

    def __init__(self, ctx: ServiceContext, fund: FundDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Laporan bulanan %1").replace("%1", fund.name), parent, ok_text=self.tr("Cetak PDF"))
        self._ctx, self._fund = ctx, fund
        today = ctx.today()
        last = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        self.month = self.field("month", self.tr("Bulan"), QComboBox(self))
        for i in range(1, 13):
            self.month.addItem(self.month_name(i), i)
        self.month.setCurrentIndex(last[1] - 1)
        self.year = self.field("year", self.tr("Tahun"), CountEdit(last[0], self))
        self.report = None
        self.finish()
        self.month.setFocus()

    def month_name(self, month: int) -> str:
        names = (self.tr("Januari"), self.tr("Februari"), self.tr("Maret"), self.tr("April"), self.tr("Mei"),
                 self.tr("Juni"), self.tr("Juli"), self.tr("Agustus"), self.tr("September"), self.tr("Oktober"),
                 self.tr("November"), self.tr("Desember"))
        return names[month - 1]

    def saved_text(self) -> str:
        return ""

    def save(self) -> None:
        from desmig_desktop.savings.services.statements import monthly_report

        year = self.year.value()
        raise_local([] if year else [count_issue("year", self.tr("Tahun"))])
        self.report = monthly_report(self._ctx, self._fund.id, year or 0, self.month.currentData())
