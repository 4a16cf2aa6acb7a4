"""Monthly recap timing: build_recap + write_recap_xlsx + write_recap_pdf on one database.

    .venv/bin/python bench/bench_recap.py bench/out/big.db [--period 2026-11] [--runs 3] [--include-nik]

Prints each part and the total (the median of the runs), in seconds. Target on 100,000 people:
xlsx + pdf (with the dataset built) <= 3 s. The files go to bench/out/ (ignored by git).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import build_recap

OUT = Path(__file__).resolve().parent / "out"


def run(db: Path, period: str, runs: int, include_nik: bool) -> dict[str, float]:
    from desmig_desktop.recap.pdf import write_recap_pdf
    from desmig_desktop.recap.xlsx import write_recap_xlsx

    OUT.mkdir(exist_ok=True)
    ctx = ServiceContext.open(db)
    times: dict[str, list[float]] = {"build_recap": [], "write_recap_xlsx": [], "write_recap_pdf": [], "total": []}
    for _r in range(runs):
        t0 = time.perf_counter()
        data = build_recap(ctx, parse_period(period))
        t1 = time.perf_counter()
        write_recap_xlsx(data, OUT / f"recap-{period}.xlsx", include_nik=include_nik)
        t2 = time.perf_counter()
        write_recap_pdf(data, OUT / f"recap-{period}.pdf", include_nik=include_nik)
        t3 = time.perf_counter()
        for key, value in (("build_recap", t1 - t0), ("write_recap_xlsx", t2 - t1), ("write_recap_pdf", t3 - t2),
                           ("total", t3 - t0)):
            times[key].append(value)
    ctx.close()
    medians = {k: statistics.median(v) for k, v in times.items()}
    print(f"{db}, period {period}: {len(data.register):,} register rows, {runs} runs (median)")
    for key, value in medians.items():
        print(f"  {key:18} {value:6.2f} s")
    for suffix in ("xlsx", "pdf"):
        f = OUT / f"recap-{period}.{suffix}"
        print(f"  {f.name:18} {f.stat().st_size / 1024:8.0f} KiB")
    return medians


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path)
    p.add_argument("--period", default="2026-11")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--include-nik", action="store_true")
    args = p.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} not found: make it with bench/make_big_db.py", file=sys.stderr)
        return 2
    run(args.db, args.period, args.runs, args.include_nik)
    return 0


if __name__ == "__main__":
    sys.exit(main())
