"""Keeps the derived `status` / `in_village` / `current_country` / `current_departed_on` columns in step with
placements and life events."""

from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.services.bulk import in_values
from desmig_desktop.registry.status import MemberState, household_statuses, in_village, own_stage


def _live(rows):  # type: ignore[no-untyped-def]
    return [r for r in rows if r.deleted_at is None]


# ---- the current placement: the one rule (the person list's Negara tujuan / Tgl Berangkat, its sorts) --------

STAGE_RANK = {"aktif": 3, "calon": 2, "purna": 1}  # a given-up (batal) placement is never the current one
# What a placement row must give, in this order, to `current_placements`.
PLACEMENT_FACTS = ("person_id", "stage", "country", "departed_on", "returned_on", "registered_on", "created_at", "id")
NO_CURRENT: tuple[str | None, date | None] = (None, None)


def current_placements(rows: Iterable[Sequence[Any]]) -> dict[str, tuple[str | None, date | None]]:
    """(country, departure day) of each person's current placement, from their live placements given as
    PLACEMENT_FACTS tuples: aktif before calon before purna (as `status.own_stage`), among equals the one with
    the latest date (return, else departure, else registration), then the last recorded; batal never."""
    found: dict[str, tuple[tuple[Any, ...], str | None, date | None]] = {}
    for pid, stage, country, departed, returned, registered, created, pl_id in rows:
        if stage not in STAGE_RANK:
            continue
        rank = (STAGE_RANK[stage], returned or departed or registered or date.min, created, pl_id)
        if pid not in found or rank > found[pid][0]:
            found[pid] = (rank, country or "", departed)
    return {pid: (country, departed) for pid, (_rank, country, departed) in found.items()}


def refresh_current_placements(session: Session, person_ids: Iterable[str]) -> None:
    """Set current_country / current_departed_on of these people from their live placements in the database
    (rows written without the ORM: the register import, test data); one read and one executemany."""
    ids = list(person_ids)
    if not ids:
        return
    facts = [getattr(Placement, c) for c in PLACEMENT_FACTS]
    current = current_placements(session.execute(select(*facts).where(
        in_values(session, Placement.person_id, ids), Placement.deleted_at.is_(None))))
    stmt = update(Person.__table__).where(Person.__table__.c.id == bindparam("pid")).values(
        current_country=bindparam("country"), current_departed_on=bindparam("departed"))
    rows = [{"pid": pid, "country": c, "departed": d} for pid, (c, d) in
            ((pid, current.get(pid, NO_CURRENT)) for pid in ids)]
    session.execute(stmt, rows)


def refresh_people(session: Session, people: list[Person]) -> None:
    """Recompute status for these people and everyone in their households."""
    session.flush()
    household_ids = {p.household_id for p in people if p.household_id}
    loners = [p for p in people if not p.household_id]
    for group in _members(session, household_ids).values():
        _apply(group)
    for p in loners:
        _apply([p])


def statuses_with_newcomers(session: Session, newcomers: Mapping[str, Sequence[MemberState]]) -> dict[str, str]:
    """The status of people about to be inserted in bulk (household id -> their own stages), by MemberState.key.

    The members already in those households count in (a new PMI makes them `keluarga`) and are brought up to
    date in the session as `refresh_people` does; households not in the database yet cost no query per row.
    """
    existing = _members(session, set(newcomers))
    statuses: dict[str, str] = {}
    for household_id, states in newcomers.items():
        statuses.update(_apply(existing.get(household_id, []), states))
    return statuses


def _members(session: Session, household_ids: set[str]) -> dict[str, list[Person]]:
    """Live members of these households with their placements and life events (a few queries in all)."""
    if not household_ids:
        return {}
    members = session.scalars(
        select(Person)
        .where(in_values(session, Person.household_id, household_ids), Person.deleted_at.is_(None))
        .options(selectinload(Person.placements), selectinload(Person.life_events))
    ).all()
    by_household: dict[str, list[Person]] = {}
    for m in members:
        by_household.setdefault(m.household_id or "", []).append(m)
    return by_household


def _apply(group: list[Person], newcomers: Sequence[MemberState] = ()) -> dict[str, str]:
    states = [MemberState(p.id, own_stage(_live(p.placements))) for p in group]
    statuses = household_statuses([*states, *newcomers])
    for p in group:
        status = statuses[p.id]
        here = in_village(_live(p.life_events))
        if p.status != status:
            p.status = status
        if p.in_village != here:
            p.in_village = here
        country, departed = current_placements(
            [tuple(getattr(pl, c) for c in PLACEMENT_FACTS) for pl in _live(p.placements)]).get(p.id, NO_CURRENT)
        if (p.current_country, p.current_departed_on) != (country, departed):
            p.current_country, p.current_departed_on = country, departed
    return statuses
