"""`--db` paths that are wrong, and files that are read-only: one Indonesian sentence, exit 3, nothing created or
written — never an empty village read from a mistyped path, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest

from desmig_desktop.app import cli_main as main

HEADER = "NIK;No KK;Nama;Jenis Kelamin (L/P);Tanggal Lahir;Hubungan Keluarga;Dusun;RW;RT\n"


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)


def people_csv(path, n: int) -> None:
    rows = [f"330709120585{i:04d};330709120115{i:04d};Warga {i};L;12-05-1985;Kepala Keluarga;Krajan;1;2"
            for i in range(1, n + 1)]
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "desa.db")
    assert run("--db", path, "init", "--village-code", "33.07.09.2001", "--village-name", "Kuripan",
               "--kabupaten", "Wonosobo", "--dusun", "Krajan") == 0
    return path


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.mark.parametrize("command", [("persons", "list", "--json"), ("village", "show"), ("groups", "list"),
                                     ("export", "persons", "--format", "csv", "--out", "OUT")])
def test_a_missing_database_is_refused_and_nothing_is_created(tmp_path, capsys, command):
    missing = tmp_path / "salah-ketik" / "desa.db"
    argv = [a.replace("OUT", str(tmp_path / "p.csv")) for a in command]
    assert run("--db", str(missing), *argv) == 3
    captured = capsys.readouterr()
    assert "berkas basis data tidak ada" in captured.err.lower() and str(missing) in captured.err
    assert captured.out == ""
    assert not missing.parent.exists() and not (tmp_path / "p.csv").exists()


def test_init_and_demo_may_create_the_file(tmp_path):
    assert run("--db", str(tmp_path / "baru" / "desa.db"), "init", "--village-code", "3307092001",
               "--village-name", "Kuripan") == 0
    assert (tmp_path / "baru" / "desa.db").is_file()


@pytest.mark.parametrize("kind", ["folder", "text", "zip"])
def test_a_folder_or_a_file_that_is_not_sqlite_gets_one_sentence(tmp_path, capsys, kind):
    target = tmp_path / "bukan.db"
    if kind == "folder":
        target.mkdir()
    elif kind == "text":
        target.write_text("NIK;Nama\n3307;Sri\n", encoding="utf-8")
    else:
        target.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert run("--db", str(target), "persons", "list") == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err and str(target) in err
    assert ("folder" in err) if kind == "folder" else ("bukan berkas basis data" in err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no backups/, no -wal, nothing
    assert run("--lang", "en", "--db", str(target), "village", "show") == 3
    assert "Traceback" not in capsys.readouterr().err


def test_a_read_only_database_reads_and_refuses_writes_without_touching_the_file(db, tmp_path, capsys):
    people_csv(tmp_path / "warga.csv", 3)
    assert run("--db", db, "import", "persons", str(tmp_path / "warga.csv")) == 0
    capsys.readouterr()
    os.chmod(db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444: read-only for the officer (root too)
    for extra in ("-wal", "-shm"):
        assert not os.path.exists(db + extra)  # the last writer closed cleanly
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir()) if (tmp_path / "backups").exists() else []
    before = digest(db)

    assert run("--db", db, "village", "show") == 0
    assert "Kuripan" in capsys.readouterr().out
    assert run("--db", db, "persons", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 3
    out = tmp_path / "daftar.csv"
    assert run("--db", db, "export", "persons", "--format", "csv", "--out", str(out)) == 0
    assert out.read_text(encoding="utf-8-sig").count("Warga") == 3
    assert run("--db", db, "import", "persons", str(tmp_path / "warga.csv"), "--dry-run") in (0, 3)
    capsys.readouterr()

    people_csv(tmp_path / "baru.csv", 5)
    assert run("--db", db, "import", "persons", str(tmp_path / "baru.csv"), "--mode", "update") == 3
    err = capsys.readouterr().err
    assert "hanya-baca" in err and db in err and "Traceback" not in err
    assert run("--db", db, "init", "--village-code", "3307092001", "--village-name", "Lain") == 3
    assert "hanya-baca" in capsys.readouterr().err

    assert digest(db) == before
    now = sorted(p.name for p in (tmp_path / "backups").iterdir()) if (tmp_path / "backups").exists() else []
    assert now == backups  # no backup is written on a read-only open
    os.chmod(db, 0o644)
    assert run("--db", db, "persons", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 3


def test_json_listing_returns_every_match_unless_limited(db, tmp_path, capsys):
    people_csv(tmp_path / "warga.csv", 130)
    assert run("--db", db, "import", "persons", str(tmp_path / "warga.csv")) == 0
    capsys.readouterr()
    assert run("--db", db, "persons", "list", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 130 and len(data["persons"]) == 130
    assert run("--db", db, "persons", "list", "--json", "--limit", "7") == 0
    assert len(json.loads(capsys.readouterr().out)["persons"]) == 7
    assert run("--db", db, "persons", "list") == 0
    assert "100 dari 130 orang" in capsys.readouterr().out


@pytest.mark.parametrize("period", ["1800", "1944-12", "2101-Q1", "9999"])
def test_a_period_outside_the_app_range_exits_3_and_writes_nothing(db, tmp_path, capsys, period):
    out = tmp_path / "rekap.xlsx"
    assert run("--db", db, "export", "recap", "--period", period, "--format", "xlsx", "--out", str(out)) == 3
    assert "1945" in capsys.readouterr().err and not out.exists()
    assert run("--db", db, "groups", "list", "--period", period) == 3


def test_a_read_only_file_that_needs_an_upgrade_is_refused_untouched(tmp_path, capsys):
    import shutil
    from pathlib import Path

    old = tmp_path / "lama.db"
    shutil.copy(Path(__file__).resolve().parent.parent / "data" / "schemas" / "schema_0001.sqlite", old)
    os.chmod(old, 0o444)
    before = digest(old)
    assert run("--db", str(old), "village", "show") == 3
    err = capsys.readouterr().err
    assert "hanya-baca dan perlu diperbarui" in err and str(old) in err and "Traceback" not in err
    assert digest(old) == before and not (tmp_path / "backups").exists()


def test_os_errors_of_an_export_are_worded_with_the_path(db, tmp_path, capsys):
    folder = tmp_path / "sebuah-folder"
    folder.mkdir()
    assert run("--db", db, "export", "persons", "--format", "csv", "--out", str(tmp_path / "tidak-ada" / "p.csv")) == 3
    err = capsys.readouterr().err
    assert "tidak ada" in err and "tidak-ada" in err and "No such file" not in err
    assert run("--lang", "en", "--db", db, "export", "persons", "--format", "csv", "--out", str(folder)) == 3
    err = capsys.readouterr().err
    assert str(folder) in err and "folder" in err and "Is a directory" not in err


def test_a_damaged_or_locked_file_gets_one_sentence(db, tmp_path, capsys):
    import sqlite3

    damaged = tmp_path / "rusak.db"
    data = bytearray(open(db, "rb").read())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header survives, the schema page does not
    damaged.write_bytes(bytes(data))
    assert run("--db", str(damaged), "village", "show") == 3
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [err] and "rusak" in err and str(damaged) in err

    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert run("--db", db, "import", "persons", str(tmp_path / "x.csv")) in (3,)
        assert run("--db", db, "village", "show") == 3
        assert "sedang dipakai program lain" in capsys.readouterr().err
    finally:
        holder.rollback()
        holder.close()
