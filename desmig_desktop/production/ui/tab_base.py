"""The base of every tab of a group's page: it is given the group, loads itself, and says when it saved."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.production.dto import GroupDTO
from desmig_desktop.ui.forms import tell


class GroupTab(QWidget):
    changed = Signal()  # something was saved: the page refreshes the header, the tabs and the list

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupDTO | None = None
        self.stale = True
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        # How the warnings of a save are shown (a dialog's `warnings`, e.g. abroad on that day); tests read them.
        self.warn: Callable[[str], None] = lambda text: tell(self, self.tr("Tersimpan, dengan peringatan"), text, True)

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; True when it saved (its warnings, if any, are then shown). The dialog is deleted afterwards."""
        try:
            done = bool(self.run_dialog(dialog))
            warnings = getattr(dialog, "warnings", ()) if done else ()
            if warnings:
                self.warn("\n".join(warnings))
            return done
        finally:
            dialog.deleteLater()

    def set_group(self, group: GroupDTO, load: bool = True) -> None:
        """Show `group`; with load=False the tab only remembers it must read its data when shown."""
        self.group = group
        self.stale = True
        if load:
            self.reload()

    def reload(self) -> None:
        if self.group is not None:
            self.load()
            self.stale = False

    def load(self) -> None:
        raise NotImplementedError

    def saved(self) -> None:
        self.changed.emit()
