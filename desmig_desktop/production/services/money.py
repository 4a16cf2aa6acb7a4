"""Money of a group: revenue, costs and share-outs of a period from its records; cash and cash capital from the
ledger, where each record posts its entry (`services.ledger`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.ledger.locks import check_open
from desmig_desktop.core.ledger.models import natural
from desmig_desktop.production.models import GroupCost, ProductionBatch, ProfitShare, Sale
from desmig_desktop.production.services.ledger import account_balance, group_book_id


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
    """Cash capital the group received (aid in cash) by the end of `as_of`, or in all: the ledger's capital."""
    return natural("capital", account_balance(session, group_id, "capital", as_of))


def group_cash(session: Session, group_id: str, as_of: date | None = None) -> int:
    """Kas kelompok (at the end of `as_of`, or now): the balance of the group's cash account in the ledger —
    cash capital received + sales − material and other costs − shares paid out by share-outs whose period ended
    by then, each posted by its record (`services.ledger`)."""
    return account_balance(session, group_id, "cash", as_of)


def uncovered_loss(session: Session, group_id: str, before: date) -> int:
    """Losses not yet covered on the day before `before`: how far the results of all earlier days (profit − loss)
    fall short of what earlier share-outs paid. Capital aid does not cover a loss; later profit does."""
    last = before - timedelta(days=1)
    retained = money(session, group_id, None, last).profit - shared_total(session, group_id, None, last)
    return max(0, -retained)


def check_period_open(session: Session, group_id: str, day: date, field: str) -> None:
    """Refuse to add, change or delete a sale, cost, batch or aid dated `day` inside a closed period of the group's
    book (a finalised share-out closes its period): the kernel's `check_open`, whose message names the period, who
    closed it, when and why."""
    book_id = group_book_id(session, group_id)
    if book_id is not None:
        check_open(session, book_id, day, field)
