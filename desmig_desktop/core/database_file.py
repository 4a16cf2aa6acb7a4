"""What the shell says about the open file (path, schema version) and a copy of it the officer asks for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.engine import SCHEMA_HEAD, copy_sqlite, current_revision


@dataclass(frozen=True)
class DatabaseFile:
    path: Path | None  # None for a database that is not a file (in memory, a server)
    schema: str | None  # the file's schema revision
    schema_head: str  # the revision this version of the app writes


def database_file(ctx: ServiceContext) -> DatabaseFile:
    name = ctx.engine.url.database
    path = Path(name).resolve() if ctx.engine.url.get_backend_name() == "sqlite" and name else None
    return DatabaseFile(path, current_revision(ctx.engine), SCHEMA_HEAD)


def copy_database(ctx: ServiceContext, target: Path) -> Path:
    """A consistent copy of the open SQLite file at `target` (SQLite's online backup, written beside the
    target first and then moved over it, so a failed copy never leaves half a file)."""
    source = database_file(ctx).path
    if source is None:
        raise ValueError("not a file")
    part = target.with_name(target.name + ".part")
    copy_sqlite(source, part)
    part.replace(target)
    return target
