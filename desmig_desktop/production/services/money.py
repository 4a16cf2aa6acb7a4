"""Money of a group, derived from its records: revenue, costs, share-outs, cash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.i18n import _
from desmig_desktop.production.models import Aid, AidItem, GroupCost, ProductionBatch, ProfitShare, Sale


@dataclass(frozen=True)
class Money:
    revenue: int
    material_cost: int
    other_cost: int
    runs: int

    @property
    def profit(self) -> int:
        return self.revenue - self.material_cost - self.other_cost


def _between(col, start: date | None, end: date | None):  # type: ignore[no-untyped-def]
    conds = []
    if start is not None:
        conds.append(col >= start)
    if end is not None:
        conds.append(col <= end)
    return conds


def money(session: Session, group_id: str, start: date | None = None, end: date | None = None) -> Money:
    revenue = session.scalar(
        select(func.coalesce(func.sum(Sale.quantity * Sale.unit_price), 0)).where(
            Sale.group_id == group_id, Sale.deleted_at.is_(None), *_between(Sale.sold_on, start, end))
    )
    material, runs = session.execute(
        select(func.coalesce(func.sum(ProductionBatch.material_cost), 0), func.count(ProductionBatch.id)).where(
            ProductionBatch.group_id == group_id, ProductionBatch.deleted_at.is_(None),
            *_between(ProductionBatch.produced_on, start, end))
    ).one()
    other = session.scalar(
        select(func.coalesce(func.sum(GroupCost.amount), 0)).where(
            GroupCost.group_id == group_id, GroupCost.deleted_at.is_(None), *_between(GroupCost.spent_on, start, end))
    )
    return Money(int(revenue), int(material), int(other), int(runs))


def shared_total(session: Session, group_id: str, start: date | None = None, end: date | None = None) -> int:
    """Rupiah paid out by finalised (not reversed) share-outs whose period ends in the range."""
    return int(session.scalar(
        select(func.coalesce(func.sum(ProfitShare.distributed), 0)).where(
            ProfitShare.group_id == group_id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None),
            *_between(ProfitShare.period_end, start, end))
    ) or 0)


def cash_aid(session: Session, group_id: str, as_of: date | None = None) -> int:
    return int(session.scalar(
        select(func.coalesce(func.sum(AidItem.value), 0)).join(Aid, Aid.id == AidItem.aid_id).where(
            Aid.group_id == group_id, Aid.kind == "modal_uang", Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None),
            *_between(Aid.received_on, None, as_of))
    ) or 0)


def group_cash(session: Session, group_id: str, as_of: date | None = None) -> int:
    """Kas kelompok (at the end of `as_of`, or now): cash capital received + sales − material and other costs −
    shares paid out by share-outs whose period ended by then."""
    m = money(session, group_id, None, as_of)
    return cash_aid(session, group_id, as_of) + m.profit - shared_total(session, group_id, None, as_of)


def uncovered_loss(session: Session, group_id: str, before: date) -> int:
    """Losses not yet covered on the day before `before`: how far the results of all earlier days (profit − loss)
    fall short of what earlier share-outs paid. Capital aid does not cover a loss; later profit does."""
    last = before - timedelta(days=1)
    retained = money(session, group_id, None, last).profit - shared_total(session, group_id, None, last)
    return max(0, -retained)


def check_period_open(session: Session, group_id: str, day: date, field: str) -> None:
    """Refuse to add, change or delete a sale, cost or batch dated `day` inside a period already shared out (a
    finalised share-out that was not reversed): the share-out would silently disagree with the records.
    The one place of this rule (it may move to a kernel period lock)."""
    share = session.scalars(select(ProfitShare).where(
        ProfitShare.group_id == group_id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None),
        ProfitShare.period_start <= day, ProfitShare.period_end >= day)).first()
    if share is not None:
        raise ValidationError([Issue(field, _(
            "Periode {start}–{end} sudah dibagi hasilnya (bagi hasil final): catatan bertanggal {day} tidak dapat "
            "ditambah, diubah atau dihapus. Batalkan bagi hasil itu dulu.").format(
            start=share.period_start.strftime("%d/%m/%Y"), end=share.period_end.strftime("%d/%m/%Y"),
            day=day.strftime("%d/%m/%Y")))])
