"""The person list as a lazy table model: rows are fetched in pages of 200 only when the view asks.

Like Anki's browser table: the model never holds the whole village. The first page is read at once (the
view needs it); when it is full, the total is counted on a background thread and the rows are extended
when it arrives, so neither launch nor typing in the search field waits for a COUNT over 100,000 people.
Sorting is done by the database (PersonQuery.sort), never by a proxy model.

Pages are read by key (services.search.list_page), never by OFFSET: the page after a page read is "the rows
after its last key", the page before one read is "the rows before its first key", and the last page (Ctrl+End,
the scroll bar dragged to the bottom) is the first page read in reversed order, so no page in between is read.
Only a jump into the middle, with no page read near it, looks up the key of the row before it first
(services.search.key_at: the key columns only, from the nearer end).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import HouseholdDTO, PersonPage, PersonRow
from desmig_desktop.registry.enums import SEXES, STATUSES
from desmig_desktop.registry.services.search import PersonQuery, count_persons, key_at, list_page
from desmig_desktop.ui.workers import Worker

PAGE = 200
MAX_PAGES = 60  # pages kept in memory (12,000 rows); older ones are read again when needed
COLUMNS = ("name", "nik", "no_kk", "sex", "birth_date", "age", "dusun", "rw_rt", "status", "country", "departed_on")
GONE_COLOUR = QColor("#8a8a8a")

Index = QModelIndex | QPersistentModelIndex


def rw_rt(row: PersonRow | HouseholdDTO) -> str:
    if row.rw is None and row.rt is None:
        return ""
    rw = f"{row.rw:02d}" if row.rw is not None else "-"
    rt = f"{row.rt:02d}" if row.rt is not None else "-"
    return f"{rw}/{rt}"


class PersonTableModel(QAbstractTableModel):
    total_changed = Signal(int)  # the number of people matching the query, once known

    def __init__(self, ctx: ServiceContext, query: PersonQuery | None = None, async_count: bool = True,
                 parent: Any = None, page_size: int = PAGE):
        super().__init__(parent)
        self._size = page_size
        self._ctx = ctx
        self._query = query or PersonQuery()
        self._async = async_count
        self._pages: OrderedDict[int, PersonPage] = OrderedDict()
        self._rows = 0
        self._total: int | None = None
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._counter: Worker | None = None
        self._headers = (
            self.tr("Nama"), self.tr("NIK"), self.tr("No. KK"), self.tr("L/P"), self.tr("Tgl Lahir"), self.tr("Umur"),
            self.tr("Dusun"), self.tr("RW/RT"), self.tr("Status"), self.tr("Negara tujuan"), self.tr("Tgl Berangkat"),
        )
        self._gone_tip = self.tr("Sudah pindah keluar atau meninggal")
        self._gone_status = self.tr("%1 · pindah/meninggal")
        self._sex_codes = {"L": self.tr("L", "laki-laki"), "P": self.tr("P", "perempuan")}
        self._load()

    # ---- query -----------------------------------------------------------------------------

    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Read the current query again (after a save or a filter change)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()
        if self._total is not None:
            self.total_changed.emit(self._total)

    def total(self) -> int | None:
        """Matching people, or None while the count is still running."""
        return self._total

    def wait_for_total(self, timeout_s: float = 10.0) -> None:
        """Block until a running count has ended (tests, benchmarks); its rows arrive via the event loop."""
        if self._counter is not None:
            self._counter.wait(timeout_s)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Forget queued counts and wait for a running one (before the database is closed)."""
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone(timeout_ms)

    def _load(self) -> None:
        self._generation += 1
        self._pages.clear()
        first = list_page(self._ctx, self._query, None, self._size)
        self._pages[0] = first
        self._rows = len(first.rows)
        if len(first.rows) < self._size:
            self._total = len(first.rows)
            return
        self._total = None
        if self._async:
            self._count_later(self._generation, self._query)
        else:
            self._total = self._rows = count_persons(self._ctx, self._query)

    def _count_later(self, generation: int, query: PersonQuery) -> None:
        ctx = self._ctx
        gen_now = lambda: self._generation  # noqa: E731 - read on the worker thread, an int

        def job(_report, _cancelled):  # type: ignore[no-untyped-def]
            if gen_now() != generation:
                return generation, None  # the user typed on: a newer count is queued
            return generation, count_persons(ctx, query)

        worker = Worker(job, self._pool)
        worker.done.connect(self._count_arrived)
        self._counter = worker
        worker.start()

    def _count_arrived(self, result: tuple[int, int | None]) -> None:
        generation, total = result
        if generation != self._generation or total is None:
            return
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            self.endRemoveRows()
        self._total = total
        self.total_changed.emit(total)

    # ---- rows ------------------------------------------------------------------------------

    def _page(self, number: int) -> tuple[PersonRow, ...]:
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.rows

    def _read(self, number: int) -> PersonPage:
        """Page `number` read by key: after the page before it, before the page after it, or from the end."""
        ctx, q, n = self._ctx, self._query, self._size
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        if number == 0:
            return list_page(ctx, q, None, n)
        if before is not None and before.last is not None and len(before.rows) == n:
            return list_page(ctx, q, before.last, n)
        if after is not None and after.first is not None:
            return list_page(ctx, q, after.first, n, backwards=True)
        if (number + 1) * n >= self._rows:  # the last page: the first ones in reversed order
            return list_page(ctx, q, None, self._rows - number * n, backwards=True)
        key = key_at(ctx, q, number * n - 1, self._total)  # a jump into the middle: one key, then by key
        return list_page(ctx, q, key, n) if key is not None else PersonPage(())

    def row_at(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._rows:
            return None
        page = self._page(row // self._size)
        offset = row % self._size
        return page[offset] if offset < len(page) else None

    def row_of(self, person_id: str) -> int:
        """The row of a person among the pages already read, or -1."""
        for number, page in self._pages.items():
            for i, r in enumerate(page.rows):
                if r.id == person_id:
                    return number * self._size + i
        return -1

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    # ---- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] == "age":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.in_village:
            return QBrush(GONE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.in_village:
                return self._gone_tip
            if COLUMNS[index.column()] == "sex":
                return label(SEXES, row.sex)
        return None

    def _display(self, row: PersonRow, column: str) -> str:
        if column == "nik":  # a person whose NIK is not known yet
            return row.nik or self.tr("belum ada")
        if column == "birth_date":
            return short_date(row.birth_date)
        if column == "departed_on":
            return short_date(row.departed_on) if row.departed_on else ""
        if column == "age":
            return "" if row.age is None else str(row.age)
        if column == "status":  # a person who moved out or died says so here too, not only in grey
            text = label(STATUSES, row.status)
            return text if row.in_village else self._gone_status.replace("%1", text)
        if column == "rw_rt":
            return rw_rt(row)
        if column == "sex":
            return self._sex_codes.get(row.sex, row.sex)
        return str(getattr(row, column) or "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.sort == COLUMNS[column] and self._query.descending == descending:
            return
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))
