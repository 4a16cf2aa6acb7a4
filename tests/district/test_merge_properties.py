"""Idempotence and order-freedom of the district merge, over random histories (issue 10 point 10).

Two small villages take random edits (register, rename, delete, restore a person); packages are written at
random moments, and a final one after the last edit. Every package, some of them twice, is merged into a
district in a random order, and into another district in the order they were made. Both districts must hold
exactly the rows of the villages' final packages: the reference is the union of those snapshots, which is
obviously right. Runs on SQLite (the PostgreSQL path is held to the same rules in test_intake/test_merge).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desmig_desktop.app import PILLARS
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.records import restore_record
from desmig_desktop.district.database import init_district
from desmig_desktop.district.intake import merge_files
from desmig_desktop.district.keys import make_key_pair, read_private_key
from desmig_desktop.district.package import open_package, snapshot, write_package
from desmig_desktop.district.village_link import set_district_key
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.village import init_village
from tests.conftest import person_input

PERIOD = None  # the package's default period (the last ended month)
VILLAGES = (("3307092001", "Kuripan"), ("3307092002", "Sigaluh"))


@pytest.fixture(scope="module")
def templates(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Two empty villages holding the district's public key, and an empty district: copied for every example."""
    root = tmp_path_factory.mktemp("merge-properties")
    private, public = make_key_pair(root / "keys")
    files = []
    for code, name in VILLAGES:
        path = root / f"{code}.db"
        ctx = ServiceContext.open(path, officer="Petugas Uji")
        ctx.today_override = date(2026, 11, 20)
        init_village(ctx, code, name, "Watumalang", "Wonosobo", "Jawa Tengah")
        set_district_key(ctx, public.read_text(encoding="ascii"))
        ctx.close()
        files.append(path)
    district = root / "district.db"
    init_district(f"sqlite:///{district}").dispose()
    return files, district, read_private_key(private)


ops = st.lists(st.tuples(st.integers(0, 1), st.sampled_from(("add", "add", "rename", "delete", "restore", "send")),
                         st.integers(0, 50)), min_size=1, max_size=14)


def _run(ctx: ServiceContext, op: str, pick: int, state: dict, out: Path) -> Path | None:
    live, gone = state["live"], state["gone"]
    if op == "add" or (op in ("rename", "delete") and not live):
        state["serial"] += 1
        data = person_input(f"Warga {state['serial']}", "LP"[pick % 2], date(1990, 1 + pick % 12, 1),
                            state["serial"], prefix=state["prefix"])
        live.append(registry.register_person(ctx, data).id)
    elif op == "rename":
        pid = live[pick % len(live)]
        person = registry.get_person(ctx, pid)
        data = person_input(f"{person.name} Baru", person.sex, person.birth_date, 0, prefix=state["prefix"])
        registry.update_person(ctx, pid, data.__class__(**{**data.__dict__, "nik": person.nik}))
    elif op == "delete":
        pid = live.pop(pick % len(live))
        gone.append((pid, registry.delete_person(ctx, pid).when))  # a restore names the deletion it undoes
    elif op == "restore" and gone:
        pid, when = gone.pop(pick % len(gone))
        restore_record(ctx, "person", pid, when)
        live.append(pid)
    elif op == "send":
        return write_package(ctx, out, PILLARS).path
    return None


def _district_rows(path: Path) -> dict[str, set[tuple]]:
    from desmig_desktop.core.db.engine import make_engine

    engine = make_engine(f"sqlite:///{path}")
    try:
        return {t: {tuple(r) for r in rows.rows} for t, rows in snapshot(engine).items()}
    finally:
        engine.dispose()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(history=ops, order=st.randoms(use_true_random=False), repeats=st.integers(0, 3))
def test_any_order_and_any_repeat_gives_the_union_of_the_villages_latest_states(templates, tmp_path_factory, history,
                                                                                order, repeats):
    files, district_template, key = templates
    work = tmp_path_factory.mktemp("example")
    out = work / "out"
    out.mkdir()
    contexts, states = [], []
    for i, template in enumerate(files):
        ctx = ServiceContext.open(shutil.copyfile(template, work / template.name), officer="Petugas Uji")
        ctx.today_override = date(2026, 11, 20)
        contexts.append(ctx)
        states.append({"live": [], "gone": [], "serial": 0, "prefix": f"33070{i + 1}"})
    try:
        made: list[Path] = []
        for village, op, pick in history:
            path = _run(contexts[village], op, pick, states[village], out)
            made += [path] if path else []
        finals = [write_package(ctx, out, PILLARS).path for ctx in contexts]  # after the last edit
        made += finals
    finally:
        for ctx in contexts:
            ctx.close()

    expected: dict[str, set[tuple]] = {}
    for final in finals:
        for table, rows in open_package(final, key=key).tables.items():
            expected.setdefault(table, set()).update(tuple(r) for r in rows.rows)

    shuffled = made + [order.choice(made) for _ in range(repeats)]
    order.shuffle(shuffled)
    results = {}
    for name, sequence in (("shuffled", shuffled), ("in_order", made)):
        target = shutil.copyfile(district_template, work / f"{name}.db")
        from desmig_desktop.district.database import open_district

        engine = open_district(f"sqlite:///{target}")
        try:
            done = merge_files(engine, sequence, key=key, add_villages=True)
        finally:
            engine.dispose()
        assert {r.status for r in done} <= {"merged", "skipped"}, [r.message for r in done]
        assert sum(r.status == "merged" for r in done) == len(made)  # each file once; repeats are skipped
        results[name] = _district_rows(target)

    assert results["shuffled"] == results["in_order"]
    for table, rows in expected.items():
        assert results["shuffled"][table] == rows, table
