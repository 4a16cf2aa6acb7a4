"""A person's migration status is derived from placements and life events, never typed twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Protocol

from desmig_desktop.registry.enums import LEAVING_EVENTS

STAGE_PRIORITY = {"aktif": 3, "calon": 2, "purna": 1}


class PlacementLike(Protocol):
    stage: str
    registered_on: date | None
    departed_on: date | None
    returned_on: date | None


class EventLike(Protocol):
    kind: str
    event_date: date


def stage_on(p: PlacementLike, day: date | None) -> str | None:
    """The stage of one placement on a day (None = today's recorded stage)."""
    if day is None:
        return p.stage
    if p.returned_on is not None and p.returned_on <= day:
        return "purna"
    if p.departed_on is not None and p.departed_on <= day:
        return "aktif"
    if p.stage == "purna" and p.departed_on is None and p.returned_on is not None:
        return "aktif"  # returned later, departure date unknown: abroad before the return
    if p.registered_on is None or p.registered_on <= day:
        return "calon"
    return None


def own_stage(placements: Iterable[PlacementLike], day: date | None = None) -> str | None:
    """The person's stage: aktif beats calon beats purna (a purna registering again is calon)."""
    best: str | None = None
    for p in placements:
        s = stage_on(p, day)
        if s is not None and (best is None or STAGE_PRIORITY[s] > STAGE_PRIORITY[best]):
            best = s
    return best


def in_village(events: Iterable[EventLike], birth_date: date | None = None, day: date | None = None) -> bool:
    """Whether the person is on the active lists: not moved out or dead (as of `day`)."""
    if day is not None and birth_date is not None and birth_date > day:
        return False
    last: EventLike | None = None
    for e in events:
        if day is not None and e.event_date > day:
            continue
        if last is None or e.event_date >= last.event_date:
            last = e
    return last is None or last.kind not in LEAVING_EVENTS


@dataclass(frozen=True)
class MemberState:
    key: str
    stage: str | None


def status_of(own: str | None, household_has_migrant: bool) -> str:
    """The derived status: own stage, else `keluarga` when someone in the household is (or was) a PMI."""
    if own is not None:
        return own
    return "keluarga" if household_has_migrant else "none"


def household_statuses(members: Iterable[MemberState]) -> dict[str, str]:
    """Status per member of one household."""
    members = list(members)
    has_migrant = any(m.stage is not None for m in members)
    return {m.key: status_of(m.stage, has_migrant) for m in members}


def age_on(birth_date: date, day: date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years
