"""The one ledger of the app (issue 9, points 1 and 2): every movement of money is a balanced journal entry.

Design
------
* **Books** (`LedgerBook`) group the accounts that balance together: a production group's book, a savings-loan
  fund's book (one live book per owner, `posting.book_in`). An entry belongs to one book and its lines use that
  book's accounts only; money moving between two books is two entries.
* **Accounts** (`LedgerAccount`) have a kind (`models.ACCOUNT_KINDS`: cash, loan_receivable, cost,
  distribution, savings_pokok / wajib / sukarela, fee_income, late_fee_income, sales_income, capital, equity)
  and optionally what they are about (`owner_table` + `owner_id`: a member's savings, one loan's receivable).
  `posting.account_in` makes them on first use; their `code` (kind, or kind:owner) is unique in the book.
* **Entries** (`JournalEntry`: date, kind code, memo, the source record, `reverses_id`, reason, officer) and
  **lines** (`JournalLine`: account, signed integer Rupiah, debit positive). `posting.post_in` refuses fewer than
  two lines, a zero or non-integer amount, lines that do not sum to zero, an account of another book, and a date
  inside a closed period — all checked before anything is written.
* **Write-once**: a posted entry or line is never updated or deleted, not even tombstoned (a `before_flush`
  listener and a `do_orm_execute` listener raise `PostedEntryChanged`). A mistake is undone by
  `posting.reverse_in`: a new entry with every amount negated, a reason, dated on or after the original and
  outside closed periods; an entry is reversed at most once (checked, and a unique index among live rows).
  Whether an entry is reversed is read from its reversal (`reversal_of`), so the original is never touched.
* **Balances are read, never stored**: `balance(session, account_id, as_of)` and `balances(session, book,
  as_of)` sum the lines of entries dated up to the end of `as_of`. A balance as of a past date therefore does
  not change when later entries are posted, and nothing dated in a closed period can change after closing.
  `models.natural(kind, amount)` shows a balance on its normal side (savings and income are credit-normal).
* **Period locks** (`PeriodLock`, `locks.py`): `close_period_in(session, ctx, book, start, end, reason,
  source=)` records who (`ctx.officer`), when and why; overlapping an existing closed period is refused.
  `reopen_period_in(session, ctx, lock_id, reason)` is the only way back: an explicit action with a reason,
  kept on the lock and in the audit trail (the lock row stays). `check_open(session, book, on, field)` raises a
  ValidationError naming the closed period's dates, who closed it, when and why. A production share-out closes
  its period in the group's book (`source=("profit_share", id)`) and reversing it calls `reopen_source_in`.

The tables join `Base.metadata` only when `models` is imported; the alembic revision that creates them comes
with the area that first posts (issue 9), together with SQLite triggers that refuse UPDATE/DELETE of
`journal_entry` and `journal_line` for statements that bypass the ORM.
"""
