"""Buat pengaduan: a registered family member reports a migrant in trouble. The reporter is picked from the village
register (someone outside it cannot be chosen: only registered people are listed), the migrant concerned from the
people with a placement; then the category, what happened and the day it was reported. The service's messages
show under their fields; its warnings (a reporter outside the migrant's KK) are kept in `warnings`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from desmig_desktop.core.errors import Issue, NotFoundError, ValidationError
from desmig_desktop.registry.services.people import get_person
from desmig_desktop.registry.services.search import (
    PersonQuery,
    list_persons,
    person_line,
)
from desmig_desktop.service_centre.codes import COMPLAINT_CATEGORIES
from desmig_desktop.service_centre.dto import ComplaintInput
from desmig_desktop.service_centre.services.complaints import file_complaint
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import FormDialog, raise_local
from desmig_desktop.ui.lists import show_matches
from desmig_desktop.ui.picker import PersonPicker
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


def preselect(picker: PersonPicker, person_id: str, line: str, search_text: str) -> None:
    """Show `person_id` as the picker's one (picked) match, with `search_text` in its search box."""
    picker.search.blockSignals(True)
    picker.search.setText(search_text)
    picker.search.blockSignals(False)
    show_matches(picker.results, [(line, person_id)])
    picker.result_hint.setText("")


class ComplaintDialog(FormDialog):
    """File a complaint. `person_id` (from a person's page): preselected as the migrant when that person has a
    placement, otherwise as the reporter."""

    def __init__(self, ctx: Any, person_id: str | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Buat pengaduan"), parent, ok_text=self.tr("Simpan pengaduan"))
        self.setMinimumWidth(720)
        self._ctx = ctx
        self.warnings: tuple[str, ...] = ()
        self.reporter = PersonPicker(lambda text, limit: list_persons(ctx, PersonQuery(text=text), limit=limit),
                                     person_line, self)
        self.reporter.search.setPlaceholderText(self.tr("Ketik nama atau NIK anggota keluarga yang melapor…"))
        self.reporter.results.setMinimumHeight(90)
        self.reporter.results.setMaximumHeight(120)
        self.field("reporter_id", self.tr("Pelapor"), self.reporter)
        self.migrant = PersonPicker(
            lambda text, limit: list_persons(ctx, PersonQuery(text=text, status="pmi", include_gone=True), limit=limit),
            person_line, self)
        self.migrant.search.setPlaceholderText(self.tr("Ketik nama atau NIK pekerja migran (calon, aktif, purna)…"))
        self.migrant.results.setMinimumHeight(90)
        self.migrant.results.setMaximumHeight(120)
        self.field("person_id", self.tr("Pekerja migran"), self.migrant)
        self.category = self.field("category", self.tr("Kategori"), QComboBox(self))
        fill_combo(self.category, COMPLAINT_CATEGORIES, empty=self.tr("(pilih kategori)"))
        self.description = self.field("description", self.tr("Uraian"), QPlainTextEdit(self))
        self.description.setPlaceholderText(self.tr("Apa yang terjadi, sejak kapan, apa yang sudah diketahui keluarga"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.opened_on = self.field("opened_on", self.tr("Tanggal pengaduan"), DateEdit(ctx.today(), self))
        self.finish()
        if person_id:
            self._preselect(person_id)
        (self.migrant if self.reporter.person_id() else self.reporter).search.setFocus()

    def _preselect(self, person_id: str) -> None:
        try:
            p = get_person(self._ctx, person_id)
        except NotFoundError:
            return
        is_migrant = any(pl.cancelled_on is None for pl in p.placements)
        rows = list_persons(self._ctx, PersonQuery(text=p.nik or p.name, include_gone=True), limit=20)
        row = next((r for r in rows if r.id == p.id), None)
        line = person_line(row) if row is not None else " · ".join(x for x in (p.name, p.nik) if x)
        preselect(self.migrant if is_migrant else self.reporter, p.id, line, p.name)

    def set_category(self, code: str) -> None:
        set_combo_value(self.category, code)

    def saved_text(self) -> str:
        return self.tr("Pengaduan disimpan.")

    def save(self) -> None:
        reporter, migrant = self.reporter.person_id(), self.migrant.person_id()
        issues = []
        if not reporter:
            issues.append(Issue("reporter_id", self.tr("Pilih pelapor dari hasil pencarian: hanya warga yang terdaftar "
                                                       "di data penduduk desa yang dapat mengadu.")))
        if not migrant:
            issues.append(Issue("person_id", self.tr("Pilih pekerja migran dari hasil pencarian (ketik nama atau NIK).")))
        try:
            saved = file_complaint(self._ctx, ComplaintInput(
                reporter_id=reporter or "", person_id=migrant or "", category=self.category.currentData() or "",
                description=self.description.toPlainText(), opened_on=self.opened_on.value()))  # type: ignore[arg-type]
        except ValidationError as err:  # every message at once: the pickers' own, then the service's for the rest
            local = {i.field for i in issues}
            raise ValidationError(issues + [i for i in err.issues if i.field not in local]) from None
        raise_local(issues)
        self.saved_id, self.warnings = saved.id, tuple(saved.warnings)
