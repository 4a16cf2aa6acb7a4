"""The ledger's tables: books, accounts, journal entries and their lines, period locks.

Importing this module adds the five tables to `Base.metadata` (`core.pillar.load_all_models` does; revision
0008 creates them). Entries and lines are write-once: the listener at the end
refuses any UPDATE or DELETE of a posted entry or line, a tombstone included — a mistake is reversed by a
new entry (`posting.reverse_in`), never edited.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import DDL, BigInteger, Date, ForeignKey, String, event
from sqlalchemy.orm import Mapped, ORMExecuteState, Session, mapped_column, relationship

from desmig_desktop.core.db.base import Base, Tracked, partial_index
from desmig_desktop.core.db.types import UTCDateTime

# Account kinds and their normal side: +1 = debit-normal (what the book has or spent), -1 = credit-normal (what it
# owes, earned or was given). Amounts are stored debit-positive; `natural()` shows a balance on its normal side.
ACCOUNT_KINDS: dict[str, int] = {
    "cash": +1,              # kas: a group's cash, a fund's cash
    "loan_receivable": +1,   # the principal a borrower still owes on one loan
    "cost": +1,              # recorded costs (production: materials and other costs)
    "distribution": +1,      # shares paid out to members (bagi hasil, SHU paid)
    "savings_pokok": -1,     # a member's savings, by type: what the fund owes them
    "savings_wajib": -1,
    "savings_sukarela": -1,
    "fee_income": -1,        # jasa
    "late_fee_income": -1,   # denda
    "sales_income": -1,      # production: sales
    "capital": -1,           # cash capital given to the book (aid in cash)
    "equity": -1,            # retained surplus, opening balances
}


def natural(kind: str, amount: int) -> int:
    """A debit-positive balance shown on the account's normal side (a member's savings of Rp50.000 are stored
    as -50.000 and shown as 50.000)."""
    return amount * ACCOUNT_KINDS[kind]


class LedgerBook(Tracked, Base):
    """A set of accounts that balance together: a production group's book, a savings-loan fund's book, the
    village's. Each owner has at most one live book."""

    __tablename__ = "ledger_book"
    __table_args__ = (partial_index("uq_ledger_book_owner", "owner_table", "owner_id", unique=True),)

    kind: Mapped[str] = mapped_column(String(20))  # production_group / fund / village
    owner_table: Mapped[str] = mapped_column(String(50))
    owner_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(100), default="")


class LedgerAccount(Tracked, Base):
    """One account of a book: its kind (ACCOUNT_KINDS) and what it is about (a member, a loan), if anything.
    `code` is unique in the book among live accounts: the kind, then the owner's id when there is one."""

    __tablename__ = "ledger_account"
    __table_args__ = (partial_index("uq_ledger_account_code", "book_id", "code", unique=True),)

    book_id: Mapped[str] = mapped_column(ForeignKey("ledger_book.id"), index=True)
    code: Mapped[str] = mapped_column(String(90))
    kind: Mapped[str] = mapped_column(String(20))
    owner_table: Mapped[str | None] = mapped_column(String(50))  # person / loan / production_group ... or None
    owner_id: Mapped[str | None] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")

    book: Mapped[LedgerBook] = relationship()


class JournalEntry(Tracked, Base):
    """A movement of money: two or more lines summing to zero. Never changed once posted; `reverses_id` names the
    entry a reversal mirrors (an entry is reversed at most once: a unique index among live rows)."""

    __tablename__ = "journal_entry"
    __table_args__ = (
        partial_index("ix_journal_entry_book_date", "book_id", "posted_on"),
        partial_index("uq_journal_entry_reverses", "reverses_id", unique=True,
                      where="deleted_at IS NULL AND reverses_id IS NOT NULL"),
        partial_index("ix_journal_entry_source", "source_table", "source_id"),
    )

    book_id: Mapped[str] = mapped_column(ForeignKey("ledger_book.id"))
    posted_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30))  # a code: sale, cost, aid, share_out, deposit, loan, reversal ...
    memo: Mapped[str] = mapped_column(String(200), default="")
    source_table: Mapped[str | None] = mapped_column(String(50))
    source_id: Mapped[str | None] = mapped_column(String(36))
    reverses_id: Mapped[str | None] = mapped_column(ForeignKey("journal_entry.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")  # why a reversal was made
    officer: Mapped[str] = mapped_column(String(100), default="")

    lines: Mapped[list["JournalLine"]] = relationship(back_populates="entry", order_by="JournalLine.amount.desc()")


class JournalLine(Tracked, Base):
    """One line of an entry: an account and a signed amount in integer Rupiah (debit positive, credit negative)."""

    __tablename__ = "journal_line"

    entry_id: Mapped[str] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("ledger_account.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")


class PeriodLock(Tracked, Base):
    """A closed period of a book: nothing dated from `start` to `end` may be posted or reversed. Closed by an
    officer with a reason (a financial year, a share-out: `source_*` names the record that closed it); reopened
    only by `locks.reopen_period_in`, which writes who, when and why here (and in the audit trail)."""

    __tablename__ = "period_lock"
    __table_args__ = (partial_index("ix_period_lock_book", "book_id", "start", "end"),)

    book_id: Mapped[str] = mapped_column(ForeignKey("ledger_book.id"))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200))
    closed_by: Mapped[str] = mapped_column(String(100))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source_table: Mapped[str | None] = mapped_column(String(50))
    source_id: Mapped[str | None] = mapped_column(String(36), index=True)
    reopened_by: Mapped[str | None] = mapped_column(String(100))
    reopened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reopen_reason: Mapped[str] = mapped_column(String(200), default="")


# ---- posted entries are write-once ---------------------------------------------------------------------------

WRITE_ONCE = (JournalEntry, JournalLine)


class PostedEntryChanged(RuntimeError):
    """A program error: code tried to change or delete a posted journal entry or line (reverse it instead)."""


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_posted_entries(session: Session, _flush_context: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, WRITE_ONCE):
            raise PostedEntryChanged(f"{obj.__tablename__} {obj.id} cannot be deleted: reverse the entry instead")
    for obj in session.dirty:
        if isinstance(obj, WRITE_ONCE) and session.is_modified(obj, include_collections=False):
            raise PostedEntryChanged(f"{obj.__tablename__} {obj.id} cannot be changed: reverse the entry instead")


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes_to_posted_entries(state: ORMExecuteState) -> None:
    if (state.is_update or state.is_delete) and state.bind_mapper is not None \
            and issubclass(state.bind_mapper.class_, WRITE_ONCE):
        raise PostedEntryChanged(f"{state.bind_mapper.class_.__tablename__} is write-once: reverse the entry instead")


# The same refusal in the database, for statements that bypass the ORM (SQLite; made with the tables by
# create_all, and by revision 0008 for files that migrate).
WRITE_ONCE_TRIGGERS = {
    table: [f"CREATE TRIGGER {table}_write_once_{verb.lower()} BEFORE {verb} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is write-once: reverse the entry instead'); END"
            for verb in ("UPDATE", "DELETE")]
    for table in ("journal_entry", "journal_line")
}
for _model in WRITE_ONCE:
    for _statement in WRITE_ONCE_TRIGGERS[_model.__tablename__]:
        event.listen(_model.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
