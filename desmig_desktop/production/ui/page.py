"""The "Usaha Produktif" page: the production-group list (search, status, share-outs due) above the
selected group's page."""

from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.production.dto import GroupSummary
from desmig_desktop.production.services.corrections import delete_group, group_goes_with
from desmig_desktop.production.services.groups import get_group, reactivate_group
from desmig_desktop.production.services.ledger import restore_production_record
from desmig_desktop.production.services.sharing import due_groups
from desmig_desktop.production.ui import GROUPS
from desmig_desktop.production.ui.group_dialogs import GroupDialog, StopGroupDialog
from desmig_desktop.production.ui.group_model import GroupListModel
from desmig_desktop.production.ui.group_view import GroupView
from desmig_desktop.ui.feedback import confirm_delete, delete_with_undo, notify
from desmig_desktop.ui.forms import muted
from desmig_desktop.ui.lists import (
    context_menu,
    focus_search_field,
    list_shortcuts,
    make_table,
    search_as_you_type,
    search_field,
)
from desmig_desktop.ui.pages import PageEnv

DUE_STYLE = "background: #fff4d6; border: 1px solid #e8c66a; border-radius: 4px; padding: 6px 10px;"


class GroupsPage(QWidget):
    changed = Signal()  # something was saved on this page (other pages, e.g. the recap, may refresh)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        # How a dialog is shown; tests replace it with a function that fills the dialog and presses save.
        self.run_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        self.confirm_delete: Callable[[str, list[str]], bool] = lambda what, goes: confirm_delete(self, what, goes)
        self._build()
        self.model = GroupListModel(ctx, self)
        self.table = make_table(self._top, self.model, (200, 170, 70, 80, 115, 115, 110), sortable=True)
        self.table.setMinimumHeight(150)  # at least five groups visible, whatever the splitter
        self._top.layout().addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_group())
        list_shortcuts(self, self.table, self.focus_search, add=self.add_group, open_row=self._focus_group)
        self._group_actions()
        self.view.changed.connect(self._saved)
        self._after_list()

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 6)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self._top = QWidget(split)
        top = QVBoxLayout(self._top)
        top.setContentsMargins(0, 0, 0, 6)
        top.setSpacing(8)
        filters = QHBoxLayout()
        self.search_field = search_field(self._top, self.tr("Cari nama kelompok atau komoditas…"), 280)
        filters.addWidget(self.search_field, 3)
        self.status_combo = QComboBox(self._top)
        self.status_combo.addItem(self.tr("Semua"), None)
        self.status_combo.addItem(self.tr("Aktif"), "aktif")
        self.status_combo.addItem(self.tr("Berhenti"), "berhenti")
        filters.addWidget(self.status_combo, 1)
        filters.addSpacing(12)
        self.add_button = QPushButton(self.tr("Tambah kelompok"), self._top)
        self.add_button.setToolTip(self.tr("Tambah kelompok produksi baru (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ubah"), self._top)
        self.stop_button = QPushButton(self.tr("Hentikan"), self._top)
        for b in (self.add_button, self.edit_button, self.stop_button):
            filters.addWidget(b)
        filters.addStretch(1)
        self.count_label = QLabel(self._top)
        filters.addWidget(self.count_label)
        top.addLayout(filters)
        self.due_banner = QLabel(self._top)
        self.due_banner.setWordWrap(True)
        self.due_banner.setTextFormat(Qt.TextFormat.RichText)
        self.due_banner.setStyleSheet(DUE_STYLE)
        self.due_banner.linkActivated.connect(self.open_share_tab)
        top.addWidget(self.due_banner)
        self.stack = QStackedWidget(split)
        self.placeholder = muted(self.tr("Pilih kelompok di atas untuk melihat anggota, pelatihan, bantuan, produksi, "
                                         "penjualan dan bagi hasilnya."), self.stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)
        self.view = GroupView(self._ctx, self.stack)
        self.stack.addWidget(self.view)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([300, 450])
        outer.addWidget(split)

        self._timer = search_as_you_type(self.search_field, self.apply_filters)
        self.search_field.returnPressed.connect(self._focus_table)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.add_button.clicked.connect(self.add_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.stop_button.clicked.connect(self.stop_or_reactivate)

    # ---- list ------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self._timer.stop()
        selected = self.selected_id()
        self.model.set_filter(self.search_field.text(), self.status_combo.currentData())
        self._after_list(selected, reload=False)

    def refresh(self) -> None:
        """Read the list, the share-outs due and the selected group again (after any save)."""
        selected = self.selected_id()
        self.model.refresh()
        self._after_list(selected)

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()

    def _after_list(self, selected: str | None = None, reload: bool = True) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%Ln kelompok", "", n))
        due = due_groups(self._ctx)
        lines = [f"<a href='{d.group_id}'>{escape(d.group)}</a>: {escape(d.reason)}" for d in due]
        self.due_banner.setText("<b>" + escape(self.tr("Waktunya bagi hasil")) + "</b> — " + "; ".join(lines))
        self.due_banner.setVisible(bool(due))
        if not (selected and self.select_group(selected, reload=reload)) and self.view.group is not None:
            self.table.clearSelection()
            self._show(None)
        self._update_buttons()

    def selected(self) -> GroupSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.group_at(rows[0].row()) if rows else None

    def selected_id(self) -> str | None:
        g = self.selected()
        return g.id if g else None

    def select_group(self, group_id: str, reload: bool = False) -> bool:
        """Select a group in the list and show its page (read again with reload=True)."""
        row = self.model.row_of(group_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(index)
        if reload or self.view.group is None or self.view.group.id != group_id:
            self._show(group_id)
        self._update_buttons()
        return True

    def _selection_changed(self, *_args: object) -> None:
        self._show(self.selected_id())
        self._update_buttons()

    def _show(self, group_id: str | None) -> None:
        if group_id and self.view.show_group(group_id):
            self.stack.setCurrentWidget(self.view)
        else:
            self.view.group = None
            self.stack.setCurrentWidget(self.placeholder)

    def _update_buttons(self) -> None:
        g = self.selected()
        self.edit_button.setEnabled(g is not None)
        self.stop_button.setEnabled(g is not None)
        self.stop_button.setText(self.tr("Aktifkan") if g and g.status == "berhenti" else self.tr("Hentikan"))

    def focus_search(self) -> None:
        focus_search_field(self.search_field)

    def _focus_table(self) -> None:
        self.apply_filters()
        if self.model.rowCount() and self.selected() is None:
            self.table.selectRow(0)
        self.table.setFocus()

    def _focus_group(self) -> None:
        if self.selected() is not None:
            self.view.tabs.setFocus()

    def open_share_tab(self, group_id: str) -> None:
        if self.model.row_of(group_id) < 0:
            self.search_field.clear()
            self.status_combo.setCurrentIndex(0)
            self.apply_filters()
        if self.select_group(group_id):
            self.view.tabs.setCurrentWidget(self.view.sharing)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self.search_field.hasFocus() and self.focusWidget() is None:
            self.focus_search()

    # ---- actions ---------------------------------------------------------------------------

    def _group_actions(self) -> None:
        """Del deletes the selected group; the context menu has Ubah and Hapus."""
        edit = QAction(self.tr("Ubah kelompok…"), self.table)
        edit.triggered.connect(self.edit_group)
        delete = QAction(self.tr("Hapus kelompok…"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_group)
        self.table.addAction(delete)
        context_menu(self.table, [edit, delete])
        self.group_actions = (edit, delete)

    def delete_group(self) -> None:
        g = self.selected()
        if g is None:
            return
        what = self.tr("kelompok %1").replace("%1", g.name)

        def undone() -> None:
            self._saved()
            self.select_group(g.id, reload=True)

        delete_with_undo(self, what, self.tr("Kelompok %1 dihapus.").replace("%1", g.name),
                         lambda: delete_group(self._ctx, g.id),
                         lambda gone: restore_production_record(self._ctx, gone.table, gone.record_id, gone.when),
                         self._saved, after_undo=undone, goes_with=group_goes_with(self._ctx, g.id),
                         ask=self.confirm_delete)

    def _open(self, dialog: QDialog) -> bool:
        try:
            return bool(self.run_dialog(dialog))
        finally:
            dialog.deleteLater()

    def add_group(self) -> None:
        dialog = GroupDialog(self._ctx, parent=self)
        if self._open(dialog):
            new_id = dialog.saved_id
            self.search_field.clear()
            self.status_combo.setCurrentIndex(0)
            self.apply_filters()
            self._saved()
            if new_id:
                self.select_group(new_id)

    def edit_group(self) -> None:
        g = self.selected()
        if g is None:
            return
        try:
            group = get_group(self._ctx, g.id)
        except NotFoundError:
            self.refresh()
            return
        if self._open(GroupDialog(self._ctx, group, parent=self)):
            self._saved()

    def stop_or_reactivate(self) -> None:
        g = self.selected()
        if g is None:
            return
        if g.status == "berhenti":
            reactivate_group(self._ctx, g.id)
            self._saved()
            notify(self, self.tr("Kelompok %1 aktif lagi.").replace("%1", g.name))
        elif self._open(StopGroupDialog(self._ctx, g.id, g.name, parent=self)):
            self._saved()


def make_page(env: PageEnv) -> GroupsPage:
    page = GroupsPage(env.ctx, env.parent)
    page.changed.connect(lambda: env.changes.notify(GROUPS))
    return page
