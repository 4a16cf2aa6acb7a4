"""Launch time of the GUI against a bare PySide6 window, in alternating pairs.

    .venv/bin/python bench/bench_launch.py bench/out/big.db [--runs 7] [--exe .venv/bin/desmig-desktop] [--no-bare]

Each run starts `desmig-desktop --db DB` and then bench/bare_window.py (a QMainWindow with a 200 x 8 table, no
project code), both with QT_QPA_PLATFORM=offscreen: the app with DESMIG_BENCH_EXIT_ON_SHOWN=1 prints
`shown_after_s=<float>` (its own figure, from the start of main()) and exits once its main window is shown with
the first page of rows; the bare window does the same. A run is one pair, app then bare, so the ratio is taken
pair by pair and a machine that slows down during the call moves both sides. Figures are whole processes
(interpreter start and exit included): wall seconds around the child, cpu seconds (user + system) from
getrusage. Prints each pair, then medians. Targets: app/bare <= 3 (issue 6), app <= 1.5 s.
The app runs as a user starts it: its folders from platformdirs under a throw-away HOME, the project's bytecode
compiled first (an installed app has it). The first pair warms the disk cache and is shown but not counted; the
first open of a day also writes the daily backup. `--exe dist/desmig-desktop/desmig-desktop` times the PyInstaller bundle instead.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = Path(__file__).resolve().parent / "bare_window.py"
SHOWN = re.compile(r"shown_after_s=([0-9.]+)")


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    shown: float
    code: int


def run_once(args: list[str], env: dict[str, str], timeout: float = 120) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, check=False, env=env, capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = done.stdout + done.stderr
    found = SHOWN.search(output)
    if found is None:
        raise RuntimeError(f"{' '.join(args)} exited {done.returncode} without shown_after_s:\n{output[-2000:]}")
    return Run(wall, cpu, float(found.group(1)), done.returncode)


def app_env() -> dict[str, str]:
    """The app as a user starts it (its folders found by platformdirs), under a throw-away home folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESMIG_BENCH_EXIT_ON_SHOWN="1",
               HOME=tempfile.mkdtemp(prefix="desmig-bench-home-"))
    for key in ("DESMIG_DATA_DIR", "DESMIG_CONFIG_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        env.pop(key, None)
    return env


def compile_bytecode() -> None:
    """An installed app carries compiled bytecode (pip compiles on install, the bundle ships it). A checkout on a
    machine with PYTHONDONTWRITEBYTECODE=1 would compile the project's modules at every launch instead, so
    compile them once here (site-packages already has its bytecode)."""
    import compileall

    compileall.compile_dir(str(ROOT / "desmig_desktop"), quiet=1)


def describe(name: str, runs: list[Run]) -> str:
    return (f"{name}: process {statistics.median(r.wall for r in runs):.3f} s "
            f"(min {min(r.wall for r in runs):.3f}, max {max(r.wall for r in runs):.3f}), "
            f"cpu {statistics.median(r.cpu for r in runs):.3f} s, "
            f"shown_after_s {statistics.median(r.shown for r in runs):.3f} s")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("db", type=Path, nargs="?", help="database to open (omit with --demo)")
    p.add_argument("--runs", type=int, default=7, help="pairs counted (after one warm-up pair)")
    p.add_argument("--exe", type=Path, default=ROOT / ".venv" / "bin" / "desmig-desktop")
    p.add_argument("--demo", action="store_true", help="pass --demo instead of --db")
    p.add_argument("--no-bare", action="store_true", help="time the app alone")
    args = p.parse_args(argv)
    if not args.exe.exists():
        print(f"{args.exe} not found: install the app (bash .ci/setup) or build the bundle", file=sys.stderr)
        return 2
    if args.db is not None and not args.db.exists():
        print(f"{args.db} not found: make it with bench/make_big_db.py", file=sys.stderr)
        return 2
    compile_bytecode()
    app_args = [str(args.exe)] + (["--demo"] if args.demo else ["--db", str(args.db)])
    bare_args = [sys.executable, str(BARE)]
    env = app_env()
    bare_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    apps: list[Run] = []
    bares: list[Run] = []
    for i in range(args.runs + 1):
        app = run_once(app_args, env)
        bare = None if args.no_bare else run_once(bare_args, bare_env)
        line = f"  pair {i}: app {app.wall:5.3f} s (cpu {app.cpu:5.3f}, shown_after_s {app.shown:5.3f})"
        if bare is not None:
            line += (f"   bare {bare.wall:5.3f} s (cpu {bare.cpu:5.3f}, shown_after_s {bare.shown:5.3f})"
                     f"   app/bare {app.wall / bare.wall:4.2f}")
        line += ("   warm-up, not counted" if i == 0 else "") + (f"   APP EXIT CODE {app.code}" if app.code else "")
        print(line, flush=True)
        if i:
            apps.append(app)
            if bare is not None:
                bares.append(bare)
    print(describe(f"{args.exe.name} {args.db or '--demo'}", apps) + f" ({args.runs} runs; target <= 1.5 s)")
    if bares:
        print(describe("bare window", bares))
        wall_ratio = statistics.median(a.wall / b.wall for a, b in zip(apps, bares))
        cpu_ratio = statistics.median(a.cpu / b.cpu for a, b in zip(apps, bares))
        print(f"app/bare, median of the pairs: process {wall_ratio:.2f}x, cpu {cpu_ratio:.2f}x (target <= 3x)")
    if any(r.code for r in apps):
        print(f"WARNING: the app exited with codes {sorted({r.code for r in apps})} (expected 0)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
