"""Keeps the derived `status` / `in_village` columns in step with placements and life events."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.registry.models import Person
from desmig_desktop.registry.status import MemberState, household_statuses, in_village, own_stage


def _live(rows):  # type: ignore[no-untyped-def]
    return [r for r in rows if r.deleted_at is None]


def refresh_people(session: Session, people: list[Person]) -> None:
    """Recompute status for these people and everyone in their households."""
    session.flush()
    household_ids = {p.household_id for p in people if p.household_id}
    loners = [p for p in people if not p.household_id]
    if household_ids:
        members = session.scalars(
            select(Person)
            .where(Person.household_id.in_(household_ids), Person.deleted_at.is_(None))
            .options(selectinload(Person.placements), selectinload(Person.life_events))
        ).all()
        by_household: dict[str, list[Person]] = {}
        for m in members:
            by_household.setdefault(m.household_id or "", []).append(m)
        for group in by_household.values():
            _apply(group)
    for p in loners:
        _apply([p])


def _apply(group: list[Person]) -> None:
    states = [MemberState(p.id, own_stage(_live(p.placements))) for p in group]
    statuses = household_statuses(states)
    for p in group:
        status = statuses[p.id]
        here = in_village(_live(p.life_events))
        if p.status != status:
            p.status = status
        if p.in_village != here:
            p.in_village = here
