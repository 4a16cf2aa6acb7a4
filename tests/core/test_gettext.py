"""The English gettext catalogue: it covers every text made outside Qt, and English output is English."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po
from openpyxl import load_workbook

from desmig_desktop.app import cli_main as main
from desmig_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "desmig.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2)}  # as in the `pybabel extract` command of core/i18n.py
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\(?[a-z_]*\)?[sdr]")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("id")


def _catalogue():  # type: ignore[no-untyped-def]
    with PO.open("rb") as fh:
        return {m.id: m for m in read_po(fh, locale="en") if m.id}


def _translated(message) -> bool:  # type: ignore[no-untyped-def]
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings) and not message.fuzzy


def test_every_text_in_the_code_has_its_english():
    """A new _() / n_() text needs its English: the commands are in the docstring of desmig_desktop/core/i18n.py."""
    found = {item[2] for item in extract_from_dir(str(ROOT / "desmig_desktop"),
                                                            method_map=[("**.py", "python")],
                                                            keywords=KEYWORDS)}
    catalogue = {m.id: m for m in _catalogue().values()}
    missing = sorted(map(str, (m for m in found if m not in catalogue or not _translated(catalogue[m]))))
    assert missing == []
    assert len(found) > 400
    assert any(isinstance(m, tuple) for m in found), "the n_ keyword finds the plural texts"


def test_placeholders_survive_translation():
    def pairs(m):  # type: ignore[no-untyped-def]  # (source, translation): a plural's forms against its plural id
        if isinstance(m.id, tuple):
            return [(m.id[min(i, 1)], text) for i, text in enumerate(m.string)]
        return [(m.id, m.string)]

    wrong = [m.id for m in _catalogue().values() for source, text in pairs(m)
             if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert wrong == []


def _messages(catalog) -> dict[object, object]:  # type: ignore[no-untyped-def]
    """{id: translation}; a plural's id and forms as tuples."""
    def frozen(value):  # type: ignore[no-untyped-def]
        return tuple(value) if isinstance(value, (list, tuple)) else value

    return {frozen(m.id): frozen(m.string) for m in catalog if m.id}


def test_the_committed_mo_is_up_to_date_with_the_po():
    """The app reads the compiled desmig.mo: after editing desmig.po run
    `.venv/bin/pybabel compile -d resources/locale -D desmig -l en` and commit both."""
    with PO.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    compiled = BytesIO()
    write_mo(compiled, catalog)  # as `pybabel compile` does: fuzzy and untranslated entries are left out
    compiled.seek(0)
    with MO.open("rb") as fh:
        committed = read_mo(fh)
    assert _messages(committed) == _messages(read_mo(compiled)), \
        "run .venv/bin/pybabel compile -d resources/locale -D desmig -l en"
    assert committed.plural_forms == "nplurals=2; plural=(n != 1);"


def test_plural_forms_in_english_one_form_in_indonesian(english):
    text = "{n} kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor ulang."
    assert i18n.n_(text, text, 1).format(n=1) == "1 error; no data was saved. Correct the file, then import it again."
    assert i18n.n_(text, text, 2).format(n=2) == "2 errors; no data was saved. Correct the file, then import it again."
    assert i18n._("Ya") == "Yes"
    i18n.set_language("id")
    assert i18n.n_(text, text, 1).format(n=1) == "1 kesalahan; tidak ada data yang disimpan. Perbaiki berkas lalu impor ulang."
    assert i18n._("Ya") == "Ya"


def test_the_cli_explains_a_bad_import_in_english(tmp_path, capsys, english):
    db = str(tmp_path / "desa.db")
    assert main(["--lang", "en", "--db", db, "init", "--village-code", "3307092001", "--village-name", "Kuripan",
                 "--dusun", "Krajan"]) == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT\n"
                   "33070952;3307091201150003;Sularmi;P;12/05/1990;Istri;Krajan;1;2\n", encoding="utf-8")
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
