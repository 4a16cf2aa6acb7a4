"""Dialogs of the Penjualan tab: a sale (stock checked by the service), an other cost, a promotion event."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.dto import EventDTO
from desmig_desktop.activities.services.events import create_event
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import number, rupiah
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupDTO, ProductDTO
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
                 parent: QWidget | None = None):
        super().__init__(self.tr("Catat penjualan %1").replace("%1", group.name), parent)
        self._ctx = ctx
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
        fill_combo(self.channel, gr.CHANNELS)
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
        self.finish()
        self.product.setFocus()

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
        raise_local(issues)
        self.saved_id = record_sale(self._ctx, SaleInput(
            self.product.currentData(), self.sold_on.value(), qty or 0, price or 0, self.channel.currentData(),
            self.event.currentData(), self.note.text())).id


class CostDialog(FormDialog):
    """Biaya lain: packaging, transport, stand rent… (material cost is recorded with each batch)."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Catat biaya lain %1").replace("%1", group.name), parent)
        self._ctx = ctx
        self._group = group
        self.spent_on = self.field("spent_on", self.tr("Tanggal"), DateEdit(ctx.today(), self))
        self.description = self.field("description", self.tr("Keterangan"), QLineEdit(self))
        self.description.setPlaceholderText(self.tr("mis. kemasan dan label, transportasi"))
        self.amount = self.field("amount", self.tr("Jumlah"), MoneyEdit(parent=self))
        self.finish()
        self.spent_on.setFocus()

    def save(self) -> None:
        amount = self.amount.value()
        raise_local([] if amount is not None else [money_issue("amount", self.tr("Jumlah"))])
        self.saved_id = record_cost(self._ctx, self._group.id, self.spent_on.value(), self.description.text(),
                                    amount or 0).id


class EventDialog(FormDialog):
    """Tambah kegiatan promosi (pameran, bazar, kunjungan) and the groups that take part."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Tambah pameran/bazar"), parent)
        self._ctx = ctx
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
        self.groups.set_items((g.id, g.name, g.id == group.id) for g in list_groups(ctx)
                              if g.status == "aktif" or g.id == group.id)
        end_follows_start(self.start_on, self.end_on)
        self.finish()
        self.name.setFocus()

    def save(self) -> None:
        self.saved_id = create_event(self._ctx, self.name.text(), self.kind.currentData(), self.start_on.value(),
                                     self.end_on.value(), self.place.text(), self.groups.checked_ids()).id


def event_kind(e: EventDTO) -> str:
    return label(ar.EVENT_KINDS, e.kind)
