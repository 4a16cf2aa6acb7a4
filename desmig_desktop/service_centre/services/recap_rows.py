"""What the service-centre section of the recap counts, read for every village of a session's scope in a fixed
number of grouped statements (a district's batch of villages or a village file), as plain tuples: no names, no
texts, only codes, dates and ids to join them. `services.recap.assemble` counts them per village.

ORM statements through the session, so that a district context's scope (core.context.scope_session) narrows
every one of them to its villages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.registry.models import ContactLoss, Person, Placement
from desmig_desktop.service_centre.models import (
    Ak1Application,
    Ak1Report,
    Complaint,
    Document,
    Preparation,
    Visit,
)


@dataclass
class ServiceRows:
    """The rows of the whole scope, each carrying its village id first."""

    visits: list[Any] = field(default_factory=list)  # (village, purpose, outsider: bool, count) in the period
    ak1: list[Any] = field(default_factory=list)  # (village, id, opened, complete, submitted, issued, rejected)
    reports: dict[str, list[date]] = field(default_factory=dict)  # ak1 id -> report days
    placements: list[Any] = field(default_factory=list)  # see `PLACEMENT_COLUMNS`
    documents: dict[str, dict[str, date | None]] = field(default_factory=dict)  # placement -> item -> done_on
    planned: dict[str, date | None] = field(default_factory=dict)  # placement -> planned departure day
    losses: list[Any] = field(default_factory=list)  # (placement id, lost_on, found_on)
    complaints: list[Any] = field(default_factory=list)  # (village, category, opened, followed, referred, closed,
    #                                                       placement id, person id, id)
    villages: set[str] = field(default_factory=set)  # villages with any service-centre record by the day


# (village, id, person, registered, departed, returned, cancelled, route, scheme, agency, last contact, lost-contact
#  flag, birth date)
PLACEMENT_COLUMNS = (Placement.village_id, Placement.id, Placement.person_id, Placement.registered_on,
                     Placement.departed_on, Placement.returned_on, Placement.cancelled_on, Placement.route,
                     Placement.scheme, Placement.agency, Placement.last_contact_on, Placement.lost_contact,
                     Person.birth_date)


def read_service_rows(s: Session, start: date, day: date) -> ServiceRows:
    """Every statement of the section, once for the session's scope: the period is `start`..`day`."""
    rows = ServiceRows()
    first, after = datetime.combine(start, time.min), datetime.combine(day + timedelta(days=1), time.min)
    rows.visits = s.execute(
        select(Visit.village_id, Visit.purpose, Visit.person_id.is_(None), func.count(Visit.id))
        .where(Visit.deleted_at.is_(None), Visit.visited_at >= first, Visit.visited_at < after)
        .group_by(Visit.village_id, Visit.purpose, Visit.person_id.is_(None))).all()
    rows.ak1 = s.execute(
        select(Ak1Application.village_id, Ak1Application.id, Ak1Application.opened_on, Ak1Application.complete_on,
               Ak1Application.submitted_on, Ak1Application.issued_on, Ak1Application.rejected_on)
        .join(Person, Person.id == Ak1Application.person_id)
        .where(Ak1Application.deleted_at.is_(None), Person.deleted_at.is_(None), Ak1Application.opened_on <= day)
        ).all()
    for ak1_id, reported_on in s.execute(
            select(Ak1Report.ak1_id, Ak1Report.reported_on)
            .where(Ak1Report.deleted_at.is_(None), Ak1Report.reported_on <= day)):
        rows.reports.setdefault(ak1_id, []).append(reported_on)
    rows.placements = s.execute(
        select(*PLACEMENT_COLUMNS).join(Person, Person.id == Placement.person_id)
        .where(Placement.deleted_at.is_(None), Person.deleted_at.is_(None))).all()
    for placement_id, item, done_on in s.execute(
            select(Document.placement_id, Document.item, Document.done_on)
            .where(Document.deleted_at.is_(None), Document.placement_id.is_not(None))):
        rows.documents.setdefault(placement_id, {})[item] = done_on
    rows.planned = dict(s.execute(select(Preparation.placement_id, Preparation.planned_on)
                                  .where(Preparation.deleted_at.is_(None))).all())
    rows.losses = s.execute(select(ContactLoss.placement_id, ContactLoss.lost_on, ContactLoss.found_on)
                            .where(ContactLoss.deleted_at.is_(None))).all()
    rows.complaints = s.execute(
        select(Complaint.village_id, Complaint.category, Complaint.opened_on, Complaint.followed_on,
               Complaint.referred_on, Complaint.closed_on, Complaint.placement_id, Complaint.person_id,
               Complaint.id)
        .where(Complaint.deleted_at.is_(None), Complaint.opened_on <= day)).all()
    rows.villages = {r[0] for r in (*rows.visits, *rows.ak1, *rows.complaints)}
    rows.villages |= set(s.execute(select(Preparation.village_id).where(
        Preparation.deleted_at.is_(None)).distinct()).scalars())
    rows.villages |= set(s.execute(select(Visit.village_id).where(
        Visit.deleted_at.is_(None), Visit.visited_at < after).distinct()).scalars())
    return rows
