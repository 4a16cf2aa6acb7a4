"""Property test of simpan pinjam on one SQLite file (issue 9 point 14): random sequences of deposits, withdrawals,
capital and costs, loans, payments, pauses and resumes, reversals and year closings through the real services,
in date order, each op either done or refused with a ValidationError, against a small reference (dicts of
balances). Afterwards: every entry balances; the fund's cash is never below zero on any day; cash and every
member's savings equal the reference; a loan is closed exactly when its principal, fees and late fees are paid;
nothing dated in a closed year changed after closing; the loan list and the fund summary as of a past day are
the same after the later ops were recorded.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine
from desmig_desktop.core.ledger.posting import balance, balances
from desmig_desktop.production.services import groups
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.registry.services.village import init_village
from desmig_desktop.savings.dto import FundInput, LoanInput, PaymentInput
from desmig_desktop.savings.rules import monthly_fee
from desmig_desktop.savings.services import funds, loan_queries, loans, members, moves, yearend
from desmig_desktop.savings.services.book import fund_book, fund_cash, loan_account, savings_account

OPENED = date(2020, 1, 1)
KINDS = ("pokok", "wajib", "sukarela")
_names = itertools.count(1)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    ctx = ServiceContext.open(tmp_path_factory.mktemp("prop") / "desa.db", officer="Siti Petugas")
    ctx.today_override = date(2026, 11, 23)
    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades",
                 dusuns=["Kuripan"])
    people = []
    for i, name in enumerate(["Ani", "Budi", "Citra"], start=1):
        born = date(1980 + i, i, 10 + i)
        people.append(registry.register_person(ctx, PersonInput(make_nik("330709", born, "P", i), name, "P", born)).id)
    group = groups.create_group(ctx, GroupInput("Kelompok Salak", "Olahan salak", date(2017, 1, 10))).id
    yield ctx, people, group
    ctx.close()


amounts = st.integers(1, 40).map(lambda n: n * 5_000)
day = st.integers(0, 760)
member = st.integers(0, 2)
op = st.one_of(
    st.tuples(st.just("deposit"), day, member, st.sampled_from(("wajib", "sukarela", "sukarela")), amounts),
    st.tuples(st.just("withdraw"), day, member, amounts),
    st.tuples(st.just("cost"), day, amounts),
    st.tuples(st.just("capital"), day, amounts),
    st.tuples(st.just("loan"), day, st.integers(0, 3), st.integers(2, 12).map(lambda n: n * 25_000), st.integers(1, 4)),
    st.tuples(st.just("pay"), day, st.integers(0, 9), st.sampled_from(("close", "now", "part"))),
    st.tuples(st.just("pause"), day, st.integers(0, 9)),
    st.tuples(st.just("resume"), day, st.integers(0, 9)),
    st.tuples(st.just("reverse"), day, st.integers(0, 30)),
    st.tuples(st.just("backdate"), member, st.integers(0, 364)),
)


def _when(o: tuple) -> tuple[date, int]:
    """Ops run in date order; a year's closing comes after everything dated in it."""
    if o[0] == "close":
        return date(o[1], 12, 31), 1
    if o[0] == "backdate":
        return date(2022, 1, 1), 2
    return OPENED + timedelta(days=o[1]), 0


class Reference:
    def __init__(self) -> None:
        self.cash = 0
        self.savings: dict[tuple[str, str], int] = {}
        self.records: list[tuple[str, str, dict]] = []  # (table, id, deltas) of what was done, reversible

    def apply(self, deltas: dict, sign: int = 1) -> None:
        self.cash += sign * deltas.get("cash", 0)
        for key, amount in deltas.get("savings", {}).items():
            self.savings[key] = self.savings.get(key, 0) + sign * amount


def _snapshot(ctx, fund_id: str, as_of: date):
    summary = funds.fund_summary(ctx, fund_id, as_of)
    return loan_queries.list_loans(ctx, fund_id, as_of=as_of), replace(summary, fund=None)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(ops=st.lists(op, min_size=6, max_size=28),
       closes=st.sampled_from(((2020,), (2020, 2021), (2021, 2020), (2021,), ())))
def test_random_sequences_keep_the_books_right(world, ops, closes):
    ctx, people, group_id = world
    fund = funds.create_fund(ctx, FundInput(f"Dana Uji {next(_names)}", OPENED, pokok_amount=10_000, fee_bp=200,
                                            late_fee_kind="flat", late_fee_amount=2_500, late_fee_grace_days=3))
    ref = Reference()
    receipt = funds.add_fund_cash(ctx, fund.id, "capital", 300_000, OPENED, "Modal")
    ref.apply({"cash": 300_000})
    ids = [members.join_fund(ctx, fund.id, pid, OPENED).id for pid in people]
    for m in ids:
        ref.apply({"cash": 10_000, "savings": {(m, "pokok"): 10_000}})
    loan_ids: list[str] = []
    closed: dict[int, tuple] = {}
    as_of_checks: list[tuple[date, tuple]] = []
    last_snapshot = OPENED
    for o in sorted(ops + [("close", year) for year in closes], key=_when):
        on, _order = _when(o)
        if on - timedelta(days=1) > last_snapshot and len(as_of_checks) < 3:
            last_snapshot = on - timedelta(days=1)
            as_of_checks.append((last_snapshot, _snapshot(ctx, fund.id, last_snapshot)))
        try:
            _run(ctx, fund.id, ids, group_id, loan_ids, ref, closed, o, on)
        except ValidationError as err:
            _refusal_was_right(ctx, fund.id, ids, ref, o, on, err)
    _check(ctx, fund.id, ids, loan_ids, ref, closed, as_of_checks)


def _run(ctx, fund_id, ids, group_id, loan_ids, ref, closed, o, on) -> None:
    kind = o[0]
    if kind == "deposit":
        r = moves.deposit(ctx, ids[o[2]], o[3], o[4], on)
        ref.records.append((r.source_table, r.source_id, {"cash": o[4], "savings": {(ids[o[2]], o[3]): o[4]}}))
    elif kind == "withdraw":
        r = moves.withdraw(ctx, ids[o[2]], o[3], on)
        ref.records.append((r.source_table, r.source_id, {"cash": -o[3], "savings": {(ids[o[2]], "sukarela"): -o[3]}}))
    elif kind in ("cost", "capital"):
        r = funds.add_fund_cash(ctx, fund_id, kind, o[2], on, "Uji")
        ref.records.append((r.source_table, r.source_id, {"cash": o[2] if kind == "capital" else -o[2]}))
    elif kind == "loan":
        data = LoanInput(fund_id, "group", o[3], on, o[4], group_id=group_id) if o[2] == 3 else \
            LoanInput(fund_id, "member", o[3], on, o[4], member_id=ids[o[2]])
        loan = loans.disburse_loan(ctx, data)
        loan_ids.append(loan.row.id)
        ref.records.append(("loan", loan.row.id, {"cash": -o[3]}))
    elif kind == "pay" and loan_ids:
        loan_id = loan_ids[o[2] % len(loan_ids)]
        detail = loan_queries.loan_detail(ctx, loan_id, on)
        owed = {"close": detail.state.owed_to_close, "now": detail.row.owed_now,
                "part": max(detail.state.owed_to_close // 3, 1)}[o[3]] or 5_000
        r = loans.record_payment(ctx, PaymentInput(loan_id, on, owed))
        ref.records.append(("loan_payment", r.source_id, {"cash": owed}))
    elif kind in ("pause", "resume") and loan_ids:
        action = loans.pause_loan if kind == "pause" else loans.resume_loan
        action(ctx, loan_ids[o[2] % len(loan_ids)], on, "Kiriman terlambat")
    elif kind == "reverse" and ref.records:
        table, record_id, deltas = ref.records[o[2] % len(ref.records)]
        moves.reverse_record(ctx, table, record_id, on, "Salah catat")
        ref.apply(deltas, -1)
        ref.records.remove((table, record_id, deltas))
        return
    elif kind == "close":
        with ctx.reader() as s:
            before = {m: -balance(s, savings_account(s, fund_id, m, "sukarela").id) for m in ids}
        shu = yearend.close_year(ctx, fund_id, o[1])
        assert sum(x.amount for x in shu.shares) + shu.reserve == shu.surplus
        assert shu.surplus == shu.fee_income + shu.late_fee_income - shu.costs
        for share in shu.shares:
            ref.apply({"savings": {(share.member_id, "sukarela"): share.amount}})
        with ctx.reader() as s:
            book = fund_book(s, fund_id)
            end = date(o[1], 12, 31)
            closed[o[1]] = (balances(s, book, end), _entries(s, book.id, end))
            after = {m: -balance(s, savings_account(s, fund_id, m, "sukarela").id) for m in ids}
        assert {m: after[m] - before[m] for m in ids} == {m: next((x.amount for x in shu.shares if x.member_id == m), 0)
                                                        for m in ids}
        return
    elif kind == "backdate" and closed:
        year = sorted(closed)[0]
        moves.deposit(ctx, ids[o[1]], "sukarela", 5_000, date(year, 1, 1) + timedelta(days=o[2]))
        raise AssertionError("a deposit dated in a closed year was saved")
    else:
        return
    if kind in ("deposit", "withdraw", "cost", "capital", "loan", "pay"):
        ref.apply(ref.records[-1][2])


def _refusal_was_right(ctx, fund_id, ids, ref, o, on, err) -> None:
    """Refusals the reference can tell: a withdrawal beyond the balance or the cash, a cost or a loan beyond the
    cash. What the reference allows may still be refused for a reason it does not model (an open loan, a
    closed loan, a year not in order ...), never for money it says is there."""
    kind = o[0]
    if kind == "withdraw":
        assert o[3] > ref.savings.get((ids[o[2]], "sukarela"), 0) or o[3] > ref.cash, str(err)
    elif kind in ("deposit", "capital"):
        assert "ditutup" in str(err), str(err)  # only a closed year refuses money coming in
    elif kind == "cost":
        assert o[2] > ref.cash or "ditutup" in str(err), str(err)
    elif kind == "backdate":
        assert "Tutup buku" in str(err) and "Siti Petugas" in str(err), str(err)


def _entries(s, book_id: str, end: date) -> list[tuple]:
    return sorted(s.execute(select(JournalEntry.id, JournalEntry.posted_on, JournalEntry.kind).where(
        JournalEntry.book_id == book_id, JournalEntry.posted_on <= end, JournalEntry.deleted_at.is_(None))).all())


def _check(ctx, fund_id, ids, loan_ids, ref, closed, as_of_checks) -> None:
    with ctx.reader() as s:
        book = fund_book(s, fund_id)
        sums = s.execute(select(JournalLine.entry_id, func.sum(JournalLine.amount), func.count(JournalLine.id))
                         .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                         .where(JournalEntry.book_id == book.id).group_by(JournalLine.entry_id)).all()
        assert sums and all(total == 0 and n >= 2 for _e, total, n in sums)
        days = sorted(set(s.scalars(select(JournalEntry.posted_on).where(JournalEntry.book_id == book.id))))
        assert all(fund_cash(s, fund_id, d) >= 0 for d in days)
        assert fund_cash(s, fund_id) == ref.cash
        for m in ids:
            for k in KINDS:
                assert -balance(s, savings_account(s, fund_id, m, k).id) == ref.savings.get((m, k), 0), (m, k)
        for year, (held, entries) in closed.items():
            end = date(year, 12, 31)
            assert balances(s, book, end) == {a: held.get(a, 0) for a in balances(s, book, end)}
            assert _entries(s, book.id, end) == entries
        far = date(2026, 11, 23)
        for loan_id in loan_ids:
            detail = loan_queries.loan_detail(ctx, loan_id, far)
            if detail.row.status == "dibatalkan":
                continue
            live = [p for p in detail.payments if p.reversed_on is None]
            fees_due = monthly_fee(detail.row.principal, detail.row.fee_bp) * detail.row.term_months
            paid_off = (balance(s, loan_account(s, fund_id, loan_id).id) == 0 and sum(p.fee for p in live) == fees_due
                        and detail.state.late_fee_outstanding == 0)
            assert (detail.row.status == "lunas") == paid_off == (detail.row.closed_on is not None), detail.row
    for as_of, snapshot in as_of_checks:
        assert _snapshot(ctx, fund_id, as_of) == snapshot, as_of
