"""Tab Tutup Buku: choose a financial year, see its SHU before anything is posted (income, costs, surplus, each
member's share, the reserve), then "Tutup buku" after a confirmation: the split is posted on 31 December and the
year locked. The years already closed are listed with who closed them."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.savings.dto import ShuPreviewDTO
from desmig_desktop.savings.services.closings import fund_closings
from desmig_desktop.savings.services.yearend import close_year, preview_shu
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.forms import ask_confirm, muted, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, fit_columns, make_table
from desmig_desktop.ui.widgets import ERROR_COLOUR

from desmig_desktop.savings.ui import FundTab


class YearEndTab(FundTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.preview: ShuPreviewDTO | None = None
        # Asking before the year is closed; tests answer it.
        self.confirm: Callable[[str], bool] = lambda text: ask_confirm(self, self.tr("Tutup buku"), text,
                                                                       self.tr("Tutup buku"))
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tahun buku"), self))
        self.year = QComboBox(self)
        self.year.setMinimumWidth(90)
        top.addWidget(self.year)
        self.close_button = QPushButton(self.tr("Tutup buku…"), self)
        top.addWidget(self.close_button)
        self.state = subtitle("", self)
        top.addWidget(self.state)
        top.addStretch(1)
        outer.addLayout(top)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setVisible(False)
        outer.addWidget(self.error)
        body = QHBoxLayout()
        figures = QFormLayout()
        self.figures: dict[str, QLabel] = {}
        for key, text in (("fee_income", self.tr("Pendapatan jasa pinjaman")), ("late_fee_income", self.tr("Pendapatan denda")),
                          ("costs", self.tr("Biaya")), ("surplus", self.tr("SHU (sisa hasil usaha)")),
                          ("members", self.tr("Dibagikan ke anggota")), ("reserve", self.tr("Cadangan dana"))):
            lab = QLabel(self)
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            lab.setMinimumWidth(130)
            self.figures[key] = lab
            figures.addRow(text, lab)
        self.rule = muted("", self)
        self.rule.setWordWrap(False)
        figures.addRow(self.rule)
        body.addLayout(figures)
        self.model = RowTableModel([
            Column(self.tr("Anggota"), lambda s: s.name),
            Column(self.tr("Dasar simpanan"), lambda s: rupiah(s.savings_basis), key=lambda s: s.savings_basis, right=True),
            Column(self.tr("Dasar jasa dibayar"), lambda s: rupiah(s.fees_basis), key=lambda s: s.fees_basis, right=True),
            Column(self.tr("Bagian SHU"), lambda s: rupiah(s.amount), key=lambda s: s.amount, right=True),
        ], self)
        self.table = fit_columns(make_table(self, self.model, (), sortable=True), 0)
        body.addWidget(self.table, 1)
        outer.addLayout(body, 1)
        self.closed = muted("", self)
        outer.addWidget(self.closed)
        self.year.currentIndexChanged.connect(lambda _i: self.load_year())
        self.close_button.clicked.connect(self.close_year)

    def load(self) -> None:
        assert self.fund is not None
        chosen = self.year.currentData()
        today = self.ctx.today()
        self.year.blockSignals(True)
        self.year.clear()
        for y in range(today.year, self.fund.opened_on.year - 1, -1):
            self.year.addItem(str(y), y)
        index = self.year.findData(chosen if chosen is not None else today.year - 1)
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        closings = fund_closings(self.ctx, self.fund.id)
        self.closed.setText(self.tr("Tahun buku yang sudah ditutup: %1").replace("%1", "; ".join(
            self.tr("%1 oleh %2 pada %3").replace("%1", str(c.year)).replace("%2", c.closed_by or "—")
            .replace("%3", short_date(c.closed_on)) for c in closings)) if closings
            else self.tr("Belum ada tahun buku yang ditutup."))
        self.load_year()

    def load_year(self) -> None:
        year = self.year.currentData()
        if self.fund is None or year is None:
            return
        self.error.clear()
        self.error.setVisible(False)
        try:
            p = preview_shu(self.ctx, self.fund.id, year)
        except ValidationError as err:
            self.preview = None
            self.error.setText("\n".join(i.message for i in err.issues))
            self.error.setVisible(True)
            self.model.set_rows([])
            for lab in self.figures.values():
                lab.clear()
            self.close_button.setEnabled(False)
            return
        self.preview = p
        shared = sum(s.amount for s in p.shares)
        for key, value in (("fee_income", p.fee_income), ("late_fee_income", p.late_fee_income), ("costs", p.costs),
                           ("surplus", p.surplus), ("members", shared), ("reserve", p.reserve)):
            self.figures[key].setText(rupiah(value))
        self.rule.setText(self.tr("Jasa simpanan %1 % · jasa pinjaman %2 % · cadangan %3 %")
                          .replace("%1", str(p.savings_pct)).replace("%2", str(p.fees_pct))
                          .replace("%3", str(100 - p.savings_pct - p.fees_pct)))
        self.model.set_rows(p.shares)
        self.state.setText(self.tr("Sudah ditutup") if p.posted else self.tr("Pratinjau: belum dibukukan"))
        self.close_button.setText(self.tr("Tutup buku %1…").replace("%1", str(year)))
        self.close_button.setEnabled(not p.posted and year < self.ctx.today().year)

    def close_year(self) -> None:
        p = self.preview
        if self.fund is None or p is None or p.posted:
            return
        text = self.tr("Tutup buku %1 dana %2?\n\nSHU %3 dibukukan pada 31/12/%1: %4 ke simpanan sukarela %5 anggota, "
                       "%6 ke cadangan. Sesudah itu catatan bertanggal %1 tidak dapat ditambah, diubah atau dibatalkan.") \
            .replace("%1", str(p.year)).replace("%2", self.fund.name).replace("%3", rupiah(p.surplus)) \
            .replace("%4", rupiah(sum(s.amount for s in p.shares))).replace("%5", str(len([s for s in p.shares if s.amount]))) \
            .replace("%6", rupiah(p.reserve))
        if not self.confirm(text):
            return
        try:
            close_year(self.ctx, self.fund.id, p.year)
        except ValidationError as err:
            self.error.setText("\n".join(i.message for i in err.issues))
            self.error.setVisible(True)
            return
        self.saved()
        notify(self, self.tr("Tahun buku %1 ditutup.").replace("%1", str(p.year)))
