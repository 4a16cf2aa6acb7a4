"""Search-as-you-type latency: count_persons + list_persons(limit=200) for each prefix of typed strings.

    .venv/bin/python bench/bench_search.py bench/out/big.db [--repeat 5]

Every keystroke of a few names and of one NIK and one No. KK is timed as the person list does it
(the count for the status bar, then the first page of 200 rows). Prints the median and p95 per string
and overall, and the same split into the count and the page, in milliseconds. Target: median <= 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons

NAMES = ("sulastri", "sri handayani", "wahyu", "slamet")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms   p95 {_p95(values):7.1f} ms"


def run(db: Path, repeat: int) -> dict[str, list[float]]:
    ctx = ServiceContext.open(db)
    sample = list_persons(ctx, PersonQuery(sort="nik"), offset=count_persons(ctx, PersonQuery()) // 2, limit=1)[0]
    typed = {name: name for name in NAMES}
    typed["NIK"], typed["No. KK"] = sample.nik, sample.no_kk
    list_persons(ctx, PersonQuery(text="s"))  # warm the page cache once
    results: dict[str, list[float]] = {"all": [], "count": [], "page": []}
    print(f"{db} ({count_persons(ctx, PersonQuery(include_gone=True)):,} people), {repeat} runs per keystroke")
    for label, text in typed.items():
        per_string: list[float] = []
        for i in range(1, len(text) + 1):
            q = PersonQuery(text=text[:i])
            for _r in range(repeat):
                t0 = time.perf_counter()
                count_persons(ctx, q)
                t1 = time.perf_counter()
                list_persons(ctx, q, 0, 200)
                t2 = time.perf_counter()
                results["count"].append((t1 - t0) * 1000)
                results["page"].append((t2 - t1) * 1000)
                per_string.append((t2 - t0) * 1000)
        results["all"] += per_string
        print(f"  {label:14} {len(text):2} keystrokes  {_fmt(per_string)}")
    # The slowest single prefixes, to see where the time goes.
    print(f"  {'ALL':14} {'':14} {_fmt(results['all'])}")
    print(f"    count_persons only        {_fmt(results['count'])}")
    print(f"    list_persons(200) only    {_fmt(results['page'])}")
    for status in ("aktif", "pmi"):
        q = PersonQuery(text="s", status=status)
        t0 = time.perf_counter()
        count_persons(ctx, q)
        list_persons(ctx, q, 0, 200)
        print(f"  'S' + status={status:6}       {(time.perf_counter() - t0) * 1000:7.1f} ms")
    ctx.close()
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} not found: make it with bench/make_big_db.py", file=sys.stderr)
        return 2
    run(args.db, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
