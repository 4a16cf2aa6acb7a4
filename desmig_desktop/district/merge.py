"""Merging village rows into the district database, generic over the schema.

Every table in `Base.metadata` is carried (but `alembic_version`), parents before children. A row is keyed by its
UUID `id`, unique across villages. For tables with the `Tracked` columns the newer version wins: a higher
`revision`, then a later `updated_at` on equal revisions; an equal or older row changes nothing. So merging a
package twice changes nothing, packages merge in any order to the same rows, and an older package merged after a
newer one keeps what the newer one set. Tombstones are rows like others (`deleted_at` set, revision up): the
district's figures read live rows only. Write-once tables (journal entries and lines, the audit trail) are only
ever inserted. One `INSERT … ON CONFLICT (id) DO UPDATE … WHERE newer` per batch, the same statement on
PostgreSQL and SQLite.

`merge_rows` takes Python values (dicts) through SQLAlchemy; `merge_tables` takes a package's RAW storage values
(`package.TableRows`: dates and timestamps as SQLite's text, booleans 0/1) and is built for throughput (500
villages of 26,000 rows in a minute): on SQLite the driver's `executemany` of one upsert per table, with no
SQLAlchemy type processing; on PostgreSQL a `COPY` into a session temp table shaped like the table, then one
`INSERT … SELECT … ON CONFLICT (id) DO UPDATE … WHERE newer` per table (the session's time zone is UTC, so naive
timestamp text is read as UTC; `0`/`1` are valid boolean input). Only the columns both the package and the
district know are written; a column the package lacks (an older village schema) takes its default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, and_, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from desmig_desktop.core.db.base import Base
from desmig_desktop.core.privacy import is_private

BATCH = 1_000
SKIPPED_TABLES = {"alembic_version"}
WRITE_ONCE_TABLES = {"journal_entry", "journal_line", "audit_log"}  # never updated once written


def merged_tables() -> list[Table]:
    """The tables a merge carries, parents before children: not those marked private (core.privacy), whose
    rows never leave the laptop (scans, complaint action logs)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED_TABLES and not is_private(t)]


def shared_columns(table: Table) -> tuple[str, ...]:
    """The columns of a merged table a package carries: not those marked private (a complaint's description);
    the district gets their default."""
    return tuple(c.name for c in table.columns if not is_private(c))


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
    """Every row of every carried table of a village database (its shared columns), as plain dicts (oldest first: a row's parents in
    its own table, such as the entry a reversal reverses, come before it)."""
    out: dict[str, list[dict[str, Any]]] = {}
    conn = source.connect() if isinstance(source, Engine) else source
    try:
        for table in merged_tables():
            query = select(*(table.c[name] for name in shared_columns(table)))
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


# ---- raw package rows, for throughput -------------------------------------------------------------------

RAW_BATCH = 10_000
MERGE_CHECKPOINT_PAGES = 16_384  # SQLite: the WAL is copied back every 64 MB, not after each package (4 MB)


@contextmanager
def merge_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for merging packages (the caller begins one transaction per package on it).

    On SQLite foreign keys are off while it is held: an upsert into a parent table makes SQLite search every
    child table for each row (an upsert may update), which grows with the district (quadratic over 500
    villages); the rows come from village files that enforce the same keys, in checksummed packages, parents
    first. And the WAL is checkpointed less often (a package writes more pages than the default 4 MB). On PostgreSQL `merge_tables` itself switches the triggers that check foreign keys off for the
    transaction where the role may (`session_replication_role`, as pg_restore --disable-triggers does).
    """
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # a no-op inside a transaction: set before the caller's transaction begins
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={MERGE_CHECKPOINT_PAGES}")
            conn.commit()
        try:
            yield conn
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
                conn.commit()


class MergeCancelled(Exception):
    """`cancelled()` said stop between two tables: the caller rolls its transaction back."""


def merge_tables(conn: Connection, tables: Mapping[str, Any], *,
                 cancelled: Callable[[], bool] | None = None,
                 on_table: Callable[[str], None] | None = None) -> MergeCounts:
    """Merge one package's tables (`{name: TableRows}`, raw storage values) inside the caller's transaction,
    parents before children whatever the mapping's order. A table the district does not know is a ValueError
    (a package from a newer schema is refused before this); `cancelled()` is asked before each table
    (MergeCancelled: roll back); `on_table(name)` is told each table as it starts."""
    known = {t.name for t in merged_tables()}
    unknown = sorted(set(tables) - known - SKIPPED_TABLES)
    if unknown:
        raise ValueError(f"tables unknown to the district database: {', '.join(unknown)}")
    pg = conn.dialect.name == "postgresql"
    write = _pg_write if pg else _sqlite_write
    if pg:
        _pg_bulk_settings(conn)
    counts = MergeCounts()
    for table in merged_tables():
        data = tables.get(table.name)
        if data is None:
            continue
        if cancelled is not None and cancelled():
            raise MergeCancelled()
        if on_table is not None:
            on_table(table.name)
        columns, rows = _project(table, tuple(data.columns), data.rows)
        counts.offered[table.name] = len(rows)
        counts.changed[table.name] = write(conn, table, columns, rows) if rows else 0
    return counts


def _project(table: Table, columns: tuple[str, ...], rows: list[Any]) -> tuple[list[str], Sequence[Any]]:
    """The package's columns the district table has, and the rows cut to them (no copy when all are known)."""
    keep = [i for i, name in enumerate(columns) if name in table.c]
    missing_key = [c.name for c in table.primary_key.columns if c.name not in columns]
    if missing_key:
        raise ValueError(f"table {table.name}: the package lacks its key column {missing_key[0]}")
    names = [columns[i] for i in keep]
    if len(keep) == len(columns):
        return names, rows
    getter = itemgetter(*keep)
    if len(keep) == 1:
        return names, [(getter(r),) for r in rows]
    return names, [getter(r) for r in rows]


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: Any, pg: bool) -> str | None:
    """A scalar Python default as SQL text (None: not expressible, left to the database's default)."""
    if isinstance(value, bool):
        return ("true" if value else "false") if pg else ("1" if value else "0")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return None


def _defaults(table: Table, columns: list[str], pg: bool) -> dict[str, str]:
    """Columns the package lacks that have a scalar Python default: their SQL literal (an older village's
    package meets a column added since; a server default or NULL covers the others)."""
    out: dict[str, str] = {}
    for column in table.columns:
        if column.name in columns or column.default is None or not getattr(column.default, "is_scalar", False):
            continue
        literal = _literal(column.default.arg, pg)
        if literal is not None:
            out[column.name] = literal
    return out


def _conflict(table: Table, columns: list[str]) -> str:
    key = ", ".join(_q(c.name) for c in table.primary_key.columns)
    updatable = [c for c in columns if not table.c[c].primary_key]
    if table.name in WRITE_ONCE_TABLES or not is_versioned(table) or not {"revision", "updated_at"} <= set(columns) \
            or not updatable:
        return f" ON CONFLICT ({key}) DO NOTHING"
    t = _q(table.name)
    sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in updatable)
    return (f" ON CONFLICT ({key}) DO UPDATE SET {sets} WHERE excluded.revision > {t}.revision OR "
            f"(excluded.revision = {t}.revision AND excluded.updated_at > {t}.updated_at)")


def _sqlite_write(conn: Connection, table: Table, columns: list[str], rows: Sequence[Any]) -> int:
    defaults = _defaults(table, columns, pg=False)
    names = ", ".join(_q(c) for c in [*columns, *defaults])
    values = ", ".join(["?"] * len(columns) + list(defaults.values()))
    sql = f"INSERT INTO {_q(table.name)} ({names}) VALUES ({values}){_conflict(table, columns)}"
    dbapi = conn.connection.dbapi_connection
    before = dbapi.total_changes
    cursor = dbapi.cursor()
    try:
        for start in range(0, len(rows), RAW_BATCH):
            cursor.executemany(sql, rows[start:start + RAW_BATCH])
    finally:
        cursor.close()
    return int(dbapi.total_changes - before)


def _pg_bulk_settings(conn: Connection) -> None:
    """For this transaction: no wait for the WAL flush at commit (a crash may lose the last packages merged, never
    corrupt anything; merging them again is harmless), and foreign-key triggers off where the role may (a
    superuser, or GRANT SET): the server checks each row's parents otherwise, about half of a merge's time."""
    conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
    if conn.info.get("desmig_replica_denied"):
        return
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        savepoint.commit()
    except DBAPIError:
        savepoint.rollback()
        conn.info["desmig_replica_denied"] = True


def _pg_all_new(cur: Any, table: Table, columns: list[str], rows: Sequence[Any]) -> bool:
    """None of the rows' keys is in the table yet (a village's first package): they can be copied straight in."""
    key = [c.name for c in table.primary_key.columns]
    if len(key) != 1:
        return False
    at = columns.index(key[0])
    cur.execute(f"SELECT 1 FROM {_q(table.name)} WHERE {_q(key[0])} = ANY(%s) LIMIT 1", ([r[at] for r in rows],))
    return cur.fetchone() is None


_PG_USED = "desmig_merge_temp_tables"  # conn.info: (transaction, names of temp tables filled in it)


def _pg_write(conn: Connection, table: Table, columns: list[str], rows: Sequence[Any]) -> int:
    tmp = _q(f"desmig_in_{table.name}")
    t = _q(table.name)
    names = ", ".join(_q(c) for c in columns)
    defaults = _defaults(table, columns, pg=True)
    dbapi = conn.connection.dbapi_connection
    transaction = conn.get_transaction()
    used = conn.info.get(_PG_USED)
    if used is None or used[0] is not transaction:
        used = conn.info[_PG_USED] = (transaction, set())
    with dbapi.cursor() as cur:
        if not defaults and _pg_all_new(cur, table, columns, rows):
            with cur.copy(f"COPY {t} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return len(rows)
        # A session temp table per district table, made once per connection; emptied at each commit.
        # (No NOT NULL there: a column the package lacks is left out of the INSERT and takes the table's default.)
        cur.execute(f"CREATE TEMP TABLE IF NOT EXISTS {tmp} ON COMMIT DELETE ROWS AS SELECT * FROM {t} WITH NO DATA")
        if table.name in used[1]:
            cur.execute(f"TRUNCATE {tmp}")
        used[1].add(table.name)
        with cur.copy(f"COPY {tmp} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        target = ", ".join([names, *(_q(c) for c in defaults)]) if defaults else names
        source = ", ".join([names, *defaults.values()]) if defaults else names
        cur.execute(f"INSERT INTO {t} ({target}) SELECT {source} FROM {tmp}{_conflict(table, columns)}")
        changed = cur.rowcount
    return max(int(changed), 0)
