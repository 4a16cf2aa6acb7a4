"""What the person's page shows for one person (the family, the history, the life events), and what a delete would
take with it, worded for the confirmation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import column as sa_column
from sqlalchemy import inspect, select
from sqlalchemy import table as sa_table
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import Base
from desmig_desktop.core.errors import NotFoundError
from desmig_desktop.core.i18n import n_
from desmig_desktop.core.records import reference_graph
from desmig_desktop.registry.dto import HouseholdDTO, PersonDTO
from desmig_desktop.registry.models import Household, Person
from desmig_desktop.registry.services import convert


@dataclass(frozen=True)
class PersonOverviewDTO:
    person: PersonDTO
    household: HouseholdDTO | None  # with its live members (the person among them)


def person_overview(ctx: ServiceContext, person_id: str) -> PersonOverviewDTO:
    with ctx.reader() as s:
        p = s.scalars(
            select(Person).where(Person.id == person_id, Person.deleted_at.is_(None))
            .options(selectinload(Person.placements), selectinload(Person.life_events),
                     selectinload(Person.household).selectinload(Household.members))
        ).first()
        if p is None:
            raise NotFoundError(person_id)
        h = p.household if p.household is not None and p.household.deleted_at is None else None
        return PersonOverviewDTO(convert.person(p), convert.household(h) if h is not None else None)


# What hangs on a record, in the officer's words (tables of other areas are named, not imported).
_WORDS: dict[str, Callable[[int], str]] = {
    "placement": lambda n: n_("{n} riwayat migrasi", "{n} riwayat migrasi", n),
    "placement_contact_loss": lambda n: n_("{n} catatan hilang kontak", "{n} catatan hilang kontak", n),
    "life_event": lambda n: n_("{n} peristiwa", "{n} peristiwa", n),
    "person": lambda n: n_("{n} anggota keluarga", "{n} anggota keluarga", n),
    "group_member": lambda n: n_("{n} keanggotaan kelompok usaha", "{n} keanggotaan kelompok usaha", n),
    "training_attendance": lambda n: n_("{n} kehadiran pelatihan", "{n} kehadiran pelatihan", n),
    "socialisation_attendance": lambda n: n_("{n} kehadiran sosialisasi", "{n} kehadiran sosialisasi", n),
    "batch_worker": lambda n: n_("{n} kerja di batch produksi", "{n} kerja di batch produksi", n),
    "profit_share_line": lambda n: n_("{n} bagian bagi hasil", "{n} bagian bagi hasil", n),
}


def _has_tombstone(session: Session, name: str) -> bool:
    t = Base.metadata.tables.get(name)
    if t is not None:
        return "deleted_at" in t.c
    return "deleted_at" in {c["name"] for c in inspect(session.connection()).get_columns(name)}


def dependents(session: Session, table: str, record_id: str) -> dict[str, int]:
    """Live rows that would be tombstoned with the record, by table (what `core.records.tombstone` would take)."""
    graph = reference_graph(session)
    found: dict[str, int] = {}
    todo = [(table, {record_id})]
    seen: set[tuple[str, str]] = {(table, record_id)}
    while todo:
        parent, ids = todo.pop()
        for name, column in graph.get(parent, ()):
            if not _has_tombstone(session, name):
                continue
            t = sa_table(name, sa_column("id"), sa_column(column), sa_column("deleted_at"))
            hit = set(session.scalars(select(t.c.id).where(t.c[column].in_(ids), t.c.deleted_at.is_(None))))
            fresh = {i for i in hit if (name, i) not in seen}
            seen.update((name, i) for i in fresh)
            if fresh:
                found[name] = found.get(name, 0) + len(fresh)
                todo.append((name, fresh))
    return found


def goes_with(ctx: ServiceContext, table: str, record_id: str) -> list[str]:
    """What deleting the record takes with it, worded ("2 riwayat migrasi", "1 keanggotaan kelompok usaha")."""
    with ctx.reader() as s:
        counts = dependents(s, table, record_id)
    words = []
    other = 0
    for name, n in counts.items():
        if name in _WORDS:
            words.append(_WORDS[name](n).format(n=n))
        else:
            other += n
    if other:
        words.append(n_("{n} data lain", "{n} data lain", other).format(n=other))
    return words
