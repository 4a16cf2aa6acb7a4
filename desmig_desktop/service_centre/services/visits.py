"""The guest book (buku tamu) of the service centre: every visit, by a registered person of the village or by an
outsider who stays in the guest book (name, the ID number shown, home village) and is never added to the
register. Outsiders may use the information services only (rules.visit_issues)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.registry.models import Household, Person
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.dto import VisitInput, VisitRow
from desmig_desktop.service_centre.models import Visit


def home_of(person: Person) -> str:
    """Where a villager lives, as lists show it: `Kuripan RT 01/RW 01`."""
    hh = person.household
    if hh is None:
        return ""
    dusun = hh.dusun.name if hh.dusun is not None else ""
    rtrw = f"RT {hh.rt:02d}/RW {hh.rw:02d}" if hh.rt and hh.rw else ""
    return " ".join(x for x in (dusun, rtrw) if x)


def _issues(s: Session, ctx: ServiceContext, data: VisitInput) -> list[Issue]:
    issues: list[Issue] = []
    if data.person_id is not None:
        person = s.get(Person, data.person_id)
        if person is None or person.deleted_at is not None:
            issues.append(Issue("person_id", _("Warga yang dipilih tidak ada lagi di daftar penduduk: pilih lagi.")))
    issues += rules.visit_issues(
        registered=data.person_id is not None, purpose=data.purpose, outsider_name=data.outsider_name,
        outsider_id_number=data.outsider_id_number,
        visited_on=data.visited_at.date() if data.visited_at is not None else None, today=ctx.today())
    if len(data.outsider_name.strip()) > 100:
        issues.append(Issue("outsider_name", _("Nama tamu terlalu panjang (lebih dari 100 huruf): singkat.")))
    if len(data.outsider_id_number.strip()) > 30:
        issues.append(Issue("outsider_id_number", _("Nomor identitas terlalu panjang (lebih dari 30 huruf/angka).")))
    if len(data.outsider_village.strip()) > 100:
        issues.append(Issue("outsider_village", _("Nama desa asal terlalu panjang (lebih dari 100 huruf).")))
    if len(data.served_by.strip()) > 100:
        issues.append(Issue("served_by", _("Nama petugas terlalu panjang (lebih dari 100 huruf).")))
    return issues


def _fill(v: Visit, data: VisitInput) -> None:
    v.visited_at = data.visited_at.replace(second=0, microsecond=0, tzinfo=None)
    v.purpose = data.purpose
    v.person_id = data.person_id
    outsider = data.person_id is None  # a villager's visit keeps no outsider identity
    v.outsider_name = " ".join(data.outsider_name.split()) if outsider else ""
    v.outsider_id_number = data.outsider_id_number.strip() if outsider else ""
    v.outsider_village = " ".join(data.outsider_village.split()) if outsider else ""
    v.served_by = " ".join(data.served_by.split())
    v.notes = data.notes.strip()


def record_visit_in(s: Session, ctx: ServiceContext, data: VisitInput) -> Visit:
    raise_if_errors(_issues(s, ctx, data))
    v = Visit()
    _fill(v, data)
    s.add(v)
    s.flush()
    return v


def record_visit(ctx: ServiceContext, data: VisitInput) -> Saved:
    with ctx.unit_of_work() as s:
        return Saved(record_visit_in(s, ctx, data).id)


def update_visit(ctx: ServiceContext, visit_id: str, data: VisitInput) -> Saved:
    with ctx.unit_of_work() as s:
        v = get_live(s, Visit, visit_id)
        raise_if_errors(_issues(s, ctx, data))
        _fill(v, data)
        return Saved(v.id)


def delete_visit(ctx: ServiceContext, visit_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, Visit, visit_id))


def visit_row(v: Visit) -> VisitRow:
    p = v.person
    if p is not None:
        return VisitRow(v.id, v.visited_at, v.purpose, p.id, p.name, True, home_of(p), mask_number(p.nik),
                        v.served_by, v.notes)
    return VisitRow(v.id, v.visited_at, v.purpose, None, v.outsider_name, False, v.outsider_village,
                    mask_number(v.outsider_id_number), v.served_by, v.notes)


def list_visits(ctx: ServiceContext, start: date | None = None, end: date | None = None, purpose: str | None = None,
                text: str = "") -> list[VisitRow]:
    """The guest book, newest first: visits from `start` to `end` (whole days), of one purpose, whose visitor's
    name, home (dusun or village) or officer contains `text` (any case)."""
    q = (select(Visit).where(Visit.deleted_at.is_(None))
         .options(selectinload(Visit.person).selectinload(Person.household).selectinload(Household.dusun))
         .order_by(Visit.visited_at.desc(), Visit.created_at.desc()))
    if start is not None:
        q = q.where(Visit.visited_at >= datetime.combine(start, time.min))
    if end is not None:
        q = q.where(Visit.visited_at <= datetime.combine(end, time.max))
    if purpose:
        q = q.where(Visit.purpose == purpose)
    with ctx.reader() as s:
        rows = [visit_row(v) for v in s.scalars(q)]
    needle = " ".join(text.split()).casefold()
    if needle:
        rows = [r for r in rows if any(needle in field.casefold() for field in (r.name, r.home, r.served_by))]
    return rows


def visits_of(ctx: ServiceContext, person_id: str) -> list[VisitRow]:
    """A villager's visits, newest first (their page's activity section)."""
    with ctx.reader() as s:
        q = (select(Visit).where(Visit.deleted_at.is_(None), Visit.person_id == person_id)
             .options(selectinload(Visit.person).selectinload(Person.household).selectinload(Household.dusun))
             .order_by(Visit.visited_at.desc()))
        return [visit_row(v) for v in s.scalars(q)]
