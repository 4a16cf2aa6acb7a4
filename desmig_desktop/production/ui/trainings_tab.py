"""Tab Pelatihan: trainings the group was invited to, who attended; add a training, change attendance."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.dto import TrainingDTO
from desmig_desktop.activities.services.trainings import (
    TrainingInput,
    create_training,
    delete_training,
    list_trainings,
    set_attendance,
    update_training,
)
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import label
from desmig_desktop.production.dto import GroupDTO, MemberDTO
from desmig_desktop.production.services.groups import get_group, list_groups
from desmig_desktop.production.ui.tab_base import GroupTab, fit_columns, insert_into
from desmig_desktop.ui.dates import DateEdit, end_follows_start
from desmig_desktop.ui.forms import CheckList, FormDialog, muted, period_text
from desmig_desktop.ui.lists import Column, RowTableModel, make_table, selected_row
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


def active_on(m: MemberDTO, day: date) -> bool:
    return m.joined_on <= day and (m.left_on is None or m.left_on > day)


class TrainingDialog(FormDialog):
    """Tambah pelatihan: what, who gave it, when and where, which groups were invited, who came."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None,
                 training: TrainingDTO | None = None):
        super().__init__(self.tr("Ubah pelatihan") if training else self.tr("Tambah pelatihan"), parent)
        self.setMinimumWidth(620)
        self._ctx = ctx
        self._training = training
        self._groups: dict[str, GroupDTO] = {group.id: group}
        today = ctx.today()
        self.title = self.field("title", self.tr("Judul pelatihan"), QLineEdit(self))
        self.title.setPlaceholderText(self.tr("mis. Pelatihan pengolahan salak"))
        self.kind = self.field("kind", self.tr("Jenis"), QComboBox(self))
        fill_combo(self.kind, ar.TRAINING_KINDS)
        self.provider = self.field("provider", self.tr("Penyelenggara"), QComboBox(self))
        fill_combo(self.provider, ar.TRAINING_PROVIDERS)
        self.provider_name = self.field("provider_name", self.tr("Nama penyelenggara"), QLineEdit(self))
        self.provider_name.setPlaceholderText(self.tr("mis. BLK Wonosobo (wajib bila 'Lainnya')"))
        self.start_on = self.field("start_on", self.tr("Tanggal mulai"), DateEdit(today, self))
        self.end_on = self.field("end_on", self.tr("Tanggal selesai"), DateEdit(today, self))
        self.place = self.field("place", self.tr("Tempat"), QLineEdit(self))
        self.place.setPlaceholderText(self.tr("mis. Balai Desa Kuripan"))
        self.invited = self.field("groups", self.tr("Kelompok diundang"), CheckList(self))
        self.invited.setMinimumHeight(90)
        invited = set(training.group_ids) if training else {group.id}
        self.invited.set_items((g.id, g.name, g.id in invited) for g in list_groups(ctx)
                               if g.status == "aktif" or g.id in invited)
        self.attendees = self.field("attendees", self.tr("Hadir"), CheckList(self))
        self.attendees.setMinimumHeight(160)
        self.finish()
        if training is not None:
            self.title.setText(training.title)
            set_combo_value(self.kind, training.kind)
            set_combo_value(self.provider, training.provider)
            self.provider_name.setText(training.provider_name)
            self.start_on.set_value(training.start_on)
            self.end_on.set_value(training.end_on or training.start_on)
            self.place.setText(training.place)
        self._fill_attendees(set(training.attendee_ids) if training else None)
        self.invited.itemChanged.connect(lambda _i: self._fill_attendees())
        end_follows_start(self.start_on, self.end_on)
        self.start_on.date_changed.connect(lambda _d: self._fill_attendees())
        self.title.setFocus()

    def _fill_attendees(self, checked: set[str] | None = None) -> None:
        checked = set(self.attendees.checked_ids()) if checked is None else checked
        day = self.start_on.value()
        items = []
        for gid in self.invited.checked_ids():
            if gid not in self._groups:
                self._groups[gid] = get_group(self._ctx, gid)
            g = self._groups[gid]
            for m in sorted(g.members, key=lambda m: m.name.lower()):
                if active_on(m, day) and m.person_id not in {i[0] for i in items}:
                    items.append((m.person_id, f"{m.name} ({g.name})", m.person_id in checked))
        self.attendees.blockSignals(True)
        self.attendees.set_items(items)
        self.attendees.blockSignals(False)

    def saved_text(self) -> str:
        return self.tr("Pelatihan %1 disimpan.").replace("%1", self.title.text().strip())

    def save(self) -> None:
        # people who attended but are not listed here (their group was not invited) keep their attendance
        others = tuple(sorted(set(self._training.attendee_ids) - set(self.attendees.ids()))) if self._training else ()
        data = TrainingInput(
            title=self.title.text(), kind=self.kind.currentData(), provider=self.provider.currentData(),
            start_on=self.start_on.value(), end_on=self.end_on.value(), place=self.place.text(),
            provider_name=self.provider_name.text(), group_ids=self.invited.checked_ids(),
            attendee_ids=others + self.attendees.checked_ids())
        if self._training is None:
            saved = create_training(self._ctx, data)
        else:
            saved = update_training(self._ctx, self._training.id, data)
        self.saved_id, self.warnings = saved.id, saved.warnings  # an attendee abroad that day


class AttendanceDialog(FormDialog):
    """Ubah kehadiran: tick the members of this group who came (other groups' attendance is kept)."""

    def __init__(self, ctx: ServiceContext, training: TrainingDTO, group: GroupDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Kehadiran: %1").replace("%1", training.title), parent)
        self._ctx = ctx
        self._training = training
        present = set(training.attendee_ids)
        shown = [m for m in sorted(group.members, key=lambda m: m.name.lower())
                 if active_on(m, training.start_on) or m.person_id in present]
        self.attendees = self.field("attendees", self.tr("Hadir"), CheckList(self))
        self.attendees.setMinimumHeight(260)
        self.attendees.set_items((m.person_id, m.name, m.person_id in present) for m in shown)
        self.form.addRow("", muted(self.tr("Spasi mencentang anggota yang terpilih."), self))
        self.finish()
        self.attendees.setFocus()

    def saved_text(self) -> str:
        return self.tr("Kehadiran %1 disimpan.").replace("%1", self._training.title)

    def save(self) -> None:
        others = set(self._training.attendee_ids) - set(self.attendees.ids())
        self.warnings = set_attendance(self._ctx, self._training.id, tuple(sorted(others)) + self.attendees.checked_ids())
        self.saved_id = self._training.id


class TrainingsTab(GroupTab):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Tambah pelatihan"), self)
        self.attendance_button = QPushButton(self.tr("Ubah kehadiran"), self)
        actions.addWidget(self.add_button)
        actions.addWidget(self.attendance_button)
        actions.addStretch(1)
        outer.addLayout(actions)
        self.model = RowTableModel([
            Column(self.tr("Tanggal"), lambda t: period_text(t.start_on, t.end_on), key=lambda t: t.start_on),
            Column(self.tr("Judul"), lambda t: t.title),
            Column(self.tr("Jenis"), lambda t: label(ar.TRAINING_KINDS, t.kind)),
            Column(self.tr("Penyelenggara"), lambda t: t.provider_name or label(ar.TRAINING_PROVIDERS, t.provider)),
            Column(self.tr("Tempat"), lambda t: t.place),
            Column(self.tr("Hadir"), self._attendance_text, right=True),
        ], self)
        self.table = fit_columns(make_table(self, self.model, (), sortable=True), 1)
        outer.addWidget(self.table, 1)
        self.detail = muted("", self)
        outer.addWidget(self.detail)
        self.add_button.clicked.connect(self.add_training)
        self.attendance_button.clicked.connect(self.edit_attendance)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.record_actions(self.table, self.edit_training, self.delete_training, self.tr("Ubah pelatihan…"),
                            self.tr("Hapus pelatihan…"), insert_into(actions, 1))
        self._show_detail()

    def _attendance_text(self, t: TrainingDTO) -> str:
        if self.group is None:
            return ""
        mine = [m for m in self.group.members if active_on(m, t.start_on) or m.person_id in t.attendee_ids]
        came = sum(1 for m in mine if m.person_id in t.attendee_ids)
        return self.tr("%1 dari %2").replace("%1", str(came)).replace("%2", str(len(mine)))

    def load(self) -> None:
        assert self.group is not None
        self.model.set_rows(list_trainings(self.ctx, group_id=self.group.id))
        self._show_detail()

    def selected(self) -> TrainingDTO | None:
        return selected_row(self.table)

    def _show_detail(self, *_args: object) -> None:
        t = self.selected()
        self.attendance_button.setEnabled(t is not None)
        if t is None or self.group is None:
            self.detail.setText(self.tr("Pilih pelatihan untuk melihat siapa yang hadir."))
            return
        names = sorted(m.name for m in self.group.members if m.person_id in t.attendee_ids)
        self.detail.setText(self.tr("Hadir dari kelompok ini: %1").replace("%1", ", ".join(names) or self.tr("belum ada")))

    def add_training(self) -> None:
        if self.group is not None and self.open_dialog(TrainingDialog(self.ctx, self.group, self)):
            self.saved()

    def edit_training(self) -> None:
        t = self.selected()
        if t is not None and self.group is not None and self.open_dialog(TrainingDialog(self.ctx, self.group, self, t)):
            self.saved()

    def delete_training(self) -> None:
        t = self.selected()
        if t is None:
            return
        what = self.tr("pelatihan %1 (%2)").replace("%1", t.title).replace("%2", period_text(t.start_on, t.end_on))
        goes = [self.tr("daftar hadir (%Ln orang)", "", len(t.attendee_ids))] if t.attendee_ids else []
        self.delete_with_undo(what, goes, lambda: delete_training(self.ctx, t.id), self.tr("Pelatihan dihapus."))

    def edit_attendance(self) -> None:
        t = self.selected()
        if t is not None and self.group is not None and self.open_dialog(AttendanceDialog(self.ctx, t, self.group, self)):
            self.saved()
