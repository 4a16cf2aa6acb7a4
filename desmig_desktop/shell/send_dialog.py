"""Rekap → "Kirim ke Disnaker": the village package (district.package.write_package) and the recap workbook and
PDF of the same period beside it, written on a worker thread; then the three files, the one-time password when
the village has no district key (shown here once, never again, never in the e-mail), "Buka folder" and
"Tulis e-mail" (a prepared mailto: to Disnaker's address, the files to attach listed in its body)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, QUrlQuery, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.files import describe_failure
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import Pillar
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.shell.recap_page import recap_paths, write_recap
from desmig_desktop.ui.files import FolderField, confirm_replace_all
from desmig_desktop.ui.widgets import ERROR_COLOUR, WARNING_COLOUR, heading, hint
from desmig_desktop.ui.workers import Worker, run_with_progress

RECAP_FORMATS = ("xlsx", "pdf")


def last_ended_month(today: date) -> Period:
    """The month before `today`'s: the last one that has ended (the package's default period)."""
    return Period.month(today.year - 1, 12) if today.month == 1 else Period.month(today.year, today.month - 1)


def mail_url(to: str, village_name: str, period: Period, files: Sequence[Path], password_apart: bool) -> QUrl:
    """The prepared e-mail to Disnaker: recipient, subject and a body naming the files to attach (never the
    password: when there is one, the body says it comes another way). Encoded by QUrlQuery, so `&`, `+`, `=` and
    line breaks in names reach the mail program as written."""
    subject = QCoreApplication.translate("SendDialog", "Paket Desmigratif Desa %1 %2").replace(
        "%1", village_name).replace("%2", period.label)
    lines = [QCoreApplication.translate("SendDialog", "Yth. Disnaker,"), "",
             QCoreApplication.translate("SendDialog", "Bersama ini kami kirim paket data Desmigratif Desa %1 untuk "
                                        "periode %2. Berkas yang dilampirkan:").replace("%1", village_name)
             .replace("%2", period.label)]
    lines += [f"- {Path(f).name}" for f in files]
    if password_apart:
        lines += ["", QCoreApplication.translate("SendDialog", "Kata sandi paket kami sampaikan terpisah (telepon "
                                                 "atau SMS), tidak lewat e-mail ini.")]
    lines += ["", QCoreApplication.translate("SendDialog", "Terima kasih."), ""]
    query = QUrlQuery()
    for key, value in (("subject", subject), ("body", "\r\n".join(lines))):
        # QUrlQuery leaves "+" as is, and some mail programs read it as a space: encode it ourselves.
        query.addQueryItem(key, QUrl.toPercentEncoding(value, b"", b"+").data().decode("ascii"))
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(to.strip())
    url.setQuery(query)
    return url


@dataclass(frozen=True)
class SendOutcome:
    package: Any  # district.package.SentPackage
    recap: tuple[Path, ...]

    @property
    def files(self) -> tuple[Path, ...]:
        return (Path(self.package.path), *self.recap)


def send(ctx: ServiceContext, folder: Path, period: Period, pillars: Sequence[Pillar],
         report: Any = None) -> SendOutcome:
    """The package, then the recap of the same period beside it (worker thread)."""
    from desmig_desktop.district.package import write_package

    if report:
        report(0, 3)
    folder.mkdir(parents=True, exist_ok=True)
    package = write_package(ctx, folder, pillars, period)
    if report:
        report(1, 3)
    recap = write_recap(ctx, period, folder, RECAP_FORMATS, False, None, pillars)
    if report:
        report(3, 3)
    return SendOutcome(package, tuple(recap))


class SendDialog(QDialog):
    sent = Signal(object)  # SendOutcome
    failed = Signal(str)

    def __init__(self, ctx: ServiceContext, pillars: Sequence[Pillar], folder: Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._pillars = tuple(pillars)
        self.worker: Worker | None = None
        self.outcome: SendOutcome | None = None
        self.village = get_village(ctx)
        from desmig_desktop.district.village_link import district_link

        self.link = district_link(ctx)
        self.setWindowTitle(self.tr("Kirim ke Disnaker"))
        self.setMinimumWidth(640)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        self.pages.addWidget(self._ask_page(folder))
        self.pages.addWidget(self._result_page())

    # ---- asking ----------------------------------------------------------------------------

    def _ask_page(self, folder: Path) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(heading(self.tr("Kirim ke Disnaker"), page))
        lay.addWidget(hint(self.tr("Membuat satu paket terenkripsi berisi seluruh data desa dan rekap periode yang "
                                   "dipilih, ditambah rekap Excel dan PDF di sampingnya. Paket dikirim ke Disnaker "
                                   "sebagai lampiran e-mail atau lewat flashdisk."), page))
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        default = last_ended_month(self._ctx.today())
        row = QHBoxLayout()
        self.month = QComboBox(page)
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat).capitalize(), m)
        self.month.setCurrentIndex(default.start.month - 1)
        self.month.setMinimumWidth(150)
        self.year = QSpinBox(page)
        self.year.setRange(2000, self._ctx.today().year)
        self.year.setValue(default.start.year)
        row.addWidget(self.month)
        row.addWidget(self.year)
        row.addStretch(1)
        form.addRow(self.tr("Periode rekap"), row)
        field = FolderField(folder, self.tr("Pilih folder untuk paket"), page)
        self.folder, self.browse = field.line, field.button
        form.addRow(self.tr("Simpan ke folder"), field)
        lay.addLayout(form)
        if self.link.key:
            text = self.tr("Paket dienkripsi untuk kunci Disnaker (sidik jari %1): hanya Disnaker yang bisa "
                           "membukanya.").replace("%1", self.link.fingerprint)
        else:
            text = self.tr("Desa belum menyimpan kunci Disnaker: paket dienkripsi dengan kata sandi sekali pakai "
                           "yang ditampilkan sekali sesudah paket dibuat. Simpan kunci di Pengaturan → Kunci "
                           "Disnaker agar tidak perlu kata sandi.")
        self.encryption = QLabel(text, page)
        self.encryption.setWordWrap(True)
        self.encryption.setStyleSheet("" if self.link.key else f"color: {WARNING_COLOUR};")
        lay.addWidget(self.encryption)
        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setVisible(False)
        lay.addWidget(self.message)
        lay.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok_button = QPushButton(self.tr("Buat paket"), page)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Batal"), page)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        lay.addLayout(buttons)
        return page

    def period(self) -> Period:
        return Period.month(self.year.value(), self.month.currentData())


    def start(self) -> None:
        period = self.period()
        if period.start > self._ctx.today():
            self._fail(self.tr("Periode %1 belum dimulai: pilih bulan yang sudah lewat.").replace("%1", period.label))
            return
        folder = Path(self.folder.text().strip() or ".").expanduser()
        name = self.village.name if self.village else ""
        if not confirm_replace_all(self, recap_paths(name, period, folder, RECAP_FORMATS, False)):
            return
        self.ok_button.setEnabled(False)
        self.message.setVisible(False)
        ctx, pillars = self._ctx, self._pillars
        self.worker, _dialog = run_with_progress(
            self, self.tr("Kirim ke Disnaker"), self.tr("Membuat paket dan rekap %1…").replace("%1", period.label),
            lambda report, _cancelled: send(ctx, folder, period, pillars, report), cancellable=False)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(lambda exc: self._fail(describe_failure(exc, folder)))

    def _fail(self, text: str) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(text)
        self.message.setVisible(True)
        self.failed.emit(text)

    # ---- the result ------------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.result_title = heading(self.tr("Paket siap dikirim"), page)
        lay.addWidget(self.result_title)
        self.files_label = QLabel(page)
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.files_label)
        self.password_box = QWidget(page)
        pw = QVBoxLayout(self.password_box)
        pw.setContentsMargins(0, 6, 0, 6)
        pw.addWidget(QLabel(self.tr("Kata sandi paket:"), self.password_box))
        self.password = QLabel(self.password_box)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.password.setFont(font)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.password.setStyleSheet("background: #fff8e1; border: 1px solid #f9ab00; padding: 8px;")
        self.password.setMinimumHeight(QFontMetrics(font).height() + 24)
        pw.addWidget(self.password)
        self.password_warning = QLabel(self.tr("Catat kata sandi ini sekarang: tidak akan ditampilkan lagi. "
                                               "Sampaikan ke Disnaker lewat telepon atau SMS, jangan lewat e-mail "
                                               "yang sama dengan paketnya."), self.password_box)
        self.password_warning.setWordWrap(True)
        self.password_warning.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        pw.addWidget(self.password_warning)
        lay.addWidget(self.password_box)
        self.email_hint = hint("", page)
        lay.addWidget(self.email_hint)
        lay.addStretch(1)
        buttons = QHBoxLayout()
        self.open_folder = QPushButton(self.tr("Buka folder"), page)
        self.open_folder.clicked.connect(self.open_folder_url)
        self.write_mail = QPushButton(self.tr("Tulis e-mail"), page)
        self.write_mail.clicked.connect(self.open_mail)
        self.close_button = QPushButton(self.tr("Tutup"), page)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.write_mail)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)
        return page

    def _done(self, outcome: SendOutcome) -> None:
        self.outcome = outcome
        package = outcome.package
        lines = [self.tr("Paket ke-%1 untuk %2 dan rekapnya tersimpan di %3:").replace("%1", str(package.sequence))
                 .replace("%2", package.period.label).replace("%3", str(Path(package.path).parent))]
        lines += [f"   • {p.name}" for p in outcome.files]
        self.files_label.setText("\n".join(lines))
        self.password.setText(package.password or "")
        self.password_box.setVisible(bool(package.password))
        if self.link.email:
            self.email_hint.setText(self.tr("\"Tulis e-mail\" menyiapkan e-mail ke %1: lampirkan ketiga berkas di "
                                            "atas sebelum mengirim.").replace("%1", self.link.email))
        else:
            self.email_hint.setText(self.tr("Alamat e-mail Disnaker belum diisi (Pengaturan → Kunci Disnaker): "
                                            "isi penerimanya sendiri di program e-mail."))
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.adjustSize()  # the result page is taller than the question (the password, the e-mail line)
        # The folder and the prepared e-mail open at once, for the officer to attach the files; this dialog stays
        # (with the password, when there is one), and its buttons open them again.
        self.open_folder_url()
        self.open_mail()
        self.sent.emit(outcome)

    def mail_url(self) -> QUrl:
        assert self.outcome is not None
        package = self.outcome.package
        return mail_url(self.link.email, self.village.name if self.village else "", package.period,
                        self.outcome.files, bool(package.password))

    def open_folder_url(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.outcome.package.path).parent)))

    def open_mail(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(self.mail_url())
