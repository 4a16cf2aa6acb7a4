"""Tab Bantuan: aid received (equipment, capital, materials, promotion) and the equipment inventory."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import AidDTO, AidItemDTO, GroupDTO
from desmig_desktop.production.services.aid import (
    AidInput,
    AidItemInput,
    cash_capital,
    delete_aid,
    inventory,
    list_aid,
    record_aid,
    set_condition,
    update_aid,
)
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns, insert_into
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, muted, parse_money, raise_local, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, TitledTable, make_table, selected_row
from desmig_desktop.ui.widgets import fill_combo, set_combo_value

NAME, QTY, UNIT, VALUE, CONDITION = range(5)
BAD_CONDITION = "#c62828"


class ConditionDelegate(QStyledItemDelegate):
    """Edits the Kondisi cell with a pick-list; the stored value is the item's UserRole."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        fill_combo(combo, gr.CONDITIONS)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        set_combo_value(editor, index.data(Qt.ItemDataRole.UserRole))  # type: ignore[arg-type]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ItemsTable(QTableWidget):
    """The lines of one aid: name, quantity, unit, value (Rp, whole line) and condition."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Nama barang/uang"), self.tr("Jumlah"), self.tr("Satuan"),
                                        self.tr("Nilai (Rp)"), self.tr("Kondisi")])
        self.setItemDelegateForColumn(CONDITION, ConditionDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((QTY, 70), (UNIT, 80), (VALUE, 130), (CONDITION, 120)):
            self.setColumnWidth(col, width)
        self.setMinimumHeight(150)
        self.itemChanged.connect(self._tidy)
        self.add_line()

    def _at_edge(self, forward: bool) -> bool:
        here = (self.currentRow(), self.currentColumn())
        return here == ((self.rowCount() - 1, self.columnCount() - 1) if forward else (0, 0))

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt API)
        """Tab walks the cells; from the last cell (Shift+Tab: the first) it leaves the table, never wraps round."""
        if self._at_edge(forward):
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)

    def closeEditor(self, editor, hint) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        if hint in (QAbstractItemDelegate.EndEditHint.EditNextItem, QAbstractItemDelegate.EndEditHint.EditPreviousItem) \
                and self._at_edge(forward):
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)

    def add_line(self) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col, text in ((NAME, ""), (QTY, "1"), (UNIT, self.tr("unit")), (VALUE, "")):
            item = QTableWidgetItem(text)
            if col in (QTY, VALUE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, col, item)
        cond = QTableWidgetItem(label(gr.CONDITIONS, "baik"))
        cond.setData(Qt.ItemDataRole.UserRole, "baik")
        self.setItem(row, CONDITION, cond)
        self.setCurrentCell(row, NAME)

    def set_lines(self, items: tuple[AidItemDTO, ...]) -> None:
        self.setRowCount(0)
        for i in items:
            self.add_line()
            row = self.rowCount() - 1
            for col, text in ((NAME, i.name), (QTY, str(i.quantity)), (UNIT, i.unit), (VALUE, rupiah(i.value))):
                self.item(row, col).setText(text)
            cond = self.item(row, CONDITION)
            cond.setData(Qt.ItemDataRole.UserRole, i.condition)
            cond.setText(label(gr.CONDITIONS, i.condition))
        if not items:
            self.add_line()

    def remove_line(self) -> None:
        if self.rowCount() > 1 and self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def _tidy(self, item: QTableWidgetItem) -> None:
        if item.column() == VALUE:
            value = parse_money(item.text())
            if value is not None and item.text() != rupiah(value):
                item.setText(rupiah(value))

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""

    def lines(self) -> tuple[tuple[AidItemInput, ...], list[Issue]]:
        lines, issues = [], []
        for row in range(self.rowCount()):
            name, qty, value = self.text(row, NAME), self.text(row, QTY), self.text(row, VALUE)
            if not name and not value:
                continue
            n = row + 1
            if not qty.isdigit():
                issues.append(Issue("items", self.tr("Rincian ke-%1: jumlah harus angka bulat, mis. 1.").replace("%1", str(n))))
            amount = parse_money(value) if value else 0
            if amount is None:
                issues.append(Issue("items", self.tr("Rincian ke-%1: nilai harus angka Rupiah, mis. 2.000.000.").replace("%1", str(n))))
            cond = self.item(row, CONDITION).data(Qt.ItemDataRole.UserRole) or "baik"
            lines.append(AidItemInput(name, int(qty) if qty.isdigit() else 0, self.text(row, UNIT), amount or 0, cond))
        return tuple(lines), issues


class AidDialog(FormDialog):
    """Tambah bantuan (aid None) or Ubah bantuan, filled with the aid and its items."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None, aid: AidDTO | None = None):
        super().__init__((self.tr("Ubah bantuan untuk %1") if aid else self.tr("Tambah bantuan untuk %1"))
                         .replace("%1", group.name), parent)
        self.setMinimumWidth(680)
        self._ctx = ctx
        self._group = group
        self._aid = aid
        self.kind = self.field("kind", self.tr("Jenis bantuan"), QComboBox(self))
        fill_combo(self.kind, gr.AID_KINDS)
        self.source = self.field("source", self.tr("Sumber"), QComboBox(self))
        fill_combo(self.source, gr.AID_SOURCES)
        self.source_name = self.field("source_name", self.tr("Nama pemberi"), QLineEdit(self))
        self.source_name.setPlaceholderText(self.tr("mis. Dana Desa 2017, BRI Unit Watumalang"))
        self.received_on = self.field("received_on", self.tr("Tanggal terima"), DateEdit(ctx.today(), self))
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.note.setPlaceholderText(self.tr("mis. Rp8.000.000 dibagi 4 kelompok"))
        items = QWidget(self)
        lay = QVBoxLayout(items)
        lay.setContentsMargins(0, 0, 0, 0)
        self.items = ItemsTable(items)
        lay.addWidget(self.items)
        row = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Tambah baris"), items)
        self.remove_line_button = QPushButton(self.tr("Hapus baris"), items)
        for b in (self.add_line_button, self.remove_line_button):
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        items.setFocusProxy(self.items)
        self.field("items", self.tr("Rincian"), items)
        self.add_line_button.clicked.connect(lambda: (self.items.add_line(), self.items.setFocus()))
        self.remove_line_button.clicked.connect(self.items.remove_line)
        if aid is not None:
            set_combo_value(self.kind, aid.kind)
            set_combo_value(self.source, aid.source)
            self.source_name.setText(aid.source_name)
            self.received_on.set_value(aid.received_on)
            self.note.setText(aid.note)
            self.items.set_lines(aid.items)
        self.finish()
        self.kind.setFocus()

    def saved_text(self) -> str:
        return self.tr("Bantuan %1 disimpan.").replace("%1", self.kind.currentText())

    def save(self) -> None:
        lines, issues = self.items.lines()
        raise_local(issues)
        data = AidInput(self._group.id, self.kind.currentData(), self.source.currentData(), self.received_on.value(),
                        lines, self.source_name.text(), self.note.text())
        if self._aid is None:
            self.saved_id = record_aid(self._ctx, data).id
        else:
            self.saved_id = update_aid(self._ctx, self._aid.id, data).id


class ConditionDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, item: AidItemDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Kondisi %1").replace("%1", item.name), parent)
        self._ctx = ctx
        self._item = item
        self.condition = self.field("condition", self.tr("Kondisi"), QComboBox(self))
        fill_combo(self.condition, gr.CONDITIONS)
        set_combo_value(self.condition, item.condition)
        self.finish()
        self.condition.setFocus()

    def saved_text(self) -> str:
        return self.tr("Kondisi %1: %2.").replace("%1", self._item.name).replace("%2", self.condition.currentText())

    def save(self) -> None:
        set_condition(self._ctx, self._item.id, self.condition.currentData())
        self.saved_id = self._item.id


def items_text(a: AidDTO) -> str:
    return "; ".join(f"{i.name} ({i.quantity} {i.unit})" for i in a.items)


class AidTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah bantuan"), self)
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        self.total = subtitle("", self)
        actions.addWidget(self.total)
        outer.addLayout(actions)
        self.model = RowTableModel([
            Column(self.tr("Tanggal"), lambda a: short_date(a.received_on), key=lambda a: a.received_on),
            Column(self.tr("Jenis"), lambda a: label(gr.AID_KINDS, a.kind)),
            Column(self.tr("Sumber"), lambda a: label(gr.AID_SOURCES, a.source) + (f" ({a.source_name})" if a.source_name else "")),
            Column(self.tr("Nilai"), lambda a: rupiah(a.value), key=lambda a: a.value, right=True),
            Column(self.tr("Rincian"), items_text),
            Column(self.tr("Catatan"), lambda a: a.note),
        ], self)
        split = QSplitter(Qt.Orientation.Horizontal, self)  # side by side: the aid list keeps the height
        split.setChildrenCollapsible(False)
        self.table = fit_columns(make_table(split, self.model, (), sortable=True), 4, 5)
        inventory = TitledTable(self.tr("Inventaris peralatan"), [
            Column(self.tr("Barang"), lambda i: i.name),
            Column(self.tr("Jumlah"), lambda i: f"{i.quantity} {i.unit}", key=lambda i: i.quantity, right=True),
            Column(self.tr("Nilai"), lambda i: rupiah(i.value), key=lambda i: i.value, right=True),
            Column(self.tr("Kondisi"), lambda i: label(gr.CONDITIONS, i.condition),
                   colour=lambda i: BAD_CONDITION if i.condition != "baik" else None),
        ], (), split, margins=(6, 0, 0, 0))
        self.inventory_model, self.inventory_table = inventory.model, inventory.table
        fit_columns(self.inventory_table, 0)
        self.condition_button = inventory.add_button(self.tr("Ubah kondisi"))
        self.inventory_hint = muted("", inventory)
        inventory.layout().addWidget(self.inventory_hint)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 420])
        outer.addWidget(split, 1)
        self.add_button.clicked.connect(self.add_aid)
        self.condition_button.clicked.connect(self.change_condition)
        self.inventory_table.doubleClicked.connect(lambda _i: self.change_condition())
        self.inventory_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.record_actions(self.table, self.edit_aid, self.delete_aid, self.tr("Ubah bantuan…"),
                            self.tr("Hapus bantuan…"), insert_into(actions, 1))
        self._update_buttons()

    def load(self) -> None:
        assert self.group is not None
        aid = list_aid(self.ctx, self.group.id)
        self.model.set_rows(aid)
        cash = cash_capital(self.ctx, self.group.id)
        self.total.setText(self.tr("Total bantuan %1 (modal uang %2)").replace("%1", rupiah(sum(a.value for a in aid)))
                           .replace("%2", rupiah(cash)))
        items = inventory(self.ctx, self.group.id)
        self.inventory_model.set_rows(items)
        broken = sum(1 for i in items if i.condition != "baik")
        self.inventory_hint.setText(self.tr("%Ln barang perlu perhatian (rusak atau hilang).", "", broken)
                                    if broken else self.tr("Semua peralatan dalam kondisi baik."))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.condition_button.setEnabled(selected_row(self.inventory_table) is not None)

    def add_aid(self) -> None:
        if self.group is not None and self.open_dialog(AidDialog(self.ctx, self.group, self)):
            self.saved()

    def edit_aid(self) -> None:
        a = selected_row(self.table)
        if a is not None and self.group is not None and self.open_dialog(AidDialog(self.ctx, self.group, self, aid=a)):
            self.saved()

    def delete_aid(self) -> None:
        a = selected_row(self.table)
        if a is None:
            return
        what = self.tr("bantuan %1 tanggal %2 (%3)").replace("%1", label(gr.AID_KINDS, a.kind)) \
            .replace("%2", short_date(a.received_on)).replace("%3", rupiah(a.value))
        goes = [self.tr("%Ln rincian: %1", "", len(a.items)).replace("%1", items_text(a))] if a.items else []
        self.delete_with_undo(what, goes, lambda: delete_aid(self.ctx, a.id), self.tr("Bantuan dihapus."))

    def change_condition(self) -> None:
        item = selected_row(self.inventory_table)
        if item is not None and self.open_dialog(ConditionDialog(self.ctx, item, self)):
            self.saved()
