"""A person's migration status is derived from placements and life events, never typed twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable, Protocol

from desmig_desktop.registry.enums import LEAVING_EVENTS

STAGE_PRIORITY = {"aktif": 3, "calon": 2, "purna": 1}
GIVEN_UP = "batal"  # a calon who gave up (batal berangkat): a placement stage, never a person's status


class PlacementLike(Protocol):
    stage: str
    registered_on: date | None
    departed_on: date | None
    returned_on: date | None


class EventLike(Protocol):
    kind: str
    event_date: date


def _cancelled_on(p: PlacementLike) -> date | None:
    return getattr(p, "cancelled_on", None)


def steps(p: PlacementLike) -> list[tuple[date, str]]:
    """The dated steps of a placement, in order: (day, stage that starts that day)."""
    dated = [(p.registered_on, "calon"), (p.departed_on, "aktif"), (p.returned_on, "purna"),
             (_cancelled_on(p), GIVEN_UP)]
    order = {"calon": 0, "aktif": 1, "purna": 2, GIVEN_UP: 3}
    return sorted(((d, st) for d, st in dated if d is not None), key=lambda x: (x[0], order[x[1]]))


def stage_on(p: PlacementLike, day: date | None) -> str | None:
    """The stage of one placement on a day (None = today's recorded stage).

    Definition: each dated step starts a stage on its day and the stage lasts until the next dated step —
    calon from the registration date, aktif from the departure date, purna from the return date, batal from the
    day the calon gave up. A step whose date is unknown starts nothing: a placement with no registration date
    is calon on no day at all (not from the beginning of time), a return without a departure date makes the
    placement purna from the return and nothing before. Before its first dated step a placement has no stage.
    """
    if day is None:
        return p.stage
    current: str | None = None
    for when, stage in steps(p):
        if when > day:
            break
        current = stage
    return current


def latest_step_on(p: PlacementLike, day: date) -> date | None:
    """The day of the placement's latest dated step on or before `day`."""
    dates = [when for when, _stage in steps(p) if when <= day]
    return max(dates) if dates else None


def current_placement(placements: Iterable[PlacementLike], day: date) -> tuple[str, PlacementLike] | None:
    """The placement that decides a person's stage on `day`, with that stage.

    Definition: among the placements that have a stage on `day` other than batal, the current one is the one
    whose latest dated step on or before `day` is the latest (ties, which overlapping-placement checks make
    rare: aktif before calon before purna). A placement given up (batal) decides nothing: the person is what
    the other placements make them, as if the calon had never registered. None: no placement has a stage.
    """
    best: tuple[tuple[date, int], str, PlacementLike] | None = None
    for p in placements:
        st = stage_on(p, day)
        if st is None or st == GIVEN_UP:
            continue
        key = (latest_step_on(p, day) or date.min, STAGE_PRIORITY[st])
        if best is None or key > best[0]:
            best = (key, st, p)
    return None if best is None else (best[1], best[2])


def own_stage(placements: Iterable[PlacementLike], day: date | None = None) -> str | None:
    """The person's own stage on `day` (see `current_placement`); with no day, today's recorded stages decide:
    aktif beats calon beats purna (a purna registering again is calon), batal counts for nothing."""
    if day is not None:
        found = current_placement(placements, day)
        return None if found is None else found[0]
    best: str | None = None
    for p in placements:
        s = p.stage
        if s in STAGE_PRIORITY and (best is None or STAGE_PRIORITY[s] > STAGE_PRIORITY[best]):
            best = s
    return best


def in_village(events: Iterable[EventLike], birth_date: date | None = None, day: date | None = None) -> bool:
    """Whether the person lives in the village on `day` (None: as recorded today).

    Definition: the latest life event dated on or before the day decides — lahir or pindah_datang: a resident;
    pindah_keluar or meninggal: not. Before the first event, the person is a resident only if that first event
    is a leaving one (they lived here to leave it); someone who came in 2019 was not a resident in 2017.
    Nobody is a resident before their birth date; a person with no events at all is a resident from birth.
    """
    if day is not None and birth_date is not None and birth_date > day:
        return False
    ordered = sorted(events, key=lambda e: e.event_date)  # stable: same-day events keep their recorded order
    if not ordered:
        return True
    last: EventLike | None = None
    for e in ordered:
        if day is not None and e.event_date > day:
            break
        last = e
    if last is None:
        return ordered[0].kind in LEAVING_EVENTS
    return last.kind not in LEAVING_EVENTS


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
