"""Merging village rows into the district database, generic over the schema.

Every table in `Base.metadata` is carried (but `alembic_version`), parents before children. A row is keyed by its
UUID `id`, unique across villages. For tables with the `Tracked` columns the newer version wins: a higher
`revision`, then a later `updated_at` on equal revisions; an equal or older row changes nothing. So merging a
package twice changes nothing, packages merge in any order to the same rows, and an older package merged after a
newer one keeps what the newer one set. Tombstones are rows like others (`deleted_at` set, revision up): the
district's figures read live rows only. Write-once tables (journal entries and lines, the audit trail) are only
ever inserted. One `INSERT … ON CONFLICT (id) DO UPDATE … WHERE newer` per batch, the same statement on
PostgreSQL and SQLite.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, and_, or_, select
from sqlalchemy.engine import Engine

from desmig_desktop.core.db.base import Base

BATCH = 1_000
SKIPPED_TABLES = {"alembic_version"}
WRITE_ONCE_TABLES = {"journal_entry", "journal_line", "audit_log"}  # never updated once written


def merged_tables() -> list[Table]:
    """The tables a merge carries, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def is_versioned(table: Table) -> bool:
    return {"id", "revision", "updated_at"} <= set(table.c.keys())


@dataclass
class MergeCounts:
    """Rows offered per table, and how many of them changed the district (inserted or newer)."""
    offered: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)

    @property
    def total_changed(self) -> int:
        return sum(self.changed.values())


def read_rows(source: Engine | Connection) -> dict[str, list[dict[str, Any]]]:
    """Every row of every carried table of a village database, as plain dicts (oldest first: a row's parents in
    its own table, such as the entry a reversal reverses, come before it)."""
    out: dict[str, list[dict[str, Any]]] = {}
    conn = source.connect() if isinstance(source, Engine) else source
    try:
        for table in merged_tables():
            query = select(table)
            if "created_at" in table.c:
                query = query.order_by(table.c.created_at, table.c.id)
            out[table.name] = [dict(row._mapping) for row in conn.execute(query)]
    finally:
        if isinstance(source, Engine):
            conn.close()
    return out


def _insert(conn: Connection, table: Table) -> Any:
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _upsert(conn: Connection, table: Table) -> Any:
    stmt = _insert(conn, table)
    key = [c for c in table.primary_key.columns]
    if table.name in WRITE_ONCE_TABLES or not is_versioned(table):
        return stmt.on_conflict_do_nothing(index_elements=key)
    excluded = stmt.excluded
    newer = or_(excluded.revision > table.c.revision,
                and_(excluded.revision == table.c.revision, excluded.updated_at > table.c.updated_at))
    return stmt.on_conflict_do_update(
        index_elements=key, set_={c.name: excluded[c.name] for c in table.columns if not c.primary_key}, where=newer)


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start:start + BATCH]


def merge_rows(conn: Connection, rows_by_table: Mapping[str, Iterable[Mapping[str, Any]]]) -> MergeCounts:
    """Merge one village's rows into the district inside the caller's transaction (a package: all or nothing).
    Tables are taken in dependency order whatever the mapping's order; a table the district does not know is a
    ValueError (a package from a newer schema is refused before this)."""
    known = {t.name: t for t in merged_tables()}
    unknown = sorted(set(rows_by_table) - set(known) - SKIPPED_TABLES)
    if unknown:
        raise ValueError(f"tables unknown to the district database: {', '.join(unknown)}")
    counts = MergeCounts()
    for table in merged_tables():
        rows = [dict(r) for r in rows_by_table.get(table.name, ())]
        counts.offered[table.name] = len(rows)
        changed = 0
        stmt = _upsert(conn, table)
        for batch in _batches(rows):
            result = conn.execute(stmt, batch)
            changed += max(result.rowcount, 0)
        counts.changed[table.name] = changed
    return counts
