"""Usaha Produktif's money on the kernel ledger (`core.ledger`): one book per group, one entry per money record.

Each record that moves a group's money posts one entry in the same unit of work, with `source=(table, id)`:

* a sale: Dr cash / Cr sales_income, quantity × unit price, dated the sale;
* an other cost and a batch's material cost: Dr cost / Cr cash, dated the cost or the batch;
* aid in cash (`Aid.kind == "modal_uang"`): its live items' value, Dr cash / Cr capital (aid in goods posts nothing);
* a finalised, not reversed share-out: what it paid out (`distributed`), Dr distribution / Cr cash, dated the
  period's end (what `money.shared_total` counts).

A record's entry is never edited. `sync_in` compares what the record now says with its current entry (posted and
not reversed): when they differ the entry is reversed — dated its own date, so a balance as of any past date
equals the records as they now read — and a new one is posted. A deleted record (or a reversed share-out, or aid
no longer in cash, or an amount of Rp0) wants no entry: its entry is reversed. A restored record posts again
(`after_restore`, the area's `Pillar.restored`). Deleting a whole group leaves its book as it was (nothing reads
the book of a deleted group, and its shared-out periods stay closed); restoring the group finds it in place.

The revision 0009 (`migrations/versions/0009_production_on_the_ledger.py`) posts the same entries for the records
that existed before this module did: keep the two in step.
"""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from desmig_desktop.core.db.base import utcnow
from desmig_desktop.core.ledger.models import JournalEntry, LedgerAccount, LedgerBook
from desmig_desktop.core.ledger.posting import (
    account_in,
    balance,
    book_in,
    post_in,
    reverse_in,
)
from desmig_desktop.core.records import restore_record
from desmig_desktop.production.models import (
    Aid,
    AidItem,
    GroupCost,
    ProductionBatch,
    ProductionGroup,
    ProfitShare,
    Sale,
)

OWNER = "production_group"
ACCOUNTS = ("cash", "sales_income", "cost", "capital", "distribution")
# source table -> (its model, the entry's kind, the debited account, the credited account)
POSTINGS: dict[str, tuple[Any, str, str, str]] = {
    "sale": (Sale, "sale", "cash", "sales_income"),
    "group_cost": (GroupCost, "cost", "cost", "cash"),
    "production_batch": (ProductionBatch, "material_cost", "cost", "cash"),
    "aid": (Aid, "aid", "cash", "capital"),
    "profit_share": (ProfitShare, "share_out", "distribution", "cash"),
}
# the reasons of the reversals a correction, a delete or a restore posts (stored on the entry, read in the ledger)
CORRECTED, DELETED, RESTORED = "dikoreksi", "dihapus", "dipulihkan"
_CACHE = "production_ledger"  # session.info key: group id -> {"book": id, kind: account id}


def _cache(session: Session) -> dict[str, dict[str, str]]:
    return session.info.setdefault(_CACHE, {})


def group_accounts_in(session: Session, group_id: str) -> dict[str, str]:
    """The group's book and its five accounts ({"book": id, "cash": id, ...}), made on first use; cached for the
    unit of work (the demo posts hundreds of entries)."""
    found = _cache(session).get(group_id)
    if found is None or "cash" not in found:
        group = session.get(ProductionGroup, group_id)
        book = book_in(session, OWNER, group_id, OWNER, group.name if group is not None else "")
        found = {"book": book.id, **{kind: account_in(session, book, kind).id for kind in ACCOUNTS}}
        _cache(session)[group_id] = found
    return found


def group_book_id(session: Session, group_id: str) -> str | None:
    """The id of the group's book, or None while it has none (read-only: nothing is made)."""
    found = _cache(session).get(group_id)
    if found is not None:
        return found["book"]
    return session.scalar(select(LedgerBook.id).where(
        LedgerBook.owner_table == OWNER, LedgerBook.owner_id == group_id, LedgerBook.deleted_at.is_(None)))


def name_book_in(session: Session, group_id: str, name: str) -> None:
    """A renamed group's book takes its new name (a book is not a posted entry: its name may change)."""
    book_id = group_book_id(session, group_id)
    book = session.get(LedgerBook, book_id) if book_id else None
    if book is not None and book.name != name:
        book.name = name[:100]


def account_balance(session: Session, group_id: str, kind: str, as_of: date | None = None) -> int:
    """The balance (debit positive) of one of the group's accounts at the end of `as_of`; 0 without a book."""
    found = _cache(session).get(group_id)
    account_id = found.get(kind) if found else session.scalar(
        select(LedgerAccount.id).join(LedgerBook, LedgerBook.id == LedgerAccount.book_id).where(
            LedgerBook.owner_table == OWNER, LedgerBook.owner_id == group_id, LedgerBook.deleted_at.is_(None),
            LedgerAccount.code == kind, LedgerAccount.deleted_at.is_(None)))
    return balance(session, account_id, as_of) if account_id else 0


def wanted(table: str, obj: Any) -> tuple[date, int] | None:
    """(date, amount) of the entry the record stands for as it now reads, or None when it stands for none."""
    if obj is None or obj.deleted_at is not None:
        return None
    if table == "sale":
        on, amount = obj.sold_on, obj.quantity * obj.unit_price
    elif table == "group_cost":
        on, amount = obj.spent_on, obj.amount
    elif table == "production_batch":
        on, amount = obj.produced_on, obj.material_cost
    elif table == "aid":
        if obj.kind != "modal_uang":
            return None
        on, amount = obj.received_on, sum(i.value for i in obj.items if i.deleted_at is None)
    else:
        if obj.reversed_at is not None or obj.finalised_at is None:
            return None
        on, amount = obj.period_end, obj.distributed
    return (on, int(amount)) if amount > 0 else None


def _lines(accounts: dict[str, str], table: str, amount: int) -> list[tuple[str, int]]:
    _model, _kind, debit, credit = POSTINGS[table]
    return [(accounts[debit], amount), (accounts[credit], -amount)]


def _memo(table: str, obj: Any) -> str:
    return (obj.description or "")[:200] if table == "group_cost" else ""


def post_record_in(session: Session, ctx: Any, table: str, obj: Any) -> JournalEntry | None:
    """Post the entry of a record just written (nothing when it stands for none)."""
    want = wanted(table, obj)
    if want is None:
        return None
    accounts = group_accounts_in(session, obj.group_id)
    return post_in(session, ctx, accounts["book"], want[0], POSTINGS[table][1], _lines(accounts, table, want[1]),
                   memo=_memo(table, obj), source=(table, obj.id), field=_FIELDS[table])


_FIELDS = {"sale": "sold_on", "group_cost": "spent_on", "production_batch": "produced_on", "aid": "received_on",
           "profit_share": "period"}


def current_entry(session: Session, table: str, record_id: str) -> JournalEntry | None:
    """The record's entry that stands now: posted for it and not reversed."""
    rev = aliased(JournalEntry)
    return session.scalars(select(JournalEntry).where(
        JournalEntry.source_table == table, JournalEntry.source_id == record_id, JournalEntry.deleted_at.is_(None),
        JournalEntry.reverses_id.is_(None),
        ~exists().where(rev.reverses_id == JournalEntry.id, rev.deleted_at.is_(None)))
        .order_by(JournalEntry.created_at.desc())).first()


def sync_in(session: Session, ctx: Any, table: str, obj: Any, reason: str) -> None:
    """Bring the record's entry in line with the record: nothing when it already is; otherwise reverse the
    standing entry (dated its own date, with `reason`: "dikoreksi", "dihapus") and post the one it now wants."""
    session.flush()
    want = wanted(table, obj)
    entry = current_entry(session, table, obj.id)
    if entry is not None:
        if want is not None and entry.posted_on == want[0] and sorted(
                (line.account_id, line.amount) for line in entry.lines if line.deleted_at is None) == sorted(
                _lines(group_accounts_in(session, obj.group_id), table, want[1])):
            return
        reverse_in(session, ctx, entry.id, entry.posted_on, reason)
    if want is not None:
        post_record_in(session, ctx, table, obj)


def records_of_group(session: Session, group_id: str) -> list[tuple[str, Any]]:
    """Every money record of the group, deleted ones included, as (table, record)."""
    return [(table, obj) for table, (model, *_rest) in POSTINGS.items()
            for obj in session.scalars(select(model).where(model.group_id == group_id))]


def _officer(session: Session) -> Any:
    """What posting needs of a context (who posts), in a hook that receives only the session."""
    return SimpleNamespace(officer=session.info.get("officer") or "", now=utcnow)


def after_restore(session: Session, table: str, record_id: str) -> None:
    """`Pillar.restored` of Usaha Produktif: a restored money record (or a group, or an aid item) posts its entry
    again; records already in the ledger are left alone."""
    ctx = _officer(session)
    if table == "production_group":
        for source, obj in records_of_group(session, record_id):
            sync_in(session, ctx, source, obj, RESTORED)
        return
    if table == "aid_item":
        item = session.get(AidItem, record_id)
        table, record_id = "aid", item.aid_id if item is not None else ""
    if table in POSTINGS:
        obj = session.get(POSTINGS[table][0], record_id)
        if obj is not None:
            sync_in(session, ctx, table, obj, RESTORED)


def restore_production_record(ctx: Any, table: str, record_id: str, when: datetime) -> int:
    """Undo a delete of Usaha Produktif ("Urungkan"): the rows come back and post their entries again."""
    return restore_record(ctx, table, record_id, when, [after_restore])
