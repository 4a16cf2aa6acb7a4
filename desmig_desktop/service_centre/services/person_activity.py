"""One person's part in the service centre, for the Kegiatan dialog: their visits to the guest book, their AK-1
applications, and the complaints they filed or that concern them (category, status and dates only: no text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.records import get_live
from desmig_desktop.registry.models import Household, Person
from desmig_desktop.service_centre.dto import Ak1Row, ComplaintRow, VisitRow
from desmig_desktop.service_centre.models import Complaint, Visit
from desmig_desktop.service_centre.services.ak1 import person_ak1
from desmig_desktop.service_centre.services.complaints import to_row
from desmig_desktop.service_centre.services.visits import visit_row


@dataclass(frozen=True)
class PersonComplaint:
    """A complaint as one person's activity: whether they filed it, are the migrant it is about, or both."""

    row: ComplaintRow
    filed: bool  # the person is the reporter
    concerned: bool  # the person is the migrant concerned


@dataclass(frozen=True)
class ServiceActivity:
    person_id: str
    name: str
    visits: tuple[VisitRow, ...]  # newest first
    ak1: tuple[Ak1Row, ...]
    complaints: tuple[PersonComplaint, ...]  # newest first


def person_activity(ctx: ServiceContext, person_id: str, day: date | None = None) -> ServiceActivity:
    """Everything the centre did with or about `person_id`, as it stood on `day` (default today)."""
    day = day or ctx.today()
    with ctx.reader() as s:
        name = get_live(s, Person, person_id).name
        visits = tuple(visit_row(v) for v in s.scalars(
            select(Visit).where(Visit.deleted_at.is_(None), Visit.person_id == person_id)
            .options(selectinload(Visit.person).selectinload(Person.household).selectinload(Household.dusun))
            .order_by(Visit.visited_at.desc(), Visit.created_at.desc())))
        complaints = []
        for c in s.scalars(select(Complaint).where(
                Complaint.deleted_at.is_(None), Complaint.opened_on <= day,
                or_(Complaint.reporter_id == person_id, Complaint.person_id == person_id))
                .options(selectinload(Complaint.person), selectinload(Complaint.placement))
                .order_by(Complaint.opened_on.desc(), Complaint.created_at.desc())):
            row = to_row(c, day)
            if row is not None:
                complaints.append(PersonComplaint(row, c.reporter_id == person_id, c.person_id == person_id))
    return ServiceActivity(person_id, name, visits, tuple(person_ak1(ctx, person_id)), tuple(complaints))
