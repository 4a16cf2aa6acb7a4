"""Dialogs on a whole group: add/edit (name, commodity, PIRT permit, share-out rule) and stop."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.formatting import short_date
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import GroupDTO
from desmig_desktop.production.services.groups import GroupInput, create_group, stop_group, update_group
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog
from desmig_desktop.ui.widgets import fill_combo, set_combo_value

PIRT_WITH_DATE = ("terbit", "kedaluwarsa")


class GroupDialog(FormDialog):
    """Tambah kelompok (group None) or Ubah kelompok."""

    def __init__(self, ctx: ServiceContext, group: GroupDTO | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah kelompok") if group else self.tr("Tambah kelompok produksi"), parent)
        self._ctx = ctx
        self._group = group
        today = ctx.today()
        self.name = self.field("name", self.tr("Nama kelompok"), QLineEdit(self))
        self.name.setPlaceholderText(self.tr("mis. Kelompok Produksi Salak"))
        self.commodity = self.field("commodity", self.tr("Komoditas"), QLineEdit(self))
        self.commodity.setPlaceholderText(self.tr("mis. Olahan salak pondoh"))
        self.founded_on = self.field("founded_on", self.tr("Tanggal berdiri"), DateEdit(today, self))
        self.dusun = self.field("dusun_id", self.tr("Dusun"), QComboBox(self))
        self.dusun.addItem(self.tr("(tidak ditentukan)"), None)
        village = get_village(ctx)
        for d in village.dusuns if village else ():
            self.dusun.addItem(d.name, d.id)
        self.pirt_status = self.field("pirt_status", self.tr("Izin PIRT"), QComboBox(self))
        fill_combo(self.pirt_status, gr.PIRT_STATUSES)
        self.pirt_number = self.field("pirt_number", self.tr("Nomor PIRT"), QLineEdit(self))
        self.pirt_number.setPlaceholderText(self.tr("mis. P-IRT 2063307010123-22"))
        self.pirt_date = self.field("pirt_date", self.tr("Tanggal terbit PIRT"), DateEdit(today, self))
        self.share_rule = self.field("share_rule", self.tr("Aturan bagi hasil"), QComboBox(self))
        fill_combo(self.share_rule, gr.SHARE_RULES)
        self.due_rule = self.field("share_due_rule", self.tr("Jadwal bagi hasil"), QComboBox(self))
        fill_combo(self.due_rule, gr.DUE_RULES)
        self.due_runs = self.field("share_due_runs", self.tr("Bagi hasil setiap"), QSpinBox(self))
        self.due_runs.setRange(1, 100)
        self.due_runs.setValue(4)
        self.due_runs.setSuffix(self.tr(" kali produksi"))
        self.due_runs.setMaximumWidth(180)
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        if group is not None:
            self._load(group)
        self.pirt_status.currentIndexChanged.connect(self._enable)
        self.due_rule.currentIndexChanged.connect(self._enable)
        self._enable()
        self.finish()
        self.name.setFocus()

    def _load(self, g: GroupDTO) -> None:
        self.name.setText(g.name)
        self.commodity.setText(g.commodity)
        if g.founded_on:
            self.founded_on.set_value(g.founded_on)
        set_combo_value(self.dusun, g.dusun_id)
        set_combo_value(self.pirt_status, g.pirt_status)
        self.pirt_number.setText(g.pirt_number)
        if g.pirt_date:
            self.pirt_date.set_value(g.pirt_date)
        set_combo_value(self.share_rule, g.share_rule)
        set_combo_value(self.due_rule, g.share_due_rule)
        self.due_runs.setValue(g.share_due_runs)
        self.note.setText(g.note)

    def _enable(self) -> None:
        with_date = self.pirt_status.currentData() in PIRT_WITH_DATE
        self.pirt_date.setEnabled(with_date)
        self.pirt_number.setEnabled(self.pirt_status.currentData() != "belum")
        self.due_runs.setEnabled(self.due_rule.currentData() == "after_runs")

    def data(self) -> GroupInput:
        status = self.pirt_status.currentData()
        return GroupInput(
            name=self.name.text(), commodity=self.commodity.text(), founded_on=self.founded_on.value(),
            dusun_id=self.dusun.currentData(), pirt_number=self.pirt_number.text() if status != "belum" else "",
            pirt_date=self.pirt_date.value() if status in PIRT_WITH_DATE else None, pirt_status=status,
            share_rule=self.share_rule.currentData(), share_due_rule=self.due_rule.currentData(),
            share_due_runs=self.due_runs.value(), note=self.note.text(),
        )

    def saved_text(self) -> str:
        return self.tr("Kelompok %1 disimpan.").replace("%1", self.name.text().strip())

    def save(self) -> None:
        if self._group is None:
            self.saved_id = create_group(self._ctx, self.data()).id
        else:
            self.saved_id = update_group(self._ctx, self._group.id, self.data()).id


class StopGroupDialog(FormDialog):
    """Hentikan kelompok: the day it stopped and why (the history stays)."""

    def __init__(self, ctx: ServiceContext, group_id: str, group_name: str, parent: QWidget | None = None):
        super().__init__(self.tr("Hentikan %1").replace("%1", group_name), parent, ok_text=self.tr("Hentikan kelompok"))
        self._ctx = ctx
        self._group_id = group_id
        self.setMinimumWidth(540)
        self.stopped_on = self.field("stopped_on", self.tr("Tanggal berhenti"), DateEdit(ctx.today(), self))
        self.reason = self.field("stop_reason", self.tr("Alasan berhenti"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("mis. bahan baku mahal, anggota kembali merantau"))
        self.finish()
        self.reason.setFocus()

    def saved_text(self) -> str:
        return self.tr("Kelompok dihentikan per %1.").replace("%1", short_date(self.stopped_on.value()))

    def save(self) -> None:
        stop_group(self._ctx, self._group_id, self.stopped_on.value(), self.reason.text())
        self.saved_id = self._group_id
