"""The service context: engine + officer + the file's village, the unit of work, and the audit trail."""

from __future__ import annotations

import functools
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Collection, Iterator

from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from desmig_desktop.core import audit  # noqa: F401  (the audit trail listens to every session)
from desmig_desktop.core.db.base import Tracked, file_village_id, utcnow
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
    # The district's scope: on a district database (rows of many villages), every ORM statement of the sessions
    # this context makes reads the rows of this village only — the village's recap, the same code (`scoped`) —
    # or of a batch of villages (a tuple of ids: the district recap reads 50 villages at once, then splits them).
    scope_village_id: str | tuple[str, ...] | None = None
    # Person ids of the scoped village counted in another village (district.movers): not "present" in its recap.
    not_counted: frozenset[str] = frozenset()

    def scoped(self, village_id: str, not_counted: frozenset[str] | set[str] = frozenset()) -> "ServiceContext":
        """This context narrowed to one village of a district database: reads only (a unit of work is refused)."""
        return ServiceContext(self.engine, self.officer, self.today_override, village_id, self.path,
                              scope_village_id=village_id, not_counted=frozenset(not_counted))

    def read_ids(self) -> tuple[str, ...] | None:
        """The village ids this context's reads are narrowed to, sorted (one village, or a batch of a district's);
        None when it is not scoped (a village file: every row is read). Core statements, which the scope does not
        reach, name these villages themselves."""
        scope = self.scope_village_id
        if scope is None:
            return None
        return (scope,) if isinstance(scope, str) else tuple(sorted(scope))

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
        if self.scope_village_id is not None:
            raise RuntimeError("a context scoped to one village of a district database only reads")
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
            if self.scope_village_id is not None:
                scope_session(session, self.scope_village_id)
            yield session

    def close(self) -> None:
        self.engine.dispose()


def scope_session(session: Session, village_id: str | Collection[str]) -> None:
    """Every ORM SELECT of `session` (column-only ones too, joins, subqueries, relationship and aliased loads)
    reads the rows of `village_id` only (or of any of several villages: the district reads a batch of villages'
    registries in one pass), for every table with the Tracked columns. Core statements on the session's
    connection (`session.connection().execute`) are NOT filtered: code that must honour a scope goes through
    `session.execute`."""
    if isinstance(village_id, str):
        criteria = with_loader_criteria(Tracked, lambda cls: cls.village_id == village_id, include_aliases=True)
    else:
        ids = sorted(village_id)
        criteria = with_loader_criteria(Tracked, lambda cls: cls.village_id.in_(ids), include_aliases=True)

    def only_village(state: ORMExecuteState) -> None:
        if state.is_select and not state.is_column_load and not state.is_relationship_load:  # those inherit it
            state.statement = state.statement.options(criteria)

    event.listen(session, "do_orm_execute", only_village)


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
