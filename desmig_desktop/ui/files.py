"""Choosing where to write a file, never replacing one without asking.

`ask_save_path(parent, title, suggested, filters)` opens the save dialog and, when the chosen or typed file
exists, asks "Ganti berkas …?" (Batal by default); None when the officer gives up. `confirm_replace(parent, path)`
is the same question for screens that take a path from a line edit, `confirm_replace_all(parent, paths)` for a
command that writes several files into a folder. `FolderField` is a folder's path with its "Pilih folder…" button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def _ask(parent: QWidget | None, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("files", "Ganti berkas"), text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(translate("files", "Ganti"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("files", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """True when `path` does not exist yet, or the officer agreed to replace it."""
    path = Path(path)
    if not path.exists():
        return True
    return _ask(parent, translate("files", "Ganti berkas %1?\n\nBerkas itu sudah ada di %2; isinya akan diganti.")
                .replace("%1", path.name).replace("%2", str(path.parent)))


def confirm_replace_all(parent: QWidget | None, paths: Iterable[Path]) -> bool:
    """True when none of `paths` exists, or the officer agreed to replace those that do (named in the question)."""
    existing = [Path(p) for p in paths if Path(p).exists()]
    if not existing:
        return True
    if len(existing) == 1:
        return confirm_replace(parent, existing[0])
    names = "\n".join(f"• {p.name}" for p in existing)
    return _ask(parent, translate("files", "Ganti %Ln berkas yang sudah ada di %1?\n\n%2", "", len(existing))
                .replace("%1", str(existing[0].parent)).replace("%2", names))


def with_suffix_of(path: Path, filters: str, selected_filter: str = "") -> Path:
    """A typed name without an extension gets the one of the chosen filter (`*.xlsx` in "Excel (*.xlsx)")."""
    if path.suffix:
        return path
    source = selected_filter or filters
    start = source.find("*.")
    if start < 0:
        return path
    end = start + 2
    while end < len(source) and (source[end].isalnum()):
        end += 1
    return path.with_name(path.name + source[start + 1:end])


def save_dialog(parent: QWidget | None, title: str, suggested: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(suggested.parent), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below, in the officer's language
    # the system's own dialog speaks the officer's language; Qt's (no Indonesian catalogue) only where there is none
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, QGuiApplication.platformName() in ("offscreen", "minimal"))
    dialog.selectFile(suggested.name)
    return dialog


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """The file to write, or None; an existing file is replaced only when the officer says so."""
    dialog = save_dialog(parent, title, Path(suggested), filters)
    while dialog.exec():
        chosen = dialog.selectedFiles()
        if not chosen:
            return None
        path = with_suffix_of(Path(chosen[0]), filters, dialog.selectedNameFilter())
        if confirm_replace(parent, path):
            return path
    return None


class FolderField(QWidget):
    """The folder to write into: its path (`line`, typed or chosen) and a "Pilih folder…" button (`button`) that
    opens the folder dialog titled `title` at the path shown."""

    def __init__(self, folder: Path | str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = title
        self.line = QLineEdit(str(folder), self)
        self.button = QPushButton(self.tr("Pilih folder…"), self)
        self.button.clicked.connect(self.choose)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.title, self.line.text())
        if folder:
            self.line.setText(folder)
