"""`desmig` for the district, end to end in-process: keys → set-district-key → export package → district init →
merge → status → conflicts, with the exit codes and the JSON district scripts rely on — into SQLite and into a
real PostgreSQL with the same assertions."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert, select

from desmig_desktop.app import PILLARS
from desmig_desktop.cli import main
from desmig_desktop.core.db.engine import make_engine
from desmig_desktop.registry.models import Person, Village
from tests.conftest import demo_copy

KURIPAN = "3307092001"


def run(*argv: str) -> int:
    try:
        return main(list(argv), PILLARS)
    except SystemExit as exit_:
        return int(exit_.code or 0)


def written(text: str) -> Path:
    """The package file named by `export package`'s first line."""
    return Path(text.splitlines()[0].split(": ", 1)[1])


def out_json(capsys) -> object:  # type: ignore[no-untyped-def]
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def village(tmp_path, demo_file) -> str:
    return str(demo_copy(demo_file, tmp_path / "kuripan.db"))


@pytest.fixture(params=["sqlite", "postgresql"])
def district_db(request, tmp_path) -> str:
    return str(tmp_path / "district.db") if request.param == "sqlite" else request.getfixturevalue("postgres_url")


def test_from_the_village_to_the_district(village, district_db, tmp_path, capsys):
    keys, out = tmp_path / "keys", tmp_path / "kirim"
    assert run("district", "keys", "--out", str(keys)) == 0
    assert (keys / "district-key.txt").exists() and (keys / "district-key.pub").exists()
    assert run("district", "keys", "--out", str(keys)) == 3  # never over an existing private key
    capsys.readouterr()

    assert run("--db", village, "village", "set-district-key", str(keys / "district-key.pub"),
               "--email", "disnaker@wonosobokab.go.id") == 0
    assert "Kunci Disnaker disimpan" in capsys.readouterr().out
    assert run("--db", village, "export", "package", "--out", str(out), "--period", "2026-10") == 0
    text = capsys.readouterr().out
    assert "Urutan 1" in text and "Kata sandi" not in text  # encrypted to the district's key: no password
    first = written(text)
    assert run("--db", village, "export", "package", "--out", str(out), "--period", "2026-10") == 0
    text = capsys.readouterr().out
    assert "Urutan 2" in text
    second = written(text)
    sent = [first.name, second.name]
    assert sorted(p.name for p in out.iterdir()) == sorted(sent)
    assert all(name.startswith(f"{KURIPAN}-") and name.endswith(".desmig") for name in sent)

    villages = tmp_path / "desa.csv"
    villages.write_text("kode;nama;kecamatan\n33.07.09.2001;Kuripan;Watumalang\n3307092002;Binangun;Watumalang\n",
                        encoding="utf-8")
    assert run("district", "init", "--db", district_db, "--kabupaten", "Wonosobo", "--villages", str(villages)) == 0
    assert "2 desa" in capsys.readouterr().out
    assert run("district", "villages", "add", "3307012003", "Kalikajar", "--kecamatan", "Kalikajar",
               "--db", district_db) == 0
    capsys.readouterr()
    assert run("district", "villages", "list", "--db", district_db, "--json") == 0
    assert [v["code"] for v in out_json(capsys)] == ["3307012003", "3307092002", KURIPAN]

    key = str(keys / "district-key.txt")
    assert run("district", "merge", "--db", district_db, "--key", key, "--json", str(first), str(second)) == 0
    merged = out_json(capsys)
    assert [(r["status"], r["village_code"], r["sequence"], r["period"]) for r in merged] == [
        ("merged", KURIPAN, 1, "2026-10"), ("merged", KURIPAN, 2, "2026-10")]
    assert merged[0]["rows_changed"] > 20_000 and merged[1]["rows_changed"] < merged[0]["rows_changed"]
    assert merged[0]["warnings"] == merged[1]["warnings"] == []

    broken = out / f"{KURIPAN}-2026-11-30.desmig"
    broken.write_bytes((out / sent[0]).read_bytes()[:500])  # cut short
    assert run("district", "merge", "--db", district_db, "--key", key, str(out)) == 3  # refused: exit 3
    text = capsys.readouterr().out
    assert "DITOLAK" in text and "terpotong" in text and "dilewati" in text
    assert "Jumlah: 3 paket — 0 digabung, 2 dilewati, 1 ditolak; 0 baris berubah." in text

    assert run("district", "status", "--db", district_db, "--period", "2026-10", "--json") == 0
    status = out_json(capsys)
    assert (status["period"], status["expected"], status["arrived"], status["missing"]) == ("2026-10", 3, 1, 2)
    assert status["rate"] == pytest.approx(1 / 3, abs=1e-4)
    rows = {v["code"]: v for v in status["villages"]}
    assert [v["code"] for v in status["villages"]] == ["3307012003", "3307092002", KURIPAN]  # kecamatan, name
    assert rows[KURIPAN]["arrived"] is True and rows[KURIPAN]["sequence"] == 1 and rows[KURIPAN]["later"] == 1
    assert rows[KURIPAN]["file_name"] == sent[0] and rows[KURIPAN]["received_at"].endswith("Z")
    assert rows["3307092002"]["arrived"] is False and rows["3307092002"]["sequence"] is None
    assert run("district", "status", "--db", district_db, "--period", "2026-11", "--json") == 0
    assert out_json(capsys)["arrived"] == 0  # Kuripan sent 2026-10 only: missing for 2026-11
    assert run("district", "status", "--db", district_db, "--period", "2026-10") == 0
    text = capsys.readouterr().out
    assert "1 dari 3 desa" in text and "Belum mengirim (2): Kalikajar, Binangun" in text

    nik = _share_a_nik(district_db)
    assert run("district", "conflicts", "--db", district_db, "--json") == 0
    conflicts = out_json(capsys)
    assert len(conflicts) == 1 and conflicts[0]["nik"] == nik[:4] + "*" * 10 + nik[-2:]
    assert [p["village_code"] for p in conflicts[0]["places"]] == [KURIPAN, "3307092002"]
    assert conflicts[0]["counted_in"] == KURIPAN  # no moves recorded: the older person row counts
    assert run("district", "conflicts", "--db", district_db) == 0
    text = capsys.readouterr().out
    assert nik not in text and nik[:4] + "*" * 10 + nik[-2:] in text and "Binangun" in text

    # Codes and data, never words: each JSON is the same in both languages (but the sentences meant for a person).
    for command in (["villages", "list"], ["status", "--period", "2026-10"], ["conflicts"],
                    ["merge", "--key", key, str(first)]):
        outputs = []
        for lang in ("en", "id"):  # Indonesian last: the language stays as the other tests expect
            run("--lang", lang, "district", *command, "--db", district_db, "--json")
            outputs.append(_without_sentences(out_json(capsys)))
        assert outputs[0] == outputs[1] and outputs[0]


def _without_sentences(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_sentences(v) for k, v in value.items() if k not in ("message", "warnings")}
    if isinstance(value, list):
        return [_without_sentences(v) for v in value]
    return value


def _share_a_nik(url: str) -> str:
    """Binangun registers one of Kuripan's people too (a newer row, no moves recorded): the NIK, in full."""
    engine = make_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        kuripan = conn.execute(select(Village.__table__).where(Village.code == KURIPAN)).one()._asdict()
        person = conn.execute(select(Person.__table__).where(Person.village_id == kuripan["id"],
                                                             Person.nik.is_not(None), Person.deleted_at.is_(None))
                              .order_by(Person.name).limit(1)).one()._asdict()
        other = str(uuid.uuid4())
        conn.execute(insert(Village.__table__).values({**kuripan, "id": other, "village_id": other,
                                                       "code": "3307092002", "name": "Binangun"}))
        conn.execute(insert(Person.__table__).values({**person, "id": str(uuid.uuid4()), "village_id": other,
                                                      "household_id": None, "created_at": datetime.now(timezone.utc)}))
    engine.dispose()
    return person["nik"]


def test_a_village_without_the_district_key_gets_a_password_once(village, tmp_path, capsys):
    out = tmp_path / "kirim"
    assert run("--db", village, "export", "package", "--out", str(out), "--period", "2026-10") == 0
    text = capsys.readouterr().out
    assert "Kata sandi paket: " in text and "hanya ditampilkan sekali" in text
    secret = tmp_path / "sandi.txt"
    secret.write_text("rahasia-desa-kuripan\n", encoding="utf-8")
    assert run("--db", village, "export", "package", "--out", str(out), "--period", "2026-10",
               "--password-file", str(secret)) == 0
    text = capsys.readouterr().out
    assert "Urutan 2" in text and "rahasia" not in text and "Kata sandi paket" not in text


def test_district_commands_need_a_database(tmp_path, capsys):
    assert run("district", "status", "--period", "2026-10") == 2
    assert "--db wajib" in capsys.readouterr().err
    assert run("district", "status", "--db", str(tmp_path / "none.db"), "--period", "2026-13") == 3
