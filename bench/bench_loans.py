"""Simpan pinjam speed (issue 9 point 15): record one payment and refresh the loan list, on a village with 2,000 loans.

    .venv/bin/python bench/bench_loans.py [--db bench/out/loans_2000.db] [--loans 2000] [--repeat 30]

The village is built once through the services (a fund with 200 members, 2,000 three-month loans disbursed from
2017 to 2026, most repaid in three instalments, some late, some partly, some not at all) and cached at --db; each
run works on a copy, so the cached file never changes. Timed, `--repeat` times on a loan that is still open:
`record_payment` (one unit of work: checks, allocation, the ledger entry, closed_on) followed by `list_loans(fund)`
(every loan's state as of today: what the loan list shows after the payment), and apart the list alone. The
baseline is the raw SQL select of the fund's loan rows through the `sqlite3` module (no states, no SQLAlchemy).
Prints medians in milliseconds, wall clock and this process's CPU time (on a shared machine the wall clock
counts the time other processes held the CPU), the ratio to the baseline and the load average.
Target: payment + list refresh < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services.people import PersonInput, register_person
from desmig_desktop.registry.services.village import init_village
from desmig_desktop.savings.dto import FundInput, LoanInput, PaymentInput
from desmig_desktop.savings.services import funds, members
from desmig_desktop.savings.services.loan_queries import list_loans
from desmig_desktop.savings.services.loans import disburse_loan_in
from desmig_desktop.savings.services.payments import record_payment, record_payment_in

TODAY = date(2026, 11, 23)
START = date(2017, 1, 10)
MEMBERS = 200


def build(path: Path, loans: int) -> None:
    """The village, cached: a fund, its members and `loans` loans with their payments."""
    ctx = ServiceContext.open(path)
    ctx.today_override = TODAY
    init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades",
                 dusuns=["Kuripan"])
    fund = funds.create_fund(ctx, FundInput("Dana Desa Kuripan", START, fee_bp=200, late_fee_kind="flat",
                                            late_fee_amount=5_000, max_open_loans=loans // MEMBERS + 1))
    funds.add_fund_cash(ctx, fund.id, "capital", 5_000_000_000, START, "Modal desa")
    member_ids = []
    for i in range(MEMBERS):
        born = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
        pid = register_person(ctx, PersonInput(make_nik("330709", born, "P" if i % 2 else "L", i + 1),
                                               f"Anggota {i + 1:03d}", "P" if i % 2 else "L", born)).id
        member_ids.append(members.join_fund(ctx, fund.id, pid, START, pay_pokok=False).id)
    span = (TODAY - timedelta(days=120) - START).days
    for chunk in range(0, loans, 100):
        with ctx.unit_of_work() as session:
            for n in range(chunk, min(chunk + 100, loans)):
                on = START + timedelta(days=span * n // loans)
                loan = disburse_loan_in(session, ctx, LoanInput(fund.id, "member", 500_000 + 50_000 * (n % 20), on, 3,
                                                                member_id=member_ids[n % MEMBERS]))
                total = loan.principal + 3 * loan.principal * 2 // 100
                kind = n % 10
                if kind <= 6:    # on time, three instalments
                    plan = [(30, total // 3), (61, total // 3), (91, total - 2 * (total // 3))]
                elif kind == 7:  # two instalments, then nothing
                    plan = [(30, total // 3), (75, total // 3)]
                elif kind == 8:  # one partial
                    plan = [(40, 100_000)]
                else:            # nothing paid
                    plan = []
                for days, amount in plan:
                    paid_on = on + timedelta(days=days)
                    if paid_on <= TODAY:
                        record_payment_in(session, ctx, PaymentInput(loan.id, paid_on, amount))
    ctx.close()


def raw_rows(conn: sqlite3.Connection, fund_id: str) -> list[tuple]:  # type: ignore[type-arg]
    return conn.execute("""SELECT l.id, l.number, l.principal, l.term_months, l.fee_bp, l.disbursed_on, l.closed_on,
        p.name FROM loan l LEFT JOIN savings_member m ON m.id = l.member_id LEFT JOIN person p ON p.id = m.person_id
        WHERE l.deleted_at IS NULL AND l.fund_id = ? ORDER BY l.disbursed_on DESC, l.number DESC""",
                        (fund_id,)).fetchall()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", default=str(Path(__file__).resolve().parent / "out" / "loans_2000.db"))
    p.add_argument("--loans", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=30)
    args = p.parse_args(argv)
    cached = Path(args.db)
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        build(cached, args.loans)
        print(f"built {cached} in {time.perf_counter() - t0:.0f} s")
    work = Path(tempfile.mkdtemp()) / "bench.db"
    shutil.copy(cached, work)
    ctx = ServiceContext.open(work)
    ctx.today_override = TODAY
    fund_id = funds.list_funds(ctx)[0].id
    rows = list_loans(ctx, fund_id)  # warm up
    open_ids = [r.id for r in rows if r.status in ("lancar", "menunggak")]
    print(f"{cached}: {len(rows):,} loans ({len(open_ids)} open), {args.repeat} runs, ms")
    conn = sqlite3.connect(work)
    wall: dict[str, list[float]] = {"both": [], "payment": [], "list": [], "raw": []}
    cpu: dict[str, list[float]] = {"both": [], "payment": [], "list": [], "raw": []}
    for i in range(args.repeat):
        loan_id = open_ids[i % len(open_ids)]
        t0, c0 = time.perf_counter(), time.process_time()
        record_payment(ctx, PaymentInput(loan_id, TODAY, 1_000))
        t1, c1 = time.perf_counter(), time.process_time()
        list_loans(ctx, fund_id)
        t2, c2 = time.perf_counter(), time.process_time()
        raw_rows(conn, fund_id)
        t3, c3 = time.perf_counter(), time.process_time()
        for out, (a, b, c, d) in ((wall, (t0, t1, t2, t3)), (cpu, (c0, c1, c2, c3))):
            out["both"].append((c - a) * 1000)
            out["payment"].append((b - a) * 1000)
            out["list"].append((c - b) * 1000)
            out["raw"].append((d - c) * 1000)
    med = statistics.median
    for name, got in (("wall clock", wall), ("CPU time of this process", cpu)):
        print(f"  {name}:")
        print(f"    payment + list refresh  median {med(got['both']):7.1f} ms   "
              f"(payment {med(got['payment']):.1f}, list {med(got['list']):.1f})")
        print(f"    raw SQL loan rows       median {med(got['raw']):7.1f} ms")
        print(f"    ratio (payment + list) / raw SQL: {med(got['both']) / max(med(got['raw']), 0.001):.1f}x   "
              f"target < 100 ms: {'met' if med(got['both']) < 100 else 'NOT met'}")
    print(f"  load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    ctx.close()
    conn.close()
    shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
