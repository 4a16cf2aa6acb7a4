"""The base of every tab of a group's page: it is given the group, loads itself, and says when it saved."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.production.dto import GroupDTO


class GroupTab(QWidget):
    changed = Signal()  # something was saved: the page refreshes the header, the tabs and the list

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group: GroupDTO | None = None
        self.stale = True
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

    def open_dialog(self, dialog: QDialog) -> bool:
        """Show a form; True when it saved. The dialog is deleted afterwards."""
        try:
            return bool(self.run_dialog(dialog))
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
