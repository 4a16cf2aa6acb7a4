"""production on the ledger: entries for the money Usaha Produktif already recorded, locks for its share-outs

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 02:15:00

From this revision on a production group's cash is read from the kernel ledger, where every money record posts
one entry (desmig_desktop.production.services.ledger). For the records made before, this revision posts what the
services would have: for every live group with money, its book ("production_group") with the accounts cash,
sales_income, cost, capital and distribution, and one entry per live record, with the record as its source —

* sale: Dr cash / Cr sales_income, quantity × unit price, dated the sale;
* group_cost and production_batch (its material cost): Dr cost / Cr cash;
* aid of kind modal_uang: its live items' value, Dr cash / Cr capital (aid in goods posts nothing);
* a finalised, not reversed profit_share: what it paid out, Dr distribution / Cr cash, dated its period's end —

and closes the period of every such share-out (period_lock with source profit_share, closed by "migrasi" at the
time it was finalised). Amounts of Rp0 post nothing. Downgrade deletes the production books and everything in
them (the write-once triggers are dropped for it and made again).
"""

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

OFFICER = "migrasi"
OWNER = "production_group"
ACCOUNTS = ("cash", "sales_income", "cost", "capital", "distribution")
# (source table, entry kind, debit account, credit account, SELECT id, village_id, date, amount, memo of one group)
SOURCES = (
    ("sale", "sale", "cash", "sales_income",
     "SELECT id, village_id, sold_on, quantity * unit_price, '' FROM sale WHERE group_id = :g AND deleted_at IS NULL"),
    ("group_cost", "cost", "cost", "cash",
     "SELECT id, village_id, spent_on, amount, description FROM group_cost WHERE group_id = :g AND deleted_at IS NULL"),
    ("production_batch", "material_cost", "cost", "cash",
     ("SELECT id, village_id, produced_on, material_cost, '' FROM production_batch"
      " WHERE group_id = :g AND deleted_at IS NULL")),
    ("aid", "aid", "cash", "capital",
     ("SELECT a.id, a.village_id, a.received_on, coalesce(sum(i.value), 0), '' FROM aid a"
      " LEFT JOIN aid_item i ON i.aid_id = a.id AND i.deleted_at IS NULL"
      " WHERE a.group_id = :g AND a.deleted_at IS NULL AND a.kind = 'modal_uang'"
      " GROUP BY a.id, a.village_id, a.received_on")),
    ("profit_share", "share_out", "distribution", "cash",
     ("SELECT id, village_id, period_end, distributed, '' FROM profit_share"
      " WHERE group_id = :g AND deleted_at IS NULL AND reversed_at IS NULL")),
)
SHARES = ("SELECT id, village_id, period_start, period_end, finalised_at FROM profit_share"
          " WHERE group_id = :g AND deleted_at IS NULL AND reversed_at IS NULL ORDER BY period_start")

# The same statements as revision 0008 (and desmig_desktop.core.ledger.models.WRITE_ONCE_TRIGGERS).
TRIGGERS = {
    f"{table}_write_once_{verb.lower()}":
        f"CREATE TRIGGER {table}_write_once_{verb.lower()} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is write-once: reverse the entry instead'); END"
    for table in ("journal_entry", "journal_line") for verb in ("UPDATE", "DELETE")
}
TRACKED = "village_id, created_at, updated_at, deleted_at, revision"


def _now(bind) -> datetime:  # type: ignore[no-untyped-def]
    now = datetime.now(timezone.utc)
    return now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now  # SQLite keeps naive UTC text


def _id() -> str:
    return str(uuid.uuid4())


def upgrade() -> None:
    bind = op.get_bind()
    now = _now(bind)
    tracked = {"now": now}
    books, accounts, entries, lines, locks = [], [], [], [], []
    for group_id, village, name in bind.execute(sa.text(
            "SELECT id, village_id, name FROM production_group WHERE deleted_at IS NULL ORDER BY created_at, id")):
        posts = [(source, kind, debit, credit, row) for source, kind, debit, credit, sql in SOURCES
                 for row in bind.execute(sa.text(sql), {"g": group_id}) if int(row[3] or 0) > 0]
        shares = bind.execute(sa.text(SHARES), {"g": group_id}).all()
        if not posts and not shares:
            continue
        book = _id()
        books.append({"id": book, "owner": group_id, "name": (name or "")[:100], "village": village, **tracked})
        account = {kind: _id() for kind in ACCOUNTS}
        accounts += [{"id": account[kind], "book": book, "kind": kind, "village": village, **tracked}
                     for kind in ACCOUNTS]
        for source, kind, debit, credit, (record_id, record_village, on, amount, memo) in posts:
            entry = _id()
            entries.append({"id": entry, "book": book, "on": on, "kind": kind, "memo": (memo or "")[:200],
                            "source": source, "source_id": record_id, "village": record_village, **tracked})
            lines += [{"id": _id(), "entry": entry, "account": account[debit], "amount": int(amount),
                       "village": record_village, **tracked},
                      {"id": _id(), "entry": entry, "account": account[credit], "amount": -int(amount),
                       "village": record_village, **tracked}]
        locks += [{"id": _id(), "book": book, "start": start, "end": end, "closed_at": finalised, "source": share_id,
                   "village": share_village, **tracked}
                  for share_id, share_village, start, end, finalised in shares]
    if books:
        bind.execute(sa.text(
            f"INSERT INTO ledger_book (id, kind, owner_table, owner_id, name, {TRACKED}) VALUES"
            f" (:id, '{OWNER}', '{OWNER}', :owner, :name, :village, :now, :now, NULL, 1)"), books)
        bind.execute(sa.text(
            f"INSERT INTO ledger_account (id, book_id, code, kind, owner_table, owner_id, name, {TRACKED}) VALUES"
            " (:id, :book, :kind, :kind, NULL, NULL, '', :village, :now, :now, NULL, 1)"), accounts)
    if entries:
        bind.execute(sa.text(
            "INSERT INTO journal_entry (id, book_id, posted_on, kind, memo, source_table, source_id, reverses_id, reason,"
            f" officer, {TRACKED}) VALUES (:id, :book, :on, :kind, :memo, :source, :source_id, NULL, '', '{OFFICER}',"
            " :village, :now, :now, NULL, 1)"), entries)
        bind.execute(sa.text(
            f"INSERT INTO journal_line (id, entry_id, account_id, amount, {TRACKED}) VALUES"
            " (:id, :entry, :account, :amount, :village, :now, :now, NULL, 1)"), lines)
    if locks:
        bind.execute(sa.text(
            'INSERT INTO period_lock (id, book_id, start, "end", reason, closed_by, closed_at, source_table, source_id,'
            f" reopened_by, reopened_at, reopen_reason, {TRACKED}) VALUES (:id, :book, :start, :end, 'bagi hasil final',"
            f" '{OFFICER}', :closed_at, 'profit_share', :source, NULL, NULL, '', :village, :now, :now, NULL, 1)"), locks)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    books = f"SELECT id FROM ledger_book WHERE owner_table = '{OWNER}'"
    op.execute(f"DELETE FROM journal_line WHERE entry_id IN (SELECT id FROM journal_entry WHERE book_id IN ({books}))")
    op.execute(f"UPDATE journal_entry SET reverses_id = NULL WHERE book_id IN ({books})")
    op.execute(f"DELETE FROM journal_entry WHERE book_id IN ({books})")
    op.execute(f"DELETE FROM period_lock WHERE book_id IN ({books})")
    op.execute(f"DELETE FROM ledger_account WHERE book_id IN ({books})")
    op.execute(f"DELETE FROM ledger_book WHERE owner_table = '{OWNER}'")
    if sqlite:
        for statement in TRIGGERS.values():
            op.execute(statement)
