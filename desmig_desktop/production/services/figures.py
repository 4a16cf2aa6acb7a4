"""Usaha Produktif's figures for the home page (Beranda): the groups' sales per month over the last twelve
months, the groups and members at work, the share-outs due or overdue (the rules of `sharing.due_groups`), and
members still on a group's list while the registry has them working abroad."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.production.dto import DueDTO
from desmig_desktop.production.models import GroupMember, ProductionGroup, Sale
from desmig_desktop.production.services.sharing import due_groups
from desmig_desktop.registry.models import Person
from desmig_desktop.registry.services.figures import month_span, month_starts


@dataclass(frozen=True)
class GroupSales:
    group_id: str
    group: str
    amounts: tuple[int, ...]  # Rupiah sold in each month of `ProductionFigures.months`


@dataclass(frozen=True)
class GroupCount:
    group_id: str
    group: str
    count: int


@dataclass(frozen=True)
class ProductionFigures:
    today: date
    months: tuple[date, ...]  # registry.services.figures.month_starts(today)
    sales: tuple[GroupSales, ...]  # groups with a sale in the window, by name
    active_groups: int
    active_members: int  # members of active groups who have not left
    due: tuple[DueDTO, ...]  # share-outs due or overdue (sharing.due_groups)
    members_abroad: tuple[GroupCount, ...]  # members not left whose registry status is PMI aktif

    def monthly_total(self) -> tuple[int, ...]:
        return tuple(sum(g.amounts[i] for g in self.sales) for i in range(len(self.months)))


def _live_groups():  # type: ignore[no-untyped-def]
    return ProductionGroup.deleted_at.is_(None)


def production_figures(ctx: ServiceContext) -> ProductionFigures:
    today = ctx.today()
    months = month_starts(today)
    keys = [m.strftime("%Y-%m") for m in months]
    month = func.substr(Sale.sold_on, 1, 7)
    with ctx.reader() as s:
        rows = s.execute(
            select(ProductionGroup.id, ProductionGroup.name, month, func.sum(Sale.quantity * Sale.unit_price))
            .join(Sale, Sale.group_id == ProductionGroup.id)
            .where(_live_groups(), Sale.deleted_at.is_(None), Sale.sold_on.between(months[0], month_span(months[-1])[1]))
            .group_by(ProductionGroup.id, ProductionGroup.name, month)).all()
        by_group: dict[tuple[str, str], dict[str, int]] = {}
        for gid, name, key, amount in rows:
            by_group.setdefault((gid, name), {})[key] = int(amount or 0)
        sales = tuple(GroupSales(gid, name, tuple(found.get(k, 0) for k in keys))
                      for (gid, name), found in sorted(by_group.items(), key=lambda x: (x[0][1], x[0][0])))
        active = (_live_groups(), ProductionGroup.status == "aktif")
        groups = int(s.scalar(select(func.count(ProductionGroup.id)).where(*active)) or 0)
        current = (GroupMember.deleted_at.is_(None), GroupMember.left_on.is_(None))
        members = int(s.scalar(select(func.count(func.distinct(GroupMember.person_id)))
                               .join(ProductionGroup, ProductionGroup.id == GroupMember.group_id)
                               .where(*active, *current)) or 0)
        abroad = s.execute(
            select(ProductionGroup.id, ProductionGroup.name, func.count(GroupMember.id))
            .join(GroupMember, GroupMember.group_id == ProductionGroup.id)
            .join(Person, Person.id == GroupMember.person_id)
            .where(*active, *current, Person.deleted_at.is_(None), Person.status == "aktif")
            .group_by(ProductionGroup.id, ProductionGroup.name).order_by(ProductionGroup.name)).all()
    return ProductionFigures(today, months, sales, groups, members, tuple(due_groups(ctx)),
                             tuple(GroupCount(gid, name, int(n)) for gid, name, n in abroad))
