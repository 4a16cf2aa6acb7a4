"""Registering households, people, migration history and life events."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.db.base import new_id
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, NotFoundError, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.dto import HouseholdDTO, PersonDTO, PlacementDTO
from desmig_desktop.registry.models import ContactLoss, Household, Person, Placement
from desmig_desktop.registry.nik import normalise_number
from desmig_desktop.registry.rules import (
    HouseholdInput,
    PersonInput,
    PlacementInput,
    validate_household,
    validate_person,
    validate_placement,
)
from desmig_desktop.registry.services import convert
from desmig_desktop.registry.services.life_events import (
    record_life_event,
    record_life_event_in,
)
from desmig_desktop.registry.services.status_sync import refresh_people
from desmig_desktop.registry.services.village import _village

__all__ = ["HouseholdInput", "PersonInput", "PlacementInput", "record_life_event", "record_life_event_in"]


# ---- lookups -------------------------------------------------------------------------------

def person_with_nik(session: Session, nik: str) -> Person | None:
    return session.scalars(select(Person).where(Person.nik == nik, Person.deleted_at.is_(None))).first()


def household_with_kk(session: Session, no_kk: str) -> Household | None:
    return session.scalars(select(Household).where(Household.no_kk == no_kk, Household.deleted_at.is_(None))).first()


def _pending(session: Session) -> dict[str, tuple[str, str]]:
    """NIKs added in this session but perhaps not flushed yet: nik -> (person id, name)."""
    return session.info.setdefault("pending_niks", {})


def duplicate_nik_issue(session: Session, nik: str, own_id: str | None = None) -> Issue | None:
    owner = _pending(session).get(nik)
    if owner is None:
        with session.no_autoflush:
            other = person_with_nik(session, nik)
        owner = (other.id, other.name) if other is not None else None
    if owner is not None and owner[0] != own_id:
        return Issue("nik", _("NIK {nik} sudah terdaftar atas nama {name}: periksa kembali, satu NIK hanya untuk satu orang.").format(nik=nik, name=owner[1]))
    return None


def _village_regency(session: Session) -> str | None:
    """The village's regency code (first 4 digits), read once per session."""
    if "village_regency" not in session.info:
        with session.no_autoflush:
            village = _village(session)
        session.info["village_regency"] = village.code[:4] if village else None
    return session.info["village_regency"]


# ---- households ----------------------------------------------------------------------------


def create_household_in(session: Session, ctx: ServiceContext, data: HouseholdInput) -> Household:
    issues = validate_household(data, ctx.today())
    no_kk = normalise_number(data.no_kk)
    pending = session.info.setdefault("pending_kks", set())
    if not issues:
        with session.no_autoflush:
            taken = no_kk in pending or household_with_kk(session, no_kk) is not None
        if taken:
            issues.append(Issue("no_kk", _("No. KK {kk} sudah terdaftar: buka keluarga itu untuk menambah anggota.").format(kk=no_kk)))
    raise_if_errors(issues)
    h = Household(id=new_id(), no_kk=no_kk, dusun_id=data.dusun_id, rw=data.rw, rt=data.rt, address=data.address.strip())
    session.add(h)
    pending.add(no_kk)
    session.info.setdefault("pending_household_ids", set()).add(h.id)
    return h


create_household = use_case(create_household_in)


def update_household(ctx: ServiceContext, household_id: str, data: HouseholdInput) -> Saved:
    with ctx.unit_of_work() as s:
        h = get_live(s, Household, household_id)
        issues = validate_household(data, ctx.today())
        no_kk = normalise_number(data.no_kk)
        other = household_with_kk(s, no_kk)
        if not issues and other is not None and other.id != h.id:
            issues.append(Issue("no_kk", _("No. KK {kk} sudah dipakai keluarga lain.").format(kk=no_kk)))
        raise_if_errors(issues)
        h.no_kk, h.dusun_id, h.rw, h.rt, h.address = no_kk, data.dusun_id, data.rw, data.rt, data.address.strip()
        return Saved(h.id)


def get_household(ctx: ServiceContext, household_id: str) -> HouseholdDTO:
    with ctx.reader() as s:
        h = get_live(s, Household, household_id)
        return convert.household(h)


# ---- persons -------------------------------------------------------------------------------

def check_person(session: Session, ctx: ServiceContext, data: PersonInput, own_id: str | None = None) -> list[Issue]:
    issues = validate_person(data, _village_regency(session), ctx.today())
    if not data.nik_missing and not any(i.field == "nik" and not i.warning for i in issues):
        dup = duplicate_nik_issue(session, normalise_number(data.nik), own_id)
        if dup:
            issues.append(dup)
    if data.household_id is not None and data.household_id not in session.info.get("pending_household_ids", ()):
        with session.no_autoflush:
            h = session.get(Household, data.household_id)
        if h is None or h.deleted_at is not None:
            issues.append(Issue("household", _("Keluarga (KK) yang dipilih tidak ada lagi: pilih keluarga lain.")))
    return issues


def _fill(p: Person, data: PersonInput) -> None:
    p.nik = None if data.nik_missing else normalise_number(data.nik)  # None: "NIK belum ada"
    p.name = " ".join(data.name.split())
    p.sex = data.sex
    assert data.birth_date is not None
    p.birth_date = data.birth_date
    p.birth_place = data.birth_place.strip()
    p.relationship_to_head = data.relationship_to_head
    p.education = data.education
    p.marital_status = data.marital_status
    p.occupation = data.occupation.strip()
    p.phone = data.phone.strip()
    p.household_id = data.household_id


def register_person_in(session: Session, ctx: ServiceContext, data: PersonInput) -> tuple[Person, list[Issue]]:
    warnings = raise_if_errors(check_person(session, ctx, data))
    p = Person(id=new_id())
    _fill(p, data)
    session.add(p)
    if p.nik is not None:
        _pending(session)[p.nik] = (p.id, p.name)
    return p, warnings


def register_person(ctx: ServiceContext, data: PersonInput) -> Saved:
    """Register one person (optionally in a household). Warnings do not block saving."""
    with ctx.unit_of_work() as s:
        p, warnings = register_person_in(s, ctx, data)
        refresh_people(s, [p])
        return Saved(p.id, tuple(w.message for w in warnings))


def update_person(ctx: ServiceContext, person_id: str, data: PersonInput) -> Saved:
    with ctx.unit_of_work() as s:
        p, warnings = _update_person_in(s, ctx, person_id, data)
        return Saved(p.id, tuple(w.message for w in warnings))


def _update_person_in(s: Session, ctx: ServiceContext, person_id: str, data: PersonInput) -> tuple[Person, list[Issue]]:
    p = get_live(s, Person, person_id)
    warnings = raise_if_errors(check_person(s, ctx, data, own_id=p.id))
    old_household = p.household_id
    _fill(p, data)
    refresh_people(s, [p])
    if old_household and old_household != p.household_id:
        others = s.scalars(select(Person).where(Person.household_id == old_household)).all()
        refresh_people(s, list(others))
    return p, warnings


def save_person_in_new_household(ctx: ServiceContext, household: HouseholdInput, data: PersonInput,
                                 person_id: str | None = None) -> Saved:
    """Create a household and register (or move) the person into it, all or nothing.

    The person is checked first, so a wrong NIK never leaves an empty household behind; a taken
    No. KK leaves the person as they were.
    """
    with ctx.unit_of_work() as s:
        own = get_live(s, Person, person_id).id if person_id else None
        raise_if_errors(check_person(s, ctx, replace(data, household_id=None), own_id=own))
        h = create_household_in(s, ctx, household)
        placed = replace(data, household_id=h.id)
        if person_id:
            p, warnings = _update_person_in(s, ctx, person_id, placed)
        else:
            p, warnings = register_person_in(s, ctx, placed)
            refresh_people(s, [p])
        return Saved(p.id, tuple(w.message for w in warnings))


def delete_person(ctx: ServiceContext, person_id: str) -> Deletion:
    """Soft delete (a tombstone the district merge can see). For entry mistakes only:
    people who moved or died get a life event instead, and stay in the history.

    Everything that hangs on the person is tombstoned in the same unit of work (`core.records.tombstone`): every
    row with a foreign key to `person` in any area (placements, life events, group memberships, attendance, batch
    work, share lines, and whatever the areas still to come add), and what hangs on those. Undo with
    `life_events.restore_registry_record(ctx, deletion)`."""
    with ctx.unit_of_work() as s:
        p = get_live(s, Person, person_id)
        deletion = tombstone(s, p)
        others = s.scalars(select(Person).where(Person.household_id == p.household_id, Person.id != p.id)).all() if p.household_id else []
        refresh_people(s, list(others))
        return deletion


def find_person_by_nik(ctx: ServiceContext, nik: str) -> tuple[str, str] | None:
    """(id, name) of the live person holding this NIK, or None (the form offers to open them)."""
    digits = normalise_number(nik)
    if len(digits) != 16:
        return None
    with ctx.reader() as s:
        p = person_with_nik(s, digits)
        return (p.id, p.name) if p is not None else None


def get_person(ctx: ServiceContext, person_id: str) -> PersonDTO:
    with ctx.reader() as s:
        p = s.scalars(
            select(Person).where(Person.id == person_id, Person.deleted_at.is_(None))
            .options(selectinload(Person.placements), selectinload(Person.life_events), selectinload(Person.household))
        ).first()
        if p is None:
            raise NotFoundError(person_id)
        return convert.person(p)


# ---- placements ----------------------------------------------------------------------------

def _fill_placement(pl: Placement, data: PlacementInput, today: date) -> None:
    was_lost = bool(pl.lost_contact)
    values = asdict(data)
    values.pop("extra")
    for key, value in values.items():
        setattr(pl, key, value.strip() if isinstance(value, str) else value)
    _record_contact(pl, was_lost, today)


def _record_contact(pl: Placement, was_lost: bool, today: date) -> None:
    """Keep the history of lost contact: a stretch opens when contact is lost (since the last contact, else
    today) and closes the day it is found again."""
    if pl.lost_contact and not was_lost:
        pl.contact_losses.append(ContactLoss(lost_on=pl.last_contact_on or today))
    elif was_lost and not pl.lost_contact:
        for stretch in pl.contact_losses:
            if stretch.deleted_at is None and stretch.found_on is None:
                stretch.found_on = max(today, stretch.lost_on or today)


def _others(person: Person, own_id: str | None = None) -> list[Placement]:
    return [o for o in person.placements if o.deleted_at is None and o.id != own_id]


def add_placement_in(session: Session, ctx: ServiceContext, person: Person, data: PlacementInput) -> Placement:
    return add_placement_checked_in(session, ctx, person, data)[0]


def add_placement_checked_in(session: Session, ctx: ServiceContext, person: Person,
                             data: PlacementInput) -> tuple[Placement, list[Issue]]:
    """Add a placement (refused if it overlaps another); returns it with the warnings."""
    warnings = raise_if_errors(validate_placement(data, person.birth_date, ctx.today(), _others(person)))
    pl = Placement(person=person)
    _fill_placement(pl, data, ctx.today())
    session.add(pl)
    return pl, warnings


def add_placement(ctx: ServiceContext, person_id: str, data: PlacementInput) -> Saved:
    with ctx.unit_of_work() as s:
        p = get_live(s, Person, person_id)
        pl, warnings = add_placement_checked_in(s, ctx, p, data)
        refresh_people(s, [p])
        return Saved(pl.id, tuple(w.message for w in warnings))


def update_placement(ctx: ServiceContext, placement_id: str, data: PlacementInput) -> Saved:
    with ctx.unit_of_work() as s:
        pl = get_live(s, Placement, placement_id)
        warnings = raise_if_errors(validate_placement(data, pl.person.birth_date, ctx.today(),
                                                      _others(pl.person, pl.id)))
        _fill_placement(pl, data, ctx.today())
        refresh_people(s, [pl.person])
        return Saved(pl.id, tuple(w.message for w in warnings))


def cancel_placement(ctx: ServiceContext, placement_id: str, cancelled_on: date | None, reason: str) -> Saved:
    """Close a calon placement as batal berangkat: the calon gave up on `cancelled_on`, for `reason`."""
    with ctx.unit_of_work() as s:
        pl = get_live(s, Placement, placement_id)
        issues = []
        if pl.stage != "calon" or pl.departed_on is not None:
            issues.append(Issue("stage", _("Hanya calon PMI yang belum berangkat yang bisa dicatat batal berangkat.")))
        if cancelled_on is None or cancelled_on > ctx.today():
            issues.append(Issue("cancelled_on", _("Tanggal batal berangkat wajib diisi dan tidak boleh sesudah hari ini.")))
        elif pl.registered_on is not None and cancelled_on < pl.registered_on:
            issues.append(Issue("cancelled_on", _("Tanggal batal berangkat tidak boleh sebelum tanggal daftar ({day}).").format(
                day=short_date(pl.registered_on))))
        if not reason.strip():
            issues.append(Issue("cancel_reason", _("Alasan batal berangkat wajib diisi, misalnya: tidak lulus medical.")))
        raise_if_errors(issues)
        pl.stage, pl.cancelled_on, pl.cancel_reason = "batal", cancelled_on, reason.strip()
        refresh_people(s, [pl.person])
        return Saved(pl.id)


def delete_placement(ctx: ServiceContext, placement_id: str) -> Deletion:
    """Delete a placement recorded by mistake, with its lost-contact history; undo with
    `life_events.restore_registry_record(ctx, deletion)`."""
    with ctx.unit_of_work() as s:
        pl = get_live(s, Placement, placement_id)
        deletion = tombstone(s, pl)
        refresh_people(s, [pl.person])
        return deletion


def list_placements(ctx: ServiceContext, person_id: str) -> list[PlacementDTO]:
    return list(get_person(ctx, person_id).placements)


def find_household(ctx: ServiceContext, no_kk: str) -> HouseholdDTO | None:
    """The household with this No. KK, or None."""
    with ctx.reader() as s:
        h = household_with_kk(s, normalise_number(no_kk))
        return convert.household(h) if h else None


def record_departure_in(session: Session, ctx: ServiceContext, placement: Placement, departed_on: date | None,
                        route: str | None, note: str = "") -> tuple[Placement, list[Issue]]:
    """A calon placement departs: it becomes aktif on `departed_on`, by `route`, with the departure `note`
    (the placement's own rules apply, as in the placement dialog); returns it with the warnings."""
    if placement.stage != "calon" or placement.departed_on is not None:
        raise_if_errors([Issue("stage", _("Hanya calon PMI yang belum berangkat yang bisa dicatat berangkat."))])
    if departed_on is None:
        raise_if_errors([Issue("departed_on", _("Tanggal berangkat wajib diisi: tulis seperti 22/11/2026."))])
    data = PlacementInput(
        stage="aktif", country=placement.country, sector=placement.sector, job=placement.job,
        agency=placement.agency, route=route, scheme=placement.scheme, registered_on=placement.registered_on,
        departed_on=departed_on, returned_on=None, return_reason=placement.return_reason,
        last_contact_on=placement.last_contact_on, lost_contact=bool(placement.lost_contact),
        departure_note=note)
    warnings = raise_if_errors(validate_placement(data, placement.person.birth_date, ctx.today(),
                                                  _others(placement.person, placement.id)))
    _fill_placement(placement, data, ctx.today())
    refresh_people(session, [placement.person])
    return placement, warnings


def record_contact_in(session: Session, ctx: ServiceContext, placement: Placement, on: date | None) -> Placement:
    """Contact with a migrant abroad on `on`: the last contact moves to that day (never back) and a lost-contact
    flag is cleared, its open stretch of the history closing on `on`."""
    issues: list[Issue] = []
    if on is None:
        issues.append(Issue("on", _("Tanggal kontak wajib diisi: tulis seperti 22/11/2026.")))
    elif on > ctx.today():
        issues.append(Issue("on", _("Tanggal kontak tidak boleh sesudah hari ini.")))
    elif placement.departed_on is None or on < placement.departed_on:
        issues.append(Issue("on", _("Tanggal kontak tidak boleh sebelum tanggal berangkat ({day}).").format(
            day=short_date(placement.departed_on)) if placement.departed_on else
            _("Kontak hanya dicatat untuk PMI yang sudah berangkat: isi dulu tanggal berangkatnya.")))
    else:
        lost_since = [s.lost_on for s in placement.contact_losses
                      if s.deleted_at is None and s.found_on is None and s.lost_on is not None]
        if placement.lost_contact and lost_since and on < max(lost_since):
            issues.append(Issue("on", _("Tanggal kontak tidak boleh sebelum putus kontak dicatat ({day}).").format(
                day=short_date(max(lost_since)))))
    raise_if_errors(issues)
    assert on is not None
    was_lost = bool(placement.lost_contact)
    if placement.last_contact_on is None or on > placement.last_contact_on:
        placement.last_contact_on = on
    placement.lost_contact = False
    _record_contact(placement, was_lost, on)
    session.flush()
    return placement
