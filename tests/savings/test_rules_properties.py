"""Properties of the simpan pinjam rules (issue 9 point 14) against a small, obviously correct reference: a
day-by-day simulation of a loan that walks the calendar, counts each late day that is not paused, starts a
late-fee block every `block_days` late days after the grace, and pays each day's payments in order."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desmig_desktop.savings.rules import (
    LateFeeRule,
    Pause,
    Payment,
    aging_bucket,
    allocate,
    loan_state,
    schedule,
    split_surplus,
)

ONE_DAY = timedelta(days=1)


@dataclass
class Row:  # one instalment in the reference
    due: date
    principal: int
    fee: int
    late: int = 0
    paid_late: int = 0
    paid_fee: int = 0
    paid_principal: int = 0
    late_days: int = 0
    paid_off: date | None = None

    def unpaid(self) -> int:
        return self.principal + self.fee - self.paid_fee - self.paid_principal


def reference(items, payments, pauses, rule, as_of):
    """Walk every day from the first due date or payment to as_of. At the start of a day that is not paused,
    each instalment past due and not fully paid gets one more late day; when that count minus the grace is
    1, 1 + block, 1 + 2×block, … a block starts and charges the flat amount or the percentage of what is unpaid.
    Then the day's payments: late fees oldest first, then each instalment's fee and principal oldest first."""
    rows = [Row(i.due_on, i.principal, i.fee) for i in items]
    closed = None
    day = min([r.due for r in rows] + [p.date for p in payments])
    while day <= as_of:
        if not any(p.start <= day and (p.end is None or day < p.end) for p in pauses):
            for r in rows:
                if day > r.due and r.unpaid() > 0:
                    r.late_days += 1
                    n = r.late_days - rule.grace_days
                    if n >= 1 and (n - 1) % rule.block_days == 0:
                        if rule.kind == "flat":
                            r.late += rule.amount
                        elif rule.kind == "percent":
                            exact = Decimal(r.unpaid()) * Decimal(rule.amount) / Decimal(10_000)
                            r.late += int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for payment in [p for p in payments if p.date == day]:
            left = payment.amount
            for r in rows:
                take = min(left, r.late - r.paid_late)
                r.paid_late, left = r.paid_late + take, left - take
            for r in rows:
                take = min(left, r.fee - r.paid_fee)
                r.paid_fee, left = r.paid_fee + take, left - take
                take = min(left, r.principal - r.paid_principal)
                r.paid_principal, left = r.paid_principal + take, left - take
            for r in rows:
                if r.paid_off is None and r.principal + r.fee > 0 and r.unpaid() == 0 and r.late == r.paid_late:
                    r.paid_off = day
            if closed is None and all(r.unpaid() == 0 and r.late == r.paid_late for r in rows):
                closed = day
        day += ONE_DAY
    for r in rows:  # an instalment with nothing to pay is settled on its due date or when the loan closed
        if r.principal + r.fee == 0:
            settled = min(r.due, closed) if closed else r.due
            r.paid_off = settled if settled <= as_of else None
    return rows, closed


dates = st.dates(date(2016, 1, 1), date(2018, 12, 31))
rules = st.one_of(
    st.just(LateFeeRule()),
    st.builds(LateFeeRule, st.just("flat"), st.integers(0, 20_000), st.integers(0, 10), st.integers(1, 45)),
    st.builds(LateFeeRule, st.just("percent"), st.integers(0, 1_000), st.integers(0, 10), st.integers(1, 45)),
)


@st.composite
def loans(draw):
    principal = draw(st.one_of(st.integers(1, 30), st.integers(100_000, 5_000_000)))
    term, fee_bp = draw(st.integers(1, 12)), draw(st.integers(0, 500))
    disbursed = draw(dates)
    items = schedule(principal, term, fee_bp, disbursed)
    biggest = max(1, (principal + items[0].fee * term) // 2)
    payments = draw(st.lists(st.builds(lambda d, a: Payment(disbursed + timedelta(days=d), a),
                                       st.integers(0, 450), st.integers(1, biggest)), max_size=6))
    pauses = draw(st.lists(st.builds(lambda s, n: Pause(disbursed + timedelta(days=s),
                                                        None if n is None else disbursed + timedelta(days=s + n)),
                                     st.integers(0, 450), st.none() | st.integers(1, 120)), max_size=3))
    as_of = disbursed + timedelta(days=draw(st.integers(0, 500)))
    return items, payments, pauses, draw(rules), as_of


@settings(max_examples=300, deadline=None)
@given(loans())
def test_loan_state_equals_the_day_by_day_reference(loan):
    items, payments, pauses, rule, as_of = loan
    state = loan_state(items, payments, pauses, rule, as_of)
    rows, closed = reference(items, payments, pauses, rule, as_of)
    assert [(s.late_fee, s.paid_late_fee, s.paid_fee, s.paid_principal, s.days_late, s.paid_off_on)
            for s in state.installments] == [(r.late, r.paid_late, r.paid_fee, r.paid_principal, r.late_days,
                                              r.paid_off) for r in rows]
    assert state.closed_on == closed
    assert state.principal_outstanding == sum(r.principal - r.paid_principal for r in rows)
    assert state.fee_outstanding == sum(r.fee - r.paid_fee for r in rows)
    assert state.late_fee_outstanding == sum(r.late - r.paid_late for r in rows)
    assert state.owed_now == state.late_fee_outstanding + sum(r.unpaid() for r in rows if r.due <= as_of)
    oldest = next((r for r in rows if r.due < as_of and r.unpaid() > 0), None)
    assert state.days_past_due == (oldest.late_days if oldest else 0)
    assert state.bucket == aging_bucket(state.days_past_due)
    paused = any(p.start <= as_of and (p.end is None or as_of < p.end) for p in pauses)
    assert state.paused == paused
    expected = ("lunas" if closed else "dihentikan" if paused else
                "menunggak" if state.days_past_due > 0 else "lancar")
    assert state.status == expected


@settings(max_examples=200, deadline=None)
@given(loans())
def test_a_loan_closes_exactly_when_principal_fees_and_late_fees_are_paid(loan):
    items, payments, pauses, rule, as_of = loan
    state = loan_state(items, payments, pauses, rule, as_of)
    assert (state.closed_on is not None) == (state.owed_to_close == 0)
    assert state.owed_to_close == state.principal_outstanding + state.fee_outstanding + state.late_fee_outstanding
    assert 0 <= state.owed_now <= state.owed_to_close
    # paying what is owed to close, then, closes it that very day
    closing = Payment(as_of, state.owed_to_close)
    after = loan_state(items, [*payments, closing], pauses, rule, as_of)
    assert after.owed_to_close == 0 and after.status == "lunas"
    assert after.closed_on == (state.closed_on or as_of)


@settings(max_examples=200, deadline=None)
@given(loans(), st.lists(st.tuples(st.integers(1, 300), st.integers(1, 2_000_000)), max_size=4),
       st.integers(1, 300), st.integers(1, 200))
def test_the_state_as_of_a_past_date_never_changes_when_later_records_are_added(loan, later, pause_end, start):
    items, payments, pauses, rule, as_of = loan
    before = loan_state(items, payments, pauses, rule, as_of)
    more_payments = [*payments, *(Payment(as_of + timedelta(days=d), a) for d, a in later)]
    ended = [p if p.end is not None or p.start > as_of else Pause(p.start, as_of + timedelta(days=pause_end))
             for p in pauses]
    more_pauses = [*ended, Pause(as_of + timedelta(days=start), None)]
    assert loan_state(items, more_payments, more_pauses, rule, as_of) == before


@settings(max_examples=200, deadline=None)
@given(loans(), st.integers(0, 600), st.integers(0, 7_000_000))
def test_an_allocation_never_pays_more_than_owed(loan, offset, amount):
    items, payments, pauses, rule, _as_of = loan
    on = items[0].due_on + timedelta(days=offset - 60)
    owed = loan_state(items, payments, pauses, rule, on)
    paid = allocate(items, payments, pauses, rule, on, amount)
    assert paid.applied + paid.excess == amount and paid.excess >= 0
    assert paid.applied == min(amount, owed.owed_to_close)
    assert paid.late_fee <= owed.late_fee_outstanding and paid.fee <= owed.fee_outstanding
    assert paid.principal <= owed.principal_outstanding
    assert all(line.amount > 0 for line in paid.lines)
    assert sum(line.amount for line in paid.lines) == paid.applied
    # late fees come first: no fee or principal is paid while a late fee stays unpaid
    if paid.fee or paid.principal:
        assert paid.late_fee == owed.late_fee_outstanding
    # posting it gives the state the allocation promised
    after = loan_state(items, [*payments, Payment(on, paid.applied)], pauses, rule, on)
    assert after.owed_to_close == owed.owed_to_close - paid.applied
    assert after.principal_outstanding == owed.principal_outstanding - paid.principal


@settings(max_examples=200, deadline=None)
@given(loans())
def test_paused_days_never_count_as_late(loan):
    items, payments, pauses, rule, as_of = loan
    disbursed = items[0].due_on - timedelta(days=31)
    state = loan_state(items, payments, [*pauses, Pause(disbursed, None)], rule, as_of)
    assert state.days_past_due == 0 and state.late_fee_outstanding == 0
    assert all(s.days_late == 0 and s.late_fee == 0 for s in state.installments)
    assert state.status == ("lunas" if state.closed_on else "dihentikan")
    # and a pause that ended counts nothing of its own days
    plain = loan_state(items, payments, [], rule, as_of)
    assert all(p.days_late <= q.days_late for p, q in
               zip(loan_state(items, payments, pauses, rule, as_of).installments, plain.installments))


@settings(max_examples=300, deadline=None)
@given(dates, st.integers(1, 2_000_000_000), st.integers(1, 12), st.integers(0, 1_000))
def test_a_schedule_sums_to_the_loan_and_keeps_the_day_of_the_month(disbursed, principal, term, fee_bp):
    items = schedule(principal, term, fee_bp, disbursed)
    assert len(items) == term and sum(i.principal for i in items) == principal
    assert len({i.principal for i in items[:-1]}) <= 1 and 0 <= items[-1].principal - items[0].principal < term
    assert len({i.fee for i in items}) == 1
    for k, item in enumerate(items, start=1):
        last_day = calendar.monthrange(item.due_on.year, item.due_on.month)[1]
        assert item.due_on.day == disbursed.day or item.due_on.day == last_day < disbursed.day
        months = (item.due_on.year - disbursed.year) * 12 + item.due_on.month - disbursed.month
        assert months == k


members = st.dictionaries(st.sampled_from("ABCDEFG"), st.integers(0, 5_000_000), max_size=7)


@settings(max_examples=300, deadline=None)
@given(st.integers(-1_000_000, 50_000_000), st.integers(0, 100), st.integers(0, 100), members, members)
def test_the_shu_split_adds_up_to_the_surplus(surplus, savings_pct, fees_pct, savings, fees):
    fees_pct = min(fees_pct, 100 - savings_pct)
    shares, reserve = split_surplus(surplus, savings_pct, fees_pct, savings, fees)
    assert sum(shares.values()) + reserve == surplus
    assert set(shares) == {*savings, *fees}
    if surplus > 0:
        assert all(v >= 0 for v in shares.values()) and reserve >= 0
        # the reserve is at least its own percentage, never more than one Rupiah short
        assert reserve * 100 >= surplus * (100 - savings_pct - fees_pct) - 100
        # nobody with no savings and no jasa gets anything
        assert all(shares[m] == 0 for m in shares if not savings.get(m) and not fees.get(m))
