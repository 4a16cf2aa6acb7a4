"""Arrears (issue 9 point 7): pause and resume with a reason, paused days not late, days past due, aging buckets,
PAR30, overdue borrowers with phones — as of any past date, unchanged when later records are added."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.savings.dto import LoanInput
from desmig_desktop.savings.services import funds, loans, payments
from desmig_desktop.savings.services.loan_queries import due_between, list_loans, loan_detail, overdue_borrowers
from tests.savings.loan_setup import lender, member_loan, pay  # noqa: F401  (lender: a fixture)

REASON = "Kiriman dari Taiwan terlambat"


def _row(ctx, loan_id, as_of):  # type: ignore[no-untyped-def]
    return next(r for r in list_loans(ctx, as_of=as_of) if r.id == loan_id)


def test_paused_days_are_not_late_and_the_events_are_kept(ctx, lender):
    loan = loans.disburse_loan(ctx, member_loan(lender)).row.id  # 353.333 due 28/02, 31/03
    loans.pause_loan(ctx, loan, date(2017, 3, 10), REASON)
    paused = _row(ctx, loan, date(2017, 3, 20))
    assert (paused.status, paused.days_past_due) == ("dihentikan", 9)  # 01/03..09/03
    assert _row(ctx, loan, date(2017, 5, 1)).days_past_due == 9  # frozen while paused
    detail = loans.resume_loan(ctx, loan, date(2017, 4, 10), "Kiriman sudah datang")
    assert [(p.kind, p.on, p.reason, p.officer) for p in detail.pauses] == [
        ("pause", date(2017, 3, 10), REASON, "Siti Petugas"),
        ("resume", date(2017, 4, 10), "Kiriman sudah datang", "Siti Petugas")]
    row = _row(ctx, loan, date(2017, 4, 15))
    # #1: 46 days since 28/02 less 31 paused = 15 (1 denda block); #2: 15 days since 31/03 less 9 paused = 6 (1 block)
    assert (row.status, row.days_past_due, row.bucket, row.owed_now) == ("menunggak", 15, "1-30", 10_000 + 706_666)
    state = loan_detail(ctx, loan, date(2017, 4, 15)).state
    assert [(i.days_late, i.late_fee) for i in state.installments] == [(15, 5_000), (6, 5_000), (0, 0)]
    assert _row(ctx, loan, date(2017, 3, 20)).status == "dihentikan"  # the past did not move


def test_pause_and_resume_refusals_name_the_fix(ctx, lender):
    loan = loans.disburse_loan(ctx, member_loan(lender)).row.id
    msg = lambda call, *a: pytest.raises(ValidationError, call, ctx, loan, *a).value.issues[0].message  # noqa: E731
    assert msg(loans.pause_loan, date(2017, 3, 10), "  ") == \
        "Alasan wajib diisi, mis. kiriman uang dari luar negeri terlambat."
    assert msg(loans.resume_loan, date(2017, 3, 10), "x") == \
        "Pinjaman PJ/2017/0001 tidak sedang dihentikan: tidak ada yang dilanjutkan."
    assert msg(loans.pause_loan, date(2017, 1, 30), REASON) == "Tanggal: pilih 31/01/2017 atau sesudahnya."
    loans.pause_loan(ctx, loan, date(2017, 3, 10), REASON)
    assert msg(loans.pause_loan, date(2017, 3, 12), REASON) == (
        "Pinjaman PJ/2017/0001 sudah dihentikan sementara sejak 10/03/2017: lanjutkan dulu sebelum menghentikan lagi.")
    assert msg(loans.resume_loan, date(2017, 3, 9), "x") == "Tanggal: pilih 10/03/2017 atau sesudahnya."
    loans.resume_loan(ctx, loan, date(2017, 3, 20), "Kiriman datang")
    payments.record_payment(ctx, pay(loan, date(2017, 3, 25), 1_065_000))  # #1: 15 late days, one denda block
    assert msg(loans.pause_loan, date(2017, 3, 26), REASON) == (
        "Pinjaman PJ/2017/0001 sudah lunas pada 25/03/2017: tidak dapat dihentikan.")
    assert len(loan_detail(ctx, loan).pauses) == 2


@pytest.fixture
def book(ctx, lender):  # type: ignore[no-untyped-def]
    """Four loans of different ages: as of 15/06/2017 A 107 days late, B 31, C 14, D not yet due."""
    a = loans.disburse_loan(ctx, member_loan(lender, "Bariyah", 1_000_000, date(2017, 1, 31))).row.id
    b = loans.disburse_loan(ctx, member_loan(lender, "Tukinem", 600_000, date(2017, 4, 15))).row.id
    c = loans.disburse_loan(ctx, LoanInput(lender.fund_id, "group", 900_000, date(2017, 5, 1), 3,
                                           group_id=lender.group_id)).row.id
    d = loans.disburse_loan(ctx, member_loan(lender, "Sumiyati", 300_000, date(2017, 5, 20),
                                             representative_name="Parno", representative_relation="suami",
                                             representative_phone="0812555")).row.id
    payments.record_payment(ctx, pay(a, date(2017, 2, 27), 20_000))  # only the fee of #1
    return {"A": a, "B": b, "C": c, "D": d}


JUN15 = date(2017, 6, 15)


def test_days_past_due_buckets_par30_and_overdue_borrowers(ctx, lender, book):
    rows = {r.id: r for r in list_loans(ctx, lender.fund_id, as_of=JUN15)}
    seen = {k: (rows[v].days_past_due, rows[v].bucket, rows[v].principal_outstanding) for k, v in book.items()}
    assert seen == {"A": (107, "90+", 1_000_000), "B": (31, "31-60", 600_000), "C": (14, "1-30", 900_000),
                    "D": (0, "lancar", 300_000)}
    summary = funds.fund_summary(ctx, lender.fund_id, JUN15)
    assert [(a.bucket, a.loans, a.principal) for a in summary.aging] == [
        ("lancar", 1, 300_000), ("1-30", 1, 900_000), ("31-60", 1, 600_000), ("61-90", 0, 0), ("90+", 1, 1_000_000)]
    assert (summary.par30_principal, summary.principal_outstanding, summary.open_loans) == (1_600_000, 2_800_000, 4)
    assert summary.par30_bp == 5714
    overdue = overdue_borrowers(ctx, lender.fund_id, JUN15)
    assert [(o.borrower_name, o.days_past_due, o.phone) for o in overdue] == [
        ("Bariyah", 107, "08123000001"), ("Tukinem", 31, "08123000002"), ("Kelompok Salak", 14, "")]
    assert [r.number for r in list_loans(ctx, lender.fund_id, overdue=True, as_of=JUN15)] == [
        "PJ/2017/0003", "PJ/2017/0002", "PJ/2017/0001"]
    assert [r.number for r in list_loans(ctx, status="lancar", as_of=JUN15)] == ["PJ/2017/0004"]
    assert list_loans(ctx, as_of=date(2017, 4, 14))[0].number == "PJ/2017/0001"  # only loans disbursed by then


def test_instalments_due_in_a_week(ctx, lender, book):
    ctx.today_override = date(2017, 6, 12)
    due = due_between(ctx, date(2017, 6, 12), date(2017, 6, 18))
    assert [(r.number, r.next_due_on) for r in due] == [("PJ/2017/0002", date(2017, 5, 15))]  # #2 due 15/06
    assert due_between(ctx, date(2017, 6, 19), date(2017, 6, 25))[0].borrower_name == "Sumiyati"


def test_the_past_does_not_change_when_later_records_are_added(ctx, lender, book):
    def snapshot():  # type: ignore[no-untyped-def]
        summary = funds.fund_summary(ctx, lender.fund_id, JUN15)
        return (list_loans(ctx, as_of=JUN15), overdue_borrowers(ctx, as_of=JUN15),
                (summary.aging, summary.par30_principal, summary.principal_outstanding, summary.open_loans),
                loan_detail(ctx, book["A"], JUN15))

    before = snapshot()
    late = payments.record_payment(ctx, pay(book["A"], date(2017, 6, 20), 400_000))
    payments.record_payment(ctx, pay(book["B"], date(2017, 6, 16), 100_000))
    loans.pause_loan(ctx, book["C"], date(2017, 6, 16), REASON)
    with ctx.unit_of_work() as session:  # the later payment, then an earlier one, reversed after the day
        payments.reverse_payment_in(session, ctx, late.source_id, date(2017, 6, 21), "Salah catat")
    with ctx.unit_of_work() as session:
        payments.reverse_payment_in(session, ctx, _first_payment(ctx, book["A"]), date(2017, 6, 21), "Salah catat")
    loans.resume_loan(ctx, book["C"], date(2017, 6, 25), "Kiriman datang")
    assert snapshot() == before
    assert _row(ctx, book["A"], date(2017, 6, 20)).principal_outstanding < 1_000_000
    assert _row(ctx, book["A"], date(2017, 6, 21)).owed_now > _row(ctx, book["A"], date(2017, 6, 20)).owed_now


def _first_payment(ctx, loan_id):  # type: ignore[no-untyped-def]
    return loan_detail(ctx, loan_id).payments[0].id


# ---- property: what was true as of a day stays true when later records come -----------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EVENTS = st.lists(st.tuples(st.integers(1, 200), st.sampled_from(["pay", "pay", "pay", "pause", "resume"]),
                            st.integers(1, 450_000)), min_size=1, max_size=6)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=EVENTS)
def test_property_past_answers_never_change_and_match_the_rules(ctx, village, events):
    """Random payments, pauses and resumes on a new loan, recorded in date order: after each one, every earlier
    day's row (days past due, bucket, outstanding, status) is what it was, and what `rules.loan_state` says."""
    from desmig_desktop.savings import rules
    from tests.savings.loan_setup import make_lender

    if not hasattr(ctx, "_lender"):
        ctx._lender = make_lender(ctx, max_open_loans=100, capital=50_000_000)
    lender = ctx._lender
    loan = loans.disburse_loan(ctx, member_loan(lender)).row.id
    seen: dict[date, tuple] = {}
    paid: list[rules.Payment] = []
    for offset, kind, amount in sorted(events, key=lambda e: e[0]):
        day = date(2017, 1, 31) + timedelta(days=offset)
        try:
            if kind == "pay":
                receipt = payments.record_payment(ctx, pay(loan, day, amount, excess_to_savings=True))
                paid.append(rules.Payment(day, amount - dict(receipt.lines).get("Simpanan sukarela", 0)))
            elif kind == "pause":
                loans.pause_loan(ctx, loan, day, REASON)
            else:
                loans.resume_loan(ctx, loan, day, "Kiriman datang")
        except ValidationError:
            continue  # a refusal (nothing owed, not paused …) writes nothing
        for past, before in seen.items():
            if past < day:  # a day's answer includes every record dated that day, so only earlier days are fixed
                assert _shown(ctx, loan, past) == before
        seen[day - timedelta(days=1)] = _shown(ctx, loan, day - timedelta(days=1))
        seen[day] = _shown(ctx, loan, day)
    detail = loan_detail(ctx, loan, date(2017, 9, 1))
    plan = rules.schedule(1_000_000, 3, 200, date(2017, 1, 31))
    pauses: list[rules.Pause] = []
    for event in detail.pauses:
        if event.kind == "pause":
            pauses.append(rules.Pause(event.on, None))
        else:
            pauses[-1] = rules.Pause(pauses[-1].start, event.on)
    expected = rules.loan_state(plan, paid, pauses, rules.LateFeeRule("flat", 5_000), date(2017, 9, 1))
    assert (detail.row.days_past_due, detail.row.principal_outstanding, detail.row.status) == (
        expected.days_past_due, expected.principal_outstanding, expected.status)


def _shown(ctx, loan_id, day):  # type: ignore[no-untyped-def]
    row = _row(ctx, loan_id, day)
    return (row.days_past_due, row.bucket, row.principal_outstanding, row.owed_now, row.status, row.closed_on)
