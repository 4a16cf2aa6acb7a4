"""The main window: left navigation, one page per task, the village and officer in the status bar."""

from __future__ import annotations

import base64
from typing import Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desmig_desktop.core.config import Settings, load_settings, save_settings
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.pillar import Page, Pillar, load
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.ui import VILLAGE
from desmig_desktop.shell import SETTINGS
from desmig_desktop.shell.menus import build_menus
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import fit_nav_width, nav_list

# The shell's own pages, after the pillars' pages.
SHELL_PAGES = ("recap", "settings")
HOME = "home"  # Beranda, the first page: the figures of every pillar (shell.home_page)
SHELL_ICONS = {"recap": "fa5s.file-export", "settings": "fa5s.cog", HOME: "fa5s.chart-bar"}


# Pages that keep their shortcut wherever they stand in the list (the first nine pages have Ctrl+1 … Ctrl+9).
FIXED_PAGE_KEYS = {"recap": "Ctrl+R", "settings": "Ctrl+,"}


def page_keys(pages: Sequence[str]) -> dict[str, str]:
    """Each page's shortcut to open it: Ctrl+1 … Ctrl+9 by position, and the fixed ones of the shell's pages."""
    keys = {key: f"Ctrl+{i + 1}" for i, key in enumerate(pages[:9]) if key not in FIXED_PAGE_KEYS}
    keys.update({key: shortcut for key, shortcut in FIXED_PAGE_KEYS.items() if key in pages})
    return keys


def pillar_pages(pillars: Sequence[Pillar]) -> list[Page]:
    return [page for pillar in pillars for page in pillar.pages]


def activity_sources(pillars: Sequence[Pillar]) -> list:  # type: ignore[type-arg]
    """Each pillar's part of a person's Kegiatan, loaded when the dialog first opens."""
    return [lambda ctx, pid, ref=p.person_activity: load(ref)(ctx, pid) for p in pillars if p.person_activity]


# A screen this small (available geometry, the taskbar left out) gets the whole of it: 1366x768 laptops.
COMPACT_SCREEN = QSize(1366, 768)


def opens_maximised(available: QSize) -> bool:
    """The window opens maximised when the screen's available area is no bigger than a 1366x768 laptop's."""
    return available.width() <= COMPACT_SCREEN.width() or available.height() <= COMPACT_SCREEN.height()


def normal_size(available: QSize) -> QSize:
    """The size of a window that opens unmaximised: 1366x860 at most, 90% of a smaller screen."""
    return QSize(min(1366, int(available.width() * 0.9)), min(860, int(available.height() * 0.9)))




class MainWindow(QMainWindow):
    first_shown = Signal()  # the window is on screen with its first page of rows

    def __init__(self, ctx: ServiceContext, settings: Settings, village: VillageDTO, pillars: Sequence[Pillar],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.village = village
        self.changes = Changes(self)
        self._shown_once = False
        self._pages: dict[str, QWidget] = {}
        self._pillars = tuple(pillars)
        self._pillar_pages = {page.key: page for page in pillar_pages(pillars)}
        self.pages = (HOME, *self._pillar_pages, *SHELL_PAGES)
        self.env = PageEnv(ctx, village, self.changes, self, settings, activity_sources(pillars),
                           open_household=self.show_household, open_page=self.open_page,
                           message=lambda text: self.statusBar().showMessage(text, 12_000),
                           person_actions=tuple(a for p in pillars for a in p.person_actions))
        self.setMinimumSize(QSize(960, 600))

        central = QWidget(self)
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.nav = nav_list(central)
        titles = {key: QCoreApplication.translate("Pillar", page.title) for key, page in self._pillar_pages.items()}
        titles.update(recap=self.tr("Rekap & Ekspor"), settings=self.tr("Pengaturan"), home=self.tr("Beranda"))
        self.titles = titles
        self.page_keys = page_keys(self.pages)
        for key in self.pages:
            item = QListWidgetItem(titles[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key in self.page_keys:
                keys = QKeySequence(self.page_keys[key]).toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(f"{titles[key]} ({keys})")
        fit_nav_width(self.nav)
        lay.addWidget(self.nav)
        self.stack = QStackedWidget(central)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for _key in self.pages:
            self.stack.addWidget(QWidget(self))  # built on first visit: launch only pays for the first page
        self.first_page = self.page(self.pages[0])
        self.nav.currentRowChanged.connect(self.show_page)
        self.nav.setCurrentRow(0)

        self.status_village = QLabel(self)
        self.status_officer = QLabel(self)
        self.statusBar().addWidget(self.status_village)
        self.statusBar().addPermanentWidget(self.status_officer)
        self._update_identity()
        self.changes.changed.connect(self._on_changes)
        self.statusBar().setVisible(True)
        self.menus = build_menus(self)  # Berkas, Tampilan (the pages, Ctrl+1...), Bantuan
        self.place_on_screen()

    # ---- pages -----------------------------------------------------------------------------

    def _add_page(self, key: str, page: QWidget) -> None:
        self._pages[key] = page
        index = self.pages.index(key)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it was never shown."""
        if key not in self._pages:
            if key in self._pillar_pages:
                self.env.village = self.village
                self._add_page(key, load(self._pillar_pages[key].factory)(self.env))
            elif key == HOME:
                from desmig_desktop.shell.home_page import HomePage

                self._add_page(key, HomePage(self.env, self._pillars, self))
            elif key == "recap":
                from desmig_desktop.shell.recap_page import RecapPage

                self._add_page(key, RecapPage(self.ctx, self.changes, self._pillars, self))
            elif key == "settings":
                from desmig_desktop.shell.settings_page import SettingsPage

                page = SettingsPage(self.ctx, self.settings, self.village, self.changes, self)
                page.settings_saved.connect(self._settings_saved)
                self._add_page(key, page)
        return self._pages[key]

    @property
    def person_page(self):  # type: ignore[no-untyped-def]
        """The person list (the registry's first page)."""
        return self.page("persons")

    def show_page(self, index: int) -> None:
        key = self.pages[index]
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)

    def open_page(self, key: str) -> QWidget:
        """Show the page of `key` and return it (PageEnv.open_page: a figure of Beranda opens its list)."""
        self.show_page(self.pages.index(key))
        return self.page(key)

    def shutdown(self) -> None:
        """Before the database is closed: wait for the background reading of the pages that were built."""
        home = self._pages.get(HOME)
        if home is not None:
            home.shutdown()  # type: ignore[attr-defined]
        persons = self._pages.get("persons")
        if persons is not None:
            persons.model.shutdown()  # type: ignore[attr-defined]

    def show_household(self, household_id: str) -> None:
        page = self.page("households")
        page.show_household(household_id)  # type: ignore[attr-defined]
        self.show_page(self.pages.index("households"))

    # ---- identity --------------------------------------------------------------------------

    def _update_identity(self) -> None:
        v = self.village
        self.setWindowTitle(self.tr("Desmig Desktop — Desa %1").replace("%1", v.name))
        place = ", ".join(x for x in (v.name, self.tr("Kec. %1").replace("%1", v.kecamatan) if v.kecamatan else "",
                                      self.tr("Kab. %1").replace("%1", v.kabupaten) if v.kabupaten else "") if x)
        self.status_village.setText(self.tr("Desa %1").replace("%1", place))
        self.status_officer.setText(self.tr("Petugas: %1").replace("%1", self.ctx.officer))

    def _settings_saved(self, settings: Settings) -> None:
        self.settings = settings

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if VILLAGE in kinds:
            self.village = get_village(self.ctx) or self.village
        if kinds & {VILLAGE, SETTINGS}:
            self._update_identity()

    # ---- geometry --------------------------------------------------------------------------

    def place_on_screen(self) -> None:
        """The geometry of the last session, else maximised on a small screen, else a sensible size."""
        saved = self.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray(base64.b64decode(saved))):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else COMPACT_SCREEN
        if opens_maximised(available):
            self.resize(available)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(normal_size(available))

    def save_geometry(self) -> None:
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self.settings = self.settings.with_changes(window_geometry=geometry)
        try:
            save_settings(load_settings().with_changes(window_geometry=geometry))  # what Pengaturan saved stays
        except OSError:
            pass  # a read-only profile folder: the next launch simply opens at the default size

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.save_geometry()
        super().closeEvent(event)

    # ---- first show ------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._after_first_show)

    def _after_first_show(self) -> None:
        self.first_shown.emit()
        QTimer.singleShot(0, self._after_first_paint)  # Qt paints the window before the next round of timers

    def _after_first_paint(self) -> None:
        # The icons wait 120 ms more: loading them never holds up the first screen, however slow its paint
        # (what is connected to `first_shown`, like the launch bench quitting, has run by then).
        QTimer.singleShot(120, self.load_icons)
        home = self._pages.get(HOME)
        if home is not None:
            home.refresh()  # type: ignore[attr-defined]  # the figures are read once the first screen is up

    def load_icons(self) -> None:
        """Icons come from qtawesome's fonts, loaded after the window is up (they cost ~0.1 s)."""
        import qtawesome as qta

        icons = {key: page.icon for key, page in self._pillar_pages.items()} | SHELL_ICONS
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setIcon(qta.icon(icons[item.data(Qt.ItemDataRole.UserRole)], color="#3c4043",
                                  color_active="#0b3d91"))
        page = self._pages.get("persons")
        if page is not None:
            page.load_icons()  # type: ignore[attr-defined]
