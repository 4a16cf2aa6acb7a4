"""`desmig` command line: commands, JSON output and the exit codes district scripts rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desmig_desktop.app import cli_main as main

GOOD_CSV = (
    "NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT;Status PMI;Negara Tujuan;Sektor;Tanggal Berangkat\n"
    "3307095205900003;3307091201150003;Sularmi;P;12/05/1990;Istri;Krajan;1;2;aktif;Hong Kong;informal;2024-03-01\n"
    "3307091205850001;3307091201150003;Slamet;L;12-05-1985;Kepala Keluarga;Krajan;1;2;;;;\n"
)


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "desa.db")
    assert run("--db", path, "init", "--village-code", "33.07.09.2001", "--village-name", "Kuripan",
               "--kabupaten", "Wonosobo", "--dusun", "Krajan") == 0
    return path


def test_usage_errors_exit_2(db, capsys):
    assert run("--db", db, "export", "recap", "--format", "pdf") == 2  # missing --period/--out
    assert run("--db", db, "nonsense") == 2
    assert "Perintah tidak lengkap" in capsys.readouterr().err


def test_invalid_input_exits_3_and_writes_nothing(db, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(GOOD_CSV.replace("3307095205900003", "33070952"), encoding="utf-8")
    assert run("--db", db, "import", "persons", str(bad)) == 3
    err = capsys.readouterr().err
    assert "baris 2, kolom NIK" in err and "16 angka" in err
    assert run("--db", db, "persons", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert run("--db", db, "export", "recap", "--period", "2026-13", "--format", "xlsx", "--out", str(tmp_path / "r.xlsx")) == 3
    assert not (tmp_path / "r.xlsx").exists()


def test_init_twice_is_refused(db, capsys):
    assert run("--db", db, "init", "--village-code", "3307092001", "--village-name", "Lain") == 3
    assert "sudah berisi profil desa" in capsys.readouterr().err


def test_import_then_list_masked_json(db, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV, encoding="utf-8-sig")
    assert run("--db", db, "import", "persons", str(good), "--dry-run") == 0
    assert "Uji coba: 2 baris valid" in capsys.readouterr().out
    assert run("--db", db, "persons", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0
    assert run("--db", db, "import", "persons", str(good)) == 0
    capsys.readouterr()
    assert run("--db", db, "persons", "list", "--json", "--status", "aktif") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1
    assert data["persons"][0]["name"] == "Sularmi" and data["persons"][0]["nik"] == "3307**********03"


def test_export_recap_and_persons(db, tmp_path, capsys):
    good = tmp_path / "good.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    assert run("--db", db, "import", "persons", str(good)) == 0
    out = tmp_path / "rekap.xlsx"
    assert run("--db", db, "export", "recap", "--period", "2026-Q4", "--format", "xlsx", "--out", str(out)) == 0
    values = [c for row in load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    assert "PMI aktif" in values
    assert run("--db", db, "export", "recap", "--period", "2026", "--format", "pdf", "--out", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    people = tmp_path / "orang.csv"
    assert run("--db", db, "export", "persons", "--format", "csv", "--out", str(people)) == 0
    text = people.read_text(encoding="utf-8-sig")
    assert "Sularmi" in text and "3307095205900003" not in text


def test_groups_list_json(db, capsys):
    from datetime import date

    from desmig_desktop.core.context import ServiceContext
    from desmig_desktop.production.services.groups import GroupInput, create_group

    ctx = ServiceContext.open(db)
    create_group(ctx, GroupInput("Kelompok Batik", "batik", date(2017, 2, 1)))
    ctx.close()
    assert run("--db", db, "groups", "list", "--json", "--period", "2017") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == "2017"
    assert [(g["name"], g["active_members"], g["sales"]) for g in data["groups"]] == [("Kelompok Batik", 0, 0)]


@pytest.mark.slow
def test_entry_point_demo_and_recap(tmp_path):
    exe = Path(sys.executable).with_name("desmig")
    db = str(tmp_path / "demo.db")
    done = subprocess.run([str(exe), "--db", db, "demo"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    again = subprocess.run([str(exe), "--db", db, "demo"], capture_output=True, text=True)
    assert again.returncode == 3
    listing = subprocess.run([str(exe), "--db", db, "persons", "list", "--status", "aktif", "--json", "--limit", "1"],
                             capture_output=True, text=True)
    assert json.loads(listing.stdout)["total"] == 75
