"""A fund's book in the kernel ledger: its accounts, its numbers (receipts, loans), its cash.

The one place that names a fund's ledger accounts; every savings service posts through these helpers.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, LedgerAccount, LedgerBook
from desmig_desktop.core.ledger.posting import account_in, balance, book_in
from desmig_desktop.core.records import get_live
from desmig_desktop.savings.models import Fund, FundCash, Loan, LoanPayment, SavingsMove

BOOK_OWNER = "savings_fund"
RECEIPT_PREFIX = "KW"   # kwitansi: every payment and deposit (and withdrawal, cost, disbursal)
LOAN_PREFIX = "PJ"      # pinjaman


def fund_book(session: Session, fund: Fund | str) -> LedgerBook:
    """The fund's book, made on first use (the kernel's `book_in` remembers it for the unit of work)."""
    row = get_live(session, Fund, fund) if isinstance(fund, str) else fund
    return book_in(session, BOOK_OWNER, row.id, "fund", row.name)


def fund_account(session: Session, fund: Fund | str, kind: str) -> LedgerAccount:
    """A fund-wide account: cash, fee_income, late_fee_income, cost, capital, equity."""
    return account_in(session, fund_book(session, fund), kind)


def savings_account(session: Session, fund: Fund | str, member_id: str, savings_kind: str) -> LedgerAccount:
    """A member's savings of one kind (pokok / wajib / sukarela)."""
    return account_in(session, fund_book(session, fund), f"savings_{savings_kind}", "savings_member", member_id)


def loan_account(session: Session, fund: Fund | str, loan_id: str) -> LedgerAccount:
    """One loan's principal receivable."""
    return account_in(session, fund_book(session, fund), "loan_receivable", "loan", loan_id)


def fund_cash(session: Session, fund: Fund | str, as_of: date | None = None) -> int:
    """The fund's cash at the end of `as_of` (or now), read from the ledger."""
    return balance(session, fund_account(session, fund, "cash").id, as_of)


_SEQ = re.compile(r"/(\d+)$")


def next_number(session: Session, fund_id: str, prefix: str, year: int) -> str:
    """The next number of the fund's series for the year: "KW/2017/0007" (receipts over savings moves, fund cash
    and payments), "PJ/2017/0003" (loans). Numbers are never reused, reversed records keep theirs. The series'
    top is read once per unit of work, then counted on (every number of a session is made here)."""
    issued = session.info.setdefault("savings_numbers", {})
    key = (fund_id, prefix, year)
    if key in issued:
        issued[key] += 1
        return f"{prefix}/{year}/{issued[key]:04d}"
    like = f"{prefix}/{year}/%"
    if prefix == LOAN_PREFIX:
        queries = [select(Loan.number).where(Loan.fund_id == fund_id, Loan.number.like(like))]
    else:
        queries = [
            select(SavingsMove.receipt_no).where(SavingsMove.fund_id == fund_id, SavingsMove.receipt_no.like(like)),
            select(FundCash.receipt_no).where(FundCash.fund_id == fund_id, FundCash.receipt_no.like(like)),
            select(LoanPayment.receipt_no).join(Loan, Loan.id == LoanPayment.loan_id)
            .where(Loan.fund_id == fund_id, LoanPayment.receipt_no.like(like)),
        ]
    top = 0
    for query in queries:  # the highest of each: a longer number is larger, then the text order is the number's
        column = query.selected_columns[0]
        number = session.scalar(query.order_by(func.length(column).desc(), column.desc()).limit(1))
        found = _SEQ.search(number or "")
        if found:
            top = max(top, int(found.group(1)))
    issued[key] = top + 1
    return f"{prefix}/{year}/{top + 1:04d}"


def fund_of_book(session: Session, book_id: str) -> Fund | None:
    book = session.get(LedgerBook, book_id)
    return session.get(Fund, book.owner_id) if book is not None and book.owner_table == BOOK_OWNER else None


def lowest_from(session: Session, account_id: str, on: date, sign: int = +1) -> int:
    """The lowest balance of the account (times `sign`: -1 for a credit-normal account such as savings) at the end
    of any day from `on` on. What may leave the account on `on` without it going below zero on that day or on
    any later day already recorded (a back-dated withdrawal must not empty a later one)."""
    running = balance(session, account_id, on)
    lowest = sign * running
    rows = session.execute(
        select(JournalEntry.posted_on, func.sum(JournalLine.amount))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.account_id == account_id, JournalLine.deleted_at.is_(None),
               JournalEntry.deleted_at.is_(None), JournalEntry.posted_on > on)
        .group_by(JournalEntry.posted_on).order_by(JournalEntry.posted_on))
    for _day, amount in rows:
        running += int(amount)
        lowest = min(lowest, sign * running)
    return lowest


def available_cash(session: Session, fund: Fund | str, on: date) -> int:
    """What can leave the fund's cash on `on`: its lowest cash from that day on (never below zero after)."""
    return lowest_from(session, fund_account(session, fund, "cash").id, on)


def entry_of(session: Session, source_table: str, source_id: str) -> JournalEntry | None:
    """The live entry a record posted (not its reversal)."""
    return session.scalars(select(JournalEntry).where(
        JournalEntry.source_table == source_table, JournalEntry.source_id == source_id,
        JournalEntry.reverses_id.is_(None), JournalEntry.deleted_at.is_(None))).first()


def village_line(session: Session) -> str:
    """The village as receipts and documents head it: "Desa Kuripan, Kec. Watumalang, Kab. Wonosobo, Prov. Jawa
    Tengah" ("" before the village profile exists)."""
    from desmig_desktop.registry.services.village import require_village, to_dto
    from desmig_desktop.reports.letterhead import region_line, village_title

    try:
        village = to_dto(require_village(session))
    except ValidationError:
        return ""
    return ", ".join(part for part in (village_title(village), region_line(village)) if part)
