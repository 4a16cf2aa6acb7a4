"""Record a life event (lahir, pindah datang, pindah keluar, meninggal) for one person, or correct one recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import label
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import LifeEventDTO, PersonDTO, PersonRow
from desmig_desktop.registry.services import life_events
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import guard_unsaved
from desmig_desktop.ui.widgets import (
    FieldBox,
    combo_value,
    dialog_buttons,
    error_line,
    fill_combo,
    hint,
    set_combo_value,
    show_form_issues,
)


class LifeEventDialog(QDialog):
    def __init__(self, ctx: ServiceContext, person: PersonRow | PersonDTO, parent: QWidget | None = None,
                 event: LifeEventDTO | None = None):
        super().__init__(parent)
        guard_unsaved(self)
        self._ctx = ctx
        self._person = person
        self._event = event
        self.saved: LifeEventDTO | None = None
        self.setWindowTitle((self.tr("Ubah peristiwa — %1") if event else self.tr("Peristiwa — %1")).replace("%1", person.name))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addWidget(hint(self.tr("Orang yang pindah keluar atau meninggal tetap ada di riwayat, tetapi tidak lagi "
                                     "dihitung di daftar dan rekap sesudah tanggal itu."), self))
        self.kind = QComboBox(self)
        fill_combo(self.kind, enums.LIFE_EVENTS, empty=self.tr("— pilih —"))
        self.event_date = DateEdit(ctx.today(), self)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("mis. pindah ke Kabupaten Banyumas"))
        self.boxes = {"kind": FieldBox(self.kind, self), "event_date": FieldBox(self.event_date, self),
                      "note": FieldBox(self.note, self)}
        self.kind.setMaximumWidth(260)
        self.event_date.setMaximumWidth(160)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Peristiwa"), self.boxes["kind"])
        form.addRow(self.tr("Tanggal"), self.boxes["event_date"])
        form.addRow(self.tr("Keterangan"), self.boxes["note"])
        outer.addLayout(form)
        self.general = error_line(self)
        outer.addWidget(self.general)
        buttons, self.save_button = dialog_buttons(self.tr("Simpan"), self.tr("Batal"), self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if event is not None:
            set_combo_value(self.kind, event.kind)
            self.event_date.set_value(event.event_date)
            self.note.setText(event.note)
        self.kind.setFocus()

    def save(self) -> None:
        kind = combo_value(self.kind)
        try:
            if kind is None:
                raise ValidationError([Issue("kind", self.tr("Pilih jenis peristiwa."))])
            if self._event is not None:
                self.saved = life_events.update_life_event(self._ctx, self._event.id, kind, self.event_date.value(),
                                                           self.note.text())
            else:
                self.saved = life_events.record_life_event(self._ctx, self._person.id, kind, self.event_date.value(),
                                                           self.note.text())
        except ValidationError as err:
            show_form_issues(self, self.boxes, self.general, err.issues)
            return
        self.accept()

    def saved_text(self) -> str:
        """What the save did, in the officer's words ("Peristiwa meninggal Sularmi tersimpan: 15/11/2026.")."""
        if self.saved is None:
            return ""
        return self.tr("Peristiwa %1 %2 tersimpan: %3.").replace("%1", label(enums.LIFE_EVENTS, self.saved.kind).lower()) \
            .replace("%2", self._person.name).replace("%3", short_date(self.saved.event_date))
