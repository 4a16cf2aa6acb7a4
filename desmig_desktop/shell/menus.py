"""The main window's menu bar: Berkas (open another file, back up, quit), Tampilan (the pages, Ctrl+1...) and
Bantuan (keyboard shortcuts, a short how-to, About)."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desmig_desktop.core import i18n

if TYPE_CHECKING:
    from desmig_desktop.shell.main_window import MainWindow


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


@dataclass
class Menus:
    open_db: QAction
    backup: QAction
    deleted: QAction
    quit: QAction
    pages: list[QAction]
    shortcuts: QAction
    guide: QAction
    about: QAction


def _action(window: MainWindow, menu, text: str, keys: str | QKeySequence.StandardKey | None,  # type: ignore[no-untyped-def]
            tip: str, slot) -> QAction:  # type: ignore[no-untyped-def]
    action = menu.addAction(text)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)  # the shortcut works whichever widget has the focus
    return action


def build_menus(window: MainWindow) -> Menus:
    bar = window.menuBar()
    berkas = bar.addMenu(translate("Menus", "&Berkas"))
    open_db = _action(window, berkas, translate("Menus", "Buka basis data…"), "Ctrl+O",
                      translate("Menus", "Buka berkas basis data desa lain (aplikasi dibuka ulang dengan berkas itu)"),
                      lambda: open_database(window))
    backup = _action(window, berkas, translate("Menus", "Cadangkan…"), None,
                     translate("Menus", "Salin basis data ke berkas cadangan, mis. di flashdisk"),
                     lambda: backup_database(window))
    deleted = _action(window, berkas, translate("Menus", "Data terhapus…"), "Ctrl+Shift+Del",
                      translate("Menus", "Lihat data yang pernah dihapus dan pulihkan"), lambda: show_deleted(window))
    berkas.addSeparator()
    quit_ = _action(window, berkas, translate("Menus", "Keluar"), "Ctrl+Q", translate("Menus", "Tutup aplikasi"), window.close)
    view = bar.addMenu(translate("Menus", "&Tampilan"))
    pages = []
    for i, key in enumerate(window.pages):
        keys = window.page_keys.get(key)
        pages.append(_action(window, view, window.titles[key].replace("&", "&&"), keys, translate("Menus", "Buka halaman %1").replace("%1", window.titles[key]),
                             lambda _checked=False, i=i: window.show_page(i)))
    bantuan = bar.addMenu(translate("Menus", "B&antuan"))
    shortcuts = _action(window, bantuan, translate("Menus", "Pintasan keyboard"), "Ctrl+/", translate("Menus", "Daftar semua pintasan keyboard"),
                        lambda: show_shortcuts(window))
    guide = _action(window, bantuan, translate("Menus", "Panduan singkat"), "F1", translate("Menus", "Cara memakai Desmig Desktop, singkat"),
                    lambda: show_guide(window))
    bantuan.addSeparator()
    about = _action(window, bantuan, translate("Menus", "Tentang Desmig Desktop"), None,
                    translate("Menus", "Versi, versi skema, berkas data dan lisensi"), lambda: show_about(window))
    return Menus(open_db, backup, deleted, quit_, pages, shortcuts, guide, about)


# ---- Berkas -----------------------------------------------------------------------------------------

def relaunch_command(path: Path) -> list[str]:
    """The command that opens the app on `path`, in the language of this session."""
    args = ["--db", str(path), "--lang", i18n.get_language()]
    if getattr(sys, "frozen", False):  # the bundle: the executable is the app
        return [sys.executable, *args]
    return [sys.executable, "-m", "desmig_desktop.app", *args]


def open_database(window: MainWindow) -> None:
    from desmig_desktop.core.database_file import database_file

    current = database_file(window.ctx).path
    chosen, _filter = QFileDialog.getOpenFileName(
        window, translate("Menus", "Buka basis data"), str(current.parent if current else Path.home()),
        translate("Menus", "Basis data Desmig (*.db *.sqlite *.sqlite3);;Semua berkas (*)"))
    if not chosen or (current is not None and Path(chosen).resolve() == current):
        return
    program, *args = relaunch_command(Path(chosen))
    if not QProcess.startDetached(program, args)[0]:
        QMessageBox.warning(window, translate("Menus", "Buka basis data"), translate("Menus", "Aplikasi tidak bisa dibuka ulang dengan %1.")
                            .replace("%1", chosen))
        return
    window.close()


def show_deleted(window: MainWindow) -> None:
    from desmig_desktop.shell.deleted_dialog import DeletedDialog

    DeletedDialog(window.ctx, window._pillars, window.changes, window).exec()  # noqa: SLF001


def backup_database(window: MainWindow) -> None:
    from desmig_desktop.core.database_file import copy_database, database_file
    from desmig_desktop.ui.feedback import notify
    from desmig_desktop.ui.files import ask_save_path

    source = database_file(window.ctx).path
    if source is None:
        return
    suggested = Path.home() / f"{source.stem}-cadangan-{date.today():%Y%m%d}{source.suffix or '.db'}"
    target = ask_save_path(window, translate("Menus", "Cadangkan basis data"), suggested,
                           translate("Menus", "Basis data Desmig (*.db);;Semua berkas (*)"))
    if target is None:
        return
    if target.resolve() == source:
        QMessageBox.warning(window, translate("Menus", "Cadangkan basis data"),
                            translate("Menus", "Cadangan tidak boleh menimpa basis data yang sedang dibuka: pilih nama atau folder lain."))
        return
    try:
        copy_database(window.ctx, target)
    except (OSError, sqlite3.Error) as exc:
        from desmig_desktop.core.files import describe_failure

        QMessageBox.warning(window, translate("Menus", "Cadangkan basis data"), translate("Menus", "Cadangan ke %1 gagal: %2")
                            .replace("%1", str(target)).replace("%2", describe_failure(exc, target)))
        return
    notify(window, translate("Menus", "Cadangan tersimpan: %1").replace("%1", str(target)))


# ---- Bantuan ----------------------------------------------------------------------------------------

def collect_shortcuts(window: MainWindow) -> list:  # type: ignore[type-arg]
    """Every shortcut of the window (its menus) and of every page (each built if it was not yet)."""
    from desmig_desktop.shell.help import shortcuts_of

    seen: set[tuple[str, str]] = set()
    found = shortcuts_of(window.menuBar(), translate("Menus", "Semua halaman"), seen)
    for key in window.pages:
        found += shortcuts_of(window.page(key), window.titles[key], seen)
    return found


def show_shortcuts(window: MainWindow) -> None:
    from desmig_desktop.shell.help import ShortcutsDialog

    ShortcutsDialog(collect_shortcuts(window), window).exec()


def show_guide(window: MainWindow) -> None:
    from desmig_desktop.shell.help import GuideDialog

    GuideDialog(window).exec()


def show_about(window: MainWindow) -> None:
    from desmig_desktop.shell.about import AboutDialog

    AboutDialog(window.ctx, window).exec()
