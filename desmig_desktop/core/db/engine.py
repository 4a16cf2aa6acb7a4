"""The one function that opens a database: back it up, then upgrade it to alembic head."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError

from desmig_desktop.core.i18n import _
from desmig_desktop.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
KEEP_BACKUPS = 10
# The newest revision in migrations/versions (tests/test_migrations.py checks it). Opening a file that is
# already there needs no alembic at all: a third of a second less at every launch.
SCHEMA_HEAD = "0012"


class DatabaseOpenError(Exception):
    """The file cannot be opened as a village database. The message is one sentence for the officer, in the chosen
    language, naming the file and the fix (never SQLite's or SQLAlchemy's English)."""


class NewerDatabaseError(DatabaseOpenError):
    """The file was written by a newer Desmig Desktop: opening it here could damage it."""


class DatabaseMissingError(DatabaseOpenError):
    """The file does not exist and the caller asked not to create it (every command but `init` and `demo`)."""


SQLITE_MAGIC = b"SQLite format 3\x00"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _read_only_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA query_only=ON")  # belt and braces: the file is opened with mode=ro as well
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine with the project's connection settings (SQLite: WAL, foreign keys)."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_read_only_engine(path: Path) -> Engine:
    """An engine that can only read `path`: SQLite opens it with `mode=ro` (no journal, no WAL switch, no
    statistics written); in a folder it cannot write either, `immutable=1` (no -shm file needed)."""
    from urllib.parse import quote

    options = "mode=ro"
    if not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-wal").exists():
        options += "&immutable=1"
    uri = f"file:{quote(str(path))}?{options}"
    # The URL names the file (what the shell shows); the creator opens it read-only.
    engine = create_engine(f"sqlite:///{path}", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _read_only_pragmas)
    return engine


def is_read_only_file(path: Path) -> bool:
    """The file is marked read-only (no write bit: chmod 0444, or Windows' read-only attribute), or this user may
    not write it. The mark counts even for root, who could write anyway: the officer's intent is what matters."""
    mode = path.stat().st_mode
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))  # configparser: a URL may quote with %
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The file's schema revision, read without alembic (None for an empty file)."""
    with engine.connect() as conn:
        try:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError:  # no alembic_version table yet
            return None


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (SQLite's online backup API, safe while it is open)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a live SQLite file safely (online backup API) into `backups/` beside it."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{reason}-{stamp}{path.suffix}"
    copy_sqlite(path, target)
    old = sorted(folder.glob(f"{path.stem}-{reason}-*{path.suffix}"))
    for stale in old[:-KEEP_BACKUPS]:
        stale.unlink(missing_ok=True)
    return target


def _backed_up_today(path: Path) -> bool:
    folder = path.parent / "backups"
    today = datetime.now().strftime("%Y%m%d")
    return any(folder.glob(f"{path.stem}-*-{today}-*{path.suffix}"))


def migrate(engine: Engine, target: str = "head", down: bool = False, from_models: bool = False) -> None:
    """Run the migrations up (or `down`) to `target`.

    On SQLite, foreign keys are off while they run (a migration that rebuilds a table, alembic's batch mode,
    drops the table others point at) and checked before the work is committed. `from_models`: an empty
    database going to head gets head's tables from the models at once, stamped head (migrations/env.py).
    """
    from alembic import command

    cfg = alembic_config(str(engine.url))
    cfg.attributes["from_models"] = from_models
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a no-op inside a transaction: set before the migration's transaction begins
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all() if sqlite else []
                if broken:
                    raise RuntimeError(f"the migration to {target} left {len(broken)} broken references, "
                                       f"first in table {broken[0][0]}")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def upgrade(engine: Engine, new_file: bool = False) -> None:
    migrate(engine, "head", from_models=new_file)


def open_database(path: str | Path, create: bool = True) -> Engine:
    """Open (or create) a village database file and bring its schema to alembic head.

    An existing file is first backed up into `backups/` next to it: always before an upgrade, and
    otherwise on the first open of each day (ten of each kind are kept). `create=False`: a missing file raises
    DatabaseMissingError and nothing is created. A read-only file opens for reading only, with nothing written
    on open (`engine_is_read_only` says so); it cannot be upgraded. A folder, a file that is not SQLite or a
    damaged one raises DatabaseOpenError with one sentence for the officer.
    """
    path = Path(path).expanduser().resolve()
    if path.is_dir():
        raise DatabaseOpenError(_("{path} adalah folder, bukan berkas basis data: tulis nama berkasnya, "
                                  "misalnya {example}.").format(path=path, example=path / "desmig.db"))
    if not path.exists():
        if not create:
            raise DatabaseMissingError(_("Berkas basis data tidak ada: {path}.").format(path=path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from desmig_desktop.core.files import describe_os_error

            raise DatabaseOpenError(describe_os_error(exc, path.parent)) from None
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            with path.open("rb") as fh:
                magic = fh.read(len(SQLITE_MAGIC))
            if magic != SQLITE_MAGIC:
                raise DatabaseOpenError(_("{path} bukan berkas basis data Desmig Desktop (bukan SQLite): pilih berkas "
                                          ".db yang benar.").format(path=path))
        read_only = path.exists() and is_read_only_file(path)
    except OSError as exc:
        from desmig_desktop.core.files import describe_os_error

        raise DatabaseOpenError(describe_os_error(exc, path)) from None
    if read_only and not existed:
        raise DatabaseOpenError(_("Berkas basis data {path} kosong dan hanya-baca: tidak ada yang bisa dibuka.").format(
            path=path))
    engine = make_read_only_engine(path) if read_only else make_engine(f"sqlite:///{path}")
    try:
        _bring_to_head(engine, path, existed, read_only)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        log.warning("cannot open %s: %s", path, exc)
        reason = str(exc.orig).lower()
        if "locked" in reason or "busy" in reason:
            raise DatabaseOpenError(_("Berkas basis data {path} sedang dipakai program lain: tunggu sebentar atau tutup "
                                      "program itu, lalu coba lagi.").format(path=path)) from None
        if "readonly" in reason or "read-only" in reason:
            raise DatabaseOpenError(_("Berkas basis data {path} tidak dapat ditulis: periksa izin berkas dan "
                                      "foldernya.").format(path=path)) from None
        raise DatabaseOpenError(_("{path} rusak atau bukan berkas basis data Desmig Desktop: pilih berkas lain, atau "
                                  "pulihkan salinan dari folder backups di sebelahnya.").format(path=path)) from None
    engine.desmig_read_only = read_only  # type: ignore[attr-defined]
    return engine


def engine_is_read_only(engine: Engine) -> bool:
    """The engine was opened by `open_database` on a read-only file."""
    return bool(getattr(engine, "desmig_read_only", False))


def _bring_to_head(engine: Engine, path: Path, existed: bool, read_only: bool) -> None:
    if existed:
        revision = current_revision(engine)
        if revision is not None and revision.isdigit() and int(revision) > int(SCHEMA_HEAD):
            raise NewerDatabaseError(_("Berkas {name} dibuat oleh Desmig Desktop versi yang lebih baru (skema {found}, "
                                       "versi ini {ours}). Perbarui aplikasi dulu; berkas tidak diubah.").format(
                name=path.name, found=revision, ours=SCHEMA_HEAD))
        if revision != SCHEMA_HEAD and read_only:
            raise DatabaseOpenError(_("Berkas basis data {path} hanya-baca dan perlu diperbarui ke versi ini: salin ke "
                                      "folder yang bisa ditulis atau hilangkan tanda hanya-baca, lalu buka lagi.").format(
                path=path))
        if read_only:
            return  # no backup, no statistics: nothing is written on open
        if revision != SCHEMA_HEAD:
            backup = backup_sqlite(path, "pre-upgrade")
            log.info("database backed up before upgrade: %s", backup.name)
            upgrade(engine)
        elif not _backed_up_today(path):
            backup_sqlite(path, "harian")  # the first open of the day keeps a copy (the last 10 days)
    else:
        upgrade(engine, new_file=True)
    refresh_statistics(engine)


def refresh_statistics(engine: Engine) -> None:
    """Give SQLite's planner fresh table statistics (a sampled ANALYZE: milliseconds, even at 100,000 people).

    Without them a name search walks the wrong index and is ten times slower.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=400")
        conn.exec_driver_sql("ANALYZE")
