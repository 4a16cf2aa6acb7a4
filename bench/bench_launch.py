"""Launch time of the GUI: from starting the process until the main window is shown.

    .venv/bin/python bench/bench_launch.py bench/out/big.db [--runs 5] [--exe .venv/bin/desmig-desktop]

Runs `desmig-desktop --db DB` N times with QT_QPA_PLATFORM=offscreen and DESMIG_BENCH_EXIT_ON_SHOWN=1: the
app prints `shown_after_s=<float>` (its own figure, from the start of main()) and exits once the main
window is shown. Prints the median wall time of the whole process and the median in-process figure.
Target: <= 1.5 s. The first run warms the disk cache and is reported but not counted.
`--exe dist/desmig-desktop/desmig-desktop` times the PyInstaller bundle instead.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOWN = re.compile(r"shown_after_s=([0-9.]+)")


def launch_once(exe: Path, db: Path | None, extra: list[str], timeout: float = 120) -> tuple[float, float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESMIG_BENCH_EXIT_ON_SHOWN="1")
    env.setdefault("DESMIG_DATA_DIR", tempfile.mkdtemp(prefix="desmig-bench-data-"))
    env.setdefault("DESMIG_CONFIG_DIR", tempfile.mkdtemp(prefix="desmig-bench-config-"))
    args = [str(exe)] + (["--db", str(db)] if db else []) + extra
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - start
    output = done.stdout + done.stderr
    found = SHOWN.search(output)
    if found is None:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode} without shown_after_s:\n{output[-2000:]}")
    return wall, float(found.group(1)), done.returncode


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path, nargs="?", help="database to open (omit with --demo)")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--exe", type=Path, default=ROOT / ".venv" / "bin" / "desmig-desktop")
    p.add_argument("--demo", action="store_true", help="pass --demo instead of --db")
    args = p.parse_args(argv)
    if not args.exe.exists():
        print(f"{args.exe} not found: install the app (bash .ci/setup) or build the bundle", file=sys.stderr)
        return 2
    if args.db is not None and not args.db.exists():
        print(f"{args.db} not found: make it with bench/make_big_db.py", file=sys.stderr)
        return 2
    extra = ["--demo"] if args.demo else []
    walls, inside, codes = [], [], set()
    for i in range(args.runs + 1):
        wall, shown, code = launch_once(args.exe, args.db, extra)
        codes.add(code)
        tag = ("warm-up, not counted " if i == 0 else "") + (f"EXIT CODE {code}" if code else "")
        print(f"  run {i}: process {wall:5.2f} s   shown_after_s {shown:5.2f} s  {tag}")
        if i:
            walls.append(wall)
            inside.append(shown)
    print(f"{args.exe.name} {args.db or '--demo'}: median process {statistics.median(walls):.2f} s, "
          f"median shown_after_s {statistics.median(inside):.2f} s ({args.runs} runs; target <= 1.5 s)")
    if codes != {0}:
        print(f"WARNING: the app exited with codes {sorted(codes)} (expected 0)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
