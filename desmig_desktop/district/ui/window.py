"""The district window (`desmig-desktop --district URL`): a side list like the village's main window, one page
per task — Beranda (the kabupaten's figures and reporting rate), Paket masuk (merge packages), Status pelaporan,
Penduduk pindah, Rekap kabupaten. Pages are built on first visit; after a merge the pages that read the
database read it again when next shown."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desmig_desktop.ui.widgets import fit_nav_width, nav_list

PAGES = ("home", "inbox", "status", "movers", "recap")
ICONS = {"home": "fa5s.chart-bar", "inbox": "fa5s.inbox", "status": "fa5s.tasks", "movers": "fa5s.people-arrows",
         "recap": "fa5s.file-export"}
READERS = ("home", "status", "movers")  # read the database: again after a merge


def shown_url(url: str) -> str:
    """The database as the status bar shows it: a PostgreSQL URL without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class DistrictWindow(QMainWindow):
    first_shown = Signal()

    def __init__(self, engine: Any, url: str, pillars: Sequence[Any], today: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from desmig_desktop.district.database import district_info

        self.engine = engine
        self.url = url
        self.pillars = tuple(pillars)
        self._today = today
        self.kabupaten = district_info(engine).get("kabupaten", "")
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._shown_once = False
        self.setMinimumSize(QSize(960, 600))
        self.setWindowTitle(self.tr("Desmig Desktop — Disnaker Kabupaten %1").replace("%1", self.kabupaten)
                            if self.kabupaten else self.tr("Desmig Desktop — Disnaker"))
        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = nav_list(central)
        self.titles = {"home": self.tr("Beranda"), "inbox": self.tr("Paket masuk"),
                       "status": self.tr("Status pelaporan"), "movers": self.tr("Penduduk pindah"),
                       "recap": self.tr("Rekap kabupaten")}
        for i, key in enumerate(PAGES):
            item = QListWidgetItem(self.titles[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            keys = QKeySequence(f"Ctrl+{i + 1}")
            item.setToolTip(f"{self.titles[key]} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
            QShortcut(keys, self, lambda i=i: self.show_page(i))
        fit_nav_width(self.nav)
        lay.addWidget(self.nav)
        self.stack = QStackedWidget(central)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for _key in PAGES:
            self.stack.addWidget(QWidget(self))
        self.nav.currentRowChanged.connect(self.show_page)
        self.nav.setCurrentRow(0)
        where = QLabel(self.tr("Basis data: %1").replace("%1", shown_url(url)), self)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(where)
        if self.kabupaten:
            self.statusBar().addPermanentWidget(QLabel(self.tr("Kabupaten %1").replace("%1", self.kabupaten), self))
        self.place_on_screen()

    def today(self) -> date:
        return self._today or date.today()

    # ---- pages -----------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        if key not in self._pages:
            page: QWidget
            if key == "home":
                from desmig_desktop.district.ui.home import DistrictHome

                page = DistrictHome(self.engine, self.pillars, self.today(), self.kabupaten, self)
                page.open_page.connect(lambda k: self.show_page(PAGES.index(k)))
            elif key == "inbox":
                from desmig_desktop.district.ui.inbox_page import InboxPage

                page = InboxPage(self.engine, self)
                page.merged.connect(self._after_merge)
            elif key == "status":
                from desmig_desktop.district.ui.status_page import StatusPage

                page = StatusPage(self.engine, self.today(), self)
            elif key == "movers":
                from desmig_desktop.district.ui.movers_page import MoversPage

                page = MoversPage(self.engine, self.today(), self)
            else:
                from desmig_desktop.district.ui.recap_page import DistrictRecapPage

                page = DistrictRecapPage(self.engine, self.pillars, self.today(), self.kabupaten, self)
            self._pages[key] = page
            index = PAGES.index(key)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(old)
            old.deleteLater()
            if hasattr(page, "refresh"):
                page.refresh()  # type: ignore[attr-defined]
        return self._pages[key]

    def show_page(self, index: int) -> QWidget:
        key = PAGES[index]
        page = self.page(key)
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        return page

    def open_page(self, key: str) -> QWidget:
        return self.show_page(PAGES.index(key))

    def _after_merge(self) -> None:
        self._stale.update(k for k in READERS if k in self._pages)

    def shutdown(self) -> None:
        """Before the engine is disposed: wait for the pages' background work."""
        for page in self._pages.values():
            stop = getattr(page, "shutdown", None)
            if stop is not None:
                stop()

    # ---- geometry and first show -----------------------------------------------------------

    def place_on_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else QSize(1366, 768)
        if available.width() <= 1366 or available.height() <= 768:
            self.resize(available)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(QSize(min(1366, int(available.width() * 0.9)), min(860, int(available.height() * 0.9))))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.first_shown.emit)
            QTimer.singleShot(150, self.load_icons)

    def load_icons(self) -> None:
        import qtawesome as qta

        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setIcon(qta.icon(ICONS[item.data(Qt.ItemDataRole.UserRole)], color="#3c4043",
                                  color_active="#0b3d91"))
