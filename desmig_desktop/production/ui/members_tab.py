"""Tab Anggota: membership history, retention this year and who dropped out, with why."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.core.periods import parse_period
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import MemberDTO
from desmig_desktop.production.services.groups import dropouts, retention_for
from desmig_desktop.production.services.corrections import delete_member
from desmig_desktop.production.ui.member_dialogs import (
    AddMemberDialog,
    ChangeRoleDialog,
    EditMemberDialog,
    EndMembershipDialog,
)
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns, insert_into
from desmig_desktop.ui.forms import MUTED_COLOUR, muted, subtitle
from desmig_desktop.ui.lists import Column, RowTableModel, TitledTable, make_table, selected_row

ROLE_ORDER = {key: n for n, key in enumerate(("ketua", "sekretaris", "bendahara", "anggota"))}


def leave_text(reason: str | None, note: str) -> str:
    text = label(gr.LEAVE_REASONS, reason)
    return f"{text}: {note}" if text and note else text or note


class MembersTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah anggota"), self)
        self.role_button = QPushButton(self.tr("Ubah jabatan"), self)
        self.end_button = QPushButton(self.tr("Akhiri keanggotaan"), self)
        for b in (self.add_button, self.role_button, self.end_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.show_left = QCheckBox(self.tr("Tampilkan yang sudah keluar"), self)
        actions.addWidget(self.show_left)
        outer.addLayout(actions)
        self.summary = subtitle("", self)
        outer.addWidget(self.summary)
        self.model = RowTableModel([
            Column(self.tr("Nama"), lambda m: m.name, key=lambda m: m.name.lower()),
            Column(self.tr("Jabatan"), lambda m: label(gr.ROLES, m.role), key=lambda m: ROLE_ORDER.get(m.role, 9)),
            Column(self.tr("Masuk"), lambda m: short_date(m.joined_on), key=lambda m: m.joined_on),
            Column(self.tr("Keluar"), lambda m: short_date(m.left_on), key=lambda m: m.left_on,
                   colour=lambda m: MUTED_COLOUR if m.left_on else None),
            Column(self.tr("Alasan keluar"), lambda m: leave_text(m.leave_reason, m.leave_note) if m.left_on else ""),
        ], self)
        # side by side on a wide screen: the members list keeps the height (8 rows and more at 1366x768)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        self.table = fit_columns(make_table(split, self.model, (), sortable=True), 4)
        dropouts = TitledTable(self.tr("Anggota yang keluar dan alasannya"), [
            Column(self.tr("Nama"), lambda d: d.name),
            Column(self.tr("Masuk"), lambda d: short_date(d.joined_on), key=lambda d: d.joined_on),
            Column(self.tr("Keluar"), lambda d: short_date(d.left_on), key=lambda d: d.left_on),
            Column(self.tr("Alasan"), lambda d: label(gr.LEAVE_REASONS, d.reason)),
            Column(self.tr("Keterangan"), lambda d: d.note),
        ], (), split, sortable=False, margins=(6, 0, 0, 0))
        self.dropout_model, self.dropout_table = dropouts.model, dropouts.table
        self.reasons = muted("", dropouts)
        self.reasons.setWordWrap(False)  # a wrapping label would make the block claim its height first
        dropouts.layout().insertWidget(1, self.reasons)
        fit_columns(self.dropout_table, 0)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([580, 520])
        outer.addWidget(split, 1)

        self.add_button.clicked.connect(self.add_member)
        self.role_button.clicked.connect(self.change_role)
        self.end_button.clicked.connect(self.end_membership)
        self.show_left.toggled.connect(lambda _b: self._fill_members())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.record_actions(self.table, self.edit_member, self.delete_member, self.tr("Ubah keanggotaan…"),
                            self.tr("Hapus keanggotaan…"), insert_into(actions, 3))
        self._update_buttons()

    def load(self) -> None:
        assert self.group is not None
        self._fill_members()
        year = self.ctx.today().year
        at_start, kept = retention_for(self.ctx, self.group.id, parse_period(str(year)))
        active = len(self.group.active_members)
        if at_start:
            retention = self.tr("Retensi %1: %2 dari %Ln anggota awal tahun masih aktif (%3%).", "", at_start).replace(
                "%1", str(year)).replace("%2", str(kept)).replace("%3", str(round(100 * kept / at_start)))
        else:
            retention = self.tr("Retensi %1: belum ada anggota pada awal tahun.").replace("%1", str(year))
        self.summary.setText(self.tr("%Ln anggota aktif. ", "", active) + retention)
        gone = dropouts(self.ctx, group_id=self.group.id)
        self.dropout_model.set_rows(gone)
        counts = Counter(label(gr.LEAVE_REASONS, d.reason) for d in gone)
        self.reasons.setText(", ".join(f"{k} {n}" for k, n in counts.most_common())
                             if counts else self.tr("Belum ada anggota yang keluar."))
        enabled = self.group.status == "aktif"
        self.add_button.setEnabled(enabled)
        self.add_button.setToolTip("" if enabled else self.tr("Kelompok sudah berhenti: aktifkan lagi dulu."))

    def _fill_members(self) -> None:
        if self.group is None:
            return
        members = [m for m in self.group.members if self.show_left.isChecked() or m.active]
        members.sort(key=lambda m: (not m.active, ROLE_ORDER.get(m.role, 9), m.name.lower()))
        self.model.set_rows(members)
        self._update_buttons()

    def selected(self) -> MemberDTO | None:
        return selected_row(self.table)

    def _update_buttons(self, *_args: object) -> None:
        m = self.selected()
        self.role_button.setEnabled(m is not None and m.active)
        self.end_button.setEnabled(m is not None and m.active)

    def add_member(self) -> None:
        if self.group is not None and self.open_dialog(AddMemberDialog(self.ctx, self.group, self)):
            self.saved()

    def edit_member(self) -> None:
        m = self.selected()
        if m is not None and self.open_dialog(EditMemberDialog(self.ctx, m, self)):
            self.saved()

    def delete_member(self) -> None:
        m = self.selected()
        if m is None or self.group is None:
            return
        what = self.tr("keanggotaan %1 di %2 (masuk %3)").replace("%1", m.name).replace("%2", self.group.name) \
            .replace("%3", short_date(m.joined_on))
        self.delete_with_undo(what, [], lambda: delete_member(self.ctx, m.id),
                              self.tr("Keanggotaan %1 dihapus.").replace("%1", m.name))

    def change_role(self) -> None:
        m = self.selected()
        if m is not None and m.active and self.open_dialog(ChangeRoleDialog(self.ctx, m, self)):
            self.saved()

    def end_membership(self) -> None:
        m = self.selected()
        if m is not None and m.active and self.open_dialog(EndMembershipDialog(self.ctx, m, self)):
            self.saved()
