"""Declarative base and the columns every table shares.

Every row carries what 500 village databases need to merge at the district without collisions: a UUID key,
the village it belongs to (`village_id`, the village row pointing at itself), UTC created/updated timestamps,
a `revision` counter raised by every UPDATE, and a soft-delete tombstone (`deleted_at`) so a merge sees deletions.

`village_id` is filled by a session listener on every new row of a unit of work (no use case can forget it):
from the session's `info["village_id"]` (the context puts the file's village there), else from a village
row being created in the same unit of work (the first-run profile, the demo), else from the file.

`revision` starts at 1 and is raised by one in every flush that changes a column of the row (a field, a
tombstone, a derived status), by a `before_flush` listener, not by SQLAlchemy's `version_id_col`: that one
adds `AND revision = ?` to each UPDATE and so forbids executemany — every changed row would cost its own
statement (the demo's status refresh: 1,447 UPDATEs instead of 15). A laptop has one writer at a time;
the merge needs the counter, not the lock. Statements that bypass the ORM (a Core or bulk `update()`) must
raise it themselves (`revision = revision + 1`), as `core.records.tombstone_dependents` does.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, event, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateIndex

from desmig_desktop.core.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
VILLAGE_TABLE = "village"
LIVE = "deleted_at IS NULL"
PG_WHERE = "postgresql_where"  # the Index.info key of a partial index's predicate on PostgreSQL


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Tracked:
    """Mixin: UUID key, village, timestamps, revision, tombstone."""

    is_village_root: ClassVar[bool] = False  # True on the village table only: its rows point at themselves

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    village_id: Mapped[str] = mapped_column(ForeignKey(f"{VILLAGE_TABLE}.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revision: Mapped[int] = mapped_column(Integer, default=1)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def partial_index(name: str, *columns: str, where: str = LIVE, unique: bool = False,
                  postgresql_where: str | None = None) -> Index:
    """An index over the rows matching `where` (by default the live rows), on SQLite and on PostgreSQL.

    The PostgreSQL predicate (`postgresql_where`, when it must be spelled differently) is kept in `Index.info`
    and added when PostgreSQL DDL is compiled, so that importing the models does not import the PostgreSQL
    dialect (an `Index(postgresql_where=...)` does, ~20 ms of every launch).
    """
    return Index(name, *columns, unique=unique, sqlite_where=text(where),
                 info={PG_WHERE: text(postgresql_where or where)})


@compiles(CreateIndex, "postgresql")
def _create_partial_index_on_postgresql(create: CreateIndex, compiler: Any, **kw: Any) -> str:
    index = create.element
    sql = compiler.visit_create_index(create, **kw)
    where = index.info.get(PG_WHERE)
    if where is None or index.dialect_options["postgresql"]["where"] is not None:
        return str(sql)
    return f"{sql} WHERE {compiler.sql_compiler.process(where, include_table=False, literal_binds=True)}"


# ---- the village of every new row ------------------------------------------------------------------

def file_village_id(session: Session) -> str | None:
    """The id of the file's (live) village row, or None in a new, empty file."""
    with session.no_autoflush:
        return session.execute(text(
            f"SELECT id FROM {VILLAGE_TABLE} ORDER BY deleted_at IS NOT NULL, created_at LIMIT 1")).scalar()


@event.listens_for(Session, "before_flush", insert=True)
def _raise_revisions(session: Session, _flush_context: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            obj.revision = (obj.revision or 0) + 1


@event.listens_for(Session, "before_flush", insert=True)
def _stamp_village(session: Session, _flush_context: Any, _instances: Any) -> None:
    fresh = [obj for obj in session.new if isinstance(obj, Tracked) and obj.village_id is None]
    if not fresh:
        return
    for root in (obj for obj in fresh if obj.is_village_root):
        root.id = root.id or new_id()
        root.village_id = root.id
        session.info["village_id"] = session.info.get("village_id") or root.id
    village_id = session.info.get("village_id") or file_village_id(session)
    if village_id is None:
        from desmig_desktop.core.errors import Issue, ValidationError
        from desmig_desktop.core.i18n import _

        raise ValidationError([Issue("village", _("Desa belum dibuat: jalankan `desmig init` atau isi profil desa dulu."))])
    session.info["village_id"] = village_id
    for obj in fresh:
        if obj.village_id is None:
            obj.village_id = village_id
