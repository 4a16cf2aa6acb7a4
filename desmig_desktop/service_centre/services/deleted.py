"""Pusat Layanan Migrasi's part of the "Terhapus" view (`Pillar.deleted`): the visits, AK-1 applications,
vacancies, complaints and scans the officer deleted, each worded so that it can be recognised
("20/11/2026 09:15 · Bambang Sutrisno · Pengaduan"). Shown on the laptop only."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import N_, _, label
from desmig_desktop.core.records import DeletedItem, deleted_items_of
from desmig_desktop.registry.models import Person
from desmig_desktop.service_centre import codes
from desmig_desktop.service_centre.models import (
    Ak1Application,
    Complaint,
    Document,
    Scan,
    Vacancy,
    Visit,
)

MODELS = {"sc_visit": Visit, "sc_ak1": Ak1Application, "sc_vacancy": Vacancy, "sc_complaint": Complaint,
          "sc_scan": Scan}
KINDS = {"sc_visit": N_("Kunjungan (buku tamu)"), "sc_ak1": N_("Pengajuan AK-1"), "sc_vacancy": N_("Lowongan"),
         "sc_complaint": N_("Pengaduan"), "sc_scan": N_("Berkas pindaian")}


def _name(session: Session, person_id: str | None) -> str:
    p = session.get(Person, person_id) if person_id else None
    return p.name if p is not None else ""


def _visit(session: Session, v: Visit) -> str:
    who = _name(session, v.person_id) or _("{name} (tamu)").format(name=v.outsider_name)
    return " · ".join((f"{short_date(v.visited_at.date())} {v.visited_at:%H:%M}", who, label(codes.PURPOSES, v.purpose)))


def _ak1(session: Session, a: Ak1Application) -> str:
    parts = [_name(session, a.person_id), _("AK-1 {status}").format(status=label(codes.AK1_STATUSES, a.status))]
    if a.card_number:
        parts.append(a.card_number)
    parts.append(_("dibuka {day}").format(day=short_date(a.opened_on)))
    return " · ".join(parts)


def _vacancy(v: Vacancy) -> str:
    return " · ".join(x for x in (v.position, v.country or label(codes.VACANCY_SCOPES, v.scope), v.employer,
                                  short_date(v.posted_on)) if x)


def _complaint(session: Session, c: Complaint) -> str:
    return " · ".join(x for x in (_name(session, c.person_id), label(codes.COMPLAINT_CATEGORIES, c.category),
                                  label(codes.COMPLAINT_STATUSES, c.status), short_date(c.opened_on)) if x)


def _scan(session: Session, scan: Scan) -> str:
    doc = session.get(Document, scan.document_id)
    if doc is None:
        return scan.file_name
    items = codes.AK1_ITEMS if doc.ak1_id else codes.DEPARTURE_ITEMS
    owner = ""
    if doc.ak1_id:
        a = session.get(Ak1Application, doc.ak1_id)
        owner = _name(session, a.person_id) if a is not None else ""
    elif doc.placement_id:
        from desmig_desktop.registry.models import Placement

        pl = session.get(Placement, doc.placement_id)
        owner = _name(session, pl.person_id) if pl is not None else ""
    return " · ".join(x for x in (scan.file_name, label(items, doc.item), owner) if x)


def title(session: Session, table: str, obj) -> str:  # type: ignore[no-untyped-def]
    """What the officer recognises a deleted record of the service centre by."""
    if table == "sc_visit":
        return _visit(session, obj)
    if table == "sc_ak1":
        return _ak1(session, obj)
    if table == "sc_vacancy":
        return _vacancy(obj)
    if table == "sc_complaint":
        return _complaint(session, obj)
    return _scan(session, obj)


def deleted_items(session: Session) -> list[DeletedItem]:
    """`Pillar.deleted` of the service centre: what the officer deleted (not what went with it), newest first."""
    return deleted_items_of(session, MODELS, KINDS, lambda table, obj: title(session, table, obj))
