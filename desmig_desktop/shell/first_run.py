"""First run on a new database: the officer's name and the village profile, or the demo village instead; and,
on an install from before the first run asked it, the officer's name once at launch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.config import (
    MAX_OFFICER_NAME,
    clean_officer_name,
    save_officer_name,
    validate_officer_name,
)
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.services.village import init_village, validate_village_code
from desmig_desktop.ui.widgets import (
    FieldBox,
    error_line,
    fit_height,
    heading,
    hint,
    show_form_issues,
    show_issues,
)

CREATED, DEMO = "created", "demo"


class FirstRunDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.choice: str | None = None
        self.village: VillageDTO | None = None
        self._submitted = False
        self.setWindowTitle(self.tr("Selamat datang di Desmig Desktop"))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        outer.addWidget(heading(self.tr("Profil desa"), self))
        outer.addWidget(hint(self.tr("Basis data ini masih kosong. Isi profil desa Anda sekali saja; semua data "
                                     "penduduk akan disimpan atas nama desa ini. Ingin melihat-lihat dulu? Buka desa "
                                     "demo (Desa Kuripan) — datanya fiktif dan disimpan di berkas terpisah."), self))
        self.officer = QLineEdit(self)
        self.officer.setMaxLength(MAX_OFFICER_NAME)
        self.officer.setPlaceholderText(self.tr("nama Anda, tercatat di setiap perubahan data"))
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("mis. 33.07.09.2001"))
        self.name = QLineEdit(self)
        self.kecamatan = QLineEdit(self)
        self.kabupaten = QLineEdit(self)
        self.provinsi = QLineEdit(self)
        self.head = QLineEdit(self)
        self.dusuns = QPlainTextEdit(self)
        self.dusuns.setPlaceholderText(self.tr("satu nama dusun per baris"))
        self.dusuns.setTabChangesFocus(True)
        self.dusuns.setFixedHeight(110)
        self.boxes = {k: FieldBox(w, self) for k, w in (
            ("officer", self.officer), ("village_code", self.code), ("village_name", self.name), ("kecamatan", self.kecamatan),
            ("kabupaten", self.kabupaten), ("provinsi", self.provinsi), ("head_name", self.head),
            ("dusuns", self.dusuns))}
        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for key, text in (("officer", self.tr("Nama petugas")), ("village_code", self.tr("Kode desa (Kemendagri)")), ("village_name", self.tr("Nama desa")),
                          ("kecamatan", self.tr("Kecamatan")), ("kabupaten", self.tr("Kabupaten")),
                          ("provinsi", self.tr("Provinsi")), ("head_name", self.tr("Kepala desa")),
                          ("dusuns", self.tr("Dusun"))):
            form.addRow(text, self.boxes[key])
        outer.addLayout(form)
        self.general = error_line(self)
        outer.addWidget(self.general)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Buka desa demo"), self)
        self.demo_button.setAutoDefault(False)
        self.quit_button = QPushButton(self.tr("Keluar"), self)
        self.quit_button.setAutoDefault(False)
        self.create_button = QPushButton(self.tr("Buat desa"), self)
        self.create_button.setDefault(True)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)
        outer.addLayout(buttons)
        self.create_button.clicked.connect(self.create)
        self.demo_button.clicked.connect(self.open_demo)
        self.quit_button.clicked.connect(self.reject)
        self.code.textEdited.connect(lambda _t: self._validate())
        self.name.textEdited.connect(lambda _t: self._validate())

    def dusun_names(self) -> list[str]:
        seen: dict[str, None] = {}
        for line in self.dusuns.toPlainText().splitlines():
            name = " ".join(line.split())
            if name and name.lower() not in {s.lower() for s in seen}:
                seen[name] = None
        return list(seen)

    def _issues(self) -> list[Issue]:
        issues = validate_officer_name(self.officer.text()) if self._submitted else []
        issues += validate_village_code(self.code.text()) if (self.code.text() or self._submitted) else []
        if self._submitted and not self.name.text().strip():
            issues.append(Issue("village_name", self.tr("Nama desa wajib diisi.")))
        return issues

    def _validate(self) -> list[Issue]:
        issues = self._issues()
        show_issues(self.boxes, issues)
        fit_height(self)
        return issues

    def create(self) -> None:
        self._submitted = True
        if self._validate():
            return
        self._ctx.officer = clean_officer_name(self.officer.text())
        try:
            self.village = init_village(self._ctx, self.code.text(), self.name.text(), self.kecamatan.text(),
                                        self.kabupaten.text(), self.provinsi.text(), self.head.text(),
                                        self.dusun_names())
        except ValidationError as err:
            show_form_issues(self, self.boxes, self.general, err.issues)
            return
        self._keep_officer()
        self.choice = CREATED
        self.accept()

    def _keep_officer(self) -> None:
        """The name goes to the settings and to this session's audit trail (the village row's included)."""
        if not validate_officer_name(self.officer.text()):
            self._ctx.officer = save_officer_name(self.officer.text()).officer_name

    def open_demo(self) -> None:
        self._keep_officer()  # optional for a look at the demo
        self.choice = DEMO
        self.accept()


class OfficerDialog(QDialog):
    """Asks the officer's name once, at the launch of an install whose settings have none: the audit trail
    records it on every change from now on. "Nanti saja" goes on without it (asked again next launch)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Nama petugas"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(12)
        outer.addWidget(heading(self.tr("Siapa yang memakai aplikasi ini?"), self))
        outer.addWidget(hint(self.tr("Setiap perubahan data dicatat di jejak audit atas nama petugas. Tulis nama "
                                     "Anda; nama ini bisa diubah nanti di Pengaturan."), self))
        self.officer = QLineEdit(self)
        self.officer.setMaxLength(MAX_OFFICER_NAME)
        self.box = FieldBox(self.officer, self)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Nama petugas"), self), self.box)
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.later_button = QPushButton(self.tr("Nanti saja"), self)
        self.later_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Simpan"), self)
        self.save_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.later_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        issues = validate_officer_name(self.officer.text())
        show_issues({"officer": self.box}, issues)
        fit_height(self)
        if issues:
            return
        self._ctx.officer = save_officer_name(self.officer.text()).officer_name
        self.accept()
