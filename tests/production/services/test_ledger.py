"""Usaha Produktif's records post to the kernel ledger: a correction reverses the entry (dated its own date) and
posts the new one, a delete reverses, a restore posts again, balances as of any day read as the records now do; a
share-out closes its period with the kernel's lock (its message names who closed it) and its reversal reopens it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desmig_desktop.app import PILLARS
from desmig_desktop.core.errors import ValidationError
from desmig_desktop.core.ledger.models import (
    JournalEntry,
    LedgerAccount,
    LedgerBook,
    PeriodLock,
)
from desmig_desktop.core.pillar import load
from desmig_desktop.core.records import restore_record
from desmig_desktop.production.services import corrections, groups, sharing
from desmig_desktop.production.services import products as production
from desmig_desktop.production.services.aid import (
    AidInput,
    AidItemInput,
    delete_aid,
    record_aid,
    update_aid,
)
from desmig_desktop.production.services.groups import GroupInput
from desmig_desktop.production.services.ledger import restore_production_record
from desmig_desktop.production.services.money import cash_aid, group_cash
from desmig_desktop.production.services.products import BatchInput, SaleInput


def _entries(ctx, source_id: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    """(kind, date, what it did to the cash, reason, officer) of the entries posted for a record, in posting order."""
    with ctx.reader() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.source_id == source_id)
                         .order_by(JournalEntry.created_at)).all()
        return [(e.kind, e.posted_on, sum(line.amount for line in e.lines
                                          if s.get(LedgerAccount, line.account_id).kind == "cash"), e.reason, e.officer)
                for e in rows]


def _cash(ctx, gid: str, *days: date | None) -> list[int]:  # type: ignore[no-untyped-def]
    with ctx.reader() as s:
        return [group_cash(s, gid, day) for day in days]


@pytest.fixture
def made(ctx, salak):
    ctx.today_override = date(2017, 8, 1)
    who = tuple(salak.people.values())
    production.record_batch(ctx, BatchInput(salak.product_id, date(2017, 2, 1), 100, 500_000, who))
    sale = production.record_sale(ctx, SaleInput(salak.product_id, date(2017, 3, 12), 60, 15_000, "whatsapp")).id
    return salak, sale


def test_a_sale_corrected_deleted_and_restored_keeps_every_entry_and_reads_right_on_every_day(ctx, made):
    salak, sale = made
    gid = salak.group_id
    days = (date(2017, 2, 1), date(2017, 3, 12), date(2017, 3, 14), None)
    assert _cash(ctx, gid, *days) == [-500_000, 400_000, 400_000, 400_000]
    assert [(k, d, r) for k, d, _a, r, _o in _entries(ctx, sale)] == [("sale", date(2017, 3, 12), "")]

    corrections.update_sale(ctx, sale, SaleInput(salak.product_id, date(2017, 3, 14), 12, 14_000, "toko"))
    assert [(k, d, r) for k, d, _a, r, _o in _entries(ctx, sale)] == [
        ("sale", date(2017, 3, 12), ""), ("reversal", date(2017, 3, 12), "dikoreksi"), ("sale", date(2017, 3, 14), "")]
    # as of the old date the sale no longer counts: the records now say it was sold on the 14th
    assert _cash(ctx, gid, *days) == [-500_000, -500_000, -332_000, -332_000]
    corrections.update_sale(ctx, sale, SaleInput(salak.product_id, date(2017, 3, 14), 12, 14_000, "toko", note="pasar"))
    assert len(_entries(ctx, sale)) == 3  # the money did not change: nothing posted

    gone = corrections.delete_sale(ctx, sale)
    assert [(k, d, r, o) for k, d, _a, r, o in _entries(ctx, sale)][3:] == [
        ("reversal", date(2017, 3, 14), "dihapus", "Siti Petugas")]
    assert _cash(ctx, gid, *days) == [-500_000, -500_000, -500_000, -500_000]

    restore_production_record(ctx, gone.table, gone.record_id, gone.when)  # Urungkan
    assert [(k, d) for k, d, *_rest in _entries(ctx, sale)][4:] == [("sale", date(2017, 3, 14))]
    assert _cash(ctx, gid, *days) == [-500_000, -500_000, -332_000, -332_000]

    gone = corrections.delete_sale(ctx, sale)
    hooks = [load(p.restored) for p in PILLARS if p.restored]  # the "Terhapus" view runs every area's hook
    restore_record(ctx, gone.table, gone.record_id, gone.when, hooks)
    assert len(_entries(ctx, sale)) == 7 and _cash(ctx, gid, None) == [-332_000]


def test_costs_batches_and_cash_aid_post_aid_in_goods_does_not(ctx, made):
    salak, _sale = made
    gid = salak.group_id
    cost = production.record_cost(ctx, gid, date(2017, 3, 1), "Kemasan", 50_000).id
    corrections.update_cost(ctx, cost, date(2017, 3, 2), "Kemasan", 60_000)
    assert [(k, d, a, r) for k, d, a, r, _o in _entries(ctx, cost)] == [
        ("cost", date(2017, 3, 1), -50_000, ""), ("reversal", date(2017, 3, 1), 50_000, "dikoreksi"),
        ("cost", date(2017, 3, 2), -60_000, "")]
    goods = record_aid(ctx, AidInput(gid, "peralatan", "kemnaker", date(2017, 2, 1), (AidItemInput("Wajan", 2, "unit", 300_000),))).id
    money = record_aid(ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 1, 20),
                                     (AidItemInput("Modal", 1, "paket", 1_000_000), AidItemInput("Tambahan", 1, "paket", 250_000)))).id
    assert _entries(ctx, goods) == []
    assert [(k, d, a) for k, d, a, *_r in _entries(ctx, money)] == [("aid", date(2017, 1, 20), 1_250_000)]
    with ctx.reader() as s:
        assert (cash_aid(s, gid), cash_aid(s, gid, date(2017, 1, 19)), group_cash(s, gid)) == (
            1_250_000, 0, 1_250_000 - 500_000 + 900_000 - 60_000)
    update_aid(ctx, money, AidInput(gid, "peralatan", "pemdes", date(2017, 1, 20), (AidItemInput("Modal", 1, "paket", 1_000_000),)))
    with ctx.reader() as s:
        assert (cash_aid(s, gid), group_cash(s, gid)) == (0, -500_000 + 900_000 - 60_000)
    update_aid(ctx, money, AidInput(gid, "modal_uang", "pemdes", date(2017, 1, 21), (AidItemInput("Modal", 1, "paket", 1_000_000),)))
    delete_aid(ctx, money)
    assert [(k, d, a, r) for k, d, a, r, _o in _entries(ctx, money)] == [
        ("aid", date(2017, 1, 20), 1_250_000, ""), ("reversal", date(2017, 1, 20), -1_250_000, "dikoreksi"),
        ("aid", date(2017, 1, 21), 1_000_000, ""), ("reversal", date(2017, 1, 21), -1_000_000, "dihapus")]
    gone = corrections.delete_group(ctx, gid)
    before = _cash(ctx, gid, None)
    restore_production_record(ctx, gone.table, gone.record_id, gone.when)
    assert _cash(ctx, gid, None) == before == [-500_000 + 900_000 - 60_000]  # the book was left as it was


def test_a_share_out_closes_its_period_in_the_groups_book_and_its_reversal_reopens_it(ctx, made):
    salak, sale = made
    gid = salak.group_id
    share = sharing.finalise_share(ctx, gid, date(2017, 1, 10), date(2017, 6, 30)).id
    paid = sharing.get_share(ctx, share).distributed
    assert paid > 0
    assert [(k, d, a) for k, d, a, *_r in _entries(ctx, share)] == [("share_out", date(2017, 6, 30), -paid)]
    assert _cash(ctx, gid, date(2017, 6, 29), date(2017, 6, 30)) == [400_000, 400_000 - paid]
    with pytest.raises(ValidationError) as err:
        production.record_cost(ctx, gid, date(2017, 6, 30), "Kemasan", 10_000)
    assert err.value.issues[0].field == "spent_on"
    assert str(err.value.issues[0].message) == (
        "Periode 10/01/2017–30/06/2017 sudah ditutup oleh Siti Petugas pada 01/08/2017 (bagi hasil final): catatan "
        "bertanggal 30/06/2017 tidak dapat ditambah, diubah atau dibatalkan. Buka kembali periode itu dulu, atau pilih "
        "tanggal sesudah 30/06/2017.")
    with pytest.raises(ValidationError, match="sudah ditutup oleh Siti Petugas"):
        record_aid(ctx, AidInput(gid, "modal_uang", "pemdes", date(2017, 5, 1), (AidItemInput("Modal", 1, "paket", 1),)))
    with pytest.raises(ValidationError, match="sudah ditutup oleh Siti Petugas"):
        corrections.delete_sale(ctx, sale)
    assert len(_entries(ctx, sale)) == 1  # nothing half-done

    sharing.reverse_share(ctx, share, "salah catat penjualan")
    with ctx.reader() as s:
        (lock,) = s.scalars(select(PeriodLock).where(PeriodLock.source_id == share)).all()
        assert (lock.closed_by, lock.reopened_by, lock.reopen_reason) == (
            "Siti Petugas", "Siti Petugas", "salah catat penjualan")
    assert [(k, d, a, r) for k, d, a, r, _o in _entries(ctx, share)] == [
        ("share_out", date(2017, 6, 30), -paid, ""), ("reversal", date(2017, 6, 30), paid, "salah catat penjualan")]
    assert _cash(ctx, gid, date(2017, 6, 30)) == [400_000]
    production.record_cost(ctx, gid, date(2017, 6, 30), "Kemasan", 10_000)  # open again
    groups.update_group(ctx, gid, GroupInput("Kelompok Salak Makmur", "Olahan salak", date(2017, 1, 10)))
    with ctx.reader() as s:
        assert s.scalars(select(LedgerBook.name).where(LedgerBook.owner_id == gid)).all() == ["Kelompok Salak Makmur"]
    again = sharing.finalise_share(ctx, gid, date(2017, 1, 10), date(2017, 6, 30)).id
    assert _cash(ctx, gid, date(2017, 6, 30)) == [390_000 - sharing.get_share(ctx, again).distributed]
