"""Looking records up inside a unit of work: the one getter every area uses."""

from __future__ import annotations

from typing import Iterable, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.db.base import Base
from desmig_desktop.core.errors import NotFoundError

T = TypeVar("T")


def get_live(session: Session, model: type[T], record_id: str) -> T:
    """The row `record_id` of `model`, unless it does not exist or is tombstoned (NotFoundError)."""
    obj = session.get(model, record_id)
    if obj is None or getattr(obj, "deleted_at", None) is not None:
        raise NotFoundError(record_id)
    return obj


def require_live(session: Session, table_name: str, record_ids: Iterable[str]) -> None:
    """Every id must be a live row of `table_name` (a table of another area, named, not imported)."""
    wanted = set(record_ids)
    if not wanted:
        return
    table = Base.metadata.tables[table_name]
    found = set(session.scalars(select(table.c.id).where(table.c.id.in_(wanted), table.c.deleted_at.is_(None))))
    for missing in sorted(wanted - found):
        raise NotFoundError(missing)
