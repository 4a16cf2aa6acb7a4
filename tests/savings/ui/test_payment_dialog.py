"""Bayar angsuran: the split shows before saving, the saved payment has that split, over-payment is refused inline
unless the excess goes into the borrower's sukarela savings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desmig_desktop.savings.services.loan_queries import list_loans, loan_detail
from desmig_desktop.savings.services.loans import disburse_loan
from desmig_desktop.savings.services.members import member_accounts
from tests.savings.loan_setup import member_loan


def loan_row(ctx, lender, who="Bariyah", principal=1_500_000, on=date(2026, 9, 1)):  # type: ignore[no-untyped-def]
    loan = disburse_loan(ctx, member_loan(lender, who, principal, on))
    return next(r for r in list_loans(ctx, fund_id=lender.fund_id) if r.id == loan.row.id)


def open_dialog(qtbot, ctx, row):  # type: ignore[no-untyped-def]
    from desmig_desktop.savings.ui.payment_dialog import PaymentDialog

    d = PaymentDialog(ctx, row)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def type_amount(qtbot, d, text: str) -> None:  # type: ignore[no-untyped-def]
    d.amount.selectAll()
    qtbot.keyClick(d.amount, Qt.Key.Key_Backspace)
    qtbot.keyClicks(d.amount, text)


def test_the_split_shows_as_the_amount_is_typed_and_is_what_is_saved(qtbot, ctx, lender):
    # Rp1.500.000 over 3 months from 01/09/2026, jasa 2 %: Rp530.000 due 01/10 and 01/11; today 23/11/2026 the
    # November instalment is 22 days late (denda Rp5.000 a started 30 days), October's 53 days (2 blocks)
    row = loan_row(ctx, lender)
    assert row.status == "menunggak"
    d = open_dialog(qtbot, ctx, row)
    assert d.amount.value() == row.owed_now  # what is owed now is offered
    type_amount(qtbot, d, "600000")
    assert d.split.text().splitlines()[:3] == ["Denda: Rp15.000", "Jasa: Rp60.000", "Pokok: Rp525.000"]
    assert "Sisa untuk melunasi sesudah ini: Rp" in d.split.text()
    qtbot.mouseClick(d.other_payer, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(d.payer_name, "Darto")
    qtbot.keyClicks(d.payer_relation, "suami")
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.receipt is not None, d.messages()
    assert d.receipt.amount == 600_000 and d.receipt.received_from.startswith("Darto")
    paid = loan_detail(ctx, row.id).payments
    assert [(p.paid_on, p.amount, p.late_fee, p.fee, p.principal, p.payer) for p in paid] == [
        (date(2026, 11, 23), 600_000, 15_000, 60_000, 525_000, paid[0].payer)]
    assert "Darto" in paid[0].payer


def test_over_payment_is_refused_inline_unless_the_excess_is_saved(qtbot, ctx, lender):
    row = loan_row(ctx, lender, "Tukinem", 1_000_000, date(2026, 11, 1))  # nothing due yet on 23/11
    d = open_dialog(qtbot, ctx, row)
    type_amount(qtbot, d, "1200000")  # to close: Rp1.000.000 + 3 × Rp20.000 jasa = Rp1.060.000
    assert "cukup Rp1.060.000" in d.boxes["amount"].text()
    assert "Kelebihan: Rp140.000" in d.split.text()
    assert not d.excess.isHidden()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.receipt is None and loan_detail(ctx, row.id).payments == ()
    qtbot.mouseClick(d.excess, Qt.MouseButton.LeftButton)
    assert d.boxes["amount"].text() == ""
    assert "Pinjaman lunas dengan pembayaran ini." in d.split.text()
    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)
    assert d.receipt is not None, d.messages()
    assert list_loans(ctx, fund_id=lender.fund_id)[0].status == "lunas"
    tukinem = next(m for m in member_accounts(ctx, lender.fund_id) if m.name == "Tukinem")
    assert tukinem.sukarela == 140_000


def test_a_group_cannot_put_an_excess_into_savings(qtbot, ctx, lender):
    from desmig_desktop.savings.dto import LoanInput

    loan = disburse_loan(ctx, LoanInput(lender.fund_id, "group", 1_000_000, date(2026, 11, 1), 3,
                                        group_id=lender.group_id)).row
    row = next(r for r in list_loans(ctx, fund_id=lender.fund_id) if r.id == loan.id)
    d = open_dialog(qtbot, ctx, row)
    type_amount(qtbot, d, "1100000")
    assert "cukup Rp1.060.000" in d.boxes["amount"].text()
    assert "simpanan sukarela" not in d.boxes["amount"].text()
    assert d.excess.isHidden()
