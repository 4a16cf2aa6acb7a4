"""A fund's ledger as the fund page lists it: its journal entries, newest first, filtered by dates, kind and
member, each described in Indonesian with its cash in / out, receipt, officer and whether it can be reversed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.locks import closed_locks
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount
from desmig_desktop.core.records import get_live
from desmig_desktop.production.models import ProductionGroup
from desmig_desktop.registry.models import Person
from desmig_desktop.savings.dto import LedgerFilter, LedgerRowDTO
from desmig_desktop.savings.models import (
    Fund,
    FundCash,
    FundMember,
    Loan,
    LoanPayment,
    SavingsMove,
    ShuDistribution,
)
from desmig_desktop.savings.services.book import fund_account, fund_book
from desmig_desktop.savings.services.receipts import kind_label

REVERSIBLE_TABLES = ("savings_move", "savings_fund_cash", "loan", "loan_payment")


def _member_condition(session: Session, book_id: str, member_id: str) -> Any:
    """Entries about one member: their savings moves, their loans and payments, and any line on their savings."""
    loans = select(Loan.id).where(Loan.member_id == member_id)
    return or_(
        and_(JournalEntry.source_table == "savings_move",
             JournalEntry.source_id.in_(select(SavingsMove.id).where(SavingsMove.member_id == member_id))),
        and_(JournalEntry.source_table == "loan", JournalEntry.source_id.in_(loans)),
        and_(JournalEntry.source_table == "loan_payment",
             JournalEntry.source_id.in_(select(LoanPayment.id).where(LoanPayment.loan_id.in_(loans)))),
        JournalEntry.id.in_(select(JournalLine.entry_id).join(LedgerAccount, LedgerAccount.id == JournalLine.account_id)
                            .where(LedgerAccount.book_id == book_id, LedgerAccount.owner_id == member_id)),
    )


def _scoped(query: Any, column: Any, fund_column: Any, fund_id: str, ids: set[str]) -> Any:
    """The fund's rows, narrowed to the wanted ids when they are few (one parameter each)."""
    return query.where(column.in_(list(ids))) if len(ids) <= 500 else query.where(fund_column == fund_id)


def _sources(session: Session, fund_id: str, wanted: dict[str, set[str]]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(table, id) -> (description, member or borrower name, receipt number) of the entries' source records, read
    as plain rows (a fund's whole ledger is thousands of them)."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    if wanted.get("savings_move"):
        query = select(SavingsMove.id, SavingsMove.savings_kind, SavingsMove.direction, SavingsMove.receipt_no,
                       Person.name).join(FundMember, FundMember.id == SavingsMove.member_id) \
            .join(Person, Person.id == FundMember.person_id)
        deposit, withdrawal = _("Setoran simpanan {kind} — {name}"), _("Penarikan simpanan {kind} — {name}")
        for rid, kind, direction, receipt_no, name in session.execute(
                _scoped(query, SavingsMove.id, SavingsMove.fund_id, fund_id, wanted["savings_move"])):
            text = (deposit if direction == "deposit" else withdrawal).format(kind=kind_label(kind), name=name)
            found[("savings_move", rid)] = (text, name, receipt_no)
    if wanted.get("savings_fund_cash"):
        query = select(FundCash.id, FundCash.kind, FundCash.description, FundCash.receipt_no)
        for rid, kind, what, receipt_no in session.execute(
                _scoped(query, FundCash.id, FundCash.fund_id, fund_id, wanted["savings_fund_cash"])):
            text = (_("Modal masuk — {what}") if kind == "capital" else _("Biaya — {what}")).format(what=what)
            found[("savings_fund_cash", rid)] = (text, "", receipt_no)
    borrower = func.coalesce(Person.name, ProductionGroup.name, "")
    loans = select(Loan.id, Loan.number, borrower).outerjoin(FundMember, FundMember.id == Loan.member_id) \
        .outerjoin(Person, Person.id == FundMember.person_id) \
        .outerjoin(ProductionGroup, ProductionGroup.id == Loan.group_id)
    if wanted.get("loan"):
        for rid, number, name in session.execute(_scoped(loans, Loan.id, Loan.fund_id, fund_id, wanted["loan"])):
            found[("loan", rid)] = (_("Pencairan pinjaman {number} — {name}").format(number=number, name=name), name,
                                    number)
    if wanted.get("loan_payment"):
        query = loans.add_columns(LoanPayment.id, LoanPayment.receipt_no).join(LoanPayment, LoanPayment.loan_id == Loan.id)
        for _lid, number, name, rid, receipt_no in session.execute(
                _scoped(query, LoanPayment.id, Loan.fund_id, fund_id, wanted["loan_payment"])):
            found[("loan_payment", rid)] = (
                _("Angsuran pinjaman {number} — {name}").format(number=number, name=name), name, receipt_no)
    if wanted.get("shu_distribution"):
        for rid, year in session.execute(select(ShuDistribution.id, ShuDistribution.year).where(
                ShuDistribution.id.in_(list(wanted["shu_distribution"])))):
            found[("shu_distribution", rid)] = (_("SHU tahun {year} dan tutup buku").format(year=year), "", "")
    return found


def fund_ledger_in(session: Session, ctx: ServiceContext, fund_id: str, flt: LedgerFilter) -> list[LedgerRowDTO]:
    fund = get_live(session, Fund, fund_id)
    book = fund_book(session, fund)
    cash_id = fund_account(session, fund, "cash").id
    cash = select(JournalLine.entry_id, func.sum(JournalLine.amount).label("amount")).where(
        JournalLine.account_id == cash_id, JournalLine.deleted_at.is_(None)).group_by(JournalLine.entry_id).subquery()
    query = select(JournalEntry.id, JournalEntry.posted_on, JournalEntry.kind, JournalEntry.memo,
                   JournalEntry.source_table, JournalEntry.source_id, JournalEntry.reverses_id, JournalEntry.reason,
                   JournalEntry.officer, func.coalesce(cash.c.amount, 0)) \
        .outerjoin(cash, cash.c.entry_id == JournalEntry.id) \
        .where(JournalEntry.book_id == book.id, JournalEntry.deleted_at.is_(None))
    if flt.start is not None:
        query = query.where(JournalEntry.posted_on >= flt.start)
    if flt.end is not None:
        query = query.where(JournalEntry.posted_on <= flt.end)
    if flt.kind:
        query = query.where(JournalEntry.kind == flt.kind)
    if flt.member_id:
        query = query.where(_member_condition(session, book.id, flt.member_id))
    entries = session.execute(query.order_by(JournalEntry.posted_on.desc(), JournalEntry.created_at.desc(),
                                             JournalEntry.id.desc())).all()
    reversals = {original: (rid, reason) for original, rid, reason in session.execute(
        select(JournalEntry.reverses_id, JournalEntry.id, JournalEntry.reason).where(
            JournalEntry.book_id == book.id, JournalEntry.deleted_at.is_(None), JournalEntry.reverses_id.is_not(None)))}
    locks = [(lock.start, lock.end) for lock in closed_locks(session, book, date.min, date.max)]
    wanted: dict[str, set[str]] = {}
    for e in entries:
        if e.source_table and e.source_id:
            wanted.setdefault(e.source_table, set()).add(e.source_id)
    sources = _sources(session, fund.id, wanted)
    rows = []
    for eid, posted_on, kind, memo, table, source_id, reverses, reason, officer, amount in entries:
        text, name, receipt_no = sources.get((table or "", source_id or ""), (memo, "", ""))
        reversed_by, reversal_reason = reversals.get(eid, ("", ""))
        closed = any(start <= posted_on <= end for start, end in locks)
        rows.append(LedgerRowDTO(
            entry_id=eid, posted_on=posted_on, kind=kind,
            description=_("Pembatalan: {what}").format(what=text) if reverses else text, member_name=name,
            cash_in=max(int(amount), 0), cash_out=max(-int(amount), 0), receipt_no=receipt_no, officer=officer,
            source_table=table or "", source_id=source_id or "", reversed_by=reversed_by, reverses=reverses or "",
            reason=reason if reverses else reversal_reason,
            can_reverse=not reverses and not reversed_by and not closed and table in REVERSIBLE_TABLES))
    return rows


def fund_ledger(ctx: ServiceContext, fund_id: str, flt: LedgerFilter | None = None) -> list[LedgerRowDTO]:
    """The fund's entries, newest first, filtered by date range, entry kind and member."""
    with ctx.reader() as session:
        return fund_ledger_in(session, ctx, fund_id, flt or LedgerFilter())
