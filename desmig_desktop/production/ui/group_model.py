"""The production-group list as a small table model over services.groups.list_groups."""

from __future__ import annotations

from typing import Any

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import number, rupiah
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupSummary
from desmig_desktop.production.services.groups import list_groups
from desmig_desktop.ui.forms import DUE_COLOUR
from desmig_desktop.ui.lists import Column, RowTableModel

STOPPED_COLOUR = "#8a8a8a"


class GroupListModel(RowTableModel):
    """Rows are GroupSummary; `set_filter` reads the list again with a search text and a status."""

    def __init__(self, ctx: ServiceContext, parent: Any = None):
        super().__init__([], parent)
        self._columns = self._make_columns()
        self._ctx = ctx
        self._text = ""
        self._status: str | None = None
        self.refresh()

    def _make_columns(self) -> list[Column]:
        due = self.tr("Jatuh tempo")
        return [
            Column(self.tr("Nama"), lambda g: g.name, key=lambda g: g.name.lower()),
            Column(self.tr("Komoditas"), lambda g: g.commodity, key=lambda g: g.commodity.lower()),
            Column(self.tr("Status"), lambda g: label(gr.GROUP_STATUSES, g.status),
                   colour=lambda g: STOPPED_COLOUR if g.status == "berhenti" else None),
            Column(self.tr("Anggota"), lambda g: number(g.active_members), key=lambda g: g.active_members,
                   right=True),
            Column(self.tr("Penjualan"), lambda g: rupiah(g.sales), key=lambda g: g.sales, right=True),
            Column(self.tr("Laba"), lambda g: rupiah(g.profit), key=lambda g: g.profit, right=True),
            Column(self.tr("Kas"), lambda g: rupiah(g.cash), key=lambda g: g.cash, right=True),
            Column(self.tr("Bagi hasil"), lambda g: due if g.share_due else "", key=lambda g: not g.share_due,
                   colour=lambda g: DUE_COLOUR if g.share_due else None),
        ]

    def set_filter(self, text: str, status: str | None) -> None:
        if (text.strip(), status) != (self._text, self._status):
            self._text, self._status = text.strip(), status
            self.refresh()

    def refresh(self) -> None:
        self.set_rows(list_groups(self._ctx, self._text, self._status))

    def row_of(self, group_id: str) -> int:
        return self.find(lambda g: g.id == group_id)

    def group_at(self, row: int) -> GroupSummary | None:
        return self.row_at(row)
