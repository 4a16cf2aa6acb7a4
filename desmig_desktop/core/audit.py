"""The audit trail: who changed which record, when, and which fields (old and new values, as JSON).

Written by a session listener for every unit of work that names an officer, so no use case can forget it.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import DateTime, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from desmig_desktop.core.db.base import Base, Tracked, new_id, utcnow


class AuditEntry(Base):
    """Who changed which record, when, and which fields (old and new values, as JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))  # create / update / delete
    table_name: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")


def _plain(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


AUDIT_SKIP = {"created_at", "updated_at", "status", "in_village"}


@event.listens_for(Session, "before_flush")
def _write_audit(session: Session, _ctx, _instances) -> None:  # type: ignore[no-untyped-def]
    officer = session.info.get("officer")
    if officer is None:
        return
    for obj in list(session.new):
        if not isinstance(obj, Tracked):
            continue
        if obj.id is None:
            obj.id = new_id()
        mapper = inspect(obj).mapper
        values = {
            c.key: [None, _plain(getattr(obj, c.key))]
            for c in mapper.column_attrs
            if c.key not in AUDIT_SKIP and c.key != "id" and getattr(obj, c.key) is not None
        }
        session.add(AuditEntry(at=utcnow(), officer=officer, action="create", table_name=mapper.local_table.name,
                               record_id=obj.id, changes=json.dumps(values, ensure_ascii=False)))
    for obj in list(session.dirty):
        if not isinstance(obj, Tracked) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, list[object]] = {}
        for attr in state.mapper.column_attrs:
            if attr.key in AUDIT_SKIP:
                continue
            hist = state.attrs[attr.key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[attr.key] = [_plain(old), _plain(new)]
        if not changes:
            continue
        action = "delete" if "deleted_at" in changes and changes["deleted_at"][0] is None else "update"
        session.add(AuditEntry(at=utcnow(), officer=officer, action=action, table_name=state.mapper.local_table.name,
                               record_id=obj.id, changes=json.dumps(changes, ensure_ascii=False)))


def record_created(session: Session, model: type[Tracked], rows: list[dict[str, object]]) -> None:
    """The "create" entries for rows written with a bulk INSERT (`session.execute(insert(model), rows)`), which
    passes no ORM event: one entry per row with the fields the listener records, in one INSERT.

    Each row must hold its `id`. Nothing is written when the session names no officer (as for the listener).
    """
    from sqlalchemy import insert

    officer = session.info.get("officer")
    if officer is None or not rows:
        return
    at, table = utcnow(), model.__table__.name  # type: ignore[attr-defined]
    session.execute(insert(AuditEntry), [
        {"at": at, "officer": officer, "action": "create", "table_name": table, "record_id": row["id"],
         "changes": json.dumps({key: [None, _plain(value)] for key, value in row.items()
                                if key not in AUDIT_SKIP and key != "id" and value is not None}, ensure_ascii=False)}
        for row in rows
    ])
