"""Dialogs of the Penjualan tab: a sale (stock checked by the service), an other cost, a promotion event."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.dto import EventDTO
from desmig_desktop.activities.services.events import create_event, update_event
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import number, rupiah
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import CostDTO, GroupDTO, ProductDTO, SaleDTO
from desmig_desktop.production.services.corrections import update_cost, update_sale
from desmig_desktop.production.services.groups import list_groups
from desmig_desktop.production.services.products import SaleInput, record_cost, record_sale
from desmig_desktop.ui.dates import DateEdit, end_follows_start
from desmig_desktop.ui.forms import (
    CheckList,
    CountEdit,
    FormDialog,
    MoneyEdit,
    count_issue,
    money_issue,
    muted,
    raise_local,
)
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


class SaleDialog(FormDialog):
    """Catat penjualan: the unit price starts at the product's price; selling more than the stock is refused."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, products: list[ProductDTO], events: list[EventDTO],
                 parent: QWidget | None = None, sale: SaleDTO | None = None):
        super().__init__((self.tr("Ubah penjualan %1") if sale else self.tr("Catat penjualan %1")).replace("%1", group.name),
                         parent)
        self._ctx = ctx
        self._sale = sale
        self._products = {p.id: p for p in products}
        self.product = self.field("product", self.tr("Produk"), QComboBox(self))
        for p in products:
            self.product.addItem(self.tr("%1 (stok %2 %3)").replace("%1", p.name).replace("%2", number(p.stock))
                                 .replace("%3", p.unit), p.id)
        self.sold_on = self.field("sold_on", self.tr("Tanggal jual"), DateEdit(ctx.today(), self))
        self.quantity = self.field("quantity", self.tr("Jumlah terjual"), CountEdit(parent=self))
        self.unit_price = self.field("unit_price", self.tr("Harga satuan"), MoneyEdit(parent=self))
        self.total = muted("", self)
        self.form.addRow(self.tr("Total"), self.total)
        self.channel = self.field("channel", self.tr("Saluran"), QComboBox(self))
        fill_combo(self.channel, gr.CHANNELS, empty=self.tr("— pilih saluran —"))  # no default: the officer picks
        self.event = self.field("event", self.tr("Pameran/bazar"), QComboBox(self))
        self.event.addItem(self.tr("(tidak di pameran/bazar)"), None)
        for e in events:
            self.event.addItem(e.name, e.id)
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        self.event.currentIndexChanged.connect(self._event_changed)
        self.quantity.textChanged.connect(lambda _t: self._show_total())
        self.unit_price.textChanged.connect(lambda _t: self._show_total())
        self._product_changed()
        if sale is not None:
            set_combo_value(self.product, sale.product_id)
            self.sold_on.set_value(sale.sold_on)
            self.quantity.setText(str(sale.quantity))
            self.unit_price.set_value(sale.unit_price)
            set_combo_value(self.event, sale.event_id)
            set_combo_value(self.channel, sale.channel)
            self.note.setText(sale.note)
        self.finish()
        self.product.setFocus()

    def saved_text(self) -> str:
        return self.tr("Penjualan %1 disimpan.").replace("%1", self.total.text())

    def _product_changed(self) -> None:
        p = self._products.get(self.product.currentData())
        if p is not None:
            self.unit_price.set_value(p.price)
        self._show_total()

    def _event_changed(self) -> None:
        if self.event.currentData() is not None:
            set_combo_value(self.channel, "pameran")

    def _show_total(self) -> None:
        qty, price = self.quantity.value(), self.unit_price.value()
        self.total.setText(rupiah(qty * price) if qty is not None and price is not None else "—")

    def save(self) -> None:
        qty, price = self.quantity.value(), self.unit_price.value()
        issues = []
        if qty is None:
            issues.append(count_issue("quantity", self.tr("Jumlah terjual")))
        if price is None:
            issues.append(money_issue("unit_price", self.tr("Harga satuan")))
        if self.channel.currentData() is None:
            issues.append(Issue("channel", self.tr("Pilih saluran penjualan: di mana barang ini terjual?")))
        raise_local(issues)
        data = SaleInput(self.product.currentData(), self.sold_on.value(), qty or 0, price or 0,
                         self.channel.currentData(), self.event.currentData(), self.note.text())
        if self._sale is None:
            self.saved_id = record_sale(self._ctx, data).id
        else:
            self.saved_id = update_sale(self._ctx, self._sale.id, data).id


class CostDialog(FormDialog):
    """Biaya lain: packaging, transport, stand rent… (material cost is recorded with each batch)."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None, cost: CostDTO | None = None):
        super().__init__((self.tr("Ubah biaya lain %1") if cost else self.tr("Catat biaya lain %1")).replace("%1", group.name),
                         parent)
        self._ctx = ctx
        self._group = group
        self._cost = cost
        self.spent_on = self.field("spent_on", self.tr("Tanggal"), DateEdit(ctx.today(), self))
        self.description = self.field("description", self.tr("Keterangan"), QLineEdit(self))
        self.description.setPlaceholderText(self.tr("mis. kemasan dan label, transportasi"))
        self.amount = self.field("amount", self.tr("Jumlah"), MoneyEdit(parent=self))
        if cost is not None:
            self.spent_on.set_value(cost.spent_on)
            self.description.setText(cost.description)
            self.amount.set_value(cost.amount)
        self.finish()
        self.spent_on.setFocus()

    def saved_text(self) -> str:
        return self.tr("Biaya %1 disimpan.").replace("%1", self.description.text().strip())

    def save(self) -> None:
        amount = self.amount.value()
        raise_local([] if amount is not None else [money_issue("amount", self.tr("Jumlah"))])
        if self._cost is None:
            self.saved_id = record_cost(self._ctx, self._group.id, self.spent_on.value(), self.description.text(),
                                        amount or 0).id
        else:
            self.saved_id = update_cost(self._ctx, self._cost.id, self.spent_on.value(), self.description.text(),
                                        amount or 0).id


class EventDialog(FormDialog):
    """Tambah kegiatan promosi (pameran, bazar, kunjungan) and the groups that take part."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None, event: EventDTO | None = None):
        super().__init__(self.tr("Ubah pameran/bazar") if event else self.tr("Tambah pameran/bazar"), parent)
        self._ctx = ctx
        self._event = event
        today = ctx.today()
        self.name = self.field("name", self.tr("Nama kegiatan"), QLineEdit(self))
        self.name.setPlaceholderText(self.tr("mis. Pameran Produk Desmigratif Wonosobo"))
        self.kind = self.field("kind", self.tr("Jenis"), QComboBox(self))
        fill_combo(self.kind, ar.EVENT_KINDS)
        self.start_on = self.field("start_on", self.tr("Tanggal mulai"), DateEdit(today, self))
        self.end_on = self.field("end_on", self.tr("Tanggal selesai"), DateEdit(today, self))
        self.place = self.field("place", self.tr("Tempat"), QLineEdit(self))
        self.groups = self.field("groups", self.tr("Kelompok yang ikut"), CheckList(self))
        self.groups.setMinimumHeight(100)
        taking_part = set(event.group_ids) if event else {group.id}
        self.groups.set_items((g.id, g.name, g.id in taking_part) for g in list_groups(ctx)
                              if g.status == "aktif" or g.id in taking_part)
        end_follows_start(self.start_on, self.end_on)
        if event is not None:
            self.name.setText(event.name)
            set_combo_value(self.kind, event.kind)
            self.start_on.set_value(event.start_on)
            self.end_on.set_value(event.end_on or event.start_on)
            self.place.setText(event.place)
        self.finish()
        self.name.setFocus()

    def saved_text(self) -> str:
        return self.tr("Kegiatan %1 disimpan.").replace("%1", self.name.text().strip())

    def save(self) -> None:
        args = (self.name.text(), self.kind.currentData(), self.start_on.value(), self.end_on.value(),
                self.place.text(), self.groups.checked_ids())
        if self._event is None:
            self.saved_id = create_event(self._ctx, *args).id
        else:
            self.saved_id = update_event(self._ctx, self._event.id, *args).id


def event_kind(e: EventDTO) -> str:
    return label(ar.EVENT_KINDS, e.kind)
