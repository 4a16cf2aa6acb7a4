"""Usaha Produktif's part of the "Terhapus" view (`Pillar.deleted`): the groups, memberships, products, batches,
sales, other costs and aid the officer deleted, each worded so that it can be recognised
("12 Mar 2026 · Rp150.000 · Kelompok Salak")."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desmig_desktop.core.formatting import number, rupiah, short_date
from desmig_desktop.core.i18n import N_, _, label
from desmig_desktop.core.records import DeletedItem, deleted_items_of
from desmig_desktop.production import rules as gr
from desmig_desktop.production.models import (
    Aid,
    GroupCost,
    GroupMember,
    Product,
    ProductionBatch,
    ProductionGroup,
    Sale,
)

MODELS = {"production_group": ProductionGroup, "group_member": GroupMember, "product": Product,
          "production_batch": ProductionBatch, "sale": Sale, "group_cost": GroupCost, "aid": Aid}
KINDS = {"production_group": N_("Kelompok usaha"), "group_member": N_("Anggota kelompok"), "product": N_("Produk"),
         "production_batch": N_("Produksi"), "sale": N_("Penjualan"), "group_cost": N_("Biaya lain"),
         "aid": N_("Bantuan")}


def _group(session: Session, group_id: str) -> str:
    g = session.get(ProductionGroup, group_id)
    return g.name if g is not None else ""


def _product(session: Session, product_id: str) -> str:
    p = session.get(Product, product_id)
    return p.name if p is not None else ""


def title(session: Session, table: str, obj) -> str:  # type: ignore[no-untyped-def]
    """What the officer recognises a record of this area by."""
    if table == "production_group":
        return " · ".join(x for x in (obj.name, obj.commodity) if x)
    group = _group(session, obj.group_id)
    if table == "group_member":
        joined = _("masuk {day}").format(day=short_date(obj.joined_on))
        return f"{obj.person.name} · {group} ({joined})"
    if table == "product":
        return f"{obj.name} · {rupiah(obj.price)}/{obj.unit} · {group}"
    if table == "production_batch":
        return " · ".join((short_date(obj.produced_on), f"{_product(session, obj.product_id)} {number(obj.quantity)}",
                           rupiah(obj.material_cost), group))
    if table == "sale":
        return " · ".join((short_date(obj.sold_on), rupiah(obj.quantity * obj.unit_price),
                           f"{_product(session, obj.product_id)} {number(obj.quantity)}", group))
    if table == "group_cost":
        return " · ".join((short_date(obj.spent_on), rupiah(obj.amount), obj.description, group))
    value = sum(i.value for i in obj.items if i.deleted_at is None or i.deleted_at == obj.deleted_at)
    return " · ".join((short_date(obj.received_on), label(gr.AID_KINDS, obj.kind), rupiah(value), group))


def deleted_items(session: Session) -> list[DeletedItem]:
    """`Pillar.deleted` of Usaha Produktif: what the officer deleted (not what went with it), newest first."""
    return deleted_items_of(session, MODELS, KINDS, lambda table, obj: title(session, table, obj))
