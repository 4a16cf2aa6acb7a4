"""The audit trail: who changed which record, when, and which fields (old and new values, as JSON).

Written by session listeners for every unit of work that names an officer, so no use case can forget it:
`before_flush` reads what is about to change (the values a new row was given; old and new values of every
changed field; a tombstone is a `delete`), and `after_flush` writes all of it in one executemany INSERT.
Entries have UUID keys and the village of the record, so the trails of many villages merge at the district.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, Text, event, insert, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from desmig_desktop.core.db.base import Base, Tracked, new_id, utcnow
from desmig_desktop.core.db.types import UTCDateTime
from desmig_desktop.core.privacy import PRIVATE_VALUE, is_private

PENDING = "audit_pending"  # session.info key: the entries of the flush under way


class AuditEntry(Base):
    """Who changed which record, when, and which fields (old and new values, as JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    village_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete / restore
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")


def _plain(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


# Derived or bookkeeping columns: the entry itself says when, and which village.
AUDIT_SKIP = {"created_at", "updated_at", "status", "in_village", "revision", "village_id",
               "current_country", "current_departed_on"}  # person: derived (registry status_sync)


def _private_keys(mapper: Any) -> frozenset[str]:
    """The attributes of a mapped class whose values never leave the laptop (core.privacy): the audit trail,
    which goes to the district, says that they changed, never what they hold."""
    table = mapper.local_table
    return frozenset(attr.key for attr in mapper.column_attrs
                     if is_private(table) or any(is_private(col) for col in attr.columns))


def _shown(key: str, value: object, hidden: frozenset[str]) -> object:
    return PRIVATE_VALUE if key in hidden and value not in (None, "") else _plain(value)


def entry(officer: str, at: datetime, action: str, table_name: str, record_id: str, village_id: str,
          changes: dict[str, list[object]]) -> dict[str, Any]:
    """One row of `audit_log`, as the parameters of the batch INSERT."""
    return {"id": new_id(), "village_id": village_id, "at": at, "officer": officer, "action": action,
            "table_name": table_name, "record_id": record_id, "changes": json.dumps(changes, ensure_ascii=False)}


def write(session: Session, entries: Iterable[dict[str, Any]]) -> None:
    """Insert entries in one executemany statement (also for changes made with Core statements)."""
    rows = list(entries)
    if rows:
        session.connection().execute(insert(AuditEntry.__table__), rows)


def record_created(session: Session, model: type[Tracked], rows: Iterable[dict[str, Any]]) -> None:
    """Audit rows inserted in bulk (an ORM bulk or Core INSERT passes no flush event): a `create` entry each.

    Each row is the dict of values it was inserted with, its `id` included.
    """
    officer = session.info.get("officer")
    if officer is None:
        return
    at, table = utcnow(), model.__table__.name  # type: ignore[attr-defined]
    fallback = session.info.get("village_id")
    hidden = _private_keys(inspect(model))
    write(session, (entry(officer, at, "create", table, row["id"], row.get("village_id") or fallback,
                          {key: [None, _shown(key, value, hidden)] for key, value in row.items()
                           if key not in AUDIT_SKIP and key != "id" and value is not None})
                    for row in rows))


def _created(obj: Tracked) -> dict[str, list[object]]:
    mapper = inspect(obj).mapper
    hidden = _private_keys(mapper)
    return {c.key: [None, _shown(c.key, getattr(obj, c.key), hidden)] for c in mapper.column_attrs
            if c.key not in AUDIT_SKIP and c.key != "id" and getattr(obj, c.key) is not None}


def _changed(obj: Tracked) -> dict[str, list[object]]:
    state = inspect(obj)
    hidden = _private_keys(state.mapper)
    changes: dict[str, list[object]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in AUDIT_SKIP:
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[attr.key] = [_shown(attr.key, old, hidden), _shown(attr.key, new, hidden)]
    return changes


def _action(changes: dict[str, list[object]]) -> str:
    """A tombstone set is a `delete`, a tombstone cleared (an undo) a `restore`, anything else an `update`."""
    if "deleted_at" in changes:
        before, after = changes["deleted_at"]
        if before is None and after is not None:
            return "delete"
        if before is not None and after is None:
            return "restore"
    return "update"


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _flush_context: Any, _instances: Any) -> None:
    session.info.pop(PENDING, None)
    officer = session.info.get("officer")
    if officer is None:
        return
    at = utcnow()
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Tracked):
            if obj.id is None:
                obj.id = new_id()
            rows.append(entry(officer, at, "create", obj.__table__.name, obj.id, obj.village_id,  # type: ignore[attr-defined]
                              _created(obj)))
    for obj in session.dirty:
        if not isinstance(obj, Tracked) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changed(obj)
        if changes:
            action = _action(changes)
            rows.append(entry(officer, at, action, obj.__table__.name, obj.id, obj.village_id,  # type: ignore[attr-defined]
                              changes))
    if rows:
        session.info[PENDING] = rows


@event.listens_for(Session, "after_flush")
def _write(session: Session, _flush_context: Any) -> None:
    write(session, session.info.pop(PENDING, ()))
