"""Tab Produksi: products with their stock, and production batches with the members who took part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSplitter, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import number, rupiah, short_date
from desmig_desktop.production.dto import BatchDTO, GroupDTO, ProductDTO
from desmig_desktop.production.services.corrections import delete_batch, delete_product, update_batch
from desmig_desktop.production.services.products import (
    BatchInput,
    add_product,
    list_batches,
    list_products,
    record_batch,
    update_product,
)
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns
from desmig_desktop.production.ui.trainings_tab import active_on
from desmig_desktop.ui.dates import DateEdit
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
from desmig_desktop.ui.lists import Column, TitledTable, selected_row
from desmig_desktop.ui.widgets import set_combo_value


class ProductDialog(FormDialog):
    """Tambah produk (product None) or Ubah produk."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, product: ProductDTO | None = None,
                 parent: QWidget | None = None):
        super().__init__(self.tr("Ubah produk") if product else self.tr("Tambah produk"), parent)
        self._ctx = ctx
        self._group = group
        self._product = product
        self.name = self.field("name", self.tr("Nama produk"), QLineEdit(self))
        self.name.setPlaceholderText(self.tr("mis. Dodol salak"))
        self.unit = self.field("unit", self.tr("Satuan"), QLineEdit(self))
        self.unit.setPlaceholderText(self.tr("mis. bungkus, kg, lembar"))
        self.price = self.field("price", self.tr("Harga jual"), MoneyEdit(parent=self))
        if product is not None:
            self.name.setText(product.name)
            self.unit.setText(product.unit)
            self.price.set_value(product.price)
        self.finish()
        self.name.setFocus()

    def saved_text(self) -> str:
        return self.tr("Produk %1 disimpan.").replace("%1", self.name.text().strip())

    def save(self) -> None:
        price = self.price.value()
        raise_local([] if price is not None else [money_issue("price", self.tr("Harga jual"))])
        assert price is not None
        if self._product is None:
            self.saved_id = add_product(self._ctx, self._group.id, self.name.text(), self.unit.text(), price).id
        else:
            self.saved_id = update_product(self._ctx, self._product.id, self.name.text(), self.unit.text(), price).id


class BatchDialog(FormDialog):
    """Catat produksi: what, when, how much, the material cost, and which active members took part."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, products: list[ProductDTO], parent: QWidget | None = None,
                 batch: BatchDTO | None = None):
        super().__init__((self.tr("Ubah produksi %1") if batch else self.tr("Catat produksi %1")).replace("%1", group.name),
                         parent)
        self.setMinimumWidth(560)
        self._ctx = ctx
        self._group = group
        self._batch = batch
        self.product = self.field("product", self.tr("Produk"), QComboBox(self))
        for p in products:
            self.product.addItem(f"{p.name} ({p.unit})", p.id)
        self.produced_on = self.field("produced_on", self.tr("Tanggal produksi"), DateEdit(ctx.today(), self))
        self.quantity = self.field("quantity", self.tr("Jumlah hasil"), CountEdit(parent=self))
        self.material_cost = self.field("material_cost", self.tr("Biaya bahan"), MoneyEdit(parent=self))
        # the kit's check list has its own "Pilih semua" (Ctrl+A)
        self.workers = self.field("workers", self.tr("Anggota yang ikut"), CheckList(self))
        self.workers.setMinimumHeight(200)
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.produced_on.date_changed.connect(lambda _d: self._fill_workers())
        if batch is not None:
            set_combo_value(self.product, batch.product_id)
            self.produced_on.set_value(batch.produced_on)
            self.quantity.setText(str(batch.quantity))
            self.material_cost.set_value(batch.material_cost)
            self.note.setText(batch.note)
        self._fill_workers(set(batch.worker_ids) if batch else None)
        self.finish()
        self.product.setFocus()

    def saved_text(self) -> str:
        return self.tr("Produksi %1 %2 disimpan.").replace("%1", self.quantity.text()).replace("%2", self.product.currentText())

    def _fill_workers(self, checked: set[str] | None = None) -> None:
        checked = set(self.workers.checked_ids()) if checked is None else checked
        day = self.produced_on.value()
        if day is None:
            return
        members = sorted((m for m in self._group.members if active_on(m, day)), key=lambda m: m.name.lower())
        self.workers.set_items((m.person_id, m.name, m.person_id in checked) for m in members)

    def save(self) -> None:
        qty, cost = self.quantity.value(), self.material_cost.value()
        issues = []
        if qty is None:
            issues.append(count_issue("quantity", self.tr("Jumlah hasil")))
        if cost is None and not self.material_cost.is_empty():
            issues.append(money_issue("material_cost", self.tr("Biaya bahan")))
        raise_local(issues)
        data = BatchInput(self.product.currentData(), self.produced_on.value(), qty or 0, cost or 0,
                          self.workers.checked_ids(), self.note.text())
        saved = record_batch(self._ctx, data) if self._batch is None else update_batch(self._ctx, self._batch.id, data)
        self.saved_id, self.warnings = saved.id, saved.warnings  # a worker abroad that day


class ProductionTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = TitledTable(self.tr("Produk dan stok"), [
            Column(self.tr("Produk"), lambda p: p.name),
            Column(self.tr("Harga"), lambda p: f"{rupiah(p.price)}/{p.unit}", key=lambda p: p.price, right=True),
            Column(self.tr("Stok"), lambda p: f"{number(p.stock)} {p.unit}", key=lambda p: p.stock, right=True),
        ], (180, 140), split, margins=(0, 0, 6, 0))
        self.product_model, self.product_table = left.model, fit_columns(left.table, 0)
        self.add_product_button = left.add_button(self.tr("Tambah produk"))
        self.edit_product_button = left.add_button(self.tr("Ubah produk"))
        right = TitledTable(self.tr("Riwayat produksi"), [
            Column(self.tr("Tanggal"), lambda b: short_date(b.produced_on), key=lambda b: b.produced_on),
            Column(self.tr("Produk"), lambda b: b.product),
            Column(self.tr("Jumlah"), lambda b: number(b.quantity), key=lambda b: b.quantity, right=True),
            Column(self.tr("Biaya bahan"), lambda b: rupiah(b.material_cost), key=lambda b: b.material_cost, right=True),
            Column(self.tr("Yang ikut"), self._workers_text, key=lambda b: len(b.worker_ids)),
        ], (100, 170, 80, 120), split, margins=(6, 0, 0, 0))
        self.batch_model, self.batch_table = right.model, fit_columns(right.table, 4)
        self.batch_button = right.add_button(self.tr("Catat produksi"))
        self.batch_head = right.head
        self.summary = muted("", right)
        right.layout().addWidget(self.summary)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 700])
        outer.addWidget(split)
        self.add_product_button.clicked.connect(self.add_product)
        self.edit_product_button.clicked.connect(self.edit_product)
        self.record_actions(self.product_table, self.edit_product, self.delete_product, self.tr("Ubah produk…"),
                            self.tr("Hapus produk…"))
        self.record_actions(self.batch_table, self.edit_batch, self.delete_batch, self.tr("Ubah produksi…"),
                            self.tr("Hapus produksi…"), self.batch_head.addWidget)
        self.batch_button.clicked.connect(self.record_batch)
        self.product_table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _workers_text(self, b: BatchDTO) -> str:
        names = {m.person_id: m.name for m in self.group.members} if self.group else {}
        who = sorted(names.get(pid, "?") for pid in b.worker_ids)
        return self.tr("%Ln orang: %1", "", len(who)).replace("%1", ", ".join(who))

    def load(self) -> None:
        assert self.group is not None
        self.product_model.set_rows(list_products(self.ctx, self.group.id))
        batches = list_batches(self.ctx, self.group.id)
        self.batch_model.set_rows(batches)
        self.summary.setText(self.tr("%Ln kali produksi, biaya bahan %1.", "", len(batches))
                             .replace("%1", rupiah(sum(b.material_cost for b in batches))))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.edit_product_button.setEnabled(selected_row(self.product_table) is not None)
        has_products = self.product_model.rowCount() > 0
        self.batch_button.setEnabled(has_products)
        self.batch_button.setToolTip("" if has_products else self.tr("Tambah produk dulu."))

    def add_product(self) -> None:
        if self.group is not None and self.open_dialog(ProductDialog(self.ctx, self.group, parent=self)):
            self.saved()

    def edit_product(self) -> None:
        p = selected_row(self.product_table)
        if p is not None and self.group is not None and self.open_dialog(ProductDialog(self.ctx, self.group, p, self)):
            self.saved()

    def delete_product(self) -> None:
        p = selected_row(self.product_table)
        if p is not None:
            self.delete_with_undo(self.tr("produk %1").replace("%1", p.name), [],
                                  lambda: delete_product(self.ctx, p.id), self.tr("Produk %1 dihapus.").replace("%1", p.name))

    def edit_batch(self) -> None:
        b = selected_row(self.batch_table)
        if b is not None and self.group is not None and self.open_dialog(
                BatchDialog(self.ctx, self.group, self.product_model.rows(), self, batch=b)):
            self.saved()

    def delete_batch(self) -> None:
        b = selected_row(self.batch_table)
        if b is None:
            return
        what = self.tr("produksi %1 %2 tanggal %3").replace("%1", number(b.quantity)).replace("%2", b.product) \
            .replace("%3", short_date(b.produced_on))
        self.delete_with_undo(what, [self.tr("daftar anggota yang ikut (%Ln orang)", "", len(b.worker_ids))],
                              lambda: delete_batch(self.ctx, b.id), self.tr("Produksi dihapus."))

    def record_batch(self) -> None:
        if self.group is None or not self.product_model.rowCount():
            return
        if self.open_dialog(BatchDialog(self.ctx, self.group, self.product_model.rows(), self)):
            self.saved()
