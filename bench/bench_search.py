"""Search-as-you-type latency: the first page of 200 rows for each prefix of typed strings; the count apart.

    .venv/bin/python bench/bench_search.py bench/out/big.db [--repeat 5]

Every keystroke of a few names and of one NIK and one No. KK is timed as the person list does it: the first
page of 200 rows (`list_page`, what the officer waits for); the count (`count_persons`) runs afterwards on a
worker thread and fills in the total when it arrives, so it is timed apart. In the same run, the raw SQL
baseline: the same first page as one statement through the `sqlite3` module (no SQLAlchemy). Prints the median
and p95 per string and overall, in milliseconds. Target (issue 8): median <= 30 ms at 300,000 people.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.services.search import PersonQuery, count_persons, key_at, list_page, list_persons

NAMES = ("sulastri", "sri handayani", "wahyu", "slamet")


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _fmt(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms   p95 {_p95(values):7.1f} ms"


RAW = """SELECT p.id, p.nik, p.name, p.sex, p.birth_date, h.no_kk, d.name, h.rw, h.rt, p.status, p.in_village,
  p.relationship_to_head FROM person p LEFT JOIN household h ON h.id = p.household_id
  LEFT JOIN dusun d ON d.id = h.dusun_id
WHERE p.deleted_at IS NULL AND p.in_village IS 1 AND {match} ORDER BY p.name, p.id LIMIT 200"""


def raw_first_page(conn: sqlite3.Connection, text: str) -> list[tuple]:  # type: ignore[type-arg]
    """The same first page as one hand-written statement (name LIKE, or NIK / No. KK prefix)."""
    if text.isdigit():
        match = ("(p.nik GLOB ?1 OR p.household_id IN (SELECT id FROM household WHERE deleted_at IS NULL "
                 "AND no_kk GLOB ?1))")
        return conn.execute(RAW.format(match=match), (text + "*",)).fetchall()
    return conn.execute(RAW.format(match="p.name LIKE ?1"), (f"%{text}%",)).fetchall()


def run(db: Path, repeat: int) -> dict[str, list[float]]:
    ctx = ServiceContext.open(db)
    conn = sqlite3.connect(db)
    total = count_persons(ctx, PersonQuery())
    middle = key_at(ctx, PersonQuery(sort="nik"), total // 2, total)
    sample = list_page(ctx, PersonQuery(sort="nik"), middle, 1).rows[0]
    typed = {name: name for name in NAMES}
    typed["NIK"], typed["No. KK"] = sample.nik, sample.no_kk
    list_persons(ctx, PersonQuery(text="s"))  # warm the page cache once
    results: dict[str, list[float]] = {"page": [], "raw": [], "count": []}
    print(f"{db} ({total:,} people in the village), {repeat} runs per keystroke, ms")
    for label, text in typed.items():
        page: list[float] = []
        raw: list[float] = []
        for i in range(1, len(text) + 1):
            q = PersonQuery(text=text[:i])
            for _r in range(repeat):
                t0 = time.perf_counter()
                list_page(ctx, q, None, 200)
                t1 = time.perf_counter()
                raw_first_page(conn, " ".join(text[:i].split()))
                t2 = time.perf_counter()
                count_persons(ctx, q)
                t3 = time.perf_counter()
                page.append((t1 - t0) * 1000)
                raw.append((t2 - t1) * 1000)
                results["count"].append((t3 - t2) * 1000)
        results["page"] += page
        results["raw"] += raw
        print(f"  {label:14} {len(text):2} keystrokes  first page {_fmt(page)}   raw SQL {_fmt(raw)}")
    print(f"  {'ALL':14} {len(results['page']) // repeat:2} keystrokes  first page {_fmt(results['page'])}"
          f"   raw SQL {_fmt(results['raw'])}")
    print(f"  ratio first page / raw SQL (medians): "
          f"{statistics.median(results['page']) / statistics.median(results['raw']):.2f}")
    print(f"  count_persons, off the typing path (a worker thread): {_fmt(results['count'])}")
    for status in ("aktif", "pmi"):
        q = PersonQuery(text="s", status=status)
        t0 = time.perf_counter()
        list_page(ctx, q, None, 200)
        print(f"  'S' + status={status:6} first page  {(time.perf_counter() - t0) * 1000:7.1f} ms")
    conn.close()
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
