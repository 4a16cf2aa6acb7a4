"""Looking records up inside a unit of work (the one getter every area uses), and tombstoning what hangs on a record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Collection, Iterable, Mapping, TypeVar

from sqlalchemy import column as sa_column
from sqlalchemy import inspect, select, update
from sqlalchemy import table as sa_table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desmig_desktop.core import audit
from desmig_desktop.core.db.base import Base, utcnow
from desmig_desktop.core.db.types import UTCDateTime
from desmig_desktop.core.errors import Issue, NotFoundError, ValidationError
from desmig_desktop.core.i18n import _

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


def _mapped_class(table_name: str) -> Any:
    table = Base.metadata.tables.get(table_name)
    return next((m.class_ for m in Base.registry.mappers if m.local_table is table), None) if table is not None else None


def sync_links(session: Session, current: Mapping[str, Any], wanted: Iterable[str], make: Callable[[str], Any],
               when: datetime) -> None:
    """Make a record's live link rows (`current`: key -> row) match `wanted`: the rows whose key is no longer
    wanted are tombstoned at `when`, and `make(key)` adds a row for each new key (in order, once each)."""
    keys = list(dict.fromkeys(wanted))
    for key, row in current.items():
        if key not in keys:
            row.deleted_at = when
    for key in keys:
        if key not in current:
            session.add(make(key))


def reference_graph(session: Session) -> dict[str, list[tuple[str, str]]]:
    """Referenced table -> every (table, column) with a foreign key to its `id`: the models' tables
    (`Base.metadata`), then the tables of the database that no imported model describes (an area whose models
    this process has not imported yet, e.g. when its screens were not opened)."""
    graph: dict[str, list[tuple[str, str]]] = {}
    for t in Base.metadata.sorted_tables:
        for fk in t.foreign_keys:
            if fk.column.name == "id" and fk.column.table is not t:
                graph.setdefault(fk.column.table.name, []).append((t.name, fk.parent.name))
    inspector = inspect(session.connection())
    for name in sorted(set(inspector.get_table_names()) - set(Base.metadata.tables)):
        for fk in inspector.get_foreign_keys(name):
            if fk["referred_columns"] == ["id"] and fk["referred_table"] != name:
                graph.setdefault(fk["referred_table"], []).append((name, fk["constrained_columns"][0]))
    return graph


def tombstone_dependents(session: Session, target: str, ids: Collection[str], when: datetime) -> int:
    """Tombstone every live row that hangs on the rows `ids` of table `target` (a foreign key to it), and the
    rows hanging on those, in the caller's unit of work; returns how many rows were tombstoned.

    Rows of mapped tables change through the ORM (revision and audit trail as for any change); rows of tables
    known only to the database (see `reference_graph`) by one Core UPDATE per table that raises `revision` and
    writes their `delete` entries in the audit trail itself.
    """
    graph = reference_graph(session)
    done = 0
    todo = [(target, set(ids))]
    seen: set[tuple[str, str]] = {(target, i) for i in ids}
    while todo:
        parent, parent_ids = todo.pop()
        for name, column in graph.get(parent, ()):
            hit = _tombstone_orm(session, name, column, parent_ids, when) if _mapped_class(name) is not None \
                else _tombstone_core(session, name, column, parent_ids, when)
            fresh = {i for i in hit if (name, i) not in seen}
            seen.update((name, i) for i in fresh)
            done += len(fresh)
            if fresh:
                todo.append((name, fresh))
    return done


def _tombstone_orm(session: Session, name: str, column: str, parent_ids: set[str], when: datetime) -> list[str]:
    model = _mapped_class(name)
    if not hasattr(model, "deleted_at"):
        return []
    rows = session.scalars(select(model).where(getattr(model, column).in_(parent_ids), model.deleted_at.is_(None))).all()
    for row in rows:
        row.deleted_at = when
    return [row.id for row in rows]


def _tombstone_core(session: Session, name: str, column: str, parent_ids: set[str], when: datetime) -> list[str]:
    if "deleted_at" not in {c["name"] for c in inspect(session.connection()).get_columns(name)}:
        return []
    t = sa_table(name, sa_column("id"), sa_column(column), sa_column("village_id"), sa_column("revision"),
              sa_column("deleted_at", UTCDateTime()), sa_column("updated_at", UTCDateTime()))
    rows = session.execute(select(t.c.id, t.c.village_id).where(t.c[column].in_(parent_ids), t.c.deleted_at.is_(None))).all()
    if not rows:
        return []
    hit = [row.id for row in rows]
    session.execute(update(t).where(t.c.id.in_(hit)).values(deleted_at=when, updated_at=when, revision=t.c.revision + 1))
    officer = session.info.get("officer")
    if officer is not None:
        audit.write(session, (audit.entry(officer, utcnow(), "delete", name, row.id, row.village_id,
                                          {"deleted_at": [None, when.isoformat()]}) for row in rows))
    return hit


# --- Deleting and undoing -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Deletion:
    """What one delete tombstoned: the record, and `count` rows in all (the record and what hung on it), all
    with the same `when` — the key an undo uses to bring back exactly those rows."""

    table: str
    record_id: str
    when: datetime
    count: int


@dataclass(frozen=True)
class DeletedRow:
    """A record the officer deleted (not a row that went with another one): what the "Terhapus" view lists."""

    table: str
    record_id: str
    when: datetime


def tombstone(session: Session, obj: Any) -> Deletion:
    """Tombstone `obj` and everything hanging on it, in the caller's unit of work (audit trail as for any
    change). Undo with `restore_in(session, deletion.table, deletion.record_id, deletion.when)`."""
    if obj.deleted_at is not None:
        raise NotFoundError(obj.id)
    when = utcnow()
    obj.deleted_at = when
    count = 1 + tombstone_dependents(session, obj.__tablename__, [obj.id], when)
    session.flush()
    return Deletion(obj.__tablename__, obj.id, when, count)


def _deleted_with(session: Session, name: str, column: str, parent_ids: set[str], when: datetime) -> list[str]:
    """Rows of `name` hanging on `parent_ids` that were tombstoned at `when`; their tombstones are cleared."""
    model = _mapped_class(name)
    if model is not None:
        if not hasattr(model, "deleted_at"):
            return []
        rows = session.scalars(select(model).where(getattr(model, column).in_(parent_ids), model.deleted_at == when)).all()
        for row in rows:
            row.deleted_at = None
        return [row.id for row in rows]
    if "deleted_at" not in {c["name"] for c in inspect(session.connection()).get_columns(name)}:
        return []
    t = sa_table(name, sa_column("id"), sa_column(column), sa_column("village_id"), sa_column("revision"),
              sa_column("deleted_at", UTCDateTime()), sa_column("updated_at", UTCDateTime()))
    rows = session.execute(select(t.c.id, t.c.village_id).where(t.c[column].in_(parent_ids), t.c.deleted_at == when)).all()
    if not rows:
        return []
    hit = [row.id for row in rows]
    now = utcnow()
    session.execute(update(t).where(t.c.id.in_(hit)).values(deleted_at=None, updated_at=now, revision=t.c.revision + 1))
    officer = session.info.get("officer")
    if officer is not None:
        audit.write(session, (audit.entry(officer, now, "restore", name, row.id, row.village_id,
                                          {"deleted_at": [when.isoformat(), None]}) for row in rows))
    return hit


def _check_parents_live(session: Session, table: Any, row: Any) -> None:
    for fk in table.foreign_keys:
        parent = fk.column.table
        value = getattr(row, fk.parent.name, None)
        if value is None or parent is table or fk.column.name != "id" or "deleted_at" not in parent.c:
            continue
        gone = session.scalar(select(parent.c.deleted_at).where(parent.c.id == value))
        if gone is not None:
            raise ValidationError([Issue(fk.parent.name, _(
                "Data ini tidak bisa dipulihkan karena data induknya ({table}) juga sudah dihapus. "
                "Pulihkan dulu data induknya dari daftar Terhapus.").format(table=parent.name))])


def restore_in(session: Session, table: str, record_id: str, when: datetime) -> int:
    """Undo a delete: clear the tombstone of the row and of the rows tombstoned with it (same `when`), in the
    caller's unit of work; returns how many rows came back. Rows deleted on their own, earlier or later, stay
    deleted. Refused (ValidationError, nothing changed) when the record's parent is deleted too, or when a row
    would clash with one made since (a NIK registered again)."""
    model = _mapped_class(table)
    if model is None:
        raise NotFoundError(record_id)
    obj = session.get(model, record_id)
    if obj is None or obj.deleted_at is None:
        raise NotFoundError(record_id)
    if obj.deleted_at != when:
        raise ValidationError([Issue("", _("Data ini sudah diubah sesudah dihapus; pulihkan dari daftar Terhapus."))])
    _check_parents_live(session, model.__table__, obj)
    graph = reference_graph(session)
    try:
        with session.begin_nested():
            obj.deleted_at = None
            done = 1
            todo = [(table, {record_id})]
            while todo:
                parent, parent_ids = todo.pop()
                for name, column in graph.get(parent, ()):
                    hit = _deleted_with(session, name, column, parent_ids, when)
                    done += len(hit)
                    if hit:
                        todo.append((name, set(hit)))
            session.flush()
    except IntegrityError:
        raise ValidationError([Issue("", _(
            "Data ini tidak bisa dipulihkan: sesudah dihapus, data yang sama (misalnya NIK atau No. KK yang sama) "
            "sudah dicatat lagi. Hapus atau ubah data yang baru dulu, lalu pulihkan."))]) from None
    return done


def restore_record(ctx: Any, table: str, record_id: str, when: datetime, after: Iterable[Any] = ()) -> int:
    """The committing use case of `restore_in` (the "Urungkan" action and the "Terhapus" view call it). Each of
    `after` — the areas' `Pillar.restored` hooks, `(session, table, record_id) -> None` — runs in the same unit of
    work once the rows are back, to recompute what they derive from them (the registry's statuses)."""
    with ctx.unit_of_work() as session:
        count = restore_in(session, table, record_id, when)
        for hook in after:
            hook(session, table, record_id)
        return count


def deleted_roots(session: Session, tables: Iterable[str], limit: int = 500) -> list[DeletedRow]:
    """The records of `tables` the officer deleted themselves, newest first: tombstoned rows whose parent rows
    (foreign keys) were not tombstoned in the same delete."""
    found: list[DeletedRow] = []
    for name in tables:
        t = Base.metadata.tables.get(name)
        if t is None or "deleted_at" not in t.c:
            continue
        rows = session.execute(select(t).where(t.c.deleted_at.is_not(None))
                               .order_by(t.c.deleted_at.desc()).limit(limit)).all()
        for row in rows:
            cascaded = False
            for fk in t.foreign_keys:
                parent = fk.column.table
                value = getattr(row, fk.parent.name, None)
                if value is None or parent is t or fk.column.name != "id" or "deleted_at" not in parent.c:
                    continue
                if session.scalar(select(parent.c.deleted_at).where(parent.c.id == value)) == row.deleted_at:
                    cascaded = True
                    break
            if not cascaded:
                found.append(DeletedRow(name, row.id, row.deleted_at))
    found.sort(key=lambda r: r.when, reverse=True)
    return found[:limit]


@dataclass(frozen=True)
class DeletedItem:
    """One line of the "Terhapus" view: an area says what the deleted record was."""

    table: str
    record_id: str
    when: datetime
    kind: str  # an N_() text ("Penduduk", "Penjualan"…), translated where it is shown
    title: str  # what the officer recognises it by (a name, a date and an amount…)


def deleted_items_of(session: Session, models: Mapping[str, Any], kinds: Mapping[str, str],
                     title: Callable[[str, Any], str]) -> list[DeletedItem]:
    """An area's `Pillar.deleted`: the records of its `models` (table -> mapped class) the officer deleted
    (`deleted_roots`), each worded by `title(table, row)` under its kind; the record's id when the row is gone."""
    out = []
    for r in deleted_roots(session, tuple(models)):
        obj = session.get(models[r.table], r.record_id)
        out.append(DeletedItem(r.table, r.record_id, r.when, kinds[r.table],
                               title(r.table, obj) if obj is not None else r.record_id))
    return out


def list_deleted(ctx: Any, describers: Iterable[Any]) -> list[DeletedItem]:
    """Every area's deleted records, newest first. A describer is an area's `(session) -> list[DeletedItem]`
    (`Pillar.deleted`), which calls `deleted_roots` for its own tables and words each row."""
    with ctx.reader() as session:
        items = [item for describe in describers for item in describe(session)]
    return sorted(items, key=lambda i: i.when, reverse=True)
