"""What the person list (search.PersonRow) lacks for a full register row: the person export
(exchange/persons_export.py) reads it for each page of the list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.dto import PlacementDTO
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services import convert
from desmig_desktop.registry.status import STAGE_PRIORITY

CHUNK = 900  # ids per IN (...)


@dataclass(frozen=True)
class PersonExtras:
    """What the person list (search.PersonRow) lacks for a full register row."""

    birth_place: str
    phone: str
    placement: PlacementDTO | None  # the one that sets the person's own stage (latest of that stage)


def person_extras(ctx: ServiceContext, person_ids: Sequence[str]) -> dict[str, PersonExtras]:
    out: dict[str, PersonExtras] = {}
    with ctx.reader() as s:
        for part in (person_ids[i:i + CHUNK] for i in range(0, len(person_ids), CHUNK)):
            people = s.scalars(select(Person).where(Person.id.in_(part)).options(selectinload(Person.placements)))
            for p in people:
                live = [pl for pl in p.placements if pl.deleted_at is None and pl.stage in STAGE_PRIORITY]
                best = max(live, default=None, key=lambda pl: (
                    STAGE_PRIORITY[pl.stage], pl.departed_on or pl.returned_on or pl.registered_on or date.min,
                    pl.created_at))
                out[p.id] = PersonExtras(p.birth_place, p.phone, convert.placement(best) if best else None)
    return out
