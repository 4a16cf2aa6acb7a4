"""Life events (lahir, pindah datang, pindah keluar, meninggal): recorded, corrected and deleted, each time with the
rules checked again and the status of the person's household brought up to date."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import Deletion, get_live, restore_record, tombstone
from desmig_desktop.registry import enums
from desmig_desktop.registry.dto import LifeEventDTO
from desmig_desktop.registry.models import LifeEvent, Person
from desmig_desktop.registry.services import convert
from desmig_desktop.registry.services.status_sync import refresh_people


def check_life_event(person: Person, kind: str | None, event_date: date | None, today: date) -> list[Issue]:
    """The rules of one life event: a known kind, a date given, not after today, not before the birth."""
    issues = []
    if kind not in enums.LIFE_EVENTS:
        issues.append(Issue("kind", _("Jenis peristiwa harus lahir, pindah datang, pindah keluar atau meninggal.")))
    if event_date is None or event_date > today:
        issues.append(Issue("event_date", _("Tanggal peristiwa wajib diisi dan tidak boleh sesudah hari ini.")))
    elif event_date < person.birth_date:
        issues.append(Issue("event_date", _("Tanggal peristiwa tidak boleh sebelum tanggal lahir.")))
    return issues


def record_life_event_in(s: Session, ctx: ServiceContext, person_id: str, kind: str, event_date: date | None,
                         note: str = "") -> LifeEvent:
    p = get_live(s, Person, person_id)
    issues = check_life_event(p, kind, event_date, ctx.today())
    if issues:
        raise ValidationError(issues)
    ev = LifeEvent(person=p, kind=kind, event_date=event_date, note=note.strip())
    s.add(ev)
    refresh_people(s, [p])
    return ev


def record_life_event(ctx: ServiceContext, person_id: str, kind: str, event_date: date | None,
                      note: str = "") -> LifeEventDTO:
    with ctx.unit_of_work() as s:
        return convert.life_event(record_life_event_in(s, ctx, person_id, kind, event_date, note))


def update_life_event(ctx: ServiceContext, event_id: str, kind: str | None, event_date: date | None,
                      note: str = "") -> LifeEventDTO:
    """Correct a recorded life event (its kind, date or note); the person's status follows."""
    with ctx.unit_of_work() as s:
        ev = get_live(s, LifeEvent, event_id)
        person = get_live(s, Person, ev.person_id)
        issues = check_life_event(person, kind, event_date, ctx.today())
        if issues:
            raise ValidationError(issues)
        assert kind is not None and event_date is not None
        ev.kind, ev.event_date, ev.note = kind, event_date, note.strip()
        refresh_people(s, [person])
        return convert.life_event(ev)


def delete_life_event(ctx: ServiceContext, event_id: str) -> Deletion:
    """Delete a life event recorded by mistake (a tombstone, undone with `restore_registry_record`)."""
    with ctx.unit_of_work() as s:
        ev = get_live(s, LifeEvent, event_id)
        deletion = tombstone(s, ev)
        refresh_people(s, [ev.person])
        return deletion


def restore_registry_record(ctx: ServiceContext, deletion: Deletion) -> int:
    """Undo a delete of the registry ("Urungkan"): the rows come back and the statuses they decide are recomputed."""
    return restore_record(ctx, deletion.table, deletion.record_id, deletion.when, [after_restore])


def after_restore(s: Session, table: str, record_id: str) -> None:
    """`Pillar.restored` of the registry: the statuses of the people a restored row concerns are recomputed."""
    refresh_people(s, _people_of(s, table, record_id))


def _people_of(s: Session, table: str, record_id: str) -> list[Person]:
    from desmig_desktop.registry.models import Household, Placement

    model = {"person": Person, "life_event": LifeEvent, "placement": Placement, "household": Household}.get(table)
    obj = s.get(model, record_id) if model is not None else None
    if isinstance(obj, Person):
        return [obj]
    if isinstance(obj, (LifeEvent, Placement)):
        return [obj.person]
    if isinstance(obj, Household):
        return [m for m in obj.members if m.deleted_at is None]
    return []
