"""A fund's ledger as the fund page lists it: its journal entries, newest first, filtered by dates, kind and
member, each described in Indonesian with its cash in / out, receipt, officer and whether it can be reversed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.locks import closed_locks
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount
from desmig_desktop.core.records import get_live
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
from desmig_desktop.savings.services.receipts import borrower_name, kind_label

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


def _sources(session: Session, entries: list[JournalEntry]) -> dict[tuple[str, str], Any]:
    wanted: dict[str, set[str]] = {}
    for e in entries:
        if e.source_table and e.source_id:
            wanted.setdefault(e.source_table, set()).add(e.source_id)
    found: dict[tuple[str, str], Any] = {}
    loaders = {
        "savings_move": (SavingsMove, [selectinload(SavingsMove.member).selectinload(FundMember.person)]),
        "savings_fund_cash": (FundCash, []),
        "loan": (Loan, [selectinload(Loan.member).selectinload(FundMember.person), selectinload(Loan.group)]),
        "loan_payment": (LoanPayment, [selectinload(LoanPayment.loan).selectinload(Loan.member)
                                       .selectinload(FundMember.person),
                                       selectinload(LoanPayment.loan).selectinload(Loan.group)]),
        "shu_distribution": (ShuDistribution, []),
    }
    for table, ids in wanted.items():
        if table in loaders:
            model, options = loaders[table]
            for row in session.scalars(select(model).options(*options).where(model.id.in_(list(ids)))):
                found[(table, row.id)] = row
    return found


def _describe(table: str | None, record: Any) -> tuple[str, str, str]:
    """(description, member or borrower name, receipt number) of an entry's source."""
    if isinstance(record, SavingsMove):
        name = record.member.person.name
        text = _("Setoran simpanan {kind} — {name}") if record.direction == "deposit" \
            else _("Penarikan simpanan {kind} — {name}")
        return text.format(kind=kind_label(record.savings_kind), name=name), name, record.receipt_no
    if isinstance(record, FundCash):
        text = _("Modal masuk — {what}") if record.kind == "capital" else _("Biaya — {what}")
        return text.format(what=record.description), "", record.receipt_no
    if isinstance(record, Loan):
        name = borrower_name(record)
        return _("Pencairan pinjaman {number} — {name}").format(number=record.number, name=name), name, record.number
    if isinstance(record, LoanPayment):
        name = borrower_name(record.loan)
        return (_("Angsuran pinjaman {number} — {name}").format(number=record.loan.number, name=name), name,
                record.receipt_no)
    if isinstance(record, ShuDistribution):
        return _("SHU tahun {year} dan tutup buku").format(year=record.year), "", ""
    return table or "", "", ""


def fund_ledger_in(session: Session, ctx: ServiceContext, fund_id: str, flt: LedgerFilter) -> list[LedgerRowDTO]:
    fund = get_live(session, Fund, fund_id)
    book = fund_book(session, fund)
    cash_id = fund_account(session, fund, "cash").id
    query = select(JournalEntry).options(selectinload(JournalEntry.lines)).where(
        JournalEntry.book_id == book.id, JournalEntry.deleted_at.is_(None))
    if flt.start is not None:
        query = query.where(JournalEntry.posted_on >= flt.start)
    if flt.end is not None:
        query = query.where(JournalEntry.posted_on <= flt.end)
    if flt.kind:
        query = query.where(JournalEntry.kind == flt.kind)
    if flt.member_id:
        query = query.where(_member_condition(session, book.id, flt.member_id))
    entries = list(session.scalars(query.order_by(JournalEntry.posted_on.desc(), JournalEntry.created_at.desc(),
                                                  JournalEntry.id.desc())))
    reversals = {e.reverses_id: e for e in session.scalars(select(JournalEntry).where(
        JournalEntry.book_id == book.id, JournalEntry.deleted_at.is_(None), JournalEntry.reverses_id.is_not(None)))}
    locks = closed_locks(session, book, date.min, date.max)
    sources = _sources(session, entries)
    rows = []
    for e in entries:
        record = sources.get((e.source_table or "", e.source_id or ""))
        text, name, receipt_no = _describe(e.source_table, record) if record is not None else (e.memo, "", "")
        cash = sum(line.amount for line in e.lines if line.account_id == cash_id and line.deleted_at is None)
        reversed_by = reversals.get(e.id)
        closed = any(lock.start <= e.posted_on <= lock.end for lock in locks)
        if e.reverses_id:
            text = _("Pembatalan: {what}").format(what=text)
        rows.append(LedgerRowDTO(
            entry_id=e.id, posted_on=e.posted_on, kind=e.kind, description=text, member_name=name,
            cash_in=max(cash, 0), cash_out=max(-cash, 0), receipt_no=receipt_no, officer=e.officer,
            source_table=e.source_table or "", source_id=e.source_id or "",
            reversed_by=reversed_by.id if reversed_by is not None else "", reverses=e.reverses_id or "",
            reason=e.reason if e.reverses_id else (reversed_by.reason if reversed_by is not None else ""),
            can_reverse=(not e.reverses_id and reversed_by is None and not closed
                         and e.source_table in REVERSIBLE_TABLES)))
    return rows


def fund_ledger(ctx: ServiceContext, fund_id: str, flt: LedgerFilter | None = None) -> list[LedgerRowDTO]:
    """The fund's entries, newest first, filtered by date range, entry kind and member."""
    with ctx.reader() as session:
        return fund_ledger_in(session, ctx, fund_id, flt or LedgerFilter())
