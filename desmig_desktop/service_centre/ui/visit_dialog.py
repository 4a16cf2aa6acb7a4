"""Catat kunjungan: one line of the guest book. The visitor is a villager picked from the register, or a guest from
outside it (name, the ID number shown, home village: kept in the guest book only). A guest from outside may use
the information services only: choosing another purpose shows the rule's message under the purpose at once, and
the save is refused with the same message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from desmig_desktop.core.errors import Issue, NotFoundError
from desmig_desktop.registry.services.people import get_person
from desmig_desktop.registry.services.search import (
    PersonQuery,
    list_persons,
    person_line,
)
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import PURPOSES
from desmig_desktop.service_centre.dto import VisitInput
from desmig_desktop.service_centre.services.visits import record_visit
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, raise_local
from desmig_desktop.ui.lists import show_matches
from desmig_desktop.ui.picker import PersonPicker
from desmig_desktop.ui.widgets import fill_combo, fit_height, set_combo_value


def preselect_person(ctx: Any, picker: PersonPicker, person_id: str) -> None:
    """A person's page opened the dialog: that person is the picker's one match, already picked."""
    try:
        p = get_person(ctx, person_id)
    except NotFoundError:
        return
    picker.search.blockSignals(True)
    picker.search.setText(p.name)
    picker.search.blockSignals(False)
    show_matches(picker.results, [(" · ".join(x for x in (p.name, p.nik) if x), p.id)])
    picker.result_hint.setText("")


class VisitDialog(FormDialog):
    """`VisitDialog(ctx, person_id=None, parent=None)`: a new visit; `person_id` (from a person's page) is the
    villager, already picked."""

    def __init__(self, ctx: Any, person_id: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Catat kunjungan"), parent, ok_text=self.tr("Simpan kunjungan"))
        self.setMinimumWidth(680)
        self._ctx = ctx
        now = datetime.now()
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        self.visited_on = DateEdit(ctx.today(), when)
        self.time = QTimeEdit(QTime(now.hour, now.minute), when)
        self.time.setDisplayFormat("HH:mm")
        self.time.setToolTip(self.tr("Jam kedatangan tamu"))
        row.addWidget(self.visited_on)
        row.addWidget(self.time)
        row.addStretch(1)
        self.field("visited_at", self.tr("Tanggal dan jam"), when)
        kinds = QWidget(self)
        krow = QHBoxLayout(kinds)
        krow.setContentsMargins(0, 0, 0, 0)
        self.villager = QRadioButton(self.tr("Warga terdaftar"), kinds)
        self.outsider = QRadioButton(self.tr("Tamu dari luar daftar penduduk"), kinds)
        self.villager.setChecked(True)
        self._kinds = QButtonGroup(self)
        for b in (self.villager, self.outsider):
            self._kinds.addButton(b)
            krow.addWidget(b)
        krow.addStretch(1)
        self.field("kind", self.tr("Pengunjung"), kinds)
        self.picker = PersonPicker(lambda text, limit: list_persons(ctx, PersonQuery(text=text), limit=limit),
                                   person_line, self)
        self.picker.results.setMinimumHeight(120)
        self.field("person_id", self.tr("Warga"), self.picker)
        self.outsider_name = self.field("outsider_name", self.tr("Nama tamu"), QLineEdit(self))
        self.outsider_id_number = self.field("outsider_id_number", self.tr("Nomor identitas"), QLineEdit(self))
        self.outsider_id_number.setPlaceholderText(self.tr("NIK KTP, nomor paspor atau SIM yang ditunjukkan"))
        self.outsider_village = self.field("outsider_village", self.tr("Desa asal"), QLineEdit(self))
        self.outsider_village.setPlaceholderText(self.tr("mis. Desa Sumberejo, Kec. Mojotengah"))
        self.purpose = self.field("purpose", self.tr("Keperluan"), QComboBox(self))
        fill_combo(self.purpose, PURPOSES, empty=self.tr("(pilih keperluan)"))
        self.served_by = self.field("served_by", self.tr("Dilayani oleh"), QLineEdit(ctx.officer, self))
        self.notes = self.field("notes", self.tr("Catatan"), QPlainTextEdit(self))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.finish()
        self.villager.toggled.connect(lambda _on: self._kind_changed())
        self.purpose.currentIndexChanged.connect(lambda _i: self._check_purpose())
        self._kind_changed()
        if person_id:
            self._preselect(person_id)
        self.picker.search.setFocus()

    def _preselect(self, person_id: str) -> None:
        preselect_person(self._ctx, self.picker, person_id)

    # ---- the outsider rule -----------------------------------------------------------------------

    def is_outsider(self) -> bool:
        return self.outsider.isChecked()

    def set_outsider(self, outsider: bool) -> None:
        (self.outsider if outsider else self.villager).setChecked(True)

    def set_purpose(self, code: str) -> None:
        set_combo_value(self.purpose, code)

    def _kind_changed(self) -> None:
        outsider = self.is_outsider()
        self.form.setRowVisible(self.boxes["person_id"], not outsider)
        for key in ("outsider_name", "outsider_id_number", "outsider_village"):
            self.form.setRowVisible(self.boxes[key], outsider)
        self._check_purpose()
        self.adjustSize()

    def _check_purpose(self) -> None:
        """The outsider rule on the purpose, shown as soon as it is broken (and cleared when it no longer is)."""
        purpose = self.purpose.currentData()
        issues = [i for i in rules.visit_issues(registered=not self.is_outsider(), purpose=purpose or "",
                                                outsider_name="-", outsider_id_number="-",
                                                visited_on=self._ctx.today(), today=self._ctx.today())
                  if i.field == "purpose"] if purpose else []
        self.boxes["purpose"].set_message("\n".join(i.message for i in issues))
        fit_height(self)

    # ---- saving ----------------------------------------------------------------------------------

    def saved_text(self) -> str:
        return self.tr("Kunjungan dicatat di buku tamu.")

    def visit_input(self) -> VisitInput:
        day = self.visited_on.value()
        t = self.time.time()
        outsider = self.is_outsider()
        return VisitInput(
            visited_at=datetime(day.year, day.month, day.day, t.hour(), t.minute()) if day else None,  # type: ignore[arg-type]
            purpose=self.purpose.currentData() or "",
            person_id=None if outsider else self.picker.person_id(),
            outsider_name=self.outsider_name.text() if outsider else "",
            outsider_id_number=self.outsider_id_number.text() if outsider else "",
            outsider_village=self.outsider_village.text() if outsider else "",
            served_by=self.served_by.text(), notes=self.notes.toPlainText())

    def save(self) -> None:
        if self.visited_on.value() is None:
            raise_local([Issue("visited_at", self.tr("Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026."))])
        if not self.is_outsider() and self.picker.person_id() is None:
            raise_local([Issue("person_id", self.tr("Pilih warga dari hasil pencarian (ketik nama atau NIK), atau "
                                                    "pilih \u201cTamu dari luar daftar penduduk\u201d."))])
        self.saved_id = record_visit(self._ctx, self.visit_input()).id
