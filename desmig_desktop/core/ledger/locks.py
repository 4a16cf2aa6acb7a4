"""Period locks: a closed period of a book refuses every entry (new or reversing) dated inside it.

`check_open` is the one test every writer calls before it posts (posting does it itself); a production area
calls it too before it adds, changes or deletes a record dated inside a period, with the field to name.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desmig_desktop.core.errors import Issue, ValidationError
from desmig_desktop.core.formatting import short_date
from desmig_desktop.core.i18n import _
from desmig_desktop.core.ledger.models import LedgerBook, PeriodLock
from desmig_desktop.core.records import get_live

if TYPE_CHECKING:
    from desmig_desktop.core.context import ServiceContext


def _book_id(book: LedgerBook | str) -> str:
    return book if isinstance(book, str) else book.id


_LOCKS = "ledger_locks"  # session.info key: book id -> its closed locks (dropped when one is closed or reopened)


def closed_locks(session: Session, book: LedgerBook | str, start: date, end: date) -> list[PeriodLock]:
    """The closed (not reopened) locks of the book overlapping `start`–`end`, earliest first. A book's locks are
    read once per unit of work (every posting asks): closing and reopening here forget what was read."""
    book_id = _book_id(book)
    cache = session.info.setdefault(_LOCKS, {})
    locks = cache.get(book_id)
    if locks is None:
        locks = cache[book_id] = list(session.scalars(select(PeriodLock).where(
            PeriodLock.book_id == book_id, PeriodLock.deleted_at.is_(None), PeriodLock.reopened_at.is_(None))
            .order_by(PeriodLock.start)))
    return [lock for lock in locks if lock.start <= end and lock.end >= start]


def closed_message(lock: PeriodLock, day: date) -> str:
    return _("Periode {start}–{end} sudah ditutup oleh {officer} pada {closed} ({reason}): catatan bertanggal {day} "
             "tidak dapat ditambah, diubah atau dibatalkan. Buka kembali periode itu dulu, atau pilih tanggal "
             "sesudah {end}.").format(
        start=short_date(lock.start), end=short_date(lock.end), officer=lock.closed_by,
        closed=short_date(lock.closed_at.date()), reason=lock.reason, day=short_date(day))


def check_open(session: Session, book: LedgerBook | str, on: date, field: str = "posted_on") -> None:
    """Raise ValidationError (on `field`) when `on` lies in a closed period of the book, naming the period's dates,
    who closed it, when and why."""
    locks = closed_locks(session, book, on, on)
    if locks:
        raise ValidationError([Issue(field, closed_message(locks[0], on))])


def close_period_in(session: Session, ctx: ServiceContext, book: LedgerBook | str, start: date, end: date,
                    reason: str, source: tuple[str, str] | None = None) -> PeriodLock:
    """Close `start`–`end` (both included) in the book: by `ctx.officer`, now, with a reason. `source`:
    (table, id) of the record that closes it, e.g. ("profit_share", share.id). A period overlapping one
    already closed is refused (reopen that one first)."""
    book_row = get_live(session, LedgerBook, _book_id(book))
    issues: list[Issue] = []
    if not reason.strip():
        issues.append(Issue("reason", _("Alasan penutupan periode wajib diisi, mis. tutup buku tahun 2017.")))
    if end < start:
        issues.append(Issue("end", _("Akhir periode ({end}) harus sama dengan atau sesudah awalnya ({start}).").format(
            start=short_date(start), end=short_date(end))))
    if issues:
        raise ValidationError(issues)
    clash = closed_locks(session, book_row, start, end)
    if clash:
        lock = clash[0]
        raise ValidationError([Issue("start", _(
            "Periode {start}–{end} sudah ditutup oleh {officer} ({reason}) dan bertumpang tindih dengan periode ini: "
            "pilih tanggal lain atau buka kembali periode itu dulu.").format(
            start=short_date(lock.start), end=short_date(lock.end), officer=lock.closed_by, reason=lock.reason))])
    lock = PeriodLock(book_id=book_row.id, start=start, end=end, reason=reason.strip(), closed_by=ctx.officer,
                      closed_at=ctx.now(), source_table=source[0] if source else None,
                      source_id=source[1] if source else None)
    session.add(lock)
    session.flush()
    session.info.get(_LOCKS, {}).pop(book_row.id, None)
    return lock


def reopen_period_in(session: Session, ctx: ServiceContext, lock_id: str, reason: str) -> PeriodLock:
    """Reopen a closed period: an explicit action with a reason; who and when are kept on the lock and the audit
    trail records the change. The lock row stays (the history of closings is never lost)."""
    if not reason.strip():
        raise ValidationError([Issue("reopen_reason", _(
            "Alasan membuka kembali periode wajib diisi, mis. ada penjualan yang terlewat dicatat."))])
    lock = get_live(session, PeriodLock, lock_id)
    if lock.reopened_at is not None:
        raise ValidationError([Issue("lock", _("Periode {start}–{end} sudah dibuka kembali oleh {officer}.").format(
            start=short_date(lock.start), end=short_date(lock.end), officer=lock.reopened_by))])
    lock.reopened_by, lock.reopened_at, lock.reopen_reason = ctx.officer, ctx.now(), reason.strip()
    session.flush()
    session.info.get(_LOCKS, {}).pop(lock.book_id, None)
    return lock


def reopen_source_in(session: Session, ctx: ServiceContext, source_table: str, source_id: str,
                     reason: str) -> list[PeriodLock]:
    """Reopen the closed periods a record closed (a share-out being reversed reopens its period)."""
    locks = session.scalars(select(PeriodLock).where(
        PeriodLock.source_table == source_table, PeriodLock.source_id == source_id,
        PeriodLock.deleted_at.is_(None), PeriodLock.reopened_at.is_(None))).all()
    return [reopen_period_in(session, ctx, lock.id, reason) for lock in locks]
