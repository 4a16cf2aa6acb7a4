"""The closed financial years of a fund with who closed them (the Tutup Buku tab's list), read from the kernel's
period locks of the fund's book."""

from __future__ import annotations

from datetime import date

from desmig_desktop.core.context import ServiceContext
from desmig_desktop.core.ledger.locks import closed_locks
from desmig_desktop.savings.dto import ClosingDTO
from desmig_desktop.savings.services.book import fund_book


def fund_closings(ctx: ServiceContext, fund_id: str) -> list[ClosingDTO]:
    """Every closed (not reopened) lock of the fund's book, earliest first; a lock over one calendar year names it."""
    with ctx.reader() as session:
        locks = closed_locks(session, fund_book(session, fund_id), date(1900, 1, 1), date(2100, 12, 31))
        return [ClosingDTO(lock.start.year, lock.closed_by, lock.closed_at.date(), lock.reason) for lock in locks]
