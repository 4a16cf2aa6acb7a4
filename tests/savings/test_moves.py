"""Savings moves, the one reversal action, the fund's ledger and receipts (issue 9 points 1, 3, 10, 14).

A known-answer fund on top of `kuripan` (capital Rp2.000.000 on 02/01/2017, pokok Rp50.000 × 3 on 05/01/2017):
  10/01  wajib Siti 10.000, wajib Bariyah 10.000             cash 2.170.000
  15/02  sukarela Siti 200.000 (brought by her husband)      cash 2.370.000
  01/03  Siti withdraws 50.000 sukarela                      cash 2.320.000   (Siti's sukarela 150.000)
  10/03  cost ATK 25.000                                     cash 2.295.000
  20/03  sukarela Bariyah 100.000 (a mistake)                cash 2.395.000
  22/03  that deposit reversed ("salah anggota")            cash 2.295.000
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.locks import close_period_in
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine
from desmig_desktop.savings.dto import LedgerFilter
from desmig_desktop.savings.models import SavingsMove
from desmig_desktop.savings.services import funds, members, moves
from desmig_desktop.savings.services.book import fund_book


def _entries(ctx) -> tuple[int, int, int]:
    with ctx.reader() as s:
        return (s.scalar(select(func.count(JournalEntry.id))), s.scalar(select(func.count(JournalLine.id))),
                s.scalar(select(func.count(SavingsMove.id))))


@pytest.fixture
def book(ctx, kuripan):
    m = kuripan.members
    moves.deposit(ctx, m["Siti"], "wajib", 10_000, date(2017, 1, 10))
    moves.deposit(ctx, m["Bariyah"], "wajib", 10_000, date(2017, 1, 10))
    moves.deposit(ctx, m["Siti"], "sukarela", 200_000, date(2017, 2, 15), payer_name="Slamet (suami)")
    moves.withdraw(ctx, m["Siti"], 50_000, date(2017, 3, 1))
    funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 25_000, date(2017, 3, 10), "ATK rapat anggota")
    mistake = moves.deposit(ctx, m["Bariyah"], "sukarela", 100_000, date(2017, 3, 20))
    moves.reverse_record(ctx, "savings_move", mistake.source_id, date(2017, 3, 22), "salah anggota")
    return kuripan, mistake


@pytest.mark.parametrize("day, cash, pokok, wajib, sukarela", [
    (date(2017, 1, 4), 2_000_000, 0, 0, 0),
    (date(2017, 1, 31), 2_170_000, 150_000, 20_000, 0),
    (date(2017, 2, 28), 2_370_000, 150_000, 20_000, 200_000),
    (date(2017, 3, 5), 2_320_000, 150_000, 20_000, 150_000),
    (date(2017, 3, 21), 2_395_000, 150_000, 20_000, 250_000),
    (date(2017, 3, 31), 2_295_000, 150_000, 20_000, 150_000),
])
def test_known_answer_fund_as_of_several_days(ctx, book, day, cash, pokok, wajib, sukarela):
    kuripan, _mistake = book
    s = funds.fund_summary(ctx, kuripan.fund_id, day)
    assert (s.cash, s.savings) == (cash, {"pokok": pokok, "wajib": wajib, "sukarela": sukarela})
    assert s.capital == 2_000_000
    accounts = {a.name: a for a in members.member_accounts(ctx, kuripan.fund_id, day)}
    assert sum(a.savings_total for a in accounts.values()) == pokok + wajib + sukarela


def test_member_balances_from_the_ledger_and_wajib_owed(ctx, book):
    kuripan, _ = book
    accounts = {a.name: a for a in members.member_accounts(ctx, kuripan.fund_id, date(2017, 3, 31))}
    assert (accounts["Siti"].pokok, accounts["Siti"].wajib, accounts["Siti"].sukarela) == (50_000, 10_000, 150_000)
    assert accounts["Bariyah"].sukarela == 0  # the mistaken deposit was reversed
    # wajib Jan-Mar = 30.000 owed; Siti and Bariyah paid 10.000
    assert [(a.name, a.wajib_owed) for a in members.wajib_arrears(ctx, kuripan.fund_id, date(2017, 3, 31))] == [
        ("Tukinem", 30_000), ("Bariyah", 20_000), ("Siti", 20_000)]


def test_withdrawal_over_the_balance_that_day_is_refused_with_the_balance(ctx, book):
    kuripan, _ = book
    before = _entries(ctx)
    with pytest.raises(ValidationError) as err:
        moves.withdraw(ctx, kuripan.members["Siti"], 200_000, date(2017, 3, 5))
    assert "Saldo simpanan sukarela Siti pada 05/03/2017 hanya Rp150.000." in err.value.for_field("amount")[0]
    # a back-dated withdrawal may not empty what a later one took: 200.000 on 20/02 but 50.000 left on 01/03
    with pytest.raises(ValidationError) as err:
        moves.withdraw(ctx, kuripan.members["Siti"], 200_000, date(2017, 2, 20))
    assert err.value.for_field("amount") == [
        "Saldo simpanan sukarela Siti pada 20/02/2017 hanya Rp200.000. Penarikan sesudah tanggal itu sudah memakai "
        "sebagian: paling banyak Rp150.000 dapat ditarik pada tanggal itu. Kurangi jumlah penarikannya."]
    with pytest.raises(ValidationError) as err, ctx.unit_of_work() as s:  # pokok / wajib: only when leaving
        moves.withdraw_in(s, ctx, kuripan.members["Siti"], 10_000, date(2017, 3, 5), savings_kind="wajib")
    assert "tidak dapat ditarik selama masih anggota" in err.value.for_field("savings_kind")[0]
    assert _entries(ctx) == before


def test_a_cost_larger_than_the_cash_that_day_is_refused_naming_the_cash(ctx, book):
    kuripan, _ = book
    before = _entries(ctx)
    with pytest.raises(ValidationError) as err:
        funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 3_000_000, date(2017, 3, 10), "Sewa tenda")
    assert "Kas dana pada 10/03/2017 hanya Rp2.295.000" in err.value.for_field("amount")[0]
    assert _entries(ctx) == before


def test_deposits_are_checked_and_numbered(ctx, book):
    kuripan, _ = book
    before = _entries(ctx)
    bad = [
        (lambda: moves.deposit(ctx, kuripan.members["Siti"], "sukarela", 0, date(2017, 3, 1)), "amount"),
        (lambda: moves.deposit(ctx, kuripan.members["Siti"], "arisan", 5_000, date(2017, 3, 1)), "savings_kind"),
        (lambda: moves.deposit(ctx, kuripan.members["Siti"], "pokok", 50_000, date(2017, 3, 1)), "savings_kind"),
        (lambda: moves.deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2017, 1, 1)), "moved_on"),
        (lambda: moves.deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2027, 1, 1)), "moved_on"),
    ]
    for call, field in bad:
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.for_field(field), field
    assert _entries(ctx) == before
    r = moves.deposit(ctx, kuripan.members["Tukinem"], "wajib", 30_000, date(2017, 4, 2), payer_name="Kartono")
    assert r.receipt_no == "KW/2017/0011"   # after capital, 3 pokok, 2 wajib, sukarela, withdrawal, cost, mistake
    assert (r.received_from, r.on_behalf_of, r.amount) == ("Kartono", "Tukinem", 30_000)
    assert r.amount_words == "tiga puluh ribu rupiah"
    assert r.village == "Desa Kuripan, Kec. Watumalang, Kab. Wonosobo, Prov. Jawa Tengah"
    assert r.purpose == "Setoran simpanan wajib"
    assert r.officer == "Siti Petugas"
    assert moves.receipt(ctx, "savings_move", r.source_id) == r


def test_withdrawal_receipt_is_money_out(ctx, book):
    kuripan, _ = book
    r = moves.withdraw(ctx, kuripan.members["Siti"], 150_000, date(2017, 4, 1), note="biaya sekolah")
    assert (r.direction, r.received_from, r.on_behalf_of) == ("out", "Dana Desmigratif Kuripan", "Siti")
    assert r.amount_words == "seratus lima puluh ribu rupiah"
    assert funds.fund_summary(ctx, kuripan.fund_id, date(2017, 4, 1)).savings["sukarela"] == 0


# ---- reversals ----------------------------------------------------------------------------------------------

def test_a_reversal_keeps_both_entries_and_marks_the_record(ctx, book):
    kuripan, mistake = book
    rows = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(member_id=kuripan.members["Bariyah"]))
    assert [(r.posted_on, r.kind, r.cash_in, r.cash_out) for r in rows] == [
        (date(2017, 3, 22), "reversal", 0, 100_000), (date(2017, 3, 20), "deposit", 100_000, 0),
        (date(2017, 1, 10), "deposit", 10_000, 0), (date(2017, 1, 5), "deposit", 50_000, 0)]
    reversal, original = rows[0], rows[1]
    assert reversal.reverses == original.entry_id and original.reversed_by == reversal.entry_id
    assert reversal.description == "Pembatalan: Setoran simpanan sukarela — Bariyah"
    assert (original.reason, reversal.reason) == ("salah anggota", "salah anggota")
    assert (original.can_reverse, reversal.can_reverse, rows[2].can_reverse) == (False, False, True)
    with ctx.reader() as s:
        move = s.get(SavingsMove, mistake.source_id)
        assert (move.reversed_on, move.reversal_reason) == (date(2017, 3, 22), "salah anggota")


def test_reversal_refusals_write_nothing(ctx, book):
    kuripan, mistake = book
    rows = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(kind="cost"))
    cost_id = rows[0].source_id
    funds.add_fund_cash(ctx, kuripan.fund_id, "cost", 2_000_000, date(2017, 3, 31), "Sewa gudang")
    before = _entries(ctx)
    cases = [
        (("savings_fund_cash", cost_id, date(2017, 3, 12), "  "), "Alasan pembatalan wajib diisi"),
        (("savings_fund_cash", cost_id, date(2017, 3, 9), "salah"), "tidak boleh sebelum tanggal catatannya (10/03/2017)"),
        (("savings_move", mistake.source_id, date(2017, 3, 25), "lagi"), "sudah dibatalkan pada 22/03/2017"),
        # Siti's 200.000 sukarela was partly withdrawn on 01/03: undoing it would take money she no longer has
        (("savings_move", moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(
            start=date(2017, 2, 15), end=date(2017, 2, 15)))[0].source_id, date(2017, 3, 31), "salah"),
         "saldo simpanan sukarela Siti sesudah 31/03/2017 hanya Rp150.000"),
        # the capital has been spent: taking it back would leave the cash below zero
        (("savings_fund_cash", moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(kind="capital"))[0].source_id,
          date(2017, 3, 31), "salah"), "Kas dana pada 31/03/2017 hanya Rp295.000"),
    ]
    for args, message in cases:
        with pytest.raises(ValidationError) as err:
            moves.reverse_record(ctx, *args)
        assert message in str(err.value), (args, str(err.value))
    assert _entries(ctx) == before


def test_reversal_inside_a_closed_period_gives_the_kernels_message(ctx, book):
    kuripan, _ = book
    cost_id = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(kind="cost"))[0].source_id
    with ctx.unit_of_work() as s:
        close_period_in(s, ctx, fund_book(s, kuripan.fund_id), date(2017, 1, 1), date(2017, 3, 31), "Tutup buku Q1")
    before = _entries(ctx)
    for on in (date(2017, 3, 15), date(2017, 4, 3)):  # dated inside, or undoing an entry dated inside
        with pytest.raises(ValidationError) as err:
            moves.reverse_record(ctx, "savings_fund_cash", cost_id, on, "salah")
        assert "Periode 01/01/2017–31/03/2017 sudah ditutup oleh Siti Petugas" in str(err.value)
    with pytest.raises(ValidationError) as err:
        moves.deposit(ctx, kuripan.members["Siti"], "wajib", 10_000, date(2017, 2, 1))
    assert "sudah ditutup" in err.value.for_field("moved_on")[0]
    assert _entries(ctx) == before
    assert not any(r.can_reverse for r in moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter()))


# ---- the fund's ledger --------------------------------------------------------------------------------------

def test_fund_ledger_newest_first_with_filters(ctx, book):
    kuripan, _ = book
    rows = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter())
    assert len(rows) == 11
    assert [r.posted_on for r in rows] == sorted((r.posted_on for r in rows), reverse=True)
    assert sum(r.cash_in - r.cash_out for r in rows) == 2_295_000
    assert rows[-1].description == "Modal masuk — Hibah dana desa" and rows[-1].receipt_no == "KW/2017/0001"
    march = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(start=date(2017, 3, 1), end=date(2017, 3, 10)))
    assert [(r.kind, r.description) for r in march] == [
        ("cost", "Biaya — ATK rapat anggota"), ("withdrawal", "Penarikan simpanan sukarela — Siti")]
    assert [r.cash_out for r in march] == [25_000, 50_000]
    deposits = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(kind="deposit"))
    assert len(deposits) == 7 and {r.kind for r in deposits} == {"deposit"}
    siti = moves.fund_ledger(ctx, kuripan.fund_id, LedgerFilter(member_id=kuripan.members["Siti"]))
    assert [r.member_name for r in siti] == ["Siti"] * 4
    assert all(r.officer == "Siti Petugas" for r in rows)


# ---- the same action for loans and payments (the loans part does the posting) -----------------------------

def test_reverse_record_serves_a_disbursal_and_a_payment(ctx, village):
    from desmig_desktop.savings.services import loans
    from tests.savings.loan_setup import make_lender, member_loan, pay

    lender = make_lender(ctx)  # Rp10.000.000 capital on 02/01/2017, Bariyah a member from 05/01/2017
    loan = loans.disburse_loan(ctx, member_loan(lender))  # 1.000.000 on 31/01/2017: 333.333 + 20.000 jasa first
    paid = loans.record_payment(ctx, pay(loan.row.id, date(2017, 2, 28), 353_333))
    s = funds.fund_summary(ctx, lender.fund_id, date(2017, 2, 28))
    assert (s.cash, s.open_loans, s.principal_outstanding, s.fee_income) == (9_353_333, 1, 666_667, 20_000)
    rows = moves.fund_ledger(ctx, lender.fund_id, LedgerFilter(member_id=lender.members["Bariyah"]))
    assert [(r.description, r.cash_in, r.cash_out, r.receipt_no) for r in rows] == [
        (f"Angsuran pinjaman {loan.row.number} — Bariyah", 353_333, 0, paid.receipt_no),
        (f"Pencairan pinjaman {loan.row.number} — Bariyah", 0, 1_000_000, loan.row.number)]
    before = _entries(ctx)
    with pytest.raises(ValidationError) as err:  # a disbursal with a live payment
        moves.reverse_record(ctx, "loan", loan.row.id, date(2017, 3, 1), "salah orang")
    assert "sudah punya 1 angsuran: batalkan dulu angsurannya" in str(err.value)
    with pytest.raises(ValidationError) as err:
        moves.reverse_record(ctx, "loan_payment", paid.source_id, date(2017, 2, 27), "salah")
    assert "tidak boleh sebelum tanggal catatannya (28/02/2017)" in str(err.value)
    assert _entries(ctx) == before
    moves.reverse_record(ctx, "loan_payment", paid.source_id, date(2017, 3, 1), "salah ketik jumlah")
    moves.reverse_record(ctx, "loan", loan.row.id, date(2017, 3, 1), "salah orang")
    with pytest.raises(ValidationError) as err:
        moves.reverse_record(ctx, "loan", loan.row.id, date(2017, 3, 2), "lagi")
    assert "sudah dibatalkan pada 01/03/2017 (salah orang)" in str(err.value)
    s = funds.fund_summary(ctx, lender.fund_id, date(2017, 3, 1))
    assert (s.cash, s.open_loans, s.principal_outstanding, s.fee_income) == (10_000_000, 0, 0, 0)
    rows = moves.fund_ledger(ctx, lender.fund_id, LedgerFilter(member_id=lender.members["Bariyah"]))
    assert [(r.kind, r.can_reverse, r.reason) for r in rows][:2] == [("reversal", False, "salah orang"),
                                                                     ("reversal", False, "salah ketik jumlah")]
    assert loans.loan_detail(ctx, loan.row.id).row.status == "dibatalkan"


def test_a_payment_already_lent_out_again_cannot_be_reversed(ctx, village):
    from desmig_desktop.savings.services import loans
    from tests.savings.loan_setup import make_lender, member_loan, pay

    lender = make_lender(ctx, capital=1_000_000)
    loan = loans.disburse_loan(ctx, member_loan(lender))  # the whole cash
    paid = loans.record_payment(ctx, pay(loan.row.id, date(2017, 2, 28), 353_333))
    funds.add_fund_cash(ctx, lender.fund_id, "cost", 353_333, date(2017, 3, 1), "Sewa tempat")
    before = _entries(ctx)
    with pytest.raises(ValidationError) as err:
        moves.reverse_record(ctx, "loan_payment", paid.source_id, date(2017, 3, 2), "salah")
    assert "Kas dana pada 02/03/2017 hanya Rp0" in str(err.value)
    assert _entries(ctx) == before
