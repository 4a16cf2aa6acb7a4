"""Every JSON output of `desmig` is the same with `--lang id` and `--lang en`: codes and data, never words.

The demo village is made once for the module (`desmig --db X demo`); each JSON command runs in both languages
and the parsed outputs are compared. An import problem's `message` is the one value meant for a person: it is
left out of the comparison (and checked to be in each language). A test also finds every command that has a
`--json` option, so a new one cannot skip this comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json

import pytest

from desmig_desktop.app import PILLARS
from desmig_desktop.app import cli_main as main
from desmig_desktop.cli import build_parser
from tests.conftest import demo_copy


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file) -> dict[str, str]:
    """The demo village's file, and register files to import into it (nothing is written: --dry-run)."""
    folder = tmp_path_factory.mktemp("demo")
    db = str(demo_copy(demo_file, folder / "demo.db"))
    code, out = run("--db", db, "persons", "list", "--json", "--include-nik", "--status", "aktif", "--limit", "1")
    known = json.loads(out)["persons"][0]
    header = "NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT;Status PMI;Negara Tujuan;Catatan\n"
    bad = folder / "salah.csv"
    bad.write_text(header + "".join((
        "33070952;3307091201150903;Nik Pendek;P;12/05/1990;Istri;Krajan;1;2;aktif;Hong Kong;x\n",
        "3307095205900903;3307091201150903;Sularmi;P;31/02/1990;Istri;Krajan;1;2;aktif;Hong Kong;\n",
        "3307091205850901;3307091201150913;Slamet;L;12-05-1985;Kepala Keluarga;Atlantis;1;2;;Malaysia;\n",
        "3307091205850901;3307091201150913;Slamet Lagi;L;12-05-1985;Anak;Krajan;1;2;;;\n",
        f"{known['nik']};{known['no_kk']};{known['name']};{known['sex']};01/01/1990;Anak;Krajan;1;2;;;\n",
    )), encoding="utf-8")
    good = folder / "benar.csv"
    good.write_text(header + f"3307095205900903;{known['no_kk']};Sularmi;P;12/05/1990;Anak;;9;9;calon;;\n",
                    encoding="utf-8")
    empty = folder / "kosong.csv"
    empty.write_text(header, encoding="utf-8")
    no_name = folder / "tanpa-nama.csv"
    no_name.write_text("NIK;No KK;Jenis Kelamin (L/P);Tanggal Lahir\n3307095205900903;3307091201150903;P;12/05/1990\n",
                       encoding="utf-8")
    return {"db": db, "bad": str(bad), "good": str(good), "empty": str(empty), "no_name": str(no_name)}


# Each command that prints JSON, with the arguments it is compared under (`{x}` is a file of the fixture).
JSON_COMMANDS: dict[tuple[str, ...], list[list[str]]] = {
    ("village", "show"): [["--json"]],
    ("persons", "list"): [["--json"], ["--json", "--status", "aktif", "--sex", "P", "--limit", "5"],
                          ["--json", "--search", "Sri", "--include-nik", "--all"]],
    ("groups", "list"): [["--json"], ["--json", "--period", "2017"], ["--json", "--period", "2026-Q4"],
                         ["--json", "--status", "berhenti"]],
    ("import", "persons"): [["{bad}", "--json", "--dry-run"], ["{good}", "--json", "--dry-run"],
                            ["{empty}", "--json", "--dry-run"], ["{no_name}", "--json", "--dry-run"]],
    ("loans", "list"): [["--json"], ["--json", "--overdue"], ["--json", "--as-of", "2025-12-31"]],
    ("funds", "show"): [["--json"], ["--json", "--as-of", "31/12/2025"]],
    ("complaints", "list"): [["--json"], ["--json", "--status", "dirujuk"], ["--json", "--as-of", "2026-06-30"]],
    ("ak1", "due"): [["--json"], ["--json", "--days", "90"]],
    ("calon", "at-risk"): [["--json"], ["--json", "--as-of", "2026-11-01"]],
}
# The district's commands read a district database, not a village: tests/district/test_cli_district.py runs each
# of them in both languages and compares the JSON the same way.
DISTRICT_JSON_COMMANDS = {("district", "villages", "list"), ("district", "merge"), ("district", "status"),
                          ("district", "conflicts")}
CASES = [(command, args) for command, variants in JSON_COMMANDS.items() for args in variants]


def _without_messages(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_messages(v) for k, v in value.items() if k != "message"}
    if isinstance(value, list):
        return [_without_messages(v) for v in value]
    return value


def _messages(value: object) -> list[str]:
    if isinstance(value, dict):
        return [m for k, v in value.items() for m in ([v] if k == "message" else _messages(v))]
    if isinstance(value, list):
        return [m for v in value for m in _messages(v)]
    return []


def _json_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found = {path} if any("--json" in a.option_strings for a in parser._actions) else set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= _json_commands(sub, (*path, name))
    return found


def test_every_json_command_is_compared_across_languages():
    assert _json_commands(build_parser(PILLARS)) == set(JSON_COMMANDS) | DISTRICT_JSON_COMMANDS


@pytest.mark.parametrize(("command", "args"), CASES, ids=[" ".join((*c, *a)) for c, a in CASES])
def test_json_is_the_same_in_both_languages(demo, command, args):
    argv = [a.format(**demo) for a in args]
    code_id, out_id = run("--lang", "id", "--db", demo["db"], *command, *argv)
    code_en, out_en = run("--lang", "en", "--db", demo["db"], *command, *argv)
    assert code_id == code_en
    data_id, data_en = json.loads(out_id), json.loads(out_en)
    assert _without_messages(data_id) == _without_messages(data_en)
    assert data_id  # not an empty output compared with another
    for text_id, text_en in zip(_messages(data_id), _messages(data_en)):
        assert text_id != text_en  # the message is for a person, in the chosen language


def test_import_problems_have_a_code_row_and_field(demo):
    code, out = run("--lang", "en", "--db", demo["db"], "import", "persons", demo["bad"], "--json", "--dry-run")
    assert code == 3
    data = json.loads(out)
    problems = {(e["row"], e["field"], e["code"]) for e in data["errors"]}
    assert {(2, "nik", "invalid"), (3, "birth_date", "unreadable"), (4, "dusun", "dusun_unknown"),
            (4, "stage", "stage_missing"), (5, "nik", "nik_repeated"), (6, "nik", "nik_registered")} <= problems
    assert all(e["code"] for e in data["errors"])
    [unknown] = data["warnings"]
    assert (unknown["row"], unknown["column"], unknown["field"], unknown["code"]) == (1, "Catatan", "", "column_unknown")
    assert unknown["message"].startswith("Warning: ")
    nik = next(e for e in data["errors"] if e["code"] == "nik_repeated")
    assert nik["column"] == "NIK" and nik["message"].startswith("row 5, column NIK: ")

    code, out = run("--lang", "id", "--db", demo["db"], "import", "persons", demo["good"], "--json", "--dry-run")
    data = json.loads(out)
    assert (code, data["errors"], data["rows"], data["written"]) == (0, [], 1, False)
    assert [(w["code"], w["field"]) for w in data["warnings"]] == [("column_unknown", ""),
                                                                 ("kk_registered", "no_kk")]
    assert data["warnings"][1]["message"].startswith("Peringatan: baris 2, kolom No KK: No KK ")

    for name, expected in (("empty", ("no_rows", 0, "")), ("no_name", ("column_missing", 1, "name"))):
        data = json.loads(run("--db", demo["db"], "import", "persons", demo[name], "--json", "--dry-run")[1])
        assert [(e["code"], e["row"], e["field"]) for e in data["errors"]] == [expected]


def test_text_output_speaks_the_chosen_language(demo):
    db = demo["db"]
    listing = {lang: run("--lang", lang, "--db", db, "persons", "list", "--status", "aktif", "--limit", "2")[1]
               for lang in ("id", "en")}
    assert "PMI aktif" in listing["id"] and "2 dari 75 orang" in listing["id"]
    assert "Active PMI" in listing["en"] and "PMI aktif" not in listing["en"] and "2 of 75 people" in listing["en"]
    groups = {lang: run("--lang", lang, "--db", db, "groups", "list")[1] for lang in ("id", "en")}
    assert " Aktif " in groups["id"] and " anggota " in groups["id"] and " laba " in groups["id"]
    assert " Active " in groups["en"] and " members " in groups["en"] and " profit " in groups["en"]
    assert " anggota " not in groups["en"] and " Aktif " not in groups["en"]
    json_id = json.loads(run("--lang", "id", "--db", db, "groups", "list", "--json")[1])
    assert {g["status"] for g in json_id["groups"]} <= {"aktif", "berhenti"}
    persons = json.loads(run("--lang", "en", "--db", db, "persons", "list", "--json", "--limit", "50")[1])["persons"]
    assert {p["status"] for p in persons} <= {"calon", "aktif", "purna", "keluarga", "none"}
    assert {p["sex"] for p in persons} <= {"L", "P"}
