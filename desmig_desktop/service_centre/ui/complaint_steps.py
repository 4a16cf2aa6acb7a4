"""The small forms of a complaint's detail: a status step (the date; where to for dirujuk; the outcome for
selesai; a note for the action log), a line of the action log, changing the category and description, and the
choice of the institution a referral letter is addressed to."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desmig_desktop.core.errors import Issue
from desmig_desktop.service_centre.codes import COMPLAINT_CATEGORIES, REFERRAL_TARGETS
from desmig_desktop.service_centre.dto import ComplaintDetail, ComplaintStep
from desmig_desktop.service_centre.services.complaints import (
    add_action,
    move_complaint,
    update_complaint,
)
from desmig_desktop.service_centre.ui.complaint_words import status_text, step_title
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, muted, raise_local
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


def text_box(parent: QWidget, placeholder: str, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class StepDialog(FormDialog):
    """Move a complaint to `target` (one of its legal next steps) on a day."""

    def __init__(self, ctx: Any, detail: ComplaintDetail, target: str, parent: QWidget | None = None):
        super().__init__(step_title(target), parent, ok_text=self.tr("Simpan"))
        self.setMinimumWidth(560)
        self._ctx, self._detail, self.target = ctx, detail, target
        self.outer.insertWidget(0, muted(self.tr("Status %1 → %2").replace("%1", status_text(detail.row.status))
                                         .replace("%2", status_text(target)), self))
        self.on = self.field("on", self.tr("Tanggal"), DateEdit(ctx.today(), self))
        self.referred_to = QComboBox(self)
        if target == "dirujuk":
            self.field("referred_to", self.tr("Dirujuk ke"), self.referred_to)
            fill_combo(self.referred_to, REFERRAL_TARGETS, empty=self.tr("(pilih lembaga)"))
        self.outcome = text_box(self, self.tr("Bagaimana kasus ini selesai, mis. gaji sudah dibayar, sudah pulang"))
        if target == "selesai":
            self.field("outcome", self.tr("Hasil penyelesaian"), self.outcome)
        for unused, wanted in ((self.referred_to, "dirujuk"), (self.outcome, "selesai")):
            unused.setVisible(target == wanted)  # a field of another step is never shown
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(self))
        self.note.setPlaceholderText(self.tr("Ditulis di catatan tindakan (boleh kosong)"))
        self.finish()

    def set_target_institution(self, code: str) -> None:
        set_combo_value(self.referred_to, code)

    def saved_text(self) -> str:
        return self.tr("Status pengaduan: %1.").replace("%1", status_text(self.target))

    def save(self) -> None:
        step = ComplaintStep(target=self.target, on=self.on.value(),
                             referred_to=self.referred_to.currentData() if self.target == "dirujuk" else None,
                             outcome=self.outcome.toPlainText() if self.target == "selesai" else "",
                             note=self.note.text())
        self.saved_id = move_complaint(self._ctx, self._detail.row.id, step).id


class ActionDialog(FormDialog):
    """Tambah catatan: a dated line of the action log (a call to the P3MI, a visit to Disnaker…)."""

    def __init__(self, ctx: Any, complaint_id: str, parent: QWidget | None = None):
        super().__init__(self.tr("Tambah catatan tindakan"), parent)
        self.setMinimumWidth(560)
        self._ctx, self._id = ctx, complaint_id
        self.acted_on = self.field("acted_on", self.tr("Tanggal"), DateEdit(ctx.today(), self))
        self.text = self.field("text", self.tr("Tindakan"), text_box(
            self, self.tr("Apa yang dilakukan, mis. menelepon P3MI, hasilnya")))
        self.finish()
        self.text.setFocus()

    def saved_text(self) -> str:
        return self.tr("Catatan tindakan ditambahkan.")

    def save(self) -> None:
        self.saved_id = add_action(self._ctx, self._id, self.acted_on.value(),  # type: ignore[arg-type]
                                   self.text.toPlainText()).id


class EditComplaintDialog(FormDialog):
    """Ubah kategori dan uraian of a complaint."""

    def __init__(self, ctx: Any, detail: ComplaintDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah pengaduan"), parent)
        self.setMinimumWidth(600)
        self._ctx, self._id = ctx, detail.row.id
        self.category = self.field("category", self.tr("Kategori"), QComboBox(self))
        fill_combo(self.category, COMPLAINT_CATEGORIES)
        set_combo_value(self.category, detail.row.category)
        self.description = self.field("description", self.tr("Uraian"), text_box(self, "", 120))
        self.description.setPlainText(detail.description)
        self.finish()

    def save(self) -> None:
        self.saved_id = update_complaint(self._ctx, self._id, self.category.currentData() or "",
                                         self.description.toPlainText()).id


class LetterDialog(FormDialog):
    """Cetak surat rujukan: to which institution, dated which day (the letter is then written to a PDF)."""

    def __init__(self, ctx: Any, detail: ComplaintDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Cetak surat rujukan"), parent, ok_text=self.tr("Pilih berkas PDF…"))
        self.setMinimumWidth(520)
        self.outer.insertWidget(0, muted(self.tr("Surat rujukan memuat data lengkap pekerja migran dan uraian kasus. "
                                                 "Simpan dan serahkan hanya kepada lembaga yang dituju."), self))
        self.target = self.field("target", self.tr("Ditujukan ke"), QComboBox(self))
        fill_combo(self.target, REFERRAL_TARGETS, empty=self.tr("(pilih lembaga)"))
        set_combo_value(self.target, detail.row.referred_to)
        self.day = self.field("day", self.tr("Tanggal surat"), DateEdit(ctx.today(), self))
        self.finish()

    def chosen(self) -> tuple[str, date]:
        return self.target.currentData() or "", self.day.value()  # type: ignore[return-value]

    def saved_text(self) -> str:
        return ""

    def save(self) -> None:
        raise_local([] if self.target.currentData() else [
            Issue("target", self.tr("Pilih lembaga yang dituju: Disnaker, BP2MI/KP2MI, KBRI/KJRI, Kemnaker, "
                                    "atau Kepolisian."))])
