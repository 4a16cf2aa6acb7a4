"""Screenshots of every page and of the dialogs its buttons open, at the officers' 1366x768, in both languages.

    xvfb-run -a -s "-screen 0 1366x768x24" bash -c "openbox & sleep 1; .venv/bin/python .ci/screenshots.py OUT"

Opens the demo village (made in a temporary folder), maximises the window, shows each page and grabs it, then
presses each button or action of the page whose text opens a form or a window (Tambah, Ubah, Impor, Ekspor,
Riwayat, Peristiwa, Keluarga, Pintasan, Tentang…; never Hapus, Keluar or anything that writes), grabs the dialog
and closes it unchanged. The PNGs are for a person to look at; nothing is asserted.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

SAFE = re.compile(r"^(&?Tambah|Ubah|Impor|Ekspor|Riwayat|Peristiwa|Lihat|Keluarga|Pintasan|Panduan|Tentang|Data terhapus|"
                  r"Add|Edit|Import|Export|History|Life event|View|Family|Keyboard|Guide|About|Deleted|New|Baru|Catat|Record)",
                  re.IGNORECASE)
NEVER = re.compile(r"\bhapus|\bdelete|keluar|quit|exit|buka basis|open database|cadang|backup|final|simpan|save|tutup|close",
                   re.IGNORECASE)


def main(out: Path, lang: str) -> None:
    home = Path(tempfile.mkdtemp(prefix="desmig-shots-"))
    os.environ["HOME"] = str(home)
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    from desmig_desktop.app import PILLARS, create_demo_village, install_language
    from desmig_desktop.core import i18n
    from desmig_desktop.core.config import load_settings
    from desmig_desktop.core.context import ServiceContext

    i18n.set_language(lang)
    db = home / "demo.db"
    ctx = ServiceContext.open(db, officer="Petugas Contoh")
    create_demo_village(ctx)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QTableView, QTabWidget

    from desmig_desktop.registry.services.village import get_village
    from desmig_desktop.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_language(app, lang)
    from desmig_desktop.ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # as the app does: no collection in a worker thread
    window = MainWindow(ctx, load_settings(), get_village(ctx), PILLARS)
    window.showMaximized()
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab_modal(name: str, trigger) -> None:  # type: ignore[no-untyped-def]
        seen: list[str] = []

        def shoot() -> None:
            w = app.activeModalWidget() or next((t for t in app.topLevelWidgets()
                                                if isinstance(t, QDialog) and t.isVisible()), None)
            if w is None:
                return
            seen.append(name)
            w.grab().save(str(out / f"{lang}-{name}.png"))
            if isinstance(w, QDialog):
                w.reject()
                QTimer.singleShot(200, lambda: app.activeModalWidget() and app.activeModalWidget().reject())
            else:
                w.close()

        QTimer.singleShot(900, shoot)
        trigger()
        settle(1200)

    def slug(text: str) -> str:
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30]

    def press_buttons(scope, prefix: str, done: set[str]) -> None:  # type: ignore[no-untyped-def]
        for w in scope.findChildren(QAbstractButton) + scope.findChildren(QAction):
            text = w.text().replace("&", "").strip()
            if not text or text in done or not SAFE.match(text) or NEVER.search(text):
                continue
            if not w.isEnabled() or (isinstance(w, QAbstractButton) and not w.isVisible()):
                continue
            done.add(text)
            grab_modal(f"{prefix}-{slug(text)}", w.click if isinstance(w, QAbstractButton) else w.trigger)

    settle(1500)
    for i, key in enumerate(window.pages):
        window.show_page(i)
        settle(1500)
        page = window.stack.currentWidget() if hasattr(window, "stack") else window.centralWidget()
        window.grab().save(str(out / f"{lang}-{i:02d}-{key}.png"))
        tables = [t for t in page.findChildren(QTableView) if t.isVisible() and t.model() is not None
                  and t.model().rowCount() > 0]
        if tables:  # the first row chosen: the detail below it and the buttons that need a row
            tables[0].selectRow(min(2, tables[0].model().rowCount() - 1))
            settle(1500)
            window.grab().save(str(out / f"{lang}-{i:02d}-{key}-selected.png"))
        done: set[str] = set()
        press_buttons(page, f"{i:02d}-{key}", done)
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()]:
            for n in range(tabs.count()):
                tabs.setCurrentIndex(n)
                settle(700)
                name = f"{i:02d}-{key}-tab-{slug(tabs.tabText(n))}"
                window.grab().save(str(out / f"{lang}-{name}.png"))
                inner = [t for t in tabs.widget(n).findChildren(QTableView) if t.isVisible() and t.model() is not None
                         and t.model().rowCount() > 0]
                if inner:
                    inner[0].selectRow(0)
                    settle(400)
                press_buttons(tabs.widget(n), name, done)
    for action in window.menuBar().actions():
        menu = action.menu()
        for sub in menu.actions() if menu else ():
            text = sub.text().replace("&", "")
            if text and SAFE.match(text) and not NEVER.search(text):
                slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30]
                grab_modal(f"menu-{slug}", sub.trigger)
    window.close()
    collector.stop()
    ctx.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    main(target, sys.argv[2] if len(sys.argv) > 2 else "id")
