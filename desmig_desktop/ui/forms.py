"""Small building blocks of the Usaha Produktif screens: money/number/date editors, a list table model,
a check list, and a form dialog that shows each service Issue under its field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.widgets import ERROR_COLOUR, FieldBox, dialog_buttons, show_form_issues

Index = QModelIndex | QPersistentModelIndex
DUE_COLOUR = "#a86400"
MUTED_COLOUR = "#5f6368"


# ---- editors -------------------------------------------------------------------------------

def parse_money(text: str) -> int | None:
    """`8000000`, `8.000.000`, `Rp8.000.000`, `Rp 8.000.000,00` -> 8000000; None when not a whole amount."""
    t = text.strip().replace(" ", "")
    t = re.sub(r"^rp\.?", "", t, flags=re.IGNORECASE)
    t = re.sub(r",0{1,2}$", "", t)
    if not t:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return int(t) if t.isdigit() else None


class MoneyEdit(QLineEdit):
    """Integer Rupiah typed as 8000000, 8.000.000 or Rp8.000.000; shown as Rp8.000.000 once left."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("mis. Rp8.000.000"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(150)
        self.setMaximumWidth(220)
        self.editingFinished.connect(self._tidy)
        if value is not None:
            self.set_value(value)

    def value(self) -> int | None:
        return parse_money(self.text())

    def set_value(self, value: int | None) -> None:
        self.setText(rupiah(value) if value is not None else "")

    def is_empty(self) -> bool:
        return not self.text().strip()

    def _tidy(self) -> None:
        v = self.value()
        if v is not None:
            self.set_value(v)


class CountEdit(QLineEdit):
    """A whole number (quantities): digits only, empty until typed."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setValidator(QIntValidator(0, 999_999_999, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaximumWidth(140)
        self.setPlaceholderText("0")
        if value is not None:
            self.setText(str(value))

    def value(self) -> int | None:
        t = self.text().strip()
        return int(t) if t.isdigit() else None


def money_issue(field: str, what: str) -> Issue:
    return Issue(field, QCoreApplication.translate("groups", "%1: tulis angka Rupiah, mis. 8000000 atau Rp8.000.000.").replace("%1", what))


def count_issue(field: str, what: str) -> Issue:
    return Issue(field, QCoreApplication.translate("groups", "%1: tulis angka bulat, mis. 25.").replace("%1", what))


def period_text(start: date, end: date | None) -> str:
    """`03/04/2017` for one day, `03/04/2017 – 05/04/2017` for several."""
    return short_date(start) if end is None or end == start else f"{short_date(start)} – {short_date(end)}"


# ---- table model ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # sort key (default: the text)
    right: bool = False  # numbers and money are right-aligned
    colour: Callable[[Any], str | None] | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of DTOs, described by Columns; sorts in place."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: list[Column], parent: Any = None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, col = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QColor(colour) if colour else None
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title if 0 <= section < len(self._columns) else None
        return str(section + 1)

    def _key(self, column: int) -> Callable[[Any], Any]:
        col = self._columns[column]
        get = col.key or col.text
        return lambda r: (get(r) is None, get(r) if get(r) is not None else 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self._rows[i.row()] for i in old]
        self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(position[id(r)], i.column()) for r, i in zip(before, old)])
        self.layoutChanged.emit()


def make_table(parent: QWidget, model: RowTableModel, widths: Iterable[int] = (), sortable: bool = False) -> QTableView:
    t = QTableView(parent)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setTabKeyNavigation(False)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = t.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    if sortable:  # no column sorted at first: rows keep the service's order until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        t.setSortingEnabled(True)
    return t


def selected_row(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    model = table.model()
    return model.row_at(rows[0].row()) if rows and isinstance(model, RowTableModel) else None


# ---- check list ----------------------------------------------------------------------------

class CheckList(QListWidget):
    """Items with a check box (Space toggles); `checked_ids()` gives the ids of the checked ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(120)

    def set_items(self, items: Iterable[tuple[str, str, bool]]) -> None:
        self.clear()
        for key, text, checked in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if self.count():
            self.setCurrentRow(0)

    def ids(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked_ids(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, ids: Iterable[str], checked: bool = True) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in wanted:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all(self, checked: bool) -> None:
        self.set_checked(self.ids(), checked)


# ---- dialogs -------------------------------------------------------------------------------

class FormDialog(QDialog):
    """A form whose `save()` calls a service; a ValidationError puts each message under its field
    (in red), keeps the dialog open and nothing is saved. Enter saves, Esc cancels."""

    def __init__(self, title: str, parent: QWidget | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.boxes: dict[str, FieldBox] = {}
        self.saved_id: str | None = None
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(10)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(6)
        self.outer.addLayout(self.form)
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.setVisible(False)
        self.outer.addWidget(self.general)
        self.buttons, self.ok_button = dialog_buttons(ok_text or self.tr("Simpan"), self.tr("Batal"), self)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Call at the end of a subclass's __init__: adds the buttons below the fields."""
        self.outer.addWidget(self.buttons)

    def field(self, key: str, text: str, editor: QWidget) -> Any:
        box = FieldBox(editor, self)
        self.boxes[key] = box
        lab = QLabel(text, self)
        lab.setBuddy(editor)
        self.form.addRow(lab, box)
        return editor

    def save(self) -> None:
        raise NotImplementedError

    def date_issues(self) -> list[Issue]:
        """A date box left incomplete or impossible is named before anything is saved (never guessed)."""
        return [Issue(key, self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))
                for key, box in self.boxes.items() if isinstance(box.editor, DateEdit) and not box.editor.is_valid()]

    def try_save(self) -> bool:
        self.show_issues([])
        try:
            raise_local(self.date_issues())
            self.save()
        except ValidationError as err:
            self.show_issues(err.issues)
            return False
        self.accept()
        return True

    def show_issues(self, issues: list[Issue]) -> None:
        show_form_issues(self, self.boxes, self.general, issues)
        for key, box in self.boxes.items():
            if box.text():
                box.editor.setFocus()
                break

    def messages(self) -> str:
        """Every message shown now (tests read it as the user would)."""
        texts = [b.text() for b in self.boxes.values() if b.text()]
        if self.general.isVisible():
            texts.append(self.general.text())
        return "\n".join(texts)


def raise_local(issues: list[Issue]) -> None:
    if issues:
        raise ValidationError(issues)


def ask_confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("groups", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("groups", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def muted(text: str = "", parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {MUTED_COLOUR};")
    return lab


def subtitle(text: str, parent: QWidget | None = None) -> QLabel:
    lab = QLabel(text, parent)
    font = lab.font()
    font.setBold(True)
    lab.setFont(font)
    return lab
