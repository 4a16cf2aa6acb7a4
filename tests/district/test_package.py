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

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.engine import SCHEMA_HEAD
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.district import keys
from desmig_desktop.district.merge import merged_tables
from desmig_desktop.district.package import (
    FORMAT_VERSION,
    MANIFEST,
    RECAP_HEADER,
    Package,
    open_package,
    pack,
    seal,
    sha256_hex,
    snapshot,
)
from tests.conftest import demo_copy

FIELDS = {"village_id": "v-1", "village_code": "3307092001", "village_name": "Kuripan", "kecamatan": "Watumalang",
          "kabupaten": "Wonosobo", "provinsi": "Jawa Tengah", "schema_revision": SCHEMA_HEAD, "app_version": "0.1.0",
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


@pytest.fixture(scope="module")
def password_sealed() -> bytes:
    """The small package sealed with the password "right-one", once for the module: age's scrypt costs 1-3 s per
    seal and per open, so the round trip and the wrong-password refusal share this one seal."""
    return seal(pack(FIELDS, small_tables(), RECAP), password="right-one")


def real_counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Rows per carried table; of the audit trail, the entries of the tables carried (a private table's stay)."""
    carried = [t.name for t in merged_tables()]
    with engine.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in merged_tables()}
        counts["audit_log"] = conn.execute(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.table_name.in_(carried))).scalar_one()
    return counts


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


def test_pack_seal_open_round_trip_with_key_and_password(tmp_path, key_pair, password_sealed):
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

    by_password = write(tmp_path, password_sealed, "p.desmig")  # seal(zip_bytes, password="right-one")
    assert open_package(by_password, password="right-one").tables["village"].rows == SMALL["village"]


def test_every_kind_of_bad_file_is_refused_naming_the_file(tmp_path, key_pair, password_sealed):
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
    by_password = write(tmp_path, password_sealed)  # seal(good, password="right-one")
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
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.package import write_package
    from desmig_desktop.district.village_link import sent_packages, set_district_key
    from desmig_desktop.recap.dataset import build_recap
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
    assert (m.sequence, m.previous_sha256, m.period, m.schema_revision) == (1, None, "2026-10", SCHEMA_HEAD)
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


def test_without_a_district_key_the_package_is_sealed_with_a_password_shown_once(tmp_path, village, caplog):
    import logging
    import re

    from desmig_desktop.app import PILLARS
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.package import write_package

    caplog.set_level(logging.DEBUG)
    sent = write_package(village, tmp_path, PILLARS, parse_period("2026-Q3"))
    assert re.fullmatch(r"([a-z2-9]{4}-){5}[a-z2-9]{4}", sent.password)
    assert sent.password not in caplog.text
    package = open_package(sent.path, password=sent.password)
    assert package.manifest.period == "2026-Q3" and {r["period"] for r in package.recap} == {"2026-Q3"}

    chosen = write_package(village, tmp_path, PILLARS, password="kata-sandi-kami")
    assert chosen.password is None and chosen.sequence == 2  # the officer knows it: nothing to show
    assert open_package(chosen.path, password="kata-sandi-kami").manifest.period == "2026-10"


def test_a_failed_write_leaves_no_file_and_no_row(tmp_path, village, key_pair):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.district import package_write
    from desmig_desktop.district.village_link import sent_packages, set_district_key

    set_district_key(village, str(key_pair[1]))  # a key, not a password: scrypt costs seconds per package

    from sqlalchemy import event

    from desmig_desktop.registry.models import SentPackage as Record

    def refused(*_args):  # type: ignore[no-untyped-def]
        raise RuntimeError("database is locked")  # the INSERT of the sent_package row fails, after the file
    event.listen(Record, "before_insert", refused)
    try:
        with pytest.raises(RuntimeError):
            package_write.write_package(village, tmp_path / "out", PILLARS)
    finally:
        event.remove(Record, "before_insert", refused)
    assert list((tmp_path / "out").iterdir()) == []

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    with pytest.raises(OSError):
        package_write.write_package(village, blocked, PILLARS)
    assert sent_packages(village) == []
    assert package_write.write_package(village, tmp_path / "out", PILLARS).sequence == 1


def test_default_period_is_the_last_month_ended():
    from desmig_desktop.district.package import default_period

    assert default_period(date(2026, 11, 3)).code == "2026-10"
    assert default_period(date(2026, 1, 31)).code == "2025-12"
    assert default_period(date(2026, 3, 1)).code == "2026-02"


# ---- recap.csv ------------------------------------------------------------------------------------------

def test_recap_facts_are_codes_identical_in_any_language(village):
    from desmig_desktop.app import PILLARS
    from desmig_desktop.core import i18n
    from desmig_desktop.core.periods import parse_period
    from desmig_desktop.district.package import recap_csv, recap_facts
    from desmig_desktop.recap.dataset import build_recap

    period = parse_period("2026-10")
    indonesian = recap_facts(build_recap(village, period, PILLARS))
    i18n.set_language("en")
    try:
        english = recap_facts(build_recap(village, period, PILLARS))
    finally:
        i18n.set_language("id")
    assert english == indonesian
    assert all(set(r) == set(RECAP_HEADER) and isinstance(r["value"], int) for r in indonesian)
    assert {r["village_code"] for r in indonesian} == {"3307092001"} and {r["period"] for r in indonesian} == {"2026-10"}
    indicators = {r["indicator"] for r in indonesian}
    assert {"registry.by_status", "registry.flows", "registry.registered", "registry.lost_contact",
            "registry.nik_missing", "production.rows.active_members", "savings.funds.summary.cash"} <= indicators
    flows = {(r["category"], r["sex"]) for r in indonesian if r["indicator"] == "registry.flows"}
    assert flows == {(k, s) for k in ("registered", "departed", "returned") for s in "LP"}
    assert recap_csv(indonesian).decode().splitlines()[0] == "village_code,period,indicator,category,sex,value"


def test_section_dataclasses_flatten_generically():
    from dataclasses import dataclass

    from desmig_desktop.district.package_recap import _flatten

    @dataclass(frozen=True)
    class Bucket:
        bucket: str
        loans: int

    @dataclass(frozen=True)
    class Fund:
        id: str
        members: int
        savings: dict
        aging: tuple

    @dataclass(frozen=True)
    class Group:
        name: str
        by_channel: tuple
        share: float

    @dataclass(frozen=True)
    class Plain:
        when: date
        count: int

    @dataclass(frozen=True)
    class Section:
        total: int
        funds: tuple
        groups: tuple
        plain: tuple

    section = Section(7, (Fund("f-1", 3, {"pokok": 100}, (Bucket("lancar", 2),)),),
                      (Group("Salak", (("whatsapp", 5),), 0.5),), (Plain(date(2026, 1, 1), 4),))
    assert list(_flatten(section, "x", "")) == [
        ("x.total", "", 7), ("x.funds.members", "f-1", 3), ("x.funds.savings.pokok", "f-1", 100),
        ("x.funds.aging.loans", "f-1/lancar", 2), ("x.groups.by_channel.whatsapp", "Salak", 5),
        ("x.plain.count", "0", 4)]
