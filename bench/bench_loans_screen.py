"""Simpan pinjam on screen (issue 9 point 15): record one payment and refresh the Pinjaman tab, 2,000 loans.

    .venv/bin/python bench/bench_loans_screen.py [--db bench/out/loans_2000.db] [--repeat 15]

The same cached village as bench_loans.py (built there on first use). The real `LoansTab` of the Simpan Pinjam
page (offscreen, 1366x700) shows the fund's loans; timed, `--repeat` times on a loan still open: `record_payment`
then `LoansTab.saved(loan, one_loan=True)` with the events processed — exactly what the tab does after "Simpan"
in the payment dialog (that loan's row read again and repainted, the totals recounted). Also timed apart: a
full `LoansTab.reload()` (the list read again, the model reset, the columns fitted: a filter or the date changed). The baseline is the raw SQL select of the fund's
loan rows put into a bare QStandardItemModel shown by a bare QTableView (no states, no SQLAlchemy, no kit).
Prints medians (wall clock and CPU time), the ratio and the load average. Target: < 100 ms.
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
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_loans import TODAY, build, raw_rows  # noqa: E402  (bench/ is a folder of scripts, not a package)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", default=str(Path(__file__).resolve().parent / "out" / "loans_2000.db"))
    p.add_argument("--repeat", type=int, default=15)
    args = p.parse_args(argv)
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.savings.dto import PaymentInput
    from desmig_desktop.savings.services.funds import list_funds
    from desmig_desktop.savings.services.payments import record_payment
    from desmig_desktop.savings.ui.loans_tab import LoansTab
    from desmig_desktop.ui.changes import Changes

    app = QApplication([])
    cached = Path(args.db)
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        build(cached, 2000)
    work = Path(tempfile.mkdtemp()) / "bench.db"
    shutil.copy(cached, work)
    ctx = ServiceContext.open(work, officer="Bench")
    ctx.today_override = TODAY
    fund = list_funds(ctx)[0]
    tab = LoansTab(SimpleNamespace(ctx=ctx, changes=Changes()))
    tab.resize(1366, 700)
    tab.show()
    tab.set_fund(fund)
    app.processEvents()
    open_ids = [r.id for r in tab.model.rows() if r.status in ("lancar", "menunggak")]
    conn = sqlite3.connect(work)
    bare_model = QStandardItemModel()
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(1366, 700)
    bare.show()

    def baseline() -> None:
        bare_model.clear()
        for row in raw_rows(conn, fund.id):
            bare_model.appendRow([QStandardItem(str(v)) for v in row])
        app.processEvents()

    print(f"{cached}: {tab.model.rowCount():,} loans on the tab ({len(open_ids)} open), {args.repeat} runs")
    wall: dict[str, list[float]] = {"screen": [], "bare": [], "reload": []}
    cpu: dict[str, list[float]] = {"screen": [], "bare": [], "reload": []}
    for i in range(args.repeat):
        loan_id = open_ids[i % len(open_ids)]
        tab.select(loan_id)
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        record_payment(ctx, PaymentInput(loan_id, TODAY, 1_000))
        tab.saved(loan_id, one_loan=True)
        app.processEvents()
        t1, c1 = time.perf_counter(), time.process_time()
        baseline()
        t2, c2 = time.perf_counter(), time.process_time()
        tab.reload()
        app.processEvents()
        t3, c3 = time.perf_counter(), time.process_time()
        for out, (a, b, c, d) in ((wall, (t0, t1, t2, t3)), (cpu, (c0, c1, c2, c3))):
            out["screen"].append((b - a) * 1000)
            out["bare"].append((c - b) * 1000)
            out["reload"].append((d - c) * 1000)
    med = statistics.median
    for name, got in (("wall clock", wall), ("CPU time of this process", cpu)):
        ratio = med(got["screen"]) / max(med(got["bare"]), 0.001)
        print(f"  {name}: payment + Pinjaman tab refresh median {med(got['screen']):.1f} ms; bare SQL + bare "
              f"table {med(got['bare']):.1f} ms; ratio {ratio:.2f}x; target < 100 ms: "
              f"{'met' if med(got['screen']) < 100 else 'NOT met'}; a full reload of the tab "
              f"{med(got['reload']):.1f} ms")
    print(f"  load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    sys.stdout.flush()
    ctx.close()
    conn.close()
    shutil.rmtree(work.parent, ignore_errors=True)
    os._exit(0)  # leave without tearing the widgets down one by one (PySide's exit can crash in a script)


if __name__ == "__main__":
    sys.exit(main())
