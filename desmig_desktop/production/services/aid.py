"""Aid (bantuan) to groups and the equipment inventory it forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.records import Deletion, get_live, tombstone
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import AidDTO, AidItemDTO
from desmig_desktop.production.models import Aid, AidItem, ProductionGroup
from desmig_desktop.production.services.ledger import CORRECTED, DELETED, post_record_in, sync_in
from desmig_desktop.production.services.money import cash_aid, check_period_open


@dataclass(frozen=True)
class AidItemInput:
    name: str
    quantity: int = 1
    unit: str = "unit"
    value: int = 0  # Rupiah for the whole line
    condition: str = "baik"


@dataclass(frozen=True)
class AidInput:
    group_id: str
    kind: str
    source: str
    received_on: date
    items: tuple[AidItemInput, ...]
    source_name: str = ""
    note: str = ""


def _validate(data: AidInput, today: date) -> list[Issue]:
    issues = []
    if data.kind not in gr.AID_KINDS:
        issues.append(Issue("kind", _("Jenis bantuan wajib dipilih (peralatan, modal uang, bahan baku, promosi/pameran).")))
    if data.source not in gr.AID_SOURCES:
        issues.append(Issue("source", _("Sumber bantuan wajib dipilih (Kemnaker, Pemerintah Desa, Disnaker, bank, BUMN, lainnya).")))
    if data.received_on > today:
        issues.append(Issue("received_on", _("Tanggal terima tidak boleh sesudah hari ini.")))
    if not data.items:
        issues.append(Issue("items", _("Isi minimal satu rincian bantuan (nama barang/uang dan nilainya).")))
    for n, item in enumerate(data.items, start=1):
        if not item.name.strip():
            issues.append(Issue("items", _("Rincian ke-{n}: nama barang wajib diisi.").format(n=n)))
        if not isinstance(item.quantity, int) or item.quantity <= 0:
            issues.append(Issue("items", _("Rincian ke-{n}: jumlah harus angka bulat lebih dari 0.").format(n=n)))
        if not gr.is_rupiah(item.value):
            issues.append(Issue("items", _("Rincian ke-{n}: nilai harus angka Rupiah utuh.").format(n=n)))
        if item.condition not in gr.CONDITIONS:
            issues.append(Issue("items", _("Rincian ke-{n}: kondisi harus baik, rusak ringan, rusak berat atau hilang.").format(n=n)))
    return issues


def record_aid_in(session: Session, ctx: ServiceContext, data: AidInput) -> Aid:
    raise_if_errors(_validate(data, ctx.today()))
    get_live(session, ProductionGroup, data.group_id)
    aid = Aid(group_id=data.group_id, kind=data.kind, source=data.source, source_name=data.source_name.strip(),
              received_on=data.received_on, note=data.note.strip())
    session.add(aid)
    for item in data.items:
        session.add(AidItem(aid=aid, name=item.name.strip(), quantity=item.quantity, unit=item.unit.strip() or "unit",
                            value=item.value, condition=item.condition))
    session.flush()
    post_record_in(session, ctx, "aid", aid)
    return aid


record_aid = use_case(record_aid_in)


def update_aid(ctx: ServiceContext, aid_id: str, data: AidInput) -> Saved:
    """Correct an aid: its fields and its items (items no longer listed are tombstoned, the others kept or added)."""
    raise_if_errors(_validate(data, ctx.today()))
    with ctx.unit_of_work() as s:
        aid = get_live(s, Aid, aid_id)
        _check_cash_open(s, aid)
        aid.kind, aid.source, aid.source_name = data.kind, data.source, data.source_name.strip()
        aid.received_on, aid.note = data.received_on, data.note.strip()
        old = [i for i in aid.items if i.deleted_at is None]
        for n, item in enumerate(data.items):
            row = old[n] if n < len(old) else AidItem(aid=aid)
            if n >= len(old):
                s.add(row)
            row.name, row.quantity, row.unit = item.name.strip(), item.quantity, item.unit.strip() or "unit"
            row.value, row.condition = item.value, item.condition
        for row in old[len(data.items):]:
            row.deleted_at = ctx.now()
        sync_in(s, ctx, "aid", aid, CORRECTED)
        return Saved(aid.id)


def delete_aid(ctx: ServiceContext, aid_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        aid = get_live(s, Aid, aid_id)
        _check_cash_open(s, aid)
        gone = tombstone(s, aid)
        sync_in(s, ctx, "aid", aid, DELETED)
        return gone


def _check_cash_open(session: Session, aid: Aid) -> None:
    """Aid in cash is the group's money: dated inside a closed period it cannot be changed or deleted."""
    if aid.kind == "modal_uang":
        check_period_open(session, aid.group_id, aid.received_on, "received_on")


def _dto(a: Aid) -> AidDTO:
    return AidDTO(a.id, a.group_id, a.kind, a.source, a.source_name, a.received_on, a.note,
                  tuple(AidItemDTO(i.id, i.name, i.quantity, i.unit, i.value, i.condition) for i in a.items if i.deleted_at is None))


def list_aid(ctx: ServiceContext, group_id: str | None = None) -> list[AidDTO]:
    with ctx.reader() as s:
        stmt = select(Aid).where(Aid.deleted_at.is_(None)).options(selectinload(Aid.items)).order_by(Aid.received_on.desc())
        if group_id:
            stmt = stmt.where(Aid.group_id == group_id)
        return [_dto(a) for a in s.scalars(stmt)]


def cash_capital(ctx: ServiceContext, group_id: str) -> int:
    """The aid in cash the group received, in all: its capital in the ledger (`money.cash_aid`)."""
    with ctx.reader() as s:
        return cash_aid(s, group_id)


def inventory(ctx: ServiceContext, group_id: str) -> list[AidItemDTO]:
    """The group's equipment (aid of kind peralatan) with its condition."""
    return [i for a in list_aid(ctx, group_id) if a.kind == "peralatan" for i in a.items]


def set_condition(ctx: ServiceContext, item_id: str, condition: str) -> None:
    if condition not in gr.CONDITIONS:
        raise ValidationError([Issue("condition", _("Kondisi harus baik, rusak ringan, rusak berat atau hilang."))])
    with ctx.unit_of_work() as s:
        get_live(s, AidItem, item_id).condition = condition
