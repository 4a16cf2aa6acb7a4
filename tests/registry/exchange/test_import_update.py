"""`import persons --mode update`: new people are added, registered NIKs are updated; the dry run lists every
change (old -> new) and writes nothing; all or nothing."""

from __future__ import annotations

import json
from desmig_desktop.app import cli_main
from desmig_desktop.registry.exchange.persons_import import import_persons
from desmig_desktop.registry.services.search import PersonQuery, count_persons, list_persons


def run(*argv: str) -> int:
    try:
        return cli_main(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def _people(ctx):
    return {p.name: p for p in list_persons(ctx, PersonQuery(include_gone=True), 0, 1000)}


def test_update_mode_adds_the_new_and_updates_the_registered(ctx, village, files):
    first = files.good_rows()[:3]
    assert import_persons(ctx, files.csv(first)).written
    again = files.good_rows()[:4]
    again[0][2] = "Slamet Riyadi Wibowo"  # a corrected name
    again[0][10] = ""  # an empty cell never erases the phone
    again[2][11:17] = ["calon", "Taiwan", "", "", "", "", ""]  # Dwi becomes a calon PMI
    refused = import_persons(ctx, files.csv(again), dry_run=True)
    assert {e.code for e in refused.errors} == {"nik_registered"} and len(refused.errors) == 3

    dry = import_persons(ctx, files.csv(again), dry_run=True, mode="update")
    assert dry.errors == () and not dry.written and dry.persons_created == 1 and dry.persons_updated == 2
    by_row = {c.row: c for c in dry.changes}
    assert [(f.column, f.old, f.new) for f in by_row[2].changes] == [("Nama", "Slamet Riyadi", "Slamet Riyadi Wibowo")]
    assert by_row[4].new_placement and ("Status PMI", "", "calon") in [(f.column, f.old, f.new) for f in by_row[4].changes]
    assert count_persons(ctx, PersonQuery()) == 3 and "Slamet Riyadi" in _people(ctx)  # the dry run wrote nothing

    done = import_persons(ctx, files.csv(again), mode="update")
    assert done.written and done.persons_updated == 2 and done.persons_created == 1
    people = _people(ctx)
    assert set(people) == {"Slamet Riyadi Wibowo", "Sularmi", "Dwi Lestari", "Paiman"}
    assert people["Dwi Lestari"].status == "calon"
    from desmig_desktop.registry.services.people import get_person

    assert get_person(ctx, people["Slamet Riyadi Wibowo"].id).phone == "081227345611"
    again_dry = import_persons(ctx, files.csv(again), dry_run=True, mode="update")
    assert again_dry.changes == () and again_dry.persons_created == 0  # nothing left to change


def test_update_mode_is_all_or_nothing(ctx, village, files):
    assert import_persons(ctx, files.csv(files.good_rows()[:2])).written
    rows = files.good_rows()[:3]
    rows[0][2] = "Nama Baru"
    rows[2][5] = "31/02/2010"
    result = import_persons(ctx, files.csv(rows), mode="update")
    assert not result.written and len(result.errors) == 1
    assert "Slamet Riyadi" in _people(ctx) and count_persons(ctx, PersonQuery()) == 2


def test_cli_mode_update_prints_the_changes(ctx, village, files, capsys):
    path = str(ctx.path)
    assert import_persons(ctx, files.csv(files.good_rows()[:2])).written
    rows = files.good_rows()[:2]
    rows[1][14] = "Perawat Lansia"  # Jabatan of Sularmi's placement
    csv_path = str(files.csv(rows))
    assert run("--db", path, "import", "persons", csv_path, "--dry-run", "--mode", "update") == 0
    out = capsys.readouterr().out
    assert "baris 3: Sularmi" in out and 'Jabatan "Penata Laksana Rumah Tangga" → "Perawat Lansia"' in out
    assert run("--db", path, "import", "persons", csv_path, "--mode", "update", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["persons_updated"] == 1 and data["changes"][0]["fields"] == [
        {"field": "job", "column": "Jabatan", "old": "Penata Laksana Rumah Tangga", "new": "Perawat Lansia"}]
    assert run("--db", path, "import", "persons", csv_path) == 3  # the default mode is unchanged
