"""Tab Penjualan: sales with totals by channel, other costs, and promotion events."""

from __future__ import annotations

from collections import defaultdict
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import number, rupiah, short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import SaleDTO
from desmig_desktop.activities.services.events import delete_event
from desmig_desktop.production.services.corrections import delete_cost, delete_sale, event_goes_with
from desmig_desktop.production.services.products import list_costs, list_events, list_products, list_sales
from desmig_desktop.production.ui.sales_dialogs import CostDialog, EventDialog, SaleDialog, event_kind
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns
from desmig_desktop.ui.forms import muted, period_text, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, TitledTable, make_table, selected_row


def channel_totals(sales: list[SaleDTO]) -> list[tuple[str, int]]:
    totals: dict[str, int] = defaultdict(int)
    for s in sales:
        totals[s.channel] += s.total
    return sorted(((label(gr.CHANNELS, k), v) for k, v in totals.items()), key=lambda kv: -kv[1])


class SalesTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.sale_button = QPushButton(self.tr("Catat penjualan"), self)
        self.edit_button = QPushButton(self.tr("Ubah penjualan…"), self)
        self.edit_button.setToolTip(self.tr("Enter atau klik dua kali"))
        self.delete_button = QPushButton(self.tr("Hapus penjualan…"), self)
        self.delete_button.setToolTip(self.tr("Del"))
        actions.addWidget(self.sale_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        self.total = subtitle("", self)
        actions.addWidget(self.total)
        outer.addLayout(actions)
        self.by_channel = muted("", self)
        outer.addWidget(self.by_channel)
        # side by side on a wide screen: the sales list keeps the height, costs and events share the right side
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.model = RowTableModel([
            Column(self.tr("Tanggal"), lambda s: short_date(s.sold_on), key=lambda s: s.sold_on),
            Column(self.tr("Produk"), lambda s: s.product),
            Column(self.tr("Jumlah", "quantity"), lambda s: number(s.quantity), key=lambda s: s.quantity, right=True),
            Column(self.tr("Harga"), lambda s: rupiah(s.unit_price), key=lambda s: s.unit_price, right=True),
            Column(self.tr("Total"), lambda s: rupiah(s.total), key=lambda s: s.total, right=True),
            Column(self.tr("Saluran"), lambda s: label(gr.CHANNELS, s.channel)),
            Column(self.tr("Pameran/bazar"), lambda s: s.event),
        ], self)
        self.table = fit_columns(make_table(split, self.model, (), sortable=True), 1, 6)
        side = QSplitter(Qt.Orientation.Vertical, split)
        side.setChildrenCollapsible(False)
        side.addWidget(self._costs_box(side))
        side.addWidget(self._events_box(side))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([720, 380])
        outer.addWidget(split, 1)
        self.sale_button.clicked.connect(self.record_sale)
        self.edit_button.clicked.connect(self.edit_sale)
        self.delete_button.clicked.connect(self.delete_sale)
        self.cost_button.clicked.connect(self.record_cost)
        self.event_button.clicked.connect(self.add_event)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.record_actions(self.table, self.edit_sale, self.delete_sale, self.tr("Ubah penjualan…"),
                            self.tr("Hapus penjualan…"))
        self.record_actions(self.cost_table, self.edit_cost, self.delete_cost, self.tr("Ubah biaya…"),
                            self.tr("Hapus biaya…"))
        self.record_actions(self.event_table, self.edit_event, self.delete_event, self.tr("Ubah kegiatan…"),
                            self.tr("Hapus kegiatan…"))
        self._update_buttons()

    def _costs_box(self, parent: QWidget) -> QWidget:
        box = TitledTable(self.tr("Biaya lain"), [
            Column(self.tr("Tanggal"), lambda c: short_date(c.spent_on), key=lambda c: c.spent_on),
            Column(self.tr("Keterangan"), lambda c: c.description),
            Column(self.tr("Jumlah", "amount of money"), lambda c: rupiah(c.amount), key=lambda c: c.amount, right=True),
        ], (), parent, margins=(6, 0, 0, 0))
        self.costs_title, self.cost_model, self.cost_table = box.title, box.model, fit_columns(box.table, 1)
        self.cost_button = box.add_button(self.tr("Catat biaya"))
        return box

    def _events_box(self, parent: QWidget) -> QWidget:
        box = TitledTable(self.tr("Pameran dan bazar"), [
            Column(self.tr("Tanggal"), lambda e: period_text(e.start_on, e.end_on), key=lambda e: e.start_on),
            Column(self.tr("Nama"), lambda e: e.name),
            Column(self.tr("Jenis"), event_kind),
            Column(self.tr("Tempat"), lambda e: e.place),
        ], (), parent, margins=(6, 6, 0, 0))
        self.event_model, self.event_table = box.model, fit_columns(box.table, 1, 3)
        self.event_button = box.add_button(self.tr("Tambah kegiatan"))
        return box

    def load(self) -> None:
        assert self.group is not None
        sales = list_sales(self.ctx, self.group.id)
        self.model.set_rows(sales)
        self.total.setText(self.tr("%Ln penjualan, total %1", "", len(sales))
                           .replace("%1", rupiah(sum(s.total for s in sales))))
        parts = [f"{name} {rupiah(v)}" for name, v in channel_totals(sales)]
        self.by_channel.setText(self.tr("Menurut saluran: %1").replace("%1", " · ".join(parts)) if parts
                                else self.tr("Belum ada penjualan."))
        costs = list_costs(self.ctx, self.group.id)
        self.cost_model.set_rows(costs)
        self.costs_title.setText(self.tr("Biaya lain (%1)").replace("%1", rupiah(sum(c.amount for c in costs))))
        self.event_model.set_rows(list_events(self.ctx, self.group.id))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(selected_row(self.table) is not None)
        self.edit_button.setEnabled(selected_row(self.table) is not None)

    def record_sale(self) -> None:
        if self.group is None:
            return
        products = list_products(self.ctx, self.group.id)
        if not products:
            self.by_channel.setText(self.tr("Tambah produk dan catat produksinya dulu di tab Produksi."))
            return
        dialog = SaleDialog(self.ctx, self.group, products, list_events(self.ctx, self.group.id), self)
        if self.open_dialog(dialog):
            self.saved()

    def edit_sale(self) -> None:
        s = selected_row(self.table)
        if s is None or self.group is None:
            return
        dialog = SaleDialog(self.ctx, self.group, list_products(self.ctx, self.group.id),
                            list_events(self.ctx, self.group.id), self, sale=s)
        if self.open_dialog(dialog):
            self.saved()

    def delete_sale(self) -> None:
        s = selected_row(self.table)
        if s is None:
            return
        what = self.tr("penjualan %1 %2 tanggal %3 (%4)").replace("%1", number(s.quantity)) \
            .replace("%2", s.product).replace("%3", short_date(s.sold_on)).replace("%4", rupiah(s.total))
        self.delete_with_undo(what, [], lambda: delete_sale(self.ctx, s.id),
                              self.tr("Penjualan dihapus; stok bertambah lagi."))

    def edit_cost(self) -> None:
        c = selected_row(self.cost_table)
        if c is not None and self.group is not None and self.open_dialog(CostDialog(self.ctx, self.group, self, cost=c)):
            self.saved()

    def delete_cost(self) -> None:
        c = selected_row(self.cost_table)
        if c is None:
            return
        what = self.tr("biaya %1 tanggal %2 (%3)").replace("%1", c.description).replace("%2", short_date(c.spent_on)) \
            .replace("%3", rupiah(c.amount))
        self.delete_with_undo(what, [], lambda: delete_cost(self.ctx, c.id), self.tr("Biaya dihapus."))

    def edit_event(self) -> None:
        e = selected_row(self.event_table)
        if e is not None and self.group is not None and self.open_dialog(EventDialog(self.ctx, self.group, self, event=e)):
            self.saved()

    def delete_event(self) -> None:
        e = selected_row(self.event_table)
        if e is None:
            return
        what = self.tr("kegiatan %1 (%2)").replace("%1", e.name).replace("%2", period_text(e.start_on, e.end_on))
        goes = event_goes_with(self.ctx, e.id, self.group.id) if self.group is not None else []
        self.delete_with_undo(what, goes, lambda: delete_event(self.ctx, e.id), self.tr("Kegiatan dihapus."))

    def record_cost(self) -> None:
        if self.group is not None and self.open_dialog(CostDialog(self.ctx, self.group, self)):
            self.saved()

    def add_event(self) -> None:
        if self.group is not None and self.open_dialog(EventDialog(self.ctx, self.group, self)):
            self.saved()
