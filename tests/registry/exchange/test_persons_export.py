"""Exporting the person list: same headers as the import, masked numbers, no formulas, re-importable."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import load_workbook

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.registry.exchange.persons_export import HEADERS, export_persons
from desmig_desktop.registry.exchange.persons_import import import_persons
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput
from desmig_desktop.registry.services.search import PersonQuery, list_persons
from desmig_desktop.registry.services.village import init_village

FORMULA_NAME = '=HYPERLINK("http://x","klik")'


@pytest.fixture
def registered(ctx, village, files):
    rows = files.good_rows()
    rows[6][10] = "+6281234567890"  # neutralised in the CSV export, read back as typed
    result = import_persons(ctx, files.csv(rows))
    assert result.written, result.errors
    return ctx


def people(ctx) -> set[tuple]:
    """Everything a person carries that the register file holds."""
    out = set()
    for row in list_persons(ctx, PersonQuery(include_gone=True), limit=1000):
        p = registry.get_person(ctx, row.id)
        pl = tuple((x.stage, x.country, x.sector, x.job, x.route, x.departed_on, x.returned_on) for x in p.placements)
        out.add((p.nik, p.no_kk, p.name, p.sex, p.birth_place, p.birth_date, p.relationship_to_head, row.dusun, row.rw,
                 row.rt, p.phone, p.status, pl))
    return out


def read_xlsx(path) -> list[list[object]]:  # type: ignore[no-untyped-def]
    ws = load_workbook(path).worksheets[0]
    return [list(r) for r in ws.iter_rows(values_only=True)]


def read_csv(path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_then_reimport_into_a_fresh_village_gives_the_same_people(registered, tmp_path, fmt):
    out = tmp_path / f"penduduk.{fmt}"
    assert export_persons(registered, out, fmt, include_nik=True) == 7
    second = ServiceContext.open(tmp_path / "desa-kedua.db", officer="Petugas Kedua")
    second.today_override = registered.today_override
    try:
        init_village(second, "3307092001", "Kuripan", "Watumalang", "Wonosobo", "Jawa Tengah")
        result = import_persons(second, out)
        assert (result.errors, result.warnings) == ((), ())
        assert (result.persons_created, result.households_created, result.placements_created) == (7, 3, 3)
        assert people(second) == people(registered)
    finally:
        second.close()


def test_xlsx_export_has_the_import_headers_status_and_masked_numbers(registered, files, tmp_path):
    out = tmp_path / "penduduk.xlsx"
    assert export_persons(registered, out) == 7
    rows = read_xlsx(out)
    assert rows[0] == [*files.HEADER, "Status"] == list(HEADERS)
    by_name = {r[2]: dict(zip(HEADERS, r)) for r in rows[1:]}
    sularmi = by_name["Sularmi"]
    assert sularmi["NIK"] == "3307**********02" and sularmi["No KK"] == "3307**********03"
    assert sularmi["Status PMI"] == "aktif" and sularmi["Status"] == "PMI aktif"
    assert sularmi["Hubungan Keluarga"] == "Istri" and sularmi["Jalur"] == "prosedural"
    assert sularmi["Tanggal Berangkat"].date() == date(2024, 3, 1)  # a real date cell
    assert by_name["Slamet Riyadi"]["Status"] == "Keluarga PMI" and by_name["Slamet Riyadi"]["No HP"] == "081227345611"
    assert (by_name["Paiman"]["RW"], by_name["Paiman"]["RT"]) == (2, 3)
    every_cell = " ".join(str(c) for r in rows for c in r)
    assert all(n not in every_cell for n in (files.KK1, files.KK2, files.good_rows()[0][0]))


def test_csv_export_is_utf8_with_bom_comma_separated_and_masked(registered, files, tmp_path):
    out = tmp_path / "penduduk.csv"
    assert export_persons(registered, out, "csv", query=PersonQuery(status="aktif")) == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbfNIK,No KK,Nama,")
    header, row = read_csv(out)
    values = dict(zip(header, row))
    assert values["Nama"] == "Sularmi" and values["NIK"] == "3307**********02"
    assert values["Tanggal Lahir"] == "14/02/1985" and values["Tanggal Berangkat"] == "01/03/2024"


def test_formulas_are_neutralised(ctx, village, tmp_path):
    registry.register_person(ctx, PersonInput(nik="3307090101900001", name=FORMULA_NAME, sex="L",
                                              birth_date=date(1990, 1, 1), phone="+6281234567890", birth_place="@Wonosobo"))
    xlsx, csv_out = tmp_path / "p.xlsx", tmp_path / "p.csv"
    export_persons(ctx, xlsx)
    ws = load_workbook(xlsx).worksheets[0]
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None}
    assert FORMULA_NAME in cells and cells[FORMULA_NAME].data_type == "s"
    assert cells[FORMULA_NAME].quotePrefix and cells["+6281234567890"].quotePrefix
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    export_persons(ctx, csv_out, "csv")
    header, row = read_csv(csv_out)
    values = dict(zip(header, row))
    assert values["Nama"] == "'" + FORMULA_NAME
    assert values["No HP"] == "'+6281234567890" and values["Tempat Lahir"] == "'@Wonosobo"


def test_export_replaces_the_file_atomically_and_refuses_unknown_formats(registered, tmp_path):
    out = tmp_path / "penduduk.xlsx"
    out.write_text("versi lama")
    export_persons(registered, out)
    assert read_xlsx(out)[0][0] == "NIK"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".ekspor-")) == []
    with pytest.raises(ValidationError) as err:
        export_persons(registered, tmp_path / "p.pdf", "pdf")
    assert "xlsx atau csv" in str(err.value)
    with pytest.raises(ValidationError):
        export_persons(registered, tmp_path / "tidak-ada" / "p.csv", "csv")
