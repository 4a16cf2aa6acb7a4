"""The kernel ledger: known-answer postings, refusals, reversals, period locks, write-once entries."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update

from desmig_desktop.core.audit import AuditEntry
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.locks import check_open, close_period_in, reopen_period_in, reopen_source_in
from desmig_desktop.core.ledger.models import JournalEntry, JournalLine, PeriodLock, PostedEntryChanged, natural
from desmig_desktop.core.ledger.posting import (account_in, balance, balances, book_in, close_period, post_entry,
                                                post_in, reopen_period, reverse_entry, reverse_in)

GROUP = "9f1c2a54-0000-4000-8000-000000000001"  # a production group's id (the owner is not a foreign key)



@pytest.fixture
def book(ctx, village):
    """A group's book with its cash, sales, costs and capital accounts: ids by kind."""
    with ctx.unit_of_work() as s:
        b = book_in(s, "production_group", GROUP, "production_group", "Kelompok Salak")
        acc = {k: account_in(s, b, k).id for k in ("cash", "sales_income", "cost", "capital", "distribution")}
        return b.id, acc


def count(ctx, model) -> int:
    with ctx.reader() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_known_answer_postings_of_a_group_book(ctx, book):
    book_id, a = book
    post_entry(ctx, book_id, date(2017, 3, 1), "aid", [(a["cash"], 2_000_000), (a["capital"], -2_000_000)],
               memo="Modal dari dana desa")
    post_entry(ctx, book_id, date(2017, 3, 5), "cost", [(a["cost"], 450_000), (a["cash"], -450_000)])
    post_entry(ctx, book_id, date(2017, 3, 20), "sale", [(a["cash"], 735_000), (a["sales_income"], -735_000)],
               source=("sale", "1d3a"))
    with ctx.reader() as s:
        assert balance(s, a["cash"]) == 2_000_000 - 450_000 + 735_000 == 2_285_000
        assert balance(s, a["cash"], date(2017, 3, 4)) == 2_000_000
        assert balance(s, a["cash"], date(2017, 2, 28)) == 0
        assert natural("sales_income", balance(s, a["sales_income"])) == 735_000
        everything = balances(s, book_id)
        assert everything == {a["cash"]: 2_285_000, a["sales_income"]: -735_000, a["cost"]: 450_000,
                              a["capital"]: -2_000_000, a["distribution"]: 0}
        assert sum(everything.values()) == 0
        sale = s.scalars(select(JournalEntry).where(JournalEntry.kind == "sale")).one()
        assert (sale.source_table, sale.source_id, sale.officer) == ("sale", "1d3a", "Siti Petugas")
        assert all(sum(l.amount for l in e.lines) == 0 and len(e.lines) >= 2
                   for e in s.scalars(select(JournalEntry)))


@pytest.mark.parametrize("lines, message", [
    (lambda a: [(a["cash"], 100_000), (a["sales_income"], -90_000)],
     "Jurnal tidak seimbang: debit Rp100.000, kredit Rp90.000 (selisih Rp10.000)"),
    (lambda a: [(a["cash"], 0), (a["sales_income"], 0)], "bernilai Rp0"),
    (lambda a: [(a["cash"], 100_000)], "sedikitnya dua baris"),
    (lambda a: [(a["cash"], 100.5), (a["sales_income"], -100.5)], "bilangan bulat"),
    (lambda a: [(a["cash"], 1_000), ("no-such-account", -1_000)], "tidak ada di buku ini"),
])
def test_a_wrong_entry_is_refused_and_nothing_is_written(ctx, book, lines, message):
    book_id, a = book
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        post_entry(ctx, book_id, date(2017, 3, 1), "sale", lines(a))
    assert count(ctx, JournalEntry) == 0 and count(ctx, JournalLine) == 0


def test_an_account_of_another_book_is_refused(ctx, book):
    book_id, a = book
    with ctx.unit_of_work() as s:
        other = account_in(s, book_in(s, "fund", "fund-1", "fund"), "cash").id
    with pytest.raises(ValidationError, match="tidak ada di buku ini"):
        post_entry(ctx, book_id, date(2017, 3, 1), "sale", [(a["cash"], 5_000), (other, -5_000)])


def test_a_reversal_keeps_both_entries_and_zeroes_the_balance(ctx, book):
    book_id, a = book
    sale = post_entry(ctx, book_id, date(2017, 3, 20), "sale", [(a["cash"], 735_000), (a["sales_income"], -735_000)])
    with pytest.raises(ValidationError, match="Alasan pembalikan wajib diisi"):
        reverse_entry(ctx, sale.id, date(2017, 3, 21), "  ")
    with pytest.raises(ValidationError, match="tidak boleh sebelum tanggal jurnalnya"):
        reverse_entry(ctx, sale.id, date(2017, 3, 19), "salah ketik")
    mirror = reverse_entry(ctx, sale.id, date(2017, 3, 22), "jumlah salah ketik")
    with pytest.raises(ValidationError, match="sudah dibalik pada 22/03/2017 oleh Siti Petugas"):
        reverse_entry(ctx, sale.id, date(2017, 3, 23), "lagi")
    with ctx.reader() as s:
        assert balance(s, a["cash"]) == 0 and balance(s, a["sales_income"]) == 0
        assert balance(s, a["cash"], date(2017, 3, 21)) == 735_000  # history stays
        rev = s.get(JournalEntry, mirror.id)
        assert (rev.reverses_id, rev.reason, rev.kind) == (sale.id, "jumlah salah ketik", "reversal")
        assert sorted(l.amount for l in rev.lines) == [-735_000, 735_000]
        assert count(ctx, JournalEntry) == 2


def test_a_closed_period_refuses_posting_and_reversing_and_names_who_closed_it(ctx, book):
    book_id, a = book
    sale = post_entry(ctx, book_id, date(2017, 6, 10), "sale", [(a["cash"], 50_000), (a["sales_income"], -50_000)])
    lock = close_period(ctx, book_id, date(2017, 1, 1), date(2017, 6, 30), "Bagi hasil Januari–Juni 2017")
    expected = ("Periode 01/01/2017–30/06/2017 sudah ditutup oleh Siti Petugas pada 23/11/2026 (Bagi hasil "
                "Januari–Juni 2017): catatan bertanggal 30/06/2017")
    with pytest.raises(ValidationError) as err:
        post_entry(ctx, book_id, date(2017, 6, 30), "sale", [(a["cash"], 1_000), (a["sales_income"], -1_000)])
    assert expected in str(err.value) and err.value.for_field("posted_on")
    with pytest.raises(ValidationError, match="catatan bertanggal 15/06/2017"):
        reverse_entry(ctx, sale.id, date(2017, 6, 15), "salah catat")
    with pytest.raises(ValidationError, match="bertumpang tindih"):
        close_period(ctx, book_id, date(2017, 6, 1), date(2017, 12, 31), "Tutup buku 2017")
    reverse_entry(ctx, sale.id, date(2017, 7, 1), "salah catat")  # reversed in the open period after it
    post_entry(ctx, book_id, date(2017, 7, 1), "sale", [(a["cash"], 1_000), (a["sales_income"], -1_000)])
    with ctx.unit_of_work() as s:  # a production service checks the same lock, naming its own field
        with pytest.raises(ValidationError) as err:
            check_open(s, book_id, date(2017, 2, 1), "sold_on")
        assert err.value.for_field("sold_on")
    with pytest.raises(ValidationError, match="Alasan membuka kembali periode wajib diisi"):
        reopen_period(ctx, lock.id, "")
    reopen_period(ctx, lock.id, "Penjualan Juni terlewat dicatat")
    post_entry(ctx, book_id, date(2017, 6, 30), "sale", [(a["cash"], 1_000), (a["sales_income"], -1_000)])
    with ctx.reader() as s:
        row = s.get(PeriodLock, lock.id)
        assert (row.closed_by, row.reopened_by, row.reopen_reason) == (
            "Siti Petugas", "Siti Petugas", "Penjualan Juni terlewat dicatat")
        trail = s.scalars(select(AuditEntry).where(AuditEntry.record_id == lock.id).order_by(AuditEntry.at)).all()
        assert [t.action for t in trail] == ["create", "update"] and "reopen_reason" in trail[1].changes


def test_closing_needs_a_reason_and_an_end_after_the_start(ctx, book):
    book_id, _a = book
    with pytest.raises(ValidationError) as err:
        close_period(ctx, book_id, date(2017, 6, 30), date(2017, 1, 1), " ")
    assert err.value.for_field("reason") and err.value.for_field("end")
    assert count(ctx, PeriodLock) == 0


def test_a_share_out_closes_its_period_and_its_reversal_reopens_it(ctx, book):
    book_id, a = book
    with ctx.unit_of_work() as s:
        close_period_in(s, ctx, book_id, date(2017, 1, 1), date(2017, 6, 30), "Bagi hasil",
                        source=("profit_share", "share-1"))
    with ctx.unit_of_work() as s:
        with pytest.raises(ValidationError):
            post_in(s, ctx, book_id, date(2017, 5, 1), "cost", [(a["cost"], 10_000), (a["cash"], -10_000)],
                    field="spent_on")
    with ctx.unit_of_work() as s:
        assert len(reopen_source_in(s, ctx, "profit_share", "share-1", "Bagi hasil dibatalkan: salah catat")) == 1
        post_in(s, ctx, book_id, date(2017, 5, 1), "cost", [(a["cost"], 10_000), (a["cash"], -10_000)])
        with pytest.raises(ValidationError, match="sudah dibuka kembali"):
            reopen_period_in(s, ctx, s.scalars(select(PeriodLock.id)).one(), "lagi")


def test_posted_entries_and_lines_are_never_changed_or_deleted(ctx, book):
    book_id, a = book
    sale = post_entry(ctx, book_id, date(2017, 3, 20), "sale", [(a["cash"], 735_000), (a["sales_income"], -735_000)])
    changes = [
        lambda s: setattr(s.scalars(select(JournalLine)).first(), "amount", 1),
        lambda s: setattr(s.get(JournalEntry, sale.id), "memo", "diubah"),
        lambda s: setattr(s.get(JournalEntry, sale.id), "deleted_at", ctx.now()),  # a tombstone too
        lambda s: setattr(s.scalars(select(JournalLine)).first(), "deleted_at", ctx.now()),
        lambda s: s.delete(s.scalars(select(JournalLine)).first()),
        lambda s: s.execute(update(JournalLine).values(amount=0)),
    ]
    for change in changes:
        with pytest.raises(PostedEntryChanged):
            with ctx.unit_of_work() as s:
                change(s)
                s.flush()
    with ctx.reader() as s:
        assert balance(s, a["cash"]) == 735_000 and s.get(JournalEntry, sale.id).deleted_at is None


def test_twins_post_in_the_callers_unit_of_work(ctx, book):
    book_id, a = book
    with pytest.raises(RuntimeError):
        with ctx.unit_of_work() as s:
            entry = post_in(s, ctx, book_id, date(2017, 3, 1), "sale", [(a["cash"], 9_000), (a["sales_income"], -9_000)])
            reverse_in(s, ctx, entry.id, date(2017, 3, 2), "uji")
            raise RuntimeError("the record the money came from was refused")
    assert count(ctx, JournalEntry) == 0


@pytest.mark.parametrize("statement", ["UPDATE journal_line SET amount = 1", "DELETE FROM journal_line",
                                       "UPDATE journal_entry SET memo = 'diubah'", "DELETE FROM journal_entry"])
def test_the_database_refuses_raw_changes_to_posted_entries(ctx, book, statement):
    """SQL that bypasses the ORM (a script, a merge gone wrong) meets the SQLite triggers of revision 0008."""
    book_id, a = book
    post_entry(ctx, book_id, date(2017, 3, 20), "sale", [(a["cash"], 735_000), (a["sales_income"], -735_000)])
    with pytest.raises(Exception, match="write-once"):
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    with ctx.reader() as s:
        assert balance(s, a["cash"]) == 735_000 and count(ctx, JournalLine) == 2
