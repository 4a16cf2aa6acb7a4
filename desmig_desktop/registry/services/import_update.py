"""`import persons --mode update`: the rows whose NIK is already registered update that person instead of being
refused. The dry run lists exactly which fields of whom change (old -> new); the write applies them in the
same transaction as the new people (services/importing.py), all or nothing.

What a row may change: the person's name, sex, birth place and date, relationship and phone, and their migration
(Status PMI and the columns with it): the person's latest placement is brought up to date, or a new one is added
when there is none or the file's departure date is another departure. Only columns the file has, and only
cells that are filled: an empty cell never erases what is registered. The family card (No KK) is not changed
by an import (a move between families is done on the Keluarga page): a different No KK is a warning.

A row whose NIK is "belum ada" cannot be matched by NIK: it is the registered person without a NIK who has the
same name (any case or spacing), birth date and No KK (`identity`), and updated like the others; with no such
person it is a new person, registered without a NIK (never an invented one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.registry.models import Household, Person, Placement
from desmig_desktop.registry.rules import PlacementInput
from desmig_desktop.registry.services.bulk import in_values
from desmig_desktop.registry.services.import_write import placement_row
from desmig_desktop.registry.services.status_sync import refresh_people
from desmig_desktop.registry.status import STAGE_PRIORITY

MODES = ("add", "update")  # add: new people only, a registered NIK is an error (the default); update: see above
PERSON_FIELDS = {"name": "name", "sex": "sex", "birth_place": "birth_place", "birth_date": "birth_date",
                 "relationship": "relationship_to_head", "phone": "phone"}  # import field -> Person column
PLACEMENT_FIELDS = ("stage", "country", "sector", "job", "route", "departed_on", "returned_on")


@dataclass(frozen=True)
class FieldChange:
    field: str  # import field key (name, birth_date, stage, ...)
    column: str  # the header as written in the file
    old: str  # values as codes / ISO dates ("" = empty), the same in every language
    new: str


@dataclass(frozen=True)
class PersonChange:
    row: int
    nik: str
    name: str  # as registered
    changes: tuple[FieldChange, ...]
    new_placement: bool = False  # the migration columns add a placement rather than correct the latest


@dataclass(frozen=True)
class Registered:
    """A registered person as the update compares them (a snapshot read before the write)."""

    id: str
    name: str
    no_kk: str
    values: Mapping[str, object]  # import field key -> value
    placement_id: str | None
    placement: Mapping[str, object]  # PLACEMENT_FIELDS -> value of the latest placement ({} if none)


@dataclass(frozen=True)
class PlannedUpdate:
    person_id: str
    change: PersonChange
    person_values: Mapping[str, object]  # Person column -> new value
    placement_id: str | None  # the placement to correct (None: add `placement`)
    placement: PlacementInput | None  # the placement as it will be (None: the migration is not touched)


def _shown(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def _registered(p: Person) -> Registered:
    live = [pl for pl in p.placements if pl.deleted_at is None and pl.stage in STAGE_PRIORITY]
    best = max(live, default=None, key=lambda pl: (pl.departed_on or pl.returned_on or pl.registered_on or date.min,
                                                  STAGE_PRIORITY[pl.stage], pl.created_at))
    values = {key: getattr(p, column) for key, column in PERSON_FIELDS.items()}
    placement = {key: getattr(best, key) for key in PLACEMENT_FIELDS} if best is not None else {}
    return Registered(p.id, p.name, p.household.no_kk if p.household else "", values,
                      best.id if best is not None else None, placement)


def load_registered(s: Session, niks: set[str]) -> dict[str, Registered]:
    """The registered people with these NIKs, with their latest placement (two queries)."""
    people = s.scalars(select(Person).where(in_values(s, Person.nik, niks), Person.deleted_at.is_(None))
                       .options(selectinload(Person.placements), selectinload(Person.household))).all()
    return {p.nik or "": _registered(p) for p in people}


Identity = tuple[str, object, str]


def identity(name: str, birth_date: object, no_kk: str) -> Identity:
    """How a person without a NIK is recognised: the same name (any case or spacing), birth date and No KK."""
    return " ".join(name.split()).casefold(), birth_date, no_kk


def load_without_nik(s: Session, kks: set[str]) -> dict[Identity, Registered]:
    """The registered people without a NIK in these family cards, by `identity` (two queries)."""
    people = s.scalars(select(Person).join(Household, Household.id == Person.household_id)
                       .where(in_values(s, Household.no_kk, kks), Household.deleted_at.is_(None),
                              Person.nik.is_(None), Person.deleted_at.is_(None))
                       .options(selectinload(Person.placements), selectinload(Person.household))).all()
    return {identity(p.name, p.birth_date, p.household.no_kk): _registered(p) for p in people if p.household}


def plan_update(row: int, nik: str, who: Registered, values: Mapping[str, object], present: set[str],
                labels: Mapping[str, str], placement: PlacementInput | None) -> PlannedUpdate | None:
    """What this row changes for `who` (None when nothing does)."""
    changes: list[FieldChange] = []
    person_values: dict[str, object] = {}
    for key, column in PERSON_FIELDS.items():
        new = values.get(key)
        if key not in present or new in (None, ""):
            continue
        if _shown(new) != _shown(who.values.get(key)):
            changes.append(FieldChange(key, labels.get(key, key), _shown(who.values.get(key)), _shown(new)))
            person_values[column] = new
    target: PlacementInput | None = None
    placement_id = who.placement_id
    if placement is not None:
        old = who.placement
        another = (old and placement.departed_on and old.get("departed_on")
                   and placement.departed_on != old.get("departed_on"))
        if not old or another:
            placement_id, old = None, {}
        merged = {key: getattr(placement, key) if key in present and getattr(placement, key) not in (None, "")
                  else old.get(key) for key in PLACEMENT_FIELDS}
        merged["stage"] = placement.stage
        for key in PLACEMENT_FIELDS:
            if _shown(merged[key]) != _shown(old.get(key)):
                changes.append(FieldChange(key, labels.get(key, key), _shown(old.get(key)), _shown(merged[key])))
        if placement_id is None or any(c.field in PLACEMENT_FIELDS for c in changes):
            target = PlacementInput(**{k: ("" if v is None and k in ("country", "job") else v)  # type: ignore[arg-type]
                                       for k, v in merged.items()})
    if not changes:
        return None
    change = PersonChange(row, nik, who.name, tuple(changes), new_placement=target is not None and placement_id is None)
    return PlannedUpdate(who.id, change, person_values, placement_id, target)


def apply_updates(s: Session, ctx: ServiceContext, updates: Sequence[PlannedUpdate]) -> None:
    """Write the planned updates in the open unit of work (the audit trail sees every change)."""
    if not updates:
        return
    people = {p.id: p for p in s.scalars(select(Person).where(in_values(s, Person.id, {u.person_id for u in updates}))
                                         .options(selectinload(Person.placements)))}
    for u in updates:
        person = people[u.person_id]
        for column, value in u.person_values.items():
            setattr(person, column, " ".join(value.split()) if isinstance(value, str) else value)
        if u.placement is None:
            continue
        values = {k: v for k, v in placement_row(u.placement).items() if k in PLACEMENT_FIELDS}
        if u.placement_id is None:
            s.add(Placement(person=person, **values))
        else:
            pl = next(pl for pl in person.placements if pl.id == u.placement_id)
            for key, value in values.items():
                setattr(pl, key, value)
    refresh_people(s, list(people.values()))
