"""The production-groups section of the recap: per group, the period's figures and the three
empowerment stages of the seeds — penyadaran, pengkapasitasan, pendayaan."""

from __future__ import annotations

from collections import Counter

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
from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.periods import Period
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import AidTotal, GroupRecapRow, GroupsSection
from desmig_desktop.production.models import Aid, AidItem, GroupMember, ProductionBatch, ProductionGroup, Sale
from desmig_desktop.production.services.groups import dropouts
from desmig_desktop.production.services.money import money, shared_total


def build_groups_section(ctx: ServiceContext, period: Period) -> GroupsSection | None:
    a, b = period.start, period.end
    rows = []
    with ctx.reader() as s:
        groups = s.scalars(select(ProductionGroup).where(ProductionGroup.deleted_at.is_(None)).order_by(ProductionGroup.name)).all()
        if not groups:
            return None
        for g in groups:
            members = s.scalars(select(GroupMember).where(GroupMember.group_id == g.id, GroupMember.deleted_at.is_(None))).all()
            spans = [gr.Span(m.joined_on, m.left_on) for m in members]
            member_ids = {m.person_id for m in members}
            start_n, kept = gr.retention(spans, a, b)
            left = [m for m in members if m.left_on is not None and a <= m.left_on <= b]
            reasons = Counter(m.leave_reason or "" for m in left)
            trainings = s.scalars(select(Training.id).where(Training.deleted_at.is_(None), Training.start_on >= a, Training.start_on <= b,
                                  Training.id.in_(select(TrainingGroup.training_id).where(TrainingGroup.group_id == g.id, TrainingGroup.deleted_at.is_(None))))).all()
            attendance = s.scalar(select(func.count(TrainingAttendance.id)).join(Training, Training.id == TrainingAttendance.training_id).where(
                TrainingAttendance.deleted_at.is_(None), Training.deleted_at.is_(None), Training.start_on >= a, Training.start_on <= b,
                TrainingAttendance.person_id.in_(member_ids))) or 0
            aid_rows = s.execute(select(Aid.source, func.sum(AidItem.value)).join(AidItem, AidItem.aid_id == Aid.id).where(
                Aid.group_id == g.id, Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None), Aid.received_on >= a, Aid.received_on <= b)
                .group_by(Aid.source)).all()
            qty = s.scalar(select(func.coalesce(func.sum(ProductionBatch.quantity), 0)).where(
                ProductionBatch.group_id == g.id, ProductionBatch.deleted_at.is_(None), ProductionBatch.produced_on >= a,
                ProductionBatch.produced_on <= b)) or 0
            by_channel = s.execute(select(Sale.channel, func.sum(Sale.quantity * Sale.unit_price)).where(
                Sale.group_id == g.id, Sale.deleted_at.is_(None), Sale.sold_on >= a, Sale.sold_on <= b).group_by(Sale.channel)).all()
            socs = s.scalars(select(Socialisation.id).where(Socialisation.group_id == g.id, Socialisation.deleted_at.is_(None),
                                                            Socialisation.held_on >= a, Socialisation.held_on <= b)).all()
            reached = s.scalar(select(func.count(func.distinct(SocialisationAttendance.person_id))).where(
                SocialisationAttendance.socialisation_id.in_(socs), SocialisationAttendance.deleted_at.is_(None))) or 0 if socs else 0
            events = s.scalar(select(func.count(PromoEvent.id)).join(PromoEventGroup, PromoEventGroup.event_id == PromoEvent.id).where(
                PromoEventGroup.group_id == g.id, PromoEventGroup.deleted_at.is_(None), PromoEvent.deleted_at.is_(None),
                PromoEvent.start_on >= a, PromoEvent.start_on <= b)) or 0
            m = money(s, g.id, a, b)
            rows.append(GroupRecapRow(
                name=g.name, commodity=g.commodity, status=g.status,
                active_members=sum(1 for sp in spans if sp.active_on(b)),
                joined=sum(1 for m_ in members if a <= m_.joined_on <= b), left=len(left),
                retention_start=start_n, retention_kept=kept, dropout_reasons=tuple(sorted(reasons.items())),
                trainings=len(trainings), training_attendance=int(attendance),
                aid_by_source=tuple((src, int(v or 0)) for src, v in aid_rows),
                aid_total=sum(int(v or 0) for _, v in aid_rows),
                production_runs=m.runs, production_quantity=int(qty),
                sales_by_channel=tuple((ch, int(v or 0)) for ch, v in by_channel),
                sales_total=m.revenue, profit=m.profit, profit_shared=shared_total(s, g.id, a, b),
                socialisations=len(socs), people_reached=int(reached), promotion_events=int(events),
            ))
        aid = _aid_totals(s, period)
    return GroupsSection(period, tuple(rows), tuple(dropouts(ctx, period)), aid)


def _aid_totals(s: Session, period: Period) -> tuple[AidTotal, ...]:
    """Aid to the (live) groups by source and kind: received in the period, and up to its end."""
    value = func.coalesce(func.sum(AidItem.value), 0)
    in_period = func.coalesce(func.sum(case((Aid.received_on >= period.start, AidItem.value), else_=0)), 0)
    found = s.execute(select(Aid.source, Aid.kind, in_period, value)
                      .join(AidItem, AidItem.aid_id == Aid.id).join(ProductionGroup, ProductionGroup.id == Aid.group_id)
                      .where(Aid.deleted_at.is_(None), AidItem.deleted_at.is_(None), ProductionGroup.deleted_at.is_(None),
                             Aid.received_on <= period.end)
                      .group_by(Aid.source, Aid.kind).order_by(Aid.source, Aid.kind)).all()
    return tuple(AidTotal(source, kind, int(now), int(total)) for source, kind, now, total in found)
