"""Promotion events (pameran, bazar, kunjungan) and the groups that took part."""

from __future__ import annotations

from datetime import date

from sqlalchemy import column, func, select, table
from sqlalchemy.orm import Session

from desmig_desktop.activities import rules as ar
from desmig_desktop.activities.models import PromoEvent, PromoEventGroup
from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.records import Deletion, get_live, require_live, sync_links, tombstone

# The sales of the production area, named, not imported (activities come before production).
sales_table = table("sale", column("event_id"), column("deleted_at"))


def _event_issues(name: str, kind: str, start_on: date, end_on: date | None, group_ids: tuple[str, ...]) -> None:
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


def create_event_in(session: Session, ctx: ServiceContext, name: str, kind: str, start_on: date, end_on: date | None,
                    place: str, group_ids: tuple[str, ...]) -> PromoEvent:
    _event_issues(name, kind, start_on, end_on, group_ids)
    ev = PromoEvent(name=name.strip(), kind=kind, start_on=start_on, end_on=end_on, place=place.strip())
    session.add(ev)
    session.flush()
    require_live(session, "production_group", group_ids)
    for gid in dict.fromkeys(group_ids):
        session.add(PromoEventGroup(event_id=ev.id, group_id=gid))
    session.flush()
    return ev


create_event = use_case(create_event_in)


def update_event(ctx: ServiceContext, event_id: str, name: str, kind: str, start_on: date, end_on: date | None,
                 place: str, group_ids: tuple[str, ...]) -> Saved:
    """Correct a promotion event and the groups that took part."""
    _event_issues(name, kind, start_on, end_on, group_ids)
    with ctx.unit_of_work() as s:
        ev = get_live(s, PromoEvent, event_id)
        ev.name, ev.kind, ev.start_on, ev.end_on, ev.place = name.strip(), kind, start_on, end_on, place.strip()
        require_live(s, "production_group", group_ids)
        links = {g.group_id: g for g in s.scalars(select(PromoEventGroup).where(
            PromoEventGroup.event_id == ev.id, PromoEventGroup.deleted_at.is_(None)))}
        sync_links(s, links, group_ids, lambda gid: PromoEventGroup(event_id=ev.id, group_id=gid), ctx.now())
        return Saved(ev.id)


def delete_event(ctx: ServiceContext, event_id: str) -> Deletion:
    """An event with no sales recorded at it (its sales are the groups' money: change or delete them first)."""
    with ctx.unit_of_work() as s:
        ev = get_live(s, PromoEvent, event_id)
        sold = int(s.scalar(select(func.count()).select_from(sales_table).where(
            sales_table.c.event_id == ev.id, sales_table.c.deleted_at.is_(None))) or 0)
        if sold:
            raise ValidationError([Issue("event", _(
                "{name} punya {n} penjualan tercatat: ubah atau hapus penjualan itu dulu.").format(name=ev.name, n=sold))])
        return tombstone(s, ev)
