"""The base of every tab of a group's page: it is given the group, loads itself, and says when it saved.
Every list on a tab opens its record with double-click or Enter, deletes it with Del, and has both in its context
menu (`record_actions`); a delete asks first, naming what goes with it, and can be undone (`delete_with_undo`)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QDialog, QPushButton, QTableView, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.records import Deletion
from desmig_desktop.production.dto import GroupDTO
from desmig_desktop.production.services.ledger import restore_production_record
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo, notify
from desmig_desktop.ui.forms import tell
from desmig_desktop.ui.lists import context_menu, fit_columns, selected_row  # noqa: F401 (fit_columns: the tabs' import)


def insert_into(layout: QBoxLayout, index: int) -> Callable[[QWidget], None]:
    """Places widgets one after the other in `layout`, from position `index` (before its stretch)."""
    at = [index]

    def place(widget: QWidget) -> None:
        layout.insertWidget(at[0], widget)
        at[0] += 1

    return place


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
        # Asking before a delete, and telling why one was refused.
        self.confirm_delete: Callable[[str, list[str]], bool] = lambda what, goes: confirm_delete(self, what, goes)
        self.refuse: Callable[[str], None] = lambda text: tell(self, self.tr("Tidak dapat dihapus"), text, True)

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

    def record_actions(self, table: QTableView, edit: Callable[[], None], delete: Callable[[], None],
                       edit_text: str, delete_text: str,
                       buttons: Callable[[QPushButton], None] | None = None) -> tuple[QAction, QAction]:
        """Open (double-click, Enter) and delete (Del) the selected row of `table`, both in its context menu too;
        with `buttons`, an "Ubah…" and a "Hapus…" button placed by it, enabled with the actions."""
        edit_action = QAction(edit_text, table)
        edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        delete_action = QAction(delete_text, table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, run in ((edit_action, edit), (delete_action, delete)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, run=run: run() if selected_row(table) is not None else None)
            table.addAction(action)
        table.doubleClicked.connect(lambda _i: edit())
        context_menu(table, [edit_action, delete_action])

        shown: list[QPushButton] = []
        if buttons is not None:
            for action, tip in ((edit_action, self.tr("Enter atau klik dua kali")), (delete_action, self.tr("Del"))):
                button = QPushButton(action.text(), self)
                button.setToolTip(tip)
                button.clicked.connect(action.trigger)
                buttons(button)
                shown.append(button)

        def enable(*_args: object) -> None:
            on = selected_row(table) is not None
            edit_action.setEnabled(on)
            delete_action.setEnabled(on)
            for button in shown:
                button.setEnabled(on)

        table.selectionModel().selectionChanged.connect(enable)
        table.model().modelReset.connect(enable)
        enable()
        return edit_action, delete_action

    def delete_with_undo(self, what: str, goes_with: list[str], delete: Callable[[], Deletion], done: str) -> bool:
        """Ask "Hapus …?", delete, then offer "Urungkan" (which restores exactly what was deleted)."""

        def undone() -> None:
            self.saved()
            notify(self, self.tr("Dipulihkan: %1").replace("%1", what))

        return delete_with_undo(
            self, what, done, delete,
            lambda gone: restore_production_record(self.ctx, gone.table, gone.record_id, gone.when),
            self.saved, after_undo=undone, goes_with=goes_with, ask=self.confirm_delete, refuse=self.refuse)

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
