"""The "Penduduk" page: search as you type, filters, server-side sorting, and the actions on one person."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import PersonRow, VillageDTO
from desmig_desktop.registry.enums import SEXES, STATUSES
from desmig_desktop.registry.services.search import PersonQuery
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS, VILLAGE
from desmig_desktop.registry.ui.person_model import PersonTableModel
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.lists import list_shortcuts, search_as_you_type, style_table
from desmig_desktop.ui.pages import PageEnv

if TYPE_CHECKING:  # the Kegiatan dialog's module is imported when it first opens, not at launch
    from desmig_desktop.ui.activity import ActivitySource

COLUMN_WIDTHS = (230, 150, 150, 44, 96, 120, 70, 120)


class PersonPage(QWidget):
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
        self.edit_button.setToolTip(self.tr("Ubah data orang yang dipilih (Enter atau klik dua kali)"))
        self.placement_button = QPushButton(self.tr("Riwayat migrasi"), self)
        self.event_button = QPushButton(self.tr("Peristiwa"), self)
        self.event_button.setToolTip(self.tr("Catat lahir, pindah datang, pindah keluar atau meninggal"))
        self.activity_button = QPushButton(self.tr("Kegiatan"), self)
        self.activity_button.setToolTip(self.tr("Kelompok, sosialisasi, pelatihan dan bagi hasil orang ini"))
        self.activity_button.setVisible(bool(self._activity_sources))
        self.household_button = QPushButton(self.tr("Lihat keluarga"), self)
        self.export_button = QPushButton(self.tr("Ekspor daftar"), self)
        self.export_button.setToolTip(self.tr("Ekspor orang yang tampil sekarang (pencarian dan saringan berlaku)"))
        for b in (self.add_button, self.edit_button, self.placement_button, self.event_button, self.activity_button,
                  self.household_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.export_button)
        outer.addLayout(actions)

        self.table = QTableView(self)
        outer.addWidget(self.table, 1)

        self._timer = search_as_you_type(self.search, self.apply_filters)
        self.search.returnPressed.connect(self._focus_table)
        for combo in (self.status_combo, self.dusun_combo, self.sex_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.gone_check.toggled.connect(lambda _b: self.apply_filters())

        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.placement_button.clicked.connect(self.edit_placements)
        self.event_button.clicked.connect(self.record_event)
        self.household_button.clicked.connect(self._show_household)
        self.activity_button.clicked.connect(self.show_activity)
        self.export_button.clicked.connect(self.export_list)

        list_shortcuts(self, self.table, self.focus_search, add=self.add_person, open_row=self.edit_person)

    def _setup_table(self) -> None:
        t = style_table(self.table)
        header = t.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        t.setSortingEnabled(True)
        for i, w in enumerate(COLUMN_WIDTHS):
            t.setColumnWidth(i, w)
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
            self.count_label.setText(self.tr("%1 orang").replace("%1", QLocale().toString(total)))

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
        for b in (self.edit_button, self.placement_button, self.event_button, self.activity_button):
            b.setEnabled(row is not None)
        self.household_button.setEnabled(row is not None and bool(row.no_kk))

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

    # ---- actions ---------------------------------------------------------------------------

    def add_person(self) -> None:
        from desmig_desktop.registry.ui.person_form import PersonForm

        form = PersonForm(self._ctx, self._village, parent=self)
        if form.exec():
            self._changes.notify(PERSONS, HOUSEHOLDS)
            self.select_person(form.saved_id or "")
            self._saved_note(form)

    def edit_person(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        form = PersonForm(self._ctx, self._village, person_id=row.id, parent=self)
        if form.exec():
            self._changes.notify(PERSONS, HOUSEHOLDS)
            self._saved_note(form)

    def _saved_note(self, form) -> None:  # type: ignore[no-untyped-def]
        text = self.tr("Data %1 tersimpan.").replace("%1", " ".join(form.name.text().split()))
        if form.warnings:
            text += " " + " ".join(self.tr("Peringatan: %1").replace("%1", w) for w in form.warnings)
        self.message.emit(text)

    def edit_placements(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desmig_desktop.registry.ui.placement_dialog import PlacementDialog

        dialog = PlacementDialog(self._ctx, row.id, parent=self)
        dialog.exec()
        if dialog.changed:
            self._changes.notify(PERSONS, PLACEMENTS)

    def record_event(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desmig_desktop.registry.ui.life_event_dialog import LifeEventDialog

        if LifeEventDialog(self._ctx, row, parent=self).exec():
            self._changes.notify(PERSONS)

    def show_activity(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from desmig_desktop.ui.activity import PersonActivityDialog

        PersonActivityDialog(self._ctx, row.id, self._activity_sources, parent=self).exec()

    def _show_household(self) -> None:
        row = self.selected_row()
        if row is not None and row.no_kk:
            from desmig_desktop.registry.services.people import find_household

            household = find_household(self._ctx, row.no_kk)
            if household is not None:
                self.open_household.emit(household.id)

    def export_list(self) -> None:
        from desmig_desktop.registry.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self._ctx, self.current_query(), self.model.total(), parent=self)
        dialog.exported.connect(lambda result: self.message.emit(
            self.tr("%1 orang diekspor ke %2").replace("%1", QLocale().toString(result[1] or 0)).replace("%2", str(result[0]))))
        dialog.exec()

    def apply_filter(self, title: str = "", **codes: object) -> None:
        """Show the people behind a figure of Beranda: `codes` are PersonQuery fields (registry.home)."""
        from desmig_desktop.registry.ui.figure_filter import apply_figure_filter

        apply_figure_filter(self, title, codes)

    def load_icons(self) -> None:
        import qtawesome as qta

        for button, name in ((self.add_button, "fa5s.user-plus"), (self.edit_button, "fa5s.pen"),
                             (self.placement_button, "fa5s.plane-departure"), (self.event_button, "fa5s.calendar-alt"),
                             (self.activity_button, "fa5s.chalkboard-teacher"),
                             (self.household_button, "fa5s.home"), (self.export_button, "fa5s.file-export")):
            button.setIcon(qta.icon(name, color="#3c4043"))


def make_page(env: PageEnv) -> PersonPage:
    page = PersonPage(env.ctx, env.village, env.changes, env.parent, env.activity_sources)
    page.open_household.connect(env.open_household)
    page.message.connect(env.message)
    return page
