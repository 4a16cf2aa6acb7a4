"""The lost-contact register (putus kontak): migrants abroad whose family has lost touch — the registry's flag
is up, no contact for more than 90 days, or an open putus-kontak complaint — and recording contact again, which
closes the registry's lost-contact stretch on that day and writes a line in the open complaints' action log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import get_live
from desmig_desktop.registry.models import Person, Placement
from desmig_desktop.registry.services.people import record_contact_in
from desmig_desktop.registry.status import stage_on
from desmig_desktop.service_centre.dto import LostContactRow
from desmig_desktop.service_centre.models import Complaint, ComplaintAction
from desmig_desktop.service_centre.rules import complaint_status_on, contact_overdue

LOST = "putus_kontak"


def _flag_up_on(pl: Placement, day: date, today: date) -> bool:
    """The registry's lost-contact flag on `day`: a stretch of its history open that day (today: the flag)."""
    if day >= today and pl.lost_contact:
        return True
    return any(s.deleted_at is None and (s.lost_on is None or s.lost_on <= day)
               and (s.found_on is None or s.found_on > day) for s in pl.contact_losses)


def known_contact(last_contact_on: date | None, stretches: Iterable[tuple[date | None, date | None]],
                  day: date) -> tuple[date | None, bool]:
    """The latest contact known on or before `day`, and whether the time without contact is unknown that day.
    Pure (the recap reads the same): the registry keeps only the latest contact and the stretches of lost
    contact (`(lost_on, found_on)`, live ones), so the known contacts are the last one recorded, the day a stretch
    began (the last contact before it) and the day it ended. A contact recorded after `day` hides the ones before
    it: when none is known by `day` but one was recorded later, the time is unknown (not counted from departure)."""
    known = [d for d in (last_contact_on, *(d for pair in stretches for d in pair)) if d is not None and d <= day]
    if known:
        return max(known), False
    return None, last_contact_on is not None and last_contact_on > day


def _stretches(pl: Placement) -> list[tuple[date | None, date | None]]:
    return [(s.lost_on, s.found_on) for s in pl.contact_losses if s.deleted_at is None]


def _open_lost_complaints(session: Session, day: date) -> list[Complaint]:
    rows = session.scalars(select(Complaint).where(Complaint.deleted_at.is_(None), Complaint.category == LOST,
                                                   Complaint.opened_on <= day))
    return [c for c in rows if complaint_status_on(_steps(c), day) not in (None, "selesai")]


def _steps(c: Complaint) -> dict[str, date | None]:
    return {"opened_on": c.opened_on, "followed_on": c.followed_on, "referred_on": c.referred_on,
            "closed_on": c.closed_on}


def _placement_of(complaint: Complaint, by_person: dict[str, list[Placement]], day: date) -> Placement | None:
    """The placement a complaint is about: its own, else the migrant's placement abroad on `day`, else the
    latest departed one."""
    own = by_person.get(complaint.person_id or "", [])
    if complaint.placement_id is not None:
        return next((p for p in own if p.id == complaint.placement_id), None)
    abroad = [p for p in own if stage_on(p, day) == "aktif"]
    if abroad:
        return abroad[0]
    departed = sorted((p for p in own if p.departed_on is not None and p.departed_on <= day),
                      key=lambda p: p.departed_on)  # type: ignore[arg-type, return-value]
    return departed[-1] if departed else None


def lost_contact_register(ctx: ServiceContext, day: date | None = None) -> list[LostContactRow]:
    """The register on `day`: longest without contact first, then by name."""
    day = day or ctx.today()
    with ctx.reader() as s:
        placements = s.scalars(
            select(Placement).join(Person, Placement.person_id == Person.id)
            .options(selectinload(Placement.person), selectinload(Placement.contact_losses))
            .where(Placement.deleted_at.is_(None), Person.deleted_at.is_(None))).all()
        by_person: dict[str, list[Placement]] = {}
        for pl in placements:
            by_person.setdefault(pl.person_id, []).append(pl)
        complaints: dict[str, Complaint] = {}
        for c in sorted(_open_lost_complaints(s, day), key=lambda c: (c.opened_on, c.id)):
            pl = _placement_of(c, by_person, day)
            if pl is not None:
                complaints.setdefault(pl.id, c)
        rows = []
        for pl in placements:
            complaint = complaints.get(pl.id)
            abroad = stage_on(pl, day) == "aktif"
            last, unknown = known_contact(pl.last_contact_on, _stretches(pl), day)
            reasons = []
            if complaint is not None:
                reasons.append("complaint")
            if abroad and _flag_up_on(pl, day, ctx.today()):
                reasons.append("flag")
            if abroad and not unknown and contact_overdue(pl.departed_on, last, day):
                reasons.append("no_contact_90")
            if not reasons:
                continue
            since = None if unknown else last or pl.departed_on
            rows.append(LostContactRow(
                placement_id=pl.id, person_id=pl.person_id, name=pl.person.name, country=pl.country or "",
                departed_on=pl.departed_on, last_contact_on=last,
                days_without_contact=(day - since).days if since is not None and since <= day else None,
                flagged="flag" in reasons, complaint_id=complaint.id if complaint is not None else None,
                reasons=tuple(reasons)))
    return sorted(rows, key=lambda r: (-(r.days_without_contact or -1), r.name.casefold(), r.placement_id))


def record_contact(ctx: ServiceContext, placement_id: str, on: date) -> Saved:
    """Contact with the migrant again on `on`: the registry's last contact and lost-contact history are updated,
    and every open putus-kontak complaint about them gets a line in its action log."""
    with ctx.unit_of_work() as s:
        pl = get_live(s, Placement, placement_id)
        record_contact_in(s, ctx, pl, on)
        for c in _open_lost_complaints(s, ctx.today()):
            if c.placement_id == pl.id or (c.placement_id is None and c.person_id == pl.person_id):
                s.add(ComplaintAction(complaint_id=c.id, acted_on=on, status=None, text=_(
                    "Kontak dengan {name} tersambung kembali pada {day}.").format(name=pl.person.name,
                                                                                 day=short_date(on))))
        s.flush()
        return Saved(pl.id)
