"""The English gettext catalogue: it covers every text made outside Qt, and English output is English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from openpyxl import load_workbook

from desmig_desktop.app import cli_main as main
from desmig_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "desmig.po"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\(?[a-z_]*\)?[sdr]")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def _catalogue():  # type: ignore[no-untyped-def]
    with PO.open("rb") as fh:
        return {m.id: m for m in read_po(fh, locale="en") if m.id}


def test_every_text_in_the_code_has_its_english():
    """A new _() text needs its English: `pybabel extract -k _ -k N_ --no-location --sort-output -o /tmp/d.pot
    desmig_desktop && pybabel update -i /tmp/d.pot -d resources/locale -D desmig -l en --ignore-obsolete`."""
    found = {item[2] for item in extract_from_dir(str(ROOT / "desmig_desktop"),
                                                            method_map=[("**.py", "python")],
                                                            keywords={"_": None, "N_": None})}
    catalogue = _catalogue()
    missing = sorted(m for m in found if m not in catalogue or not catalogue[m].string or catalogue[m].fuzzy)
    assert missing == []
    assert len(found) > 400


def test_placeholders_survive_translation():
    wrong = [m.id for m in _catalogue().values()
             if sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))]
    assert wrong == []


def test_the_cli_explains_a_bad_import_in_english(tmp_path, capsys, english):
    db = str(tmp_path / "desa.db")
    assert main(["--lang", "en", "--db", db, "init", "--village-code", "3307092001", "--village-name", "Kuripan",
                 "--dusun", "Krajan"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT\n"
                   "33070952;3307091201150003;Sulastri;P;12/05/1990;Istri;Krajan;1;2\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db, "import", "persons", str(bad)]) == 3
    err = capsys.readouterr().err
    assert "row 2, column NIK: NIK must be 16 digits" in err
    assert "baris" not in err and "kolom" not in err


def test_the_recap_workbook_speaks_english(tmp_path, english):
    db, out = str(tmp_path / "desa.db"), tmp_path / "recap.xlsx"
    assert main(["--lang", "en", "--db", db, "init", "--village-code", "3307092001", "--village-name", "Kuripan",
                 "--dusun", "Krajan"]) == 0
    assert main(["--lang", "en", "--db", db, "export", "recap", "--period", "2026", "--format", "xlsx",
                 "--out", str(out)]) == 0
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames[0] == "Summary"
    cells = [c for row in wb["Summary"].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "1. Residents by status and sex" in cells and "Active PMI" in cells and "Returned PMI" in cells
    assert "Kuripan Village" in cells
    assert "PMI aktif" not in cells


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_argparse_speaks_the_chosen_language(capsys):
    assert _exit_code(["export", "recap", "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert "argumen berikut wajib diisi: --period, --out" in err and "cara pakai:" in err
    try:
        assert _exit_code(["--lang", "en", "export", "recap", "--format", "pdf"]) == 2
    finally:
        i18n.set_language("id")
    assert "the following arguments are required: --period, --out" in capsys.readouterr().err
