"""Launch imports what the first screen needs and nothing else (issue 6: launch within 3x a bare Qt window).

The app is started in a child process, so that what this test process has imported does not count: it opens a
small village, shows the main window with its first page (Beranda), quits once shown (DESMIG_BENCH_EXIT_ON_SHOWN)
and prints the modules it had imported by then, in import order (DESMIG_BENCH_PRINT_MODULES): the home page's
figures are read on a worker thread after the first screen is painted, so what they import is not launch.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = """
import sys
from desmig_desktop.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""

# Heavy or unrelated to the person list: each is imported the first time a page, a report or a dialog needs it.
NOT_AT_LAUNCH = (
    "openpyxl",
    "reportlab",
    "alembic",  # an up-to-date file is opened without it
    "num2words",
    "sqlalchemy.dialects.postgresql",
    "desmig_desktop.production.ui",
    "desmig_desktop.production.models",
    "desmig_desktop.activities.models",
    "desmig_desktop.recap",
    "desmig_desktop.registry.demo",
    "desmig_desktop.registry.ui.household_page",
    "desmig_desktop.registry.ui.person_page",  # the first page is Beranda; the person list is built when opened
    "desmig_desktop.registry.home",  # Beranda's tiles are read after the first paint
    "desmig_desktop.registry.services.figures",
    "desmig_desktop.registry.ui.person_form",
    "desmig_desktop.shell.recap_page",
    "desmig_desktop.shell.settings_page",
    "desmig_desktop.ui.activity",
)


def launch_modules(db_path) -> list[str]:  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DESMIG_BENCH_EXIT_ON_SHOWN="1", DESMIG_BENCH_PRINT_MODULES="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(db_path)], check=False, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "shown_after_s=" in done.stdout
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES="))
    return json.loads(line.removeprefix("MODULES="))


def test_launch_imports_only_the_first_screen(ctx, people, db_path):
    modules = launch_modules(db_path)
    loaded = [name for name in NOT_AT_LAUNCH if any(m == name or m.startswith(name + ".") for m in modules)]
    assert loaded == []
    assert "desmig_desktop.shell.home_page" in modules  # the first screen (Beranda) was built
    # The ORM and the person list's services come before PySide6, whose import hook would read each one's source.
    assert modules.index("desmig_desktop.registry.services.search") < modules.index("PySide6")
