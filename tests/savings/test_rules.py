"""Known answers for the rules of simpan pinjam (issue 9 points 6-9): allocation of payments, late fees (denda)
with a pause in the middle, days past due and status, aging, PAR, simpanan wajib owed, the SHU split, receipt
numbers and the amount in words. Every figure below is worked by hand in the comments.

The loan used throughout: Rp1.000.000 over 3 months at 2 % from 31/01/2017 — instalments due 28/02, 31/03 and
30/04/2017 of 333.333 + 20.000, 333.333 + 20.000 and 333.334 + 20.000 (1.060.000 to close)."""

from __future__ import annotations

from datetime import date

import pytest

from desmig_desktop.core import i18n
from desmig_desktop.core.formatting import amount_in_words
from desmig_desktop.savings.rules import (
    AllocationLine,
    LateFeeRule,
    Pause,
    Payment,
    aging_bucket,
    allocate,
    loan_state,
    par,
    receipt_number,
    schedule,
    split_surplus,
    wajib_due,
)

LOAN = schedule(1_000_000, 3, 200, date(2017, 1, 31))
FLAT = LateFeeRule("flat", 5_000, grace_days=7)  # Rp5.000 per instalment per started 30 days, 7 days forgiven
PERCENT = LateFeeRule("percent", 200)  # 2 % of the instalment's unpaid principal + fee per started 30 days
NONE = LateFeeRule()


def lines(allocation) -> list[tuple[int, str, int]]:
    return [(line.installment, line.component, line.amount) for line in allocation.lines]


def test_a_partial_payment_on_the_due_date_pays_the_fee_then_principal():
    paid = allocate(LOAN, [], [], FLAT, date(2017, 2, 28), 100_000)
    assert (paid.late_fee, paid.fee, paid.principal, paid.excess, paid.applied) == (0, 20_000, 80_000, 0, 100_000)
    assert lines(paid) == [(1, "fee", 20_000), (1, "principal", 80_000)]
    state = loan_state(LOAN, [Payment(date(2017, 2, 28), 100_000)], [], FLAT, date(2017, 2, 28))
    assert (state.principal_outstanding, state.fee_outstanding, state.owed_now) == (920_000, 40_000, 253_333)
    assert (state.days_past_due, state.status, state.owed_to_close) == (0, "lancar", 960_000)


def test_a_late_payment_pays_the_denda_first():
    # Instalment 1 due 28/02; on 20/03 it is 20 days late: 20 - 7 grace = 13 -> one started block = Rp5.000.
    paid = allocate(LOAN, [], [], FLAT, date(2017, 3, 20), 358_333)
    assert lines(paid) == [(1, "late_fee", 5_000), (1, "fee", 20_000), (1, "principal", 333_333)]
    assert paid.excess == 0
    # The grace: 7 days late (07/03) costs nothing, the 8th day (08/03) starts the first block.
    assert loan_state(LOAN, [], [], FLAT, date(2017, 3, 7)).late_fee_outstanding == 0
    assert loan_state(LOAN, [], [], FLAT, date(2017, 3, 8)).late_fee_outstanding == 5_000
    # 06/04: instalment 1 is 37 days late (1 block); 07/04: 38 days -> 31 past the grace -> 2 blocks;
    # 08/04: instalment 2 (due 31/03) is 8 days late -> its first block. 2 + 1 blocks = Rp15.000.
    assert loan_state(LOAN, [], [], FLAT, date(2017, 4, 6)).late_fee_outstanding == 5_000
    assert loan_state(LOAN, [], [], FLAT, date(2017, 4, 7)).late_fee_outstanding == 10_000
    state = loan_state(LOAN, [], [], FLAT, date(2017, 4, 8))
    assert state.late_fee_outstanding == 15_000
    assert [(i.days_late, i.late_fee) for i in state.installments] == [(39, 10_000), (8, 5_000), (0, 0)]
    assert (state.days_past_due, state.bucket, state.status) == (39, "31-60", "menunggak")
    assert state.owed_now == 15_000 + 2 * 353_333


def test_a_paid_instalment_stops_accruing_and_keeps_how_late_it_was():
    state = loan_state(LOAN, [Payment(date(2017, 3, 20), 358_333)], [], FLAT, date(2017, 4, 8))
    first = state.installments[0]
    assert (first.paid_off_on, first.days_late, first.late_fee, first.paid_late_fee) == (date(2017, 3, 20), 20,
                                                                                         5_000, 5_000)
    assert (state.late_fee_outstanding, state.days_past_due, state.owed_to_close) == (5_000, 8, 711_667)


def test_early_payoff_pays_future_instalments_in_order_with_their_fees():
    paid = allocate(LOAN, [], [], FLAT, date(2017, 2, 15), 1_060_000)
    assert lines(paid) == [(1, "fee", 20_000), (1, "principal", 333_333), (2, "fee", 20_000),
                           (2, "principal", 333_333), (3, "fee", 20_000), (3, "principal", 333_334)]
    state = loan_state(LOAN, [Payment(date(2017, 2, 15), 1_060_000)], [], FLAT, date(2017, 6, 1))
    assert (state.closed_on, state.status, state.owed_to_close, state.days_past_due) == (date(2017, 2, 15), "lunas",
                                                                                         0, 0)
    assert [i.paid_off_on for i in state.installments] == [date(2017, 2, 15)] * 3


def test_a_payment_above_what_closes_the_loan_leaves_the_excess():
    paid = allocate(LOAN, [], [], FLAT, date(2017, 2, 15), 1_100_000)
    assert (paid.applied, paid.excess) == (1_060_000, 40_000)
    # after an instalment and a late one paid: 20.04 -> instalment 2 is 20 days late (Rp5.000); to close:
    # 5.000 + 353.333 + 353.334 = 711.667; 800.000 leaves 88.333.
    paid = allocate(LOAN, [Payment(date(2017, 2, 28), 353_333)], [], FLAT, date(2017, 4, 20), 800_000)
    assert (paid.late_fee, paid.fee, paid.principal, paid.excess) == (5_000, 40_000, 666_667, 88_333)
    assert paid.lines[0] == AllocationLine(2, "late_fee", 5_000)


def test_percent_denda_is_charged_on_what_is_unpaid_when_each_block_starts():
    # 01/03: instalment 1 is 1 day late -> block 1 on 353.333 × 2 % = 7.066,66 -> 7.067, before the payment.
    # The payment of 100.000 pays 7.067 denda, 20.000 fee, 72.933 principal -> 260.400 unpaid.
    # 31/03: day 31 late -> block 2 on 260.400 × 2 % = 5.208.
    paid = allocate(LOAN, [], [], PERCENT, date(2017, 3, 1), 100_000)
    assert (paid.late_fee, paid.fee, paid.principal) == (7_067, 20_000, 72_933)
    state = loan_state(LOAN, [Payment(date(2017, 3, 1), 100_000)], [], PERCENT, date(2017, 3, 31))
    first = state.installments[0]
    assert (first.late_fee, first.paid_late_fee, first.paid_principal, first.days_late) == (12_275, 7_067, 72_933, 31)
    assert state.late_fee_outstanding == 5_208


def test_a_pause_in_the_middle_stops_the_clock_and_the_denda():
    pause = [Pause(date(2017, 3, 10), date(2017, 4, 10))]  # 10/03 .. 09/04 paused: 22 + 9 = 31 days
    # As of 30/04 without the pause: instalment 1 is 61 days late (3 blocks × 7.067), instalment 2 30 days (1 block).
    plain = loan_state(LOAN, [], [], PERCENT, date(2017, 4, 30))
    assert [i.days_late for i in plain.installments] == [61, 30, 0]
    assert (plain.late_fee_outstanding, plain.days_past_due, plain.bucket) == (28_268, 61, "61-90")
    # With it: 61 - 31 = 30 days (1 block) and 30 - 9 = 21 days (1 block).
    state = loan_state(LOAN, [], pause, PERCENT, date(2017, 4, 30))
    assert [(i.days_late, i.late_fee) for i in state.installments] == [(30, 7_067), (21, 7_067), (0, 0)]
    assert (state.days_past_due, state.bucket, state.status, state.paused) == (30, "1-30", "menunggak", False)
    assert state.owed_now == state.owed_to_close == 14_134 + 1_060_000
    # During the pause: 20 days since the due date, 11 of them paused -> 9; the status says so.
    during = loan_state(LOAN, [], pause, PERCENT, date(2017, 3, 20))
    assert (during.days_past_due, during.status, during.paused) == (9, "dihentikan", True)
    # A pause still open (no end yet) gives the same answer as of any day before its later end.
    assert loan_state(LOAN, [], [Pause(date(2017, 3, 10), None)], PERCENT, date(2017, 3, 20)) == during
    # Overlapping pauses count each day once.
    twice = [Pause(date(2017, 3, 10), date(2017, 4, 1)), Pause(date(2017, 3, 20), date(2017, 4, 10))]
    assert loan_state(LOAN, [], twice, PERCENT, date(2017, 4, 30)) == state


def test_without_a_rule_late_days_count_but_cost_nothing():
    state = loan_state(LOAN, [], [], NONE, date(2017, 8, 1))
    # 28/02 -> 01/08/2017: 154 days.
    assert (state.days_past_due, state.bucket, state.late_fee_outstanding, state.owed_now) == (154, "90+", 0,
                                                                                              1_060_000)


def test_late_fee_rules_are_checked():
    for wrong in ({"kind": "daily"}, {"kind": "flat", "amount": -1}, {"grace_days": -1}, {"block_days": 0}):
        with pytest.raises(ValueError):
            LateFeeRule(**wrong)
    assert [FLAT.blocks(n) for n in (0, 7, 8, 37, 38, 67, 68)] == [0, 0, 1, 1, 2, 2, 3]


def test_aging_buckets_and_par():
    assert [aging_bucket(d) for d in (0, 1, 30, 31, 60, 61, 90, 91, 400)] == [
        "lancar", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "90+", "90+"]
    loans = [(0, 500_000), (30, 200_000), (31, 100_000), (95, 300_000)]
    assert par(loans) == (400_000, 1_100_000)
    assert par(loans, threshold_days=90) == (300_000, 1_100_000)
    assert par([]) == (0, 0)


def test_simpanan_wajib_owed_counts_calendar_months():
    joined = date(2017, 1, 15)
    assert wajib_due(joined, None, date(2017, 1, 15), 10_000) == 10_000
    assert wajib_due(joined, None, date(2017, 3, 1), 10_000) == 30_000  # Jan, Feb, Mar
    assert wajib_due(joined, None, date(2018, 2, 28), 10_000) == 140_000  # 12 + 2 months
    assert wajib_due(joined, date(2017, 2, 20), date(2017, 6, 1), 10_000) == 20_000  # left in February
    assert wajib_due(joined, None, date(2017, 1, 14), 10_000) == 0  # not yet a member


def test_shu_split_by_savings_and_fees_with_largest_remainders():
    # 1.000.000: 40 % savings = 400.000, 35 % fees = 350.000, reserve 250.000.
    # savings A 100.000, B 200.000: 133.333,33 / 266.666,67 -> 133.333 / 266.667;
    # fees A 30.000, C 15.000: 233.333,33 / 116.666,67 -> 233.333 / 116.667.
    shares, reserve = split_surplus(1_000_000, 40, 35, {"A": 100_000, "B": 200_000, "C": 0},
                                    {"A": 30_000, "B": 0, "C": 15_000})
    assert shares == {"A": 366_666, "B": 266_667, "C": 116_667}
    assert reserve == 250_000
    # 1.001: 400,4 / 350,35 / 250,25 -> the extra Rupiah goes to the savings part (largest remainder, 0,4).
    shares, reserve = split_surplus(1_001, 40, 35, {"A": 1}, {"A": 1})
    assert (shares, reserve) == ({"A": 751}, 250)
    # Nobody paid jasa: the fees part goes to the reserve.
    assert split_surplus(100_000, 50, 30, {"A": 1, "B": 3}, {}) == ({"A": 12_500, "B": 37_500}, 50_000)
    # A loss is not shared.
    assert split_surplus(-20_000, 50, 30, {"A": 1}, {"A": 1}) == ({"A": 0}, -20_000)


def test_shu_split_refuses_impossible_percentages():
    for savings_pct, fees_pct in ((-1, 50), (50, -1), (60, 41)):
        with pytest.raises(ValueError):
            split_surplus(1_000, savings_pct, fees_pct, {"A": 1}, {"A": 1})


def test_receipt_numbers():
    assert receipt_number("KW", 2017, 1) == "KW/2017/0001"
    assert receipt_number("KW", 2018, 12_345) == "KW/2018/12345"


def test_amount_in_words_in_indonesian():
    assert amount_in_words(2_950_000) == "dua juta sembilan ratus lima puluh ribu rupiah"
    assert [amount_in_words(v) for v in (11, 100, 101, 1_000, 1_000_000)] == [
        "sebelas rupiah", "seratus rupiah", "seratus satu rupiah", "seribu rupiah", "satu juta rupiah"]
    # num2words writes "satu juta satu ribu"; Indonesian usage is "seribu" there too.
    assert amount_in_words(1_001_000) == "satu juta seribu rupiah"
    assert amount_in_words(21_001_000) == "dua puluh satu juta seribu rupiah"
    assert amount_in_words(21_000) == "dua puluh satu ribu rupiah"
    assert amount_in_words(1_001_001_001) == "satu miliar satu juta seribu satu rupiah"
    with pytest.raises(TypeError):
        amount_in_words(1_000.0)  # type: ignore[arg-type]


def test_amount_in_words_in_english():
    i18n.set_language("en")
    try:
        assert amount_in_words(2_950_000) == "two million nine hundred and fifty thousand rupiah"
    finally:
        i18n.set_language("id")


def test_the_rules_are_pure_python():
    """No database, no Qt: the rules import nothing but the standard library and the kernel's stdlib-only month
    arithmetic (`core.months`) (a fresh interpreter checks)."""
    import subprocess
    import sys

    code = ("import sys, desmig_desktop.savings.rules; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sqlalchemy', 'PySide6', 'shiboken6', 'alembic', 'babel', 'num2words') "
            "or (m.startswith('desmig_desktop.') and not m.startswith('desmig_desktop.savings') "
            "and m not in ('desmig_desktop.core', 'desmig_desktop.core.months'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
