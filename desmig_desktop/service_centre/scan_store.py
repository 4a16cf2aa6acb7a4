"""Where the scans of a village file live on disk: `core.paths.attachments_dir(<db>)/<sha[:2]>/<sha><suffix>`,
one file per content (two rows with the same bytes share it). Plain file work; no session, no Qt."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, select

from desmig_desktop.core.paths import attachments_dir


def db_path_of(engine: Engine) -> Path | None:
    """The SQLite file behind `engine` (None for a database that is not a file)."""
    name = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).resolve()


def scan_path(folder: Path, sha256: str, suffix: str) -> Path:
    return folder / sha256[:2] / f"{sha256}{suffix}"


def file_sha256(source: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def store(source: Path, target: Path) -> None:
    """Copy `source` to `target` atomically (a temporary file in the target's folder, then renamed over it);
    nothing is written when the target already holds this content."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 16), b""):
                out.write(block)
        os.replace(part, target)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise


def remove_unused(engine: Engine, files: Iterable[tuple[str, str]]) -> list[Path]:
    """Unlink the files (sha256, suffix) that no live sc_scan row uses any more; returns what was removed."""
    from desmig_desktop.service_centre.models import Scan

    db = db_path_of(engine)
    wanted = set(files)
    if db is None or not wanted:
        return []
    folder = attachments_dir(db)
    removed: list[Path] = []
    with engine.connect() as conn:
        live = {(sha, suffix) for sha, suffix in conn.execute(select(Scan.sha256, Scan.suffix).where(
            Scan.sha256.in_({sha for sha, _suffix in wanted}), Scan.deleted_at.is_(None)))}
    for sha, suffix in sorted(wanted - live):
        path = scan_path(folder, sha, suffix)
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:  # open in a viewer on Windows: left behind, harmless
            continue
        removed.append(path)
        try:
            path.parent.rmdir()
        except OSError:
            pass
    return removed
