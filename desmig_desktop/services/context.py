"""The service context: engine + officer, the unit of work, and the audit trail."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session

from desmig_desktop.db.base import Tracked, new_id, utcnow
from desmig_desktop.db.engine import open_database
from desmig_desktop.domain.models import AuditEntry


@dataclass
class ServiceContext:
    engine: Engine
    officer: str = "Petugas Desmigratif"
    today_override: date | None = None  # tests and the demo pin "today"

    @classmethod
    def open(cls, path: str | Path, officer: str = "Petugas Desmigratif") -> "ServiceContext":
        return cls(open_database(path), officer)

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
        with Session(self.engine, info={"officer": self.officer}, expire_on_commit=False) as session:
            with session.begin():
                yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with Session(self.engine) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


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
