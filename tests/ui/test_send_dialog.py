"""Kirim ke Disnaker (village side): the dialog writes a real package that opens with the password it showed once
(or with Disnaker's key), the recap workbook and PDF beside it; the prepared e-mail names the files and never the
password; Pengaturan's Kunci Disnaker box keeps the key and refuses a file that is not one."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QObject, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QDesktopServices

from desmig_desktop.app import PILLARS
from desmig_desktop.core.periods import Period
from desmig_desktop.district.keys import make_key_pair
from desmig_desktop.district.package import open_package
from desmig_desktop.district.village_link import district_link, set_district_key
from desmig_desktop.shell.recap_page import RecapPage
from desmig_desktop.shell.send_dialog import SendDialog, last_ended_month, mail_url
from desmig_desktop.shell.village_settings import DistrictKeyBox
from tests.ui.modals import answer


class UrlCatcher(QObject):
    """Stands in for the browser and the mail program: the URLs the app asked the desktop to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(QUrl(url))


@pytest.fixture
def opened(qapp):  # type: ignore[no-untyped-def]
    catcher = UrlCatcher()
    for scheme in ("mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    yield catcher.urls
    for scheme in ("mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def query_value(url: QUrl, key: str) -> str:
    return QUrlQuery(url).queryItemValue(key, QUrl.ComponentFormattingOption.FullyDecoded)


def test_the_default_period_is_the_last_ended_month():
    from datetime import date

    assert last_ended_month(date(2026, 11, 23)).code == "2026-10"
    assert last_ended_month(date(2027, 1, 5)).code == "2026-12"


def test_the_mail_names_recipient_subject_and_files_never_the_password():
    files = [Path("/x/3307092001-2026-11-23.desmig"), Path("/x/rekap-kuri+pan & co-2026-10.xlsx")]
    url = mail_url("disnaker@wonosobokab.go.id", "Kuripan", Period.month(2026, 10), files, password_apart=True)
    assert url.scheme() == "mailto" and url.path() == "disnaker@wonosobokab.go.id"
    assert query_value(url, "subject") == "Paket Desmigratif Desa Kuripan Oktober 2026"
    body = query_value(url, "body")
    assert "- 3307092001-2026-11-23.desmig\r\n- rekap-kuri+pan & co-2026-10.xlsx" in body
    assert "Kata sandi paket kami sampaikan terpisah" in body
    encoded = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert "%2B" in encoded and "%26" in encoded and " " not in encoded  # "+" and "&" survive any mail program


def test_the_dialog_writes_the_package_and_the_recap_and_shows_the_password_once(qtbot, ctx, people, changes, tmp_path,
                                                                                  opened):
    page = RecapPage(ctx, changes, PILLARS)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path / "kirim"))
    dialog = page.send_to_district()
    assert isinstance(dialog, SendDialog)
    assert dialog.period().code == "2026-10"  # today is 23 November 2026
    assert dialog.folder.text() == str(tmp_path / "kirim")
    assert "kata sandi sekali pakai" in dialog.encryption.text()
    with qtbot.waitSignal(dialog.sent, timeout=30000) as blocker:
        dialog.ok_button.click()
    outcome = blocker.args[0]
    package_file, xlsx, pdf = outcome.files
    assert package_file.name == "3307092001-2026-11-23.desmig"
    assert (xlsx.name, pdf.name) == ("rekap-kuripan-2026-10.xlsx", "rekap-kuripan-2026-10.pdf")
    assert all(p.parent == tmp_path / "kirim" for p in outcome.files)
    assert dialog.pages.currentIndex() == 1 and not dialog.password_box.isHidden()
    password = dialog.password.text()
    assert len(password.split("-")) == 6
    assert "Catat kata sandi ini sekarang: tidak akan ditampilkan lagi" in dialog.password_warning.text()
    for p in outcome.files:
        assert p.name in dialog.files_label.text()
    package = open_package(package_file, password=password)
    assert package.manifest.sequence == 1 and package.manifest.period == "2026-10"
    assert package.manifest.village_code == "3307092001"
    assert len(package.tables["person"].rows) == 5
    book = load_workbook(xlsx, read_only=True)
    cells = [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert "Sularmi" in cells and people.niks["Sularmi"] not in cells
    text = " ".join(" ".join(pg.extract_text() for pg in PdfReader(pdf).pages).split())
    assert "DESA KURIPAN" in text and "Oktober 2026" in text

    assert [u.scheme() for u in opened] == ["file", "mailto"]  # opened at once, for the officer to attach
    dialog.open_folder.click()
    dialog.write_mail.click()
    assert [u.scheme() for u in opened] == ["file", "mailto"] * 2 and opened[2:] == opened[:2]
    assert Path(opened[0].toLocalFile()) == tmp_path / "kirim"
    mail = opened[1]
    assert mail.path() == ""  # no Disnaker address yet: the officer types it
    assert query_value(mail, "subject") == "Paket Desmigratif Desa Kuripan Oktober 2026"
    body = query_value(mail, "body")
    assert all(f"- {p.name}" in body for p in outcome.files)
    assert password not in mail.toString() and password not in body
    assert "belum diisi" in dialog.email_hint.text()


def test_with_disnakers_key_the_package_opens_with_its_private_key_and_no_password(qtbot, ctx, people, tmp_path,
                                                                                    opened):
    private, public = make_key_pair(tmp_path / "disnaker")
    set_district_key(ctx, public.read_text(), "disnaker@wonosobokab.go.id")
    link = district_link(ctx)
    dialog = SendDialog(ctx, PILLARS, tmp_path / "kirim")
    qtbot.addWidget(dialog)
    dialog.show()
    assert link.fingerprint in dialog.encryption.text()
    with qtbot.waitSignal(dialog.sent, timeout=30000) as blocker:
        dialog.ok_button.click()
    outcome = blocker.args[0]
    assert outcome.package.password is None and dialog.password_box.isHidden()
    assert open_package(outcome.package.path, key=private).manifest.sequence == 1
    dialog.write_mail.click()
    assert opened[-1].path() == "disnaker@wonosobokab.go.id"
    assert "terpisah" not in query_value(opened[-1], "body")
    again = SendDialog(ctx, PILLARS, tmp_path / "kirim")
    qtbot.addWidget(again)
    again.show()
    seen: list[str] = []
    answer("Ganti", seen)  # the recap files of the first sending are in the folder: the officer agrees
    with qtbot.waitSignal(again.sent, timeout=30000) as blocker:
        again.ok_button.click()
    assert "rekap-kuripan-2026-10.xlsx" in seen[0]
    second = blocker.args[0].package
    assert second.sequence == 2 and second.path.name == "3307092001-2026-11-23-2.desmig"
    assert "Paket ke-2" in again.files_label.text()


def test_the_key_box_keeps_the_key_and_refuses_a_file_that_is_not_one(qtbot, ctx, village, changes, tmp_path):
    _private, public = make_key_pair(tmp_path / "disnaker")
    box = DistrictKeyBox(ctx, changes)
    qtbot.addWidget(box)
    assert box.fingerprint.text().startswith("Belum ada")
    box.save_email()
    assert "Pilih dulu berkas kunci district-key.pub" in box.message.text()
    box.email.setText("disnaker@wonosobokab.go.id")
    box.choose_key_file(public)
    link = district_link(ctx)
    assert link.key == public.read_text().strip() and link.email == "disnaker@wonosobokab.go.id"
    assert box.fingerprint.text() == f"Sidik jari: {link.fingerprint}"
    assert "tersimpan" in box.message.text()

    bad = tmp_path / "surat.pub"
    bad.write_text("bukan kunci\n", encoding="utf-8")
    box.choose_key_file(bad)
    assert box.message.text().startswith("Berkas surat.pub tidak dipakai: ")
    assert "bukan kunci publik distrik" in box.message.text()
    assert district_link(ctx).key == link.key  # the key kept is still Disnaker's
    box.choose_key_file(tmp_path / "tidak-ada.pub")
    assert "tidak-ada.pub" in box.message.text()

    box.email.setText("disnaker di wonosobo")
    box.save_email()
    assert "bukan alamat e-mail" in box.message.text()
    assert district_link(ctx).email == "disnaker@wonosobokab.go.id"
