"""The "Pengaturan" page: officer name and language, the village profile, its dusun, RW and RT, the Disnaker key."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core import i18n
from desmig_desktop.core.config import (
    MAX_OFFICER_NAME,
    Settings,
    clean_officer_name,
    save_settings,
    validate_officer_name,
)
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import VillageDTO
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.registry.ui import VILLAGE
from desmig_desktop.shell import SETTINGS
from desmig_desktop.shell.village_settings import OK_COLOUR, DistrictKeyBox, DusunBox, VillageProfileBox
from desmig_desktop.ui.changes import Changes
from desmig_desktop.ui.feedback import notify
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR, heading, hint

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language


class SettingsPage(QWidget):
    settings_saved = Signal(object)  # Settings

    def __init__(self, ctx: ServiceContext, settings: Settings, village: VillageDTO, changes: Changes,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.settings = settings
        self._changes = changes
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        outer = QVBoxLayout(body)
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
        self.officer = QLineEdit(settings.officer_name if settings.officer_known else "", mine)
        self.officer.setMaxLength(MAX_OFFICER_NAME)
        self.officer.setMinimumWidth(360)
        self.officer.setMaximumWidth(480)
        self.officer.setPlaceholderText(self.tr("nama Anda, tercatat di setiap perubahan data"))
        form.addRow(self.tr("Nama petugas"), self.officer)
        self.officer_hint = QLabel(self.tr("Nama petugas belum diisi: jejak audit mencatat \"%1\" untuk setiap "
                                           "perubahan. Tulis nama Anda lalu simpan.").replace("%1", ctx.officer), mine)
        self.officer_hint.setWordWrap(True)
        self.officer_hint.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.officer_hint.setVisible(not settings.officer_known)
        form.addRow("", self.officer_hint)
        # The language in use: `--lang` may differ from the saved choice (the combo once showed the saved choice,
        # "Bahasa Indonesia", while the session ran in English).
        self.in_use = i18n.get_language()
        self.language = QComboBox(mine)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.in_use), 0))
        self.language.setMaximumWidth(240)
        form.addRow(self.tr("Bahasa"), self.language)
        self.language_in_use = QLabel(self.tr("Bahasa yang dipakai sekarang: %1").replace("%1", LANGUAGE_NAMES[self.in_use])
                                      + ("" if self.in_use == settings.language else " " + self.tr(
                                          "(dipilih untuk sesi ini; tersimpan: %1)").replace(
                                          "%1", LANGUAGE_NAMES.get(settings.language, settings.language))), mine)
        form.addRow("", self.language_in_use)
        mine_layout.addWidget(hint(self.tr("Bahasa baru berlaku sesudah aplikasi ditutup dan dibuka lagi. Nama petugas "
                                           "langsung dipakai di catatan perubahan (audit)."), mine))
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Simpan pengaturan"), mine)
        self.save_button.clicked.connect(self.save_settings)
        row.addWidget(self.save_button)
        self.settings_message = QLabel(mine)
        self.settings_message.setWordWrap(True)
        row.addWidget(self.settings_message, 1)
        mine_layout.addLayout(row)
        outer.addWidget(mine)

        self.profile = VillageProfileBox(ctx, village, changes, self)
        self.profile.setMaximumWidth(820)
        outer.addWidget(self.profile)
        self.dusuns = DusunBox(ctx, village, changes, self)
        self.dusuns.setMaximumWidth(820)
        outer.addWidget(self.dusuns)
        self.district_key = DistrictKeyBox(ctx, changes, self)
        self.district_key.setMaximumWidth(820)
        outer.addWidget(self.district_key)
        outer.addStretch(1)
        self.officer.returnPressed.connect(self.save_settings)
        changes.changed.connect(self._on_changes)
        self.head = self.profile.fields["head_name"]  # the Kepala Desa field, as before
        self.village_message = self.profile.message

    def _on_changes(self, kinds: frozenset[str]) -> None:
        if VILLAGE in kinds:
            v = get_village(self._ctx)
            if v is not None:
                self.profile.show_village(v)
                self.dusuns.show_village(v)

    def save_village(self) -> None:
        self.profile.save()

    @staticmethod
    def _tell(label: QLabel, text: str, ok: bool) -> None:
        label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")
        label.setText(text)

    def save_settings(self) -> None:
        issues = validate_officer_name(self.officer.text())
        if issues:
            self._tell(self.settings_message, issues[0].message, ok=False)
            return
        name = clean_officer_name(self.officer.text())
        language = self.language.currentData()
        restart = language != self.in_use
        self.settings = self.settings.with_changes(officer_name=name, language=language)
        save_settings(self.settings)
        self._ctx.officer = name
        self.officer_hint.setVisible(False)
        text = self.tr("Tersimpan.")
        if restart:
            text += " " + self.tr("Buka ulang aplikasi untuk memakai bahasa baru.")
        self._tell(self.settings_message, text, ok=True)
        notify(self, self.tr("Pengaturan tersimpan: petugas %1.").replace("%1", name))
        self.settings_saved.emit(self.settings)
        self._changes.notify(SETTINGS)
