"""Year-end of a fund (issue 9 point 9): the SHU of a calendar year, shown before it is posted, posted, the year
locked.

SHU of year Y = jasa (fee_income) + denda (late_fee_income) − recorded costs, each the net of the lines dated in
Y in the fund's book (reversals dated in Y included, the SHU entries themselves left out). It is split by
`rules.split_surplus` with the fund's percentages:
* savings part: in proportion to each member's total savings (pokok + wajib + sukarela) at the end of 31/12/Y;
* fees part: in proportion to the jasa each member paid in Y on their own loans (net of reversals dated in Y).
  A production group is not a member: the jasa a group pays counts in the surplus (so in every share's pot)
  but gives nobody a fees share;
* the rest, and any part whose basis is all zero, is the reserve (cadangan), kept in the fund's equity.
Who shares: the members who joined by 31/12/Y and had not left by then (a member who left took their savings).

Posting (one entry, kind "shu", dated 31/12/Y, source ("shu_distribution", id)): Dr fee_income, Dr
late_fee_income, Cr cost (the year's figures: the income and cost accounts of the year are closed), Cr each
member's sukarela (a SavingsMove sukarela deposit "SHU Y" per share > 0, with no entry of its own), Cr equity
(the reserve). Then the year is locked (`close_period_in`, "Tutup buku Y").
A loss (surplus < 0) is shared with nobody: the entry still closes the year's income and costs, the loss is
debited to equity (the reserve shrinks), the ShuDistribution records it, and the year is locked. A year without
any income or cost posts no entry but is recorded and locked the same way.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.locks import close_period_in, closed_locks
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount, natural
from desmig_desktop.core.ledger.posting import balances, post_in
from desmig_desktop.core.records import get_live
from desmig_desktop.registry.models import Person
from desmig_desktop.savings import rules
from desmig_desktop.savings.dto import ShuPreviewDTO, ShuShareDTO
from desmig_desktop.savings.models import (
    SAVINGS_KINDS, Fund, FundMember, Loan, LoanPayment, SavingsMove, ShuDistribution, ShuShare)
from desmig_desktop.savings.services.book import fund_account, fund_book, savings_account

SHU_KIND = "shu"
SOURCE = "shu_distribution"


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _distribution(session: Session, fund_id: str, year: int) -> ShuDistribution | None:
    return session.scalars(select(ShuDistribution).where(
        ShuDistribution.fund_id == fund_id, ShuDistribution.year == year,
        ShuDistribution.deleted_at.is_(None))).first()


def _year_totals(session: Session, fund: Fund, year: int) -> dict[str, int]:
    """fee_income / late_fee_income / cost of the year, on their natural side (income and costs positive)."""
    start, end = _year_bounds(year)
    book = fund_book(session, fund)
    rows = session.execute(
        select(LedgerAccount.kind, func.sum(JournalLine.amount))
        .join(JournalLine, JournalLine.account_id == LedgerAccount.id)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(LedgerAccount.book_id == book.id, LedgerAccount.kind.in_(("fee_income", "late_fee_income", "cost")),
               JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None), JournalEntry.kind != SHU_KIND,
               JournalEntry.posted_on >= start, JournalEntry.posted_on <= end)
        .group_by(LedgerAccount.kind))
    totals = {"fee_income": 0, "late_fee_income": 0, "cost": 0}
    for kind, amount in rows:
        totals[kind] = natural(kind, int(amount or 0))
    return totals


def _sharing_members(session: Session, fund: Fund, year: int) -> list[tuple[FundMember, str]]:
    """(member, name) of those who joined by 31/12/Y and had not left by then, by name."""
    end = _year_bounds(year)[1]
    rows = session.execute(select(FundMember, Person.name).join(Person, Person.id == FundMember.person_id).where(
        FundMember.fund_id == fund.id, FundMember.deleted_at.is_(None), FundMember.joined_on <= end))
    return sorted(((m, name) for m, name in rows if m.left_on is None or m.left_on > end),
                  key=lambda pair: (pair[1], pair[0].id))


def _savings_basis(session: Session, fund: Fund, year: int, member_ids: set[str]) -> dict[str, int]:
    """Each member's savings of every kind at the end of 31/12/Y (from the ledger)."""
    book = fund_book(session, fund)
    held = balances(session, book, _year_bounds(year)[1])
    accounts = session.execute(select(LedgerAccount.id, LedgerAccount.kind, LedgerAccount.owner_id).where(
        LedgerAccount.book_id == book.id, LedgerAccount.kind.in_(tuple(f"savings_{k}" for k in SAVINGS_KINDS)),
        LedgerAccount.deleted_at.is_(None)))
    basis = {m: 0 for m in member_ids}
    for account_id, kind, owner in accounts:
        if owner in basis:
            basis[owner] += natural(kind, held.get(account_id, 0))
    return {m: max(v, 0) for m, v in basis.items()}


def _fees_basis(session: Session, fund: Fund, year: int, member_ids: set[str]) -> dict[str, int]:
    """The jasa each member paid in Y on their loans: the fee_income lines of payment entries (and of their
    reversals) dated in Y, by the loan's member."""
    start, end = _year_bounds(year)
    fee_account = fund_account(session, fund, "fee_income")
    rows = session.execute(
        select(Loan.member_id, func.sum(JournalLine.amount))
        .select_from(JournalLine)
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .join(LoanPayment, LoanPayment.id == JournalEntry.source_id)
        .join(Loan, Loan.id == LoanPayment.loan_id)
        .where(JournalLine.account_id == fee_account.id, JournalLine.deleted_at.is_(None),
               JournalEntry.deleted_at.is_(None), JournalEntry.source_table == "loan_payment",
               JournalEntry.posted_on >= start, JournalEntry.posted_on <= end, Loan.borrower_kind == "member")
        .group_by(Loan.member_id))
    basis = {m: 0 for m in member_ids}
    for member_id, amount in rows:
        if member_id in basis:
            basis[member_id] = max(natural("fee_income", int(amount or 0)), 0)
    return basis


def _checks(session: Session, ctx: ServiceContext, fund: Fund, year: int, closing: bool) -> None:
    start, end = _year_bounds(year)
    if year < fund.opened_on.year:
        raise ValidationError([Issue("year", _("Dana {fund} baru dibuka pada {date}: tahun buku {year} tidak ada. "
                                               "Pilih tahun {first} atau sesudahnya.").format(
            fund=fund.name, date=short_date(fund.opened_on), year=year, first=fund.opened_on.year))])
    if not closing:
        return
    done = _distribution(session, fund.id, year)
    if done is not None:
        lock = next(iter(closed_locks(session, fund_book(session, fund), start, end)), None)
        who = lock.closed_by if lock is not None else ""
        raise ValidationError([Issue("year", _("Tahun buku {year} dana {fund} sudah ditutup (SHU dibukukan pada "
                                               "{date}{by}): satu tahun hanya ditutup sekali.").format(
            year=year, fund=fund.name, date=short_date(done.posted_on), by=_(" oleh {officer}").format(officer=who)
            if who else ""))])
    if ctx.today() <= end:
        raise ValidationError([Issue("year", _("Tahun buku {year} belum selesai (hari ini {today}): tutup buku {year} "
                                               "dapat dilakukan mulai 1 Januari {next}.").format(
            year=year, today=short_date(ctx.today()), next=year + 1))])
    book = fund_book(session, fund)
    active = {int(y) for y in session.scalars(select(func.distinct(func.strftime("%Y", JournalEntry.posted_on))).where(
        JournalEntry.book_id == book.id, JournalEntry.deleted_at.is_(None), JournalEntry.posted_on < start))}
    still_open = sorted(active - set(closed_years_in(session, fund.id)))
    if still_open:
        raise ValidationError([Issue("year", _("Tahun buku {earlier} dana {fund} masih terbuka: tutup buku "
                                               "{earlier} dulu, baru {year}.").format(
            earlier=still_open[0], fund=fund.name, year=year))])
    locks = closed_locks(session, book, start, end)
    if locks:
        raise ValidationError([Issue("year", _("Sebagian tahun {year} sudah ditutup oleh {officer} ({reason}): buka "
                                               "kembali periode itu dulu.").format(
            year=year, officer=locks[0].closed_by, reason=locks[0].reason))])


def _computed(session: Session, fund: Fund, year: int) -> ShuPreviewDTO:
    totals = _year_totals(session, fund, year)
    surplus = totals["fee_income"] + totals["late_fee_income"] - totals["cost"]
    members = _sharing_members(session, fund, year)
    ids = {m.id for m, _name in members}
    savings = _savings_basis(session, fund, year, ids)
    fees = _fees_basis(session, fund, year, ids)
    shares, reserve = rules.split_surplus(surplus, fund.shu_savings_pct, fund.shu_fees_pct, savings, fees)
    rows = tuple(ShuShareDTO(m.id, name, savings[m.id], fees[m.id], shares.get(m.id, 0))
                 for m, name in members if savings[m.id] or fees[m.id] or shares.get(m.id, 0))
    return ShuPreviewDTO(fund.id, fund.name, year, totals["fee_income"], totals["late_fee_income"], totals["cost"],
                         surplus, fund.shu_savings_pct, fund.shu_fees_pct, reserve, rows)


def _posted(session: Session, fund: Fund, dist: ShuDistribution) -> ShuPreviewDTO:
    rows = session.execute(select(ShuShare, Person.name).join(FundMember, FundMember.id == ShuShare.member_id)
                           .join(Person, Person.id == FundMember.person_id)
                           .where(ShuShare.distribution_id == dist.id, ShuShare.deleted_at.is_(None)))
    shares = tuple(ShuShareDTO(s.member_id, name, s.savings_basis, s.fees_basis, s.amount)
                   for s, name in sorted(rows, key=lambda pair: (pair[1], pair[0].member_id)))
    return ShuPreviewDTO(fund.id, fund.name, dist.year, dist.fee_income, dist.late_fee_income, dist.costs,
                         dist.surplus, dist.savings_pct, dist.fees_pct, dist.reserve, shares, posted=True)


def preview_shu_in(session: Session, ctx: ServiceContext, fund_id: str, year: int) -> ShuPreviewDTO:
    """The SHU of the year as it would be posted now (the posted figures once the year is closed)."""
    fund = get_live(session, Fund, fund_id)
    _checks(session, ctx, fund, year, closing=False)
    dist = _distribution(session, fund.id, year)
    return _posted(session, fund, dist) if dist is not None else _computed(session, fund, year)


def close_year_in(session: Session, ctx: ServiceContext, fund_id: str, year: int) -> ShuPreviewDTO:
    """Post the year's SHU (dated 31/12/Y), credit each share to the member's sukarela, keep the reserve, lock
    the year. Refused when the year is not over as of today, already closed, or an earlier year with activity
    is still open."""
    fund = get_live(session, Fund, fund_id)
    _checks(session, ctx, fund, year, closing=True)
    shu = _computed(session, fund, year)
    start, end = _year_bounds(year)
    dist = ShuDistribution(fund_id=fund.id, year=year, fee_income=shu.fee_income, late_fee_income=shu.late_fee_income,
                           costs=shu.costs, surplus=shu.surplus, savings_pct=shu.savings_pct, fees_pct=shu.fees_pct,
                           reserve=shu.reserve, posted_on=end)
    session.add(dist)
    session.flush()
    note = _("SHU {year}").format(year=year)
    lines: list[tuple[LedgerAccount, int]] = [
        (fund_account(session, fund, "fee_income"), shu.fee_income),
        (fund_account(session, fund, "late_fee_income"), shu.late_fee_income),
        (fund_account(session, fund, "cost"), -shu.costs),
        (fund_account(session, fund, "equity"), -shu.reserve),
    ]
    for share in shu.shares:
        session.add(ShuShare(distribution_id=dist.id, member_id=share.member_id, savings_basis=share.savings_basis,
                             fees_basis=share.fees_basis, amount=share.amount))
        if share.amount > 0:
            lines.append((savings_account(session, fund, share.member_id, "sukarela"), -share.amount))
            session.add(SavingsMove(fund_id=fund.id, member_id=share.member_id, savings_kind="sukarela",
                                    direction="deposit", amount=share.amount, moved_on=end, note=note))
    lines = [(account, amount) for account, amount in lines if amount != 0]
    if lines:
        post_in(session, ctx, fund_book(session, fund), end, SHU_KIND, lines, memo=note, source=(SOURCE, dist.id),
                field="year")
    close_period_in(session, ctx, fund_book(session, fund), start, end, _("Tutup buku {year}").format(year=year),
                    source=(SOURCE, dist.id))
    session.flush()
    return _posted(session, fund, dist)


def preview_shu(ctx: ServiceContext, fund_id: str, year: int) -> ShuPreviewDTO:
    with ctx.reader() as session:
        return preview_shu_in(session, ctx, fund_id, year)


def close_year(ctx: ServiceContext, fund_id: str, year: int) -> ShuPreviewDTO:
    with ctx.unit_of_work() as session:
        return close_year_in(session, ctx, fund_id, year)


def closed_years_in(session: Session, fund_id: str) -> tuple[int, ...]:
    """The fund's closed financial years (an SHU recorded), oldest first."""
    return tuple(session.scalars(select(ShuDistribution.year).where(
        ShuDistribution.fund_id == fund_id, ShuDistribution.deleted_at.is_(None)).order_by(ShuDistribution.year)))
