"""The documents' data on a real fund (Dana Salak of tests/savings/loan_setup.py, Rp10.000.000 capital on
02/01/2017), recorded through the services users call:

Bariyah: wajib Rp10.000 on 10/01, sukarela Rp200.000 on 20/01; a loan PJ/2017/0001 of Rp1.000.000 on 31/01
(3 months, jasa Rp20.000); in February wajib Rp10.000 (10/02), a withdrawal of Rp50.000 (15/02), sukarela
Rp30.000 (20/02) reversed on 25/02 ("salah ketik"), and the first instalment Rp353.333 on 28/02.
Cash: January 10.000.000 + 10.000 + 200.000 - 1.000.000 = 9.210.000; February + 10.000 + 30.000 - 50.000
- 30.000 + 353.333 = 9.523.333.
"""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.services.village import get_village
from desmig_desktop.savings.reports import agreement_pdf, monthly_report_pdf, statement_pdf
from desmig_desktop.savings.services import funds, loans, members, moves, payments
from desmig_desktop.savings.services.statements import loan_agreement, member_statement, monthly_report
from tests.savings.loan_setup import lender, member_loan, pay  # noqa: F401  (lender: a fixture)
from tests.savings.reports.test_pdfs import text_of


@pytest.fixture
def book(ctx, lender):  # type: ignore[no-untyped-def]
    """Bariyah's month of February 2017 (see the module's docstring); returns (lender, member id, loan id)."""
    ctx.today_override = date(2017, 6, 30)
    bariyah = lender.members["Bariyah"]
    moves.deposit(ctx, bariyah, "wajib", 10_000, date(2017, 1, 10))
    moves.deposit(ctx, bariyah, "sukarela", 200_000, date(2017, 1, 20))
    loan = loans.disburse_loan(ctx, member_loan(lender, "Bariyah", 1_000_000, date(2017, 1, 31))).row.id
    moves.deposit(ctx, bariyah, "wajib", 10_000, date(2017, 2, 10))
    moves.withdraw(ctx, bariyah, 50_000, date(2017, 2, 15))
    wrong = moves.deposit(ctx, bariyah, "sukarela", 30_000, date(2017, 2, 20))
    moves.reverse_record(ctx, "savings_move", wrong.source_id, date(2017, 2, 25), "salah ketik")
    payments.record_payment(ctx, pay(loan, date(2017, 2, 28), 353_333))
    return lender, bariyah, loan


def test_statement_opening_lines_and_closing_equal_the_ledger(ctx, book):  # type: ignore[no-untyped-def]
    lender, bariyah, _loan = book
    st = member_statement(ctx, bariyah, date(2017, 2, 1), date(2017, 2, 28))
    assert st.opening == {"pokok": 0, "wajib": 10_000, "sukarela": 200_000}
    assert [(ln.on, ln.savings_kind, ln.deposit, ln.withdrawal, ln.balance) for ln in st.lines] == [
        (date(2017, 2, 10), "wajib", 10_000, 0, 20_000),
        (date(2017, 2, 15), "sukarela", 0, 50_000, 150_000),
        (date(2017, 2, 20), "sukarela", 30_000, 0, 180_000),
        (date(2017, 2, 25), "sukarela", 0, 30_000, 150_000),
    ]
    assert st.lines[0].description.startswith("Setoran wajib KW/2017/")
    assert st.lines[3].description.startswith("Dibatalkan: ") and "salah ketik" in st.lines[3].description
    # the closing balances are the ledger's, as the member list shows them on 28/02/2017
    account = next(a for a in members.member_accounts(ctx, lender.fund_id, date(2017, 2, 28)) if a.id == bariyah)
    assert (account.pokok, account.wajib, account.sukarela) == (0, 20_000, 150_000)
    assert (st.member.wajib, st.member.sukarela) == (20_000, 150_000)
    assert [(r.number, r.principal_outstanding, r.status) for r in st.loans] == [("PJ/2017/0001", 666_667, "lancar")]
    assert "Kuripan" in st.village


def test_statement_pdf_from_the_service(ctx, book, tmp_path):  # type: ignore[no-untyped-def]
    _lender, bariyah, _loan = book
    text = text_of(statement_pdf(member_statement(ctx, bariyah, date(2017, 2, 1), date(2017, 2, 28)),
                                 tmp_path / "rek.pdf"))
    assert "Bariyah" in text and "Simpanan sukarela Rp200.000 Rp30.000 Rp80.000 Rp150.000" in text
    assert "PJ/2017/0001 31/01/2017 Rp1.000.000 Rp666.667 0 Lancar" in text


def test_statement_with_the_end_before_the_start_is_refused(ctx, book):  # type: ignore[no-untyped-def]
    _lender, bariyah, _loan = book
    with pytest.raises(ValidationError) as err:
        member_statement(ctx, bariyah, date(2017, 3, 1), date(2017, 2, 1))
    assert "tidak boleh sebelum tanggal awal" in str(err.value.issues[0].message)


def test_monthly_report_opening_plus_movements_is_the_closing_cash(ctx, book):  # type: ignore[no-untyped-def]
    lender, _bariyah, _loan = book
    jan = monthly_report(ctx, lender.fund_id, 2017, 1)
    assert jan.opening_cash == 0 and jan.closing_cash == 9_210_000
    assert (jan.loans_disbursed, jan.disbursed_amount) == (1, 1_000_000)
    feb = monthly_report(ctx, lender.fund_id, 2017, 2)
    assert feb.opening_cash == 9_210_000
    assert {m.kind: (m.count, m.cash_in, m.cash_out) for m in feb.movements} == {
        "deposit": (2, 40_000, 0), "withdrawal": (1, 0, 50_000), "payment": (1, 353_333, 0),
        "reversal": (1, 0, 30_000)}
    assert feb.closing_cash == feb.opening_cash + sum(m.cash_in - m.cash_out for m in feb.movements) == 9_523_333
    assert feb.closing_cash == funds.fund_summary(ctx, lender.fund_id, date(2017, 2, 28)).cash
    assert (feb.loans_disbursed, feb.principal_repaid, feb.fee_income, feb.late_fee_income) == (0, 333_333, 20_000, 0)
    assert feb.summary.principal_outstanding == 666_667 and feb.summary.as_of == date(2017, 2, 28)


def test_monthly_report_of_a_past_month_does_not_change_with_later_records(ctx, book, tmp_path):  # type: ignore[no-untyped-def]
    lender, _bariyah, loan = book
    before = monthly_report(ctx, lender.fund_id, 2017, 2)
    payment = payments.record_payment(ctx, pay(loan, date(2017, 3, 31), 353_333))
    moves.reverse_record(ctx, "loan_payment", payment.source_id, date(2017, 4, 2), "uang palsu")
    assert monthly_report(ctx, lender.fund_id, 2017, 2) == before
    march = monthly_report(ctx, lender.fund_id, 2017, 3)
    assert march.opening_cash == before.closing_cash and march.principal_repaid == 333_333
    april = monthly_report(ctx, lender.fund_id, 2017, 4)  # the reversal belongs to the month it is dated in
    assert april.principal_repaid == -333_333 and april.fee_income == -20_000
    text = text_of(monthly_report_pdf(before, tmp_path / "feb.pdf"))
    assert "Saldo kas awal bulan Rp9.210.000" in text and "Saldo kas akhir bulan Rp9.523.333" in text


def test_loan_agreement_is_the_loan_as_of_its_disbursal(ctx, book, tmp_path):  # type: ignore[no-untyped-def]
    _lender, _bariyah, loan = book
    dto = loan_agreement(ctx, loan)
    assert dto.state.as_of == date(2017, 1, 31) and dto.payments == ()
    assert [(i.due_on, i.principal, i.fee) for i in dto.state.installments] == [
        (date(2017, 2, 28), 333_333, 20_000), (date(2017, 3, 31), 333_333, 20_000),
        (date(2017, 4, 30), 333_334, 20_000)]
    text = text_of(agreement_pdf(dto, tmp_path / "pj.pdf", village=get_village(ctx), officer="Petugas"))
    assert "Nomor: PJ/2017/0001" in text and "Jumlah Rp1.000.000 Rp60.000 Rp1.060.000" in text
    assert "Bariyah (Anggota)" in text
    # with the village profile: the letterhead and the head of the village under "Mengetahui,"
    assert "PEMERINTAH KABUPATEN WONOSOBO" in text and "DESA KURIPAN" in text
    assert "Kuripan, 31 Januari 2017" in text and "Kepala Desa" in text and "Bapak Kades" in text
