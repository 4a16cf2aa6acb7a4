"""Tambah / Ubah lowongan: a job vacancy abroad or at home — position, country, employer, requirements, who may
apply (sex, age range, minimum education), where the news came from, and until when it is valid. The service's
messages appear under their fields."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.enums import EDUCATION, SEXES
from desmig_desktop.service_centre.codes import VACANCY_SCOPES
from desmig_desktop.service_centre.dto import VacancyDTO, VacancyInput
from desmig_desktop.service_centre.services.vacancies import save_vacancy
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import CountEdit, FormDialog
from desmig_desktop.ui.widgets import fill_combo, set_combo_value


class VacancyDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, vacancy: VacancyDTO | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Ubah lowongan") if vacancy else self.tr("Lowongan baru"), parent)
        self._ctx = ctx
        self._vacancy = vacancy
        self.setMinimumWidth(560)
        today = ctx.today()
        self.scope = self.field("scope", self.tr("Lingkup"), QComboBox(self))
        fill_combo(self.scope, VACANCY_SCOPES)
        self.country = self.field("country", self.tr("Negara tujuan"), QLineEdit(self))
        self.country.setPlaceholderText(self.tr("mis. Taiwan"))
        self.position = self.field("position", self.tr("Jabatan"), QLineEdit(self))
        self.position.setPlaceholderText(self.tr("mis. Operator pabrik elektronik"))
        self.employer = self.field("employer", self.tr("Pemberi kerja / P3MI"), QLineEdit(self))
        self.requirements = self.field("requirements", self.tr("Persyaratan"), QPlainTextEdit(self))
        self.requirements.setPlaceholderText(self.tr("mis. sehat, tinggi minimal 150 cm, belum pernah bekerja di "
                                                     "luar negeri"))
        self.requirements.setTabChangesFocus(True)
        self.requirements.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.sex = self.field("sex", self.tr("Jenis kelamin"), QComboBox(self))
        fill_combo(self.sex, SEXES, empty=self.tr("Laki-laki atau perempuan"))
        self.age_min = self.field("age_min", self.tr("Umur paling muda"), CountEdit(parent=self))
        self.age_min.setPlaceholderText(self.tr("mis. 18 (kosong: tidak dibatasi)"))
        self.age_max = self.field("age_max", self.tr("Umur paling tua"), CountEdit(parent=self))
        self.age_max.setPlaceholderText(self.tr("mis. 35 (kosong: tidak dibatasi)"))
        for edit in (self.age_min, self.age_max):
            edit.setMaximumWidth(240)
            edit.setAlignment(self.position.alignment())
        self.education = self.field("education_min", self.tr("Pendidikan paling rendah"), QComboBox(self))
        fill_combo(self.education, EDUCATION, empty=self.tr("Tidak disyaratkan"))
        self.source = self.field("source", self.tr("Sumber informasi"), QLineEdit(self))
        self.source.setPlaceholderText(self.tr("mis. Disnaker Kabupaten, BP2MI, situs Karirhub"))
        self.posted_on = self.field("posted_on", self.tr("Tanggal diumumkan"), DateEdit(today, self))
        self.valid_until = self.field("valid_until", self.tr("Berlaku sampai"), DateEdit(None, self, optional=True,
                                                                                       today=today))
        if vacancy is not None:
            self._load(vacancy)
        self.scope.currentIndexChanged.connect(self._enable)
        self._enable()
        self.finish()
        self.position.setFocus()

    def _load(self, v: VacancyDTO) -> None:
        set_combo_value(self.scope, v.scope)
        self.country.setText(v.country)
        self.position.setText(v.position)
        self.employer.setText(v.employer)
        self.requirements.setPlainText(v.requirements)
        set_combo_value(self.sex, v.sex)
        self.age_min.setText("" if v.age_min is None else str(v.age_min))
        self.age_max.setText("" if v.age_max is None else str(v.age_max))
        set_combo_value(self.education, v.education_min)
        self.source.setText(v.source)
        self.posted_on.set_value(v.posted_on)
        self.valid_until.set_value(v.valid_until)

    def _enable(self) -> None:
        abroad = self.scope.currentData() == "luar_negeri"
        self.country.setEnabled(abroad)

    def data(self) -> VacancyInput:
        abroad = self.scope.currentData() == "luar_negeri"
        return VacancyInput(
            scope=self.scope.currentData(), position=self.position.text().strip(), posted_on=self.posted_on.value(),  # type: ignore[arg-type]
            country=self.country.text().strip() if abroad else "", employer=self.employer.text().strip(),
            requirements=self.requirements.toPlainText().strip(), sex=self.sex.currentData(),
            age_min=self.age_min.value(), age_max=self.age_max.value(), education_min=self.education.currentData(),
            source=self.source.text().strip(), valid_until=self.valid_until.value())

    def saved_text(self) -> str:
        return self.tr("Lowongan %1 disimpan.").replace("%1", self.position.text().strip())

    def save(self) -> None:
        self.saved_id = save_vacancy(self._ctx, self.data(), self._vacancy.id if self._vacancy else None).id
