"""Composition root of the desktop app: settings, database, language, main window.

    desmig-desktop [--db PATH | --demo | --district URL] [--lang id|en]

Everything is built here and handed down through constructors (no global singletons). Launch order: the
arguments and settings, then the database and the village, read with SQLAlchemy before PySide6 is imported
(PySide6's import hook reads the source of every module imported after it, which made each later import
slower), then Qt and the main window with its first page. Heavy modules (openpyxl, reportlab, alembic on
an up-to-date file, other pages, the Kegiatan dialog, the demo) are imported only when first used.
With DESMIG_BENCH_EXIT_ON_SHOWN=1 the app prints `shown_after_s=<seconds>` once the main window is on
screen with its first page of rows (counted from the start of `main`, before SQLAlchemy and Qt are imported),
and quits with 0 (bench/bench_launch.py, the bundle smoke test). tests/shell/test_launch_imports.py lists
what launch must not import. `--district URL` (a path or a postgresql+psycopg:// URL) opens a district database
(Disnaker) in the district window instead of a village.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from desmig_desktop.activities.pillar import PILLAR as ACTIVITIES
from desmig_desktop.core.pillar import Pillar, check_order
from desmig_desktop.production.pillar import PILLAR as PRODUCTION
from desmig_desktop.registry.pillar import PILLAR as REGISTRY
from desmig_desktop.savings.pillar import PILLAR as SAVINGS
from desmig_desktop.service_centre.pillar import PILLAR as SERVICE_CENTRE

BENCH_ENV = "DESMIG_BENCH_EXIT_ON_SHOWN"
BENCH_MODULES_ENV = "DESMIG_BENCH_PRINT_MODULES"  # with BENCH_ENV: also print the modules imported when shown

# The areas of the program, each after the areas it uses. A new pillar is one package and one line here.
PILLARS: tuple[Pillar, ...] = (REGISTRY, SERVICE_CENTRE, ACTIVITIES, PRODUCTION, SAVINGS)
check_order(PILLARS)


def load_all_models() -> None:
    """Every table of every pillar in `Base.metadata` (alembic, tests, the district merge)."""
    from desmig_desktop.core.pillar import load_all_models as load

    load(PILLARS)


def create_demo_village(ctx: Any, seed: int = 2017) -> Any:
    """The demo village, built by every pillar in one unit of work; returns the registry's summary."""
    from desmig_desktop.core.pillar import build_demo

    return build_demo(ctx, PILLARS, seed)[0]


def cli_main(argv: list[str] | None = None) -> int:
    """`desmig`: the command line, with the commands of every pillar."""
    from desmig_desktop.cli import main as run

    return run(argv, PILLARS)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from desmig_desktop.core.i18n import _, install_argparse_texts

    install_argparse_texts()
    p = argparse.ArgumentParser(prog="desmig-desktop", description=_("Desmig Desktop: register desa migran produktif"))
    where = p.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, help=_("berkas basis data desa (bawaan: di folder data pengguna)"))
    where.add_argument("--demo", action="store_true", help=_("buka desa demo (Desa Kuripan), dibuat saat pertama dipakai"))
    where.add_argument("--district", metavar="URL", help=_("buka basis data kabupaten (Disnaker): berkas SQLite atau "
                                                           "URL postgresql+psycopg://…"))
    p.add_argument("--lang", choices=("id", "en"), help=_("bahasa untuk sesi ini (bawaan: dari pengaturan)"))
    return p.parse_args(argv)


def install_language(app: Any, lang: str) -> Any:
    """Set the language of Qt texts, of gettext texts (i18n) and of dates; returns the translator or None."""
    from PySide6.QtCore import QLocale, QTranslator

    from desmig_desktop.core import i18n
    from desmig_desktop.core.paths import resources_dir

    i18n.set_language(lang)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        translator = QTranslator(app)
        if translator.load(str(resources_dir() / "i18n" / "desmig_en.qm")):
            app.installTranslator(translator)
            return translator
        return None
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return None


def fill_demo(ctx: Any) -> bool:
    """Create the demo village in `ctx` on a worker thread, with a progress dialog. False if unavailable."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from desmig_desktop.ui.workers import run_with_progress

    loop = QEventLoop()
    outcome: dict[str, object] = {}
    worker, dialog = run_with_progress(
        None, QCoreApplication.translate("App", "Desa demo"),
        QCoreApplication.translate("App", "Membuat desa demo Kuripan (sekali saja, beberapa detik)…"),
        lambda _report, _cancelled: create_demo_village(ctx), cancellable=False, show_after_ms=0)
    worker.done.connect(lambda result: outcome.setdefault("done", result))
    worker.failed.connect(lambda exc: outcome.setdefault("failed", exc))
    worker.finished.connect(loop.quit)
    loop.exec()
    if "failed" in outcome:
        raise outcome["failed"]  # type: ignore[misc]
    return True


def open_context(path: Path, officer: str) -> Any:
    from desmig_desktop.core.context import ServiceContext

    return ServiceContext.open(path, officer=officer)


def show_error(text: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "Desmig Desktop", text)
    box.addButton(QCoreApplication.translate("App", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    if not os.environ.get(BENCH_ENV):
        box.exec()
    print(text, file=sys.stderr)


def confirm_new_database(path: Path) -> bool:
    """`--db` names a file that does not exist: create a new, empty village database there only if the officer
    says so (a mistyped path must not open as an empty village). Batal is the default."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "Desmig Desktop",
                      QCoreApplication.translate("App", "Berkas basis data %1 belum ada.\n\nBuat basis data desa yang baru "
                                                 "dan kosong di sana? Bila nama atau foldernya salah ketik, pilih Batal.")
                      .replace("%1", str(path)))
    create = box.addButton(QCoreApplication.translate("App", "Buat baru"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("App", "Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is create


def open_failure_text(path: Path, exc: BaseException) -> str:
    """One sentence in the chosen language for a file that cannot be opened: the kernel's own for a folder, a file
    that is not SQLite, a damaged or newer one, and for every operating-system error; never SQLAlchemy's English."""
    from desmig_desktop.core.db.engine import DatabaseOpenError
    from desmig_desktop.core.errors import ValidationError
    from desmig_desktop.core.files import describe_os_error

    if isinstance(exc, (DatabaseOpenError, ValidationError)):
        return str(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc, exc.filename or path)
    import traceback

    from PySide6.QtCore import QCoreApplication

    traceback.print_exception(exc)  # for whoever helps the officer; the window says it in words
    return QCoreApplication.translate("App", "Basis data %1 tidak bisa dibuka karena kesalahan yang tidak terduga: "
                                      "pilih berkas lain atau pulihkan salinan dari folder backups.").replace("%1", str(path))


def read_village(path: Path, officer: str) -> tuple[Any, Any, Exception | None]:
    """Open the file and read its village, outside Qt: (context or None, village or None, the failure)."""
    ctx = None
    try:
        ctx = open_context(path, officer)
        from desmig_desktop.registry.services.village import get_village

        return ctx, get_village(ctx), None
    except Exception as exc:  # noqa: BLE001 - reported in a message box once Qt is up
        if ctx is not None:
            ctx.close()
        return None, None, exc


def prepare_village(ctx: Any, village: Any, demo: bool, officer: str) -> tuple[Any, Any] | None:
    """The context and village to show: fills the demo, or asks for a profile on a new database."""
    from desmig_desktop.core.paths import demo_db_path
    from desmig_desktop.registry.services.village import get_village

    if village is None:
        end_of_launch()  # the demo or a dialog comes first: collect as usual while they run
    if village is None and demo:
        fill_demo(ctx)
        village = get_village(ctx)
    if village is None:
        from desmig_desktop.shell.first_run import DEMO, FirstRunDialog

        dialog = FirstRunDialog(ctx)
        if not dialog.exec():
            return None
        if dialog.choice == DEMO:
            ctx.close()
            demo_ctx = open_context(demo_db_path(), officer)
            return prepare_village(demo_ctx, get_village(demo_ctx), True, officer)
        village = dialog.village
    if village is None:
        return None
    return ctx, village


def officer_question_due(settings: Any, demo: bool) -> bool:
    """Ask for the officer's name at launch? Only on a real village (the demo's audit trail names nobody real)
    of an install that has none yet, and never in the launch bench."""
    return not settings.officer_known and not demo and not os.environ.get(BENCH_ENV)


def ask_officer_once(ctx: Any, settings: Any, demo: bool = False) -> Any:
    """An install whose settings have no officer's name (the first run asks it now) is asked once at launch;
    the settings as saved (the first run's name included)."""
    from desmig_desktop.core.config import load_settings

    if officer_question_due(settings, demo):
        from desmig_desktop.shell.first_run import OfficerDialog

        OfficerDialog(ctx).exec()
        settings = load_settings()
    return settings


def preload_first_screen() -> None:
    """Import what the person list needs outside Qt now, before PySide6 (see the module docstring)."""
    from desmig_desktop.core import formatting  # noqa: F401
    from desmig_desktop.registry import enums  # noqa: F401
    from desmig_desktop.registry.services import search  # noqa: F401


def end_of_launch() -> None:
    """What launch made (modules, classes, mappers, the window) lives for the whole session: it goes to the
    permanent generation, so no later collection, nor the one at exit, walks it again (with the collector off
    until here: launch 0.70 s instead of 0.89 s, bench/README.md). From here on the collector runs on the GUI
    thread only (ui.gui_gc), never in a worker's thread."""
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()  # SQLAlchemy, Qt and the pages are imported below, so they count
    # Launch makes ~100,000 long-lived objects (modules, classes, mappers) and little garbage: no cyclic
    # collection walks them until the window is up (end_of_launch).
    gc.disable()
    try:
        return run(argv, started)
    finally:
        gc.enable()


def qt_application(lang: str) -> tuple[Any, Any]:
    """The QApplication (made once) with the app's name, style and language: (app, its translator or None)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Desmig Desktop")
    app.setStyle("Fusion")
    return app, install_language(app, lang)


def show_until_closed(app: Any, window: Any, started: float) -> int:
    """Show a main window (village or district) and run the event loop until it closes; its exit code. With
    BENCH_ENV, print when it was first shown (and the modules launch imported) and quit."""
    from PySide6.QtCore import QTimer

    if os.environ.get(BENCH_ENV) == "1":
        def report_shown() -> None:
            print(f"shown_after_s={time.perf_counter() - started:.3f}", flush=True)
            if os.environ.get(BENCH_MODULES_ENV):  # what launch imported (tests/shell/test_launch_imports.py)
                print("MODULES=" + json.dumps(list(sys.modules)), flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))

        window.first_shown.connect(report_shown)
    window.first_shown.connect(end_of_launch)
    from desmig_desktop.ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)
    window.show()
    code = app.exec()
    collector.stop()
    window.close()
    window.shutdown()
    return int(code)


def run(argv: list[str] | None, started: float) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from desmig_desktop.core import i18n
    from desmig_desktop.core.config import load_settings
    from desmig_desktop.core.paths import default_db_path, demo_db_path

    settings = load_settings()
    lang = args.lang or settings.language
    i18n.set_language(lang)  # before the file is opened: its errors are gettext texts
    if args.district:
        return run_district(args.district, lang, started)
    path = demo_db_path() if args.demo else (args.db or default_db_path())
    ask_first = bool(args.db) and not args.demo and not Path(path).expanduser().exists()  # asked once Qt is up
    ctx, village, failure = (None, None, None) if ask_first else read_village(path, settings.officer_name)
    preload_first_screen()

    app, translator = qt_application(lang)
    try:
        try:
            if ask_first:
                if not confirm_new_database(Path(path)):
                    return 0
                ctx, village, failure = read_village(path, settings.officer_name)
            if failure is not None:
                raise failure
            prepared = prepare_village(ctx, village, args.demo, settings.officer_name)
        except Exception as exc:  # noqa: BLE001 - a broken file must not crash without a word
            show_error(open_failure_text(Path(path), exc))
            return 1
        if prepared is None:
            return 0
        ctx, village = prepared
        settings = ask_officer_once(ctx, load_settings(), demo=args.demo)

        from desmig_desktop.shell.main_window import MainWindow

        window = MainWindow(ctx, settings, village, PILLARS)
        code = show_until_closed(app, window, started)
        del window
        return code
    finally:
        if ctx is not None:
            ctx.close()
        if translator is not None:
            app.removeTranslator(translator)


def open_district_engine(text: str) -> tuple[str, Any, Exception | None]:
    """The district database named on the command line, opened outside Qt: (url, engine or None, the failure)."""
    from desmig_desktop.district.database import district_url, open_district

    load_all_models()  # the district's merge and checks see every pillar's tables
    url = text
    try:
        url = district_url(text)
        return url, open_district(url), None
    except Exception as exc:  # noqa: BLE001 - reported in a message box once Qt is up
        return url, None, exc


def run_district(text: str, lang: str, started: float) -> int:
    """`--district URL`: the district window (Disnaker) on that database."""
    url, engine, failure = open_district_engine(text)
    app, translator = qt_application(lang)
    try:
        if failure is not None:
            show_error(open_failure_text(Path(url), failure))
            return 1
        from desmig_desktop.district.ui.window import DistrictWindow

        window = DistrictWindow(engine, url, PILLARS)
        code = show_until_closed(app, window, started)
        del window
        return code
    finally:
        if engine is not None:
            engine.dispose()
        if translator is not None:
            app.removeTranslator(translator)


if __name__ == "__main__":
    sys.exit(main())
