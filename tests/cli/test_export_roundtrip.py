"""`desmig export persons --include-nik` then `desmig import persons` into a fresh village: the same people, and
the people registered without a NIK ("belum ada") are read back as such, in --mode add and --mode update."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desmig_desktop.app import cli_main as main

REGISTER = (
    "NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT;Status PMI;Negara Tujuan;Sektor;Tanggal Berangkat\n"
    "3307095205900003;3307091201150003;Sularmi;P;12/05/1990;Istri;Krajan;1;2;aktif;Hong Kong;informal;2024-03-01\n"
    "3307091205850001;3307091201150003;Slamet;L;12-05-1985;Kepala Keluarga;Krajan;1;2;;;;\n"
    "BELUM ADA;3307091201150003;Bayi Laksmi;P;02/10/2025;Anak;Krajan;1;2;;;;\n"
)


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def new_village(path: Path) -> str:
    assert run("--db", str(path), "init", "--village-code", "33.07.09.2001", "--village-name", "Kuripan",
               "--kabupaten", "Wonosobo", "--dusun", "Krajan") == 0
    return str(path)


def listed(db: str, capsys, *extra: str) -> list[dict]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert run("--db", db, "persons", "list", "--json", "--include-nik", *extra) == 0
    rows = json.loads(capsys.readouterr().out)["persons"]
    return sorted(({k: r[k] for k in ("nik", "nik_missing", "name", "no_kk", "status")} for r in rows),
                  key=lambda r: r["name"])


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_with_nik_reimports_into_a_fresh_village(tmp_path, capsys, fmt):
    first = new_village(tmp_path / "desa.db")
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    assert run("--db", first, "import", "persons", str(register)) == 0
    out = tmp_path / f"penduduk.{fmt}"
    assert run("--db", first, "export", "persons", "--format", fmt, "--out", str(out), "--include-nik") == 0

    second = new_village(tmp_path / "desa-kedua.db")
    capsys.readouterr()
    assert run("--db", second, "import", "persons", str(out)) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "3 baris diimpor: 3 orang, 1 keluarga baru, 1 riwayat migrasi." in captured.out
    assert listed(second, capsys) == listed(first, capsys)
    assert listed(second, capsys, "--nik-missing") == [
        {"nik": None, "nik_missing": True, "name": "Bayi Laksmi", "no_kk": "3307091201150003", "status": "keluarga"}]

    # the same file again with --mode update: nothing new, the newborn recognised by name, birth date and No KK
    assert run("--db", second, "import", "persons", str(out), "--mode", "update", "--dry-run") == 0
    captured = capsys.readouterr()
    assert ("1 baris dengan NIK belum ada: dicocokkan dengan orang terdaftar tanpa NIK yang nama, tanggal lahir dan "
            "No KK-nya sama. 1 cocok (diperbarui bila ada yang berubah), 0 ditambahkan sebagai orang baru tanpa NIK."
            in captured.err)
    assert run("--db", second, "import", "persons", str(out), "--mode", "update") == 0
    assert "0 orang, 0 keluarga baru" in capsys.readouterr().out
    assert len(listed(second, capsys)) == 3


def test_dry_run_of_an_update_names_the_nikless_person_changed(tmp_path, capsys):
    db = new_village(tmp_path / "desa.db")
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    assert run("--db", db, "import", "persons", str(register)) == 0
    changed = tmp_path / "changed.csv"
    changed.write_text(REGISTER.replace("Bayi Laksmi;P;02/10/2025;Anak", "Bayi Laksmi;P;02/10/2025;Cucu"), encoding="utf-8")
    capsys.readouterr()
    assert run("--db", db, "import", "persons", str(changed), "--mode", "update", "--dry-run") == 0
    out = capsys.readouterr().out
    assert 'baris 4: Bayi Laksmi (NIK belum ada) diperbarui: Hubungan Keluarga "anak" → "cucu"' in out
    assert run("--db", db, "import", "persons", str(register)) == 3  # --mode add: already registered
    assert "Bayi Laksmi (tanggal lahir dan No KK sama, NIK belum ada) sudah terdaftar" in capsys.readouterr().err
