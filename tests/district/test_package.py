"""The village package (issue 10): a real demo village written, sealed, opened and verified; every refusal kind
made from a real tampered file."""

from __future__ import annotations

import io
import json
import time
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.district import keys
from desmig_desktop.district.merge import merged_tables
from desmig_desktop.district.package import (
    FORMAT_VERSION, MANIFEST, RECAP_HEADER, Package, open_package, pack, seal, sha256_hex, snapshot)
from tests.conftest import demo_copy

FIELDS = {"village_id": "v-1", "village_code": "3307092001", "village_name": "Kuripan", "kecamatan": "Watumalang",
          "kabupaten": "Wonosobo", "provinsi": "Jawa Tengah", "schema_revision": "0011", "app_version": "0.1.0",
          "created_at": datetime(2026, 11, 3, 8, 15, tzinfo=timezone.utc), "sequence": 1,
          "previous_sha256": None, "period": "2026-10"}


@pytest.fixture
def village(tmp_path, demo_file):  # type: ignore[no-untyped-def]
    ctx = ServiceContext.open(demo_copy(demo_file, tmp_path / "kuripan.db"), officer="Petugas Demo")
    ctx.today_override = date(2026, 11, 3)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def key_pair(tmp_path_factory):  # type: ignore[no-untyped-def]
    private, public = keys.make_key_pair(tmp_path_factory.mktemp("keys"))
    return keys.read_private_key(private), keys.read_public_key(public.read_text())


def real_counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in merged_tables()}


SMALL = {"village": [["v-1", "3307092001"]], "person": [["p-1", "3307094101900001"], ["p-2", None]]}


def small_tables():  # type: ignore[no-untyped-def]
    from desmig_desktop.district.package import TableRows
    return {"village": TableRows(("id", "code"), SMALL["village"]),
            "person": TableRows(("id", "nik"), SMALL["person"])}


RECAP = [{"village_code": "3307092001", "period": "2026-10", "indicator": "registry.by_status",
          "category": "aktif", "sex": "L", "value": 3}]


def write(tmp_path: Path, data: bytes, name: str = "3307092001-2026-11-03.desmig") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path: Path, **kw) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as err:
        open_package(path, **kw)
    messages = err.value.for_field("package")
    assert messages and path.name in messages[0]
    return messages[0]


def rezip(zip_bytes: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """The package's ZIP with its members passed through `change(dict) -> dict` (a tamperer's work)."""
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    members = change(members)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_snapshot_reads_raw_values_of_every_table_fast(village):
    started = time.perf_counter()
    tables = snapshot(village.engine)
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    assert list(tables) == [t.name for t in merged_tables()]
    assert {name: len(t.rows) for name, t in tables.items()} == real_counts(village.engine)
    person = tables["person"]
    birth = person.rows[0][person.columns.index("birth_date")]
    created = person.rows[0][person.columns.index("created_at")]
    assert isinstance(birth, str) and len(birth) == 10 and birth[4] == "-"  # "1990-05-17", as SQLite stores it
    assert isinstance(created, str) and created[:4].isdigit()


def test_pack_seal_open_round_trip_with_key_and_password(tmp_path, key_pair):
    identity, recipient = key_pair
    zip_bytes = pack(FIELDS, small_tables(), RECAP)
    assert zip_bytes == pack(FIELDS, small_tables(), RECAP)  # deterministic
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        assert [i.filename for i in zf.infolist()] == [MANIFEST, "data/village.json", "data/person.json",
                                                       "recap.csv"]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in zf.infolist())
        manifest = json.loads(zf.read(MANIFEST))
        assert zf.read("recap.csv").decode().splitlines()[0] == ",".join(RECAP_HEADER)
        assert manifest["members"]["data/person.json"] == sha256_hex(zf.read("data/person.json"))
    assert manifest["created_at"] == "2026-11-03T08:15:00Z" and manifest["format"] == FORMAT_VERSION
    assert manifest["village"] == {"id": "v-1", "code": "3307092001", "name": "Kuripan", "kecamatan": "Watumalang",
                                   "kabupaten": "Wonosobo", "provinsi": "Jawa Tengah"}
    assert manifest["counts"] == {"village": 1, "person": 2}

    path = write(tmp_path, seal(zip_bytes, public_key=recipient))
    package = open_package(path, key=identity)
    assert isinstance(package, Package) and package.sha256 == sha256_hex(path.read_bytes())
    assert package.name == path.name and package.manifest.village_name == "Kuripan"
    assert package.manifest.created_at == FIELDS["created_at"] and package.manifest.previous_sha256 is None
    assert package.tables["person"].rows == SMALL["person"]
    assert package.recap == RECAP

    by_password = write(tmp_path, seal(zip_bytes, password="abcd-efgh"), "p.desmig")
    assert open_package(by_password, password="abcd-efgh").tables["village"].rows == SMALL["village"]


def test_every_kind_of_bad_file_is_refused_naming_the_file(tmp_path, key_pair):
    identity, recipient = key_pair
    good = pack(FIELDS, small_tables(), RECAP)
    sealed = seal(good, public_key=recipient)

    assert "tidak dapat dibaca" in refusal(tmp_path / "nothing.desmig", key=identity)

    flipped = bytearray(sealed)
    flipped[len(flipped) // 2] ^= 0xFF
    assert "rusak atau terpotong" in refusal(write(tmp_path, bytes(flipped)), key=identity)
    assert "rusak atau terpotong" in refusal(write(tmp_path, sealed[:len(sealed) - 40]), key=identity)
    assert "rusak atau terpotong" in refusal(write(tmp_path, b"not an age file at all"), key=identity)

    other_identity = keys.read_private_key(keys.make_key_pair(tmp_path / "other")[0])
    assert "kunci atau kata sandi lain" in refusal(write(tmp_path, sealed), key=other_identity)
    by_password = write(tmp_path, seal(good, password="right-one"))
    assert "kunci atau kata sandi lain" in refusal(by_password, password="wrong-one")

    def reseal(change) -> Path:  # type: ignore[no-untyped-def]
        return write(tmp_path, seal(rezip(good, change), public_key=recipient))

    def no_manifest(m):  # type: ignore[no-untyped-def]
        return {k: v for k, v in m.items() if k != MANIFEST}
    assert "bukan paket Desmig" in refusal(reseal(no_manifest), key=identity)

    def manifest_edit(**changes):  # type: ignore[no-untyped-def]
        def change(m):  # type: ignore[no-untyped-def]
            manifest = json.loads(m[MANIFEST])
            for k, v in changes.items():
                manifest[k] = v(manifest[k]) if callable(v) else v
            return {**m, MANIFEST: json.dumps(manifest).encode()}
        return change
    message = refusal(reseal(manifest_edit(format=99)), key=identity)
    assert "format 99" in message and "perbarui" in message

    lying = refusal(reseal(manifest_edit(counts=lambda c: {**c, "person": 3})), key=identity)
    assert "tabel person" in lying and "(2)" in lying and "(3)" in lying

    def changed_rows(m):  # type: ignore[no-untyped-def]
        return {**m, "data/person.json": m["data/person.json"].replace(b"p-2", b"p-9")}
    assert "bagian data/person.json" in refusal(reseal(changed_rows), key=identity)

    def dropped(m):  # type: ignore[no-untyped-def]
        return {k: v for k, v in m.items() if k != "data/village.json"}
    assert "data/village.json tidak ada" in refusal(reseal(dropped), key=identity)

    def extra(m):  # type: ignore[no-untyped-def]
        return {**m, "data/secret.json": b"{}"}
    assert "data/secret.json" in refusal(reseal(extra), key=identity)


# ---- write_package on a real demo village ------------------------------------------------------------

def test_write_package_twice_chains_the_packages_and_carries_the_village(tmp_path, village, key_pair):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.district.package import write_package
    from desmig_desktop.district.village_link import sent_packages, set_district_key
    from desmig_desktop.recap.dataset import build_recap
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.registry.services.people import delete_person

    identity, recipient = key_pair
    set_district_key(village, f"{recipient}\n")
    with village.engine.connect() as conn:
        deleted_id = conn.exec_driver_sql("SELECT id FROM person ORDER BY created_at DESC LIMIT 1").scalar()
    delete_person(village, deleted_id)
    before = real_counts(village.engine)
    out = tmp_path / "usb"
    first = write_package(village, out, PILLARS)
    assert first.path == out / "3307092001-2026-11-03.desmig" and first.sequence == 1
    assert first.password is None and first.period.code == "2026-10"  # the last month ended on 2026-11-03
    assert first.sha256 == sha256_hex(first.path.read_bytes()) and first.counts == before

    package = open_package(first.path, key=identity)
    m = package.manifest
    assert (m.village_code, m.village_name, m.kecamatan, m.kabupaten) == ("3307092001", "Kuripan", "Watumalang",
                                                                          "Wonosobo")
    assert (m.sequence, m.previous_sha256, m.period, m.schema_revision) == (1, None, "2026-10", "0011")
    assert m.counts == before and m.counts["sent_package"] == 0  # not its own row
    assert m.created_at.date() == date(2026, 11, 3) and m.created_at.tzinfo is not None

    person = package.tables["person"]
    rows = {row[person.columns.index("id")]: row for row in person.rows}
    assert rows[deleted_id][person.columns.index("deleted_at")] is not None  # tombstones travel
    with village.engine.connect() as conn:
        full = dict(conn.exec_driver_sql("SELECT id, nik FROM person WHERE nik IS NOT NULL").fetchall())
    assert {pid: rows[pid][person.columns.index("nik")] for pid in full} == full  # every NIK whole
    assert all(len(nik) == 16 and "*" not in nik for nik in full.values())

    recap = build_recap(village, parse_period("2026-10"), PILLARS)
    status_rows = [r for r in package.recap if r["indicator"] == "registry.by_status"]
    assert {(r["category"], r["sex"]): r["value"] for r in status_rows} == {
        **{(row.key, "L"): row.male for row in recap.by_status}, **{(row.key, "P"): row.female for row in recap.by_status}}

    second = write_package(village, out, PILLARS)
    assert second.path.name == "3307092001-2026-11-03-2.desmig" and second.sequence == 2
    m2 = open_package(second.path, key=identity).manifest
    assert m2.sequence == 2 and m2.previous_sha256 == sha256_hex(first.path.read_bytes())
    assert m2.counts["sent_package"] == 1
    assert [(r.sequence, r.file_name) for r in sent_packages(village)] == [
        (2, second.path.name), (1, first.path.name)]
