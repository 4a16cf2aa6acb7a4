"""Promotion events (pameran, bazar, kunjungan) and the groups that took part."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.models import PromoEvent, PromoEventGroup
from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import require_live


def create_event_in(session: Session, ctx: ServiceContext, name: str, kind: str, start_on: date, end_on: date | None,
                 place: str, group_ids: tuple[str, ...]) -> PromoEvent:
    issues = []
    if not name.strip():
        issues.append(Issue("name", _("Nama kegiatan wajib diisi, mis. Pameran Produk Desmigratif.")))
    if kind not in ar.EVENT_KINDS:
        issues.append(Issue("kind", _("Jenis kegiatan harus pameran, bazar atau kunjungan.")))
    if end_on is not None and end_on < start_on:
        issues.append(Issue("end_on", _("Tanggal selesai harus sesudah tanggal mulai.")))
    if not group_ids:
        issues.append(Issue("groups", _("Pilih minimal satu kelompok yang ikut.")))
    raise_if_errors(issues)
    ev = PromoEvent(name=name.strip(), kind=kind, start_on=start_on, end_on=end_on, place=place.strip())
    session.add(ev)
    session.flush()
    require_live(session, "production_group", group_ids)
    for gid in dict.fromkeys(group_ids):
        session.add(PromoEventGroup(event_id=ev.id, group_id=gid))
    session.flush()
    return ev


create_event = use_case(create_event_in)
