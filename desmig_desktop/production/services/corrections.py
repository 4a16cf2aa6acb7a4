"""Correcting and deleting what a group recorded: batches, sales, other costs, aid, memberships, products and the
group itself. A correction re-checks the rules of the record (a shared-out period stays locked, for the date it
had and the date it gets); a delete tombstones the record and what hangs on it (`core.records.tombstone`), and
`core.records.restore_record` undoes it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.activities.models import PromoEventGroup
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, ValidationError, raise_if_errors
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _, n_
from desmig_desktop.core.records import Deletion, get_live, sync_links, tombstone
from desmig_desktop.production import rules as gr
from desmig_desktop.production.models import (
    BatchWorker,
    GroupCost,
    GroupMember,
    Product,
    ProductionBatch,
    ProductionGroup,
    Sale,
)
from desmig_desktop.production.services.ledger import CORRECTED, DELETED, sync_in
from desmig_desktop.production.services.money import check_period_open
from desmig_desktop.production.services.products import (
    BatchInput,
    SaleInput,
    batch_issues,
    cost_issues,
    sale_issues,
    stock_of,
    stock_on,
)


def _live_count(session: Session, model, *conds) -> int:  # type: ignore[no-untyped-def]
    return int(session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None), *conds)) or 0)


def _check_stock(session: Session, product_id: str, field: str) -> None:
    """After a correction, no sale of the product may sell more than was produced by its day."""
    product = session.get(Product, product_id)
    days = session.scalars(select(Sale.sold_on).distinct().where(Sale.product_id == product_id, Sale.deleted_at.is_(None)))
    short = [d for d in sorted(days) if stock_on(session, product_id, d) < 0]
    if stock_of(session, product_id) < 0 or short:
        day = short[0] if short else None
        raise ValidationError([Issue(field, _(
            "Perubahan ini membuat stok {product} kurang dari yang sudah terjual{on}: periksa jumlah dan tanggalnya, "
            "atau ubah penjualannya dulu.").format(
            product=product.name if product else "", on=_(" pada {day}").format(day=short_date(day)) if day else ""))])


# ---- batches -------------------------------------------------------------------------------

def update_batch(ctx: ServiceContext, batch_id: str, data: BatchInput) -> Saved:
    with ctx.unit_of_work() as s:
        b = get_live(s, ProductionBatch, batch_id)
        check_period_open(s, b.group_id, b.produced_on, "produced_on")
        product, warnings = batch_issues(s, ctx, data)
        if product.group_id != b.group_id:
            raise ValidationError([Issue("product", _("Produk harus produk kelompok ini."))])
        old_product = b.product_id
        b.product_id, b.produced_on, b.quantity = product.id, data.produced_on, data.quantity
        b.material_cost, b.note = data.material_cost, data.note.strip()
        current = {w.person_id: w for w in b.workers if w.deleted_at is None}
        sync_links(s, current, data.worker_ids, lambda pid: BatchWorker(batch=b, person_id=pid), ctx.now())
        s.flush()
        for pid in {old_product, product.id}:
            _check_stock(s, pid, "quantity")
        sync_in(s, ctx, "production_batch", b, CORRECTED)
        return Saved(b.id, tuple(w.message for w in warnings))


def delete_batch(ctx: ServiceContext, batch_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        b = get_live(s, ProductionBatch, batch_id)
        check_period_open(s, b.group_id, b.produced_on, "produced_on")
        gone = tombstone(s, b)
        _check_stock(s, b.product_id, "quantity")
        sync_in(s, ctx, "production_batch", b, DELETED)
        return gone


# ---- sales ---------------------------------------------------------------------------------

def update_sale(ctx: ServiceContext, sale_id: str, data: SaleInput) -> Saved:
    with ctx.unit_of_work() as s:
        sale = get_live(s, Sale, sale_id)
        check_period_open(s, sale.group_id, sale.sold_on, "sold_on")
        product = sale_issues(s, ctx, data, exclude=sale.id)
        if product.group_id != sale.group_id:
            raise ValidationError([Issue("product", _("Produk harus produk kelompok ini."))])
        sale.product_id, sale.sold_on, sale.quantity, sale.unit_price = product.id, data.sold_on, data.quantity, data.unit_price
        sale.channel, sale.event_id, sale.note = data.channel, data.event_id, data.note.strip()
        s.flush()
        _check_stock(s, product.id, "quantity")
        sync_in(s, ctx, "sale", sale, CORRECTED)
        return Saved(sale.id)


def delete_sale(ctx: ServiceContext, sale_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        sale = get_live(s, Sale, sale_id)
        check_period_open(s, sale.group_id, sale.sold_on, "sold_on")
        gone = tombstone(s, sale)
        sync_in(s, ctx, "sale", sale, DELETED)
        return gone


# ---- other costs ---------------------------------------------------------------------------

def update_cost(ctx: ServiceContext, cost_id: str, spent_on: date, description: str, amount: int) -> Saved:
    with ctx.unit_of_work() as s:
        c = get_live(s, GroupCost, cost_id)
        check_period_open(s, c.group_id, c.spent_on, "spent_on")
        cost_issues(s, ctx, c.group_id, spent_on, description, amount)
        c.spent_on, c.description, c.amount = spent_on, description.strip(), amount
        sync_in(s, ctx, "group_cost", c, CORRECTED)
        return Saved(c.id)


def delete_cost(ctx: ServiceContext, cost_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        c = get_live(s, GroupCost, cost_id)
        check_period_open(s, c.group_id, c.spent_on, "spent_on")
        gone = tombstone(s, c)
        sync_in(s, ctx, "group_cost", c, DELETED)
        return gone


# ---- products ------------------------------------------------------------------------------

def delete_product(ctx: ServiceContext, product_id: str) -> Deletion:
    """Only a product with no batch and no sale (those are the group's money history: delete them first)."""
    with ctx.unit_of_work() as s:
        p = get_live(s, Product, product_id)
        used = _live_count(s, ProductionBatch, ProductionBatch.product_id == p.id) + _live_count(s, Sale, Sale.product_id == p.id)
        if used:
            raise ValidationError([Issue("product", _(
                "{name} sudah punya catatan produksi atau penjualan: hapus catatan itu dulu.").format(name=p.name))])
        return tombstone(s, p)


# ---- memberships ---------------------------------------------------------------------------

def update_member(ctx: ServiceContext, member_id: str, joined_on: date, left_on: date | None = None,
                  reason: str | None = None, note: str = "") -> Saved:
    """Correct the dates of a membership (and, when it ended, its leave reason), re-checked as when recorded."""
    with ctx.unit_of_work() as s:
        m = get_live(s, GroupMember, member_id)
        g = m.group
        issues: list[Issue] = []
        if joined_on > ctx.today():
            issues.append(Issue("joined_on", _("Tanggal masuk tidak boleh sesudah hari ini.")))
        if g.founded_on is not None and joined_on < g.founded_on:
            issues.append(Issue("joined_on", _("Tanggal masuk {joined} sebelum {group} berdiri ({founded}): tanggal masuk paling awal {founded}.").format(
                joined=short_date(joined_on), group=g.name, founded=short_date(g.founded_on))))
        if left_on is not None:
            if left_on < joined_on:
                issues.append(Issue("left_on", _("Tanggal keluar harus sesudah tanggal masuk.")))
            if left_on > ctx.today():
                issues.append(Issue("left_on", _("Tanggal keluar tidak boleh sesudah hari ini.")))
            if reason not in gr.LEAVE_REASONS:
                issues.append(Issue("leave_reason", _("Alasan keluar wajib dipilih (pindah, kembali bekerja ke luar negeri, usaha sendiri, tidak berminat, …).")))
        new = gr.Span(joined_on, left_on)
        for other in s.scalars(select(GroupMember).where(
                GroupMember.group_id == m.group_id, GroupMember.person_id == m.person_id,
                GroupMember.deleted_at.is_(None), GroupMember.id != m.id)):
            if gr.overlaps(new, gr.Span(other.joined_on, other.left_on)):
                issues.append(Issue("joined_on", _("{name} sudah menjadi anggota {group} pada tanggal itu (masuk {since}): akhiri keanggotaan lama dulu.").format(
                    name=m.person.name, group=g.name, since=other.joined_on.strftime("%d/%m/%Y"))))
                break
        raise_if_errors(issues)
        m.joined_on, m.left_on = joined_on, left_on
        if left_on is not None:
            m.leave_reason, m.leave_note = reason, note.strip()
        else:
            m.leave_reason, m.leave_note = None, ""
        return Saved(m.id)


def delete_member(ctx: ServiceContext, member_id: str) -> Deletion:
    """A membership recorded by mistake. One who worked in the group's batches is ended, not deleted."""
    with ctx.unit_of_work() as s:
        m = get_live(s, GroupMember, member_id)
        worked = int(s.scalar(select(func.count(BatchWorker.id)).join(ProductionBatch, ProductionBatch.id == BatchWorker.batch_id).where(
            BatchWorker.person_id == m.person_id, BatchWorker.deleted_at.is_(None), ProductionBatch.deleted_at.is_(None),
            ProductionBatch.group_id == m.group_id)) or 0)
        if worked:
            raise ValidationError([Issue("member", _(
                "{name} sudah ikut {n} kali produksi kelompok ini: akhiri keanggotaannya (Keluar), jangan dihapus.").format(
                name=m.person.name, n=worked))])
        return tombstone(s, m)


# ---- promotion events ----------------------------------------------------------------------

def event_goes_with(ctx: ServiceContext, event_id: str, group_id: str) -> list[str]:
    """An event is one record for every group that took part: deleting it from `group_id`'s tab deletes it for the
    others too, named for the confirmation."""
    with ctx.reader() as s:
        names = list(s.scalars(select(ProductionGroup.name).join(
            PromoEventGroup, PromoEventGroup.group_id == ProductionGroup.id).where(
            PromoEventGroup.event_id == event_id, PromoEventGroup.deleted_at.is_(None),
            ProductionGroup.id != group_id, ProductionGroup.deleted_at.is_(None)).order_by(ProductionGroup.name)))
    return [_("juga hilang dari {groups}").format(groups=", ".join(names))] if names else []


# ---- the group -----------------------------------------------------------------------------

def group_goes_with(ctx: ServiceContext, group_id: str) -> list[str]:
    """What deleting a group takes with it, worded for the confirmation."""
    from desmig_desktop.production.models import Aid, ProfitShare

    with ctx.reader() as s:
        counts = [  # each text written out where it is used, so that `pybabel extract` finds it
            (n_("{n} keanggotaan", "{n} keanggotaan", n := _live_count(s, GroupMember, GroupMember.group_id == group_id)), n),
            (n_("{n} produk", "{n} produk", n := _live_count(s, Product, Product.group_id == group_id)), n),
            (n_("{n} catatan produksi", "{n} catatan produksi", n := _live_count(s, ProductionBatch, ProductionBatch.group_id == group_id)), n),
            (n_("{n} penjualan", "{n} penjualan", n := _live_count(s, Sale, Sale.group_id == group_id)), n),
            (n_("{n} biaya lain", "{n} biaya lain", n := _live_count(s, GroupCost, GroupCost.group_id == group_id)), n),
            (n_("{n} bantuan", "{n} bantuan", n := _live_count(s, Aid, Aid.group_id == group_id)), n),
            (n_("{n} bagi hasil", "{n} bagi hasil", n := _live_count(s, ProfitShare, ProfitShare.group_id == group_id)), n),
        ]
        return [text.format(n=n) for text, n in counts if n]


def delete_group(ctx: ServiceContext, group_id: str) -> Deletion:
    with ctx.unit_of_work() as s:
        return tombstone(s, get_live(s, ProductionGroup, group_id))
