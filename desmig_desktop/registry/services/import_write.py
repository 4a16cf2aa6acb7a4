"""Writing a checked register: every household, person and placement in ONE transaction, in a constant number
of SQL statements (about twenty, whatever the number of rows).

What the one-at-a-time use cases (`people.create_household_in`, `register_person_in`, `add_placement_in`,
`status_sync.refresh_people`) give a row, the rows here get before they are inserted: a UUID, the UTC
timestamps, the values as `_fill` cleans them, the derived `status` / `in_village` (computed in memory, with
the members already in a family card counted in — no insert-then-update), and one audit entry per created row
(`core.audit.record_created`). The few dusun / RT units and the status of people already registered go
through the ORM session, so its audit listener sees them as usual.

All or nothing: the statements run inside one `unit_of_work`; an exception (cancellation included) rolls
everything back, and SQLite's journal undoes a half-written transaction after a crash or `kill -9`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Callable, Mapping

from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.db.base import new_id, utcnow
from desmig_desktop.registry.models import Dusun, Household, Person, Placement
from desmig_desktop.registry.nik import normalise_number
from desmig_desktop.registry.rules import PersonInput, PlacementInput
from desmig_desktop.registry.services.bulk import insert_rows
from desmig_desktop.registry.services.status_sync import NO_CURRENT, PLACEMENT_FACTS, current_placements, statuses_with_newcomers
from desmig_desktop.registry.services.village import ensure_dusun, ensure_rt, require_village
from desmig_desktop.registry.status import MemberState, in_village, own_stage

_PLACEMENT_FIELDS = tuple(f for f in fields(PlacementInput) if f.name != "extra")


@dataclass
class PlannedHousehold:
    row: int  # the first row naming this No. KK
    no_kk: str
    dusun: str  # normalised dusun name ("" = none)
    rw: int | None
    rt: int | None
    existing_id: str | None = None  # the family card is already in the database


@dataclass
class PlannedPerson:
    row: int
    person: PersonInput
    no_kk: str
    placement: PlacementInput | None


def person_row(data: PersonInput) -> dict[str, object]:
    """The column values `people._fill` gives a person (without id, household, timestamps or status)."""
    assert data.birth_date is not None
    return {
        "nik": None if data.nik_missing else normalise_number(data.nik), "name": " ".join(data.name.split()), "sex": data.sex,
        "birth_date": data.birth_date, "birth_place": data.birth_place.strip(),
        "relationship_to_head": data.relationship_to_head, "education": data.education,
        "marital_status": data.marital_status, "occupation": data.occupation.strip(), "phone": data.phone.strip(),
    }


def placement_row(data: PlacementInput) -> dict[str, object]:
    """The column values `people._fill_placement` gives a placement (without id, person or timestamps)."""
    values = {f.name: getattr(data, f.name) for f in _PLACEMENT_FIELDS}  # not asdict(): it deep-copies
    return {key: value.strip() if isinstance(value, str) else value for key, value in values.items()}


def write(
    ctx: ServiceContext,
    households: Mapping[str, PlannedHousehold],
    dusun_name: Callable[[str], str],
    plans: list[PlannedPerson],
    tick: Callable[[int, bool], None],
    before: Callable[[Session], None] | None = None,
) -> None:
    """Write the planned rows in one transaction. `tick(done, report)` counts 0..len(plans) and may raise
    (cancellation) until just before the commit. `before(session)` runs first in the same transaction (the
    updates of registered people, `import persons --mode update`)."""
    with ctx.unit_of_work() as s:
        if before is not None:
            before(s)
        village = require_village(s)
        now = utcnow()
        stamps = {"created_at": now, "updated_at": now}
        dusuns: dict[str, Dusun] = {}
        household_ids: dict[str, str] = {}
        household_rows: list[dict[str, object]] = []
        for kk, h in households.items():
            if h.existing_id is not None:
                household_ids[kk] = h.existing_id
                continue
            dusun = None
            if h.dusun:
                if h.dusun not in dusuns:
                    dusuns[h.dusun] = ensure_dusun(s, village, dusun_name(h.dusun))
                dusun = dusuns[h.dusun]
                if h.rw and h.rt:
                    ensure_rt(s, dusun, h.rw, h.rt)
            household_ids[kk] = new_id()
            household_rows.append({"id": household_ids[kk], "no_kk": kk, "dusun_id": dusun.id if dusun else None,
                                   "rw": h.rw, "rt": h.rt, "address": "", **stamps})

        person_rows: list[dict[str, object]] = []
        placement_rows: list[dict[str, object]] = []
        newcomers: dict[str, list[MemberState]] = {}
        here = in_village(())  # no life events come with an import
        for i, plan in enumerate(plans, 1):
            pid, hid = new_id(), household_ids[plan.no_kk]
            person_rows.append({"id": pid, "household_id": hid, **person_row(plan.person), "in_village": here, **stamps})
            if plan.placement is not None:
                placement_rows.append({"id": new_id(), "person_id": pid, **placement_row(plan.placement), **stamps})
            newcomers.setdefault(hid, []).append(
                MemberState(pid, own_stage([plan.placement]) if plan.placement is not None else None))
            tick(i // 2, False)
        # Members already in these family cards are counted in (and updated through the session); the new
        # dusun / RT units are flushed by this query, before the households that name them.
        statuses = statuses_with_newcomers(s, newcomers)
        current = current_placements(tuple(r.get(c) for c in PLACEMENT_FACTS) for r in placement_rows)
        for row in person_rows:
            row["status"] = statuses[str(row["id"])]
            row["current_country"], row["current_departed_on"] = current.get(str(row["id"]), NO_CURRENT)
        s.flush()

        insert_rows(s, Household, household_rows, village.id)
        insert_rows(s, Person, person_rows, village.id)
        tick(len(plans) * 3 // 4, True)
        insert_rows(s, Placement, placement_rows, village.id)
        s.flush()
        tick(len(plans) - 1, True)  # the last chance to cancel: the commit follows
