"""The list pattern every list in the app follows: a row table model over frozen DTOs described by columns,
one table style, search as you type (a short pause after the last keystroke), the list shortcuts
(Ctrl+F search, Ctrl+N add, Enter opens the row), and `TitledTable`, the block the tabs repeat: a bold
title with its buttons on the right and a sortable table below."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SEARCH_DELAY_MS = 150


Index = QModelIndex | QPersistentModelIndex


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

    def set_row(self, index: int, row: Any) -> None:
        """Replace one row in place (a list that knows which record changed repaints that row only)."""
        self._rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self._columns) - 1))

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


def style_table(t: QTableView) -> QTableView:
    """How every list in the app looks and behaves: whole rows, one at a time, read-only, one Tab stop."""
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setTabKeyNavigation(False)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 10)
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.horizontalHeader().setHighlightSections(False)
    return t


def make_table(parent: QWidget, model: QAbstractTableModel, widths: Iterable[int] = (),
               sortable: bool = False) -> QTableView:
    t = style_table(QTableView(parent))
    t.setModel(model)
    header = t.horizontalHeader()
    header.setStretchLastSection(True)
    for i, w in enumerate(widths):
        t.setColumnWidth(i, w)
    if sortable:  # no column sorted at first: rows keep the service's order until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        t.setSortingEnabled(True)
    return t


def fit_columns(table: QTableView, *stretch: int) -> QTableView:
    """Columns as wide as their contents, the text columns `stretch` sharing the rest: no horizontal scroll bar
    on a 1366-pixel screen (a long text is elided; the dialog shows it whole)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for col in range(table.model().columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


def selected_row(table: QTableView) -> Any:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    model = table.model()
    return model.row_at(rows[0].row()) if rows and isinstance(model, RowTableModel) else None


def search_as_you_type(field: QLineEdit, apply: Callable[[], None], delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """`apply` runs `delay_ms` after the last keystroke in `field` (stop the returned timer when applying early)."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(apply)
    field.textChanged.connect(lambda _t: timer.start())
    return timer


def search_field(parent: QWidget, placeholder: str, min_width: int = 300) -> QLineEdit:
    """The search box above a list: its placeholder, a clear button, wide enough to read what was typed."""
    field = QLineEdit(parent)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setMinimumWidth(min_width)
    return field


def bold_label(parent: QWidget, text: str = "") -> QLabel:
    """A bold label: a list's title, or its count beside the buttons."""
    lab = QLabel(text, parent)
    font = lab.font()
    font.setBold(True)
    lab.setFont(font)
    return lab


def focus_search_field(field: QLineEdit) -> None:
    """Ctrl+F: into the search box, what it holds selected (typing replaces it)."""
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    field.selectAll()


def focus_first_row(table: QTableView) -> None:
    """Enter in the search box: on to the table, its first row selected when none is."""
    if table.model().rowCount() and selected_row(table) is None:
        table.selectRow(0)
    table.setFocus()


def show_matches(view: QListWidget, items: Iterable[tuple[str, Any]]) -> int:
    """Fill a search-and-pick list with (text, data) pairs. Nothing is selected — the officer moves to a row —
    unless exactly one match remains; returns the number of matches."""
    view.clear()
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    for text, data in items:
        item = QListWidgetItem(text, view)
        item.setData(Qt.ItemDataRole.UserRole, data)
    view.clearSelection()
    view.setCurrentRow(-1)
    if view.count() == 1:
        view.setCurrentRow(0)
    return view.count()


def picked(view: QListWidget) -> Any:
    """The data of the row the officer picked (selected), or None: a row merely under the cursor is not a pick."""
    items = view.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


def pick_keys(search: QLineEdit, view: QListWidget) -> None:
    """Down (or Up) in the search field moves to the list and picks its first (last) row."""
    for key, row in (("Down", lambda: 0), ("Up", lambda: view.count() - 1)):
        sc = QShortcut(QKeySequence(key), search)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)

        def go(row=row) -> None:  # type: ignore[no-untyped-def]
            view.setFocus()
            if view.count() and not view.selectedItems():
                view.setCurrentRow(row())

        sc.activated.connect(go)


def context_menu(view: QAbstractItemView, actions: list[QAction]) -> None:
    """A right-click (or the Menu key, Shift+F10) menu on a list: the row under the mouse is selected first.
    The actions keep their shortcuts and enabled state; `view.property("context_menu")` is the last menu shown."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    for action in actions:
        if action.parent() is None:
            action.setParent(view)

    def show(pos) -> None:  # type: ignore[no-untyped-def]
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        elif view.currentIndex().isValid():  # from the keyboard: beside the current row
            pos = view.visualRect(view.currentIndex()).center()
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in actions:
            if action.isSeparator():
                menu.addSeparator()
            else:
                menu.addAction(action)
        view.setProperty("context_menu", menu)
        menu.popup(view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)


def list_shortcuts(page: QWidget, table: QTableView, focus_search: Callable[[], None],
                   add: Callable[[], None] | None = None, open_row: Callable[[], None] | None = None) -> None:
    """Ctrl+F searches and Ctrl+N adds anywhere on the page; Enter on the table opens the selected row."""
    # Each says what it does: Bantuan -> Pintasan keyboard lists it (shell/help.py reads whatsThis).
    keys: list[tuple[Any, Callable[[], None], str]] = [
        (QKeySequence.StandardKey.Find, focus_search, QCoreApplication.translate("lists", "Cari di daftar"))]
    if add is not None:
        keys.append(("Ctrl+N", add, QCoreApplication.translate("lists", "Tambah baru")))
    for key, slot, what in keys:
        sc = QShortcut(QKeySequence(key), page)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.setWhatsThis(what)
        sc.activated.connect(slot)
    if open_row is not None:
        for key in ("Return", "Enter"):
            sc = QShortcut(QKeySequence(key), table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.setWhatsThis(QCoreApplication.translate("lists", "Buka baris terpilih"))
            sc.activated.connect(open_row)


class TitledTable(QWidget):
    """A bold title with its buttons on the right, and a table of rows (a `RowTableModel`) below."""

    def __init__(self, title: str, columns: list[Column], widths: Iterable[int] = (), parent: QWidget | None = None,
                 sortable: bool = True, margins: tuple[int, int, int, int] = (0, 0, 0, 0)):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*margins)
        self.head = QHBoxLayout()
        self.title = bold_label(self, title)
        self.head.addWidget(self.title)
        self.head.addStretch(1)
        lay.addLayout(self.head)
        self.model = RowTableModel(columns, self)
        self.table = make_table(self, self.model, widths, sortable=sortable)
        lay.addWidget(self.table, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As tall as its minimum: the height comes from the layout's stretch, so that on a small screen it does
        not squeeze the tables beside it down to their minimum (a bare table asks for 192 px)."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self.head.addWidget(button)
        return button

    def selected(self) -> Any:
        return selected_row(self.table)

    def show_rows(self, rows: list[Any], title: str, keep: Callable[[Any], bool] | None = None) -> None:
        """Shows `rows` under `title`, selecting the row `keep` matches, else the first."""
        self.model.set_rows(rows)
        self.title.setText(title)
        index = self.model.find(keep) if keep else -1
        if index < 0 and rows:
            index = 0
        if index >= 0:
            self.table.selectRow(index)
