"""Packages into the district (issue 10 points 3-4), on SQLite and PostgreSQL with the same assertions: a demo
village's package merged gives the village's rows, the same file again is skipped, an older package after a newer
one changes nothing, each kind of bad package is refused whole with a message naming the file and the reason,
sequence gaps and broken chains are merged with a warning, and a cancel leaves the district as it was.
Packages are built with the package module's own `pack` and `seal` from one snapshot of a demo copy."""

# ruff: noqa: F811  (the shared fixtures are imported from test_database and named as test arguments)

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pyrage import x25519
from sqlalchemy import select, text

from desmig_desktop.core.db.engine import SCHEMA_HEAD
from desmig_desktop.district.database import add_village, villages
from desmig_desktop.district.intake import merge_files, package_files
from desmig_desktop.district.models import DistrictPackage
from desmig_desktop.district.package import TableRows, pack, seal
from tests.district.test_database import district, row_counts, url, village_tables  # noqa: F401 (fixtures)
from tests.district.test_merge_tables import later, with_row

CODE = "3307092001"
KEY = x25519.Identity.generate()


@pytest.fixture
def expecting(district):  # type: ignore[no-untyped-def]
    """A district expecting the demo village (Kuripan)."""
    add_village(district, CODE, "Kuripan", "Watumalang")
    return district


def village_fields(tables: dict[str, TableRows]) -> dict[str, str]:
    data = tables["village"]
    row = dict(zip(data.columns, data.rows[0]))
    return {"village_id": row["id"], "village_code": row["code"], "village_name": row["name"],
            "kecamatan": row["kecamatan"], "kabupaten": row["kabupaten"], "provinsi": row["provinsi"]}


def zip_of(tables: dict[str, TableRows], *, sequence: int = 1, previous: str | None = None,
           schema: str = SCHEMA_HEAD, code: str | None = None) -> bytes:
    fields = {**village_fields(tables), "schema_revision": schema, "app_version": "test", "sequence": sequence,
              "created_at": datetime(2026, 11, 3, 8, 15, tzinfo=timezone.utc) + timedelta(days=sequence),
              "previous_sha256": previous, "period": "2026-10"}
    if code:
        fields["village_code"] = code
    return pack(fields, tables, [])


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def package(folder: Path, name: str, tables: dict[str, TableRows], **kw) -> Path:  # type: ignore[no-untyped-def]
    return write(folder, name, seal(zip_of(tables, **kw), public_key=KEY.to_public()))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rezipped(zip_bytes: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """The same ZIP with `change(name, data) -> data` applied to its members (the manifest left as it claims)."""
    src = zipfile.ZipFile(io.BytesIO(zip_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, change(info.filename, src.read(info)))
    return out.getvalue()


def packages_held(engine) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    t = DistrictPackage.__table__
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(t.c.file_name, t.c.status, t.c.chain_broken)
                                               .order_by(t.c.received_at, t.c.file_name))]


def test_a_demo_package_merged_gives_the_villages_rows_and_again_is_skipped(expecting, village_tables, tmp_path):
    path = package(tmp_path / "in", f"{CODE}-2026-11-04.desmig", village_tables)
    seen = []
    [result] = merge_files(expecting, [tmp_path / "in"], key=KEY, progress=lambda *a: seen.append(a))
    total = sum(len(t.rows) for t in village_tables.values())
    assert (result.file, result.status, result.village_code, result.village_name, result.sequence, result.period,
            result.rows_changed, result.warnings, result.message) == (
        path.name, "merged", CODE, "Kuripan", 1, "2026-10", total, (), "")
    assert seen == [(0, 1, path.name), (1, 1, "")]
    assert row_counts(expecting) == {name: len(t.rows) for name, t in village_tables.items()}
    assert [v.village_id for v in villages(expecting)] == [village_fields(village_tables)["village_id"]]
    before = row_counts(expecting)
    [again] = merge_files(expecting, [path], key=KEY)
    assert (again.status, again.rows_changed, again.village_code, again.sequence) == ("skipped", 0, CODE, 1)
    assert path.name in again.message
    assert row_counts(expecting) == before
    assert packages_held(expecting) == [(path.name, "merged", False)]


def test_an_older_package_after_a_newer_one_changes_nothing(expecting, village_tables, tmp_path):
    person = village_tables["person"]
    cols = {c: i for i, c in enumerate(person.columns)}
    first = person.rows[0]
    older = package(tmp_path, f"{CODE}-2026-11-04.desmig", village_tables)
    newer_tables = with_row(village_tables, "person", first[cols["id"]], name="Sutinah Baru",
                            revision=first[cols["revision"]] + 1, updated_at=later(first[cols["updated_at"]]))
    newer = package(tmp_path, f"{CODE}-2026-11-05.desmig", newer_tables, sequence=2, previous=sha(older))
    results = merge_files(expecting, [newer, older], key=KEY)
    assert [(r.status, r.sequence) for r in results] == [("merged", 2), ("merged", 1)]
    assert results[1].rows_changed == 0 and results[1].warnings == ()
    with expecting.connect() as conn:
        assert conn.execute(text("SELECT name FROM person WHERE id = :id"),
                            {"id": first[cols["id"]]}).scalar() == "Sutinah Baru"


def small(tables: dict[str, TableRows]) -> dict[str, TableRows]:
    """A package of a few tables: enough where the whole village adds only time."""
    return {name: tables[name] for name in ("village", "dusun", "household", "person")}


def test_each_bad_package_is_refused_whole_naming_the_file_and_the_reason(expecting, village_tables, tmp_path):
    folder = tmp_path / "in"
    village_tables = small(village_tables)
    good = zip_of(village_tables)
    sealed = seal(good, public_key=KEY.to_public())
    other_key = x25519.Identity.generate().to_public()

    def tamper_person(name: str, data: bytes) -> bytes:
        return data.replace(b'"P"', b'"L"', 1) if name == "data/person.json" else data

    def lie_about_counts(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["counts"]["person"] += 1
        return json.dumps(manifest).encode()

    assert b'"P"' in zipfile.ZipFile(io.BytesIO(good)).read("data/person.json")  # the tampering changes a byte
    bad = {
        "a-cut-short.desmig": (sealed[: len(sealed) // 2], "rusak atau terpotong"),
        "b-checksum.desmig": (seal(rezipped(good, tamper_person), public_key=KEY.to_public()),
                              "data/person.json .*tidak cocok dengan checksum"),
        "c-counts.desmig": (seal(rezipped(good, lie_about_counts), public_key=KEY.to_public()),
                            "Jumlah baris tabel person"),
        "d-newer-schema.desmig": (seal(zip_of(village_tables, schema="9999"), public_key=KEY.to_public()),
                                  "skema 9999.*perbarui aplikasi di Disnaker"),
        "e-other-key.desmig": (seal(good, public_key=other_key), "kunci atau kata sandi lain"),
        "f-unknown-village.desmig": (seal(zip_of(village_tables, code="3307099999"), public_key=KEY.to_public()),
                                     "berkode 3307099999, yang tidak terdaftar.*villages add 3307099999"),
    }
    for name, (data, _reason) in bad.items():
        write(folder, name, data)
    results = merge_files(expecting, package_files([folder]), key=KEY)
    assert [r.file for r in results] == sorted(bad)
    for result in results:
        assert result.status == "refused" and result.rows_changed == 0, result
        assert result.file in result.message
        assert re.search(bad[result.file][1], result.message), result.message
    assert set(row_counts(expecting).values()) == {0}  # nothing of any of them merged
    assert packages_held(expecting) == sorted((n, "refused", False) for n in bad)
    [added] = merge_files(expecting, [folder / "f-unknown-village.desmig"], key=KEY, add_villages=True)
    assert added.status == "merged" and added.village_code == "3307099999"
    assert {(v.code, v.added_by) for v in villages(expecting)} == {(CODE, "operator"), ("3307099999", "merge")}


def test_a_sequence_gap_and_a_broken_chain_are_merged_with_a_warning(expecting, village_tables, tmp_path):
    village_tables = small(village_tables)
    first = package(tmp_path, "p1.desmig", village_tables, sequence=1)
    third = package(tmp_path, "p3.desmig", village_tables, sequence=3, previous="a" * 64)
    fourth = package(tmp_path, "p4.desmig", village_tables, sequence=4, previous="b" * 64)
    fifth = package(tmp_path, "p5.desmig", village_tables, sequence=5, previous=sha(fourth))
    results = merge_files(expecting, [first, third, fourth, fifth], key=KEY)
    assert [r.status for r in results] == ["merged"] * 4
    assert results[0].warnings == () and results[3].warnings == ()
    [gap] = results[1].warnings
    assert "p3.desmig" in gap and "urutan ke-2" in gap and "belum diterima" in gap
    [broken] = results[2].warnings
    assert "p4.desmig" in broken and "urutan ke-3" in broken and "tidak cocok" in broken
    assert packages_held(expecting) == [("p1.desmig", "merged", False), ("p3.desmig", "merged", False),
                                        ("p4.desmig", "merged", True), ("p5.desmig", "merged", False)]


def test_a_cancel_inside_a_package_leaves_the_district_as_it_was(expecting, village_tables, tmp_path):
    path = package(tmp_path, "p1.desmig", village_tables)
    asked = []

    def cancelled() -> bool:  # asked before the package, before its first table, then before the second: stop
        asked.append(1)
        return len(asked) >= 3

    assert merge_files(expecting, [path], key=KEY, cancelled=cancelled) == []
    assert len(asked) == 3
    assert set(row_counts(expecting).values()) == {0}
    assert packages_held(expecting) == []
    assert [v.village_id for v in villages(expecting)] == [None]
    [done] = merge_files(expecting, [path], key=KEY)  # nothing half-done stands in the way afterwards
    assert done.status == "merged" and row_counts(expecting)["person"] == len(village_tables["person"].rows)


def test_a_folder_is_merged_in_the_order_its_packages_were_made(tmp_path):
    from desmig_desktop.district.intake import sending_order

    names = ["3307092001-2026-12-02-2.desmig", "3307092001-2026-12-02-10.desmig", "3307092002-2026-11-03.desmig",
             "3307092001-2026-12-02.desmig", "3307092001-2026-11-30.desmig", "catatan.desmig"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "bukan-paket.txt").write_text("x")
    assert [p.name for p in package_files([tmp_path])] == [
        "3307092001-2026-11-30.desmig", "3307092001-2026-12-02.desmig", "3307092001-2026-12-02-2.desmig",
        "3307092001-2026-12-02-10.desmig", "3307092002-2026-11-03.desmig", "catatan.desmig"]
    assert sending_order(tmp_path / "3307092001-2026-12-02-2.desmig")[2] == 2
