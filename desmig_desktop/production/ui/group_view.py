"""One group's page: a header (name, commodity, status, PIRT, cash) and its six tabs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupDTO
from desmig_desktop.production.services.groups import get_group
from desmig_desktop.production.ui.aid_tab import AidTab
from desmig_desktop.production.ui.members_tab import MembersTab
from desmig_desktop.production.ui.production_tab import ProductionTab
from desmig_desktop.production.ui.sales_tab import SalesTab
from desmig_desktop.production.ui.sharing_tab import SharingTab
from desmig_desktop.production.ui.tab_base import GroupTab
from desmig_desktop.production.ui.trainings_tab import TrainingsTab
from desmig_desktop.ui.forms import MUTED_COLOUR
from desmig_desktop.ui.widgets import heading

STOPPED_COLOUR = "#c62828"


class GroupView(QWidget):
    changed = Signal()  # a tab saved something

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.group: GroupDTO | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # one line (name, facts, cash): the tabs below keep the height a small screen has
        head = QGridLayout()
        head.setHorizontalSpacing(12)
        self.title = heading("", self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.title, 0, 0)
        self.facts = QLabel(self)
        self.facts.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        head.addWidget(self.facts, 0, 1)
        self.cash_hint = QLabel(self.tr("kas kelompok"), self)
        self.cash_hint.setStyleSheet(f"color: {MUTED_COLOUR};")
        self.cash_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.cash_hint, 0, 2)
        self.cash = heading("", self)
        self.cash.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.cash, 0, 3)
        head.setColumnStretch(1, 1)
        outer.addLayout(head)
        self.tabs = QTabWidget(self)
        self.members = MembersTab(ctx, self)
        self.trainings = TrainingsTab(ctx, self)
        self.aid = AidTab(ctx, self)
        self.production = ProductionTab(ctx, self)
        self.sales = SalesTab(ctx, self)
        self.sharing = SharingTab(ctx, self)
        for tab, text in ((self.members, self.tr("Anggota")), (self.trainings, self.tr("Pelatihan")),
                          (self.aid, self.tr("Bantuan")), (self.production, self.tr("Produksi")),
                          (self.sales, self.tr("Penjualan")), (self.sharing, self.tr("Bagi Hasil"))):
            self.tabs.addTab(tab, text)
            tab.changed.connect(self.changed.emit)
        self.tabs.currentChanged.connect(self._tab_shown)
        outer.addWidget(self.tabs, 1)

    def all_tabs(self) -> list[GroupTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def show_group(self, group_id: str) -> bool:
        """Read the group again and show it; the current tab loads now, the others when shown."""
        try:
            g = get_group(self._ctx, group_id)
        except NotFoundError:
            self.group = None
            return False
        self.group = g
        self._show_header(g)
        current = self.tabs.currentWidget()
        for tab in self.all_tabs():
            tab.set_group(g, load=tab is current)
        return True

    def reload(self) -> None:
        if self.group is not None:
            self.show_group(self.group.id)

    def _tab_shown(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, GroupTab) and tab.stale:
            tab.reload()

    def _show_header(self, g: GroupDTO) -> None:
        self.title.setText(g.name)
        facts = [escape(g.commodity)] if g.commodity else []
        if g.status == "berhenti":
            stopped = self.tr("Berhenti sejak %1").replace("%1", short_date(g.stopped_on))
            facts.append(f"<span style='color:{STOPPED_COLOUR}'>{stopped}"
                         + (f": {escape(g.stop_reason)}" if g.stop_reason else "") + "</span>")
        else:
            facts.append(label(gr.GROUP_STATUSES, g.status))
        pirt = self.tr("PIRT: %1").replace("%1", label(gr.PIRT_STATUSES, g.pirt_status))
        if g.pirt_number:
            pirt += f" ({escape(g.pirt_number)})"
        facts.append(pirt)
        facts.append(self.tr("%Ln anggota aktif", "", len(g.active_members)))
        if g.founded_on:
            facts.append(self.tr("berdiri %1").replace("%1", short_date(g.founded_on)))
        if g.dusun:
            facts.append(self.tr("Dusun %1").replace("%1", escape(g.dusun)))
        self.facts.setText(" · ".join(facts))
        self.cash.setText(rupiah(g.cash))
        self.cash.setStyleSheet(f"color: {STOPPED_COLOUR};" if g.cash < 0 else "")
