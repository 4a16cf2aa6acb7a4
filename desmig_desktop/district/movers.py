"""People who move between villages: one NIK live in two or more villages of the district (issue 10 point 5).

THE RULE (also in the district package's docstring): a NIK live and present — the registry's
`registry.status.in_village` on the day, from the person's `pindah_keluar` / `pindah_datang` / `meninggal` /
`lahir` events — in two or more villages is one person. It is counted in the village with the latest
`pindah_datang` on or before the day; when none of those villages recorded one, in the village whose person row
was created first (ties: the smaller person id, so the choice never depends on the order packages arrived).
A village where the NIK is live but not present does not count the person anyway (its own recap already leaves
them out). It is not an error at merge: each such NIK is listed (`movers`, the `district_conflict` table) with
its villages and the dates of their moves, and the recap drops the people "counted elsewhere" (`not_counted`).

Finding them stays cheap on a million people: one `GROUP BY nik HAVING COUNT(DISTINCT village_id) > 1` over the
live people, then the rule in Python for those few.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, select
from sqlalchemy.engine import Engine

from desmig_desktop.registry.models import LifeEvent, Person, Village
from desmig_desktop.registry.status import in_village

MOVED_IN, MOVED_OUT = "pindah_datang", "pindah_keluar"  # registry.enums.LIFE_EVENTS codes


@dataclass(frozen=True)
class MoverPlace:
    """One village where the NIK is live: its person row there and that row's moves up to the day."""

    village_code: str
    village_name: str
    kecamatan: str
    person_id: str
    moved_out_on: date | None  # the latest pindah keluar on or before the day
    moved_in_on: date | None  # the latest pindah datang on or before the day
    counted: bool  # the one village that counts this person on the day (at most one per NIK)
    present: bool = False  # in the village on the day (registry.status.in_village)
    village_id: str = ""


@dataclass(frozen=True)
class Mover:
    nik: str  # in full: mask it (core.privacy.mask_number) wherever it is shown
    name: str
    places: tuple[MoverPlace, ...]  # by village code

    @property
    def counted_in(self) -> MoverPlace | None:
        return next((p for p in self.places if p.counted), None)


@dataclass(frozen=True)
class _Row:
    nik: str
    name: str
    person_id: str
    village_id: str
    village_code: str
    village_name: str
    kecamatan: str
    birth_date: date | None
    created_at: datetime | None


def _candidates(conn: Connection) -> list[_Row]:
    """The live person rows whose NIK is live in two or more villages."""
    live = and_(Person.deleted_at.is_(None), Person.nik.is_not(None), Person.nik != "")
    shared = (select(Person.nik).where(live).group_by(Person.nik)
              .having(func.count(func.distinct(Person.village_id)) > 1)).subquery()
    query = (select(Person.nik, Person.name, Person.id, Person.village_id, Village.code, Village.name,
                    Village.kecamatan, Person.birth_date, Person.created_at)
             .join(shared, shared.c.nik == Person.nik)
             .outerjoin(Village, Village.id == Person.village_id)
             .where(live))
    return [_Row(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6] or "", r[7], r[8]) for r in conn.execute(query)]


def _events(conn: Connection, person_ids: set[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):  # bounded IN lists on both databases
        rows = conn.execute(select(LifeEvent.person_id, LifeEvent.kind, LifeEvent.event_date)
                            .where(LifeEvent.deleted_at.is_(None), LifeEvent.person_id.in_(ids[start:start + 500]))
                            .order_by(LifeEvent.event_date, LifeEvent.created_at, LifeEvent.id))
        for e in rows:
            out.setdefault(e.person_id, []).append(e)
    return out


def _latest(events: list[Any], kind: str, day: date) -> date | None:
    dates = [e.event_date for e in events if e.kind == kind and e.event_date <= day]
    return max(dates) if dates else None


def _age(row: _Row) -> float:
    """When the row was created, comparable whatever the driver returned (unknown: the newest of all)."""
    return row.created_at.timestamp() if row.created_at is not None else float("inf")


def _decide(rows: list[_Row], events: dict[str, list[Any]], day: date) -> Mover:
    """THE RULE for one NIK's rows."""
    facts = []
    for r in rows:
        own = events.get(r.person_id, [])
        facts.append((r, in_village(own, r.birth_date, day), _latest(own, MOVED_OUT, day), _latest(own, MOVED_IN, day)))
    present = [f for f in facts if f[1]]
    winner: _Row | None = None
    moved_in = [f for f in present if f[3] is not None]
    if moved_in:
        winner = max(moved_in, key=lambda f: (f[3], _age(f[0]), f[0].person_id))[0]
    elif present:
        winner = min(present, key=lambda f: (_age(f[0]), f[0].person_id))[0]
    places = tuple(sorted((MoverPlace(r.village_code, r.village_name, r.kecamatan, r.person_id, out_on, in_on,
                                      r is winner, here, r.village_id) for r, here, out_on, in_on in facts),
                          key=lambda p: (p.village_code, p.person_id)))
    name = (winner or min(rows, key=lambda r: (_age(r), r.person_id))).name
    return Mover(rows[0].nik, name, places)


def movers_on(conn: Connection, day: date) -> list[Mover]:
    """`movers` inside the caller's connection or transaction."""
    rows = _candidates(conn)
    by_nik: dict[str, list[_Row]] = {}
    for r in rows:
        by_nik.setdefault(r.nik, []).append(r)
    events = _events(conn, {r.person_id for r in rows})
    found = [_decide(own, events, day) for own in by_nik.values()]
    return sorted(found, key=lambda m: (m.name.casefold(), m.nik))


def movers(engine: Engine, day: date) -> list[Mover]:
    """Every NIK live in two or more villages, with its villages and where it is counted on `day`."""
    with engine.connect() as conn:
        return movers_on(conn, day)


def not_counted(engine: Engine, day: date) -> dict[str, set[str]]:
    """village id -> the ids of its people present on `day` but counted in another village (THE RULE)."""
    out: dict[str, set[str]] = {}
    for m in movers(engine, day):
        for p in m.places:
            if p.present and not p.counted:
                out.setdefault(p.village_id, set()).add(p.person_id)
    return out


def refresh_conflicts(conn: Connection, day: date) -> int:
    """Rewrite `district_conflict` (one row per NIK and village) from the people as merged; returns the number
    of NIKs listed. Runs inside the caller's transaction (the end of a merge run)."""
    from desmig_desktop.district.models import DistrictBase

    table = DistrictBase.metadata.tables["district_conflict"]
    found = movers_on(conn, day)
    conn.execute(delete(table))
    rows = [{"nik": m.nik, "person_id": p.person_id, "village_code": p.village_code, "moved_out_on": p.moved_out_on,
             "moved_in_on": p.moved_in_on, "counted": p.counted} for m in found for p in m.places]
    if rows:
        conn.execute(insert(table), rows)
    return len(found)
