"""The district recap (issue 10): two villages' rows merged into one district database (SQLite and PostgreSQL, the
same assertions); each village's scoped recap equals its own recap on its own file, the kabupaten's figures are
the sums of the villages' own recaps, and the workbook, the PDF and the long-format CSV say so when read back."""

from __future__ import annotations

import csv
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from desmig_desktop.app import PILLARS
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import parse_period
from desmig_desktop.district.database import add_village, init_district
from desmig_desktop.district.merge import merge_connection, merge_tables
from desmig_desktop.district.models import DistrictPackage
from desmig_desktop.district.package import snapshot
from desmig_desktop.district.recap import build_district_recap
from desmig_desktop.district.recap_csv import HEADER, write_district_csv
from desmig_desktop.district.recap_pdf import write_district_pdf
from desmig_desktop.district.recap_xlsx import write_district_xlsx
from desmig_desktop.recap.columns import registry_columns
from desmig_desktop.recap.dataset import build_recap
from tests.conftest import TODAY, demo_copy

OCTOBER = parse_period("2026-10")
KURIPAN, GONDANG, BOWONGSO = "3307092001", "3307092002", "3307092003"  # Bowongso never sends a package
UUID = "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*"


def make_second_village(path: Path) -> None:
    """A demo copy made into another village by SQL: every UUID value changed (its first character becomes 'z':
    keys and references stay consistent), the code, name and kecamatan, and every NIK (no shared person)."""
    con = sqlite3.connect(path)
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for trigger, _sql in triggers:  # the write-once guards of the ledger and the audit trail
        con.execute(f'DROP TRIGGER "{trigger}"')
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
    for table in tables:
        for column in [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]:
            con.execute(f'UPDATE "{table}" SET "{column}" = \'z\' || substr("{column}", 2) WHERE '
                        f'typeof("{column}") = \'text\' AND length("{column}") = 36 AND "{column}" GLOB \'{UUID}\'')
    con.execute("UPDATE village SET code = ?, name = 'Gondang', kecamatan = 'Kertek'", (GONDANG,))
    con.execute("UPDATE person SET nik = '9' || substr(nik, 2) WHERE nik IS NOT NULL")
    for _trigger, sql in triggers:
        con.execute(sql)
    con.commit()
    con.close()


def _open(path: Path) -> ServiceContext:
    ctx = ServiceContext.open(path, officer="Petugas Demo", create=False)
    ctx.today_override = TODAY
    return ctx


@pytest.fixture(scope="module")
def villages(demo_file, tmp_path_factory):  # type: ignore[no-untyped-def]
    """code -> (village file, its own October recap on that file)."""
    folder = tmp_path_factory.mktemp("villages")
    kuripan = demo_copy(demo_file, folder / "kuripan.db")
    gondang = demo_copy(demo_file, folder / "gondang.db")
    make_second_village(gondang)
    out = {}
    for code, path in ((KURIPAN, kuripan), (GONDANG, gondang)):
        ctx = _open(path)
        out[code] = (path, build_recap(ctx, OCTOBER, PILLARS))
        ctx.close()
    return out


def _district_url(kind: str, folder: Path, request) -> str:  # type: ignore[no-untyped-def]
    if kind == "sqlite":
        return f"sqlite:///{folder / 'district.db'}"
    import psycopg

    server = request.getfixturevalue("postgres_server")
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "t_recap_district"')
        conn.execute('CREATE DATABASE "t_recap_district"')
    return server.database_url("t_recap_district")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def district(request, villages, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The district database (Kabupaten Wonosobo: Kuripan and Bowongso in Watumalang, Gondang in Kertek), the two
    villages' rows merged and their October packages on record; its October recap."""
    folder = tmp_path_factory.mktemp(f"district-{request.param}")
    engine = init_district(_district_url(request.param, folder, request), "Wonosobo")
    add_village(engine, KURIPAN, "Kuripan", "Watumalang")
    add_village(engine, GONDANG, "Gondang", "Kertek")
    add_village(engine, BOWONGSO, "Bowongso", "Watumalang")
    for code, (path, _own) in villages.items():
        source = _open(path)
        with merge_connection(engine) as conn, conn.begin():  # as the intake merges a package
            merge_tables(conn, snapshot(source.engine))
            conn.execute(insert(DistrictPackage).values(file_name=f"{code}.desmig", village_code=code, sequence=1,
                                                        period=OCTOBER.code, status="merged"))
        source.close()
    recap = build_district_recap(engine, OCTOBER, PILLARS, today=TODAY)
    yield recap, folder
    engine.dispose()


def test_each_village_recap_at_the_district_is_its_own_recap(district, villages):
    recap, _folder = district
    assert [(v.code, v.name, v.kecamatan, v.reported) for v in recap.villages] == [
        (GONDANG, "Gondang", "Kertek", True), (KURIPAN, "Kuripan", "Watumalang", True)]
    for v in recap.villages:
        own = villages[v.code][1]
        assert v.data.by_status == own.by_status and v.data.registered == own.registered
        assert v.data.flows == own.flows and v.data.lost_contact == own.lost_contact
        assert v.data.sections == own.sections and v.data.register == own.register
    assert recap.missing == (BOWONGSO,) and recap.missing_villages[0].has_data is False
    assert recap.kabupaten == "Wonosobo"


def _sum(villages, pick):  # type: ignore[no-untyped-def]
    return sum(pick(own) for _path, own in villages.values())


def test_kabupaten_totals_are_the_sums_of_the_villages_own_recaps(district, villages):
    recap, _folder = district
    total = recap.kabupaten_total()
    at = recap.column_index
    assert total.villages == 2
    assert total.values[at("registry.by_status", "aktif", "P")] == _sum(villages, lambda d: d.by_status[1].female)
    assert total.values[at("registry.registered", "", "L")] == _sum(villages, lambda d: d.registered.male)
    assert total.values[at("registry.flows", "departed", "P")] == _sum(villages, lambda d: d.flows[1].female)
    assert total.values[at("registry.lost_contact")] == _sum(villages, lambda d: d.lost_contact)
    groups = _sum(villages, lambda d: len(d.section("production").rows))
    sales = _sum(villages, lambda d: sum(r.sales_total for r in d.section("production").rows))
    balance = _sum(villages, lambda d: sum(f.summary.savings_total for f in d.section("savings").funds))
    par30 = _sum(villages, lambda d: sum(f.summary.par30_principal for f in d.section("savings").funds))
    assert (total.values[at("production.groups")], total.values[at("production.sales_total")]) == (groups, sales)
    assert (total.values[at("savings.savings_balance")], total.values[at("savings.par30_principal")]) == (balance, par30)
    assert groups == 8 and sales > 0 and balance > 0
    # every registry column of the kabupaten is the sum of the villages' own figures
    own = [registry_columns(d) for _p, d in villages.values()]
    assert [f.value for f in registry_columns(None)] == [0] * len(own[0])
    assert list(total.values[:len(own[0])]) == [a.value + b.value for a, b in zip(*own)]
    kecamatan = {t.kecamatan: t for t in recap.totals()[:-1]}
    assert set(kecamatan) == {"Kertek", "Watumalang"} and kecamatan["Kertek"].villages == 1
    assert kecamatan["Kertek"].values == next(v.values for v in recap.villages if v.code == GONDANG)


def test_the_workbook_has_a_row_per_village_the_totals_and_the_missing_village(district):
    recap, folder = district
    path = write_district_xlsx(recap, folder / "rekap.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Ringkasan kabupaten", "Per kecamatan", "Per desa", "Desa belum lapor"]
    rows = list(wb["Per desa"].iter_rows(values_only=True))
    header = rows[0]
    aktif = header.index("PMI aktif P")
    sales = header.index("Penjualan (Rp)")
    by_code = {r[2]: r for r in rows[1:] if r[2]}
    assert set(by_code) == {KURIPAN, GONDANG}
    for v in recap.villages:
        assert by_code[v.code][3] == v.name
        assert by_code[v.code][aktif] == v.values[recap.column_index("registry.by_status", "aktif", "P")]
    total = rows[-1]
    assert total[1] == "Kabupaten Wonosobo"
    assert total[aktif] == sum(by_code[c][aktif] for c in by_code) and total[sales] == sum(by_code[c][sales] for c in by_code)
    kec = {r[1]: r for r in wb["Per kecamatan"].iter_rows(min_row=2, values_only=True)}
    assert kec["Kertek"][2] == 1 and kec["Kabupaten Wonosobo"][2] == 2
    summary = [r for r in wb["Ringkasan kabupaten"].iter_rows(values_only=True) if r[2] == "PMI aktif"]
    assert summary[0][5] == total[aktif] + total[aktif - 1]  # L + P
    missing = list(wb["Desa belum lapor"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2]) for r in missing] == [(BOWONGSO, "Bowongso")]
    cells = [c for ws in wb for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert not any(c.startswith("=") for c in cells)
    assert not any(re.fullmatch(r"\d{16}", c) for c in cells)  # no NIK or No. KK anywhere


def test_the_pdf_names_the_kabupaten_the_villages_and_the_charts(district):
    recap, folder = district
    path = write_district_pdf(recap, folder / "rekap.pdf")
    assert path.stat().st_size > 10_000
    if shutil.which("pdftotext") is None:
        assert path.read_bytes().startswith(b"%PDF")
        return
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "REKAP DESMIGRATIF KABUPATEN WONOSOBO — OKTOBER 2026" in text
    for words in ("Ringkasan kabupaten", "Angka utama per desa", "Gondang", "Kuripan", "Bowongso", "Desa belum lapor",
                  "Halaman 1 dari"):
        assert words in text
    aktif = recap.kabupaten_total().values
    assert f"{aktif[recap.column_index('registry.registered', '', 'L')] + aktif[recap.column_index('registry.registered', '', 'P')]:,}".replace(",", ".") in text


def test_the_csv_is_long_format_codes_with_kecamatan_and_village(district):
    recap, folder = district
    path = write_district_csv(recap, folder / "rekap.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADER
    body = [dict(zip(HEADER, r)) for r in rows[1:]]
    assert len(body) == 2 * len(recap.columns())
    aktif = {r["village_code"]: int(r["value"]) for r in body
             if (r["indicator"], r["category"], r["sex"]) == ("registry.by_status", "aktif", "P")}
    assert aktif == {v.code: v.data.by_status[1].female for v in recap.villages}
    assert {(r["kecamatan"], r["village_code"]) for r in body} == {("Kertek", GONDANG), ("Watumalang", KURIPAN)}
    assert {r["period"] for r in body} == {"2026-10"}
