"""The "Keluarga" page: every family card of the village (search, sort, filter by dusun), and the members of the
one selected, with the corrections of a family: address, moving a member, splitting, deleting an empty card."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import (
    HouseholdDTO,
    HouseholdRow,
    PersonRow,
    VillageDTO,
)
from desmig_desktop.registry.enums import RELATIONSHIPS, STATUSES
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.households import HouseholdQuery
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS, VILLAGE
from desmig_desktop.registry.ui.household_model import HouseholdListModel, nik_text
from desmig_desktop.registry.ui.person_model import GONE_COLOUR, rw_rt
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.lists import (
    context_menu,
    list_shortcuts,
    search_as_you_type,
    style_table,
)
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import heading


COUNT_DELAY_MS = 400  # the count of a long list waits until the typing has stopped this long


class HouseholdPage(QWidget):
    def __init__(self, ctx: ServiceContext, village: VillageDTO, changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._village = village
        self._changes = changes
        self.household: HouseholdDTO | None = None
        self._build()
        self._fill_dusuns()
        self.apply_filters()
        changes.changed.connect(self._on_changes)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari No. KK atau nama anggota keluarga…"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.dusun = QComboBox(self)
        self.dusun.setAccessibleName(self.tr("Dusun"))
        top.addWidget(self.dusun)
        self.count_label = QLabel(self)
        top.addWidget(self.count_label)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Vertical, self)
        self.model = HouseholdListModel(self._ctx, self)
        self.table = style_table(QTableView(split))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the head's name takes the spare width
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for col, width in enumerate((150, 230, 130, 70, 80, 110)):
            self.table.setColumnWidth(col, width)

        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 6, 0, 0)
        rl.setSpacing(6)
        self.title = heading("", right)
        rl.addWidget(self.title)
        details = QGroupBox(self.tr("Kartu Keluarga"), right)
        form = QFormLayout(details)
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(16)
        self.fields: dict[str, QLabel] = {}
        for key, text in (("no_kk", self.tr("No. KK")), ("head", self.tr("Kepala keluarga")), ("dusun", self.tr("Dusun")),
                          ("rw_rt", self.tr("RW/RT")), ("address", self.tr("Alamat"))):
            lab = QLabel(details)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = lab
            form.addRow(text, lab)
        body = QHBoxLayout()
        body.addWidget(details)
        self.members = QTableWidget(0, 6, right)
        self.members.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIK"), self.tr("Hubungan"), self.tr("L/P"),
                                                self.tr("Tgl Lahir"), self.tr("Status")])
        style_table(self.members)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        mh = self.members.horizontalHeader()
        mh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.doubleClicked.connect(lambda _i: self.edit_member())
        body.addWidget(self.members, 1)
        rl.addLayout(body, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah anggota"), right)
        self.edit_button = QPushButton(self.tr("Ubah anggota"), right)
        self.move_button = QPushButton(self.tr("Pindah ke KK lain…"), right)
        self.split_button = QPushButton(self.tr("Pecah KK…"), right)
        self.address_button = QPushButton(self.tr("Ubah alamat…"), right)
        self.delete_button = QPushButton(self.tr("Hapus KK"), right)
        for b in (self.add_button, self.edit_button, self.move_button, self.split_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.address_button)
        buttons.addWidget(self.delete_button)
        rl.addLayout(buttons)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        self._timer = search_as_you_type(self.search, self.apply_filters)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._show_count)
        self.search.textChanged.connect(lambda _t: self._count_timer.stop())
        self.search.returnPressed.connect(self.apply_filters)
        self.dusun.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._pick(cur.row()))
        self.model.modelReset.connect(self._after_reset)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.move_button.clicked.connect(self.move_member)
        self.split_button.clicked.connect(self.split_household)
        self.address_button.clicked.connect(self.edit_address)
        self.delete_button.clicked.connect(self.delete_household)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        list_shortcuts(self, self.table, self.search.setFocus, add=self.add_member)
        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.actions_by_key: dict[str, QAction] = {}
        for key, button, tip, keys, where in (
            ("address", self.address_button, self.tr("Ubah dusun, RW, RT dan alamat KK yang dipilih"), "Ctrl+E", self),
            ("move", self.move_button, self.tr("Pindahkan anggota yang dipilih ke KK lain"), "Ctrl+M", self),
            ("split", self.split_button, self.tr("Pecah KK: sebagian anggota pindah ke KK baru"), "Ctrl+K", self),
            ("delete", self.delete_button, self.tr("Hapus KK yang dipilih (hanya bila tanpa anggota)"), "Del",
             self.table),
            ("edit", self.edit_button, self.tr("Ubah data anggota yang dipilih"), "Return", self.members),
        ):
            action = QAction(button.text(), where)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(page_wide if where is self else Qt.ShortcutContext.WidgetShortcut)
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shown})")
            button.setToolTip(action.toolTip())
            action.triggered.connect(lambda _c=False, b=button: b.click() if b.isEnabled() else None)
            where.addAction(action)
            self.actions_by_key[key] = action
        context_menu(self.table, [self.actions_by_key[k] for k in ("address", "split", "delete")])

    def _fill_dusuns(self) -> None:
        current = self.dusun.currentData()
        self.dusun.blockSignals(True)
        self.dusun.clear()
        self.dusun.addItem(self.tr("Semua dusun"), None)
        for d in self._village.dusuns:
            self.dusun.addItem(d.name, d.id)
        self.dusun.setCurrentIndex(max(0, self.dusun.findData(current)))
        self.dusun.blockSignals(False)

    # ---- the list --------------------------------------------------------------------------

    def current_query(self) -> HouseholdQuery:
        q = self.model.query
        return HouseholdQuery(self.search.text(), self.dusun.currentData(), q.sort, q.descending)

    def apply_filters(self, select_id: str | None = None) -> None:
        self._timer.stop()
        keep = select_id or (self.household.id if self.household else None)
        self.model.reload(self.current_query())
        if self.model.total_known():
            self._show_count()
        else:  # counted once the typing stops and the first page is on screen
            self.count_label.setText(self.tr("%Ln+ KK", "", self.model.rowCount()))
            self._count_timer.start()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount() == 1:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self._pick(row)
        elif select_id is None:
            self._show(None)

    def _show_count(self) -> None:
        self._count_timer.stop()
        self.count_label.setText(self.tr("%Ln KK", "", self.model.total()))

    def _after_reset(self) -> None:
        self.table.clearSelection()

    def _pick(self, row: int) -> None:
        picked = self.model.row_at(row)
        if picked is None:
            return
        if self.household is None or self.household.id != picked.id:
            try:
                self._show(registry.get_household(self._ctx, picked.id))
            except NotFoundError:
                self._show(None)

    def selected_household(self) -> HouseholdRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_household(self, household_id: str) -> None:
        """Show this family, highlighted in the list: the list is narrowed to its No. KK (every dusun), so the row
        highlighted is exactly the family shown."""
        h = registry.get_household(self._ctx, household_id)
        self.dusun.blockSignals(True)
        self.dusun.setCurrentIndex(0)
        self.dusun.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(h.no_kk)
        self.search.blockSignals(False)
        self._show(h)
        self.apply_filters(select_id=h.id)

    # ---- showing ---------------------------------------------------------------------------

    def _show(self, h: HouseholdDTO | None) -> None:
        self.household = h
        if h is None:
            self.title.setText(self.tr("Belum ada keluarga yang dipilih"))
            for lab in self.fields.values():
                lab.setText("—")
            self.members.setRowCount(0)
            self._update_buttons()
            return
        self.title.setText(self.tr("Keluarga %1").replace("%1", h.head_name or h.no_kk))
        values = {"no_kk": h.no_kk, "head": h.head_name or "—", "dusun": h.dusun or "—",
                  "rw_rt": rw_rt(h) or "—", "address": h.address or "—"}
        for key, value in values.items():
            self.fields[key].setText(value)
        self.members.setRowCount(len(h.members))
        for r, m in enumerate(h.members):
            sex = {"L": self.tr("L", "laki-laki"), "P": self.tr("P", "perempuan")}.get(m.sex, m.sex)
            cells = (m.name, nik_text(m.nik), label(RELATIONSHIPS, m.relationship_to_head), sex,
                     short_date(m.birth_date), label(STATUSES, m.status))
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, m)
                if not m.in_village:
                    item.setForeground(GONE_COLOUR)
                    item.setToolTip(self.tr("Sudah pindah keluar atau meninggal"))
                self.members.setItem(r, c, item)
        self._update_buttons()

    def selected_member(self) -> PersonRow | None:
        rows = self.members.selectionModel().selectedRows()
        return self.members.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _update_buttons(self) -> None:
        has = self.household is not None
        member = self.selected_member() is not None
        for b in (self.add_button, self.address_button, self.delete_button):
            b.setEnabled(has)
        self.split_button.setEnabled(has and len(self.household.members) > 1 if self.household else False)
        self.edit_button.setEnabled(member)
        self.move_button.setEnabled(member)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if VILLAGE in kinds:
            from desmig_desktop.registry.services.village import get_village

            self._village = get_village(self._ctx) or self._village
            self._fill_dusuns()
        if kinds & {PERSONS, HOUSEHOLDS, PLACEMENTS, VILLAGE}:
            if self.household is not None:
                try:
                    self._show(registry.get_household(self._ctx, self.household.id))
                except NotFoundError:
                    self._show(None)
            self.apply_filters()

    # ---- actions ---------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        """Run a form; it is deleted afterwards (a dialog left parented to the page lives as long as the page)."""
        try:
            return bool(dialog.exec())
        finally:
            dialog.deleteLater()

    def add_member(self) -> None:
        if self.household is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        if self._run(PersonForm(self._ctx, self._village, no_kk=self.household.no_kk, parent=self)):
            self._changes.notify(PERSONS, HOUSEHOLDS)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        if self._run(PersonForm(self._ctx, self._village, person_id=member.id, parent=self)):
            self._changes.notify(PERSONS, HOUSEHOLDS)

    def edit_address(self) -> None:
        if self.household is None:
            return
        from desmig_desktop.registry.ui.household_dialogs import AddressDialog

        if self._run(AddressDialog(self._ctx, self._village, self.household, parent=self)):
            self._changes.notify(HOUSEHOLDS, PERSONS)

    def move_member(self) -> None:
        member = self.selected_member()
        if self.household is None or member is None:
            return
        from desmig_desktop.registry.ui.household_dialogs import MoveMemberDialog

        if self._run(MoveMemberDialog(self._ctx, self.household, member, parent=self)):
            self._changes.notify(PERSONS, HOUSEHOLDS)

    def split_household(self) -> None:
        if self.household is None:
            return
        from desmig_desktop.registry.ui.household_dialogs import SplitDialog

        dialog = SplitDialog(self._ctx, self._village, self.household, parent=self)
        if self._run(dialog) and dialog.saved_id:
            self._changes.notify(PERSONS, HOUSEHOLDS)
            self.show_household(dialog.saved_id)

    def delete_household(self) -> None:
        h = self.household
        if h is None:
            return
        from desmig_desktop.registry.ui.household_dialogs import delete_household_asking

        if delete_household_asking(self, self._ctx, h, lambda: self._changes.notify(HOUSEHOLDS, PERSONS)):
            self._show(None)
            self._changes.notify(HOUSEHOLDS, PERSONS)


def make_page(env: PageEnv) -> HouseholdPage:
    return HouseholdPage(env.ctx, env.village, env.changes, env.parent)


__all__ = ["HouseholdListModel", "HouseholdPage", "make_page"]
