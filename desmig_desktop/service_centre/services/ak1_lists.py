"""The AK-1 lists: applications with their status on a day (from the step dates), a person's applications, and
the cards whose six-monthly report or renewal is due (rules.ak1_next_due / ak1_is_due)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.privacy import mask_number
from desmig_desktop.registry.models import Person
from desmig_desktop.service_centre import rules
from desmig_desktop.service_centre.codes import DUE_DAYS
from desmig_desktop.service_centre.dto import Ak1Row
from desmig_desktop.service_centre.models import Ak1Application


def _dates(a: Ak1Application) -> dict[str, date | None]:
    return {attr: getattr(a, attr) for attr in rules.AK1_STEP_DATE.values()}


def ak1_row(a: Ak1Application, done_items: Iterable[str], day: date) -> Ak1Row:
    """An application as it stood on `day` (its stored status when it was opened after `day`)."""
    status = rules.ak1_status_on(_dates(a), day) or a.status
    issued = a.issued_on if status == "terbit" else None
    due = rules.ak1_next_due(issued, [r.reported_on for r in a.reports], day) if issued is not None else None
    return Ak1Row(
        id=a.id, person_id=a.person_id, name=a.person.name, nik=mask_number(a.person.nik), sex=a.person.sex,
        status=status, opened_on=a.opened_on, status_on=getattr(a, rules.AK1_STEP_DATE[status]) or a.opened_on,
        card_number=a.card_number if issued is not None else "", issued_on=issued,
        items_done=len(set(done_items)), due=due, due_soon=due is not None and rules.ak1_is_due(due, day, DUE_DAYS))


def _rows(ctx: ServiceContext, day: date, person_id: str | None = None) -> list[Ak1Row]:
    """The live applications opened on or before `day`, newest first."""
    q = (select(Ak1Application).where(Ak1Application.deleted_at.is_(None), Ak1Application.opened_on <= day)
         .options(selectinload(Ak1Application.person), selectinload(Ak1Application.reports),
                  selectinload(Ak1Application.documents))
         .order_by(Ak1Application.opened_on.desc(), Ak1Application.created_at.desc()))
    if person_id is not None:
        q = q.where(Ak1Application.person_id == person_id)
    with ctx.reader() as s:
        return [ak1_row(a, [d.item for d in a.documents if d.done_on is not None and d.done_on <= day], day)
                for a in s.scalars(q) if a.person.deleted_at is None]


def list_ak1(ctx: ServiceContext, status: str | None = None, text: str = "", day: date | None = None) -> list[Ak1Row]:
    """Applications as they stood on `day` (default today), newest first: of one status, whose applicant's name,
    NIK or card number contains `text`."""
    day = day or ctx.today()
    rows = _rows(ctx, day)
    if status:
        rows = [r for r in rows if r.status == status]
    needle = " ".join(text.split()).casefold()
    if needle:
        by_nik = _nik_contains(ctx, needle) if needle.isdigit() else set()
        rows = [r for r in rows if needle in r.name.casefold() or needle in r.card_number.casefold()
                or r.person_id in by_nik]
    return rows


def _nik_contains(ctx: ServiceContext, digits: str) -> set[str]:
    with ctx.reader() as s:
        return set(s.scalars(select(Person.id).where(Person.nik.contains(digits, autoescape=True))))


def person_ak1(ctx: ServiceContext, person_id: str) -> list[Ak1Row]:
    """A person's applications, newest first, as they stand today."""
    return _rows(ctx, ctx.today(), person_id)


def due_cards(ctx: ServiceContext, days: int = DUE_DAYS, day: date | None = None) -> list[Ak1Row]:
    """Issued cards (on `day`) whose next report or renewal falls within `days` of `day` or is overdue, soonest
    first. A card is left out once its holder has a newer application (the renewal is under way)."""
    day = day or ctx.today()
    rows = _rows(ctx, day)
    newest: dict[str, date] = {}
    for r in rows:
        newest[r.person_id] = max(newest.get(r.person_id, r.opened_on), r.opened_on)
    due = [r for r in rows if r.status == "terbit" and r.due is not None and rules.ak1_is_due(r.due, day, days)
           and newest[r.person_id] <= r.opened_on]
    return sorted(due, key=lambda r: (r.due.due_on, r.name))  # type: ignore[union-attr]
