"""The one function that opens a database: back it up, then upgrade it to alembic head."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError

from desmig_desktop.core.i18n import _
from desmig_desktop.core.paths import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
KEEP_BACKUPS = 10
# The newest revision in migrations/versions (tests/test_migrations.py checks it). Opening a file that is
# already there needs no alembic at all: a third of a second less at every launch.
SCHEMA_HEAD = "0005"


class NewerDatabaseError(Exception):
    """The file was written by a newer Desmig Desktop: opening it here could damage it."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine with the project's connection settings (SQLite: WAL, foreign keys)."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


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


def backup_sqlite(path: Path, reason: str = "backup") -> Path:
    """Copy a live SQLite file safely (online backup API) into `backups/` beside it."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{reason}-{stamp}{path.suffix}"
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
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


def open_database(path: str | Path) -> Engine:
    """Open (or create) a village database file and bring its schema to alembic head.

    An existing file is first backed up into `backups/` next to it: always before an upgrade, and
    otherwise on the first open of each day (ten of each kind are kept).
    """
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = make_engine(f"sqlite:///{path}")
    if existed:
        revision = current_revision(engine)
        if revision is not None and revision.isdigit() and int(revision) > int(SCHEMA_HEAD):
            engine.dispose()
            raise NewerDatabaseError(_("Berkas {name} dibuat oleh Desmig Desktop versi yang lebih baru (skema {found}, "
                                       "versi ini {ours}). Perbarui aplikasi dulu; berkas tidak diubah.").format(
                name=path.name, found=revision, ours=SCHEMA_HEAD))
        if revision != SCHEMA_HEAD:
            backup = backup_sqlite(path, "pre-upgrade")
            log.info("database backed up before upgrade: %s", backup.name)
            upgrade(engine)
        elif not _backed_up_today(path):
            backup_sqlite(path, "harian")  # the first open of the day keeps a copy (the last 10 days)
    else:
        upgrade(engine, new_file=True)
    refresh_statistics(engine)
    return engine


def refresh_statistics(engine: Engine) -> None:
    """Give SQLite's planner fresh table statistics (a sampled ANALYZE: milliseconds, even at 100,000 people).

    Without them a name search walks the wrong index and is ten times slower.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA analysis_limit=400")
        conn.exec_driver_sql("ANALYZE")
