"""ORM rows -> DTOs (one place, so every screen shows the same thing)."""

from __future__ import annotations

from desmig_desktop.registry.dto import HouseholdDTO, LifeEventDTO, PersonDTO, PersonRow, PlacementDTO
from desmig_desktop.registry.models import Household, LifeEvent, Person, Placement


def placement(pl: Placement) -> PlacementDTO:
    return PlacementDTO(
        pl.id, pl.person_id, pl.stage, pl.country, pl.sector, pl.job, pl.agency, pl.route, pl.scheme,
        pl.registered_on, pl.departed_on, pl.returned_on, pl.return_reason, pl.last_contact_on, pl.lost_contact,
        pl.cancelled_on, pl.cancel_reason, pl.departure_note,
    )


def life_event(ev: LifeEvent) -> LifeEventDTO:
    return LifeEventDTO(ev.id, ev.kind, ev.event_date, ev.note)


def person_row(p: Person, h: Household | None = None, dusun: str = "", country: str = "") -> PersonRow:
    h = h if h is not None else p.household
    return PersonRow(
        p.id, p.nik or "", p.name, p.sex, p.birth_date, h.no_kk if h else "", dusun or (h.dusun.name if h and h.dusun else ""),
        h.rw if h else None, h.rt if h else None, p.status, p.in_village, p.relationship_to_head, country,
    )


def person(p: Person) -> PersonDTO:
    return PersonDTO(
        p.id, p.nik or "", p.name, p.sex, p.birth_place, p.birth_date, p.relationship_to_head, p.education,
        p.marital_status, p.occupation, p.phone, p.household_id, p.household.no_kk if p.household else "",
        p.status, p.in_village,
        tuple(placement(x) for x in p.placements if x.deleted_at is None),
        tuple(life_event(x) for x in p.life_events if x.deleted_at is None),
    )


def household(h: Household) -> HouseholdDTO:
    dusun = h.dusun.name if h.dusun else ""
    order = {"kepala": 0, "istri": 1, "suami": 1}
    members = sorted(
        (m for m in h.members if m.deleted_at is None),
        key=lambda m: (order.get(m.relationship_to_head, 2), m.birth_date),
    )
    return HouseholdDTO(h.id, h.no_kk, h.dusun_id, dusun, h.rw, h.rt, h.address,
                        tuple(person_row(m, h, dusun) for m in members))
