"""What the shell says about the open file (path, schema version) and a copy of it the officer asks for."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.engine import SCHEMA_HEAD, copy_sqlite, current_revision
from desmig_desktop.core.paths import attachments_dir


@dataclass(frozen=True)
class DatabaseFile:
    path: Path | None  # None for a database that is not a file (in memory, a server)
    schema: str | None  # the file's schema revision
    schema_head: str  # the revision this version of the app writes


def database_file(ctx: ServiceContext) -> DatabaseFile:
    name = ctx.engine.url.database
    path = Path(name).resolve() if ctx.engine.url.get_backend_name() == "sqlite" and name else None
    return DatabaseFile(path, current_revision(ctx.engine), SCHEMA_HEAD)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink(missing_ok=True)


def copy_database(ctx: ServiceContext, target: Path) -> Path:
    """A consistent copy of the open SQLite file at `target` (SQLite's online backup, written beside the
    target first and then moved over it, so a failed copy never leaves half a file), with the file's attachments
    folder (the scans, `core.paths.attachments_dir`) copied beside it as `<target stem>-berkas`: all or nothing
    — the target and its folder are replaced only when both copies are whole."""
    source = database_file(ctx).path
    if source is None:
        raise ValueError("not a file")
    target = Path(target)
    files, files_target = attachments_dir(source), attachments_dir(target)
    part = target.with_name(target.name + ".part")
    files_part = files_target.with_name(files_target.name + ".part")
    files_old = files_target.with_name(files_target.name + ".old")
    try:
        copy_sqlite(source, part)
        _remove(files_part)
        if files.is_dir():
            shutil.copytree(files, files_part)
    except BaseException:
        _remove(part)
        _remove(files_part)
        raise
    # Swap in: the old folder steps aside, the new one takes its place, then the file; undone on failure.
    _remove(files_old)
    moved_old = placed_new = False
    try:
        if files_target.exists() or files_target.is_symlink():
            files_target.rename(files_old)
            moved_old = True
        if files_part.exists():
            files_part.rename(files_target)
            placed_new = True
        part.replace(target)
    except BaseException:
        _remove(part)
        _remove(files_part)
        if placed_new:
            _remove(files_target)
        if moved_old:
            files_old.rename(files_target)
        raise
    _remove(files_old)
    return target
