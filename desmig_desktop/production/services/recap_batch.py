"""The production-groups section of the recap for every village a context reads, in a fixed number of statements.

A district reads its villages in batches (a context scoped to 50 villages); a village file is one village. Each
figure of a group is one grouped statement over the whole scope (GROUP BY group, or by village for the section's
village-wide parts), and `assemble` makes each village's `GroupsSection` from those rows in plain Python. The
village's own recap (`services.recap.build_groups_section`) is this code on its one village, so a village's
figures at the district are exactly its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desmig_desktop.activities.models import (
    PromoEvent,
    PromoEventGroup,
    Socialisation,
    SocialisationAttendance,
    Training,
    TrainingAttendance,
    TrainingGroup,
)
from desmig_desktop.core.periods import Period
from desmig_desktop.core.pillar import scope_key
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import AidTotal, DropoutDTO, GroupRecapRow, GroupsSection
from desmig_desktop.production.models import (
    Aid,
    AidItem,
    GroupCost,
    GroupMember,
    ProductionBatch,
    ProductionGroup,
    ProfitShare,
    Sale,
)
from desmig_desktop.registry.models import Person


@dataclass
class GroupRows:
    """What the section counts, as read for every group of the scope (group id -> its rows or sums)."""

    groups: list[Any]  # (id, village_id, name, commodity, status) of the live groups, by name
    members: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))  # (person, joined, left, reason)
    trainings: dict[str, int] = field(default_factory=dict)  # trainings of the group that started in the period
    attendance: dict[str, int] = field(default_factory=dict)  # person -> attendances at trainings of the period
    aid: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))  # (source, value)
    batches: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # (quantity, material cost, runs)
    sales: dict[str, list[tuple[str, int]]] = field(default_factory=lambda: defaultdict(list))  # (channel, value)
    costs: dict[str, int] = field(default_factory=dict)
    shared: dict[str, int] = field(default_factory=dict)
    socialisations: dict[str, tuple[int, int]] = field(default_factory=dict)  # (meetings, distinct people)
    events: dict[str, int] = field(default_factory=dict)
    dropouts: list[Any] = field(default_factory=list)  # (village_id, DropoutDTO) by day left
    aid_totals: list[Any] = field(default_factory=list)  # (village_id, source, kind, in period, to date)


def read_group_rows(s: Session, a: date, b: date) -> GroupRows:
    """Every statement of the section, once for the whole scope of the session (a district's batch or a file)."""
    rows = GroupRows(s.execute(select(
        ProductionGroup.id, ProductionGroup.village_id, ProductionGroup.name, ProductionGroup.commodity,
        ProductionGroup.status).where(ProductionGroup.deleted_at.is_(None))
        .order_by(ProductionGroup.name, ProductionGroup.id)).all())
    if not rows.groups:
        return rows
    for gid, pid, joined, left, reason in s.execute(select(
            GroupMember.group_id, GroupMember.person_id, GroupMember.joined_on, GroupMember.left_on,
            GroupMember.leave_reason).where(GroupMember.deleted_at.is_(None))):
        rows.members[gid].append((pid, joined, left, reason))
    in_period = (Training.deleted_at.is_(None), Training.start_on >= a, Training.start_on <= b)
    rows.trainings = dict(s.execute(
        select(TrainingGroup.group_id, func.count(func.distinct(Training.id)))
        .join(Training, Training.id == TrainingGroup.training_id)
        .where(TrainingGroup.deleted_at.is_(None), *in_period).group_by(TrainingGroup.group_id)).all())
    rows.attendance = dict(s.execute(
        select(TrainingAttendance.person_id, func.count(TrainingAttendance.id))
        .join(Training, Training.id == TrainingAttendance.training_id)
        .where(TrainingAttendance.deleted_at.is_(None), *in_period).group_by(TrainingAttendance.person_id)).all())
    for gid, source, value in s.execute(
            select(Aid.group_id, Aid.source, func.sum(AidItem.value)).join(AidItem, AidItem.aid_id == Aid.id)
            .where(Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None), Aid.received_on >= a, Aid.received_on <= b)
            .group_by(Aid.group_id, Aid.source).order_by(Aid.group_id, Aid.source)):
        rows.aid[gid].append((source, int(value or 0)))
    rows.batches = {gid: (int(qty or 0), int(material or 0), int(runs)) for gid, qty, material, runs in s.execute(
        select(ProductionBatch.group_id, func.sum(ProductionBatch.quantity), func.sum(ProductionBatch.material_cost),
               func.count(ProductionBatch.id))
        .where(ProductionBatch.deleted_at.is_(None), ProductionBatch.produced_on >= a, ProductionBatch.produced_on <= b)
        .group_by(ProductionBatch.group_id))}
    for gid, channel, value in s.execute(
            select(Sale.group_id, Sale.channel, func.sum(Sale.quantity * Sale.unit_price))
            .where(Sale.deleted_at.is_(None), Sale.sold_on >= a, Sale.sold_on <= b)
            .group_by(Sale.group_id, Sale.channel).order_by(Sale.group_id, Sale.channel)):
        rows.sales[gid].append((channel, int(value or 0)))
    rows.costs = {gid: int(v or 0) for gid, v in s.execute(
        select(GroupCost.group_id, func.sum(GroupCost.amount))
        .where(GroupCost.deleted_at.is_(None), GroupCost.spent_on >= a, GroupCost.spent_on <= b)
        .group_by(GroupCost.group_id))}
    rows.shared = {gid: int(v or 0) for gid, v in s.execute(
        select(ProfitShare.group_id, func.sum(ProfitShare.distributed))
        .where(ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None), ProfitShare.period_end >= a,
               ProfitShare.period_end <= b).group_by(ProfitShare.group_id))}
    held = (Socialisation.deleted_at.is_(None), Socialisation.held_on >= a, Socialisation.held_on <= b,
            Socialisation.group_id.is_not(None))
    meetings = dict(s.execute(select(Socialisation.group_id, func.count(Socialisation.id)).where(*held)
                              .group_by(Socialisation.group_id)).all())
    reached = dict(s.execute(
        select(Socialisation.group_id, func.count(func.distinct(SocialisationAttendance.person_id)))
        .join(SocialisationAttendance, SocialisationAttendance.socialisation_id == Socialisation.id)
        .where(SocialisationAttendance.deleted_at.is_(None), *held).group_by(Socialisation.group_id)).all())
    rows.socialisations = {gid: (int(n), int(reached.get(gid) or 0)) for gid, n in meetings.items()}
    rows.events = dict(s.execute(
        select(PromoEventGroup.group_id, func.count(PromoEvent.id))
        .join(PromoEvent, PromoEvent.id == PromoEventGroup.event_id)
        .where(PromoEventGroup.deleted_at.is_(None), PromoEvent.deleted_at.is_(None), PromoEvent.start_on >= a,
               PromoEvent.start_on <= b).group_by(PromoEventGroup.group_id)).all())
    rows.dropouts = [(vid, DropoutDTO(gid, group, pid, name, joined, left, reason or "lainnya", note))
                     for vid, gid, group, pid, name, joined, left, reason, note in s.execute(
        select(GroupMember.village_id, GroupMember.group_id, ProductionGroup.name, GroupMember.person_id, Person.name,
               GroupMember.joined_on, GroupMember.left_on, GroupMember.leave_reason, GroupMember.leave_note)
        .join(ProductionGroup, ProductionGroup.id == GroupMember.group_id)
        .join(Person, Person.id == GroupMember.person_id)
        .where(GroupMember.deleted_at.is_(None), GroupMember.left_on.is_not(None), GroupMember.left_on >= a,
               GroupMember.left_on <= b).order_by(GroupMember.left_on))]
    value = func.coalesce(func.sum(AidItem.value), 0)
    received = func.coalesce(func.sum(case((Aid.received_on >= a, AidItem.value), else_=0)), 0)
    rows.aid_totals = s.execute(
        select(Aid.village_id, Aid.source, Aid.kind, received, value)
        .join(AidItem, AidItem.aid_id == Aid.id).join(ProductionGroup, ProductionGroup.id == Aid.group_id)
        .where(Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None), ProductionGroup.deleted_at.is_(None),
               Aid.received_on <= b)
        .group_by(Aid.village_id, Aid.source, Aid.kind).order_by(Aid.village_id, Aid.source, Aid.kind)).all()
    return rows


def group_row(rows: GroupRows, gid: str, name: str, commodity: str, status: str, a: date, b: date) -> GroupRecapRow:
    """One group's figures for the period [a, b] from the rows read (pure)."""
    members = rows.members.get(gid, [])
    spans = [gr.Span(joined, left) for _pid, joined, left, _reason in members]
    start_n, kept = gr.retention(spans, a, b)
    left = [m for m in members if m[2] is not None and a <= m[2] <= b]
    reasons = Counter(reason or "" for _pid, _joined, _left, reason in left)
    aid = rows.aid.get(gid, [])
    sales = rows.sales.get(gid, [])
    qty, material, runs = rows.batches.get(gid, (0, 0, 0))
    revenue = sum(v for _ch, v in sales)
    meetings, reached = rows.socialisations.get(gid, (0, 0))
    return GroupRecapRow(
        name=name, commodity=commodity, status=status,
        active_members=sum(1 for sp in spans if sp.active_on(b)),
        joined=sum(1 for m in members if a <= m[1] <= b), left=len(left),
        retention_start=start_n, retention_kept=kept, dropout_reasons=tuple(sorted(reasons.items())),
        trainings=int(rows.trainings.get(gid, 0)),
        training_attendance=sum(int(rows.attendance.get(pid, 0)) for pid in {m[0] for m in members}),
        aid_by_source=tuple(aid), aid_total=sum(v for _src, v in aid),
        production_runs=runs, production_quantity=qty,
        sales_by_channel=tuple(sales), sales_total=revenue,
        profit=revenue - material - rows.costs.get(gid, 0), profit_shared=rows.shared.get(gid, 0),
        socialisations=meetings, people_reached=reached, promotion_events=int(rows.events.get(gid, 0)),
    )


def assemble(rows: GroupRows, period: Period, key: Any = lambda village_id: village_id) -> dict[str, GroupsSection]:
    """village key -> its section (a village without live groups has none), from the rows read (pure)."""
    a, b = period.start, period.end
    by_village: dict[str, list[GroupRecapRow]] = {}
    for gid, vid, name, commodity, status in rows.groups:
        by_village.setdefault(key(vid), []).append(group_row(rows, gid, name, commodity, status, a, b))
    dropouts: dict[str, list[DropoutDTO]] = defaultdict(list)
    for vid, dto in rows.dropouts:
        dropouts[key(vid)].append(dto)
    aid: dict[str, list[AidTotal]] = defaultdict(list)
    for vid, source, kind, now, total in rows.aid_totals:
        aid[key(vid)].append(AidTotal(source, kind, int(now), int(total)))
    return {v: GroupsSection(period, tuple(groups), tuple(dropouts.get(v, ())), tuple(aid.get(v, ())))
            for v, groups in by_village.items()}


def build_groups_sections(ctx: Any, period: Period) -> dict[str, GroupsSection]:
    """The section of every village the context reads (`RecapParts.build_many`)."""
    with ctx.reader() as s:
        rows = read_group_rows(s, period.start, period.end)
    return assemble(rows, period, scope_key(ctx))
