"""The "Penduduk" page: search as you type, filters, server-side sorting, the person's page below the list (family,
migration history, life events, activities) and the actions on one person (registry.ui.person_actions)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import PersonRow, VillageDTO
from desmig_desktop.registry.enums import SEXES, STATUSES
from desmig_desktop.registry.services.search import PersonQuery
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS, VILLAGE
from desmig_desktop.registry.ui.person_actions import PersonActions, dispose, make_action
from desmig_desktop.registry.ui.person_detail import PersonDetail
from desmig_desktop.registry.ui.person_model import COLUMNS, PersonTableModel
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.lists import (
    context_menu,
    list_shortcuts,
    search_as_you_type,
    style_table,
)
from desmig_desktop.ui.pages import PageEnv

if TYPE_CHECKING:  # the Kegiatan dialog's module is imported when it first opens, not at launch
    from desmig_desktop.ui.activity import ActivitySource


# By column key (registry.ui.person_model.COLUMNS); the name takes what is left.
COLUMN_WIDTHS = {"name": 230, "nik": 140, "no_kk": 140, "sex": 40, "birth_date": 90, "age": 50, "dusun": 110,
                 "rw_rt": 64, "status": 116, "country": 140, "departed_on": 96}


class PersonPage(PersonActions, QWidget):
    open_household = Signal(str)  # household id
    message = Signal(str)  # a short note for the status bar (saved, exported, warnings)

    def __init__(self, ctx: ServiceContext, village: VillageDTO, changes: Changes, parent: QWidget | None = None,
                 activity_sources: Sequence[ActivitySource] = ()):
        super().__init__(parent)
        self._ctx = ctx
        self._activity_sources = tuple(activity_sources)
        self._village = village
        self._changes = changes
        self._build()
        self.model = PersonTableModel(ctx, PersonQuery(), parent=self)
        self.table.setModel(self.model)
        self._setup_table()
        self.model.total_changed.connect(self._show_total)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_total(self.model.total())
        self._update_buttons()
        changes.changed.connect(self._on_changes)
        self.detail = PersonDetail(ctx, changes, self._activity_sources, self.splitter)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.detail.setMinimumHeight(190)  # the heading, the tabs and three rows at least
        self.splitter.setSizes([600, 340])  # kept in proportion as the window grows

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(10)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau No. KK…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        filters.addWidget(self.search, 3)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("Semua status"), None)
        for key in ("calon", "aktif", "purna"):
            self.status_combo.addItem(label(STATUSES, key), key)
        self.status_combo.addItem(self.tr("Semua PMI"), "pmi")
        for key in ("keluarga", "none"):
            self.status_combo.addItem(label(STATUSES, key), key)
        filters.addWidget(self.status_combo, 1)
        self.dusun_combo = QComboBox(self)
        filters.addWidget(self.dusun_combo, 1)
        self._fill_dusun_combo()
        self.sex_combo = QComboBox(self)
        self.sex_combo.addItem(self.tr("Semua jenis kelamin"), None)
        for key in SEXES:
            self.sex_combo.addItem(label(SEXES, key), key)
        filters.addWidget(self.sex_combo, 1)
        self.gone_check = QCheckBox(self.tr("Tampilkan yang pindah/meninggal"), self)
        filters.addWidget(self.gone_check)
        outer.addLayout(filters)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.add_button = QPushButton(self.tr("Tambah orang"), self)
        self.add_button.setToolTip(self.tr("Daftarkan orang baru (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Ubah"), self)
        self.placement_button = QPushButton(self.tr("Riwayat migrasi"), self)
        self.event_button = QPushButton(self.tr("Peristiwa"), self)
        self.activity_button = QPushButton(self.tr("Kegiatan"), self)
        self.activity_button.setVisible(bool(self._activity_sources))
        self.household_button = QPushButton(self.tr("Lihat keluarga"), self)
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        self.import_button = QPushButton(self.tr("Impor"), self)
        self.export_button = QPushButton(self.tr("Ekspor daftar"), self)
        self.export_button.setToolTip(self.tr("Ekspor orang yang tampil sekarang (pencarian dan saringan berlaku)"))
        for b in (self.add_button, self.edit_button, self.placement_button, self.event_button, self.activity_button,
                  self.household_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        outer.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.splitter.addWidget(self.table)
        outer.addWidget(self.splitter, 1)

        self._timer = search_as_you_type(self.search, self.apply_filters)
        self.search.returnPressed.connect(self._focus_table)
        for combo in (self.status_combo, self.dusun_combo, self.sex_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.gone_check.toggled.connect(lambda _b: self.apply_filters())

        self.add_button.setToolTip(self.tr("Daftarkan orang baru (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_person)
        self.export_button.clicked.connect(self.export_list)
        self.edit_action = make_action(self, self.tr("Ubah"), self.tr("Ubah data orang yang dipilih"), "Ctrl+E",
                                       self.edit_person, button=self.edit_button)
        self.placement_action = make_action(self, self.tr("Riwayat migrasi"), self.tr(
            "Riwayat migrasi orang yang dipilih: daftar, berangkat, pulang"), "Ctrl+M", self.edit_placements,
            button=self.placement_button)
        self.event_action = make_action(self, self.tr("Peristiwa"), self.tr(
            "Catat lahir, pindah datang, pindah keluar atau meninggal"), "Ctrl+P", self.record_event,
            button=self.event_button)
        self.household_action = make_action(self, self.tr("Lihat keluarga"), self.tr(
            "Buka keluarga (KK) orang yang dipilih"), "Ctrl+K", self.show_household, button=self.household_button)
        self.activity_action = make_action(self, self.tr("Kegiatan"), self.tr(
            "Kelompok, sosialisasi, pelatihan dan bagi hasil orang ini"), "Ctrl+G", self.show_activity,
            button=self.activity_button)
        self.delete_action = make_action(self.table, self.tr("Hapus"), self.tr(
            "Hapus data orang yang salah ketik, dengan semua catatannya (bisa diurungkan)"),
            QKeySequence.StandardKey.Delete, self.delete_person, context=Qt.ShortcutContext.WidgetShortcut,
            button=self.delete_button)
        self.import_action = make_action(self, self.tr("Impor"), self.tr(
            "Impor daftar penduduk dari Excel atau CSV (ada contoh untuk diunduh)"), "Ctrl+I", self.import_register,
            button=self.import_button)
        menu = [self.edit_action, self.placement_action, self.event_action, self.household_action]
        if self._activity_sources:
            menu.append(self.activity_action)
        separator = QAction(self.table)
        separator.setSeparator(True)
        self._menu = [*menu, separator, self.delete_action]  # other areas' actions go before the separator
        context_menu(self.table, self._menu)
        self.person_actions: list[QAction] = []

        list_shortcuts(self, self.table, self.focus_search, add=self.add_person, open_row=self.edit_person)

    def _setup_table(self) -> None:
        t = style_table(self.table)
        header = t.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        t.setSortingEnabled(True)
        for i, key in enumerate(COLUMNS):
            t.setColumnWidth(i, COLUMN_WIDTHS.get(key, 100))
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        header.setStretchLastSection(False)
        t.doubleClicked.connect(lambda _i: self.edit_person())

    def _fill_dusun_combo(self) -> None:
        current = self.dusun_combo.currentData()
        self.dusun_combo.blockSignals(True)
        self.dusun_combo.clear()
        self.dusun_combo.addItem(self.tr("Semua dusun"), None)
        for d in self._village.dusuns:
            self.dusun_combo.addItem(d.name, d.id)
        i = self.dusun_combo.findData(current)
        self.dusun_combo.setCurrentIndex(max(i, 0))
        self.dusun_combo.blockSignals(False)

    # ---- query -----------------------------------------------------------------------------

    def current_query(self) -> PersonQuery:
        q = self.model.query()
        return replace(
            q,
            text=self.search.text().strip(),
            status=self.status_combo.currentData(),
            dusun_id=self.dusun_combo.currentData(),
            sex=self.sex_combo.currentData(),
            include_gone=self.gone_check.isChecked(),
        )

    def apply_filters(self) -> None:
        self._timer.stop()
        q = self.current_query()
        if q != self.model.query():
            self.model.set_query(q)

    def _show_total(self, total: int | None) -> None:
        if total is None:
            self.count_label.setText(self.tr("menghitung…"))
        else:
            self.count_label.setText(self.tr("%Ln orang", "", total))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.apply_filters()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.focus_search()

    # ---- selection -------------------------------------------------------------------------

    def selected_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_person(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_row()
        for b in (self.edit_button, self.placement_button, self.event_button, self.activity_button,
                  self.delete_button):
            b.setEnabled(row is not None)
            b.property("action").setEnabled(row is not None)
        self.household_button.setEnabled(row is not None and bool(row.no_kk))
        self.household_action.setEnabled(self.household_button.isEnabled())
        self.activity_action.setEnabled(row is not None and bool(self._activity_sources))
        for action in self.person_actions:
            action.setEnabled(row is not None)
            action.property("button").setEnabled(row is not None)
        if hasattr(self, "detail"):
            self.detail.show_person(row.id if row is not None else None)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if VILLAGE in kinds:
            village = get_village(self._ctx)
            if village is not None:
                self._village = village
                self._fill_dusun_combo()
        if kinds & {PERSONS, HOUSEHOLDS, PLACEMENTS}:
            selected = self.selected_row()
            self.model.refresh()
            if selected is not None:
                self.select_person(selected.id)
            self._update_buttons()
            self.detail.load_now()

    # ---- actions ---------------------------------------------------------------------------

    def add_person(self) -> None:
        from desmig_desktop.registry.ui.person_form import PersonForm

        form = PersonForm(self._ctx, self._village, parent=self)
        saved = form.exec()
        dispose(form)
        if saved:
            self._changes.notify(PERSONS, HOUSEHOLDS)
            self.select_person(form.saved_id or "")
            self._saved_note(form)
        elif form.open_person_id:
            self.show_person(form.open_person_id)

    def edit_person(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        form = PersonForm(self._ctx, self._village, person_id=row.id, parent=self)
        saved = form.exec()
        dispose(form)
        if saved:
            self._changes.notify(PERSONS, HOUSEHOLDS)
            self._saved_note(form)
        elif form.open_person_id:
            self.show_person(form.open_person_id)

    def show_person(self, person_id: str) -> bool:
        """Select this person in the list; when the filters hide them or they are far down a long list, the search
        is set to their NIK (or name) so that the list shows them."""
        if self.select_person(person_id):
            return True
        from desmig_desktop.registry.services.people import get_person

        try:
            person = get_person(self._ctx, person_id)
        except NotFoundError:
            return False
        for combo in (self.status_combo, self.dusun_combo, self.sex_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.gone_check.blockSignals(True)
        self.gone_check.setChecked(not person.in_village)
        self.gone_check.blockSignals(False)
        self.search.setText(person.nik or person.name)
        self.apply_filters()
        return self.select_person(person_id)

    def _saved_note(self, form) -> None:  # type: ignore[no-untyped-def]
        text = self.tr("Data %1 tersimpan.").replace("%1", " ".join(form.name.text().split()))
        if form.warnings:
            text += " " + " ".join(self.tr("Peringatan: %1").replace("%1", w) for w in form.warnings)
        notify(self, text)

    def apply_filter(self, title: str = "", **codes: object) -> None:
        """Show the people behind a figure of Beranda: `codes` are PersonQuery fields (registry.home)."""
        from desmig_desktop.registry.ui.figure_filter import apply_figure_filter

        apply_figure_filter(self, title, codes)

    def load_icons(self) -> None:
        import qtawesome as qta

        for action in self.person_actions:
            action.property("button").setIcon(qta.icon(action.property("icon_name"), color="#3c4043"))

        for button, name in ((self.add_button, "fa5s.user-plus"), (self.edit_button, "fa5s.pen"),
                             (self.placement_button, "fa5s.plane-departure"), (self.event_button, "fa5s.calendar-alt"),
                             (self.activity_button, "fa5s.chalkboard-teacher"),
                             (self.household_button, "fa5s.home"), (self.delete_button, "fa5s.trash-alt"),
                             (self.import_button, "fa5s.file-import"), (self.export_button, "fa5s.file-export")):
            button.setIcon(qta.icon(name, color="#3c4043"))


def make_page(env: PageEnv) -> PersonPage:
    page = PersonPage(env.ctx, env.village, env.changes, env.parent, env.activity_sources)
    page.open_household.connect(env.open_household)
    page.message.connect(env.message)
    page.add_person_actions(env)
    return page
