"""Person-register import timing: import_persons(dry_run=False) of N rows into a fresh demo village, against
a plain bulk INSERT of the same rows.

    .venv/bin/python bench/bench_import.py --big-db bench/out/big.db [--rows 20000] [--workdir bench/out/import]
    .venv/bin/python bench/bench_import.py --register bench/out/import/register_20000.csv     # reuse a register

What one run does (everything it writes goes to --workdir, default bench/out/import/):
1. A fresh demo village: `desmig --db <workdir>/demo_template.db demo` (the console script next to this
   Python; its whole-process wall time is printed as "demo").
2. The register: the CSV given by --register when it exists; otherwise it is built, and written there (or to
   <workdir>/register_<N>.csv), from an export of a big database (`desmig --db BIG export persons --format csv
   --include-nik --out <workdir>/big_export.csv`, kept and reused): whole households (all rows sharing a
   No KK) until N rows, the last household cut short. Only the 18 public columns of the import contract are
   written. A NIK or No KK that the demo village already holds gets a new 4-digit serial (the
   area and date digits stay, so the NIK still agrees with birth date and sex). Every run checks that no NIK
   or No KK of the register is in the demo village, so every row is new and valid and the import writes.
3. import: in a fresh child process (so its peak RSS is its own) the import function (default
   desmig_desktop.registry.exchange.persons_import:import_persons) runs once on a copy of the demo database with
   dry_run=False. Timed: that one call (wall, perf_counter), rows/s; SQL statements seen by the engine's
   `before_cursor_execute` event during the call (an executemany counts as one; also split by verb);
   rows added per table; ru_maxrss of the child before and after the call.
4. baseline: in another fresh child, the same households / persons / placements (with the columns the import
   fills: ids, no_kk, dusun_id, rw, rt, address, relationship, nik, name, sex, birth place and date, phone,
   status, in_village, placement stage/country/sector/job/route/dates, timestamps) go into another copy of
   the demo database with three `conn.execute(insert(table), list_of_dicts)` (SQLAlchemy Core, tables
   reflected from the file, same pragmas as the app; `village_id` and `revision` too when the schema has them)
   in one transaction. Only the transaction is timed (the rows are made before). No audit rows, no checks, no
   status derivation: it is the floor, not the same work.
   The same rows with the plain sqlite3 module (`executemany`) are printed for reference.
Prints both, the ratio import / baseline, and writes the figures to <workdir>/bench_import-<stamp>.json.

For restructured code: --import-func and --context-open name the callables (module:attr.attr) if they moved;
the context must have `.engine` (a SQLAlchemy Engine) and `.close()`.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
# The public column contract of the person import (exchange/persons_import.py docstring), in this order.
HEADERS = ("NIK", "No KK", "Nama", "Jenis Kelamin (L/P)", "Tempat Lahir", "Tanggal Lahir", "Hubungan Keluarga",
           "Dusun", "RW", "RT", "No HP", "Status PMI", "Negara Tujuan", "Sektor", "Jabatan", "Jalur",
           "Tanggal Berangkat", "Tanggal Pulang")
DEFAULT_IMPORT = "desmig_desktop.registry.exchange.persons_import:import_persons"
DEFAULT_OPEN = "desmig_desktop.core.context:ServiceContext.open"
COUNT_TABLES = ("household", "person", "placement", "life_event", "rt_unit", "dusun", "audit_log")


# ---- helpers ---------------------------------------------------------------------------------

def _resolve(spec: str):  # type: ignore[no-untyped-def]
    module, _sep, attrs = spec.partition(":")
    obj = importlib.import_module(module)
    for name in attrs.split("."):
        obj = getattr(obj, name)
    return obj


def _maxrss_mib() -> float:
    """ru_maxrss of this process in MiB. On Linux a child started from a big parent inherits the parent's
    RSS at the fork into this figure, so the parent of the measured phases keeps small (the register is
    built in a child too); `_vmhwm_mib` is the child's own high-water mark, for a cross-check."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _vmhwm_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _copy_db(src: Path, dst: Path) -> None:
    """A consistent copy with SQLite's backup API (no -wal / -shm left behind)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    s, d = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        s.backup(d)
    finally:
        d.close()
        s.close()


def _table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNT_TABLES}  # noqa: S608
    finally:
        con.close()


def _desmig_exe() -> Path:
    return Path(sys.executable).parent / "desmig"


def _isolated_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("DESMIG_DATA_DIR", str(workdir / "data_dir"))
    env.setdefault("DESMIG_CONFIG_DIR", str(workdir / "config_dir"))
    return env


def _parse_day(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    if "-" in text and len(text.split("-")[0]) == 4:
        return date.fromisoformat(text[:10])
    d, m, y = text.replace("-", "/").split("/")
    return date(int(y), int(m), int(d))


# The relationship labels the export writes (enums.RELATIONSHIPS) -> the stored keys.
RELATIONSHIP_KEYS = {"kepala keluarga": "kepala", "suami": "suami", "istri": "istri", "anak": "anak",
                     "menantu": "menantu", "cucu": "cucu", "orang tua": "orang_tua", "mertua": "mertua",
                     "famili lain": "famili", "lainnya": "lainnya"}


def _key(label: str) -> str:
    return label.strip().lower().replace("-", "_").replace(" ", "_")


# ---- 1. demo village --------------------------------------------------------------------------

def make_demo(workdir: Path) -> tuple[Path, float]:
    template = workdir / "demo_template.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{template}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(workdir / "backups", ignore_errors=True)
    t0 = time.perf_counter()
    done = subprocess.run([str(_desmig_exe()), "--db", str(template), "demo"], env=_isolated_env(workdir),
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"desmig demo failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return template, wall


def demo_numbers(db: Path) -> tuple[set[str], set[str]]:
    con = sqlite3.connect(db)
    try:
        niks = {r[0] for r in con.execute("SELECT nik FROM person")}
        kks = {r[0] for r in con.execute("SELECT no_kk FROM household")}
    finally:
        con.close()
    return niks, kks


# ---- 2. the register --------------------------------------------------------------------------

def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _renumber(number: str, taken: set[str]) -> str:
    """Same first 12 digits (area + date), a serial nobody uses (counting down from 9999)."""
    for serial in range(9999, 0, -1):
        candidate = f"{number[:12]}{serial:04d}"
        if candidate not in taken:
            return candidate
    raise SystemExit(f"no free serial for {number[:12]}")


def build_register(out: Path, rows: int, big_db: Path, export: Path, workdir: Path,
                   demo_niks: set[str], demo_kks: set[str]) -> dict[str, int]:
    if not export.exists():
        if not big_db.exists():
            raise SystemExit(f"{big_db} not found: make it with bench/make_big_db.py (or give --register)")
        t0 = time.perf_counter()
        done = subprocess.run([str(_desmig_exe()), "--db", str(big_db), "export", "persons", "--format", "csv",
                               "--include-nik", "--out", str(export)], env=_isolated_env(workdir),
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"export failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        print(f"exported {export} in {time.perf_counter() - t0:.1f} s")
    source = _read_csv(export)
    missing = [h for h in HEADERS if h not in (source[0] if source else {})]
    if missing:
        raise SystemExit(f"{export} lacks the columns {missing}")
    families: dict[str, list[dict[str, str]]] = {}
    for r in source:
        families.setdefault(r["No KK"], []).append(r)
    picked: list[dict[str, str]] = []
    for members in families.values():
        picked += members[: rows - len(picked)]
        if len(picked) >= rows:
            break
    if len(picked) < rows:
        raise SystemExit(f"{export} has only {len(picked)} rows, {rows} asked")
    taken_nik = demo_niks | {r["NIK"] for r in picked}
    taken_kk = demo_kks | {r["No KK"] for r in picked}
    new_kk: dict[str, str] = {}
    changed = Counter()
    for r in picked:
        kk = r["No KK"]
        if kk in demo_kks:
            if kk not in new_kk:
                new_kk[kk] = _renumber(kk, taken_kk)
                taken_kk.add(new_kk[kk])
                changed["no_kk"] += 1
            r["No KK"] = new_kk[kk]
        if r["NIK"] in demo_niks:
            r["NIK"] = _renumber(r["NIK"], taken_nik)
            taken_nik.add(r["NIK"])
            changed["nik"] += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(HEADERS)
        for r in picked:
            w.writerow([r[h] for h in HEADERS])
    tmp.replace(out)
    return {"rows": len(picked), "households": len({r["No KK"] for r in picked}),
            "placements": sum(1 for r in picked if r["Status PMI"].strip()),
            "renumbered_nik": changed["nik"], "renumbered_no_kk": changed["no_kk"]}


def check_register(path: Path, demo_niks: set[str], demo_kks: set[str]) -> dict[str, int]:
    niks: list[str] = []
    kks: set[str] = set()
    placements = 0
    with path.open(encoding="utf-8-sig", newline="") as fh:  # streamed: this process stays small
        for r in csv.DictReader(fh):
            niks.append(r["NIK"])
            kks.add(r["No KK"])
            placements += bool(r["Status PMI"].strip())
    clash = (set(niks) & demo_niks, kks & demo_kks)
    if clash[0] or clash[1] or len(set(niks)) != len(niks):
        raise SystemExit(f"{path}: {len(clash[0])} NIK and {len(clash[1])} No KK already in the demo village, "
                         f"{len(niks) - len(set(niks))} repeated NIK: rebuild it (remove the file)")
    return {"rows": len(niks), "households": len(kks), "placements": placements}


# ---- 3. the import (child process) -------------------------------------------------------------

def phase_import(db: Path, register: Path, import_func: str, context_open: str) -> dict[str, object]:
    import_persons = _resolve(import_func)
    open_context = _resolve(context_open)
    from sqlalchemy import event

    ctx = open_context(db)
    engine = ctx.engine
    with engine.connect() as conn:  # the pool's connection is made (pragmas run) before the timer
        conn.exec_driver_sql("SELECT 1")
    before_counts = _table_counts(db)
    statements: Counter[str] = Counter()
    by_table: Counter[str] = Counter()

    def count(_conn, _cursor, statement, _params, _context, executemany):  # type: ignore[no-untyped-def]
        words = statement.split()
        verb = words[0].upper() if words else "?"
        statements[verb] += 1
        statements["TOTAL"] += 1
        if executemany:
            statements["executemany"] += 1
        upper = [w.upper() for w in words]
        anchor = {"INSERT": "INTO", "UPDATE": "UPDATE", "DELETE": "FROM", "SELECT": "FROM"}.get(verb)
        table = words[upper.index(anchor) + 1].strip('"(') if anchor in upper[:60] and upper.index(anchor) + 1 < len(words) else "?"
        by_table[f"{verb} {table}"] += 1

    rss_before = _maxrss_mib()
    event.listen(engine, "before_cursor_execute", count)
    t0 = time.perf_counter()
    result = import_persons(ctx, register, dry_run=False)
    wall = time.perf_counter() - t0
    event.remove(engine, "before_cursor_execute", count)
    rss_after, hwm_after = _maxrss_mib(), _vmhwm_mib()
    ctx.close()
    after_counts = _table_counts(db)
    errors = [str(e) for e in getattr(result, "errors", ())][:5]
    return {
        "wall_s": wall, "written": bool(getattr(result, "written", False)), "rows": getattr(result, "rows", None),
        "persons_created": getattr(result, "persons_created", None),
        "households_created": getattr(result, "households_created", None),
        "placements_created": getattr(result, "placements_created", None),
        "warnings": len(getattr(result, "warnings", ())), "first_errors": errors,
        "statements": dict(statements), "statements_by_table": dict(by_table.most_common()), "added": {t: after_counts[t] - before_counts[t] for t in COUNT_TABLES},
        "maxrss_before_mib": rss_before, "maxrss_after_mib": rss_after, "vmhwm_after_mib": hwm_after,
    }


# ---- 4. the baseline (child process) -----------------------------------------------------------

def baseline_rows(db: Path, register: Path) -> dict[str, list[dict[str, object]]]:
    con = sqlite3.connect(db)
    try:
        dusun = {name.casefold(): did for did, name in con.execute("SELECT id, name FROM dusun WHERE deleted_at IS NULL")}
    finally:
        con.close()
    now = datetime.now(timezone.utc)
    stamp = {"created_at": now, "updated_at": now, "deleted_at": None}
    con = sqlite3.connect(db)
    try:
        columns = {c[1] for c in con.execute("PRAGMA table_info(person)")}
        if "village_id" in columns:  # schema 0004+: every row names its village and has a revision
            stamp["village_id"] = con.execute("SELECT id FROM village LIMIT 1").fetchone()[0]
        if "revision" in columns:
            stamp["revision"] = 1
    finally:
        con.close()
    households: dict[str, dict[str, object]] = {}
    persons: list[dict[str, object]] = []
    placements: list[dict[str, object]] = []
    for r in _read_csv(register):
        kk = r["No KK"]
        if kk not in households:
            households[kk] = {"id": str(uuid.uuid4()), "no_kk": kk, "dusun_id": dusun.get(r["Dusun"].strip().casefold()),
                              "rw": int(r["RW"]) if r["RW"].strip() else None,
                              "rt": int(r["RT"]) if r["RT"].strip() else None, "address": "", **stamp}
        stage = _key(r["Status PMI"]) or None
        pid = str(uuid.uuid4())
        persons.append({
            "id": pid, "household_id": households[kk]["id"], "relationship_to_head": RELATIONSHIP_KEYS.get(
                " ".join(r["Hubungan Keluarga"].lower().split()), "lainnya"),
            "nik": r["NIK"], "name": r["Nama"], "sex": r["Jenis Kelamin (L/P)"].strip()[:1].upper(),
            "birth_place": r["Tempat Lahir"], "birth_date": _parse_day(r["Tanggal Lahir"]), "education": None,
            "marital_status": None, "occupation": "", "phone": r["No HP"], "status": stage or "none", "in_village": True,
            **stamp})
        if stage:
            placements.append({
                "id": str(uuid.uuid4()), "person_id": pid, "stage": stage, "country": r["Negara Tujuan"],
                "sector": _key(r["Sektor"]) or None, "job": r["Jabatan"], "agency": "", "route": _key(r["Jalur"]) or None,
                "scheme": None, "registered_on": None, "departed_on": _parse_day(r["Tanggal Berangkat"]),
                "returned_on": _parse_day(r["Tanggal Pulang"]), "return_reason": "", "last_contact_on": None,
                "lost_contact": False, **stamp})
    return {"household": list(households.values()), "person": persons, "placement": placements}


def phase_baseline(db: Path, raw_db: Path, register: Path) -> dict[str, object]:
    from sqlalchemy import MetaData, create_engine, event, insert

    rows = baseline_rows(db, register)
    engine = create_engine(f"sqlite:///{db}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]  # as db.engine does for the app
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    meta = MetaData()
    meta.reflect(engine, only=list(rows))
    statements = Counter()

    def count(_conn, _cursor, _statement, _params, _context, executemany):  # type: ignore[no-untyped-def]
        statements["TOTAL"] += 1
        statements["executemany"] += bool(executemany)

    before = _table_counts(db)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    rss_before = _maxrss_mib()
    event.listen(engine, "before_cursor_execute", count)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        for name in ("household", "person", "placement"):
            conn.execute(insert(meta.tables[name]), rows[name])
    wall = time.perf_counter() - t0
    event.remove(engine, "before_cursor_execute", count)
    rss_after, hwm_after = _maxrss_mib(), _vmhwm_mib()
    engine.dispose()
    after = _table_counts(db)

    # The same rows through the plain sqlite3 module: dates and times as the ORM stores them (ISO text).
    def plain(v: object) -> object:
        if isinstance(v, datetime):
            return v.replace(tzinfo=None).isoformat(sep=" ")
        return v.isoformat() if isinstance(v, date) else v

    con = sqlite3.connect(raw_db, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    prepared = {}
    for name, data in rows.items():
        cols = list(data[0])
        prepared[name] = (f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
                          [tuple(plain(d[c]) for c in cols) for d in data])
    t0 = time.perf_counter()
    con.execute("BEGIN")
    for sql, params in prepared.values():
        con.executemany(sql, params)
    con.execute("COMMIT")
    raw_wall = time.perf_counter() - t0
    con.close()
    return {"wall_s": wall, "raw_sqlite3_wall_s": raw_wall, "statements": dict(statements),
            "added": {t: after[t] - before[t] for t in COUNT_TABLES},
            "rows": {k: len(v) for k, v in rows.items()}, "maxrss_before_mib": rss_before, "maxrss_after_mib": rss_after,
            "vmhwm_after_mib": hwm_after}


# ---- the run -------------------------------------------------------------------------------------

def _child(args: list[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"phase {args[0:2]} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=None, help="register rows to build (default 20000); with an "
                   "existing --register it must match the file or be left out")
    p.add_argument("--register", type=Path, help="register CSV: reused if it exists, else built there")
    p.add_argument("--workdir", type=Path, default=OUT / "import")
    p.add_argument("--big-db", type=Path, default=OUT / "big.db", help="source of the register (bench/make_big_db.py)")
    p.add_argument("--export", type=Path, help="export CSV of --big-db (default <workdir>/big_export.csv; reused)")
    p.add_argument("--import-func", default=DEFAULT_IMPORT)
    p.add_argument("--context-open", default=DEFAULT_OPEN)
    p.add_argument("--keep", action="store_true", help="keep the demo / import / baseline databases")
    p.add_argument("--phase", choices=("import", "baseline", "register"), help=argparse.SUPPRESS)
    p.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--raw-db", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.phase == "import":
        print(json.dumps(phase_import(args.db, args.register, args.import_func, args.context_open)))
        return 0
    if args.phase == "register":
        niks, kks = demo_numbers(args.db)
        print(json.dumps(build_register(args.register, args.rows, args.big_db, args.export, args.workdir, niks, kks)))
        return 0
    if args.phase == "baseline":
        print(json.dumps(phase_baseline(args.db, args.raw_db, args.register)))
        return 0

    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    template, demo_wall = make_demo(work)
    demo_niks, demo_kks = demo_numbers(template)
    rows = args.rows or 20_000
    register = (args.register or work / f"register_{rows}.csv").resolve()
    if register.exists():
        reg = check_register(register, demo_niks, demo_kks)
        if args.rows and args.rows != reg["rows"]:
            raise SystemExit(f"{register} has {reg['rows']} rows, --rows {args.rows}: give another --register")
        print(f"register {register} (reused): {reg}")
    else:
        reg = _child(["--phase", "register", "--db", str(template), "--register", str(register), "--rows", str(rows),
                      "--big-db", str(args.big_db.resolve()), "--workdir", str(work),
                      "--export", str((args.export or work / "big_export.csv").resolve())])
        reg.update(check_register(register, demo_niks, demo_kks))
        print(f"register {register} (built): {reg}")
    print(f"demo village {template}: {len(demo_niks):,} people, {len(demo_kks):,} KK; `desmig demo` {demo_wall:.2f} s")

    import_db, base_db, raw_db = work / "import.db", work / "baseline.db", work / "baseline_raw.db"
    for target in (import_db, base_db, raw_db):
        _copy_db(template, target)
    imp = _child(["--phase", "import", "--db", str(import_db), "--register", str(register),
                  "--import-func", args.import_func, "--context-open", args.context_open])
    if not imp["written"] or imp["persons_created"] != reg["rows"]:
        raise SystemExit(f"the import did not write all {reg['rows']} rows: {imp}")
    base = _child(["--phase", "baseline", "--db", str(base_db), "--raw-db", str(raw_db), "--register", str(register)])
    n = reg["rows"]
    st = imp["statements"]
    print(f"import_persons, {n:,} rows ({imp['households_created']:,} KK, {imp['placements_created']:,} placements, "
          f"{imp['warnings']} warnings):")
    print(f"  wall {imp['wall_s']:.2f} s   {n / imp['wall_s']:,.0f} rows/s")
    print(f"  SQL statements {st.get('TOTAL', 0):,} (executemany {st.get('executemany', 0):,}; "
          + ", ".join(f"{k} {v:,}" for k, v in sorted(st.items()) if k not in ('TOTAL', 'executemany')) + ")")
    print("  by table: " + ", ".join(f"{k} {v:,}" for k, v in imp["statements_by_table"].items()))
    print(f"  rows added {imp['added']}")
    print(f"  peak RSS {imp['maxrss_after_mib']:.0f} MiB (ru_maxrss of the child; {imp['maxrss_before_mib']:.0f} MiB "
          f"before the call; VmHWM {imp['vmhwm_after_mib'] or 0:.0f} MiB)")
    print(f"baseline, SQLAlchemy Core insert() executemany, one transaction, {base['rows']}:")
    print(f"  wall {base['wall_s']:.3f} s   {n / base['wall_s']:,.0f} rows/s   SQL statements "
          f"{base['statements'].get('TOTAL', 0)}   peak RSS {base['maxrss_after_mib']:.0f} MiB "
          f"({base['maxrss_before_mib']:.0f} MiB before, rows made)")
    print(f"  (plain sqlite3 executemany of the same rows: {base['raw_sqlite3_wall_s']:.3f} s)")
    print(f"ratio import / baseline: {imp['wall_s'] / base['wall_s']:.1f}x wall "
          f"(vs plain sqlite3 {imp['wall_s'] / base['raw_sqlite3_wall_s']:.1f}x)")
    record = {"at": datetime.now().isoformat(timespec="seconds"), "python": sys.version.split()[0],
              "sqlite": sqlite3.sqlite_version, "register": str(register), "register_info": reg,
              "demo_wall_s": demo_wall, "import": imp, "baseline": base,
              "ratio_wall": imp["wall_s"] / base["wall_s"]}
    out = work / f"bench_import-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(record, indent=2), encoding="utf-8")
    with (work / "results.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record) + "\n")
    print(f"figures written to {out}")
    if not args.keep:
        for db in (import_db, base_db, raw_db):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(work / "backups", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
