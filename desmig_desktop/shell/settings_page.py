"""The "Pengaturan" page: officer name, language, and the village profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.config import Settings, save_settings
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.services.village import update_village
from desmig_desktop.registry.ui import VILLAGE
from desmig_desktop.shell import SETTINGS
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.widgets import ERROR_COLOUR, heading, hint

OK_COLOUR = "#1b5e20"


class SettingsPage(QWidget):
    settings_saved = Signal(object)  # Settings

    def __init__(self, ctx: ServiceContext, settings: Settings, village: VillageDTO, changes: Changes,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.settings = settings
        self._village = village
        self._changes = changes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(14)
        outer.addWidget(heading(self.tr("Pengaturan"), self))

        mine = QGroupBox(self.tr("Petugas dan bahasa"), self)
        mine.setMaximumWidth(820)
        mine_layout = QVBoxLayout(mine)
        form = QFormLayout()
        mine_layout.addLayout(form)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        self.officer = QLineEdit(settings.officer_name, mine)
        self.officer.setMaxLength(100)
        self.officer.setMinimumWidth(360)
        self.officer.setMaximumWidth(480)
        form.addRow(self.tr("Nama petugas"), self.officer)
        self.language = QComboBox(mine)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setMaximumWidth(240)
        form.addRow(self.tr("Bahasa"), self.language)
        mine_layout.addWidget(hint(self.tr("Bahasa baru berlaku sesudah aplikasi ditutup dan dibuka lagi. Nama petugas "
                                           "langsung dipakai di catatan perubahan (audit)."), mine))
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan pengaturan"), mine)
        self.save_button.clicked.connect(self.save_settings)
        row.addWidget(self.save_button)
        self.settings_message = QLabel(mine)
        row.addWidget(self.settings_message, 1)
        mine_layout.addLayout(row)
        outer.addWidget(mine)

        desa = QGroupBox(self.tr("Profil desa"), self)
        desa.setMaximumWidth(820)
        vf = QFormLayout(desa)
        vf.setVerticalSpacing(8)
        vf.setHorizontalSpacing(16)
        self.village_labels: dict[str, QLabel] = {}
        for key, text in (("code", self.tr("Kode Kemendagri")), ("name", self.tr("Desa")),
                          ("kecamatan", self.tr("Kecamatan")), ("kabupaten", self.tr("Kabupaten")),
                          ("provinsi", self.tr("Provinsi")), ("dusuns", self.tr("Dusun"))):
            lab = QLabel(desa)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.village_labels[key] = lab
            vf.addRow(text, lab)
        self.head = QLineEdit(desa)
        self.head.setMaxLength(100)
        self.head.setMinimumWidth(360)
        self.head.setMaximumWidth(480)
        vf.addRow(self.tr("Kepala desa"), self.head)
        vrow = QHBoxLayout()
        self.village_button = QPushButton(self.tr("Simpan profil desa"), desa)
        self.village_button.clicked.connect(self.save_village)
        vrow.addWidget(self.village_button)
        self.village_message = QLabel(desa)
        vrow.addWidget(self.village_message, 1)
        vf.addRow("", vrow)
        outer.addWidget(desa)
        outer.addStretch(1)
        self.officer.returnPressed.connect(self.save_settings)
        self.head.returnPressed.connect(self.save_village)
        self._show_village(village)

    def _show_village(self, v: VillageDTO) -> None:
        self._village = v
        dusuns = ", ".join(d.name for d in v.dusuns) or "—"
        values = {"code": v.formatted_code, "name": v.name, "kecamatan": v.kecamatan or "—",
                  "kabupaten": v.kabupaten or "—", "provinsi": v.provinsi or "—", "dusuns": dusuns}
        for key, value in values.items():
            self.village_labels[key].setText(value)
        self.head.setText(v.head_name)

    @staticmethod
    def _tell(label: QLabel, text: str, ok: bool) -> None:
        label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")
        label.setText(text)

    def save_settings(self) -> None:
        name = " ".join(self.officer.text().split())
        if not name:
            self._tell(self.settings_message, self.tr("Nama petugas wajib diisi."), ok=False)
            return
        language = self.language.currentData()
        restart = language != self.settings.language
        self.settings = self.settings.with_changes(officer_name=name, language=language)
        save_settings(self.settings)
        self._ctx.officer = name
        text = self.tr("Tersimpan.")
        if restart:
            text += " " + self.tr("Buka ulang aplikasi untuk memakai bahasa baru.")
        self._tell(self.settings_message, text, ok=True)
        self.settings_saved.emit(self.settings)
        self._changes.notify(SETTINGS)

    def save_village(self) -> None:
        v = update_village(self._ctx, head_name=" ".join(self.head.text().split()))
        self._show_village(v)
        self._tell(self.village_message, self.tr("Profil desa tersimpan."), ok=True)
        self._changes.notify(VILLAGE)
