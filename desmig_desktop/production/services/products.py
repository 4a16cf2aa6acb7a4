"""Products, production batches, sales (stock = produced − sold), other costs, promotion events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.activities.dto import EventDTO
from desmig_desktop.activities.models import PromoEvent, PromoEventGroup
from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.dto import Saved
from desmig_desktop.core.errors import Issue, raise_if_errors
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import get_live
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import BatchDTO, CostDTO, ProductDTO, SaleDTO
from desmig_desktop.production.models import (
    BatchWorker,
    GroupCost,
    GroupMember,
    Product,
    ProductionBatch,
    ProductionGroup,
    Sale,
)
from desmig_desktop.production.services.ledger import post_record_in
from desmig_desktop.production.services.money import check_period_open
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.history import abroad_warnings


def _live(col):  # type: ignore[no-untyped-def]
    return col.is_(None)


# ---- products ------------------------------------------------------------------------------

def _check_product(name: str, unit: str, price: int) -> None:
    issues = []
    if not name.strip():
        issues.append(Issue("name", _("Nama produk wajib diisi, mis. Dodol salak.")))
    if not unit.strip():
        issues.append(Issue("unit", _("Satuan wajib diisi, mis. bungkus, kg, lembar.")))
    if not gr.is_rupiah(price):
        issues.append(Issue("price", _("Harga harus angka Rupiah utuh, 0 atau lebih.")))
    raise_if_errors(issues)


def add_product_in(session: Session, ctx: ServiceContext, group_id: str, name: str, unit: str, price: int) -> Product:
    _check_product(name, unit, price)
    g = get_live(session, ProductionGroup, group_id)
    p = Product(group_id=g.id, name=name.strip(), unit=unit.strip(), price=price)
    session.add(p)
    session.flush()
    return p


add_product = use_case(add_product_in)


def update_product(ctx: ServiceContext, product_id: str, name: str, unit: str, price: int) -> Saved:
    with ctx.unit_of_work() as s:
        p = get_live(s, Product, product_id)
        _check_product(name, unit, price)
        p.name, p.unit, p.price = name.strip(), unit.strip(), price
        return Saved(p.id)


def stock_of(session: Session, product_id: str, exclude_sale: str | None = None) -> int:
    made = session.scalar(select(func.coalesce(func.sum(ProductionBatch.quantity), 0)).where(
        ProductionBatch.product_id == product_id, _live(ProductionBatch.deleted_at))) or 0
    sold_q = select(func.coalesce(func.sum(Sale.quantity), 0)).where(Sale.product_id == product_id, _live(Sale.deleted_at))
    if exclude_sale:
        sold_q = sold_q.where(Sale.id != exclude_sale)
    return int(made) - int(session.scalar(sold_q) or 0)


def stock_on(session: Session, product_id: str, day: date, exclude_sale: str | None = None) -> int:
    """Stock on a day: produced up to that day − sold up to that day (without the sale `exclude_sale`)."""
    made = session.scalar(select(func.coalesce(func.sum(ProductionBatch.quantity), 0)).where(
        ProductionBatch.product_id == product_id, _live(ProductionBatch.deleted_at), ProductionBatch.produced_on <= day))
    sold = session.scalar(select(func.coalesce(func.sum(Sale.quantity), 0)).where(
        Sale.product_id == product_id, _live(Sale.deleted_at), Sale.sold_on <= day, Sale.id != (exclude_sale or "")))
    return int(made or 0) - int(sold or 0)


def _first_day_with_stock(session: Session, product_id: str, quantity: int, exclude_sale: str | None = None) -> date | None:
    """The first batch day on which the stock (as of that day) covers `quantity`."""
    for day in session.scalars(select(ProductionBatch.produced_on).distinct().where(
            ProductionBatch.product_id == product_id, _live(ProductionBatch.deleted_at)).order_by(ProductionBatch.produced_on)):
        if stock_on(session, product_id, day, exclude_sale) >= quantity:
            return day
    return None


def list_products(ctx: ServiceContext, group_id: str) -> list[ProductDTO]:
    with ctx.reader() as s:
        return [ProductDTO(p.id, p.group_id, p.name, p.unit, p.price, stock_of(s, p.id)) for p in s.scalars(
            select(Product).where(Product.group_id == group_id, _live(Product.deleted_at)).order_by(Product.name))]


# ---- production batches --------------------------------------------------------------------

@dataclass(frozen=True)
class BatchInput:
    product_id: str
    produced_on: date
    quantity: int
    material_cost: int
    worker_ids: tuple[str, ...] = ()
    note: str = ""


def _members_on(session: Session, group_id: str, day: date) -> dict[str, str]:
    out = {}
    for m in session.scalars(select(GroupMember).where(GroupMember.group_id == group_id, _live(GroupMember.deleted_at))
                             .options(selectinload(GroupMember.person))):
        if gr.Span(m.joined_on, m.left_on).active_on(day):
            out[m.person_id] = m.person.name
    return out


def batch_issues(session: Session, ctx: ServiceContext, data: BatchInput) -> tuple[Product, list[Issue]]:
    """The rules of a batch (recorded or corrected): raises on an error, returns the product and the warnings."""
    product = get_live(session, Product, data.product_id)
    check_period_open(session, product.group_id, data.produced_on, "produced_on")
    issues = []
    if not isinstance(data.quantity, int) or data.quantity <= 0:
        issues.append(Issue("quantity", _("Jumlah produksi harus angka bulat lebih dari 0.")))
    if not gr.is_rupiah(data.material_cost):
        issues.append(Issue("material_cost", _("Biaya bahan harus angka Rupiah utuh, 0 atau lebih.")))
    if data.produced_on > ctx.today():
        issues.append(Issue("produced_on", _("Tanggal produksi tidak boleh sesudah hari ini.")))
    if not data.worker_ids:
        issues.append(Issue("workers", _("Pilih anggota yang ikut produksi (dasar bagi hasil).")))
    members = _members_on(session, product.group_id, data.produced_on)
    strangers = [pid for pid in data.worker_ids if pid not in members]
    if strangers:
        names = ", ".join(p.name for p in session.scalars(select(Person).where(Person.id.in_(strangers))))
        issues.append(Issue("workers", _("{names} bukan anggota aktif kelompok pada tanggal produksi.").format(names=names)))
    issues.extend(abroad_warnings(session, data.worker_ids, data.produced_on, "workers", _("ikut produksi")))
    return product, raise_if_errors(issues)


def record_batch_in(session: Session, ctx: ServiceContext, data: BatchInput) -> tuple[ProductionBatch, list[Issue]]:
    product, warnings = batch_issues(session, ctx, data)
    b = ProductionBatch(group_id=product.group_id, product_id=product.id, produced_on=data.produced_on,
                        quantity=data.quantity, material_cost=data.material_cost, note=data.note.strip())
    session.add(b)
    for pid in dict.fromkeys(data.worker_ids):
        session.add(BatchWorker(batch=b, person_id=pid))
    session.flush()
    post_record_in(session, ctx, "production_batch", b)
    return b, warnings


record_batch = use_case(record_batch_in)


def list_batches(ctx: ServiceContext, group_id: str) -> list[BatchDTO]:
    with ctx.reader() as s:
        rows = s.scalars(select(ProductionBatch).where(ProductionBatch.group_id == group_id, _live(ProductionBatch.deleted_at))
                         .options(selectinload(ProductionBatch.workers)).order_by(ProductionBatch.produced_on.desc()))
        names = {p.id: p.name for p in s.scalars(select(Product).where(Product.group_id == group_id))}
        return [BatchDTO(b.id, b.product_id, names.get(b.product_id, ""), b.produced_on, b.quantity, b.material_cost,
                         tuple(w.person_id for w in b.workers if w.deleted_at is None), b.note) for b in rows]


# ---- sales ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SaleInput:
    product_id: str
    sold_on: date
    quantity: int
    unit_price: int
    channel: str
    event_id: str | None = None
    note: str = ""


def sale_issues(session: Session, ctx: ServiceContext, data: SaleInput, exclude: str | None = None) -> Product:
    """The rules of a sale (recorded, or corrected: `exclude` is the sale being corrected); returns the product."""
    product = get_live(session, Product, data.product_id)
    check_period_open(session, product.group_id, data.sold_on, "sold_on")
    issues = []
    if not isinstance(data.quantity, int) or data.quantity <= 0:
        issues.append(Issue("quantity", _("Jumlah terjual harus angka bulat lebih dari 0.")))
    if not gr.is_rupiah(data.unit_price):
        issues.append(Issue("unit_price", _("Harga satuan harus angka Rupiah utuh, 0 atau lebih.")))
    if data.channel not in gr.CHANNELS:
        issues.append(Issue("channel", _("Saluran penjualan wajib dipilih (pameran/bazar, WhatsApp, Instagram, Facebook, web desa, toko/warung, pesanan).")))
    if data.sold_on > ctx.today():
        issues.append(Issue("sold_on", _("Tanggal penjualan tidak boleh sesudah hari ini.")))
    if data.event_id is not None:
        get_live(session, PromoEvent, data.event_id)
    if not issues:
        stock = stock_of(session, product.id, exclude)
        if data.quantity > stock:
            issues.append(Issue("quantity", _("Stok {product} tinggal {stock} {unit}: jumlah terjual tidak boleh lebih dari stok. Catat produksinya dulu.").format(
                product=product.name, stock=stock, unit=product.unit)))
        elif data.quantity > (on_day := stock_on(session, product.id, data.sold_on, exclude)):
            first = _first_day_with_stock(session, product.id, data.quantity, exclude)
            issues.append(Issue("sold_on", _("Pada {day} stok {product} baru {stock} {unit}: penjualan tidak boleh bertanggal "
                                             "sebelum barangnya diproduksi. Periksa tanggalnya (stok cukup sejak {first}).").format(
                day=data.sold_on.strftime("%d/%m/%Y"), product=product.name, stock=on_day, unit=product.unit,
                first=first.strftime("%d/%m/%Y") if first else "—")))
    raise_if_errors(issues)
    return product


def record_sale_in(session: Session, ctx: ServiceContext, data: SaleInput) -> Sale:
    product = sale_issues(session, ctx, data)
    sale = Sale(group_id=product.group_id, product_id=product.id, sold_on=data.sold_on, quantity=data.quantity,
                unit_price=data.unit_price, channel=data.channel, event_id=data.event_id, note=data.note.strip())
    session.add(sale)
    session.flush()
    post_record_in(session, ctx, "sale", sale)
    return sale


record_sale = use_case(record_sale_in)


def list_sales(ctx: ServiceContext, group_id: str | None = None, event_id: str | None = None) -> list[SaleDTO]:
    with ctx.reader() as s:
        stmt = select(Sale, Product.name, PromoEvent.name).join(Product, Product.id == Sale.product_id).outerjoin(
            PromoEvent, PromoEvent.id == Sale.event_id).where(_live(Sale.deleted_at)).order_by(Sale.sold_on.desc())
        if group_id:
            stmt = stmt.where(Sale.group_id == group_id)
        if event_id:
            stmt = stmt.where(Sale.event_id == event_id)
        return [SaleDTO(x.id, x.product_id, pname, x.sold_on, x.quantity, x.unit_price, x.channel, x.event_id, ename or "",
                        x.note)
                for x, pname, ename in s.execute(stmt)]


# ---- other costs ---------------------------------------------------------------------------

def cost_issues(session: Session, ctx: ServiceContext, group_id: str, spent_on: date, description: str, amount: int) -> None:
    issues = []
    if not description.strip():
        issues.append(Issue("description", _("Keterangan biaya wajib diisi, mis. kemasan, transportasi.")))
    if not gr.is_rupiah(amount, 1):
        issues.append(Issue("amount", _("Jumlah biaya harus angka Rupiah utuh lebih dari 0.")))
    if spent_on > ctx.today():
        issues.append(Issue("spent_on", _("Tanggal biaya tidak boleh sesudah hari ini.")))
    raise_if_errors(issues)
    get_live(session, ProductionGroup, group_id)
    check_period_open(session, group_id, spent_on, "spent_on")


def record_cost_in(session: Session, ctx: ServiceContext, group_id: str, spent_on: date, description: str, amount: int) -> GroupCost:
    cost_issues(session, ctx, group_id, spent_on, description, amount)
    c = GroupCost(group_id=group_id, spent_on=spent_on, description=description.strip(), amount=amount)
    session.add(c)
    session.flush()
    post_record_in(session, ctx, "group_cost", c)
    return c


record_cost = use_case(record_cost_in)


def list_costs(ctx: ServiceContext, group_id: str) -> list[CostDTO]:
    with ctx.reader() as s:
        return [CostDTO(c.id, c.spent_on, c.description, c.amount) for c in s.scalars(
            select(GroupCost).where(GroupCost.group_id == group_id, _live(GroupCost.deleted_at)).order_by(GroupCost.spent_on.desc()))]


# ---- promotion events ----------------------------------------------------------------------

def list_events(ctx: ServiceContext, group_id: str | None = None) -> list[EventDTO]:
    with ctx.reader() as s:
        links: dict[str, list[str]] = {}
        for link in s.scalars(select(PromoEventGroup).where(_live(PromoEventGroup.deleted_at))):
            links.setdefault(link.event_id, []).append(link.group_id)
        totals = dict(s.execute(select(Sale.event_id, func.sum(Sale.quantity * Sale.unit_price)).where(
            Sale.event_id.is_not(None), _live(Sale.deleted_at)).group_by(Sale.event_id)).all())
        out = []
        for ev in s.scalars(select(PromoEvent).where(_live(PromoEvent.deleted_at)).order_by(PromoEvent.start_on.desc())):
            groups = tuple(links.get(ev.id, ()))
            if group_id and group_id not in groups:
                continue
            out.append(EventDTO(ev.id, ev.name, ev.kind, ev.start_on, ev.end_on, ev.place, groups, int(totals.get(ev.id) or 0)))
        return out
