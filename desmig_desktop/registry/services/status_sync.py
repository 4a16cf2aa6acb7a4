"""Keeps the derived `status` / `in_village` columns in step with placements and life events."""

from __future__ import annotations

from typing import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.bulk import in_values
from desmig_desktop.registry.status import MemberState, household_statuses, in_village, own_stage


def _live(rows):  # type: ignore[no-untyped-def]
    return [r for r in rows if r.deleted_at is None]


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
    return statuses
