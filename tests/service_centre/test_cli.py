"""`desmig complaints list`, `desmig ak1 due` and `desmig calon at-risk` (issue 11 point 9) on a real village file
with the hand-built history (tests/service_centre/recap_fixtures.py): the JSON a district script reads, as of a
past day and of 23/11/2026; no complaint text or reporter in it; the text tables; exit codes of bad input."""

from __future__ import annotations

import json

import pytest

from desmig_desktop.app import PILLARS
from desmig_desktop.cli import main
from desmig_desktop.core.commands import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from tests.service_centre.recap_fixtures import SECRET, build_history


@pytest.fixture
def filled(ctx, village, db_path):  # type: ignore[no-untyped-def]
    history = build_history(ctx)
    ctx.close()
    return history, str(db_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv), PILLARS)
    out, err = capsys.readouterr()
    return code, out, err


def test_complaints_json_as_of_a_past_day(filled, capsys):  # type: ignore[no-untyped-def]
    history, db = filled
    code, out, _err = run(capsys, "complaints", "list", "--json", "--db", db, "--as-of", "31/10/2026")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["as_of"] == "2026-10-31"
    got = {c["category"]: (c["status"], c["opened_on"], c["closed_on"], c["days_open"]) for c in data["complaints"]}
    assert got == {"putus_kontak": ("ditindaklanjuti", "2026-10-20", None, 11),
                   "calo": ("selesai", "2026-10-01", "2026-10-11", 10),
                   "gaji": ("selesai", "2026-09-05", "2026-10-09", 34)}
    assert SECRET not in out and "Tono" not in out and "Wati" not in out
    for c in data["complaints"]:
        assert set(c) == {"id", "category", "status", "opened_on", "status_on", "referred_to", "closed_on",
                          "days_open", "country"}


def test_complaints_status_filter(filled, capsys):  # type: ignore[no-untyped-def]
    _history, db = filled
    code, out, _err = run(capsys, "complaints", "list", "--json", "--db", db, "--as-of", "2026-11-23",
                          "--status", "selesai")
    assert code == EXIT_OK
    assert sorted(c["category"] for c in json.loads(out)["complaints"]) == ["calo", "gaji", "putus_kontak"]
    code, out, _err = run(capsys, "complaints", "list", "--json", "--db", db, "--as-of", "2026-11-23",
                          "--status", "terbuka")
    assert [(c["category"], c["status"]) for c in json.loads(out)["complaints"]] == [("kekerasan", "baru")]


def test_complaints_text(filled, capsys):  # type: ignore[no-untyped-def]
    _history, db = filled
    code, out, _err = run(capsys, "complaints", "list", "--db", db, "--as-of", "02/11/2026")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Pengaduan per 02/11/2026: 3"
    assert any("Putus kontak" in ln and "Dirujuk" in ln and "dirujuk ke BP2MI/KP2MI" in ln for ln in lines)
    assert SECRET not in out


def test_ak1_due(filled, capsys):  # type: ignore[no-untyped-def]
    history, db = filled
    code, out, _err = run(capsys, "ak1", "due", "--json", "--db", db, "--as-of", "30/09/2026")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["days"] == 30
    (card,) = data["cards"]
    assert (card["name"], card["card_number"], card["due"], card["due_on"], card["days_left"]) == (
        "Budi", "AK1-001", "report", "2026-10-20", 20)
    assert card["nik"].startswith("3307") and card["nik"][4:14] == "*" * 10  # masked
    code, out, _err = run(capsys, "ak1", "due", "--json", "--db", db, "--as-of", "30/09/2026", "--days", "10")
    assert json.loads(out)["cards"] == []
    code, out, _err = run(capsys, "ak1", "due", "--db", db, "--as-of", "30/09/2026")
    assert out.splitlines()[0] == "Kartu AK-1 wajib lapor/perpanjang dalam 30 hari per 30/09/2026: 1"
    assert "lapor 6 bulanan" in out and "20 hari lagi" in out


def test_calon_at_risk(filled, capsys):  # type: ignore[no-untyped-def]
    history, db = filled
    code, out, _err = run(capsys, "calon", "at-risk", "--json", "--db", db, "--as-of", "2026-10-31")
    assert code == EXIT_OK
    (calon,) = json.loads(out)["calon"]
    assert (calon["name"], calon["risks"]) == ("Sari", ["under_18", "no_p3mi", "documents_missing"])
    assert calon["documents"]["done"] == 0 and len(calon["documents"]["missing"]) == 12
    code, out, _err = run(capsys, "calon", "at-risk", "--db", db, "--as-of", "2026-09-30")
    assert out.splitlines()[0] == "Calon PMI berisiko per 30/09/2026: 2"
    assert "Risiko: Berangkat non-prosedural" in out
    assert "Risiko: Umur di bawah 18 tahun; P3MI belum disebut" in out


def test_bad_input(filled, capsys):  # type: ignore[no-untyped-def]
    _history, db = filled
    code, _out, err = run(capsys, "ak1", "due", "--db", db, "--as-of", "kemarin")
    assert code == EXIT_INVALID and "--as-of" in err
    code, _out, err = run(capsys, "ak1", "due", "--db", db, "--days", "-1")
    assert code == EXIT_INVALID and "--days" in err
    with pytest.raises(SystemExit) as exc:
        run(capsys, "complaints", "list", "--db", db, "--status", "hilang")
    assert exc.value.code == EXIT_USAGE
