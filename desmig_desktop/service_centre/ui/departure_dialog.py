"""The two dialogs of a calon's file on the Dokumen Keberangkatan page: the planned departure day (Ubah rencana)
and Catat keberangkatan — the day and the route; when papers are missing on that day the dialog names them and
asks for "Non-prosedural" and a note before it saves (the service refuses the same)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue
from desmig_desktop.core.i18n import label
from desmig_desktop.registry.enums import ROUTES
from desmig_desktop.service_centre.codes import DEPARTURE_ITEMS
from desmig_desktop.service_centre.dto import DepartureInput, DocumentsDetail
from desmig_desktop.service_centre.rules import readiness
from desmig_desktop.service_centre.services.documents import record_departure, set_plan
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, raise_local
from desmig_desktop.ui.widgets import WARNING_COLOUR, fill_combo, set_combo_value


def missing_text(codes: tuple[str, ...]) -> str:
    return ", ".join(label(DEPARTURE_ITEMS, c) for c in codes)


class PlanDialog(FormDialog):
    """Rencana berangkat: the day the calon is expected to leave (empty: not known yet) and the centre's note."""

    def __init__(self, ctx: ServiceContext, detail: DocumentsDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Rencana berangkat %1").replace("%1", detail.row.name), parent)
        self._ctx = ctx
        self._placement_id = detail.row.placement_id
        self.planned_on = self.field("planned_on", self.tr("Rencana berangkat"),
                                     DateEdit(detail.row.planned_on, self, optional=True, today=ctx.today()))
        self.note = self.field("note", self.tr("Catatan"), QLineEdit(detail.note, self))
        self.note.setPlaceholderText(self.tr("mis. menunggu jadwal dari P3MI"))
        self.finish()
        self.planned_on.setFocus()

    def saved_text(self) -> str:
        return self.tr("Rencana berangkat disimpan.")

    def save(self) -> None:
        self.saved_id = set_plan(self._ctx, self._placement_id, self.planned_on.value(), self.note.text()).id


class DepartureDialog(FormDialog):
    """Catat keberangkatan: the calon becomes a PMI abroad on the day given, by the route chosen."""

    def __init__(self, ctx: ServiceContext, detail: DocumentsDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Catat keberangkatan %1").replace("%1", detail.row.name), parent,
                         ok_text=self.tr("Catat keberangkatan"))
        self.setMinimumWidth(560)
        self._ctx = ctx
        self._detail = detail
        self._done_on = {i.item: i.done_on for i in detail.checklist}
        self.warnings: tuple[str, ...] = ()
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.outer.insertWidget(0, self.missing)
        today = ctx.today()
        start = detail.row.planned_on if detail.row.planned_on and detail.row.planned_on <= today else today
        self.departed_on = self.field("departed_on", self.tr("Tanggal berangkat"), DateEdit(start, self, today=today))
        self.route = self.field("route", self.tr("Jalur keberangkatan"), QComboBox(self))
        fill_combo(self.route, ROUTES)
        self.note = self.field("note", self.tr("Catatan"), QPlainTextEdit(self))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.departed_on.date_changed.connect(lambda _d: self.show_missing())
        self.route.currentIndexChanged.connect(lambda _i: self.show_missing())
        self.show_missing()
        set_combo_value(self.route, "non_prosedural" if detail.row.route == "non_prosedural" else "prosedural")
        self.finish()
        self.departed_on.setFocus()

    def missing_on(self, day: date | None) -> tuple[str, ...]:
        """The papers not seen by `day` (DEPARTURE_ITEMS codes); by today while the date is being typed."""
        return readiness(self._done_on, day or self._ctx.today()).missing

    def show_missing(self) -> None:
        missing = self.missing_on(self.departed_on.value())
        if missing:
            self.missing.setText(self.tr("Dokumen belum lengkap pada tanggal berangkat (kurang %1 dari %2): %3.\n"
                                         "Keberangkatan ini hanya dapat dicatat sebagai non-prosedural, dengan "
                                         "catatan apa yang diketahui (siapa yang memberangkatkan, lewat mana).")
                                 .replace("%1", str(len(missing))).replace("%2", str(len(DEPARTURE_ITEMS)))
                                 .replace("%3", missing_text(missing)))
            self.note.setPlaceholderText(self.tr("Wajib diisi: siapa yang memberangkatkan, negara dan pekerjaan yang "
                                                 "dijanjikan, kontak yang diketahui"))
        else:
            self.missing.setText(self.tr("Semua %1 dokumen keberangkatan sudah lengkap.")
                                 .replace("%1", str(len(DEPARTURE_ITEMS))))
            self.note.setPlaceholderText(self.tr("mis. berangkat dari BP3MI Semarang bersama rombongan P3MI"))

    def local_issues(self) -> list[Issue]:
        if not self.missing_on(self.departed_on.value()):
            return []
        issues = []
        if self.route.currentData() != "non_prosedural":
            issues.append(Issue("route", self.tr("Dokumen belum lengkap: pilih \"Non-prosedural\", atau lengkapi "
                                                 "dokumennya dulu.")))
        if not self.note.toPlainText().strip():
            issues.append(Issue("note", self.tr("Catatan wajib diisi untuk keberangkatan dengan dokumen belum "
                                                "lengkap.")))
        return issues

    def saved_text(self) -> str:
        return self.tr("Keberangkatan %1 dicatat.").replace("%1", self._detail.row.name)

    def save(self) -> None:
        raise_local(self.local_issues())
        saved = record_departure(self._ctx, self._detail.row.placement_id, DepartureInput(
            self.departed_on.value(), self.route.currentData(), self.note.toPlainText().strip()))  # type: ignore[arg-type]
        self.saved_id, self.warnings = saved.id, saved.warnings
