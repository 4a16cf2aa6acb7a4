"""The actions on the selected person of the "Penduduk" page, as QActions with their shortcuts (shown in the
tooltips, the context menu and Bantuan → Pintasan): edit, riwayat migrasi, peristiwa, keluarga, kegiatan, delete
(with what goes with it, and "Urungkan"), and the import of a register."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from desmig_desktop.core.pillar import load
from desmig_desktop.registry.services import life_events
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.person_detail import goes_with
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS
from desmig_desktop.ui.feedback import confirm_delete, notify, offer_undo
from desmig_desktop.ui.pages import PageEnv

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def make_action(parent: QWidget, text: str, tip: str, key: str | QKeySequence.StandardKey | None,
                slot: Callable[[], None], context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                button: QPushButton | None = None) -> QAction:
    """A QAction on `parent` whose tooltip names its shortcut ("Ubah data orang yang dipilih (Ctrl+E)"); a button
    given triggers it and shows the same tooltip."""
    action = QAction(text, parent)
    if key is not None:
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({shown})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    parent.addAction(action)
    if button is not None:
        button.setToolTip(tip)
        button.clicked.connect(action.trigger)
        button.setProperty("action", action)
    return action


def dispose(dialog: QDialog) -> None:
    """Delete a closed dialog (not kept as a child of the page), its unsaved-changes guard unhooked first: the
    guard must not see the events of a dialog being destroyed."""
    guard = dialog.findChild(QObject, "unsaved_guard")
    if guard is not None:
        dialog.removeEventFilter(guard)
    dialog.deleteLater()


class PersonActions:
    """Mixed into PersonPage: the handlers behind its actions (the page has `_ctx`, `_changes`, `selected_row`,
    `select_person`, `model`, `detail`)."""

    _ctx: Any
    _changes: Any
    _activity_sources: Any

    def edit_placements(self) -> None:
        row = self.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return
        from desmig_desktop.registry.ui.placement_dialog import PlacementDialog

        dialog = PlacementDialog(self._ctx, row.id, parent=self)  # type: ignore[arg-type]
        dialog.undone.connect(lambda: self._changes.notify(PERSONS, PLACEMENTS))
        dialog.exec()
        dispose(dialog)
        if dialog.changed:
            self._changes.notify(PERSONS, PLACEMENTS)

    def record_event(self) -> None:
        row = self.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return
        from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog

        dialog = LifeEventDialog(self._ctx, row, parent=self)  # type: ignore[arg-type]
        saved = dialog.exec()
        dispose(dialog)
        if saved:
            self._changes.notify(PERSONS)
            notify(self, dialog.saved_text())  # type: ignore[arg-type]

    def show_activity(self) -> None:
        row = self.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return
        from desmig_desktop.ui.activity import PersonActivityDialog

        PersonActivityDialog(self._ctx, row.id, self._activity_sources, parent=self).exec()  # type: ignore[arg-type]

    def show_household(self) -> None:
        row = self.selected_row()  # type: ignore[attr-defined]
        if row is not None and row.no_kk:
            household = registry.find_household(self._ctx, row.no_kk)
            if household is not None:
                self.open_household.emit(household.id)  # type: ignore[attr-defined]

    def delete_person(self) -> None:
        """Asks, naming what goes with the person; deletes (a tombstone); offers "Urungkan"."""
        row = self.selected_row()  # type: ignore[attr-defined]
        if row is None:
            return
        what = f"{row.name} ({row.nik})" if row.nik else row.name
        if not confirm_delete(self, what, goes_with(self._ctx, "person", row.id)):  # type: ignore[arg-type]
            return
        deletion = registry.delete_person(self._ctx, row.id)
        self._changes.notify(PERSONS, HOUSEHOLDS, PLACEMENTS)

        def undo() -> None:
            life_events.restore_registry_record(self._ctx, deletion)
            self._changes.notify(PERSONS, HOUSEHOLDS, PLACEMENTS)
            self.select_person(row.id)  # type: ignore[attr-defined]

        offer_undo(self, translate("PersonPage", "Data %1 dihapus.").replace("%1", row.name), undo)  # type: ignore[attr-defined, arg-type]

    def import_register(self) -> None:
        from desmig_desktop.registry.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._ctx, parent=self)  # type: ignore[arg-type]
        done: list[Any] = []
        dialog.imported.connect(done.append)
        dialog.exec()
        dispose(dialog)
        if done:
            self._changes.notify(PERSONS, HOUSEHOLDS, PLACEMENTS)

    def export_list(self) -> None:
        from desmig_desktop.registry.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self._ctx, self.current_query(), self.model.total(), parent=self)  # type: ignore[attr-defined]
        dialog.exported.connect(lambda result: notify(self, translate("PersonPage", "%Ln orang diekspor ke %1", "",  # type: ignore[attr-defined, arg-type]
                                                                           result[1] or 0).replace("%1", str(result[0]))))
        dialog.exec()

    def add_person_actions(self, env: PageEnv) -> None:
        """Every area's actions on the selected person (env.person_actions): a button in a row under the page's
        own (that row is full on a 1366-pixel screen) and a line of the context menu; each runs
        `load(action.run)(env, person_id, self)`."""
        if not env.person_actions:
            return
        row = QHBoxLayout()
        row.setSpacing(8)
        outer = self.layout()
        outer.insertLayout(outer.indexOf(self.splitter), row)
        for spec in env.person_actions:
            text = translate("Pillar", spec.label)
            button = QPushButton(text, self)
            row.addWidget(button)
            action = make_action(self, text, text, None, lambda ref=spec.run: self._run_person_action(env, ref),
                                 button=button)
            action.setObjectName(f"person_action_{spec.key}")
            action.setProperty("button", button)
            action.setProperty("icon_name", spec.icon)
            self.person_actions.append(action)
            self._menu.insert(len(self._menu) - 2, action)
        row.addStretch(1)
        self._update_buttons()

    def _run_person_action(self, env: PageEnv, ref: str) -> None:
        row = self.selected_row()
        if row is not None:
            load(ref)(env, row.id, self)
