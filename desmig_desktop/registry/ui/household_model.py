"""The household list of the Keluarga page, read a page at a time in the order the service sorts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import HouseholdRow
from desmig_desktop.registry.services.households import (
    HouseholdQuery,
    count_households,
    list_households,
)
from desmig_desktop.registry.ui.person_model import rw_rt

PAGE_SIZE = 200
SORTS = ("no_kk", "head", "dusun", "rw_rt", "members", "abroad")


def nik_text(nik: str) -> str:
    """A NIK as shown; a person whose NIK is not known yet reads "belum ada"."""
    return nik or QCoreApplication.translate("HouseholdPage", "belum ada")


class HouseholdListModel(QAbstractTableModel):
    """The household list, read a page at a time (fetchMore) in the order the service sorts."""

    def __init__(self, ctx: ServiceContext, parent: Any = None):
        super().__init__(parent)
        self._ctx = ctx
        self.query = HouseholdQuery()
        self._rows: list[HouseholdRow] = []
        self._more = False  # the last page read was full: there may be more
        self._total: int | None = 0  # None: not counted yet (counting is kept off the typing path)
        self._titles = [self.tr("No. KK"), self.tr("Kepala keluarga"), self.tr("Dusun"), self.tr("RW/RT"),
                        self.tr("Anggota"), self.tr("Di luar negeri")]

    def reload(self, query: HouseholdQuery | None = None) -> None:
        self.beginResetModel()
        self.query = query or self.query
        self._rows = list_households(self._ctx, self.query, 0, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self._total = None if self._more else len(self._rows)
        self.endResetModel()

    def total(self) -> int:
        """How many families match (counted on first asking when more than a page match)."""
        if self._total is None:
            self._total = count_households(self._ctx, self.query)
        return self._total

    def total_known(self) -> bool:
        return self._total is not None

    def row_at(self, row: int) -> HouseholdRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, household_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == household_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        more = list_households(self._ctx, self.query, len(self._rows), PAGE_SIZE)
        self._more = len(more) == PAGE_SIZE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.no_kk, r.head_name or "—", r.dusun or "—", rw_rt(r) or "—", str(r.members),
                    str(r.abroad) if r.abroad else "—")[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORTS):
            self.reload(HouseholdQuery(self.query.text, self.query.dusun_id, SORTS[column],
                                       order == Qt.SortOrder.DescendingOrder))
