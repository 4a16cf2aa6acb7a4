"""Repayments (issue 9 point 6): partial, full, early and late payments, the payer, the allocation late fee -> fee
-> principal oldest first, over-payment, Loan.closed_on, and reversals — on a real SQLite file, read back as the
officer sees them (receipt, loan list, fund cash, member savings)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine
from desmig_desktop.savings.dto import LoanInput
from desmig_desktop.savings.models import SavingsMove
from desmig_desktop.savings.services import funds, loans, members, payments
from desmig_desktop.savings.services.loan_queries import list_loans, loan_detail
from tests.savings.loan_setup import lender, member_loan, pay  # noqa: F401  (lender: a fixture)

JAN31 = date(2017, 1, 31)  # Rp1.000.000, 3 months, 2 %: 353.333 due 28/02 and 31/03, 353.334 due 30/04


@pytest.fixture
def loan(ctx, lender) -> str:  # type: ignore[no-untyped-def]
    return loans.disburse_loan(ctx, member_loan(lender)).row.id


def _row(ctx, loan_id, as_of):  # type: ignore[no-untyped-def]
    return next(r for r in list_loans(ctx, as_of=as_of) if r.id == loan_id)


def test_a_partial_payment_pays_the_fee_then_principal_of_the_oldest_instalment_first(ctx, loan):
    preview = payments.preview_payment(ctx, pay(loan, date(2017, 2, 28), 520_000))
    assert [(x.installment, x.component, x.amount) for x in preview.allocation.lines] == [
        (1, "fee", 20_000), (1, "principal", 333_333), (2, "fee", 20_000), (2, "principal", 146_667)]
    assert (preview.owed_now, preview.owed_to_close, preview.closes_loan) == (353_333, 1_060_000, False)
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 2, 28), 520_000, payer_name="Parno",
                                               payer_relation="suami, kiriman dari Taiwan"))
    assert (receipt.receipt_no, receipt.received_from, receipt.on_behalf_of) == (
        "KW/2017/0002", "Parno (suami, kiriman dari Taiwan)", "Bariyah")
    assert receipt.amount_words == "lima ratus dua puluh ribu rupiah"
    assert receipt.purpose == "Angsuran ke-1, 2 pinjaman PJ/2017/0001"
    assert receipt.lines == (("Jasa", 40_000), ("Pokok", 480_000))
    row = _row(ctx, loan, date(2017, 3, 1))
    assert (row.principal_outstanding, row.status, row.next_due_on, row.next_due_amount) == (
        520_000, "lancar", date(2017, 3, 31), 186_666)
    assert funds.fund_summary(ctx, row.fund_id, date(2017, 2, 28)).cash == 9_520_000
    detail = loan_detail(ctx, loan, date(2017, 3, 1))
    assert [(p.amount, p.fee, p.principal, p.payer) for p in detail.payments] == [(520_000, 40_000, 480_000, "Parno")]


def test_a_late_payment_pays_the_denda_first(ctx, loan):
    row = _row(ctx, loan, date(2017, 4, 15))  # #1 46 days late (2 blocks), #2 15 days (1 block)
    assert (row.days_past_due, row.bucket, row.status, row.owed_now) == (46, "31-60", "menunggak", 15_000 + 706_666)
    preview = payments.preview_payment(ctx, pay(loan, date(2017, 4, 15), 100_000))
    assert (preview.allocation.late_fee, preview.allocation.fee, preview.allocation.principal) == (15_000, 20_000, 65_000)
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 4, 15), 721_666))
    assert receipt.lines == (("Denda", 15_000), ("Jasa", 40_000), ("Pokok", 666_666))
    assert receipt.received_from == "Bariyah" and receipt.on_behalf_of == ""
    after = _row(ctx, loan, date(2017, 4, 15))
    assert (after.days_past_due, after.status, after.principal_outstanding) == (0, "lancar", 333_334)
    summary = funds.fund_summary(ctx, after.fund_id, date(2017, 4, 15))
    assert (summary.fee_income, summary.late_fee_income) == (40_000, 15_000)


def test_an_early_full_payment_closes_the_loan_that_day_with_every_flat_fee(ctx, loan):
    assert payments.preview_payment(ctx, pay(loan, date(2017, 2, 15), 1_060_000)).closes_loan
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 2, 15), 1_060_000))
    assert receipt.purpose == "Pelunasan pinjaman PJ/2017/0001"
    row = _row(ctx, loan, date(2017, 2, 15))
    assert (row.status, row.closed_on, row.principal_outstanding, row.next_due_on) == (
        "lunas", date(2017, 2, 15), 0, None)
    assert _row(ctx, loan, date(2017, 2, 14)).status == "lancar"
    err = pytest.raises(ValidationError, payments.preview_payment, ctx, pay(loan, date(2017, 3, 1), 10_000)).value
    assert err.for_field("amount") == ["Pinjaman PJ/2017/0001 sudah lunas pada 15/02/2017: tidak ada yang perlu dibayar."]


def test_closed_on_is_set_exactly_when_everything_is_paid(ctx, loan):
    for on, amount in ((date(2017, 2, 28), 353_333), (date(2017, 3, 31), 353_333), (date(2017, 4, 30), 353_333)):
        payments.record_payment(ctx, pay(loan, on, amount))
        assert loan_detail(ctx, loan).row.closed_on is None
    # Rp1 of #3 is still owed on 30/04; two days later it has started a Rp5.000 denda block
    assert payments.preview_payment(ctx, pay(loan, date(2017, 5, 2), 5_001)).closes_loan
    assert not payments.preview_payment(ctx, pay(loan, date(2017, 5, 2), 1)).closes_loan
    payments.record_payment(ctx, pay(loan, date(2017, 4, 30), 1))
    assert loan_detail(ctx, loan).row.closed_on == date(2017, 4, 30)
    assert _row(ctx, loan, date(2017, 4, 29)).status == "lancar"
    assert _row(ctx, loan, date(2017, 4, 30)).status == "lunas"


def test_over_payment_is_refused_unless_the_excess_goes_to_the_members_sukarela(ctx, lender, loan):
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 2, 15), 1_100_000)).value
    assert err.for_field("amount") == [
        "Jumlah bayar: untuk melunasi pada 15/02/2017 cukup Rp1.060.000; isi paling banyak Rp1.060.000 atau pilih "
        "masukkan kelebihannya ke simpanan sukarela."]
    assert loan_detail(ctx, loan).payments == ()
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 2, 15), 1_100_000, excess_to_savings=True))
    assert receipt.lines[-1] == ("Simpanan sukarela", 40_000)
    [account] = [a for a in members.member_accounts(ctx, lender.fund_id, date(2017, 2, 15)) if a.name == "Bariyah"]
    assert account.sukarela == 40_000
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 2, 15)).cash == 10_100_000
    group_loan = loans.disburse_loan(ctx, LoanInput(lender.fund_id, "group", 300_000, date(2017, 2, 1), 1,
                                                    group_id=lender.group_id)).row.id
    err = pytest.raises(ValidationError, payments.record_payment, ctx,
                        pay(group_loan, date(2017, 2, 20), 400_000, excess_to_savings=True)).value
    assert err.for_field("amount") == ["Jumlah bayar: untuk melunasi pada 20/02/2017 cukup Rp306.000; isi paling "
                                       "banyak Rp306.000."]
    assert not payments.preview_payment(ctx, pay(group_loan, date(2017, 2, 20), 6_000)).excess_allowed


def test_a_payment_before_the_disbursal_or_of_nothing_is_refused(ctx, loan):
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 1, 30), 10_000)).value
    assert err.for_field("paid_on") == ["Tanggal bayar: pinjaman PJ/2017/0001 baru cair 31/01/2017; pilih tanggal "
                                        "sejak itu."]
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 2, 1), 0)).value
    assert err.for_field("amount") == ["Jumlah bayar: isi lebih dari Rp0."]
    ctx.today_override = date(2017, 2, 10)
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 2, 11), 10_000)).value
    assert err.for_field("paid_on") == ["Tanggal 11/02/2017 sesudah hari ini (10/02/2017): catat uang pada hari uang "
                                        "itu diterima atau dibayar."]
    assert loan_detail(ctx, loan).payments == ()


def test_a_back_dated_payment_is_fine_unless_it_makes_the_later_ones_too_much(ctx, loan):
    payments.record_payment(ctx, pay(loan, date(2017, 3, 31), 706_666))
    payments.record_payment(ctx, pay(loan, date(2017, 2, 28), 100_000))  # recorded late, dated earlier
    # replayed in date order: 28/02 pays #1's fee and 80.000; on 31/03 #1 is 31 days late (2 blocks: 10.000)
    row = _row(ctx, loan, date(2017, 4, 1))
    assert row.principal_outstanding == 1_000_000 - 80_000 - (706_666 - 10_000 - 20_000 - 20_000) == 263_334
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 3, 1), 300_000)).value
    assert err.for_field("amount") == ["Jumlah bayar: dengan angsuran sesudah 01/03/2017 yang sudah dicatat, pinjaman "
                                       "jadi dibayar lebih dari utangnya; kurangi jumlahnya."]


def test_a_back_dated_payment_that_would_change_a_posted_split_is_refused(ctx, loan):
    payments.record_payment(ctx, pay(loan, date(2017, 4, 15), 400_000))  # denda 10.000 (#1) + 5.000 (#2) first
    err = pytest.raises(ValidationError, payments.record_payment, ctx, pay(loan, date(2017, 2, 28), 353_333)).value
    assert err.for_field("paid_on") == [
        "Tanggal bayar: angsuran tanggal 15/04/2017 sudah dibukukan dengan pembagian denda, jasa dan pokok yang akan "
        "berubah karena angsuran bertanggal 28/02/2017 ini. Catat angsuran ini pada 15/04/2017 atau sesudahnya, atau "
        "batalkan dulu angsuran sesudahnya."]
    assert len(loan_detail(ctx, loan).payments) == 1


def test_a_payment_whose_later_ones_depend_on_it_is_reversed_only_after_them(ctx, loan):
    first = payments.record_payment(ctx, pay(loan, date(2017, 2, 28), 353_333))
    later = payments.record_payment(ctx, pay(loan, date(2017, 4, 15), 400_000))  # #1 on time: only #2's denda
    with ctx.unit_of_work() as session:
        err = pytest.raises(ValidationError, payments.reverse_payment_in, session, ctx, first.source_id,
                            date(2017, 4, 20), "Salah catat").value
    assert err.for_field("loan") == ["Angsuran tanggal 15/04/2017 dibukukan sesudah angsuran ini dan pembagiannya "
                                     "bergantung padanya: batalkan dulu angsuran sesudahnya (yang terbaru lebih dulu)."]
    with ctx.unit_of_work() as session:
        payments.reverse_payment_in(session, ctx, later.source_id, date(2017, 4, 20), "Salah catat")
    with ctx.unit_of_work() as session:
        payments.reverse_payment_in(session, ctx, first.source_id, date(2017, 4, 20), "Salah catat")
    assert _row(ctx, loan, date(2017, 4, 20)).principal_outstanding == 1_000_000


def test_reversing_a_payment_reopens_the_loan_and_its_savings_excess(ctx, lender, loan):
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 2, 15), 1_100_000, excess_to_savings=True))
    with ctx.unit_of_work() as session:
        pytest.raises(ValidationError, payments.reverse_payment_in, session, ctx, receipt.source_id,
                      date(2017, 2, 16), " ")
    with ctx.unit_of_work() as session:
        payments.reverse_payment_in(session, ctx, receipt.source_id, date(2017, 2, 20), "Salah ketik jumlah")
    detail = loan_detail(ctx, loan, date(2017, 2, 20))
    assert (detail.row.status, detail.row.closed_on, detail.row.principal_outstanding) == ("lancar", None, 1_000_000)
    assert (detail.payments[0].reversed_on, detail.payments[0].reversal_reason) == (date(2017, 2, 20), "Salah ketik jumlah")
    # as of the days before the reversal the loan was paid off, and stays so
    assert _row(ctx, loan, date(2017, 2, 19)).status == "lunas"
    assert loan_detail(ctx, loan, date(2017, 2, 19)).payments[0].reversed_on is None
    with ctx.reader() as session:
        move = session.scalars(select(SavingsMove).where(SavingsMove.source_payment_id == receipt.source_id)).one()
        assert (move.reversed_on, move.amount) == (date(2017, 2, 20), 40_000)
    [account] = [a for a in members.member_accounts(ctx, lender.fund_id, date(2017, 2, 20)) if a.name == "Bariyah"]
    assert account.sukarela == 0
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 2, 20)).cash == 9_000_000
    with ctx.unit_of_work() as session:
        err = pytest.raises(ValidationError, payments.reverse_payment_in, session, ctx, receipt.source_id,
                            date(2017, 2, 21), "Lagi").value
    assert "sudah dibalik" in err.issues[0].message


def test_a_disbursal_is_reversed_only_without_live_payments(ctx, lender, loan):
    receipt = payments.record_payment(ctx, pay(loan, date(2017, 2, 28), 353_333))
    with ctx.unit_of_work() as session:
        err = pytest.raises(ValidationError, loans.reverse_loan_in, session, ctx, loan, date(2017, 3, 1),
                            "Salah peminjam").value
    assert err.for_field("loan") == ["Pinjaman PJ/2017/0001 sudah punya 1 angsuran: batalkan dulu angsurannya, baru "
                                     "pencairannya."]
    with ctx.unit_of_work() as session:
        payments.reverse_payment_in(session, ctx, receipt.source_id, date(2017, 3, 1), "Salah peminjam")
    with ctx.unit_of_work() as session:
        loans.reverse_loan_in(session, ctx, loan, date(2017, 3, 1), "Salah peminjam")
    assert _row(ctx, loan, date(2017, 3, 1)).status == "dibatalkan"
    assert _row(ctx, loan, date(2017, 2, 28)).status == "lancar"
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 3, 1)).cash == 10_000_000
    assert funds.fund_summary(ctx, lender.fund_id, date(2017, 3, 1)).open_loans == 0


def test_every_entry_balances_and_the_receivable_equals_the_outstanding_principal(ctx, lender, loan):
    payments.record_payment(ctx, pay(loan, date(2017, 4, 15), 721_666))
    payments.record_payment(ctx, pay(loan, date(2017, 5, 5), 200_000))
    with ctx.reader() as session:
        sums = session.execute(select(JournalLine.entry_id, func.sum(JournalLine.amount))
                               .group_by(JournalLine.entry_id)).all()
        assert sums and all(total == 0 for _e, total in sums)
        assert session.scalar(select(func.count(JournalEntry.id)).where(JournalEntry.kind == "payment")) == 2
    from desmig_desktop.core.ledger.posting import balance
    from desmig_desktop.savings.services.book import loan_account

    for day in (date(2017, 2, 28), date(2017, 3, 1), date(2017, 4, 15), date(2017, 5, 5)):
        with ctx.reader() as session:
            receivable = balance(session, loan_account(session, lender.fund_id, loan).id, day)
        assert receivable == _row(ctx, loan, day).principal_outstanding == \
            funds.fund_summary(ctx, lender.fund_id, day).principal_outstanding
