"""Property tests: random sequences of postings, reversals and closings against an obviously-correct reference,
a list of (date, account, amount) lines and a list of closed periods."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine
from desmig_desktop.core.ledger.posting import (account_in, balance, balances, book_in, close_period, post_entry,
                                                reverse_entry)

START = date(2017, 1, 1)
DAYS = 40
ACCOUNTS = ("cash", "sales_income", "cost", "capital")



@pytest.fixture(scope="module")
def shared_ctx(tmp_path_factory):
    """One village file for every example; each example works in its own book, so examples never meet."""
    from desmig_desktop.registry.services.village import init_village

    ctx = ServiceContext.open(tmp_path_factory.mktemp("ledger") / "desa.db", officer="Siti Petugas")
    ctx.today_override = date(2026, 11, 23)
    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades", dusuns=["Kuripan"])
    yield ctx
    ctx.close()


day = st.integers(0, DAYS).map(lambda n: START + timedelta(days=n))
amount = st.integers(-5_000_000, 5_000_000).filter(bool)
post = st.tuples(st.just("post"), day, st.lists(st.tuples(st.integers(0, len(ACCOUNTS) - 1), amount), min_size=1,
                                                   max_size=3), st.integers(0, len(ACCOUNTS) - 1))
reverse = st.tuples(st.just("reverse"), day, st.integers(0, 30))
close = st.tuples(st.just("close"), day, st.integers(0, 10))
operations = st.lists(st.one_of(post, post, reverse, close), min_size=1, max_size=14)


def in_closed(locks: list[tuple[date, date]], on: date) -> bool:
    return any(start <= on <= end for start, end in locks)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_balances_equal_the_reference_and_closed_or_past_days_never_change(shared_ctx, ops):
    ctx = shared_ctx
    with ctx.unit_of_work() as s:
        book = book_in(s, "production_group", str(uuid.uuid4()), "production_group")
        book_id, accounts = book.id, [account_in(s, book, kind).id for kind in ACCOUNTS]
    reference: list[tuple[date, str, int]] = []  # (date, account, amount) of every line posted
    entries: list[tuple[str, date, list[tuple[str, int]]]] = []  # (id, date, lines)
    reversed_ids: set[str] = set()
    locks: list[tuple[date, date]] = []
    frozen: list[tuple[date, date, dict[str, int]]] = []  # a closed period and each account's movement inside it
    # Balances only change on the days of operations: every day before one, on one, and at both ends covers them all.
    days = sorted({START - timedelta(days=1), START + timedelta(days=DAYS + 1)}
                  | {op[1] + timedelta(days=k) for op in ops for k in (-1, 0)})

    def expected(account: str, as_of: date) -> int:
        return sum(a for d, acc, a in reference if acc == account and d <= as_of)

    def moved_inside(start: date, end: date) -> dict[str, int]:
        with ctx.reader() as s:
            rows = s.execute(select(JournalLine.account_id, func.sum(JournalLine.amount))
                             .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
                             .where(JournalEntry.book_id == book_id, JournalEntry.posted_on >= start,
                                    JournalEntry.posted_on <= end).group_by(JournalLine.account_id))
            return {acc: int(total) for acc, total in rows if total}

    for op in ops:
        with ctx.reader() as s:
            before = {d: balances(s, book_id, d) for d in days}
        on = op[1]
        if op[0] == "post":
            lines = [(accounts[i], a) for i, a in op[2]]
            rest = -sum(a for _i, a in lines)
            if rest != 0:
                lines.append((accounts[op[3]], rest))
            ok = not in_closed(locks, on) and len(lines) >= 2
            try:
                saved = post_entry(ctx, book_id, on, "sale", lines)
            except ValidationError:
                assert not ok, (op, locks)
                continue
            assert ok, (op, locks)
            entries.append((saved.id, on, lines))
            reference.extend((on, acc, a) for acc, a in lines)
        elif op[0] == "reverse":
            if not entries:
                continue
            entry_id, posted_on, lines = entries[op[2] % len(entries)]
            ok = entry_id not in reversed_ids and on >= posted_on and not in_closed(locks, on)
            try:
                saved = reverse_entry(ctx, entry_id, on, "uji")
            except ValidationError:
                assert not ok, (op, locks)
                continue
            assert ok, (op, locks)
            reversed_ids.add(entry_id)
            entries.append((saved.id, on, [(acc, -a) for acc, a in lines]))
            reference.extend((on, acc, -a) for acc, a in lines)
        else:
            start, end = on, on + timedelta(days=op[2])
            ok = not any(s0 <= end and start <= e0 for s0, e0 in locks)
            try:
                close_period(ctx, book_id, start, end, "tutup buku")
            except ValidationError:
                assert not ok, (op, locks)
                continue
            assert ok, (op, locks)
            locks.append((start, end))
            frozen.append((start, end, moved_inside(start, end)))
        with ctx.reader() as s:
            for d in days:  # every balance as of any day equals the reference sum
                now = balances(s, book_id, d)
                assert now == {acc: expected(acc, d) for acc in accounts}, (d, op)
                assert sum(now.values()) == 0
                if d < on:  # a balance as of a day before the operation's date has not changed
                    assert now == before[d], (d, op)
            assert balance(s, accounts[0]) == expected(accounts[0], days[-1])
        for start, end, moved in frozen:  # nothing dated in a closed period changed after closing
            assert moved_inside(start, end) == moved, (start, end, op)
