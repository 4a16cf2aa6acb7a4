"""What the registry says about a person on a date, for the other areas: abroad or at home, life events.

Production groups and trainings ask "was this person abroad on this day?" here, never by reading placements
themselves; the answer is the registry's status rule (`registry.status.stage_on`), not a second definition.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.errors import Issue
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.registry.dto import LifeEventDTO, PlacementDTO
from desmig_desktop.registry.models import LifeEvent, Person, Placement
from desmig_desktop.registry.services import convert
from desmig_desktop.registry.status import stage_on


def placements_abroad_on(session: Session, person_ids: Iterable[str], day: date) -> dict[str, PlacementDTO]:
    """person id -> the placement that had them abroad (aktif, by `registry.status.stage_on`) on `day`; the latest
    departure when several. The query only narrows to placements departed by then; the rule is the status one."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return {}
    with session.no_autoflush:
        rows = session.scalars(select(Placement).where(
            Placement.person_id.in_(ids), Placement.deleted_at.is_(None), Placement.departed_on <= day)
            .order_by(Placement.departed_on)).all()
    return {pl.person_id: convert.placement(pl) for pl in rows if stage_on(pl, day) == "aktif"}


def abroad_warnings(session: Session, person_ids: Iterable[str], day: date, field: str, what: str) -> list[Issue]:
    """A warning per person who was abroad on `day`, naming the placement (country, departure).

    `what` is the activity in the sentence, already translated (e.g. "masuk kelompok", "ikut pelatihan")."""
    abroad = placements_abroad_on(session, person_ids, day)
    if not abroad:
        return []
    names = {pid: name for pid, name in session.execute(select(Person.id, Person.name).where(Person.id.in_(list(abroad))))}
    return [Issue(field, _("{name} tercatat sedang bekerja di luar negeri pada {day} ({country}, berangkat {departed}), "
                           "tetapi {what} pada tanggal itu: periksa tanggalnya atau data penempatannya.").format(
        name=names.get(pid, ""), day=short_date(day), country=pl.country or _("negara tidak dicatat"),
        departed=short_date(pl.departed_on), what=what), warning=True)
        for pid, pl in sorted(abroad.items(), key=lambda kv: names.get(kv[0], ""))]


def history_of(session: Session, person_id: str) -> tuple[tuple[PlacementDTO, ...], tuple[LifeEventDTO, ...]]:
    """A person's live placements and life events (in date order)."""
    with session.no_autoflush:
        placements = session.scalars(select(Placement).where(
            Placement.person_id == person_id, Placement.deleted_at.is_(None)).order_by(Placement.created_at)).all()
        events = session.scalars(select(LifeEvent).where(
            LifeEvent.person_id == person_id, LifeEvent.deleted_at.is_(None)).order_by(LifeEvent.event_date)).all()
    return tuple(convert.placement(p) for p in placements), tuple(convert.life_event(e) for e in events)
