"""CSV registers with `,`, `;` or tab between the columns read back cell for cell (csv.Sniffer guesses which)."""

from __future__ import annotations

import csv

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desmig_desktop.registry.exchange.tabular import read_table, sniff_delimiter

HEADER = ["NIK", "No KK", "Nama", "Jenis Kelamin (L/P)", "Tanggal Lahir", "Dusun", "RW", "RT", "Pekerjaan"]
ROWS = [
    ["3307095205900001", "3307091201150003", "Sularmi", "P", "12/05/1990", "Krajan", "1", "2", "Petani"],
    ["3307091003850002", "3307091201150003", "Sri Hartini, S.Pd.", "P", "10/03/1985", "Krajan", "1", "2", "Guru; honorer"],
    ["3307091508800003", "3307091201150004", "Ahmad \"Mamad\" Yusuf", "L", "15/08/1980", "Sigaluh", "3", "4", "PMI, Malaysia"],
    ["3307092202950004", "3307091201150004", "Wahyu\tPratama", "L", "22/02/1995", "Sigaluh", "3", "4", ""],
]


def write(path, rows, delimiter: str, bom: bool = False) -> None:  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        csv.writer(fh, delimiter=delimiter, lineterminator="\r\n").writerows(rows)


def cells(path) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [list(c) for _n, c in read_table(path).rows]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_a_register_reads_back_whatever_its_delimiter(tmp_path, delimiter):
    """Names and jobs holding the other delimiters (and quotes, and the delimiter itself, quoted) stay whole."""
    path = tmp_path / "penduduk.csv"
    write(path, [HEADER, *ROWS], delimiter, bom=delimiter == ";")
    assert cells(path) == [HEADER, *ROWS]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_a_comma_in_every_name_does_not_fool_the_sniffer(tmp_path, delimiter):
    rows = [[f"33070952059000{i:02d}", f"Warga {i}, S.Pd.", "P", "Krajan; RT 1"] for i in range(1, 40)]
    path = tmp_path / "gelar.csv"
    write(path, [["NIK", "Nama", "L/P", "Dusun"], *rows], delimiter)
    assert cells(path) == [["NIK", "Nama", "L/P", "Dusun"], *rows]


def test_one_column_blank_lines_and_a_title_line(tmp_path):
    one = tmp_path / "nik.csv"
    one.write_text("NIK\r\n3307095205900001\r\n\r\n3307091003850002\r\n", encoding="utf-8")
    assert [n for n, _c in read_table(one).rows] == [1, 2, 4]
    assert cells(one) == [["NIK"], ["3307095205900001"], ["3307091003850002"]]
    titled = tmp_path / "judul.csv"
    titled.write_text("DATA PENDUDUK DESA KURIPAN\n\nNIK;Nama;RT\n3307095205900001;Sularmi;2\n", encoding="utf-8")
    assert cells(titled) == [["DATA PENDUDUK DESA KURIPAN"], ["NIK", "Nama", "RT"], ["3307095205900001", "Sularmi", "2"]]


def test_sniffing_the_first_lines():
    assert sniff_delimiter("NIK;No KK;Nama") == ";"
    assert sniff_delimiter('NIK,"No; KK",Nama') == ","
    assert sniff_delimiter("NIK\tNo KK\tNama") == "\t"
    assert sniff_delimiter("NIK") == "," and sniff_delimiter("") == ","
    assert sniff_delimiter("NIK;Nama\n1;Sri, S.Pd.\n2;Ani") == ";"


# Cells with the three delimiters, spaces and dots anywhere. Not quote characters: csv.Sniffer takes text between
# two quotes next to a delimiter for a quoted field (the fixed registers above hold quotes inside names).
TEXT = st.text(alphabet="abcXYZ 01.,;\t-/", max_size=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(delimiter=st.sampled_from([",", ";", "\t"]), width=st.integers(3, 10), data=st.data())
def test_any_register_reads_back(tmp_path, delimiter, width, data):
    """A header and rows that start with a NIK, any cell text after it (the other delimiters included): what
    csv.writer wrote, read_table reads."""
    header = [f"Kolom {i}" for i in range(width)]
    nik = st.from_regex(r"33[0-9]{14}", fullmatch=True)
    rows = data.draw(st.lists(st.tuples(nik, st.lists(TEXT, min_size=width - 1, max_size=width - 1))
                              .map(lambda r: [r[0], *r[1]]), max_size=15))
    path = tmp_path / f"acak-{ord(delimiter)}.csv"
    write(path, [header, *rows], delimiter)
    assert cells(path) == [header, *rows]
