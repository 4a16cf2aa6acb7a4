"""Register or edit one person, with the household found by its No. KK, and inline validation."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import HouseholdDTO, VillageDTO
from desmig_desktop.registry.nik import check_kk, normalise_number
from desmig_desktop.registry.rules import HouseholdInput, PersonInput, validate_household, validate_person
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.ui.nik_help import birth_date_from_nik
from desmig_desktop.registry.ui.nik_missing import attach_nik_missing
from desmig_desktop.registry.ui.person_model import rw_rt
from desmig_desktop.ui.dates import DateEdit
from desmig_desktop.ui.forms import guard_unsaved
from desmig_desktop.ui.widgets import (
    FieldBox,
    combo_value,
    dialog_buttons,
    error_line,
    fill_combo,
    fit_height,
    hint,
    set_combo_value,
    show_form_issues,
    show_issues,
    warn_if_id_number,
)


class PersonForm(QDialog):
    def __init__(self, ctx: ServiceContext, village: VillageDTO, person_id: str | None = None,
                 no_kk: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        guard_unsaved(self)
        self._ctx = ctx
        self._village = village
        self._person_id = person_id
        self._duplicate: tuple[str, str] | None = None  # (id, name) of the person who holds the NIK typed
        self.open_person_id: str | None = None  # set when the officer chose to open that person instead
        self._touched: set[str] = set()
        self._submitted = False
        self._filling = False
        self._household: HouseholdDTO | None = None
        self._auto_head = False
        self.saved_id: str | None = None
        self.warnings: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Ubah data orang") if person_id else self.tr("Tambah orang"))
        self.setMinimumWidth(920)
        self._build()
        if person_id:
            self._load(person_id)
        elif no_kk:
            self.kk.setText(no_kk)
        self._lookup_household()
        self._validate()
        self.nik.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.nik = QLineEdit(self)
        self.nik.setPlaceholderText(self.tr("16 angka sesuai KTP/KK"))
        self.nik.setMaxLength(24)
        self.open_existing = QPushButton(self)
        self.open_existing.setAutoDefault(False)
        self.open_existing.setVisible(False)
        self.open_existing.clicked.connect(self.open_duplicate)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.sex = QComboBox(self)
        fill_combo(self.sex, enums.SEXES, empty=self.tr("— pilih —"))
        self.birth_place = QLineEdit(self)
        self.birth_date = DateEdit(date(1990, 1, 1), self, today=self._ctx.today())
        self.relationship = QComboBox(self)
        fill_combo(self.relationship, enums.RELATIONSHIPS)
        set_combo_value(self.relationship, "lainnya")
        self.education = QComboBox(self)
        fill_combo(self.education, enums.EDUCATION, empty="—")
        self.marital = QComboBox(self)
        fill_combo(self.marital, enums.MARITAL, empty="—")
        self.occupation = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("mis. 0812 3456 7890"))
        self.kk = QLineEdit(self)
        self.kk.setPlaceholderText(self.tr("16 angka; kosongkan bila belum ada KK"))
        self.kk.setMaxLength(24)
        self.household_info = QLabel(self)
        self.household_info.setWordWrap(True)
        self.household_info.setTextFormat(Qt.TextFormat.PlainText)
        self.dusun = QComboBox(self)
        self.dusun.addItem("—", None)
        for d in self._village.dusuns:
            self.dusun.addItem(d.name, d.id)
        self.rw = QSpinBox(self)
        self.rt = QSpinBox(self)
        for spin in (self.rw, self.rt):
            spin.setRange(0, 999)
            spin.setSpecialValueText("—")
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(self.tr("mis. Jl. Salak No. 3"))

        self.boxes: dict[str, FieldBox] = {
            key: FieldBox(w, self) for key, w in (
                ("nik", self.nik), ("name", self.name), ("sex", self.sex), ("birth_place", self.birth_place),
                ("birth_date", self.birth_date), ("relationship_to_head", self.relationship),
                ("education", self.education), ("marital_status", self.marital), ("occupation", self.occupation),
                ("phone", self.phone), ("no_kk", self.kk), ("dusun", self.dusun), ("rw", self.rw),
                ("rt", self.rt), ("address", self.address),
            )
        }
        warn_if_id_number(self.occupation, self.tr("Pekerjaan"))  # a No. KK typed one field off
        warn_if_id_number(self.phone, self.tr("No. HP"))
        for key in ("sex", "birth_date", "relationship_to_head", "education", "marital_status", "dusun"):
            self.boxes[key].editor.setMaximumWidth(260)
        for key in ("rw", "rt"):
            self.boxes[key].editor.setMaximumWidth(90)

        person_box = QGroupBox(self.tr("Data diri"), self)
        pf = QFormLayout(person_box)
        self._tune(pf)
        for key, text in (
            ("nik", self.tr("NIK")), ("name", self.tr("Nama lengkap")), ("sex", self.tr("Jenis kelamin")),
            ("birth_place", self.tr("Tempat lahir")), ("birth_date", self.tr("Tanggal lahir")),
            ("relationship_to_head", self.tr("Hubungan keluarga")), ("education", self.tr("Pendidikan")),
            ("marital_status", self.tr("Status kawin")), ("occupation", self.tr("Pekerjaan")),
            ("phone", self.tr("No. HP")),
        ):
            pf.addRow(text, self.boxes[key])
            if key == "nik":
                pf.addRow("", self.open_existing)

        family_box = QGroupBox(self.tr("Keluarga (Kartu Keluarga)"), self)
        ff = QFormLayout(family_box)
        self._tune(ff)
        ff.addRow(self.tr("No. KK"), self.boxes["no_kk"])
        ff.addRow("", self.household_info)
        self.new_household = QWidget(self)
        nf = QFormLayout(self.new_household)
        self._tune(nf)
        nf.setContentsMargins(0, 0, 0, 0)
        nf.addRow(self.tr("Dusun"), self.boxes["dusun"])
        nf.addRow(self.tr("RW"), self.boxes["rw"])
        nf.addRow(self.tr("RT"), self.boxes["rt"])
        nf.addRow(self.tr("Alamat"), self.boxes["address"])
        ff.addRow(self.new_household)
        self.family_hint = hint(self.tr("Ketik No. KK: bila keluarganya sudah terdaftar, kepala keluarga dan alamatnya "
                                        "muncul di sini. No. KK baru membuat keluarga baru saat disimpan."), self)
        ff.addRow(self.family_hint)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(person_box, 3)
        columns.addWidget(family_box, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(12)
        outer.addLayout(columns)
        self.general = error_line(self)
        outer.addWidget(self.general)
        self.buttons, self.save_button = dialog_buttons(self.tr("Simpan"), self.tr("Batal"), self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        order = [self.nik, self.open_existing, self.name, self.sex, self.birth_place, self.birth_date, self.relationship, self.education,
                 self.marital, self.occupation, self.phone, self.kk, self.dusun, self.rw, self.rt, self.address,
                 self.save_button]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)
        self.nik_missing = attach_nik_missing(self)  # after the NIK, Tab order included

        for key, w in (("nik", self.nik), ("name", self.name), ("birth_place", self.birth_place),
                       ("occupation", self.occupation), ("phone", self.phone), ("no_kk", self.kk),
                       ("address", self.address)):
            w.textEdited.connect(lambda _t, k=key: self._edited(k))
        for key, w in (("sex", self.sex), ("relationship_to_head", self.relationship), ("education", self.education),
                       ("marital_status", self.marital), ("dusun", self.dusun)):
            w.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.birth_date.changed.connect(lambda: self._edited("birth_date"))
        self.rw.valueChanged.connect(lambda _v: self._edited("rw"))
        self.rt.valueChanged.connect(lambda _v: self._edited("rt"))
        self.nik.textChanged.connect(lambda _t: self._check_duplicate())
        self.nik.textChanged.connect(lambda _t: self._fill_from_nik())
        self.kk.textChanged.connect(lambda _t: self._lookup_household())

    @staticmethod
    def _tune(form: QFormLayout) -> None:
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _load(self, person_id: str) -> None:
        p = registry.get_person(self._ctx, person_id)
        self._filling = True
        self.nik.setText(p.nik)
        self.nik_missing.setChecked(not p.nik)
        self.name.setText(p.name)
        set_combo_value(self.sex, p.sex)
        self.birth_place.setText(p.birth_place)
        self.birth_date.set_value(p.birth_date)
        set_combo_value(self.relationship, p.relationship_to_head)
        set_combo_value(self.education, p.education)
        set_combo_value(self.marital, p.marital_status)
        self.occupation.setText(p.occupation)
        self.phone.setText(p.phone)
        self.kk.setText(p.no_kk)
        self._filling = False
        self._touched.update({"sex", "birth_date", "relationship_to_head"})

    # ---- live behaviour --------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        if self._filling:
            return
        self._touched.add(key)
        self._validate()

    def _fill_from_nik(self) -> None:
        """A NIK holds the birth date and sex: fill them in unless the officer set them by hand."""
        found = birth_date_from_nik(self.nik.text(), self._ctx.today())
        if found is None:
            return
        born, sex = found
        was_filling, self._filling = self._filling, True
        if "birth_date" not in self._touched:
            self.birth_date.set_value(born)
        if "sex" not in self._touched:
            set_combo_value(self.sex, sex)
        self._filling = was_filling
        self._validate()

    def _check_duplicate(self) -> None:
        """A NIK already registered to someone else: say whose, and offer to open that person instead."""
        found = registry.find_person_by_nik(self._ctx, self.nik.text())
        self._duplicate = found if found is not None and found[0] != self._person_id else None
        if self._duplicate is not None:
            self.open_existing.setText(self.tr("Buka data %1").replace("%1", self._duplicate[1]))
            self.open_existing.setToolTip(self.tr("Tutup formulir ini dan pilih %1 di daftar").replace(
                "%1", self._duplicate[1]))
            self._touched.add("nik")
        self.open_existing.setVisible(self._duplicate is not None)
        self._validate()

    def open_duplicate(self) -> None:
        """Close the form (asking first when something was typed) and let the list open the existing person."""
        if self._duplicate is None:
            return
        self.open_person_id = self._duplicate[0]
        self.reject()
        if self.isVisible():  # the officer chose to keep the form
            self.open_person_id = None

    def _set_relationship(self, value: str) -> None:
        was_filling, self._filling = self._filling, True
        set_combo_value(self.relationship, value)
        self._filling = was_filling
        self._auto_head = False

    def kk_digits(self) -> str:
        return normalise_number(self.kk.text())

    def is_new_household(self) -> bool:
        digits = self.kk_digits()
        return bool(digits) and self._household is None and not check_kk(digits, self._ctx.today())

    def _lookup_household(self) -> None:
        digits = self.kk_digits()
        self._household = None
        if len(digits) == 16 and digits.isdigit():
            self._household = registry.find_household(self._ctx, digits)
        h = self._household
        if h is not None:
            dusun = self.tr("Dusun %1").replace("%1", h.dusun) if h.dusun else ""
            address = h.address if h.address.strip().lower() not in (dusun.lower(), h.dusun.lower()) else ""
            place = ", ".join(x for x in (
                dusun, self.tr("RW/RT %1").replace("%1", rw_rt(h)) if h.rw or h.rt else "", address) if x)
            head = h.head_name or self.tr("(belum ada anggota)")
            self.household_info.setText(self.tr("Kepala keluarga: %1").replace("%1", head) + (f"\n{place}" if place else ""))
            self.household_info.setStyleSheet("color: #1b5e20;")
            if self._auto_head:  # "kepala" was our guess for a new KK; this family has its head already
                self._set_relationship("lainnya")
        elif self.is_new_household():
            self.household_info.setText(self.tr("No. KK ini belum terdaftar: keluarga baru dibuat saat disimpan. "
                                                "Isi dusun, RW/RT dan alamatnya."))
            self.household_info.setStyleSheet("color: #0d47a1;")
            if "relationship_to_head" not in self._touched and not self._person_id:
                self._set_relationship("kepala")
                self._auto_head = True
        elif not digits:
            self.household_info.setText(self.tr("Tanpa KK: orang ini disimpan tanpa keluarga."))
            self.household_info.setStyleSheet("color: #5f6368;")
        else:
            self.household_info.setText("")
        self.household_info.setVisible(bool(self.household_info.text()))
        self.new_household.setVisible(self.is_new_household())
        self.family_hint.setVisible(h is None and not self.is_new_household())
        self._validate()

    # ---- validation ------------------------------------------------------------------------

    def person_input(self, household_id: str | None) -> PersonInput:
        return PersonInput(
            nik=normalise_number(self.nik.text()), nik_missing=self.nik_missing.isChecked(),
            name=self.name.text(),
            sex=combo_value(self.sex) or "",
            birth_date=self.birth_date.value(),
            birth_place=self.birth_place.text(),
            relationship_to_head=combo_value(self.relationship) or "lainnya",
            education=combo_value(self.education),
            marital_status=combo_value(self.marital),
            occupation=self.occupation.text(),
            phone=self.phone.text(),
            household_id=household_id,
        )

    def household_input(self) -> HouseholdInput:
        return HouseholdInput(self.kk_digits(), combo_value(self.dusun), self.rw.value() or None,
                              self.rt.value() or None, self.address.text())

    def collect_issues(self) -> list[Issue]:
        """Every rule the domain knows for this form, without touching the database."""
        data = self.person_input(self._household.id if self._household else None)
        issues = validate_person(data, self._village.regency_code, self._ctx.today())
        if self._duplicate is not None and not any(i.field == "nik" and not i.warning for i in issues):
            issues.append(Issue("nik", self.tr("NIK ini sudah terdaftar atas nama %1: satu NIK hanya untuk satu "
                                               "orang. Periksa kembali, atau buka data orang itu.").replace(
                "%1", self._duplicate[1])))
        digits = self.kk_digits()
        if self.is_new_household():
            issues += validate_household(self.household_input(), self._ctx.today())
        elif digits and self._household is None:
            issues += check_kk(digits, self._ctx.today())
        return issues

    def _validate(self) -> list[Issue]:
        issues = self.collect_issues()
        shown = issues if self._submitted else [i for i in issues if i.field in self._touched or i.warning]
        show_issues(self.boxes, shown)
        self.general.setVisible(False)
        fit_height(self)
        return issues

    def show_errors(self, issues: list[Issue]) -> None:
        fields = {"household": "no_kk", "relationship": "relationship_to_head"}
        mapped = [Issue(fields.get(i.field, i.field), i.message, i.warning) for i in issues]
        show_form_issues(self, self.boxes, self.general, mapped)

    # ---- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        self._submitted = True
        issues = self._validate()
        if any(not i.warning for i in issues):
            self._focus_first_error()
            return
        household_id = self._household.id if self._household else None
        try:
            if self.is_new_household():  # one transaction: no empty household, no half-moved person
                saved = registry.save_person_in_new_household(self._ctx, self.household_input(),
                                                              self.person_input(None), self._person_id)
            elif self._person_id:
                saved = registry.update_person(self._ctx, self._person_id, self.person_input(household_id))
            else:
                saved = registry.register_person(self._ctx, self.person_input(household_id))
        except ValidationError as err:
            self.show_errors(err.issues + [i for i in issues if i.warning])
            self._focus_first_error()
            return
        self.saved_id = saved.id
        self.warnings = saved.warnings
        self.accept()

    def _focus_first_error(self) -> None:
        for box in self.boxes.values():
            if box.text() and not box.message.property("warning"):
                box.editor.setFocus(Qt.FocusReason.OtherFocusReason)
                return
