"""Posting, reversing and reading balances. Balances are sums of lines, never stored."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desmig_desktop.core.context import ServiceContext, use_case
from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import rupiah, short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.locks import _book_id, check_open, close_period_in, reopen_period_in
from desmig_desktop.core.ledger.models import ACCOUNT_KINDS, JournalEntry, JournalLine, LedgerAccount, LedgerBook
from desmig_desktop.core.records import get_live

Line = tuple["LedgerAccount | str", int]  # (account or its id, signed amount: debit +, credit -)
_BOOKS, _ACCOUNTS = "ledger_books", "ledger_accounts"  # session.info keys: what book_in / account_in found


# ---- books and accounts --------------------------------------------------------------------------------------

def book_in(session: Session, owner_table: str, owner_id: str, kind: str, name: str = "") -> LedgerBook:
    """The live book of an owner (a production group, a fund), made on first use; remembered for the unit of
    work (a demo or an import posts hundreds of entries in one)."""
    books = session.info.setdefault(_BOOKS, {})
    book = books.get((owner_table, owner_id))
    if book is not None and book.deleted_at is None:
        return book
    book = session.scalars(select(LedgerBook).where(
        LedgerBook.owner_table == owner_table, LedgerBook.owner_id == owner_id, LedgerBook.deleted_at.is_(None))).first()
    if book is None:
        book = LedgerBook(kind=kind, owner_table=owner_table, owner_id=owner_id, name=name)
        session.add(book)
        session.flush()
    books[(owner_table, owner_id)] = book
    return book


def account_in(session: Session, book: LedgerBook | str, kind: str, owner_table: str | None = None,
               owner_id: str | None = None, name: str = "") -> LedgerAccount:
    """The live account of this kind (and owner: a member's savings, a loan's receivable) in the book, made on
    first use."""
    if kind not in ACCOUNT_KINDS:
        raise ValueError(f"unknown account kind {kind!r}")
    code = kind if owner_id is None else f"{kind}:{owner_id}"
    book_id = _book_id(book)
    accounts = session.info.setdefault(_ACCOUNTS, {})
    account = accounts.get((book_id, code))
    if account is not None and account.deleted_at is None:
        return account
    account = session.scalars(select(LedgerAccount).where(
        LedgerAccount.book_id == book_id, LedgerAccount.code == code, LedgerAccount.deleted_at.is_(None))).first()
    if account is None:
        account = LedgerAccount(book_id=book_id, code=code, kind=kind, owner_table=owner_table, owner_id=owner_id,
                                name=name)
        session.add(account)
        session.flush()
    accounts[(book_id, code)] = account
    return account


# ---- posting ------------------------------------------------------------------------------------------------

def _account_id(account: LedgerAccount | str) -> str:
    return account if isinstance(account, str) else account.id


def _line_issues(session: Session, book_id: str, lines: Sequence[tuple[str, object]]) -> list[Issue]:
    issues: list[Issue] = []
    if len(lines) < 2:
        issues.append(Issue("lines", _("Jurnal perlu sedikitnya dua baris (satu debit, satu kredit).")))
    if any(not isinstance(amount, int) or isinstance(amount, bool) for _a, amount in lines):
        issues.append(Issue("lines", _("Jumlah pada jurnal harus bilangan bulat Rupiah.")))
        return issues
    if any(amount == 0 for _a, amount in lines):
        issues.append(Issue("lines", _("Baris jurnal bernilai Rp0 tidak boleh: hapus baris itu.")))
    debit = sum(a for _x, a in lines if a > 0)  # type: ignore[operator]
    credit = -sum(a for _x, a in lines if a < 0)  # type: ignore[operator]
    if debit != credit:
        issues.append(Issue("lines", _("Jurnal tidak seimbang: debit {debit}, kredit {credit} (selisih {diff}). "
                                       "Jumlah debit dan kredit harus sama.").format(
            debit=rupiah(debit), credit=rupiah(credit), diff=rupiah(abs(debit - credit)))))
    for account_id in sorted({account for account, _a in lines}):
        account = session.get(LedgerAccount, account_id)  # the identity map first: no query for known accounts
        if account is None or account.deleted_at is not None or account.book_id != book_id:
            issues.append(Issue("lines", _("Akun {account} tidak ada di buku ini.").format(account=account_id)))
    return issues


def post_in(session: Session, ctx: ServiceContext, book: LedgerBook | str, on: date, kind: str,
            lines: Iterable[Line], memo: str = "", source: tuple[str, str] | None = None,
            field: str = "posted_on") -> JournalEntry:
    """Post an entry dated `on` in the book: at least two non-zero integer lines summing to zero, on live accounts
    of that book, on a date outside every closed period (the message names the field `field`). `source` is the
    (table, id) of the record the money moved for. Nothing is written when anything is wrong."""
    book_id = get_live(session, LedgerBook, _book_id(book)).id
    pairs = [(_account_id(account), amount) for account, amount in lines]
    issues = _line_issues(session, book_id, pairs)
    if issues:
        raise ValidationError(issues)
    check_open(session, book_id, on, field)
    return _write(session, ctx, book_id, on, kind, pairs, memo, source, None, "")


def _write(session: Session, ctx: ServiceContext, book_id: str, on: date, kind: str, pairs: list[tuple[str, int]],
           memo: str, source: tuple[str, str] | None, reverses_id: str | None, reason: str) -> JournalEntry:
    entry = JournalEntry(book_id=book_id, posted_on=on, kind=kind, memo=memo.strip(),
                         source_table=source[0] if source else None, source_id=source[1] if source else None,
                         reverses_id=reverses_id, reason=reason, officer=ctx.officer)
    session.add(entry)
    for account_id, amount in pairs:
        session.add(JournalLine(entry=entry, account_id=account_id, amount=amount))
    session.flush()
    return entry


def reversal_of(session: Session, entry_id: str) -> JournalEntry | None:
    """The live entry that reverses `entry_id`, if any."""
    return session.scalars(select(JournalEntry).where(
        JournalEntry.reverses_id == entry_id, JournalEntry.deleted_at.is_(None))).first()


def reverse_in(session: Session, ctx: ServiceContext, entry_id: str, on: date, reason: str) -> JournalEntry:
    """The mirror of an entry (every amount negated), dated `on`, with a reason; both stay. Refused without a
    reason, before the entry's own date, in a closed period, or when the entry was already reversed."""
    entry = get_live(session, JournalEntry, entry_id)
    issues: list[Issue] = []
    if not reason.strip():
        issues.append(Issue("reason", _("Alasan pembalikan wajib diisi, mis. jumlah salah ketik.")))
    if on < entry.posted_on:
        issues.append(Issue("posted_on", _("Tanggal pembalikan ({on}) tidak boleh sebelum tanggal jurnalnya "
                                           "({date}).").format(on=short_date(on), date=short_date(entry.posted_on))))
    done = reversal_of(session, entry.id)
    if done is not None:
        issues.append(Issue("entry", _("Jurnal ini sudah dibalik pada {date} oleh {officer}: satu jurnal hanya dapat "
                                       "dibalik sekali.").format(date=short_date(done.posted_on), officer=done.officer)))
    if issues:
        raise ValidationError(issues)
    check_open(session, entry.book_id, on)
    pairs = [(line.account_id, -line.amount) for line in entry.lines if line.deleted_at is None]
    source = (entry.source_table, entry.source_id) if entry.source_table and entry.source_id else None
    return _write(session, ctx, entry.book_id, on, "reversal", pairs, entry.memo, source, entry.id, reason.strip())


# ---- balances -----------------------------------------------------------------------------------------------

def _live_lines(as_of: date | None):  # type: ignore[no-untyped-def]
    conds = [JournalLine.deleted_at.is_(None), JournalEntry.deleted_at.is_(None)]
    if as_of is not None:
        conds.append(JournalEntry.posted_on <= as_of)
    return conds


def balance(session: Session, account_id: str, as_of: date | None = None) -> int:
    """The account's balance at the end of `as_of` (or over every entry), debit positive."""
    return int(session.scalar(
        select(func.coalesce(func.sum(JournalLine.amount), 0)).join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalLine.account_id == account_id, *_live_lines(as_of))) or 0)


def balances(session: Session, book: LedgerBook | str, as_of: date | None = None) -> dict[str, int]:
    """Every live account of the book -> its balance at the end of `as_of`, debit positive (0 when no line)."""
    book_id = _book_id(book)
    result = {a: 0 for a in session.scalars(select(LedgerAccount.id).where(
        LedgerAccount.book_id == book_id, LedgerAccount.deleted_at.is_(None)))}
    rows = session.execute(
        select(JournalLine.account_id, func.sum(JournalLine.amount))
        .join(JournalEntry, JournalEntry.id == JournalLine.entry_id)
        .where(JournalEntry.book_id == book_id, *_live_lines(as_of)).group_by(JournalLine.account_id))
    for account_id, total in rows:
        result[account_id] = int(total)
    return result


# ---- use cases (each one unit of work) ----------------------------------------------------------------------

post_entry = use_case(post_in)
reverse_entry = use_case(reverse_in)
close_period = use_case(close_period_in)
reopen_period = use_case(reopen_period_in)

