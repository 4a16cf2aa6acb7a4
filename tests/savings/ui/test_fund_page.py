"""The Simpan Pinjam page over Dana Desmigratif Kuripan (the `kuripan` fixture: Rp2.000.000 capital, three members
who paid pokok Rp50.000): the fund picker, the cash and savings at the top of Kas & Jurnal, the journal and its
filters, the reversal action (Del, a date and a reason, the reversed row marked), a new fund's settings, Tutup Buku;
on a real database, the saved amounts read back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desmig_desktop.savings.dto import LedgerFilter
from desmig_desktop.savings.services.funds import fund_summary, list_funds
from desmig_desktop.savings.services.ledger_view import fund_ledger
from desmig_desktop.savings.services.moves import deposit

from tests.ui.modals import retype, saving


@pytest.fixture
def page(qtbot, ctx, kuripan, env):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.page import FundsPage

    p = FundsPage(env)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    qtbot.waitExposed(p)
    return p


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_fund_shows_its_cash_savings_and_journal(page, kuripan):  # type: ignore[no-untyped-def]
    assert page.picker.currentText() == "Dana Desmigratif Kuripan"
    assert page.picker.itemText(page.picker.count() - 1) == "Dana baru…"
    tab = page.ledger
    assert tab.cash.text() == "Kas Rp2.150.000"
    assert tab.savings.text() == "Simpanan Rp150.000"
    assert tab.savings_split.text() == "pokok Rp150.000 · wajib Rp0 · sukarela Rp0"
    assert tab.loans_note.text() == "0 pinjaman berjalan · PAR30 0,00%"
    assert tab.model.rowCount() == 4 and tab.count.text() == "4 catatan"
    assert sorted(cells(tab.model, 4)) == ["Rp2.000.000", "Rp50.000", "Rp50.000", "Rp50.000"]
    assert set(cells(tab.model, 1)) == {"Modal masuk", "Setoran simpanan"}


def test_journal_filters_by_kind_member_and_dates(qtbot, ctx, page, kuripan):  # type: ignore[no-untyped-def]
    deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2017, 3, 1))
    tab = page.ledger
    tab.load()
    tab.kind.setCurrentIndex(tab.kind.findData("capital"))
    assert cells(tab.model, 4) == ["Rp2.000.000"]
    tab.kind.setCurrentIndex(0)
    tab.member.setCurrentIndex(tab.member.findData(kuripan.members["Siti"]))
    assert sorted(cells(tab.model, 4)) == ["Rp10.000", "Rp50.000"]
    retype(qtbot, tab.start.edit, "01/02/2017")
    qtbot.keyClick(tab.start.edit, Qt.Key.Key_Tab)
    assert cells(tab.model, 4) == ["Rp10.000"]
    # the totals as of a past day: before anyone joined, only the capital
    retype(qtbot, tab.as_of.edit, "03/01/2017")
    qtbot.keyClick(tab.as_of.edit, Qt.Key.Key_Tab)
    assert tab.cash.text() == "Kas Rp2.000.000" and tab.savings.text() == "Simpanan Rp0"


def test_reversal_with_del_asks_a_reason_and_marks_the_row(qtbot, ctx, page, kuripan):  # type: ignore[no-untyped-def]
    tab = page.ledger
    tab.member.setCurrentIndex(tab.member.findData(kuripan.members["Bariyah"]))
    assert tab.model.rowCount() == 1
    tab.table.setFocus()
    tab.table.selectRow(0)
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason yet
        seen["empty"] = (dialog.isVisible(), dialog.messages())
        seen["what"] = " ".join(lab.text() for lab in dialog.findChildren(type(tab.count)))
        retype(qtbot, dialog.reason, "Salah orang, seharusnya Tukinem")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    tab.table.customContextMenuRequested.emit(tab.table.visualRect(tab.model.index(0, 0)).center())
    menu = tab.table.property("context_menu")
    assert [a.text() for a in menu.actions()] == ["Batalkan catatan…", "Cetak kwitansi…"]
    menu.close()
    assert tab.reverse_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert seen["empty"][0] and "Alasan" in seen["empty"][1]
    assert "Rp50.000" in seen["what"]
    assert fund_summary(ctx, kuripan.fund_id).cash == 2_100_000
    assert tab.cash.text() == "Kas Rp2.100.000"
    status = cells(tab.model, 7)
    assert "Dibatalkan: Salah orang, seharusnya Tukinem" in status
    assert "Pembatalan: Salah orang, seharusnya Tukinem" in status
    rows = fund_ledger(ctx, kuripan.fund_id, LedgerFilter(member_id=kuripan.members["Bariyah"]))
    assert sum(r.cash_in - r.cash_out for r in rows) == 0
    # a reversed entry cannot be reversed again: the action is off on it
    row = tab.model.find(lambda r: r.reversed_by)
    tab.table.selectRow(row)
    assert not tab.reverse_button.isEnabled() and not tab.reverse_action.isEnabled()


def test_a_cost_larger_than_the_cash_is_refused_inline(qtbot, ctx, page, kuripan):  # type: ignore[no-untyped-def]
    tab = page.ledger
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.description, "Beli lemari")
        retype(qtbot, dialog.amount, "5.000.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["refused"] = (dialog.isVisible(), dialog.messages())
        retype(qtbot, dialog.amount, "75000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.run_dialog = fill
    qtbot.mouseClick(tab.cost_button, Qt.MouseButton.LeftButton)
    assert seen["refused"][0] and "Rp2.150.000" in seen["refused"][1]
    assert fund_summary(ctx, kuripan.fund_id).cash == 2_075_000
    assert tab.cash.text() == "Kas Rp2.075.000"


def test_new_fund_from_the_picker_keeps_the_rates_typed_in_percent(qtbot, ctx, page):  # type: ignore[no-untyped-def]
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.name, "Dana Salak")
        retype(qtbot, dialog.fee, "dua")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["bad"] = (dialog.isVisible(), dialog.messages())
        retype(qtbot, dialog.fee, "2,5")
        retype(qtbot, dialog.wajib, "Rp5.000")
        dialog.late_kind.setCurrentIndex(dialog.late_kind.findData("flat"))
        retype(qtbot, dialog.late_amount, "2.000")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    page.run_dialog = fill
    page.picker.setCurrentIndex(page.picker.count() - 1)
    page.picker.activated.emit(page.picker.count() - 1)
    assert seen["bad"][0] and "Jasa pinjaman: tulis persen per bulan" in seen["bad"][1]
    made = {f.name: f for f in list_funds(ctx)}["Dana Salak"]
    assert (made.fee_bp, made.wajib_amount, made.late_fee_kind, made.late_fee_amount) == (250, 5_000, "flat", 2_000)
    assert page.picker.currentText() == "Dana Salak" and page.fund.id == made.id
    assert "Jasa 2,50% per bulan" in page.info.text()


def test_year_end_shows_the_split_then_closes_the_year(qtbot, ctx, page, kuripan):  # type: ignore[no-untyped-def]
    ctx.today_override = date(2018, 1, 15)
    page.tabs.setCurrentWidget(page.yearend)
    tab = page.yearend
    tab.reload()
    assert tab.year.currentData() == 2017
    assert tab.state.text() == "Pratinjau: belum dibukukan"
    assert tab.figures["surplus"].text() == "Rp0"
    asked = []
    tab.confirm = lambda text: asked.append(text) or True
    assert tab.close_button.isEnabled()
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert asked and "Tutup buku 2017 dana Dana Desmigratif Kuripan?" in asked[0]
    assert tab.state.text() == "Sudah ditutup" and not tab.close_button.isEnabled()
    assert "2017 oleh Siti Petugas" in tab.closed.text()


def test_reversing_a_loan_with_payments_is_refused_inline_then_the_payment_first(qtbot, ctx, village, env):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.services.loans import disburse_loan
    from desmig_desktop.savings.services.payments import record_payment
    from desmig_desktop.savings.ui.page import FundsPage
    from tests.savings.loan_setup import make_lender, member_loan, pay

    lender = make_lender(ctx)
    loan = disburse_loan(ctx, member_loan(lender))
    record_payment(ctx, pay(loan.row.id, date(2017, 3, 1), 353_334))
    page = FundsPage(env)
    qtbot.addWidget(page)
    tab = page.ledger
    seen = []

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        retype(qtbot, dialog.reason, "Salah catat")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.messages()))
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    tab.run_dialog = fill
    tab.kind.setCurrentIndex(tab.kind.findData("loan"))
    assert cells(tab.model, 5) == ["Rp1.000.000"]
    tab.table.selectRow(0)
    tab.reverse()
    assert seen[-1][0] and "angsuran" in seen[-1][1].lower(), seen  # refused: pay-backs first
    assert fund_summary(ctx, lender.fund_id).principal_outstanding > 0
    tab.kind.setCurrentIndex(tab.kind.findData("payment"))
    tab.table.selectRow(0)
    tab.reverse()
    assert seen[-1] == (False, "")
    tab.kind.setCurrentIndex(tab.kind.findData("loan"))
    tab.table.selectRow(0)
    tab.reverse()
    assert seen[-1] == (False, "")
    assert fund_summary(ctx, lender.fund_id).cash == 10_000_000
    assert tab.cash.text() == "Kas Rp10.000.000"


def test_a_save_elsewhere_is_read_when_the_page_is_shown_again(qtbot, ctx, kuripan, env):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.page import make_page

    env.parent = None
    page = make_page(env)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.ledger.cash.text() == "Kas Rp2.150.000"
    page.hide()
    deposit(ctx, kuripan.members["Siti"], "sukarela", 40_000, date(2017, 2, 1))  # e.g. from the person's page
    env.changes.notify("persons")
    page.show()
    qtbot.waitExposed(page)
    assert page.ledger.cash.text() == "Kas Rp2.190.000"


def test_monthly_report_as_a_pdf(qtbot, ctx, page, kuripan, tmp_path):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2017, 1, 20))
    tab = page.ledger

    def fill(dialog):  # type: ignore[no-untyped-def]
        dialog.month.setCurrentIndex(dialog.month.findData(1))
        retype(qtbot, dialog.year, "2017")

    tab.run_dialog = saving(qtbot, fill)
    tab.ask_path = lambda suggested: tmp_path / "bulanan.pdf"
    written = tab.print_month()
    text = "\n".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert "Januari 2017" in text and "Rp2.160.000" in text  # closing cash: capital, three pokok, one wajib


def test_editing_the_settings_shows_them_as_typed_and_keeps_the_rest(qtbot, ctx, page, kuripan):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.dto import FundInput
    from desmig_desktop.savings.services.funds import get_fund, update_fund

    f = get_fund(ctx, kuripan.fund_id)
    update_fund(ctx, f.id, FundInput(f.name, f.opened_on, pokok_amount=50_000, wajib_amount=10_000, fee_bp=250,
                                     late_fee_kind="percent", late_fee_amount=50, max_open_loans=1))
    page.refresh()
    seen = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        seen["shown"] = (dialog.fee.text(), dialog.late_amount.text(), dialog.reserve.text())
        retype(qtbot, dialog.max_open, "2")

    page.run_dialog = saving(qtbot, fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert seen["shown"] == ("2,50", "0,50", "Sisanya, 20 %, menjadi cadangan dana.")
    after = get_fund(ctx, kuripan.fund_id)
    assert (after.max_open_loans, after.fee_bp, after.late_fee_kind, after.late_fee_amount) == (2, 250, "percent", 50)
    assert after.pokok_amount == 50_000 and after.wajib_amount == 10_000
    assert "denda 0,50% angsuran per 30 hari terlambat" in page.info.text()


def test_rates_follow_the_language():
    from desmig_desktop.core import i18n
    from desmig_desktop.savings.ui import parse_percent, percent_text, rate_text

    assert (percent_text(250), rate_text(250), percent_text(10_000)) == ("2,50%", "2,50", "100,00%")
    i18n.set_language("en")
    try:
        assert (percent_text(250), rate_text(250), parse_percent(rate_text(250))) == ("2.50%", "2.50", 250)
    finally:
        i18n.set_language("id")
