"""Anggota & Simpanan over Dana Desmigratif Kuripan (the `kuripan` fixture): joining a registered person with the
kit's picker, deposits (the fund's wajib amount to start with, a payer who is not the member), a sukarela withdrawal
larger than the balance refused inline with the balance, a wrong amount named under its field, receipts and a
statement written to real PDFs and read back; nothing half-saved."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desmig_desktop.savings.services.members import member_accounts
from desmig_desktop.savings.services.moves import deposit
from tests.savings.conftest import register
from tests.savings.ui.test_fund_page import retype, saving


@pytest.fixture
def tab(qtbot, ctx, kuripan, env):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.page import FundsPage

    page = FundsPage(env)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.members)
    return page.members


def account(ctx, kuripan, name):  # type: ignore[no-untyped-def]
    return {m.name: m for m in member_accounts(ctx, kuripan.fund_id)}[name]


def select(tab, name):  # type: ignore[no-untyped-def]
    row = tab.model.find(lambda m: m.name == name)
    assert row >= 0
    tab.table.selectRow(row)


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_members_listed_with_their_savings(tab):  # type: ignore[no-untyped-def]
    names = [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    assert names == ["Bariyah", "Siti", "Tukinem"]
    assert [tab.model.index(r, 2).data() for r in range(3)] == ["Rp50.000"] * 3
    assert tab.totals.text() == "3 anggota, simpanan Rp150.000"


def test_deposit_wajib_paid_by_a_relative_then_its_receipt(qtbot, ctx, kuripan, tab, tmp_path):  # type: ignore[no-untyped-def]
    select(tab, "Siti")
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        seen["kind"], seen["amount"] = dialog.kind.currentData(), dialog.amount.text()
        retype(qtbot, dialog.on.edit, "01/03/2017")
        retype(qtbot, dialog.amount, "30000")
        retype(qtbot, dialog.payer, "Darto (suami)")

    tab.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(tab.deposit_button, Qt.MouseButton.LeftButton)
    assert seen == {"kind": "wajib", "amount": "Rp10.000"}  # the fund's monthly wajib to start with
    assert account(ctx, kuripan, "Siti").wajib == 30_000
    assert tab.model.index(tab.model.find(lambda m: m.name == "Siti"), 3).data() == "Rp30.000"
    tab.ask_path = lambda suggested: tmp_path / "kw.pdf"
    written = tab.print_last_receipt()
    text = pdf_text(written)
    assert "Rp30.000" in text and "Darto (suami)" in text and "tiga puluh ribu rupiah" in text.lower()


def test_a_wrong_amount_is_named_and_nothing_is_saved(qtbot, ctx, kuripan, tab):  # type: ignore[no-untyped-def]
    select(tab, "Bariyah")
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.amount, "sepuluh ribu")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["shown"] = (dialog.isVisible(), dialog.boxes["amount"].text())
        dialog.reject()
        return dialog.result()

    tab.run_dialog = fill
    tab.deposit()
    assert seen["shown"] == (True, "Jumlah: tulis angka Rupiah, mis. 8000000 atau Rp8.000.000.")
    assert account(ctx, kuripan, "Bariyah").savings_total == 50_000


def test_withdrawal_larger_than_the_sukarela_is_refused_with_the_balance(qtbot, ctx, kuripan, tab):  # type: ignore[no-untyped-def]
    deposit(ctx, kuripan.members["Tukinem"], "sukarela", 120_000, date(2017, 2, 1))
    tab.reload()
    select(tab, "Tukinem")
    assert tab.withdraw_button.isEnabled()
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.on.edit, "01/03/2017")
        retype(qtbot, dialog.amount, "Rp150.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = (dialog.isVisible(), dialog.messages())
        retype(qtbot, dialog.amount, "100.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    assert seen["refused"][0] and "Rp120.000" in seen["refused"][1]
    assert account(ctx, kuripan, "Tukinem").sukarela == 20_000
    # a member without sukarela has nothing to withdraw: the button is off
    select(tab, "Siti")
    assert not tab.withdraw_button.isEnabled()


def test_join_a_registered_person_paying_pokok(qtbot, ctx, kuripan, tab):  # type: ignore[no-untyped-def]
    register(ctx, "Musrifah", 7)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.search, "Musri")
        dialog.picker.search_now()
        seen["listed"] = [dialog.results.item(i).text().split(" · ")[0] for i in range(dialog.results.count())]
        retype(qtbot, dialog.joined_on.edit, "01/02/2017")

    tab.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(tab.join_button, Qt.MouseButton.LeftButton)
    assert seen["listed"] == ["Musrifah"]
    new = account(ctx, kuripan, "Musrifah")
    assert (new.number, new.pokok, new.joined_on) == ("A-004", 50_000, date(2017, 2, 1))
    assert tab.selected().name == "Musrifah"


def test_statement_of_a_member_as_a_pdf(qtbot, ctx, kuripan, tab, tmp_path):  # type: ignore[no-untyped-def]
    deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2017, 2, 1))
    tab.reload()
    select(tab, "Siti")

    def fill(dialog):  # type: ignore[no-untyped-def]
        retype(qtbot, dialog.start.edit, "01/01/2017")
        retype(qtbot, dialog.end.edit, "31/12/2017")

    tab.run_dialog = saving(qtbot, fill)
    tab.ask_path = lambda suggested: tmp_path / "rekening.pdf"
    written = tab.print_statement()
    text = pdf_text(written)
    assert "Siti" in text and "Rp10.000" in text and "Rp50.000" in text


def test_leaving_is_refused_while_sukarela_remains_then_pokok_is_paid_back(qtbot, ctx, kuripan, tab):  # type: ignore[no-untyped-def]
    deposit(ctx, kuripan.members["Bariyah"], "sukarela", 15_000, date(2017, 2, 1))
    tab.reload()
    select(tab, "Bariyah")
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.left_on.edit, "01/06/2017")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = (dialog.isVisible(), dialog.messages())
        dialog.reject()
        return dialog.result()

    tab.run_dialog = fill
    tab.leave()
    assert seen["refused"][0] and "sukarela Rp15.000" in seen["refused"][1]
    assert account(ctx, kuripan, "Bariyah").left_on is None
    from desmig_desktop.savings.services.moves import withdraw

    withdraw(ctx, kuripan.members["Bariyah"], 15_000, date(2017, 3, 1))
    tab.reload()
    select(tab, "Bariyah")
    tab.run_dialog = saving(qtbot, lambda d: retype(qtbot, d.left_on.edit, "01/06/2017"))
    tab.leave()
    gone = account(ctx, kuripan, "Bariyah")
    assert gone.left_on == date(2017, 6, 1) and gone.savings_total == 0
    assert "Bariyah (keluar 01/06/2017)" in [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]
    tab.table.selectRow(tab.model.find(lambda m: m.name == "Bariyah"))
    assert not tab.deposit_button.isEnabled()  # no deposits for one who left
