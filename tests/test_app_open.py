"""Opening a database in the desktop app: a path that does not exist is created only when the officer says so; a
folder or a file that is not a village database gets one sentence in the officer's language, never SQLAlchemy's."""

from __future__ import annotations

import pytest

from desmig_desktop.app import main
from tests.ui.modals import answer


def _launch(qtbot, argv, reply):  # type: ignore[no-untyped-def]
    seen: list[str] = []
    answer(reply, seen)
    return main(argv), seen


def test_a_missing_db_is_not_created_when_the_officer_says_batal(qtbot, tmp_path):
    missing = tmp_path / "salah" / "desa.db"
    code, seen = _launch(qtbot, ["--db", str(missing)], None)  # Enter: the default button is Batal
    assert code == 0 and not missing.exists() and not missing.parent.exists()
    assert len(seen) == 1 and "belum ada" in seen[0] and str(missing) in seen[0]


def test_a_missing_db_is_created_when_the_officer_asks(qtbot, tmp_path):
    new = tmp_path / "baru.db"
    seen: list[str] = []
    answer("Buat baru", seen, then=lambda _box: answer("Keluar", seen))  # then leave the first-run dialog
    assert main(["--db", str(new)]) == 0
    assert new.is_file() and "belum ada" in seen[0]


@pytest.mark.parametrize("kind", ["folder", "text"])
def test_a_folder_or_a_text_file_gets_one_sentence(qtbot, tmp_path, kind):
    target = tmp_path / "bukan.db"
    if kind == "folder":
        target.mkdir()
    else:
        target.write_text("ini bukan basis data\n", encoding="utf-8")
    code, seen = _launch(qtbot, ["--db", str(target)], "Tutup")
    assert code == 1 and len(seen) == 1
    text = seen[0]
    assert str(target) in text and "\n" not in text and ". " not in text.replace(str(target), "P")  # one sentence
    assert ("folder" in text) if kind == "folder" else ("bukan berkas basis data" in text)
    assert not any(word in text for word in ("sqlite3", "SQLAlchemy", "Traceback", "file is not a database"))
