"""Membership dialogs: add a registered person, end a membership, change a role."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.i18n import label
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupDTO, LeaveCheck, MemberDTO
from desmig_desktop.production.services.corrections import update_member
from desmig_desktop.production.services.groups import add_member, change_role, check_leave, end_membership
from desmig_desktop.registry.enums import LIFE_EVENTS
from desmig_desktop.registry.services.search import PersonQuery, list_persons, person_line
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, raise_local
from desmig_desktop.ui.picker import PersonPicker
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


class AddMemberDialog(FormDialog):
    """Pick a registered person by typing a name or NIK, then a role and the day they joined."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Tambah anggota %1").replace("%1", group.name), parent)
        self.setMinimumWidth(660)
        self._ctx = ctx
        self._group = group
        self.warnings: tuple[str, ...] = ()  # what the save warned about (abroad on the joining day)
        active = {m.person_id for m in group.active_members}
        picker = PersonPicker(lambda text, limit: list_persons(ctx, PersonQuery(text=text), limit=limit),
                              lambda r: person_line(r) + (self.tr(" — sudah anggota") if r.id in active else ""), self)
        self.search, self.results, self.result_hint = picker.search, picker.results, picker.result_hint
        self.picker = picker
        self.field("person", self.tr("Orang"), picker)
        self.role = self.field("role", self.tr("Jabatan"), QComboBox(self))
        fill_combo(self.role, gr.ROLES)
        set_combo_value(self.role, "anggota")
        self.joined_on = self.field("joined_on", self.tr("Tanggal masuk"), DateEdit(ctx.today(), self))
        self.finish()
        self.search.setFocus()

    def saved_text(self) -> str:
        return self.tr("Anggota ditambahkan ke %1.").replace("%1", self._group.name)

    def search_now(self) -> None:
        self.picker.search_now()

    def person_id(self) -> str | None:
        return self.picker.person_id()

    def save(self) -> None:
        pid = self.person_id()
        raise_local([] if pid else [Issue("person", self.tr("Pilih orang dari hasil pencarian (ketik nama atau NIK)."))])
        saved = add_member(self._ctx, self._group.id, pid or "", self.joined_on.value(), self.role.currentData())
        self.saved_id, self.warnings = saved.id, saved.warnings


class EndMembershipDialog(FormDialog):
    """Akhiri keanggotaan: the day the member left and why (the reason feeds the dropout report)."""

    def __init__(self, ctx: ServiceContext, member: MemberDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Akhiri keanggotaan %1").replace("%1", member.name), parent,
                         ok_text=self.tr("Akhiri keanggotaan"))
        self._ctx = ctx
        self._member = member
        self.left_on = self.field("left_on", self.tr("Tanggal keluar"), DateEdit(ctx.today(), self))
        self.reason = self.field("leave_reason", self.tr("Alasan keluar"), QComboBox(self))
        fill_combo(self.reason, gr.LEAVE_REASONS, empty=self.tr("(pilih alasan)"))
        self.note = self.field("leave_note", self.tr("Keterangan"), QLineEdit(self))
        self.note.setPlaceholderText(self.tr("wajib bila alasan 'Lainnya', mis. menikah ke luar desa"))
        # A reason the register contradicts (moved, died) can be recorded there too, in the same step.
        self.record_event = QCheckBox(self)
        self.record_event.setVisible(False)
        self.outer.addWidget(self.record_event)
        self.check: LeaveCheck | None = None
        self.finish()
        self.reason.currentIndexChanged.connect(lambda _i: self.recheck())
        self.left_on.date_changed.connect(lambda _d: self.recheck())
        self.left_on.setFocus()

    def recheck(self) -> None:
        """Show what the register lacks for this reason, and offer to record the missing life event."""
        day = self.left_on.value()
        reason = self.reason.currentData()
        self.check = check_leave(self._ctx, self._member.id, day, reason) if day and reason else None
        self.boxes["leave_reason"].set_message(self.check.message if self.check else "", warning=True)
        kind = self.check.event_kind if self.check else None
        self.record_event.setVisible(kind is not None)
        if kind is not None and day is not None:
            self.record_event.setText(self.tr("Catat juga di data penduduk: %1 pada %2").replace(
                "%1", label(LIFE_EVENTS, kind)).replace("%2", day.strftime("%d/%m/%Y")))
        else:
            self.record_event.setChecked(False)

    def saved_text(self) -> str:
        return self.tr("Keanggotaan %1 diakhiri.").replace("%1", self._member.name)

    def save(self) -> None:
        end_membership(self._ctx, self._member.id, self.left_on.value(), self.reason.currentData() or "",
                       self.note.text(), record_missing_event=self.record_event.isChecked())
        self.saved_id = self._member.id


class ChangeRoleDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, member: MemberDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah jabatan %1").replace("%1", member.name), parent)
        self._ctx = ctx
        self._member = member
        self.role = self.field("role", self.tr("Jabatan"), QComboBox(self))
        fill_combo(self.role, gr.ROLES)
        set_combo_value(self.role, member.role)
        self.finish()
        self.role.setFocus()

    def saved_text(self) -> str:
        return self.tr("Jabatan %1 sekarang %2.").replace("%1", self._member.name).replace("%2", self.role.currentText())

    def save(self) -> None:
        change_role(self._ctx, self._member.id, self.role.currentData())
        self.saved_id = self._member.id


class EditMemberDialog(FormDialog):
    """Ubah keanggotaan: correct the day a member joined (and, for one who left, the day and the reason)."""

    def __init__(self, ctx: ServiceContext, member: MemberDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah keanggotaan %1").replace("%1", member.name), parent)
        self._ctx = ctx
        self._member = member
        self.joined_on = self.field("joined_on", self.tr("Tanggal masuk"), DateEdit(member.joined_on, self))
        self.left_on = self.reason = self.note = None
        if member.left_on is not None:
            self.left_on = self.field("left_on", self.tr("Tanggal keluar"), DateEdit(member.left_on, self))
            self.reason = self.field("leave_reason", self.tr("Alasan keluar"), QComboBox(self))
            fill_combo(self.reason, gr.LEAVE_REASONS, empty=self.tr("(pilih alasan)"))
            set_combo_value(self.reason, member.leave_reason)
            self.note = self.field("leave_note", self.tr("Keterangan"), QLineEdit(self))
            self.note.setText(member.leave_note)
        self.finish()
        self.joined_on.setFocus()

    def saved_text(self) -> str:
        return self.tr("Keanggotaan %1 disimpan.").replace("%1", self._member.name)

    def save(self) -> None:
        if self.left_on is None:
            update_member(self._ctx, self._member.id, self.joined_on.value())
        else:
            update_member(self._ctx, self._member.id, self.joined_on.value(), self.left_on.value(),
                          self.reason.currentData(), self.note.text())
        self.saved_id = self._member.id
