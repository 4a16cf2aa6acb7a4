"""Shared fixtures: a fresh real SQLite file per test, seeded through the same services users call."""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from desmig_desktop.registry.nik import make_nik
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import HouseholdInput, PersonInput, PlacementInput

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("DESMIG_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("DESMIG_CONFIG_DIR", str(base / "config"))
    from desmig_desktop.core import i18n

    i18n.set_language("id")
    yield
    i18n.set_language("id")


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(request):
    """Tests that drive widgets collect garbage on the GUI thread only, as the app does (ui/gui_gc.py).

    What the session holds from earlier tests is frozen meanwhile (`gc.freeze`), so these collections look at what
    this test made, not at the whole heap of the session (late in the suite each full collection took ~1-3 s, and
    a widget test ran one at every timer tick past the threshold and one at its end)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from desmig_desktop.ui.gui_gc import GuiThreadCollector

    gc.freeze()
    collector = GuiThreadCollector()
    try:
        yield
    finally:
        collector.stop()
        gc.unfreeze()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "desa.db"


@pytest.fixture
def ctx(db_path):
    from desmig_desktop.core.context import ServiceContext

    c = ServiceContext.open(db_path, officer="Siti Petugas")
    c.today_override = TODAY
    yield c
    c.close()


@pytest.fixture
def village(ctx):
    from desmig_desktop.registry.services.village import add_dusun, init_village

    v = init_village(ctx, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah", "Bapak Kades",
                     dusuns=["Kuripan", "Sigaluh"])
    add_dusun(ctx, "Kuripan", [(1, 1), (1, 2)])
    return v


# ---- a small registered village (the GUI tests and others) ---------------------------------------
# A small registered village for the GUI tests, seeded through the same services users call.
# 
# KK 3307091201150003 (Kuripan, RW 01/RT 02): Slamet Riyadi (L, 1980, kepala), Sularmi (P, 1985, istri, PMI aktif in
# Hong Kong), Dwi Lestari (P, 2010, anak). KK 3307091201150004 (Sigaluh, RW 03/RT 04): Joko Susilo (L, 1975), Ani Rahayu
# (P, 1999, calon PMI). Five people: 1 aktif, 1 calon, 3 family of a migrant.

KK1, KK2 = "3307091201150003", "3307091201150004"


def person_input(name: str, sex: str, born: date, serial: int, hh: str | None = None, rel: str = "kepala",
                 prefix: str = "330709") -> PersonInput:
    return PersonInput(nik=make_nik(prefix, born, sex, serial), name=name, sex=sex, birth_date=born,
                       relationship_to_head=rel, household_id=hh)


@dataclass(frozen=True)
class People:
    ids: dict[str, str]  # name -> person id
    niks: dict[str, str]  # name -> NIK
    households: tuple[str, str]


@pytest.fixture
def people(ctx, village) -> People:
    kuripan, sigaluh = (d.id for d in village.dusuns)
    h1 = registry.create_household(ctx, HouseholdInput(KK1, kuripan, 1, 2, "Jl. Salak No. 3")).id
    h2 = registry.create_household(ctx, HouseholdInput(KK2, sigaluh, 3, 4)).id
    rows = [
        ("Slamet Riyadi", "L", date(1980, 5, 1), 1, h1, "kepala"),
        ("Sularmi", "P", date(1985, 2, 14), 2, h1, "istri"),
        ("Dwi Lestari", "P", date(2010, 7, 9), 3, h1, "anak"),
        ("Joko Susilo", "L", date(1975, 3, 3), 4, h2, "kepala"),
        ("Ani Rahayu", "P", date(1999, 8, 17), 5, h2, "anak"),
    ]
    ids, niks = {}, {}
    for name, sex, born, serial, hh, rel in rows:
        data = person_input(name, sex, born, serial, hh, rel)
        ids[name] = registry.register_person(ctx, data).id
        niks[name] = data.nik
    registry.add_placement(ctx, ids["Sularmi"], PlacementInput("aktif", "Hong Kong", "informal",
                                                                departed_on=date(2024, 3, 1)))
    registry.add_placement(ctx, ids["Ani Rahayu"], PlacementInput("calon", registered_on=date(2026, 11, 2)))
    return People(ids, niks, (h1, h2))


@pytest.fixture
def changes(qtbot):
    from desmig_desktop.ui.changes import Changes

    return Changes()


def names_shown(model) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@dataclass(frozen=True)
class DemoBuild:
    """The session's one demo build, as it was made: its file, what `create_demo_village` returned, the village
    its context learned, and the audit INSERTs seen while it ran (the tracking test reads these)."""
    path: Path
    summary: object  # registry.demo.DemoSummary
    village_id: str | None  # the building context's village, learned in its unit of work
    audit_inserts_after_each_flush: tuple[int, ...]  # audit_log INSERT statements so far, read after each flush
    audit_executemany: int  # audit_log INSERTs sent as executemany batches


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory) -> DemoBuild:
    """The demo village, built once per test session (officer "Petugas Demo", today = TODAY) and watched as it is
    built: a test that only reads or changes a demo village starts from a copy (`demo_copy`) instead of building
    its own (~10 s each)."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from desmig_desktop.app import create_demo_village
    from desmig_desktop.core.context import ServiceContext

    path = tmp_path_factory.mktemp("demo-template") / "kuripan.db"
    ctx = ServiceContext.open(path, officer="Petugas Demo")
    ctx.today_override = TODAY
    audit = {"inserts": 0, "executemany": 0}
    after_each_flush: list[int] = []

    def statement(_conn, _cursor, sql, _params, _context, executemany):  # type: ignore[no-untyped-def]
        if sql.startswith("INSERT INTO audit_log"):
            audit["inserts"] += 1
            audit["executemany"] += bool(executemany)

    def flushed(_session, _flush_context):  # type: ignore[no-untyped-def]
        after_each_flush.append(audit["inserts"])  # registered after the audit's own after_flush: it has written

    event.listen(ctx.engine, "before_cursor_execute", statement)
    event.listen(Session, "after_flush", flushed)
    try:
        summary = create_demo_village(ctx)
    finally:
        event.remove(Session, "after_flush", flushed)
        event.remove(ctx.engine, "before_cursor_execute", statement)
    build = DemoBuild(path, summary, ctx.village_id, tuple(after_each_flush), audit["executemany"])
    ctx.close()
    return build


@pytest.fixture(scope="session")
def demo_file(demo_build) -> Path:
    """The session's demo village file (see `demo_build`)."""
    return demo_build.path


def demo_copy(template: Path, target: Path) -> Path:
    """A private copy of the session's demo file at `target` (an SQLite backup: the file is whole)."""
    from desmig_desktop.core.db.engine import copy_sqlite

    target.parent.mkdir(parents=True, exist_ok=True)
    copy_sqlite(template, target)
    return target


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session (tests/pg.py). Skipped only where its binaries are missing
    and cannot be installed (`.ci/setup --test` installs them as root on Debian/Ubuntu, as CI runs); binaries that
    are there but fail to start a server fail the tests."""
    from tests.pg import REQUIRE_ENV, MissingPostgres, postgres_required, start_server

    try:
        server = start_server()
    except MissingPostgres as err:  # no binaries: skipped, unless this machine must have them
        if postgres_required():
            pytest.fail(f"PostgreSQL is required here ({REQUIRE_ENV}=1, or .ci/setup --test could install it): {err}")
        pytest.skip(f"no PostgreSQL server: {err}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server, request) -> str:
    """A new, empty database on the session's server for one test: its SQLAlchemy URL."""
    import re

    import psycopg

    name = "t_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    with psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.database_url(name)
