"""The service context: engine + officer + the file's village, the unit of work, and the audit trail."""

from __future__ import annotations

import functools
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from desmig_desktop.core import audit  # noqa: F401  (the audit trail listens to every session)
from desmig_desktop.core.db.base import file_village_id, utcnow
from desmig_desktop.core.db.engine import engine_is_read_only, open_database
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError


class ReadOnlyDatabaseError(ValidationError):
    """A change was asked of a database opened read-only; nothing was written."""


@dataclass
class ServiceContext:
    engine: Engine
    officer: str = "Petugas Desmigratif"
    today_override: date | None = None  # tests and the demo pin "today"
    # The file's village, stamped on every new row (core.db.base). Read when the file opens; None in a new file
    # until the unit of work that creates the village (first run, `init`, the demo) commits.
    village_id: str | None = None
    path: Path | None = None  # the file, when opened by `open`

    @classmethod
    def open(cls, path: str | Path, officer: str = "Petugas Desmigratif", create: bool = True) -> "ServiceContext":
        """The context on a village file. `create=False`: a missing file raises DatabaseMissingError (nothing is
        created). A read-only file opens for reading; every unit of work then raises ReadOnlyDatabaseError."""
        ctx = cls(open_database(path, create=create), officer, path=Path(path))
        with ctx.reader() as session:
            ctx.village_id = file_village_id(session)
        return ctx

    @property
    def read_only(self) -> bool:
        return engine_is_read_only(self.engine)

    def today(self) -> date:
        return self.today_override or date.today()

    def now(self) -> datetime:
        """The current UTC time, on the pinned "today" when one is set (so stamps agree with it)."""
        current = utcnow()
        if self.today_override is None:
            return current
        return datetime.combine(self.today_override, current.timetz())

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session whose work is committed only if the block ends without an exception."""
        self.require_writable()
        info = {"officer": self.officer, "village_id": self.village_id}
        with Session(self.engine, info=info, expire_on_commit=False) as session:
            with session.begin():
                yield session
            if self.village_id is None:  # this unit of work created the village (or met the file's)
                self.village_id = session.info.get("village_id")

    def require_writable(self) -> None:
        """Raise ReadOnlyDatabaseError (a ValidationError) when the file was opened read-only."""
        if self.read_only:
            from desmig_desktop.core.i18n import _

            raise ReadOnlyDatabaseError([Issue("", _(
                "Berkas basis data {path} hanya-baca: perubahan tidak dapat disimpan. Hilangkan tanda hanya-baca "
                "berkasnya (atau salin ke folder yang bisa ditulis), lalu coba lagi.").format(path=self.path))])

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def use_case(twin: Callable[..., Any]) -> Callable[..., Saved]:
    """The committing use case made from its session-level twin `verb_noun_in(session, ctx, ...)`.

    `verb_noun(ctx, ...)` opens one unit of work, calls the twin, commits, and returns `Saved` with the id of
    the row the twin made (and the messages of its warnings when it returns `(row, warnings)`).
    """

    @functools.wraps(twin)
    def run(ctx: ServiceContext, *args: Any, **kwargs: Any) -> Saved:
        with ctx.unit_of_work() as session:
            made = twin(session, ctx, *args, **kwargs)
            if isinstance(made, tuple):
                row, warnings = made
                return Saved(row.id, tuple(w.message for w in warnings))
            return Saved(made.id)

    run.__name__ = run.__qualname__ = twin.__name__.removesuffix("_in")
    run.__doc__ = twin.__doc__
    return run
