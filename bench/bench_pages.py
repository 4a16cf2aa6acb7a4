"""Person list paging by key at scale: a page of 200 at the start, in the middle and at the end, every sort.

    .venv/bin/python bench/bench_pages.py bench/out/big.db [--repeat 5] [--sorts name,status,...] [--no-baseline]

For each sort order the list offers (ascending), in milliseconds, median of `--repeat` runs:
  start   the first page                      list_page(q, None, 200)
  next    the page after one read (scrolling)  list_page(q, key of the row before it, 200), in the middle
  end     the last page (Ctrl+End)            list_page(q, None, 200, backwards=True)
  jump    a jump to the middle (scroll bar)   key_at(middle, total) + list_page(q, key, 200)
and, in the same run, the raw SQL baseline through the `sqlite3` module (no SQLAlchemy, one statement, the
same rows and order: `WHERE (sort key, id) > (…) ORDER BY … LIMIT 200` with the shown columns joined) for the
page in the middle and at the end, and the OFFSET query the list used before (raw SQL, same columns) for the
middle and the end page. Target (issue 8): any page <= 50 ms at 300,000 people.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.services.search import SORT_KEYS, PersonQuery, count_persons, key_at, list_page

PAGE = 200

# The plain single-statement order of each sort (what a hand-written keyset query would ORDER BY).
RAW_ORDER = {
    "name": ["p.name", "p.id"],
    "nik": ["coalesce(p.nik, '')", "p.name", "p.id"],
    "no_kk": ["coalesce(h.no_kk, '')", "p.name", "p.id"],
    "dusun": ["coalesce(d.name, '')", "coalesce(h.rw, -1)", "coalesce(h.rt, -1)", "p.name", "p.id"],
    "rw_rt": ["coalesce(h.rw, -1)", "coalesce(h.rt, -1)", "p.name", "p.id"],
    "sex": ["p.sex", "p.name", "p.id"],
    "birth_date": ["p.birth_date", "p.name", "p.id"],
    "age": ["-julianday(p.birth_date)", "p.name", "p.id"],
    "status": ["p.status", "p.name", "p.id"],
    "country": ["coalesce(cp.country, '')", "p.name", "p.id"],
    "departed_on": ["coalesce(cp.departed_on, '')", "p.name", "p.id"],
}
CURRENT = """(SELECT x.id FROM placement x WHERE x.person_id = p.id AND x.deleted_at IS NULL
  AND x.stage IN ('aktif', 'calon', 'purna')
  ORDER BY CASE x.stage WHEN 'aktif' THEN 3 WHEN 'calon' THEN 2 ELSE 1 END DESC,
  coalesce(x.returned_on, x.departed_on, x.registered_on) DESC, x.created_at DESC, x.id DESC LIMIT 1)"""
RAW = """SELECT p.id, p.nik, p.name, p.sex, p.birth_date, h.no_kk, d.name, h.rw, h.rt, p.status, p.in_village,
  p.relationship_to_head, cp.country, cp.departed_on, {keys}
FROM person p LEFT JOIN household h ON h.id = p.household_id LEFT JOIN dusun d ON d.id = h.dusun_id
LEFT JOIN placement cp ON cp.id = {current}
WHERE p.deleted_at IS NULL AND p.in_village IS 1 {after}
ORDER BY {order} LIMIT {limit} {offset}"""


def raw_sql(sort: str, after: tuple[Any, ...] | None, backwards: bool, offset: int = 0) -> tuple[str, list[Any]]:
    exprs = RAW_ORDER[sort]
    where, params = "", []
    if after is not None:
        where = f"AND ({', '.join(exprs)}) {'<' if backwards else '>'} ({', '.join('?' * len(exprs))})"
        params = list(after)
    order = ", ".join(f"{e} {'DESC' if backwards else 'ASC'}" for e in exprs)
    sql = RAW.format(keys=", ".join(exprs), current=CURRENT, after=where, order=order, limit=PAGE,
                     offset=f"OFFSET {offset}" if offset else "")
    return sql, params


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def run(db: Path, repeat: int, sorts: list[str], baseline: bool = True) -> None:
    ctx = ServiceContext.open(db)
    conn = sqlite3.connect(db)
    total = count_persons(ctx, PersonQuery())
    middle = (total // 2 // PAGE) * PAGE
    print(f"{db}: {total:,} people in the village, page {PAGE}, median of {repeat} runs, ms")
    print(f"{'sort':12} {'start':>7} {'next':>7} {'end':>7} {'jump':>7} | {'raw next':>8} {'raw end':>8}"
          f" | {'OFFSET mid':>10} {'OFFSET end':>10}")
    worst = 0.0
    for sort in sorts:
        q = PersonQuery(sort=sort)
        before_middle = key_at(ctx, q, middle - 1, total)
        start, _ = timed(lambda: list_page(ctx, q, None, PAGE), repeat)
        nxt, page = timed(lambda: list_page(ctx, q, before_middle, PAGE), repeat)
        end, _ = timed(lambda: list_page(ctx, q, None, PAGE, backwards=True), repeat)
        jump, _ = timed(lambda: list_page(ctx, q, key_at(ctx, q, middle - 1, total), PAGE), repeat)
        worst = max(worst, start, nxt, end)
        if not baseline:
            print(f"{sort:12} {start:7.1f} {nxt:7.1f} {end:7.1f} {jump:7.1f}")
            continue
        # The raw baseline needs the key of the row before the page in its own order: read it once.
        sql, params = raw_sql(sort, None, False, offset=middle - 1)
        row_before = conn.execute(sql.replace(f"LIMIT {PAGE}", "LIMIT 1"), params).fetchone()
        raw_after = row_before[14:] if row_before else None
        sql_next, p_next = raw_sql(sort, raw_after, False)
        raw_next, raw_rows = timed(lambda: conn.execute(sql_next, p_next).fetchall(), repeat)
        sql_end, p_end = raw_sql(sort, None, True)
        raw_end, _ = timed(lambda: conn.execute(sql_end, p_end).fetchall(), repeat)
        sql_off_mid, _p = raw_sql(sort, None, False, offset=middle)
        off_mid, _ = timed(lambda: conn.execute(sql_off_mid).fetchall(), max(1, repeat // 2))
        sql_off_end, _p = raw_sql(sort, None, False, offset=max(0, total - PAGE))
        off_end, _ = timed(lambda: conn.execute(sql_off_end).fetchall(), max(1, repeat // 2))
        same = [r.id for r in page.rows] == [r[0] for r in raw_rows]
        print(f"{sort:12} {start:7.1f} {nxt:7.1f} {end:7.1f} {jump:7.1f} | {raw_next:8.1f} {raw_end:8.1f}"
              f" | {off_mid:10.1f} {off_end:10.1f}{'' if same else '   (raw order differs: ties/NULLs)'}")
    print(f"slowest start/next/end page: {worst:.1f} ms (target <= 50 ms)")
    conn.close()
    ctx.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--sorts", default=",".join(SORT_KEYS))
    p.add_argument("--no-baseline", action="store_true", help="skip the raw SQL and OFFSET queries (seconds each)")
    args = p.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} not found: make it with bench/make_big_db.py", file=sys.stderr)
        return 2
    run(args.db, args.repeat, [s for s in args.sorts.split(",") if s], baseline=not args.no_baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
