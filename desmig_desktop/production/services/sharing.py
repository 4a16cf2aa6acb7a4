"""Profit sharing (bagi hasil): proposal, finalisation, reversal, and which groups are due."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah
from desmig_desktop.core.i18n import _
from desmig_desktop.core.records import get_live
from desmig_desktop.production import rules as gr
from desmig_desktop.production.dto import DueDTO, ShareDTO, ShareLineDTO
from desmig_desktop.production.models import (
    BatchWorker,
    GroupMember,
    ProductionBatch,
    ProductionGroup,
    ProfitShare,
    ProfitShareLine,
    Sale,
)
from desmig_desktop.core.ledger.locks import close_period_in, reopen_source_in
from desmig_desktop.production.services.ledger import group_accounts_in, post_record_in, sync_in
from desmig_desktop.production.services.money import group_cash, money, uncovered_loss
from desmig_desktop.registry.models import Person


def _last_share(session: Session, group_id: str) -> ProfitShare | None:
    return session.scalars(select(ProfitShare).where(
        ProfitShare.group_id == group_id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None))
        .order_by(ProfitShare.period_end.desc())).first()


def _first_record(session: Session, group: ProductionGroup) -> date:
    first = [d for d in (
        session.scalar(select(func.min(ProductionBatch.produced_on)).where(ProductionBatch.group_id == group.id, ProductionBatch.deleted_at.is_(None))),
        session.scalar(select(func.min(Sale.sold_on)).where(Sale.group_id == group.id, Sale.deleted_at.is_(None))),
        group.founded_on,
    ) if d is not None]
    return min(first) if first else date(2000, 1, 1)


def _proposal(session: Session, ctx: ServiceContext, group: ProductionGroup, start: date | None, end: date | None) -> ShareDTO:
    if start is None:
        last = _last_share(session, group.id)
        start = last.period_end + timedelta(days=1) if last else _first_record(session, group)
    end = end or ctx.today()
    if end < start:
        raise ValidationError([Issue("period", _("Akhir periode bagi hasil harus sesudah awalnya ({start}).").format(start=start.strftime("%d/%m/%Y")))])
    m = money(session, group.id, start, end)
    counts: dict[str, int] = {}
    for pid, n in session.execute(
        select(BatchWorker.person_id, func.count(BatchWorker.id)).join(ProductionBatch, ProductionBatch.id == BatchWorker.batch_id)
        .where(ProductionBatch.group_id == group.id, ProductionBatch.deleted_at.is_(None), BatchWorker.deleted_at.is_(None),
               ProductionBatch.produced_on >= start, ProductionBatch.produced_on <= end)
        .group_by(BatchWorker.person_id)
    ):
        counts[pid] = int(n)
    # only the period's profit net of earlier losses not yet covered, never more than the cash on the end date
    # (and never more than the cash at the end of a later share-out already made, which this one would overdraw)
    later = session.scalars(select(ProfitShare.period_end).where(
        ProfitShare.group_id == group.id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None),
        ProfitShare.period_end > end)).all()
    loss = uncovered_loss(session, group.id, start)
    cash = min(group_cash(session, group.id, day) for day in (end, *later))
    distributable = max(0, min(m.profit - loss, cash))
    lines, remainder = gr.split_profit(distributable, counts, group.share_rule, group.share_rounding or 1000)
    names = {p.id: p.name for p in session.scalars(select(Person).where(Person.id.in_(list(counts))))}
    warnings = []
    if m.profit <= 0:
        warnings.append("no_profit")
    if not counts:
        warnings.append("no_production")
    if m.profit > 0 and loss > 0:
        warnings.append("covers_loss")
    if m.profit - loss > cash:
        warnings.append("cash_limited")
    lines_dto = tuple(sorted((ShareLineDTO(l.person_id, names.get(l.person_id, ""), l.batches, l.amount) for l in lines),
                             key=lambda l: l.name))
    return ShareDTO(None, group.id, group.name, start, end, group.share_rule, m.revenue, m.material_cost, m.other_cost,
                    m.profit, m.runs, lines_dto, remainder, warnings=tuple(warnings), uncovered_loss=loss, cash=cash,
                    rounding=group.share_rounding or 1000,
                    **_officers(session, group.id))


def _officers(session: Session, group_id: str) -> dict[str, str]:
    """The active ketua and bendahara of a group (empty when the role is vacant), and the bendahara's person id."""
    found = {role: (pid, name) for role, pid, name in session.execute(
        select(GroupMember.role, Person.id, Person.name).join(Person, Person.id == GroupMember.person_id)
        .where(GroupMember.group_id == group_id, GroupMember.deleted_at.is_(None), GroupMember.left_on.is_(None),
               GroupMember.role.in_(("ketua", "bendahara")))
        .order_by(GroupMember.joined_on)).all()}
    treasurer_id, treasurer = found.get("bendahara", ("", ""))
    return {"chair": found.get("ketua", ("", ""))[1], "treasurer": treasurer, "treasurer_id": treasurer_id}


def set_share_rounding(ctx: ServiceContext, group_id: str, unit: int) -> None:
    """The group's rounding unit for shares: Rp100, Rp500 or Rp1.000 (what rounding leaves stays in the cash)."""
    if type(unit) is not int or unit not in gr.SHARE_ROUNDINGS:
        raise ValidationError([Issue("share_rounding", _("Pembulatan bagian harus Rp100, Rp500 atau Rp1.000."))])
    with ctx.unit_of_work() as s:
        get_live(s, ProductionGroup, group_id).share_rounding = unit


def next_share_start(ctx: ServiceContext, group_id: str) -> date:
    """The first day a share-out "since the last one" would cover: the day after the last share-out (not
    reversed) ended, or the group's first record. After a share-out ending today it is tomorrow: nothing to propose."""
    with ctx.reader() as s:
        group = get_live(s, ProductionGroup, group_id)
        last = _last_share(s, group.id)
        return last.period_end + timedelta(days=1) if last else _first_record(s, group)


def propose_share(ctx: ServiceContext, group_id: str, start: date | None = None, end: date | None = None) -> ShareDTO:
    """What a share-out would pay; nothing is written. `start=None` means since the last share-out."""
    with ctx.reader() as s:
        return _proposal(s, ctx, get_live(s, ProductionGroup, group_id), start, end)


def finalise_share_in(s: Session, ctx: ServiceContext, group_id: str, start: date | None = None,
                  end: date | None = None) -> ProfitShare:
    group = get_live(s, ProductionGroup, group_id)
    p = _proposal(s, ctx, group, start, end)
    if p.profit <= 0 or p.distributed <= 0:
        raise ValidationError([Issue("profit", " ".join([_("Tidak ada keuntungan untuk dibagi pada periode ini ({profit}).").format(
            profit=rupiah(p.profit - p.withheld)), *(n for c, n in zip(p.warnings, p.notes) if c != "no_profit")]))])
    clash = s.scalars(select(ProfitShare).where(
        ProfitShare.group_id == group_id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None),
        ProfitShare.period_start <= p.period_end, ProfitShare.period_end >= p.period_start)).first()
    if clash is not None:
        raise ValidationError([Issue("period", _("Periode ini sudah dibagi ({start}–{end}): batalkan bagi hasil itu dulu atau pilih periode lain.").format(
            start=clash.period_start.strftime("%d/%m/%Y"), end=clash.period_end.strftime("%d/%m/%Y")))])
    share = ProfitShare(group_id=group_id, period_start=p.period_start, period_end=p.period_end, rule=p.rule,
                        revenue=p.revenue, material_cost=p.material_cost, other_cost=p.other_cost, profit=p.profit,
                        distributed=p.distributed, remainder=p.remainder, runs=p.runs, finalised_at=ctx.now())
    s.add(share)
    for line in p.lines:
        if line.amount > 0:
            s.add(ProfitShareLine(share=share, person_id=line.person_id, batches=line.batches, amount=line.amount))
    s.flush()
    # what was paid out leaves the cash at the period's end, and the period closes: nothing dated in it changes
    post_record_in(s, ctx, "profit_share", share)
    close_period_in(s, ctx, group_accounts_in(s, group_id)["book"], share.period_start, share.period_end,
                    _("bagi hasil final"), source=("profit_share", share.id))
    return share


finalise_share = use_case(finalise_share_in)


def reverse_share(ctx: ServiceContext, share_id: str, reason: str) -> None:
    """A finalised share-out is never edited: it is reversed, with a reason, and can then be redone."""
    if not reason.strip():
        raise ValidationError([Issue("reverse_reason", _("Alasan pembatalan wajib diisi, mis. salah catat penjualan."))])
    with ctx.unit_of_work() as s:
        share = get_live(s, ProfitShare, share_id)
        if share.reversed_at is not None:
            raise ValidationError([Issue("share", _("Bagi hasil ini sudah dibatalkan."))])
        share.reversed_at, share.reverse_reason = ctx.now(), reason.strip()
        reopen_source_in(s, ctx, "profit_share", share.id, reason.strip())
        sync_in(s, ctx, "profit_share", share, reason.strip())


def _share_dto(share: ProfitShare, group_name: str, names: dict[str, str], officers: dict[str, str]) -> ShareDTO:
    lines = tuple(sorted((ShareLineDTO(l.person_id, names.get(l.person_id, ""), l.batches, l.amount) for l in share.lines
                          if l.deleted_at is None), key=lambda l: l.name))
    return ShareDTO(share.id, share.group_id, group_name, share.period_start, share.period_end, share.rule, share.revenue,
                    share.material_cost, share.other_cost, share.profit, share.runs, lines, share.remainder,
                    share.finalised_at.date(), share.reversed_at.date() if share.reversed_at else None, share.reverse_reason,
                    **officers)


def list_shares(ctx: ServiceContext, group_id: str) -> list[ShareDTO]:
    with ctx.reader() as s:
        group = get_live(s, ProductionGroup, group_id)
        shares = s.scalars(select(ProfitShare).where(ProfitShare.group_id == group_id, ProfitShare.deleted_at.is_(None))
                           .options(selectinload(ProfitShare.lines)).order_by(ProfitShare.period_end.desc())).all()
        ids = {l.person_id for sh in shares for l in sh.lines}
        names = {p.id: p.name for p in s.scalars(select(Person).where(Person.id.in_(ids)))}
        officers = _officers(s, group_id)
        return [_share_dto(sh, group.name, names, officers) for sh in shares]


def get_share(ctx: ServiceContext, share_id: str) -> ShareDTO:
    with ctx.reader() as s:
        share = get_live(s, ProfitShare, share_id)
        names = {p.id: p.name for p in s.scalars(select(Person).where(Person.id.in_([l.person_id for l in share.lines])))}
        return _share_dto(share, get_live(s, ProductionGroup, share.group_id).name, names, _officers(s, share.group_id))


# ---- when is a share-out due ---------------------------------------------------------------

def _due(session: Session, group: ProductionGroup, today: date) -> DueDTO | None:
    if group.status != "aktif":
        return None
    last = _last_share(session, group.id)
    since = last.period_end + timedelta(days=1) if last else None
    if group.share_due_rule == "after_runs":
        stmt = select(func.count(ProductionBatch.id)).where(ProductionBatch.group_id == group.id, ProductionBatch.deleted_at.is_(None))
        if since:
            stmt = stmt.where(ProductionBatch.produced_on >= since)
        runs = int(session.scalar(stmt) or 0)
        if runs >= group.share_due_runs:
            return DueDTO(group.id, group.name, "after_runs", runs=runs, every=group.share_due_runs)
        return None
    # overdue: the last Lebaran has passed with no share-out since the one before it (for a group that existed
    # a window before it); shown until a share-out is made, even when the next Lebaran comes near
    passed = gr.lebaran_before(today)
    if _first_record(session, group) <= passed - timedelta(days=gr.LEBARAN_WINDOW_DAYS) and session.scalar(
            select(func.count(ProfitShare.id)).where(
                ProfitShare.group_id == group.id, ProfitShare.deleted_at.is_(None), ProfitShare.reversed_at.is_(None),
                ProfitShare.period_end > gr.lebaran_before(passed), ProfitShare.period_end <= today)) == 0:
        return DueDTO(group.id, group.name, "lebaran", lebaran=passed, overdue=True)
    lebaran = gr.next_lebaran(today)
    if (lebaran - today).days > gr.LEBARAN_WINDOW_DAYS:
        return None
    if last is not None and last.period_end >= lebaran - timedelta(days=gr.LEBARAN_WINDOW_DAYS + 30):
        return None
    return DueDTO(group.id, group.name, "lebaran", lebaran=lebaran)


def is_share_due(session: Session, group: ProductionGroup, today: date) -> bool:
    return _due(session, group, today) is not None


def due_groups(ctx: ServiceContext) -> list[DueDTO]:
    with ctx.reader() as s:
        out = []
        for g in s.scalars(select(ProductionGroup).where(ProductionGroup.deleted_at.is_(None)).order_by(ProductionGroup.name)):
            due = _due(s, g, ctx.today())
            if due is not None:
                out.append(due)
        return out
