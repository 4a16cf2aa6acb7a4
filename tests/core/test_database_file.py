"""Berkas → Cadangkan: a consistent copy of the open file, and the automatic backups beside it."""

from __future__ import annotations

import sqlite3

from desmig_desktop.core.database_file import copy_database, database_file
from desmig_desktop.core.db.engine import backup_sqlite


def people_in(path) -> int:
    con = sqlite3.connect(str(path))
    try:
        return con.execute("SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
    finally:
        con.close()


def test_a_copy_of_the_open_file_holds_every_person_and_replaces_the_target(ctx, people, tmp_path):
    target = tmp_path / "usb" / "cadangan.db"
    target.parent.mkdir()
    target.write_text("old contents")
    assert copy_database(ctx, target) == target
    assert people_in(target) == 5
    assert not target.with_name("cadangan.db.part").exists()


def test_automatic_backups_go_beside_the_file(ctx, people):
    path = database_file(ctx).path
    made = backup_sqlite(path, "test")
    assert made.parent == path.parent / "backups"
    assert people_in(made) == 5
