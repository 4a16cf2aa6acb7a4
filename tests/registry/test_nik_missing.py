"""People registered with the NIK marked "belum ada": listed and counted as such in the command line, the exports
and the recap (xlsx and pdf) — never given an invented NIK."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desmig_desktop.app import cli_main
from desmig_desktop.core.periods import parse_period
from desmig_desktop.recap.dataset import build_recap
from desmig_desktop.recap.pdf import write_recap_pdf
from desmig_desktop.recap.xlsx import write_recap_xlsx
from desmig_desktop.registry.services import people as registry
from desmig_desktop.registry.services.people import PersonInput, PlacementInput


@pytest.fixture
def no_nik(ctx, people):  # type: ignore[no-untyped-def]
    """Two people of KK 1 without a NIK yet: a newborn girl, and a man whose KTP is not at hand, calon PMI."""
    h1 = people.households[0]
    baby = registry.register_person(ctx, PersonInput("", "Bayi Lestari", "P", date(2026, 11, 20),
                                                     relationship_to_head="anak", household_id=h1,
                                                     nik_missing=True)).id
    man = registry.register_person(ctx, PersonInput("", "Parman", "L", date(1990, 1, 5), relationship_to_head="lainnya",
                                                    household_id=h1, nik_missing=True)).id
    registry.add_placement(ctx, man, PlacementInput("calon", registered_on=date(2026, 11, 10)))
    return {"Bayi Lestari": baby, "Parman": man}


def test_persons_list_filters_and_shows_them(ctx, db_path, no_nik, capsys):
    assert cli_main(["--db", str(db_path), "persons", "list", "--nik-missing"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[0].strip() for line in out[:-1]] == ["belum ada", "belum ada"]
    assert "Bayi Lestari" in out[0] and "Parman" in out[1] and out[-1] == "2 dari 2 orang"
    assert cli_main(["--db", str(db_path), "persons", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["persons"]
    missing = {p["name"]: p["nik"] for p in listed if p["nik_missing"]}
    assert missing == {"Bayi Lestari": None, "Parman": None}
    assert all(p["nik"] for p in listed if not p["nik_missing"])


def test_the_export_writes_belum_ada(ctx, db_path, no_nik, tmp_path, capsys):
    out = tmp_path / "penduduk.csv"
    assert cli_main(["--db", str(db_path), "export", "persons", "--format", "csv", "--out", str(out),
                     "--include-nik"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {r[2]: r[0] for r in list(csv.reader(fh))[1:]}
    assert rows["Bayi Lestari"] == "belum ada" and rows["Parman"] == "belum ada"
    assert len(rows["Sularmi"]) == 16


def test_the_recap_counts_them_in_xlsx_and_pdf(ctx, no_nik, tmp_path):
    data = build_recap(ctx, parse_period("2026-11"))
    assert (data.nik_missing.male, data.nik_missing.female) == (1, 1)
    wb = load_workbook(write_recap_xlsx(data, tmp_path / "rekap.xlsx"))
    cells = [[c for c in row] for row in wb["Ringkasan"].iter_rows(values_only=True)]
    title = next(i for i, row in enumerate(cells) if isinstance(row[0], str)
                 and row[0].endswith("Penduduk terdaftar yang NIK-nya belum ada"))
    line = next(row for row in cells[title:] if row[1] == "NIK belum ada")
    assert tuple(line[2:5]) == (1, 1, 2)
    register = {row[3]: row[1] for row in wb["Register PMI"].iter_rows(min_row=2, values_only=True) if row[3]}
    assert register["Parman"] == "belum ada"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(write_recap_pdf(data, tmp_path / "r.pdf")).pages)
    assert "Penduduk terdaftar yang NIK-nya belum ada" in text and "NIK belum ada 1 1 2" in text


def test_a_recap_with_every_nik_known_has_no_such_table(ctx, people, tmp_path):
    data = build_recap(ctx, parse_period("2026-11"))
    assert data.nik_missing.total == 0
    wb = load_workbook(write_recap_xlsx(data, tmp_path / "rekap.xlsx"))
    assert not any(isinstance(c, str) and "NIK-nya belum ada" in c
                   for row in wb["Ringkasan"].iter_rows(values_only=True) for c in row)
