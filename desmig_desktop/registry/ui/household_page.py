"""The "Keluarga" page: find a household by No. KK (or a member's name) and see its members."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.dto import HouseholdDTO, PersonRow, VillageDTO
from desmig_desktop.registry.enums import RELATIONSHIPS, STATUSES
from desmig_desktop.registry.nik import normalise_number
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.search import PersonQuery, list_persons
from desmig_desktop.registry.ui import HOUSEHOLDS, PERSONS, PLACEMENTS, VILLAGE
from desmig_desktop.registry.ui.person_model import GONE_COLOUR, rw_rt
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.pages import PageEnv
from desmig_desktop.ui.widgets import heading, hint

MAX_MATCHES = 60


class HouseholdPage(QWidget):
    def __init__(self, ctx: ServiceContext, village: VillageDTO, changes: Changes, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._village = village
        self._changes = changes
        self.household: HouseholdDTO | None = None
        self._build()
        self._show(None)
        self.matches.setVisible(False)
        changes.changed.connect(self._on_changes)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari No. KK atau nama anggota keluarga…"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        outer.addLayout(top)
        outer.addWidget(hint(self.tr("Atau pilih orang di halaman Penduduk lalu klik «Lihat keluarga»."), self))

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.matches = QListWidget(split)
        self.matches.setMinimumWidth(260)
        self.matches.itemActivated.connect(self._pick)
        self.matches.currentItemChanged.connect(lambda item, _prev: self._pick(item))

        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.setSpacing(10)
        self.title = heading("", right)
        rl.addWidget(self.title)
        details = QGroupBox(self.tr("Kartu Keluarga"), right)
        form = QFormLayout(details)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        self.fields: dict[str, QLabel] = {}
        for key, text in (("no_kk", self.tr("No. KK")), ("head", self.tr("Kepala keluarga")), ("dusun", self.tr("Dusun")),
                          ("rw_rt", self.tr("RW/RT")), ("address", self.tr("Alamat"))):
            lab = QLabel(details)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = lab
            form.addRow(text, lab)
        rl.addWidget(details)
        self.members = QTableWidget(0, 6, right)
        self.members.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIK"), self.tr("Hubungan"), self.tr("L/P"),
                                                self.tr("Tgl Lahir"), self.tr("Status")])
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(self.members.fontMetrics().height() + 10)
        self.members.setAlternatingRowColors(True)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.doubleClicked.connect(lambda _i: self.edit_member())
        rl.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah anggota"), right)
        self.edit_button = QPushButton(self.tr("Ubah anggota"), right)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        rl.addLayout(buttons)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        outer.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.members.itemSelectionChanged.connect(self._update_buttons)

    # ---- finding ---------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.matches.blockSignals(True)
        self.matches.clear()
        self.matches.blockSignals(False)
        self.matches.setVisible(bool(text))
        if not text:
            return
        digits = normalise_number(text)
        if len(digits) == 16 and digits.isdigit():
            found = registry.find_household(self._ctx, digits)
            if found is not None:
                self.matches.setVisible(False)
                self._show(found)
                return
        seen: set[str] = set()
        for row in list_persons(self._ctx, PersonQuery(text=text, include_gone=True), 0, MAX_MATCHES):
            if not row.no_kk or row.no_kk in seen:
                continue
            seen.add(row.no_kk)
            item = QListWidgetItem(f"{row.name}\n{row.no_kk} · {row.dusun}".rstrip(" ·"))
            item.setData(Qt.ItemDataRole.UserRole, row.no_kk)
            self.matches.addItem(item)
        if not seen:
            item = QListWidgetItem(self.tr("Tidak ada keluarga yang cocok."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.matches.addItem(item)

    def _pick(self, item: QListWidgetItem | None) -> None:
        no_kk = item.data(Qt.ItemDataRole.UserRole) if item else None
        if no_kk:
            self._show(registry.find_household(self._ctx, no_kk))

    def show_household(self, household_id: str) -> None:
        self._show(registry.get_household(self._ctx, household_id))

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
            cells = (m.name, m.nik, label(RELATIONSHIPS, m.relationship_to_head), sex, short_date(m.birth_date),
                     label(STATUSES, m.status))
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
        self.add_button.setEnabled(self.household is not None)
        self.edit_button.setEnabled(self.selected_member() is not None)

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if VILLAGE in kinds:
            from desmig_desktop.registry.services.village import get_village

            self._village = get_village(self._ctx) or self._village
        if self.household is not None and kinds & {PERSONS, HOUSEHOLDS, PLACEMENTS}:
            try:
                self._show(registry.get_household(self._ctx, self.household.id))
            except NotFoundError:
                self._show(None)

    # ---- actions ---------------------------------------------------------------------------

    def add_member(self) -> None:
        if self.household is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        form = PersonForm(self._ctx, self._village, no_kk=self.household.no_kk, parent=self)
        if form.exec():
            self._changes.notify(PERSONS, HOUSEHOLDS)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        from desmig_desktop.registry.ui.person_form import PersonForm

        if PersonForm(self._ctx, self._village, person_id=member.id, parent=self).exec():
            self._changes.notify(PERSONS, HOUSEHOLDS)


def make_page(env: PageEnv) -> HouseholdPage:
    return HouseholdPage(env.ctx, env.village, env.changes, env.parent)
