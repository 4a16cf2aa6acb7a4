"""The benchmark's package generator (bench/make_packages.py, issue 10 point 9): three villages made from the demo
village open as valid packages, each a village of its own (code, ids, person ids, NIKs), with every row of the
template and every reference kept inside the village; `--movers` shares exactly that many NIKs with the
neighbouring village."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from desmig_desktop.district.keys import PRIVATE_NAME
from desmig_desktop.district.package import open_package
from tests.conftest import demo_copy

ROOT = Path(__file__).resolve().parents[2]


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_packages", ROOT / "bench" / "make_packages.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_packages"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made(tmp_path_factory, demo_file):  # type: ignore[no-untyped-def]
    gen = load_generator()
    base = tmp_path_factory.mktemp("packages")
    template = demo_copy(demo_file, base / "template.db")
    results = gen.generate(3, base / "out", template=template, key_dir=base / "key", movers=2, workers=1,
                           quiet=True)
    packages = [open_package(p, key=base / "key" / PRIVATE_NAME) for p in sorted((base / "out").glob("*.desmig"))]
    return gen, results, packages, gen._STATE["tables"]


def column(package, table: str, name: str) -> list:  # type: ignore[no-untyped-def]
    t = package.tables[table]
    i = t.columns.index(name)
    return [row[i] for row in t.rows]


def test_three_valid_packages_one_per_village(made):
    gen, results, packages, _template = made
    assert [p.name for p in packages] == ["3307012001-2026-11-03.desmig", "3307022001-2026-11-03.desmig",
                                          "3307032001-2026-11-03.desmig"]
    assert [r[0] for r in results] == [p.manifest.village_code for p in packages]
    for p in packages:
        m = p.manifest
        assert (m.period, m.sequence, m.previous_sha256, m.kabupaten) == ("2026-10", 1, None, "Wonosobo")
        assert m.kecamatan in gen.KECAMATAN and m.village_name
        assert column(p, "village", "code") == [m.village_code]
        assert column(p, "village", "name") == [m.village_name]
        assert column(p, "village", "id") == [m.village_id]
        assert set(column(p, "person", "village_id")) == {m.village_id}
    assert len({p.manifest.village_id for p in packages}) == 3
    assert len({p.manifest.village_name for p in packages}) == 3
    assert len({p.sha256 for p in packages}) == 3


def test_every_row_of_the_template_in_every_package(made):
    _gen, _results, packages, template = made
    expected = {name: len(t.rows) for name, t in template.items()}
    assert expected["person"] > 2000 and expected["audit_log"] > 1000 and expected["profit_share_line"] > 0
    for p in packages:
        assert p.manifest.counts == expected
        assert {name: len(t.rows) for name, t in p.tables.items()} == expected


def test_ids_are_distinct_across_villages_and_links_stay_inside_each(made):
    _gen, _results, packages, template = made
    all_ids: Counter[str] = Counter()
    for p in packages:
        ids = {i for name, t in p.tables.items() if "id" in t.columns for i in column(p, name, "id")}
        all_ids.update(ids)
        assert set(column(p, "person", "household_id")) - {None} <= set(column(p, "household", "id"))
        assert set(column(p, "journal_line", "entry_id")) <= set(column(p, "journal_entry", "id"))
        assert set(column(p, "audit_log", "record_id")) <= ids  # the audit trail follows the renumbered rows
    assert all_ids and max(all_ids.values()) == 1
    template_people = set(r[template["person"].columns.index("id")] for r in template["person"].rows)
    assert not template_people & set(all_ids)


def test_niks_are_distinct_16_digits_but_the_movers(made):
    _gen, _results, packages, _template = made
    niks = [set(column(p, "person", "nik")) for p in packages]
    assert all(len(n) > 2000 and all(len(x) == 16 and x.isdigit() for x in n) for n in niks)
    assert len(niks[0] & niks[1]) == 2 and len(niks[1] & niks[2]) == 2 and not niks[0] & niks[2]
    kks = [set(column(p, "household", "no_kk")) for p in packages]
    assert not (kks[0] & kks[1]) and not (kks[1] & kks[2]) and not (kks[0] & kks[2])
    for p in packages:  # the area of the village's kecamatan (its code's first 6 digits)
        area = p.manifest.village_code[:6]
        assert sum(1 for n in column(p, "person", "nik") if n.startswith(area)) >= len(niks[0]) - 2
