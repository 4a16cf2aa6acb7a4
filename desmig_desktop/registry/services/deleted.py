"""The registry's part of the "Terhapus" view (`Pillar.deleted`): the people, families, migration histories and
life events the officer deleted, each worded so that it can be recognised."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import N_, _, label
from desmig_desktop.core.records import DeletedItem, deleted_roots
from desmig_desktop.registry import enums
from desmig_desktop.registry.models import Household, LifeEvent, Person, Placement

TABLES = ("person", "household", "placement", "life_event")
KINDS = {"person": N_("Penduduk"), "household": N_("Keluarga (KK)"), "placement": N_("Riwayat migrasi"),
         "life_event": N_("Peristiwa")}


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())


def _title(session: Session, table: str, record_id: str, names: dict[str, str]) -> str:
    if table == "person":
        p = session.get(Person, record_id)
        return f"{p.name} ({p.nik})" if p is not None and p.nik else (p.name if p is not None else record_id)
    if table == "household":
        h = session.get(Household, record_id)
        return _("KK {kk}").format(kk=h.no_kk) if h is not None else record_id
    if table == "placement":
        pl = session.get(Placement, record_id)
        if pl is None:
            return record_id
        what = " ".join(x for x in (label(enums.PLACEMENT_STAGES, pl.stage), pl.country) if x)
        day = pl.departed_on or pl.registered_on
        return f"{names.get(pl.person_id, '')}: {what}" + (f", {short_date(day)}" if day else "")
    ev = session.get(LifeEvent, record_id)
    if ev is None:
        return record_id
    return f"{names.get(ev.person_id, '')}: {label(enums.LIFE_EVENTS, ev.kind)}, {short_date(ev.event_date)}"


def deleted_items(session: Session) -> list[DeletedItem]:
    """`Pillar.deleted` of the registry: what the officer deleted (not what went with it), newest first."""
    rows = deleted_roots(session, TABLES)
    owners: set[str] = set()
    for r in rows:
        if r.table in ("placement", "life_event"):
            model = Placement if r.table == "placement" else LifeEvent
            obj = session.get(model, r.record_id)
            if obj is not None:
                owners.add(obj.person_id)
    names = _names(session, owners)
    return [DeletedItem(r.table, r.record_id, r.when, KINDS[r.table], _title(session, r.table, r.record_id, names))
            for r in rows]
