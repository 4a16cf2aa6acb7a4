"""The corrections of a family card: its address, moving a member to another KK, splitting a family, deleting an
empty card (with undo). Each dialog calls one use case of registry.services.households (one transaction)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QSpinBox, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.i18n import label
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import HouseholdDTO, PersonRow, VillageDTO
from desmig_desktop.registry.nik import normalise_number
from desmig_desktop.registry.rules import HouseholdInput
from desmig_desktop.registry.services.households import (
    AddressInput,
    delete_household,
    household_options,
    move_member,
    split_household,
    update_household_address,
)
from desmig_desktop.registry.services.life_events import restore_registry_record
from desmig_desktop.registry.ui.person_model import rw_rt
from desmig_desktop.ui.feedback import confirm_delete, offer_undo
from desmig_desktop.ui.forms import CheckList, FormDialog, muted, tell
from desmig_desktop.ui.lists import pick_keys, picked, search_as_you_type, show_matches
from desmig_desktop.ui.widgets import combo_value, fill_combo, set_combo_value


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class _AddressFields:
    """Dusun, RW, RT and the address line of a family card, as fields of a FormDialog."""

    def __init__(self, form: FormDialog, village: VillageDTO, h: HouseholdDTO | None):
        self.dusun = QComboBox(form)
        self.dusun.addItem("—", None)
        for d in village.dusuns:
            self.dusun.addItem(d.name, d.id)
        self.rw, self.rt = QSpinBox(form), QSpinBox(form)
        for spin in (self.rw, self.rt):
            spin.setRange(0, 999)
            spin.setSpecialValueText("—")
        self.address = QLineEdit(form)
        self.address.setPlaceholderText(translate("household_dialogs", "mis. Jl. Salak No. 3"))
        form.field("dusun", translate("household_dialogs", "Dusun"), self.dusun)
        form.field("rw", translate("household_dialogs", "RW"), self.rw)
        form.field("rt", translate("household_dialogs", "RT"), self.rt)
        form.field("address", translate("household_dialogs", "Alamat"), self.address)
        if h is not None:
            set_combo_value(self.dusun, h.dusun_id)
            self.rw.setValue(h.rw or 0)
            self.rt.setValue(h.rt or 0)
            self.address.setText(h.address)

    def value(self) -> AddressInput:
        return AddressInput(combo_value(self.dusun), self.rw.value() or None, self.rt.value() or None,
                            self.address.text())


class AddressDialog(FormDialog):
    """Correct where a family lives (the No. KK stays)."""

    def __init__(self, ctx: ServiceContext, village: VillageDTO, h: HouseholdDTO, parent: QWidget | None = None):
        super().__init__(translate("household_dialogs", "Ubah alamat KK %1").replace("%1", h.no_kk), parent)
        self._ctx, self._h = ctx, h
        self.place = _AddressFields(self, village, h)
        self.finish()
        self.place.dusun.setFocus()

    def save(self) -> None:
        self.saved_id = update_household_address(self._ctx, self._h.id, self.place.value()).id

    def saved_text(self) -> str:
        return translate("household_dialogs", "Alamat KK %1 tersimpan.").replace("%1", self._h.no_kk)


def _member_text(m: PersonRow) -> str:
    return f"{m.name} · {label(enums.RELATIONSHIPS, m.relationship_to_head)}"


def _fill_people(combo: QComboBox, people: list[PersonRow]) -> None:
    """A choice of people with nothing chosen at first (the officer names them)."""
    combo.clear()
    combo.addItem(translate("household_dialogs", "— pilih —"), None)
    for m in people:
        combo.addItem(_member_text(m), m.id)


class MoveMemberDialog(FormDialog):
    """Move one member to another family card: the card is searched by No. KK or a member's name, and picked —
    never chosen for the officer."""

    def __init__(self, ctx: ServiceContext, h: HouseholdDTO, member: PersonRow, parent: QWidget | None = None):
        super().__init__(translate("household_dialogs", "Pindahkan %1 ke KK lain").replace("%1", member.name), parent,
                         ok_text=translate("household_dialogs", "Pindahkan"))
        self.setMinimumWidth(520)
        self._ctx, self._h, self._member = ctx, h, member
        self.outer.insertWidget(0, muted(translate("household_dialogs", "Dari KK %1 (%2). Cari KK tujuan dengan No. KK atau nama anggotanya.")
                                         .replace("%1", h.no_kk).replace("%2", h.head_name or "—"), self))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("household_dialogs", "No. KK atau nama…"))
        self.search.setClearButtonEnabled(True)
        self.field("search", translate("household_dialogs", "Cari KK"), self.search)
        self.targets = QListWidget(self)
        self.targets.setMinimumHeight(140)
        self.field("target", translate("household_dialogs", "KK tujuan"), self.targets)
        self.relationship = QComboBox(self)
        fill_combo(self.relationship, enums.RELATIONSHIPS, empty=translate("household_dialogs", "— pilih —"))
        self.field("relationship", translate("household_dialogs", "Hubungan di KK tujuan"), self.relationship)
        others = [m for m in h.members if m.id != member.id]
        self.new_head = QComboBox(self)
        _fill_people(self.new_head, others)
        if member.relationship_to_head == "kepala" and others:
            self.field("new_head", translate("household_dialogs", "Kepala keluarga baru KK lama"), self.new_head)
        else:
            self.new_head.setVisible(False)
        self.finish()
        self._timer = search_as_you_type(self.search, self.find)
        pick_keys(self.search, self.targets)
        self.search.setFocus()

    def find(self) -> None:
        self._timer.stop()
        rows = household_options(self._ctx, self.search.text(), exclude_id=self._h.id)
        show_matches(self.targets, [(f"{r.no_kk} · {r.head_name or '—'} · {r.dusun or '—'} {rw_rt(r)}".rstrip(), r.id)
                                    for r in rows])

    def save(self) -> None:
        self.saved_id = move_member(self._ctx, self._member.id, picked(self.targets) or "",
                                    combo_value(self.relationship) or "", combo_value(self.new_head)).id

    def saved_text(self) -> str:
        return translate("household_dialogs", "%1 dipindahkan ke KK lain.").replace("%1", self._member.name)


class SplitDialog(FormDialog):
    """Split a family: the members who leave, the new No. KK, its head and its address."""

    def __init__(self, ctx: ServiceContext, village: VillageDTO, h: HouseholdDTO, parent: QWidget | None = None):
        super().__init__(translate("household_dialogs", "Pecah KK %1").replace("%1", h.no_kk), parent,
                         ok_text=translate("household_dialogs", "Pecah KK"))
        self.setMinimumWidth(540)
        self._ctx, self._h = ctx, h
        live = list(h.members)
        self.members = CheckList(self)
        self.members.set_items((m.id, _member_text(m), False) for m in live)
        self.field("members", translate("household_dialogs", "Anggota yang pindah"), self.members)
        self.no_kk = QLineEdit(self)
        self.no_kk.setPlaceholderText(translate("household_dialogs", "16 angka sesuai Kartu Keluarga baru"))
        self.no_kk.setMaxLength(24)
        self.field("no_kk", translate("household_dialogs", "No. KK baru"), self.no_kk)
        self.head = QComboBox(self)
        _fill_people(self.head, live)
        self.field("head", translate("household_dialogs", "Kepala keluarga KK baru"), self.head)
        self.new_head = QComboBox(self)
        _fill_people(self.new_head, live)
        self.field("new_head", translate("household_dialogs", "Kepala keluarga baru KK lama"), self.new_head)
        self.boxes["new_head"].setToolTip(translate("household_dialogs", "Hanya bila kepala keluarga KK lama ikut pindah"))
        self.place = _AddressFields(self, village, h)
        self.finish()
        self.members.setFocus()

    def save(self) -> None:
        place = self.place.value()
        card = HouseholdInput(normalise_number(self.no_kk.text()), place.dusun_id, place.rw, place.rt, place.address)
        self.saved_id = split_household(self._ctx, self._h.id, list(self.members.checked_ids()), card,
                                        combo_value(self.head) or "", combo_value(self.new_head)).id

    def saved_text(self) -> str:
        return translate("household_dialogs", "KK baru %1 dibuat.").replace("%1", normalise_number(self.no_kk.text()))


def delete_household_asking(parent: QWidget, ctx: ServiceContext, h: HouseholdDTO,
                            after_undo: Callable[[], None]) -> bool:
    """Delete an empty family card after asking; a card with members is refused with the reason. Offers undo."""
    if h.members:
        try:
            delete_household(ctx, h.id)
        except ValidationError as err:
            tell(parent, translate("household_dialogs", "Hapus KK"), "\n".join(i.message for i in err.issues), warning=True)
        return False
    if not confirm_delete(parent, translate("household_dialogs", "KK %1").replace("%1", h.no_kk), []):
        return False
    try:
        deletion = delete_household(ctx, h.id)
    except ValidationError as err:  # a member was added meanwhile
        tell(parent, translate("household_dialogs", "Hapus KK"), "\n".join(i.message for i in err.issues), warning=True)
        return False

    def undo() -> None:
        restore_registry_record(ctx, deletion)
        after_undo()

    offer_undo(parent, translate("household_dialogs", "KK %1 dihapus.").replace("%1", h.no_kk), undo)
    return True


__all__ = ["AddressDialog", "MoveMemberDialog", "SplitDialog", "delete_household_asking"]
