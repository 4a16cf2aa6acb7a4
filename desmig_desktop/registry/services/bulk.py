"""Set-at-a-time reading and writing for the register import: a constant number of SQL statements, whatever
the number of rows.

- `in_values(column, values)`: `column IN (...)` as ONE bound parameter on SQLite (a JSON array read by
  `json_each`, so SQLite's limit on bound variables never splits the lookup into chunks); other dialects get a
  plain expanding `IN`.
- `insert_rows(session, model, rows)`: one executemany INSERT of the model's table, plus the audit trail's
  "create" entries (`core.audit.record_created`). It passes no ORM event, so the rows must already hold what
  the use cases would give them: ids, timestamps and the derived columns; the village and the first revision
  (the mapper's `version_id_col`) are added here. A Core INSERT rather than the ORM's bulk path
  (`session.execute(insert(Model), rows)`): the same statement, without a copy of every row and the ORM's
  per-row bookkeeping (a third of the insert time for 20,000 people).
"""

from __future__ import annotations

import json
from typing import Any, Collection

from sqlalchemy import ColumnElement, func, insert, inspect, select
from sqlalchemy.orm import Session

from desmig_desktop.core.audit import record_created
from desmig_desktop.core.db.base import Tracked


def in_values(session: Session, column: Any, values: Collection[str]) -> ColumnElement[bool]:
    """`column IN values` in one statement with one parameter (SQLite), or an expanding IN elsewhere."""
    if session.get_bind().dialect.name == "sqlite":
        table = func.json_each(json.dumps(list(values))).table_valued("value")
        return column.in_(select(table.c.value))
    return column.in_(list(values))


def insert_rows(session: Session, model: type[Tracked], rows: list[dict[str, object]], village_id: str | None = None) -> None:
    """Insert the rows (each a dict of column values with its `id`) in one statement, and audit them.

    `village_id` goes into every row when the table has that column (the village each row belongs to).
    """
    if not rows:
        return
    if village_id is not None and "village_id" in model.__table__.c and "village_id" not in rows[0]:  # type: ignore[attr-defined]
        for row in rows:
            row["village_id"] = village_id
    mapper = inspect(model)
    version = mapper.version_id_col
    if version is not None and mapper.version_id_generator is not False and version.key not in rows[0]:
        first = mapper.version_id_generator(None)  # what the ORM gives a new row
        for row in rows:
            row[version.key] = first
    session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
    record_created(session, model, rows)
