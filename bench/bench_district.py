"""District merge and recap timings (issue 10 point 9): 500 village packages into SQLite and PostgreSQL.

    .venv/bin/python bench/make_packages.py --villages 500 --out /tmp/s10/bench/p500       # once (a few minutes)
    .venv/bin/python bench/bench_district.py --packages /tmp/s10/bench/p500 --key /tmp/s10/bench/key/district-key.txt
        [--db sqlite,postgresql] [--limit 20] [--pg-url URL] [--work DIR] [--period 2026-10] [--no-recap]
        [--baseline] [--resealed] [--profile FILE.prof]

For each database (an SQLite file under --work; PostgreSQL: a throw-away server started with tests/pg.py, or
`--pg-url` of an empty database): `init_district`, the villages added (codes, names, kecamatan of the generator),
then timed: `merge_files` of all packages (rows merged per second), `merge_files` of the same files again
(unchanged: skipped by their hash; `--resealed`: the same packages sealed again, so the same rows go through the
upsert and change nothing), `build_district_recap` for the period and writing it as xlsx, pdf and csv; then the
database's size (SQLite file with its WAL; PostgreSQL `pg_database_size`).

`--baseline`: the plain baseline in the same run, on a fresh database of the same schema: the packages opened
(`open_package`: decrypt, unzip, parse — timed apart) and their rows loaded with the driver's plain `executemany`
(SQLite) / `COPY` (PostgreSQL) with no conflict handling, one transaction per package; merge / baseline is printed.

Targets (2-core machine): first merge <= 60 s into each database, the unchanged merge <= 20 s, the kabupaten
recap <= 10 s. Everything it writes goes under --work (default /tmp/s10/bench/run), never into the repo.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TARGETS = {"merge": 60.0, "merge again": 20.0, "recap": 10.0}


@contextmanager
def timed(figures: dict[str, Any], key: str) -> Iterator[None]:
    """Wall seconds into figures[key], this process's CPU seconds into figures["cpu"][key] (a shared machine:
    the CPU time says what the code costs when the wall clock waits for other people's work)."""
    t0, c0 = time.perf_counter(), time.process_time()
    yield
    figures[key] = time.perf_counter() - t0
    figures.setdefault("cpu", {})[key] = time.process_time() - c0


def combine(into: dict[str, Any], figures: dict[str, Any]) -> None:
    into.setdefault("cpu", {}).update(figures.pop("cpu", {}))
    into.update(figures)


def package_list(folder: Path, limit: int | None) -> list[Path]:
    files = sorted(folder.glob("*.desmig"))
    return files[:limit] if limit else files


def village_list(files: list[Path]) -> list[tuple[str, str, str]]:
    """(code, name, kecamatan) of the generator's villages whose packages are in `files`."""
    from make_packages import village_places

    codes = {f.name.split("-")[0] for f in files}
    for count in (len(files), 500, 1000, 3):
        places = {p["code"]: p for p in village_places(count)}
        if codes <= set(places):
            return [(c, places[c]["name"], places[c]["kecamatan"]) for c in sorted(codes)]
    return []


# ---- databases ---------------------------------------------------------------------------------------------

class Postgres:
    """A throw-away server (tests/pg.py) or the URL given; a fresh database per call of `fresh`."""

    def __init__(self, url: str | None, settings: str = ""):
        self.server = None
        self.base_url = url
        if url is None:
            from tests.pg import start_server

            self.server = start_server(settings)

    def fresh(self, name: str) -> str:
        import psycopg

        if self.server is None:
            return self.base_url  # the caller's empty database (used once)
        with psycopg.connect(host="127.0.0.1", port=self.server.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.server.database_url(name)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def db_size(engine: Any) -> int:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar())
    path = Path(engine.url.database)
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def new_district(kind: str, work: Path, pg: Postgres | None, name: str) -> str:
    if kind == "sqlite":
        path = work / f"{name}.db"
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            p.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    assert pg is not None
    return pg.fresh(name)


def add_villages(engine: Any, villages: list[tuple[str, str, str]]) -> None:
    from desmig_desktop.district.database import add_village

    for code, name, kecamatan in villages:
        add_village(engine, code, name, kecamatan)


# ---- the measurements --------------------------------------------------------------------------------------

def bench_merge(kind: str, files: list[Path], key: Path, work: Path, pg: Postgres | None, period: str,
                recap: bool, profile: Path | None, resealed: list[Path]) -> dict[str, Any]:
    from desmig_desktop.district.database import init_district
    from desmig_desktop.district.intake import merge_files

    figures: dict[str, Any] = {}
    url = new_district(kind, work, pg, "district")
    with timed(figures, "init"):
        engine = init_district(url, "Wonosobo")
    villages = village_list(files)
    add_villages(engine, villages)
    last = [time.perf_counter()]

    def progress(done: int, total: int, name: str) -> None:
        if done and done % 100 == 0:
            now = time.perf_counter()
            print(f"    {kind}: {done}/{total} packages ({now - last[0]:.1f} s for the last 100)", flush=True)
            last[0] = now

    profiler = cProfile.Profile() if profile else None
    with timed(figures, "merge"):
        if profiler:
            profiler.enable()
        results = merge_files(engine, files, key=key, add_villages=not villages, progress=progress)
        if profiler:
            profiler.disable()
    if profiler:
        profiler.dump_stats(str(profile))
    figures["statuses"] = _statuses(results)
    figures["rows changed"] = sum(r.rows_changed for r in results)
    figures["rows offered"] = _rows_offered(engine)
    print(f"    {kind}: first merge {figures['merge']:.1f} s ({figures['cpu']['merge']:.1f} s cpu), "
          f"{figures['rows offered']:,} rows, {figures['statuses']}, size {db_size(engine) / 1e6:,.0f} MB", flush=True)
    with timed(figures, "merge again"):
        again = merge_files(engine, files, key=key, add_villages=not villages)
    figures["again statuses"] = _statuses(again)
    figures["again rows changed"] = sum(r.rows_changed for r in again)
    print(f"    {kind}: merge again {figures['merge again']:.1f} s, {figures['again statuses']}", flush=True)
    if resealed:
        with timed(figures, "merge resealed"):
            again = merge_files(engine, resealed, key=key, add_villages=not villages)
        figures["resealed statuses"] = _statuses(again)
        figures["resealed rows changed"] = sum(r.rows_changed for r in again)
    if recap:
        try:
            combine(figures, bench_recap(engine, period, work / kind))
        except Exception as err:  # noqa: BLE001 (the figures above still count: say what failed, go on)
            print(f"    {kind}: district recap failed: {type(err).__name__}: {err}", flush=True)
    figures["size"] = db_size(engine)
    engine.dispose()
    return figures


def _statuses(results: list[Any]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in results:
        out[r.status] = out.get(r.status, 0) + 1
    return out


def _rows_offered(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT COALESCE(SUM(rows_offered), 0) FROM district_package WHERE status = 'merged'").scalar())


def bench_recap(engine: Any, period: str, out: Path) -> dict[str, Any]:
    from desmig_desktop.app import PILLARS
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.recap import build_district_recap

    out.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {}
    with timed(figures, "recap build"):
        data = build_district_recap(engine, parse_period(period), PILLARS)
    figures["recap villages"] = len(data.villages)
    for fmt, writer in recap_writers().items():
        with timed(figures, f"recap {fmt}"):
            writer(data, out / f"rekap-kabupaten-{period}.{fmt}")
        figures[f"recap {fmt} bytes"] = (out / f"rekap-kabupaten-{period}.{fmt}").stat().st_size
    parts = ("recap build", "recap xlsx", "recap pdf", "recap csv")
    figures["recap"] = sum(figures[k] for k in parts)
    figures["cpu"]["recap"] = sum(figures["cpu"][k] for k in parts)
    return figures


def recap_writers() -> dict[str, Any]:
    from desmig_desktop.district.recap_csv import write_district_csv
    from desmig_desktop.district.recap_pdf import write_district_pdf
    from desmig_desktop.district.recap_xlsx import write_district_xlsx

    return {"xlsx": write_district_xlsx, "pdf": write_district_pdf, "csv": write_district_csv}


def reseal(files: list[Path], key: Path, folder: Path) -> list[Path]:
    """The same packages sealed again (age output differs at each sealing): new files, the same rows. Merging
    them times the upsert of rows the district already holds, which the unchanged files skip by their hash."""
    from desmig_desktop.district.keys import decrypt, encrypt_for, read_private_key

    identity = read_private_key(key)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for path in files:
        target = folder / path.name
        if not target.exists():
            target.write_bytes(encrypt_for(decrypt(path.read_bytes(), path.name, key=identity), identity.to_public()))
        out.append(target)
    return out


# ---- the plain baseline --------------------------------------------------------------------------------------

def bench_baseline(kind: str, files: list[Path], key: Path, work: Path, pg: Postgres | None) -> dict[str, float]:
    """open_package of every file, then a plain executemany / COPY of its rows per package, no conflict clause."""
    from desmig_desktop.district.database import init_district
    from desmig_desktop.district.keys import read_private_key
    from desmig_desktop.district.package import open_package

    figures: dict[str, Any] = {"open": 0.0, "load": 0.0, "cpu": {"open": 0.0, "load": 0.0}}
    engine = init_district(new_district(kind, work, pg, "baseline"), "Wonosobo")
    identity = read_private_key(key)
    order = [t.name for t in _merged_tables()]
    rows = 0
    t_all = time.perf_counter()
    with engine.connect() as sa_conn:
        dbapi = sa_conn.connection.dbapi_connection
        if kind == "sqlite":  # as the merge does (merge.merge_connection): no per-row foreign key checks
            dbapi.execute("PRAGMA foreign_keys=OFF")
        else:  # as merge_tables does on PostgreSQL (pg_restore --disable-triggers)
            with dbapi.cursor() as cur:
                cur.execute("SET session_replication_role = replica")
            dbapi.commit()
        for path in files:
            t0, c0 = time.perf_counter(), time.process_time()
            package = open_package(path, key=identity)
            t1, c1 = time.perf_counter(), time.process_time()
            if kind == "sqlite":
                cur = dbapi.cursor()
                for name in order:
                    table = package.tables.get(name)
                    if table and table.rows:
                        cols = ", ".join(f'"{c}"' for c in table.columns)
                        marks = ", ".join("?" * len(table.columns))
                        cur.executemany(f'INSERT INTO "{name}" ({cols}) VALUES ({marks})', table.rows)
                        rows += len(table.rows)
                cur.close()
            else:
                with dbapi.cursor() as cur:
                    for name in order:
                        table = package.tables.get(name)
                        if table and table.rows:
                            cols = ", ".join(f'"{c}"' for c in table.columns)
                            with cur.copy(f'COPY "{name}" ({cols}) FROM STDIN') as copy:
                                for row in table.rows:
                                    copy.write_row(row)
                            rows += len(table.rows)
            dbapi.commit()
            figures["open"] += t1 - t0
            figures["load"] += time.perf_counter() - t1
            figures["cpu"]["open"] += c1 - c0
            figures["cpu"]["load"] += time.process_time() - c1
    figures["baseline"] = time.perf_counter() - t_all
    figures["cpu"]["baseline"] = figures["cpu"]["open"] + figures["cpu"]["load"]
    figures["baseline rows"] = rows
    figures["baseline size"] = db_size(engine)
    engine.dispose()
    return figures


def _merged_tables() -> list[Any]:
    from desmig_desktop.app import load_all_models
    from desmig_desktop.district.merge import merged_tables

    load_all_models()
    return merged_tables()


# ---- report ----------------------------------------------------------------------------------------------

def report(kind: str, n: int, f: dict[str, Any]) -> None:
    cpu = f.get("cpu", {})

    def t(key: str) -> str:
        """wall seconds (this process's CPU seconds)"""
        return f"{f[key]:7.2f} s ({cpu.get(key, 0.0):6.2f} s cpu)"

    def mark(key: str) -> str:
        target = TARGETS.get(key)
        if target is None or n < 500:
            return ""
        return f"  [target <= {target:.0f} s: {'met' if f[key] <= target else 'NOT met'}]"

    print(f"\n== {kind}: {n} packages ==  (wall, and this process's CPU; PostgreSQL's server CPU not included)")
    if "merge" in f:
        rate = f["rows offered"] / f["merge"] if f["merge"] else 0
        print(f"  init_district           {t('init')}")
        print(f"  merge (first)           {t('merge')}  {f['rows offered']:,} rows offered, "
              f"{f['rows changed']:,} changed, {rate:,.0f} rows/s, {f['statuses']}{mark('merge')}")
        print(f"  merge again (unchanged) {t('merge again')}  {f['again rows changed']:,} rows changed, "
              f"{f['again statuses']}{mark('merge again')}")
    if "merge resealed" in f:
        print(f"  merge again (resealed)  {t('merge resealed')}  {f['resealed rows changed']:,} rows changed, "
              f"{f['resealed statuses']}")
    if "recap build" in f:
        print(f"  district recap          {t('recap')}{mark('recap')}")
        print(f"    build_district_recap  {t('recap build')}  {f['recap villages']} villages")
        for fmt in ("xlsx", "pdf", "csv"):
            print(f"    {fmt:21} {t('recap ' + fmt)}  {f['recap ' + fmt + ' bytes'] / 1e3:,.0f} kB")
    if "size" in f:
        print(f"  database size           {f['size'] / 1e6:7.1f} MB")
    if "baseline" in f:
        plain = "executemany" if kind == "sqlite" else "COPY"
        print(f"  baseline                {t('baseline')}  {f['baseline rows']:,} rows, "
              f"{f['baseline size'] / 1e6:.1f} MB")
        print(f"    open_package          {t('open')}")
        print(f"    plain {plain:15} {t('load')}")
        if "merge" in f:
            print(f"  merge / baseline        {f['merge'] / f['baseline']:7.2f}x wall, "
                  f"{cpu['merge'] / max(cpu['baseline'], 1e-9):.2f}x cpu; merge minus open_package / plain load: "
                  f"{(f['merge'] - f['open']) / f['load']:.2f}x wall")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--packages", type=Path, help="folder of .desmig files (make_packages.py)")
    p.add_argument("--key", type=Path, help="the district's private key (district-key.txt)")
    p.add_argument("--db", default="sqlite,postgresql", help="sqlite, postgresql or both (comma-separated)")
    p.add_argument("--limit", type=int, help="only the first N packages")
    p.add_argument("--pg-url", help="an empty PostgreSQL database (default: a throw-away server)")
    p.add_argument("--pg-tuned", action="store_true",
                   help="the throw-away server sized as the README advises a Disnaker server (shared_buffers 2GB, "
                        "max_wal_size 8GB, checkpoint_timeout 30min, maintenance_work_mem 512MB)")
    p.add_argument("--work", type=Path, default=Path("/tmp/s10/bench/run"))
    p.add_argument("--period", default="2026-10")
    p.add_argument("--no-recap", action="store_true")
    p.add_argument("--resealed", action="store_true",
                   help="also merge the same packages sealed again (new files, same rows: the upsert path)")
    p.add_argument("--baseline", action="store_true", help="also the plain executemany / COPY baseline")
    p.add_argument("--baseline-only", action="store_true")
    p.add_argument("--recap-only", metavar="URL", help="time only the district recap on this district database")
    p.add_argument("--profile", type=Path, help="cProfile the first merge into FILE (per database: FILE.kind)")
    args = p.parse_args(argv)

    from desmig_desktop.app import load_all_models

    load_all_models()
    if args.recap_only:
        from desmig_desktop.district.database import district_url, open_district

        engine = open_district(district_url(args.recap_only))
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        figures = bench_recap(engine, args.period, args.work / "recap")
        if profiler:
            profiler.disable()
            profiler.dump_stats(str(args.profile.with_suffix(".recap.prof")))
        figures["size"] = db_size(engine)
        report(engine.dialect.name, figures["recap villages"], figures)
        return 0
    if args.packages is None or args.key is None:
        p.error("--packages and --key are needed (but with --recap-only)")
    files = package_list(args.packages, args.limit)
    if not files:
        print(f"no .desmig files in {args.packages}: make them with bench/make_packages.py", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    kinds = [k.strip() for k in args.db.split(",") if k.strip()]
    resealed = reseal(files, args.key, args.work / "resealed") if args.resealed else []
    print(f"{len(files)} packages from {args.packages} ({sum(f.stat().st_size for f in files) / 1e6:.0f} MB), "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    tuned = "-c shared_buffers=2GB -c max_wal_size=8GB -c checkpoint_timeout=30min -c maintenance_work_mem=512MB"
    pg = Postgres(args.pg_url, tuned if args.pg_tuned else "") if "postgresql" in kinds else None
    try:
        for kind in kinds:
            figures: dict[str, Any] = {}
            if not args.baseline_only:
                profile = args.profile.with_suffix(f".{kind}.prof") if args.profile else None
                combine(figures, bench_merge(kind, files, args.key, args.work, pg, args.period, not args.no_recap,
                                             profile, resealed))
            if args.baseline or args.baseline_only:
                combine(figures, bench_baseline(kind, files, args.key, args.work, pg))
            report(kind, len(files), figures)
    finally:
        if pg is not None:
            pg.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
